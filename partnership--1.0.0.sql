/*
 * partnership--1.0.0.sql: the install script of release 1.0.0, frozen.
 *
 * This file is kept exactly as release 1.0.0 shipped it (it was assembled
 * from the src/sql/ pieces of that release) and is never edited again:
 * every later change goes into an upgrade script, partnership--1.0.0--1.1.0.sql
 * first, and into the src/sql/ pieces that build the newest install script.
 *
 * Every name is schema-qualified (@extschema@, pg_catalog) so that the
 * script means the same whatever search_path the installing role has.
 */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION partnership" to load this file. \quit

/* ------------------------------------------------------------------------
 * Vocabulary type @extschema@.sector
 * (generated from src/sql/vocabulary_type.sql.in; see vocabulary_types.c)
 * ------------------------------------------------------------------------
 */

CREATE TYPE @extschema@.sector;

CREATE FUNCTION @extschema@.sector_in(pg_catalog.cstring)
	RETURNS @extschema@.sector
	AS 'MODULE_PATHNAME', 'sector_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.sector_out(@extschema@.sector)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME', 'sector_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.sector_recv(pg_catalog.internal)
	RETURNS @extschema@.sector
	AS 'MODULE_PATHNAME', 'sector_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.sector_send(@extschema@.sector)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME', 'sector_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.sector (
	INPUT = @extschema@.sector_in,
	OUTPUT = @extschema@.sector_out,
	RECEIVE = @extschema@.sector_recv,
	SEND = @extschema@.sector_send,
	INTERNALLENGTH = 1,
	PASSEDBYVALUE,
	ALIGNMENT = char,
	STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.sector_in(pg_catalog.cstring) IS 'text input of sector: English, Indonesian or standard code, any case';
COMMENT ON FUNCTION @extschema@.sector_out(@extschema@.sector) IS 'text output of sector: the canonical English word';
COMMENT ON FUNCTION @extschema@.sector_recv(pg_catalog.internal) IS 'binary input of sector (the word as text, checked like text input)';
COMMENT ON FUNCTION @extschema@.sector_send(@extschema@.sector) IS 'binary output of sector (the canonical word as text)';

-- Comparison, in the order the vocabulary lists its terms.
CREATE FUNCTION @extschema@.sector_cmp(@extschema@.sector, @extschema@.sector)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.sector_eq(@extschema@.sector, @extschema@.sector)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.sector_ne(@extschema@.sector, @extschema@.sector)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.sector_lt(@extschema@.sector, @extschema@.sector)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.sector_le(@extschema@.sector, @extschema@.sector)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.sector_gt(@extschema@.sector, @extschema@.sector)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.sector_ge(@extschema@.sector, @extschema@.sector)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.sector_hash(@extschema@.sector)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.sector_hash_extended(@extschema@.sector, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME', 'vocabulary_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.sector_cmp(@extschema@.sector, @extschema@.sector) IS 'btree support: compare two sector values in vocabulary order';
COMMENT ON FUNCTION @extschema@.sector_eq(@extschema@.sector, @extschema@.sector) IS 'implementation of = for sector';
COMMENT ON FUNCTION @extschema@.sector_ne(@extschema@.sector, @extschema@.sector) IS 'implementation of <> for sector';
COMMENT ON FUNCTION @extschema@.sector_lt(@extschema@.sector, @extschema@.sector) IS 'implementation of < for sector';
COMMENT ON FUNCTION @extschema@.sector_le(@extschema@.sector, @extschema@.sector) IS 'implementation of <= for sector';
COMMENT ON FUNCTION @extschema@.sector_gt(@extschema@.sector, @extschema@.sector) IS 'implementation of > for sector';
COMMENT ON FUNCTION @extschema@.sector_ge(@extschema@.sector, @extschema@.sector) IS 'implementation of >= for sector';
COMMENT ON FUNCTION @extschema@.sector_hash(@extschema@.sector) IS 'hash support for sector';
COMMENT ON FUNCTION @extschema@.sector_hash_extended(@extschema@.sector, pg_catalog.int8) IS 'extended (seeded 64-bit) hash support for sector';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.sector, RIGHTARG = @extschema@.sector,
	FUNCTION = @extschema@.sector_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.sector, RIGHTARG = @extschema@.sector,
	FUNCTION = @extschema@.sector_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.sector, RIGHTARG = @extschema@.sector,
	FUNCTION = @extschema@.sector_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.sector, RIGHTARG = @extschema@.sector,
	FUNCTION = @extschema@.sector_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.sector, RIGHTARG = @extschema@.sector,
	FUNCTION = @extschema@.sector_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.sector, RIGHTARG = @extschema@.sector,
	FUNCTION = @extschema@.sector_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.sector, @extschema@.sector) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.sector, @extschema@.sector) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.sector, @extschema@.sector) IS 'less than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.sector, @extschema@.sector) IS 'less than or equal, in vocabulary order';
COMMENT ON OPERATOR @extschema@.> (@extschema@.sector, @extschema@.sector) IS 'greater than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.sector, @extschema@.sector) IS 'greater than or equal, in vocabulary order';

CREATE OPERATOR CLASS @extschema@.sector_ops
	DEFAULT FOR TYPE @extschema@.sector USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.sector_cmp(@extschema@.sector, @extschema@.sector);

CREATE OPERATOR CLASS @extschema@.sector_hash_ops
	DEFAULT FOR TYPE @extschema@.sector USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.sector_hash(@extschema@.sector),
	FUNCTION 2 @extschema@.sector_hash_extended(@extschema@.sector, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.sector_ops USING btree IS 'default btree class of sector: vocabulary order';
COMMENT ON OPERATOR CLASS @extschema@.sector_hash_ops USING hash IS 'default hash class of sector';

-- min() and max() in vocabulary order, usable by the planner's
-- index-based min/max optimisation through SORTOP.
CREATE FUNCTION @extschema@.sector_larger(@extschema@.sector, @extschema@.sector)
	RETURNS @extschema@.sector AS 'MODULE_PATHNAME', 'vocabulary_larger'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.sector_smaller(@extschema@.sector, @extschema@.sector)
	RETURNS @extschema@.sector AS 'MODULE_PATHNAME', 'vocabulary_smaller'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sector_larger(@extschema@.sector, @extschema@.sector) IS 'larger of two sector values (for max)';
COMMENT ON FUNCTION @extschema@.sector_smaller(@extschema@.sector, @extschema@.sector) IS 'smaller of two sector values (for min)';

CREATE AGGREGATE @extschema@.max(@extschema@.sector) (
	SFUNC = @extschema@.sector_larger,
	STYPE = @extschema@.sector,
	COMBINEFUNC = @extschema@.sector_larger,
	SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.min(@extschema@.sector) (
	SFUNC = @extschema@.sector_smaller,
	STYPE = @extschema@.sector,
	COMBINEFUNC = @extschema@.sector_smaller,
	SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.sector) IS 'last sector of a group in vocabulary order';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.sector) IS 'first sector of a group in vocabulary order';

-- Casts to and from text go through the input and output functions, so
-- text is checked exactly as typed input is.
CREATE CAST (@extschema@.sector AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.sector) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.sector AS pg_catalog.varchar) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.sector) WITH INOUT AS ASSIGNMENT;

-- Display labels: label(x) follows partnership.language, label(x, lang)
-- names the language ('en' or 'id').
CREATE FUNCTION @extschema@.label(@extschema@.sector)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'sector_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.label(@extschema@.sector, lang pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'sector_label'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.label(@extschema@.sector) IS 'display label of a sector in the language of partnership.language';
COMMENT ON FUNCTION @extschema@.label(@extschema@.sector, pg_catalog.text) IS 'display label of a sector in the given language: en or id';

/* ------------------------------------------------------------------------
 * Vocabulary type @extschema@.role
 * (generated from src/sql/vocabulary_type.sql.in; see vocabulary_types.c)
 * ------------------------------------------------------------------------
 */

CREATE TYPE @extschema@.role;

CREATE FUNCTION @extschema@.role_in(pg_catalog.cstring)
	RETURNS @extschema@.role
	AS 'MODULE_PATHNAME', 'role_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.role_out(@extschema@.role)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME', 'role_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.role_recv(pg_catalog.internal)
	RETURNS @extschema@.role
	AS 'MODULE_PATHNAME', 'role_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.role_send(@extschema@.role)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME', 'role_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.role (
	INPUT = @extschema@.role_in,
	OUTPUT = @extschema@.role_out,
	RECEIVE = @extschema@.role_recv,
	SEND = @extschema@.role_send,
	INTERNALLENGTH = 1,
	PASSEDBYVALUE,
	ALIGNMENT = char,
	STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.role_in(pg_catalog.cstring) IS 'text input of role: English, Indonesian or standard code, any case';
COMMENT ON FUNCTION @extschema@.role_out(@extschema@.role) IS 'text output of role: the canonical English word';
COMMENT ON FUNCTION @extschema@.role_recv(pg_catalog.internal) IS 'binary input of role (the word as text, checked like text input)';
COMMENT ON FUNCTION @extschema@.role_send(@extschema@.role) IS 'binary output of role (the canonical word as text)';

-- Comparison, in the order the vocabulary lists its terms.
CREATE FUNCTION @extschema@.role_cmp(@extschema@.role, @extschema@.role)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.role_eq(@extschema@.role, @extschema@.role)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.role_ne(@extschema@.role, @extschema@.role)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.role_lt(@extschema@.role, @extschema@.role)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.role_le(@extschema@.role, @extschema@.role)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.role_gt(@extschema@.role, @extschema@.role)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.role_ge(@extschema@.role, @extschema@.role)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.role_hash(@extschema@.role)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.role_hash_extended(@extschema@.role, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME', 'vocabulary_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.role_cmp(@extschema@.role, @extschema@.role) IS 'btree support: compare two role values in vocabulary order';
COMMENT ON FUNCTION @extschema@.role_eq(@extschema@.role, @extschema@.role) IS 'implementation of = for role';
COMMENT ON FUNCTION @extschema@.role_ne(@extschema@.role, @extschema@.role) IS 'implementation of <> for role';
COMMENT ON FUNCTION @extschema@.role_lt(@extschema@.role, @extschema@.role) IS 'implementation of < for role';
COMMENT ON FUNCTION @extschema@.role_le(@extschema@.role, @extschema@.role) IS 'implementation of <= for role';
COMMENT ON FUNCTION @extschema@.role_gt(@extschema@.role, @extschema@.role) IS 'implementation of > for role';
COMMENT ON FUNCTION @extschema@.role_ge(@extschema@.role, @extschema@.role) IS 'implementation of >= for role';
COMMENT ON FUNCTION @extschema@.role_hash(@extschema@.role) IS 'hash support for role';
COMMENT ON FUNCTION @extschema@.role_hash_extended(@extschema@.role, pg_catalog.int8) IS 'extended (seeded 64-bit) hash support for role';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.role, RIGHTARG = @extschema@.role,
	FUNCTION = @extschema@.role_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.role, RIGHTARG = @extschema@.role,
	FUNCTION = @extschema@.role_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.role, RIGHTARG = @extschema@.role,
	FUNCTION = @extschema@.role_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.role, RIGHTARG = @extschema@.role,
	FUNCTION = @extschema@.role_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.role, RIGHTARG = @extschema@.role,
	FUNCTION = @extschema@.role_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.role, RIGHTARG = @extschema@.role,
	FUNCTION = @extschema@.role_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.role, @extschema@.role) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.role, @extschema@.role) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.role, @extschema@.role) IS 'less than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.role, @extschema@.role) IS 'less than or equal, in vocabulary order';
COMMENT ON OPERATOR @extschema@.> (@extschema@.role, @extschema@.role) IS 'greater than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.role, @extschema@.role) IS 'greater than or equal, in vocabulary order';

CREATE OPERATOR CLASS @extschema@.role_ops
	DEFAULT FOR TYPE @extschema@.role USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.role_cmp(@extschema@.role, @extschema@.role);

CREATE OPERATOR CLASS @extschema@.role_hash_ops
	DEFAULT FOR TYPE @extschema@.role USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.role_hash(@extschema@.role),
	FUNCTION 2 @extschema@.role_hash_extended(@extschema@.role, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.role_ops USING btree IS 'default btree class of role: vocabulary order';
COMMENT ON OPERATOR CLASS @extschema@.role_hash_ops USING hash IS 'default hash class of role';

-- min() and max() in vocabulary order, usable by the planner's
-- index-based min/max optimisation through SORTOP.
CREATE FUNCTION @extschema@.role_larger(@extschema@.role, @extschema@.role)
	RETURNS @extschema@.role AS 'MODULE_PATHNAME', 'vocabulary_larger'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.role_smaller(@extschema@.role, @extschema@.role)
	RETURNS @extschema@.role AS 'MODULE_PATHNAME', 'vocabulary_smaller'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.role_larger(@extschema@.role, @extschema@.role) IS 'larger of two role values (for max)';
COMMENT ON FUNCTION @extschema@.role_smaller(@extschema@.role, @extschema@.role) IS 'smaller of two role values (for min)';

CREATE AGGREGATE @extschema@.max(@extschema@.role) (
	SFUNC = @extschema@.role_larger,
	STYPE = @extschema@.role,
	COMBINEFUNC = @extschema@.role_larger,
	SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.min(@extschema@.role) (
	SFUNC = @extschema@.role_smaller,
	STYPE = @extschema@.role,
	COMBINEFUNC = @extschema@.role_smaller,
	SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.role) IS 'last role of a group in vocabulary order';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.role) IS 'first role of a group in vocabulary order';

-- Casts to and from text go through the input and output functions, so
-- text is checked exactly as typed input is.
CREATE CAST (@extschema@.role AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.role) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.role AS pg_catalog.varchar) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.role) WITH INOUT AS ASSIGNMENT;

-- Display labels: label(x) follows partnership.language, label(x, lang)
-- names the language ('en' or 'id').
CREATE FUNCTION @extschema@.label(@extschema@.role)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'role_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.label(@extschema@.role, lang pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'role_label'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.label(@extschema@.role) IS 'display label of a role in the language of partnership.language';
COMMENT ON FUNCTION @extschema@.label(@extschema@.role, pg_catalog.text) IS 'display label of a role in the given language: en or id';

/* ------------------------------------------------------------------------
 * Vocabulary type @extschema@.formality
 * (generated from src/sql/vocabulary_type.sql.in; see vocabulary_types.c)
 * ------------------------------------------------------------------------
 */

CREATE TYPE @extschema@.formality;

CREATE FUNCTION @extschema@.formality_in(pg_catalog.cstring)
	RETURNS @extschema@.formality
	AS 'MODULE_PATHNAME', 'formality_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.formality_out(@extschema@.formality)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME', 'formality_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.formality_recv(pg_catalog.internal)
	RETURNS @extschema@.formality
	AS 'MODULE_PATHNAME', 'formality_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.formality_send(@extschema@.formality)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME', 'formality_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.formality (
	INPUT = @extschema@.formality_in,
	OUTPUT = @extschema@.formality_out,
	RECEIVE = @extschema@.formality_recv,
	SEND = @extschema@.formality_send,
	INTERNALLENGTH = 1,
	PASSEDBYVALUE,
	ALIGNMENT = char,
	STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.formality_in(pg_catalog.cstring) IS 'text input of formality: English, Indonesian or standard code, any case';
COMMENT ON FUNCTION @extschema@.formality_out(@extschema@.formality) IS 'text output of formality: the canonical English word';
COMMENT ON FUNCTION @extschema@.formality_recv(pg_catalog.internal) IS 'binary input of formality (the word as text, checked like text input)';
COMMENT ON FUNCTION @extschema@.formality_send(@extschema@.formality) IS 'binary output of formality (the canonical word as text)';

-- Comparison, in the order the vocabulary lists its terms.
CREATE FUNCTION @extschema@.formality_cmp(@extschema@.formality, @extschema@.formality)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.formality_eq(@extschema@.formality, @extschema@.formality)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.formality_ne(@extschema@.formality, @extschema@.formality)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.formality_lt(@extschema@.formality, @extschema@.formality)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.formality_le(@extschema@.formality, @extschema@.formality)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.formality_gt(@extschema@.formality, @extschema@.formality)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.formality_ge(@extschema@.formality, @extschema@.formality)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.formality_hash(@extschema@.formality)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.formality_hash_extended(@extschema@.formality, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME', 'vocabulary_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.formality_cmp(@extschema@.formality, @extschema@.formality) IS 'btree support: compare two formality values in vocabulary order';
COMMENT ON FUNCTION @extschema@.formality_eq(@extschema@.formality, @extschema@.formality) IS 'implementation of = for formality';
COMMENT ON FUNCTION @extschema@.formality_ne(@extschema@.formality, @extschema@.formality) IS 'implementation of <> for formality';
COMMENT ON FUNCTION @extschema@.formality_lt(@extschema@.formality, @extschema@.formality) IS 'implementation of < for formality';
COMMENT ON FUNCTION @extschema@.formality_le(@extschema@.formality, @extschema@.formality) IS 'implementation of <= for formality';
COMMENT ON FUNCTION @extschema@.formality_gt(@extschema@.formality, @extschema@.formality) IS 'implementation of > for formality';
COMMENT ON FUNCTION @extschema@.formality_ge(@extschema@.formality, @extschema@.formality) IS 'implementation of >= for formality';
COMMENT ON FUNCTION @extschema@.formality_hash(@extschema@.formality) IS 'hash support for formality';
COMMENT ON FUNCTION @extschema@.formality_hash_extended(@extschema@.formality, pg_catalog.int8) IS 'extended (seeded 64-bit) hash support for formality';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.formality, RIGHTARG = @extschema@.formality,
	FUNCTION = @extschema@.formality_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.formality, RIGHTARG = @extschema@.formality,
	FUNCTION = @extschema@.formality_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.formality, RIGHTARG = @extschema@.formality,
	FUNCTION = @extschema@.formality_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.formality, RIGHTARG = @extschema@.formality,
	FUNCTION = @extschema@.formality_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.formality, RIGHTARG = @extschema@.formality,
	FUNCTION = @extschema@.formality_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.formality, RIGHTARG = @extschema@.formality,
	FUNCTION = @extschema@.formality_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.formality, @extschema@.formality) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.formality, @extschema@.formality) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.formality, @extschema@.formality) IS 'less than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.formality, @extschema@.formality) IS 'less than or equal, in vocabulary order';
COMMENT ON OPERATOR @extschema@.> (@extschema@.formality, @extschema@.formality) IS 'greater than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.formality, @extschema@.formality) IS 'greater than or equal, in vocabulary order';

CREATE OPERATOR CLASS @extschema@.formality_ops
	DEFAULT FOR TYPE @extschema@.formality USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.formality_cmp(@extschema@.formality, @extschema@.formality);

CREATE OPERATOR CLASS @extschema@.formality_hash_ops
	DEFAULT FOR TYPE @extschema@.formality USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.formality_hash(@extschema@.formality),
	FUNCTION 2 @extschema@.formality_hash_extended(@extschema@.formality, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.formality_ops USING btree IS 'default btree class of formality: vocabulary order';
COMMENT ON OPERATOR CLASS @extschema@.formality_hash_ops USING hash IS 'default hash class of formality';

-- min() and max() in vocabulary order, usable by the planner's
-- index-based min/max optimisation through SORTOP.
CREATE FUNCTION @extschema@.formality_larger(@extschema@.formality, @extschema@.formality)
	RETURNS @extschema@.formality AS 'MODULE_PATHNAME', 'vocabulary_larger'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.formality_smaller(@extschema@.formality, @extschema@.formality)
	RETURNS @extschema@.formality AS 'MODULE_PATHNAME', 'vocabulary_smaller'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.formality_larger(@extschema@.formality, @extschema@.formality) IS 'larger of two formality values (for max)';
COMMENT ON FUNCTION @extschema@.formality_smaller(@extschema@.formality, @extschema@.formality) IS 'smaller of two formality values (for min)';

CREATE AGGREGATE @extschema@.max(@extschema@.formality) (
	SFUNC = @extschema@.formality_larger,
	STYPE = @extschema@.formality,
	COMBINEFUNC = @extschema@.formality_larger,
	SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.min(@extschema@.formality) (
	SFUNC = @extschema@.formality_smaller,
	STYPE = @extschema@.formality,
	COMBINEFUNC = @extschema@.formality_smaller,
	SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.formality) IS 'last formality of a group in vocabulary order';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.formality) IS 'first formality of a group in vocabulary order';

-- Casts to and from text go through the input and output functions, so
-- text is checked exactly as typed input is.
CREATE CAST (@extschema@.formality AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.formality) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.formality AS pg_catalog.varchar) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.formality) WITH INOUT AS ASSIGNMENT;

-- Display labels: label(x) follows partnership.language, label(x, lang)
-- names the language ('en' or 'id').
CREATE FUNCTION @extschema@.label(@extschema@.formality)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'formality_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.label(@extschema@.formality, lang pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'formality_label'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.label(@extschema@.formality) IS 'display label of a formality in the language of partnership.language';
COMMENT ON FUNCTION @extschema@.label(@extschema@.formality, pg_catalog.text) IS 'display label of a formality in the given language: en or id';

/* ------------------------------------------------------------------------
 * Vocabulary type @extschema@.horizon
 * (generated from src/sql/vocabulary_type.sql.in; see vocabulary_types.c)
 * ------------------------------------------------------------------------
 */

CREATE TYPE @extschema@.horizon;

CREATE FUNCTION @extschema@.horizon_in(pg_catalog.cstring)
	RETURNS @extschema@.horizon
	AS 'MODULE_PATHNAME', 'horizon_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.horizon_out(@extschema@.horizon)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME', 'horizon_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.horizon_recv(pg_catalog.internal)
	RETURNS @extschema@.horizon
	AS 'MODULE_PATHNAME', 'horizon_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.horizon_send(@extschema@.horizon)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME', 'horizon_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.horizon (
	INPUT = @extschema@.horizon_in,
	OUTPUT = @extschema@.horizon_out,
	RECEIVE = @extschema@.horizon_recv,
	SEND = @extschema@.horizon_send,
	INTERNALLENGTH = 1,
	PASSEDBYVALUE,
	ALIGNMENT = char,
	STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.horizon_in(pg_catalog.cstring) IS 'text input of horizon: English, Indonesian or standard code, any case';
COMMENT ON FUNCTION @extschema@.horizon_out(@extschema@.horizon) IS 'text output of horizon: the canonical English word';
COMMENT ON FUNCTION @extschema@.horizon_recv(pg_catalog.internal) IS 'binary input of horizon (the word as text, checked like text input)';
COMMENT ON FUNCTION @extschema@.horizon_send(@extschema@.horizon) IS 'binary output of horizon (the canonical word as text)';

-- Comparison, in the order the vocabulary lists its terms.
CREATE FUNCTION @extschema@.horizon_cmp(@extschema@.horizon, @extschema@.horizon)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.horizon_eq(@extschema@.horizon, @extschema@.horizon)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.horizon_ne(@extschema@.horizon, @extschema@.horizon)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.horizon_lt(@extschema@.horizon, @extschema@.horizon)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.horizon_le(@extschema@.horizon, @extschema@.horizon)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.horizon_gt(@extschema@.horizon, @extschema@.horizon)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.horizon_ge(@extschema@.horizon, @extschema@.horizon)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.horizon_hash(@extschema@.horizon)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.horizon_hash_extended(@extschema@.horizon, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME', 'vocabulary_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.horizon_cmp(@extschema@.horizon, @extschema@.horizon) IS 'btree support: compare two horizon values in vocabulary order';
COMMENT ON FUNCTION @extschema@.horizon_eq(@extschema@.horizon, @extschema@.horizon) IS 'implementation of = for horizon';
COMMENT ON FUNCTION @extschema@.horizon_ne(@extschema@.horizon, @extschema@.horizon) IS 'implementation of <> for horizon';
COMMENT ON FUNCTION @extschema@.horizon_lt(@extschema@.horizon, @extschema@.horizon) IS 'implementation of < for horizon';
COMMENT ON FUNCTION @extschema@.horizon_le(@extschema@.horizon, @extschema@.horizon) IS 'implementation of <= for horizon';
COMMENT ON FUNCTION @extschema@.horizon_gt(@extschema@.horizon, @extschema@.horizon) IS 'implementation of > for horizon';
COMMENT ON FUNCTION @extschema@.horizon_ge(@extschema@.horizon, @extschema@.horizon) IS 'implementation of >= for horizon';
COMMENT ON FUNCTION @extschema@.horizon_hash(@extschema@.horizon) IS 'hash support for horizon';
COMMENT ON FUNCTION @extschema@.horizon_hash_extended(@extschema@.horizon, pg_catalog.int8) IS 'extended (seeded 64-bit) hash support for horizon';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.horizon, RIGHTARG = @extschema@.horizon,
	FUNCTION = @extschema@.horizon_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.horizon, RIGHTARG = @extschema@.horizon,
	FUNCTION = @extschema@.horizon_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.horizon, RIGHTARG = @extschema@.horizon,
	FUNCTION = @extschema@.horizon_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.horizon, RIGHTARG = @extschema@.horizon,
	FUNCTION = @extschema@.horizon_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.horizon, RIGHTARG = @extschema@.horizon,
	FUNCTION = @extschema@.horizon_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.horizon, RIGHTARG = @extschema@.horizon,
	FUNCTION = @extschema@.horizon_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.horizon, @extschema@.horizon) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.horizon, @extschema@.horizon) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.horizon, @extschema@.horizon) IS 'less than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.horizon, @extschema@.horizon) IS 'less than or equal, in vocabulary order';
COMMENT ON OPERATOR @extschema@.> (@extschema@.horizon, @extschema@.horizon) IS 'greater than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.horizon, @extschema@.horizon) IS 'greater than or equal, in vocabulary order';

CREATE OPERATOR CLASS @extschema@.horizon_ops
	DEFAULT FOR TYPE @extschema@.horizon USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.horizon_cmp(@extschema@.horizon, @extschema@.horizon);

CREATE OPERATOR CLASS @extschema@.horizon_hash_ops
	DEFAULT FOR TYPE @extschema@.horizon USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.horizon_hash(@extschema@.horizon),
	FUNCTION 2 @extschema@.horizon_hash_extended(@extschema@.horizon, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.horizon_ops USING btree IS 'default btree class of horizon: vocabulary order';
COMMENT ON OPERATOR CLASS @extschema@.horizon_hash_ops USING hash IS 'default hash class of horizon';

-- min() and max() in vocabulary order, usable by the planner's
-- index-based min/max optimisation through SORTOP.
CREATE FUNCTION @extschema@.horizon_larger(@extschema@.horizon, @extschema@.horizon)
	RETURNS @extschema@.horizon AS 'MODULE_PATHNAME', 'vocabulary_larger'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.horizon_smaller(@extschema@.horizon, @extschema@.horizon)
	RETURNS @extschema@.horizon AS 'MODULE_PATHNAME', 'vocabulary_smaller'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.horizon_larger(@extschema@.horizon, @extschema@.horizon) IS 'larger of two horizon values (for max)';
COMMENT ON FUNCTION @extschema@.horizon_smaller(@extschema@.horizon, @extschema@.horizon) IS 'smaller of two horizon values (for min)';

CREATE AGGREGATE @extschema@.max(@extschema@.horizon) (
	SFUNC = @extschema@.horizon_larger,
	STYPE = @extschema@.horizon,
	COMBINEFUNC = @extschema@.horizon_larger,
	SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.min(@extschema@.horizon) (
	SFUNC = @extschema@.horizon_smaller,
	STYPE = @extschema@.horizon,
	COMBINEFUNC = @extschema@.horizon_smaller,
	SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.horizon) IS 'last horizon of a group in vocabulary order';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.horizon) IS 'first horizon of a group in vocabulary order';

-- Casts to and from text go through the input and output functions, so
-- text is checked exactly as typed input is.
CREATE CAST (@extschema@.horizon AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.horizon) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.horizon AS pg_catalog.varchar) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.horizon) WITH INOUT AS ASSIGNMENT;

-- Display labels: label(x) follows partnership.language, label(x, lang)
-- names the language ('en' or 'id').
CREATE FUNCTION @extschema@.label(@extschema@.horizon)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'horizon_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.label(@extschema@.horizon, lang pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'horizon_label'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.label(@extschema@.horizon) IS 'display label of a horizon in the language of partnership.language';
COMMENT ON FUNCTION @extschema@.label(@extschema@.horizon, pg_catalog.text) IS 'display label of a horizon in the given language: en or id';

/* ------------------------------------------------------------------------
 * Vocabulary type @extschema@.partnership_status
 * (generated from src/sql/vocabulary_type.sql.in; see vocabulary_types.c)
 * ------------------------------------------------------------------------
 */

CREATE TYPE @extschema@.partnership_status;

CREATE FUNCTION @extschema@.partnership_status_in(pg_catalog.cstring)
	RETURNS @extschema@.partnership_status
	AS 'MODULE_PATHNAME', 'partnership_status_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.partnership_status_out(@extschema@.partnership_status)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME', 'partnership_status_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.partnership_status_recv(pg_catalog.internal)
	RETURNS @extschema@.partnership_status
	AS 'MODULE_PATHNAME', 'partnership_status_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.partnership_status_send(@extschema@.partnership_status)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME', 'partnership_status_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.partnership_status (
	INPUT = @extschema@.partnership_status_in,
	OUTPUT = @extschema@.partnership_status_out,
	RECEIVE = @extschema@.partnership_status_recv,
	SEND = @extschema@.partnership_status_send,
	INTERNALLENGTH = 1,
	PASSEDBYVALUE,
	ALIGNMENT = char,
	STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.partnership_status_in(pg_catalog.cstring) IS 'text input of partnership_status: English, Indonesian or standard code, any case';
COMMENT ON FUNCTION @extschema@.partnership_status_out(@extschema@.partnership_status) IS 'text output of partnership_status: the canonical English word';
COMMENT ON FUNCTION @extschema@.partnership_status_recv(pg_catalog.internal) IS 'binary input of partnership_status (the word as text, checked like text input)';
COMMENT ON FUNCTION @extschema@.partnership_status_send(@extschema@.partnership_status) IS 'binary output of partnership_status (the canonical word as text)';

-- Comparison, in the order the vocabulary lists its terms.
CREATE FUNCTION @extschema@.partnership_status_cmp(@extschema@.partnership_status, @extschema@.partnership_status)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.partnership_status_eq(@extschema@.partnership_status, @extschema@.partnership_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.partnership_status_ne(@extschema@.partnership_status, @extschema@.partnership_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.partnership_status_lt(@extschema@.partnership_status, @extschema@.partnership_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.partnership_status_le(@extschema@.partnership_status, @extschema@.partnership_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.partnership_status_gt(@extschema@.partnership_status, @extschema@.partnership_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.partnership_status_ge(@extschema@.partnership_status, @extschema@.partnership_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.partnership_status_hash(@extschema@.partnership_status)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.partnership_status_hash_extended(@extschema@.partnership_status, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME', 'vocabulary_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.partnership_status_cmp(@extschema@.partnership_status, @extschema@.partnership_status) IS 'btree support: compare two partnership_status values in vocabulary order';
COMMENT ON FUNCTION @extschema@.partnership_status_eq(@extschema@.partnership_status, @extschema@.partnership_status) IS 'implementation of = for partnership_status';
COMMENT ON FUNCTION @extschema@.partnership_status_ne(@extschema@.partnership_status, @extschema@.partnership_status) IS 'implementation of <> for partnership_status';
COMMENT ON FUNCTION @extschema@.partnership_status_lt(@extschema@.partnership_status, @extschema@.partnership_status) IS 'implementation of < for partnership_status';
COMMENT ON FUNCTION @extschema@.partnership_status_le(@extschema@.partnership_status, @extschema@.partnership_status) IS 'implementation of <= for partnership_status';
COMMENT ON FUNCTION @extschema@.partnership_status_gt(@extschema@.partnership_status, @extschema@.partnership_status) IS 'implementation of > for partnership_status';
COMMENT ON FUNCTION @extschema@.partnership_status_ge(@extschema@.partnership_status, @extschema@.partnership_status) IS 'implementation of >= for partnership_status';
COMMENT ON FUNCTION @extschema@.partnership_status_hash(@extschema@.partnership_status) IS 'hash support for partnership_status';
COMMENT ON FUNCTION @extschema@.partnership_status_hash_extended(@extschema@.partnership_status, pg_catalog.int8) IS 'extended (seeded 64-bit) hash support for partnership_status';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.partnership_status, RIGHTARG = @extschema@.partnership_status,
	FUNCTION = @extschema@.partnership_status_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.partnership_status, RIGHTARG = @extschema@.partnership_status,
	FUNCTION = @extschema@.partnership_status_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.partnership_status, RIGHTARG = @extschema@.partnership_status,
	FUNCTION = @extschema@.partnership_status_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.partnership_status, RIGHTARG = @extschema@.partnership_status,
	FUNCTION = @extschema@.partnership_status_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.partnership_status, RIGHTARG = @extschema@.partnership_status,
	FUNCTION = @extschema@.partnership_status_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.partnership_status, RIGHTARG = @extschema@.partnership_status,
	FUNCTION = @extschema@.partnership_status_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.partnership_status, @extschema@.partnership_status) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.partnership_status, @extschema@.partnership_status) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.partnership_status, @extschema@.partnership_status) IS 'less than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.partnership_status, @extschema@.partnership_status) IS 'less than or equal, in vocabulary order';
COMMENT ON OPERATOR @extschema@.> (@extschema@.partnership_status, @extschema@.partnership_status) IS 'greater than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.partnership_status, @extschema@.partnership_status) IS 'greater than or equal, in vocabulary order';

CREATE OPERATOR CLASS @extschema@.partnership_status_ops
	DEFAULT FOR TYPE @extschema@.partnership_status USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.partnership_status_cmp(@extschema@.partnership_status, @extschema@.partnership_status);

CREATE OPERATOR CLASS @extschema@.partnership_status_hash_ops
	DEFAULT FOR TYPE @extschema@.partnership_status USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.partnership_status_hash(@extschema@.partnership_status),
	FUNCTION 2 @extschema@.partnership_status_hash_extended(@extschema@.partnership_status, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.partnership_status_ops USING btree IS 'default btree class of partnership_status: vocabulary order';
COMMENT ON OPERATOR CLASS @extschema@.partnership_status_hash_ops USING hash IS 'default hash class of partnership_status';

-- min() and max() in vocabulary order, usable by the planner's
-- index-based min/max optimisation through SORTOP.
CREATE FUNCTION @extschema@.partnership_status_larger(@extschema@.partnership_status, @extschema@.partnership_status)
	RETURNS @extschema@.partnership_status AS 'MODULE_PATHNAME', 'vocabulary_larger'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.partnership_status_smaller(@extschema@.partnership_status, @extschema@.partnership_status)
	RETURNS @extschema@.partnership_status AS 'MODULE_PATHNAME', 'vocabulary_smaller'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.partnership_status_larger(@extschema@.partnership_status, @extschema@.partnership_status) IS 'larger of two partnership_status values (for max)';
COMMENT ON FUNCTION @extschema@.partnership_status_smaller(@extschema@.partnership_status, @extschema@.partnership_status) IS 'smaller of two partnership_status values (for min)';

CREATE AGGREGATE @extschema@.max(@extschema@.partnership_status) (
	SFUNC = @extschema@.partnership_status_larger,
	STYPE = @extschema@.partnership_status,
	COMBINEFUNC = @extschema@.partnership_status_larger,
	SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.min(@extschema@.partnership_status) (
	SFUNC = @extschema@.partnership_status_smaller,
	STYPE = @extschema@.partnership_status,
	COMBINEFUNC = @extschema@.partnership_status_smaller,
	SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.partnership_status) IS 'last partnership_status of a group in vocabulary order';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.partnership_status) IS 'first partnership_status of a group in vocabulary order';

-- Casts to and from text go through the input and output functions, so
-- text is checked exactly as typed input is.
CREATE CAST (@extschema@.partnership_status AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.partnership_status) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.partnership_status AS pg_catalog.varchar) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.partnership_status) WITH INOUT AS ASSIGNMENT;

-- Display labels: label(x) follows partnership.language, label(x, lang)
-- names the language ('en' or 'id').
CREATE FUNCTION @extschema@.label(@extschema@.partnership_status)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'partnership_status_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.label(@extschema@.partnership_status, lang pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'partnership_status_label'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.label(@extschema@.partnership_status) IS 'display label of a partnership_status in the language of partnership.language';
COMMENT ON FUNCTION @extschema@.label(@extschema@.partnership_status, pg_catalog.text) IS 'display label of a partnership_status in the given language: en or id';

/* ------------------------------------------------------------------------
 * Vocabulary type @extschema@.agreement_kind
 * (generated from src/sql/vocabulary_type.sql.in; see vocabulary_types.c)
 * ------------------------------------------------------------------------
 */

CREATE TYPE @extschema@.agreement_kind;

CREATE FUNCTION @extschema@.agreement_kind_in(pg_catalog.cstring)
	RETURNS @extschema@.agreement_kind
	AS 'MODULE_PATHNAME', 'agreement_kind_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.agreement_kind_out(@extschema@.agreement_kind)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME', 'agreement_kind_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.agreement_kind_recv(pg_catalog.internal)
	RETURNS @extschema@.agreement_kind
	AS 'MODULE_PATHNAME', 'agreement_kind_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.agreement_kind_send(@extschema@.agreement_kind)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME', 'agreement_kind_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.agreement_kind (
	INPUT = @extschema@.agreement_kind_in,
	OUTPUT = @extschema@.agreement_kind_out,
	RECEIVE = @extschema@.agreement_kind_recv,
	SEND = @extschema@.agreement_kind_send,
	INTERNALLENGTH = 1,
	PASSEDBYVALUE,
	ALIGNMENT = char,
	STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.agreement_kind_in(pg_catalog.cstring) IS 'text input of agreement_kind: English, Indonesian or standard code, any case';
COMMENT ON FUNCTION @extschema@.agreement_kind_out(@extschema@.agreement_kind) IS 'text output of agreement_kind: the canonical English word';
COMMENT ON FUNCTION @extschema@.agreement_kind_recv(pg_catalog.internal) IS 'binary input of agreement_kind (the word as text, checked like text input)';
COMMENT ON FUNCTION @extschema@.agreement_kind_send(@extschema@.agreement_kind) IS 'binary output of agreement_kind (the canonical word as text)';

-- Comparison, in the order the vocabulary lists its terms.
CREATE FUNCTION @extschema@.agreement_kind_cmp(@extschema@.agreement_kind, @extschema@.agreement_kind)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.agreement_kind_eq(@extschema@.agreement_kind, @extschema@.agreement_kind)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.agreement_kind_ne(@extschema@.agreement_kind, @extschema@.agreement_kind)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.agreement_kind_lt(@extschema@.agreement_kind, @extschema@.agreement_kind)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.agreement_kind_le(@extschema@.agreement_kind, @extschema@.agreement_kind)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.agreement_kind_gt(@extschema@.agreement_kind, @extschema@.agreement_kind)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.agreement_kind_ge(@extschema@.agreement_kind, @extschema@.agreement_kind)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.agreement_kind_hash(@extschema@.agreement_kind)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.agreement_kind_hash_extended(@extschema@.agreement_kind, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME', 'vocabulary_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.agreement_kind_cmp(@extschema@.agreement_kind, @extschema@.agreement_kind) IS 'btree support: compare two agreement_kind values in vocabulary order';
COMMENT ON FUNCTION @extschema@.agreement_kind_eq(@extschema@.agreement_kind, @extschema@.agreement_kind) IS 'implementation of = for agreement_kind';
COMMENT ON FUNCTION @extschema@.agreement_kind_ne(@extschema@.agreement_kind, @extschema@.agreement_kind) IS 'implementation of <> for agreement_kind';
COMMENT ON FUNCTION @extschema@.agreement_kind_lt(@extschema@.agreement_kind, @extschema@.agreement_kind) IS 'implementation of < for agreement_kind';
COMMENT ON FUNCTION @extschema@.agreement_kind_le(@extschema@.agreement_kind, @extschema@.agreement_kind) IS 'implementation of <= for agreement_kind';
COMMENT ON FUNCTION @extschema@.agreement_kind_gt(@extschema@.agreement_kind, @extschema@.agreement_kind) IS 'implementation of > for agreement_kind';
COMMENT ON FUNCTION @extschema@.agreement_kind_ge(@extschema@.agreement_kind, @extschema@.agreement_kind) IS 'implementation of >= for agreement_kind';
COMMENT ON FUNCTION @extschema@.agreement_kind_hash(@extschema@.agreement_kind) IS 'hash support for agreement_kind';
COMMENT ON FUNCTION @extschema@.agreement_kind_hash_extended(@extschema@.agreement_kind, pg_catalog.int8) IS 'extended (seeded 64-bit) hash support for agreement_kind';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.agreement_kind, RIGHTARG = @extschema@.agreement_kind,
	FUNCTION = @extschema@.agreement_kind_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.agreement_kind, RIGHTARG = @extschema@.agreement_kind,
	FUNCTION = @extschema@.agreement_kind_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.agreement_kind, RIGHTARG = @extschema@.agreement_kind,
	FUNCTION = @extschema@.agreement_kind_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.agreement_kind, RIGHTARG = @extschema@.agreement_kind,
	FUNCTION = @extschema@.agreement_kind_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.agreement_kind, RIGHTARG = @extschema@.agreement_kind,
	FUNCTION = @extschema@.agreement_kind_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.agreement_kind, RIGHTARG = @extschema@.agreement_kind,
	FUNCTION = @extschema@.agreement_kind_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.agreement_kind, @extschema@.agreement_kind) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.agreement_kind, @extschema@.agreement_kind) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.agreement_kind, @extschema@.agreement_kind) IS 'less than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.agreement_kind, @extschema@.agreement_kind) IS 'less than or equal, in vocabulary order';
COMMENT ON OPERATOR @extschema@.> (@extschema@.agreement_kind, @extschema@.agreement_kind) IS 'greater than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.agreement_kind, @extschema@.agreement_kind) IS 'greater than or equal, in vocabulary order';

CREATE OPERATOR CLASS @extschema@.agreement_kind_ops
	DEFAULT FOR TYPE @extschema@.agreement_kind USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.agreement_kind_cmp(@extschema@.agreement_kind, @extschema@.agreement_kind);

CREATE OPERATOR CLASS @extschema@.agreement_kind_hash_ops
	DEFAULT FOR TYPE @extschema@.agreement_kind USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.agreement_kind_hash(@extschema@.agreement_kind),
	FUNCTION 2 @extschema@.agreement_kind_hash_extended(@extschema@.agreement_kind, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.agreement_kind_ops USING btree IS 'default btree class of agreement_kind: vocabulary order';
COMMENT ON OPERATOR CLASS @extschema@.agreement_kind_hash_ops USING hash IS 'default hash class of agreement_kind';

-- min() and max() in vocabulary order, usable by the planner's
-- index-based min/max optimisation through SORTOP.
CREATE FUNCTION @extschema@.agreement_kind_larger(@extschema@.agreement_kind, @extschema@.agreement_kind)
	RETURNS @extschema@.agreement_kind AS 'MODULE_PATHNAME', 'vocabulary_larger'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.agreement_kind_smaller(@extschema@.agreement_kind, @extschema@.agreement_kind)
	RETURNS @extschema@.agreement_kind AS 'MODULE_PATHNAME', 'vocabulary_smaller'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.agreement_kind_larger(@extschema@.agreement_kind, @extschema@.agreement_kind) IS 'larger of two agreement_kind values (for max)';
COMMENT ON FUNCTION @extschema@.agreement_kind_smaller(@extschema@.agreement_kind, @extschema@.agreement_kind) IS 'smaller of two agreement_kind values (for min)';

CREATE AGGREGATE @extschema@.max(@extschema@.agreement_kind) (
	SFUNC = @extschema@.agreement_kind_larger,
	STYPE = @extschema@.agreement_kind,
	COMBINEFUNC = @extschema@.agreement_kind_larger,
	SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.min(@extschema@.agreement_kind) (
	SFUNC = @extschema@.agreement_kind_smaller,
	STYPE = @extschema@.agreement_kind,
	COMBINEFUNC = @extschema@.agreement_kind_smaller,
	SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.agreement_kind) IS 'last agreement_kind of a group in vocabulary order';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.agreement_kind) IS 'first agreement_kind of a group in vocabulary order';

-- Casts to and from text go through the input and output functions, so
-- text is checked exactly as typed input is.
CREATE CAST (@extschema@.agreement_kind AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.agreement_kind) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.agreement_kind AS pg_catalog.varchar) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.agreement_kind) WITH INOUT AS ASSIGNMENT;

-- Display labels: label(x) follows partnership.language, label(x, lang)
-- names the language ('en' or 'id').
CREATE FUNCTION @extschema@.label(@extschema@.agreement_kind)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'agreement_kind_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.label(@extschema@.agreement_kind, lang pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'agreement_kind_label'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.label(@extschema@.agreement_kind) IS 'display label of a agreement_kind in the language of partnership.language';
COMMENT ON FUNCTION @extschema@.label(@extschema@.agreement_kind, pg_catalog.text) IS 'display label of a agreement_kind in the given language: en or id';

/* ------------------------------------------------------------------------
 * Vocabulary type @extschema@.agreement_status
 * (generated from src/sql/vocabulary_type.sql.in; see vocabulary_types.c)
 * ------------------------------------------------------------------------
 */

CREATE TYPE @extschema@.agreement_status;

CREATE FUNCTION @extschema@.agreement_status_in(pg_catalog.cstring)
	RETURNS @extschema@.agreement_status
	AS 'MODULE_PATHNAME', 'agreement_status_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.agreement_status_out(@extschema@.agreement_status)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME', 'agreement_status_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.agreement_status_recv(pg_catalog.internal)
	RETURNS @extschema@.agreement_status
	AS 'MODULE_PATHNAME', 'agreement_status_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.agreement_status_send(@extschema@.agreement_status)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME', 'agreement_status_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.agreement_status (
	INPUT = @extschema@.agreement_status_in,
	OUTPUT = @extschema@.agreement_status_out,
	RECEIVE = @extschema@.agreement_status_recv,
	SEND = @extschema@.agreement_status_send,
	INTERNALLENGTH = 1,
	PASSEDBYVALUE,
	ALIGNMENT = char,
	STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.agreement_status_in(pg_catalog.cstring) IS 'text input of agreement_status: English, Indonesian or standard code, any case';
COMMENT ON FUNCTION @extschema@.agreement_status_out(@extschema@.agreement_status) IS 'text output of agreement_status: the canonical English word';
COMMENT ON FUNCTION @extschema@.agreement_status_recv(pg_catalog.internal) IS 'binary input of agreement_status (the word as text, checked like text input)';
COMMENT ON FUNCTION @extschema@.agreement_status_send(@extschema@.agreement_status) IS 'binary output of agreement_status (the canonical word as text)';

-- Comparison, in the order the vocabulary lists its terms.
CREATE FUNCTION @extschema@.agreement_status_cmp(@extschema@.agreement_status, @extschema@.agreement_status)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.agreement_status_eq(@extschema@.agreement_status, @extschema@.agreement_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.agreement_status_ne(@extschema@.agreement_status, @extschema@.agreement_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.agreement_status_lt(@extschema@.agreement_status, @extschema@.agreement_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.agreement_status_le(@extschema@.agreement_status, @extschema@.agreement_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.agreement_status_gt(@extschema@.agreement_status, @extschema@.agreement_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.agreement_status_ge(@extschema@.agreement_status, @extschema@.agreement_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.agreement_status_hash(@extschema@.agreement_status)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.agreement_status_hash_extended(@extschema@.agreement_status, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME', 'vocabulary_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.agreement_status_cmp(@extschema@.agreement_status, @extschema@.agreement_status) IS 'btree support: compare two agreement_status values in vocabulary order';
COMMENT ON FUNCTION @extschema@.agreement_status_eq(@extschema@.agreement_status, @extschema@.agreement_status) IS 'implementation of = for agreement_status';
COMMENT ON FUNCTION @extschema@.agreement_status_ne(@extschema@.agreement_status, @extschema@.agreement_status) IS 'implementation of <> for agreement_status';
COMMENT ON FUNCTION @extschema@.agreement_status_lt(@extschema@.agreement_status, @extschema@.agreement_status) IS 'implementation of < for agreement_status';
COMMENT ON FUNCTION @extschema@.agreement_status_le(@extschema@.agreement_status, @extschema@.agreement_status) IS 'implementation of <= for agreement_status';
COMMENT ON FUNCTION @extschema@.agreement_status_gt(@extschema@.agreement_status, @extschema@.agreement_status) IS 'implementation of > for agreement_status';
COMMENT ON FUNCTION @extschema@.agreement_status_ge(@extschema@.agreement_status, @extschema@.agreement_status) IS 'implementation of >= for agreement_status';
COMMENT ON FUNCTION @extschema@.agreement_status_hash(@extschema@.agreement_status) IS 'hash support for agreement_status';
COMMENT ON FUNCTION @extschema@.agreement_status_hash_extended(@extschema@.agreement_status, pg_catalog.int8) IS 'extended (seeded 64-bit) hash support for agreement_status';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.agreement_status, RIGHTARG = @extschema@.agreement_status,
	FUNCTION = @extschema@.agreement_status_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.agreement_status, RIGHTARG = @extschema@.agreement_status,
	FUNCTION = @extschema@.agreement_status_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.agreement_status, RIGHTARG = @extschema@.agreement_status,
	FUNCTION = @extschema@.agreement_status_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.agreement_status, RIGHTARG = @extschema@.agreement_status,
	FUNCTION = @extschema@.agreement_status_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.agreement_status, RIGHTARG = @extschema@.agreement_status,
	FUNCTION = @extschema@.agreement_status_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.agreement_status, RIGHTARG = @extschema@.agreement_status,
	FUNCTION = @extschema@.agreement_status_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.agreement_status, @extschema@.agreement_status) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.agreement_status, @extschema@.agreement_status) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.agreement_status, @extschema@.agreement_status) IS 'less than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.agreement_status, @extschema@.agreement_status) IS 'less than or equal, in vocabulary order';
COMMENT ON OPERATOR @extschema@.> (@extschema@.agreement_status, @extschema@.agreement_status) IS 'greater than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.agreement_status, @extschema@.agreement_status) IS 'greater than or equal, in vocabulary order';

CREATE OPERATOR CLASS @extschema@.agreement_status_ops
	DEFAULT FOR TYPE @extschema@.agreement_status USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.agreement_status_cmp(@extschema@.agreement_status, @extschema@.agreement_status);

CREATE OPERATOR CLASS @extschema@.agreement_status_hash_ops
	DEFAULT FOR TYPE @extschema@.agreement_status USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.agreement_status_hash(@extschema@.agreement_status),
	FUNCTION 2 @extschema@.agreement_status_hash_extended(@extschema@.agreement_status, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.agreement_status_ops USING btree IS 'default btree class of agreement_status: vocabulary order';
COMMENT ON OPERATOR CLASS @extschema@.agreement_status_hash_ops USING hash IS 'default hash class of agreement_status';

-- min() and max() in vocabulary order, usable by the planner's
-- index-based min/max optimisation through SORTOP.
CREATE FUNCTION @extschema@.agreement_status_larger(@extschema@.agreement_status, @extschema@.agreement_status)
	RETURNS @extschema@.agreement_status AS 'MODULE_PATHNAME', 'vocabulary_larger'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.agreement_status_smaller(@extschema@.agreement_status, @extschema@.agreement_status)
	RETURNS @extschema@.agreement_status AS 'MODULE_PATHNAME', 'vocabulary_smaller'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.agreement_status_larger(@extschema@.agreement_status, @extschema@.agreement_status) IS 'larger of two agreement_status values (for max)';
COMMENT ON FUNCTION @extschema@.agreement_status_smaller(@extschema@.agreement_status, @extschema@.agreement_status) IS 'smaller of two agreement_status values (for min)';

CREATE AGGREGATE @extschema@.max(@extschema@.agreement_status) (
	SFUNC = @extschema@.agreement_status_larger,
	STYPE = @extschema@.agreement_status,
	COMBINEFUNC = @extschema@.agreement_status_larger,
	SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.min(@extschema@.agreement_status) (
	SFUNC = @extschema@.agreement_status_smaller,
	STYPE = @extschema@.agreement_status,
	COMBINEFUNC = @extschema@.agreement_status_smaller,
	SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.agreement_status) IS 'last agreement_status of a group in vocabulary order';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.agreement_status) IS 'first agreement_status of a group in vocabulary order';

-- Casts to and from text go through the input and output functions, so
-- text is checked exactly as typed input is.
CREATE CAST (@extschema@.agreement_status AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.agreement_status) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.agreement_status AS pg_catalog.varchar) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.agreement_status) WITH INOUT AS ASSIGNMENT;

-- Display labels: label(x) follows partnership.language, label(x, lang)
-- names the language ('en' or 'id').
CREATE FUNCTION @extschema@.label(@extschema@.agreement_status)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'agreement_status_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.label(@extschema@.agreement_status, lang pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'agreement_status_label'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.label(@extschema@.agreement_status) IS 'display label of a agreement_status in the language of partnership.language';
COMMENT ON FUNCTION @extschema@.label(@extschema@.agreement_status, pg_catalog.text) IS 'display label of a agreement_status in the given language: en or id';

/* ------------------------------------------------------------------------
 * Vocabulary type @extschema@.activity_status
 * (generated from src/sql/vocabulary_type.sql.in; see vocabulary_types.c)
 * ------------------------------------------------------------------------
 */

CREATE TYPE @extschema@.activity_status;

CREATE FUNCTION @extschema@.activity_status_in(pg_catalog.cstring)
	RETURNS @extschema@.activity_status
	AS 'MODULE_PATHNAME', 'activity_status_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.activity_status_out(@extschema@.activity_status)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME', 'activity_status_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.activity_status_recv(pg_catalog.internal)
	RETURNS @extschema@.activity_status
	AS 'MODULE_PATHNAME', 'activity_status_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.activity_status_send(@extschema@.activity_status)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME', 'activity_status_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.activity_status (
	INPUT = @extschema@.activity_status_in,
	OUTPUT = @extschema@.activity_status_out,
	RECEIVE = @extschema@.activity_status_recv,
	SEND = @extschema@.activity_status_send,
	INTERNALLENGTH = 1,
	PASSEDBYVALUE,
	ALIGNMENT = char,
	STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.activity_status_in(pg_catalog.cstring) IS 'text input of activity_status: English, Indonesian or standard code, any case';
COMMENT ON FUNCTION @extschema@.activity_status_out(@extschema@.activity_status) IS 'text output of activity_status: the canonical English word';
COMMENT ON FUNCTION @extschema@.activity_status_recv(pg_catalog.internal) IS 'binary input of activity_status (the word as text, checked like text input)';
COMMENT ON FUNCTION @extschema@.activity_status_send(@extschema@.activity_status) IS 'binary output of activity_status (the canonical word as text)';

-- Comparison, in the order the vocabulary lists its terms.
CREATE FUNCTION @extschema@.activity_status_cmp(@extschema@.activity_status, @extschema@.activity_status)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.activity_status_eq(@extschema@.activity_status, @extschema@.activity_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.activity_status_ne(@extschema@.activity_status, @extschema@.activity_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.activity_status_lt(@extschema@.activity_status, @extschema@.activity_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.activity_status_le(@extschema@.activity_status, @extschema@.activity_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.activity_status_gt(@extschema@.activity_status, @extschema@.activity_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.activity_status_ge(@extschema@.activity_status, @extschema@.activity_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.activity_status_hash(@extschema@.activity_status)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.activity_status_hash_extended(@extschema@.activity_status, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME', 'vocabulary_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.activity_status_cmp(@extschema@.activity_status, @extschema@.activity_status) IS 'btree support: compare two activity_status values in vocabulary order';
COMMENT ON FUNCTION @extschema@.activity_status_eq(@extschema@.activity_status, @extschema@.activity_status) IS 'implementation of = for activity_status';
COMMENT ON FUNCTION @extschema@.activity_status_ne(@extschema@.activity_status, @extschema@.activity_status) IS 'implementation of <> for activity_status';
COMMENT ON FUNCTION @extschema@.activity_status_lt(@extschema@.activity_status, @extschema@.activity_status) IS 'implementation of < for activity_status';
COMMENT ON FUNCTION @extschema@.activity_status_le(@extschema@.activity_status, @extschema@.activity_status) IS 'implementation of <= for activity_status';
COMMENT ON FUNCTION @extschema@.activity_status_gt(@extschema@.activity_status, @extschema@.activity_status) IS 'implementation of > for activity_status';
COMMENT ON FUNCTION @extschema@.activity_status_ge(@extschema@.activity_status, @extschema@.activity_status) IS 'implementation of >= for activity_status';
COMMENT ON FUNCTION @extschema@.activity_status_hash(@extschema@.activity_status) IS 'hash support for activity_status';
COMMENT ON FUNCTION @extschema@.activity_status_hash_extended(@extschema@.activity_status, pg_catalog.int8) IS 'extended (seeded 64-bit) hash support for activity_status';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.activity_status, RIGHTARG = @extschema@.activity_status,
	FUNCTION = @extschema@.activity_status_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.activity_status, RIGHTARG = @extschema@.activity_status,
	FUNCTION = @extschema@.activity_status_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.activity_status, RIGHTARG = @extschema@.activity_status,
	FUNCTION = @extschema@.activity_status_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.activity_status, RIGHTARG = @extschema@.activity_status,
	FUNCTION = @extschema@.activity_status_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.activity_status, RIGHTARG = @extschema@.activity_status,
	FUNCTION = @extschema@.activity_status_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.activity_status, RIGHTARG = @extschema@.activity_status,
	FUNCTION = @extschema@.activity_status_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.activity_status, @extschema@.activity_status) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.activity_status, @extschema@.activity_status) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.activity_status, @extschema@.activity_status) IS 'less than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.activity_status, @extschema@.activity_status) IS 'less than or equal, in vocabulary order';
COMMENT ON OPERATOR @extschema@.> (@extschema@.activity_status, @extschema@.activity_status) IS 'greater than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.activity_status, @extschema@.activity_status) IS 'greater than or equal, in vocabulary order';

CREATE OPERATOR CLASS @extschema@.activity_status_ops
	DEFAULT FOR TYPE @extschema@.activity_status USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.activity_status_cmp(@extschema@.activity_status, @extschema@.activity_status);

CREATE OPERATOR CLASS @extschema@.activity_status_hash_ops
	DEFAULT FOR TYPE @extschema@.activity_status USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.activity_status_hash(@extschema@.activity_status),
	FUNCTION 2 @extschema@.activity_status_hash_extended(@extschema@.activity_status, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.activity_status_ops USING btree IS 'default btree class of activity_status: vocabulary order';
COMMENT ON OPERATOR CLASS @extschema@.activity_status_hash_ops USING hash IS 'default hash class of activity_status';

-- min() and max() in vocabulary order, usable by the planner's
-- index-based min/max optimisation through SORTOP.
CREATE FUNCTION @extschema@.activity_status_larger(@extschema@.activity_status, @extschema@.activity_status)
	RETURNS @extschema@.activity_status AS 'MODULE_PATHNAME', 'vocabulary_larger'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.activity_status_smaller(@extschema@.activity_status, @extschema@.activity_status)
	RETURNS @extschema@.activity_status AS 'MODULE_PATHNAME', 'vocabulary_smaller'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.activity_status_larger(@extschema@.activity_status, @extschema@.activity_status) IS 'larger of two activity_status values (for max)';
COMMENT ON FUNCTION @extschema@.activity_status_smaller(@extschema@.activity_status, @extschema@.activity_status) IS 'smaller of two activity_status values (for min)';

CREATE AGGREGATE @extschema@.max(@extschema@.activity_status) (
	SFUNC = @extschema@.activity_status_larger,
	STYPE = @extschema@.activity_status,
	COMBINEFUNC = @extschema@.activity_status_larger,
	SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.min(@extschema@.activity_status) (
	SFUNC = @extschema@.activity_status_smaller,
	STYPE = @extschema@.activity_status,
	COMBINEFUNC = @extschema@.activity_status_smaller,
	SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.activity_status) IS 'last activity_status of a group in vocabulary order';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.activity_status) IS 'first activity_status of a group in vocabulary order';

-- Casts to and from text go through the input and output functions, so
-- text is checked exactly as typed input is.
CREATE CAST (@extschema@.activity_status AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.activity_status) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.activity_status AS pg_catalog.varchar) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.activity_status) WITH INOUT AS ASSIGNMENT;

-- Display labels: label(x) follows partnership.language, label(x, lang)
-- names the language ('en' or 'id').
CREATE FUNCTION @extschema@.label(@extschema@.activity_status)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'activity_status_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.label(@extschema@.activity_status, lang pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'activity_status_label'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.label(@extschema@.activity_status) IS 'display label of a activity_status in the language of partnership.language';
COMMENT ON FUNCTION @extschema@.label(@extschema@.activity_status, pg_catalog.text) IS 'display label of a activity_status in the given language: en or id';

/* ------------------------------------------------------------------------
 * Vocabulary type @extschema@.commitment_kind
 * (generated from src/sql/vocabulary_type.sql.in; see vocabulary_types.c)
 * ------------------------------------------------------------------------
 */

CREATE TYPE @extschema@.commitment_kind;

CREATE FUNCTION @extschema@.commitment_kind_in(pg_catalog.cstring)
	RETURNS @extschema@.commitment_kind
	AS 'MODULE_PATHNAME', 'commitment_kind_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.commitment_kind_out(@extschema@.commitment_kind)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME', 'commitment_kind_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.commitment_kind_recv(pg_catalog.internal)
	RETURNS @extschema@.commitment_kind
	AS 'MODULE_PATHNAME', 'commitment_kind_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.commitment_kind_send(@extschema@.commitment_kind)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME', 'commitment_kind_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.commitment_kind (
	INPUT = @extschema@.commitment_kind_in,
	OUTPUT = @extschema@.commitment_kind_out,
	RECEIVE = @extschema@.commitment_kind_recv,
	SEND = @extschema@.commitment_kind_send,
	INTERNALLENGTH = 1,
	PASSEDBYVALUE,
	ALIGNMENT = char,
	STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.commitment_kind_in(pg_catalog.cstring) IS 'text input of commitment_kind: English, Indonesian or standard code, any case';
COMMENT ON FUNCTION @extschema@.commitment_kind_out(@extschema@.commitment_kind) IS 'text output of commitment_kind: the canonical English word';
COMMENT ON FUNCTION @extschema@.commitment_kind_recv(pg_catalog.internal) IS 'binary input of commitment_kind (the word as text, checked like text input)';
COMMENT ON FUNCTION @extschema@.commitment_kind_send(@extschema@.commitment_kind) IS 'binary output of commitment_kind (the canonical word as text)';

-- Comparison, in the order the vocabulary lists its terms.
CREATE FUNCTION @extschema@.commitment_kind_cmp(@extschema@.commitment_kind, @extschema@.commitment_kind)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.commitment_kind_eq(@extschema@.commitment_kind, @extschema@.commitment_kind)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.commitment_kind_ne(@extschema@.commitment_kind, @extschema@.commitment_kind)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.commitment_kind_lt(@extschema@.commitment_kind, @extschema@.commitment_kind)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.commitment_kind_le(@extschema@.commitment_kind, @extschema@.commitment_kind)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.commitment_kind_gt(@extschema@.commitment_kind, @extschema@.commitment_kind)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.commitment_kind_ge(@extschema@.commitment_kind, @extschema@.commitment_kind)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.commitment_kind_hash(@extschema@.commitment_kind)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.commitment_kind_hash_extended(@extschema@.commitment_kind, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME', 'vocabulary_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.commitment_kind_cmp(@extschema@.commitment_kind, @extschema@.commitment_kind) IS 'btree support: compare two commitment_kind values in vocabulary order';
COMMENT ON FUNCTION @extschema@.commitment_kind_eq(@extschema@.commitment_kind, @extschema@.commitment_kind) IS 'implementation of = for commitment_kind';
COMMENT ON FUNCTION @extschema@.commitment_kind_ne(@extschema@.commitment_kind, @extschema@.commitment_kind) IS 'implementation of <> for commitment_kind';
COMMENT ON FUNCTION @extschema@.commitment_kind_lt(@extschema@.commitment_kind, @extschema@.commitment_kind) IS 'implementation of < for commitment_kind';
COMMENT ON FUNCTION @extschema@.commitment_kind_le(@extschema@.commitment_kind, @extschema@.commitment_kind) IS 'implementation of <= for commitment_kind';
COMMENT ON FUNCTION @extschema@.commitment_kind_gt(@extschema@.commitment_kind, @extschema@.commitment_kind) IS 'implementation of > for commitment_kind';
COMMENT ON FUNCTION @extschema@.commitment_kind_ge(@extschema@.commitment_kind, @extschema@.commitment_kind) IS 'implementation of >= for commitment_kind';
COMMENT ON FUNCTION @extschema@.commitment_kind_hash(@extschema@.commitment_kind) IS 'hash support for commitment_kind';
COMMENT ON FUNCTION @extschema@.commitment_kind_hash_extended(@extschema@.commitment_kind, pg_catalog.int8) IS 'extended (seeded 64-bit) hash support for commitment_kind';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.commitment_kind, RIGHTARG = @extschema@.commitment_kind,
	FUNCTION = @extschema@.commitment_kind_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.commitment_kind, RIGHTARG = @extschema@.commitment_kind,
	FUNCTION = @extschema@.commitment_kind_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.commitment_kind, RIGHTARG = @extschema@.commitment_kind,
	FUNCTION = @extschema@.commitment_kind_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.commitment_kind, RIGHTARG = @extschema@.commitment_kind,
	FUNCTION = @extschema@.commitment_kind_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.commitment_kind, RIGHTARG = @extschema@.commitment_kind,
	FUNCTION = @extschema@.commitment_kind_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.commitment_kind, RIGHTARG = @extschema@.commitment_kind,
	FUNCTION = @extschema@.commitment_kind_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.commitment_kind, @extschema@.commitment_kind) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.commitment_kind, @extschema@.commitment_kind) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.commitment_kind, @extschema@.commitment_kind) IS 'less than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.commitment_kind, @extschema@.commitment_kind) IS 'less than or equal, in vocabulary order';
COMMENT ON OPERATOR @extschema@.> (@extschema@.commitment_kind, @extschema@.commitment_kind) IS 'greater than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.commitment_kind, @extschema@.commitment_kind) IS 'greater than or equal, in vocabulary order';

CREATE OPERATOR CLASS @extschema@.commitment_kind_ops
	DEFAULT FOR TYPE @extschema@.commitment_kind USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.commitment_kind_cmp(@extschema@.commitment_kind, @extschema@.commitment_kind);

CREATE OPERATOR CLASS @extschema@.commitment_kind_hash_ops
	DEFAULT FOR TYPE @extschema@.commitment_kind USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.commitment_kind_hash(@extschema@.commitment_kind),
	FUNCTION 2 @extschema@.commitment_kind_hash_extended(@extschema@.commitment_kind, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.commitment_kind_ops USING btree IS 'default btree class of commitment_kind: vocabulary order';
COMMENT ON OPERATOR CLASS @extschema@.commitment_kind_hash_ops USING hash IS 'default hash class of commitment_kind';

-- min() and max() in vocabulary order, usable by the planner's
-- index-based min/max optimisation through SORTOP.
CREATE FUNCTION @extschema@.commitment_kind_larger(@extschema@.commitment_kind, @extschema@.commitment_kind)
	RETURNS @extschema@.commitment_kind AS 'MODULE_PATHNAME', 'vocabulary_larger'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.commitment_kind_smaller(@extschema@.commitment_kind, @extschema@.commitment_kind)
	RETURNS @extschema@.commitment_kind AS 'MODULE_PATHNAME', 'vocabulary_smaller'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.commitment_kind_larger(@extschema@.commitment_kind, @extschema@.commitment_kind) IS 'larger of two commitment_kind values (for max)';
COMMENT ON FUNCTION @extschema@.commitment_kind_smaller(@extschema@.commitment_kind, @extschema@.commitment_kind) IS 'smaller of two commitment_kind values (for min)';

CREATE AGGREGATE @extschema@.max(@extschema@.commitment_kind) (
	SFUNC = @extschema@.commitment_kind_larger,
	STYPE = @extschema@.commitment_kind,
	COMBINEFUNC = @extschema@.commitment_kind_larger,
	SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.min(@extschema@.commitment_kind) (
	SFUNC = @extschema@.commitment_kind_smaller,
	STYPE = @extschema@.commitment_kind,
	COMBINEFUNC = @extschema@.commitment_kind_smaller,
	SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.commitment_kind) IS 'last commitment_kind of a group in vocabulary order';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.commitment_kind) IS 'first commitment_kind of a group in vocabulary order';

-- Casts to and from text go through the input and output functions, so
-- text is checked exactly as typed input is.
CREATE CAST (@extschema@.commitment_kind AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.commitment_kind) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.commitment_kind AS pg_catalog.varchar) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.commitment_kind) WITH INOUT AS ASSIGNMENT;

-- Display labels: label(x) follows partnership.language, label(x, lang)
-- names the language ('en' or 'id').
CREATE FUNCTION @extschema@.label(@extschema@.commitment_kind)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'commitment_kind_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.label(@extschema@.commitment_kind, lang pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'commitment_kind_label'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.label(@extschema@.commitment_kind) IS 'display label of a commitment_kind in the language of partnership.language';
COMMENT ON FUNCTION @extschema@.label(@extschema@.commitment_kind, pg_catalog.text) IS 'display label of a commitment_kind in the given language: en or id';

/* ------------------------------------------------------------------------
 * Vocabulary type @extschema@.direction
 * (generated from src/sql/vocabulary_type.sql.in; see vocabulary_types.c)
 * ------------------------------------------------------------------------
 */

CREATE TYPE @extschema@.direction;

CREATE FUNCTION @extschema@.direction_in(pg_catalog.cstring)
	RETURNS @extschema@.direction
	AS 'MODULE_PATHNAME', 'direction_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.direction_out(@extschema@.direction)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME', 'direction_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.direction_recv(pg_catalog.internal)
	RETURNS @extschema@.direction
	AS 'MODULE_PATHNAME', 'direction_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.direction_send(@extschema@.direction)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME', 'direction_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.direction (
	INPUT = @extschema@.direction_in,
	OUTPUT = @extschema@.direction_out,
	RECEIVE = @extschema@.direction_recv,
	SEND = @extschema@.direction_send,
	INTERNALLENGTH = 1,
	PASSEDBYVALUE,
	ALIGNMENT = char,
	STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.direction_in(pg_catalog.cstring) IS 'text input of direction: English, Indonesian or standard code, any case';
COMMENT ON FUNCTION @extschema@.direction_out(@extschema@.direction) IS 'text output of direction: the canonical English word';
COMMENT ON FUNCTION @extschema@.direction_recv(pg_catalog.internal) IS 'binary input of direction (the word as text, checked like text input)';
COMMENT ON FUNCTION @extschema@.direction_send(@extschema@.direction) IS 'binary output of direction (the canonical word as text)';

-- Comparison, in the order the vocabulary lists its terms.
CREATE FUNCTION @extschema@.direction_cmp(@extschema@.direction, @extschema@.direction)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.direction_eq(@extschema@.direction, @extschema@.direction)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.direction_ne(@extschema@.direction, @extschema@.direction)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.direction_lt(@extschema@.direction, @extschema@.direction)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.direction_le(@extschema@.direction, @extschema@.direction)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.direction_gt(@extschema@.direction, @extschema@.direction)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.direction_ge(@extschema@.direction, @extschema@.direction)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.direction_hash(@extschema@.direction)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.direction_hash_extended(@extschema@.direction, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME', 'vocabulary_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.direction_cmp(@extschema@.direction, @extschema@.direction) IS 'btree support: compare two direction values in vocabulary order';
COMMENT ON FUNCTION @extschema@.direction_eq(@extschema@.direction, @extschema@.direction) IS 'implementation of = for direction';
COMMENT ON FUNCTION @extschema@.direction_ne(@extschema@.direction, @extschema@.direction) IS 'implementation of <> for direction';
COMMENT ON FUNCTION @extschema@.direction_lt(@extschema@.direction, @extschema@.direction) IS 'implementation of < for direction';
COMMENT ON FUNCTION @extschema@.direction_le(@extschema@.direction, @extschema@.direction) IS 'implementation of <= for direction';
COMMENT ON FUNCTION @extschema@.direction_gt(@extschema@.direction, @extschema@.direction) IS 'implementation of > for direction';
COMMENT ON FUNCTION @extschema@.direction_ge(@extschema@.direction, @extschema@.direction) IS 'implementation of >= for direction';
COMMENT ON FUNCTION @extschema@.direction_hash(@extschema@.direction) IS 'hash support for direction';
COMMENT ON FUNCTION @extschema@.direction_hash_extended(@extschema@.direction, pg_catalog.int8) IS 'extended (seeded 64-bit) hash support for direction';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.direction, RIGHTARG = @extschema@.direction,
	FUNCTION = @extschema@.direction_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.direction, RIGHTARG = @extschema@.direction,
	FUNCTION = @extschema@.direction_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.direction, RIGHTARG = @extschema@.direction,
	FUNCTION = @extschema@.direction_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.direction, RIGHTARG = @extschema@.direction,
	FUNCTION = @extschema@.direction_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.direction, RIGHTARG = @extschema@.direction,
	FUNCTION = @extschema@.direction_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.direction, RIGHTARG = @extschema@.direction,
	FUNCTION = @extschema@.direction_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.direction, @extschema@.direction) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.direction, @extschema@.direction) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.direction, @extschema@.direction) IS 'less than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.direction, @extschema@.direction) IS 'less than or equal, in vocabulary order';
COMMENT ON OPERATOR @extschema@.> (@extschema@.direction, @extschema@.direction) IS 'greater than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.direction, @extschema@.direction) IS 'greater than or equal, in vocabulary order';

CREATE OPERATOR CLASS @extschema@.direction_ops
	DEFAULT FOR TYPE @extschema@.direction USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.direction_cmp(@extschema@.direction, @extschema@.direction);

CREATE OPERATOR CLASS @extschema@.direction_hash_ops
	DEFAULT FOR TYPE @extschema@.direction USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.direction_hash(@extschema@.direction),
	FUNCTION 2 @extschema@.direction_hash_extended(@extschema@.direction, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.direction_ops USING btree IS 'default btree class of direction: vocabulary order';
COMMENT ON OPERATOR CLASS @extschema@.direction_hash_ops USING hash IS 'default hash class of direction';

-- min() and max() in vocabulary order, usable by the planner's
-- index-based min/max optimisation through SORTOP.
CREATE FUNCTION @extschema@.direction_larger(@extschema@.direction, @extschema@.direction)
	RETURNS @extschema@.direction AS 'MODULE_PATHNAME', 'vocabulary_larger'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.direction_smaller(@extschema@.direction, @extschema@.direction)
	RETURNS @extschema@.direction AS 'MODULE_PATHNAME', 'vocabulary_smaller'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.direction_larger(@extschema@.direction, @extschema@.direction) IS 'larger of two direction values (for max)';
COMMENT ON FUNCTION @extschema@.direction_smaller(@extschema@.direction, @extschema@.direction) IS 'smaller of two direction values (for min)';

CREATE AGGREGATE @extschema@.max(@extschema@.direction) (
	SFUNC = @extschema@.direction_larger,
	STYPE = @extschema@.direction,
	COMBINEFUNC = @extschema@.direction_larger,
	SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.min(@extschema@.direction) (
	SFUNC = @extschema@.direction_smaller,
	STYPE = @extschema@.direction,
	COMBINEFUNC = @extschema@.direction_smaller,
	SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.direction) IS 'last direction of a group in vocabulary order';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.direction) IS 'first direction of a group in vocabulary order';

-- Casts to and from text go through the input and output functions, so
-- text is checked exactly as typed input is.
CREATE CAST (@extschema@.direction AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.direction) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.direction AS pg_catalog.varchar) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.direction) WITH INOUT AS ASSIGNMENT;

-- Display labels: label(x) follows partnership.language, label(x, lang)
-- names the language ('en' or 'id').
CREATE FUNCTION @extschema@.label(@extschema@.direction)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'direction_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.label(@extschema@.direction, lang pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'direction_label'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.label(@extschema@.direction) IS 'display label of a direction in the language of partnership.language';
COMMENT ON FUNCTION @extschema@.label(@extschema@.direction, pg_catalog.text) IS 'display label of a direction in the given language: en or id';

/* ------------------------------------------------------------------------
 * Vocabulary type @extschema@.aggregation
 * (generated from src/sql/vocabulary_type.sql.in; see vocabulary_types.c)
 * ------------------------------------------------------------------------
 */

CREATE TYPE @extschema@.aggregation;

CREATE FUNCTION @extschema@.aggregation_in(pg_catalog.cstring)
	RETURNS @extschema@.aggregation
	AS 'MODULE_PATHNAME', 'aggregation_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.aggregation_out(@extschema@.aggregation)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME', 'aggregation_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.aggregation_recv(pg_catalog.internal)
	RETURNS @extschema@.aggregation
	AS 'MODULE_PATHNAME', 'aggregation_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.aggregation_send(@extschema@.aggregation)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME', 'aggregation_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.aggregation (
	INPUT = @extschema@.aggregation_in,
	OUTPUT = @extschema@.aggregation_out,
	RECEIVE = @extschema@.aggregation_recv,
	SEND = @extschema@.aggregation_send,
	INTERNALLENGTH = 1,
	PASSEDBYVALUE,
	ALIGNMENT = char,
	STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.aggregation_in(pg_catalog.cstring) IS 'text input of aggregation: English, Indonesian or standard code, any case';
COMMENT ON FUNCTION @extschema@.aggregation_out(@extschema@.aggregation) IS 'text output of aggregation: the canonical English word';
COMMENT ON FUNCTION @extschema@.aggregation_recv(pg_catalog.internal) IS 'binary input of aggregation (the word as text, checked like text input)';
COMMENT ON FUNCTION @extschema@.aggregation_send(@extschema@.aggregation) IS 'binary output of aggregation (the canonical word as text)';

-- Comparison, in the order the vocabulary lists its terms.
CREATE FUNCTION @extschema@.aggregation_cmp(@extschema@.aggregation, @extschema@.aggregation)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.aggregation_eq(@extschema@.aggregation, @extschema@.aggregation)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aggregation_ne(@extschema@.aggregation, @extschema@.aggregation)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aggregation_lt(@extschema@.aggregation, @extschema@.aggregation)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aggregation_le(@extschema@.aggregation, @extschema@.aggregation)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aggregation_gt(@extschema@.aggregation, @extschema@.aggregation)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aggregation_ge(@extschema@.aggregation, @extschema@.aggregation)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.aggregation_hash(@extschema@.aggregation)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.aggregation_hash_extended(@extschema@.aggregation, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME', 'vocabulary_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.aggregation_cmp(@extschema@.aggregation, @extschema@.aggregation) IS 'btree support: compare two aggregation values in vocabulary order';
COMMENT ON FUNCTION @extschema@.aggregation_eq(@extschema@.aggregation, @extschema@.aggregation) IS 'implementation of = for aggregation';
COMMENT ON FUNCTION @extschema@.aggregation_ne(@extschema@.aggregation, @extschema@.aggregation) IS 'implementation of <> for aggregation';
COMMENT ON FUNCTION @extschema@.aggregation_lt(@extschema@.aggregation, @extschema@.aggregation) IS 'implementation of < for aggregation';
COMMENT ON FUNCTION @extschema@.aggregation_le(@extschema@.aggregation, @extschema@.aggregation) IS 'implementation of <= for aggregation';
COMMENT ON FUNCTION @extschema@.aggregation_gt(@extschema@.aggregation, @extschema@.aggregation) IS 'implementation of > for aggregation';
COMMENT ON FUNCTION @extschema@.aggregation_ge(@extschema@.aggregation, @extschema@.aggregation) IS 'implementation of >= for aggregation';
COMMENT ON FUNCTION @extschema@.aggregation_hash(@extschema@.aggregation) IS 'hash support for aggregation';
COMMENT ON FUNCTION @extschema@.aggregation_hash_extended(@extschema@.aggregation, pg_catalog.int8) IS 'extended (seeded 64-bit) hash support for aggregation';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.aggregation, RIGHTARG = @extschema@.aggregation,
	FUNCTION = @extschema@.aggregation_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.aggregation, RIGHTARG = @extschema@.aggregation,
	FUNCTION = @extschema@.aggregation_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.aggregation, RIGHTARG = @extschema@.aggregation,
	FUNCTION = @extschema@.aggregation_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.aggregation, RIGHTARG = @extschema@.aggregation,
	FUNCTION = @extschema@.aggregation_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.aggregation, RIGHTARG = @extschema@.aggregation,
	FUNCTION = @extschema@.aggregation_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.aggregation, RIGHTARG = @extschema@.aggregation,
	FUNCTION = @extschema@.aggregation_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.aggregation, @extschema@.aggregation) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.aggregation, @extschema@.aggregation) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.aggregation, @extschema@.aggregation) IS 'less than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.aggregation, @extschema@.aggregation) IS 'less than or equal, in vocabulary order';
COMMENT ON OPERATOR @extschema@.> (@extschema@.aggregation, @extschema@.aggregation) IS 'greater than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.aggregation, @extschema@.aggregation) IS 'greater than or equal, in vocabulary order';

CREATE OPERATOR CLASS @extschema@.aggregation_ops
	DEFAULT FOR TYPE @extschema@.aggregation USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.aggregation_cmp(@extschema@.aggregation, @extschema@.aggregation);

CREATE OPERATOR CLASS @extschema@.aggregation_hash_ops
	DEFAULT FOR TYPE @extschema@.aggregation USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.aggregation_hash(@extschema@.aggregation),
	FUNCTION 2 @extschema@.aggregation_hash_extended(@extschema@.aggregation, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.aggregation_ops USING btree IS 'default btree class of aggregation: vocabulary order';
COMMENT ON OPERATOR CLASS @extschema@.aggregation_hash_ops USING hash IS 'default hash class of aggregation';

-- min() and max() in vocabulary order, usable by the planner's
-- index-based min/max optimisation through SORTOP.
CREATE FUNCTION @extschema@.aggregation_larger(@extschema@.aggregation, @extschema@.aggregation)
	RETURNS @extschema@.aggregation AS 'MODULE_PATHNAME', 'vocabulary_larger'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.aggregation_smaller(@extschema@.aggregation, @extschema@.aggregation)
	RETURNS @extschema@.aggregation AS 'MODULE_PATHNAME', 'vocabulary_smaller'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.aggregation_larger(@extschema@.aggregation, @extschema@.aggregation) IS 'larger of two aggregation values (for max)';
COMMENT ON FUNCTION @extschema@.aggregation_smaller(@extschema@.aggregation, @extschema@.aggregation) IS 'smaller of two aggregation values (for min)';

CREATE AGGREGATE @extschema@.max(@extschema@.aggregation) (
	SFUNC = @extschema@.aggregation_larger,
	STYPE = @extschema@.aggregation,
	COMBINEFUNC = @extschema@.aggregation_larger,
	SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.min(@extschema@.aggregation) (
	SFUNC = @extschema@.aggregation_smaller,
	STYPE = @extschema@.aggregation,
	COMBINEFUNC = @extschema@.aggregation_smaller,
	SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.aggregation) IS 'last aggregation of a group in vocabulary order';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.aggregation) IS 'first aggregation of a group in vocabulary order';

-- Casts to and from text go through the input and output functions, so
-- text is checked exactly as typed input is.
CREATE CAST (@extschema@.aggregation AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.aggregation) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.aggregation AS pg_catalog.varchar) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.aggregation) WITH INOUT AS ASSIGNMENT;

-- Display labels: label(x) follows partnership.language, label(x, lang)
-- names the language ('en' or 'id').
CREATE FUNCTION @extschema@.label(@extschema@.aggregation)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'aggregation_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.label(@extschema@.aggregation, lang pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'aggregation_label'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.label(@extschema@.aggregation) IS 'display label of a aggregation in the language of partnership.language';
COMMENT ON FUNCTION @extschema@.label(@extschema@.aggregation, pg_catalog.text) IS 'display label of a aggregation in the given language: en or id';

/* ------------------------------------------------------------------------
 * Vocabulary type @extschema@.dimension
 * (generated from src/sql/vocabulary_type.sql.in; see vocabulary_types.c)
 * ------------------------------------------------------------------------
 */

CREATE TYPE @extschema@.dimension;

CREATE FUNCTION @extschema@.dimension_in(pg_catalog.cstring)
	RETURNS @extschema@.dimension
	AS 'MODULE_PATHNAME', 'dimension_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.dimension_out(@extschema@.dimension)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME', 'dimension_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.dimension_recv(pg_catalog.internal)
	RETURNS @extschema@.dimension
	AS 'MODULE_PATHNAME', 'dimension_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.dimension_send(@extschema@.dimension)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME', 'dimension_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.dimension (
	INPUT = @extschema@.dimension_in,
	OUTPUT = @extschema@.dimension_out,
	RECEIVE = @extschema@.dimension_recv,
	SEND = @extschema@.dimension_send,
	INTERNALLENGTH = 1,
	PASSEDBYVALUE,
	ALIGNMENT = char,
	STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.dimension_in(pg_catalog.cstring) IS 'text input of dimension: English, Indonesian or standard code, any case';
COMMENT ON FUNCTION @extschema@.dimension_out(@extschema@.dimension) IS 'text output of dimension: the canonical English word';
COMMENT ON FUNCTION @extschema@.dimension_recv(pg_catalog.internal) IS 'binary input of dimension (the word as text, checked like text input)';
COMMENT ON FUNCTION @extschema@.dimension_send(@extschema@.dimension) IS 'binary output of dimension (the canonical word as text)';

-- Comparison, in the order the vocabulary lists its terms.
CREATE FUNCTION @extschema@.dimension_cmp(@extschema@.dimension, @extschema@.dimension)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.dimension_eq(@extschema@.dimension, @extschema@.dimension)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.dimension_ne(@extschema@.dimension, @extschema@.dimension)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.dimension_lt(@extschema@.dimension, @extschema@.dimension)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.dimension_le(@extschema@.dimension, @extschema@.dimension)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.dimension_gt(@extschema@.dimension, @extschema@.dimension)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.dimension_ge(@extschema@.dimension, @extschema@.dimension)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.dimension_hash(@extschema@.dimension)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.dimension_hash_extended(@extschema@.dimension, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME', 'vocabulary_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.dimension_cmp(@extschema@.dimension, @extschema@.dimension) IS 'btree support: compare two dimension values in vocabulary order';
COMMENT ON FUNCTION @extschema@.dimension_eq(@extschema@.dimension, @extschema@.dimension) IS 'implementation of = for dimension';
COMMENT ON FUNCTION @extschema@.dimension_ne(@extschema@.dimension, @extschema@.dimension) IS 'implementation of <> for dimension';
COMMENT ON FUNCTION @extschema@.dimension_lt(@extschema@.dimension, @extschema@.dimension) IS 'implementation of < for dimension';
COMMENT ON FUNCTION @extschema@.dimension_le(@extschema@.dimension, @extschema@.dimension) IS 'implementation of <= for dimension';
COMMENT ON FUNCTION @extschema@.dimension_gt(@extschema@.dimension, @extschema@.dimension) IS 'implementation of > for dimension';
COMMENT ON FUNCTION @extschema@.dimension_ge(@extschema@.dimension, @extschema@.dimension) IS 'implementation of >= for dimension';
COMMENT ON FUNCTION @extschema@.dimension_hash(@extschema@.dimension) IS 'hash support for dimension';
COMMENT ON FUNCTION @extschema@.dimension_hash_extended(@extschema@.dimension, pg_catalog.int8) IS 'extended (seeded 64-bit) hash support for dimension';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.dimension, RIGHTARG = @extschema@.dimension,
	FUNCTION = @extschema@.dimension_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.dimension, RIGHTARG = @extschema@.dimension,
	FUNCTION = @extschema@.dimension_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.dimension, RIGHTARG = @extschema@.dimension,
	FUNCTION = @extschema@.dimension_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.dimension, RIGHTARG = @extschema@.dimension,
	FUNCTION = @extschema@.dimension_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.dimension, RIGHTARG = @extschema@.dimension,
	FUNCTION = @extschema@.dimension_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.dimension, RIGHTARG = @extschema@.dimension,
	FUNCTION = @extschema@.dimension_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.dimension, @extschema@.dimension) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.dimension, @extschema@.dimension) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.dimension, @extschema@.dimension) IS 'less than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.dimension, @extschema@.dimension) IS 'less than or equal, in vocabulary order';
COMMENT ON OPERATOR @extschema@.> (@extschema@.dimension, @extschema@.dimension) IS 'greater than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.dimension, @extschema@.dimension) IS 'greater than or equal, in vocabulary order';

CREATE OPERATOR CLASS @extschema@.dimension_ops
	DEFAULT FOR TYPE @extschema@.dimension USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.dimension_cmp(@extschema@.dimension, @extschema@.dimension);

CREATE OPERATOR CLASS @extschema@.dimension_hash_ops
	DEFAULT FOR TYPE @extschema@.dimension USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.dimension_hash(@extschema@.dimension),
	FUNCTION 2 @extschema@.dimension_hash_extended(@extschema@.dimension, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.dimension_ops USING btree IS 'default btree class of dimension: vocabulary order';
COMMENT ON OPERATOR CLASS @extschema@.dimension_hash_ops USING hash IS 'default hash class of dimension';

-- min() and max() in vocabulary order, usable by the planner's
-- index-based min/max optimisation through SORTOP.
CREATE FUNCTION @extschema@.dimension_larger(@extschema@.dimension, @extschema@.dimension)
	RETURNS @extschema@.dimension AS 'MODULE_PATHNAME', 'vocabulary_larger'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.dimension_smaller(@extschema@.dimension, @extschema@.dimension)
	RETURNS @extschema@.dimension AS 'MODULE_PATHNAME', 'vocabulary_smaller'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.dimension_larger(@extschema@.dimension, @extschema@.dimension) IS 'larger of two dimension values (for max)';
COMMENT ON FUNCTION @extschema@.dimension_smaller(@extschema@.dimension, @extschema@.dimension) IS 'smaller of two dimension values (for min)';

CREATE AGGREGATE @extschema@.max(@extschema@.dimension) (
	SFUNC = @extschema@.dimension_larger,
	STYPE = @extschema@.dimension,
	COMBINEFUNC = @extschema@.dimension_larger,
	SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.min(@extschema@.dimension) (
	SFUNC = @extschema@.dimension_smaller,
	STYPE = @extschema@.dimension,
	COMBINEFUNC = @extschema@.dimension_smaller,
	SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.dimension) IS 'last dimension of a group in vocabulary order';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.dimension) IS 'first dimension of a group in vocabulary order';

-- Casts to and from text go through the input and output functions, so
-- text is checked exactly as typed input is.
CREATE CAST (@extschema@.dimension AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.dimension) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.dimension AS pg_catalog.varchar) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.dimension) WITH INOUT AS ASSIGNMENT;

-- Display labels: label(x) follows partnership.language, label(x, lang)
-- names the language ('en' or 'id').
CREATE FUNCTION @extschema@.label(@extschema@.dimension)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'dimension_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.label(@extschema@.dimension, lang pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'dimension_label'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.label(@extschema@.dimension) IS 'display label of a dimension in the language of partnership.language';
COMMENT ON FUNCTION @extschema@.label(@extschema@.dimension, pg_catalog.text) IS 'display label of a dimension in the given language: en or id';

/* ------------------------------------------------------------------------
 * Vocabulary type @extschema@.evaluation_kind
 * (generated from src/sql/vocabulary_type.sql.in; see vocabulary_types.c)
 * ------------------------------------------------------------------------
 */

CREATE TYPE @extschema@.evaluation_kind;

CREATE FUNCTION @extschema@.evaluation_kind_in(pg_catalog.cstring)
	RETURNS @extschema@.evaluation_kind
	AS 'MODULE_PATHNAME', 'evaluation_kind_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.evaluation_kind_out(@extschema@.evaluation_kind)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME', 'evaluation_kind_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.evaluation_kind_recv(pg_catalog.internal)
	RETURNS @extschema@.evaluation_kind
	AS 'MODULE_PATHNAME', 'evaluation_kind_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.evaluation_kind_send(@extschema@.evaluation_kind)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME', 'evaluation_kind_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.evaluation_kind (
	INPUT = @extschema@.evaluation_kind_in,
	OUTPUT = @extschema@.evaluation_kind_out,
	RECEIVE = @extschema@.evaluation_kind_recv,
	SEND = @extschema@.evaluation_kind_send,
	INTERNALLENGTH = 1,
	PASSEDBYVALUE,
	ALIGNMENT = char,
	STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.evaluation_kind_in(pg_catalog.cstring) IS 'text input of evaluation_kind: English, Indonesian or standard code, any case';
COMMENT ON FUNCTION @extschema@.evaluation_kind_out(@extschema@.evaluation_kind) IS 'text output of evaluation_kind: the canonical English word';
COMMENT ON FUNCTION @extschema@.evaluation_kind_recv(pg_catalog.internal) IS 'binary input of evaluation_kind (the word as text, checked like text input)';
COMMENT ON FUNCTION @extschema@.evaluation_kind_send(@extschema@.evaluation_kind) IS 'binary output of evaluation_kind (the canonical word as text)';

-- Comparison, in the order the vocabulary lists its terms.
CREATE FUNCTION @extschema@.evaluation_kind_cmp(@extschema@.evaluation_kind, @extschema@.evaluation_kind)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.evaluation_kind_eq(@extschema@.evaluation_kind, @extschema@.evaluation_kind)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.evaluation_kind_ne(@extschema@.evaluation_kind, @extschema@.evaluation_kind)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.evaluation_kind_lt(@extschema@.evaluation_kind, @extschema@.evaluation_kind)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.evaluation_kind_le(@extschema@.evaluation_kind, @extschema@.evaluation_kind)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.evaluation_kind_gt(@extschema@.evaluation_kind, @extschema@.evaluation_kind)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.evaluation_kind_ge(@extschema@.evaluation_kind, @extschema@.evaluation_kind)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.evaluation_kind_hash(@extschema@.evaluation_kind)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.evaluation_kind_hash_extended(@extschema@.evaluation_kind, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME', 'vocabulary_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.evaluation_kind_cmp(@extschema@.evaluation_kind, @extschema@.evaluation_kind) IS 'btree support: compare two evaluation_kind values in vocabulary order';
COMMENT ON FUNCTION @extschema@.evaluation_kind_eq(@extschema@.evaluation_kind, @extschema@.evaluation_kind) IS 'implementation of = for evaluation_kind';
COMMENT ON FUNCTION @extschema@.evaluation_kind_ne(@extschema@.evaluation_kind, @extschema@.evaluation_kind) IS 'implementation of <> for evaluation_kind';
COMMENT ON FUNCTION @extschema@.evaluation_kind_lt(@extschema@.evaluation_kind, @extschema@.evaluation_kind) IS 'implementation of < for evaluation_kind';
COMMENT ON FUNCTION @extschema@.evaluation_kind_le(@extschema@.evaluation_kind, @extschema@.evaluation_kind) IS 'implementation of <= for evaluation_kind';
COMMENT ON FUNCTION @extschema@.evaluation_kind_gt(@extschema@.evaluation_kind, @extschema@.evaluation_kind) IS 'implementation of > for evaluation_kind';
COMMENT ON FUNCTION @extschema@.evaluation_kind_ge(@extschema@.evaluation_kind, @extschema@.evaluation_kind) IS 'implementation of >= for evaluation_kind';
COMMENT ON FUNCTION @extschema@.evaluation_kind_hash(@extschema@.evaluation_kind) IS 'hash support for evaluation_kind';
COMMENT ON FUNCTION @extschema@.evaluation_kind_hash_extended(@extschema@.evaluation_kind, pg_catalog.int8) IS 'extended (seeded 64-bit) hash support for evaluation_kind';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.evaluation_kind, RIGHTARG = @extschema@.evaluation_kind,
	FUNCTION = @extschema@.evaluation_kind_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.evaluation_kind, RIGHTARG = @extschema@.evaluation_kind,
	FUNCTION = @extschema@.evaluation_kind_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.evaluation_kind, RIGHTARG = @extschema@.evaluation_kind,
	FUNCTION = @extschema@.evaluation_kind_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.evaluation_kind, RIGHTARG = @extschema@.evaluation_kind,
	FUNCTION = @extschema@.evaluation_kind_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.evaluation_kind, RIGHTARG = @extschema@.evaluation_kind,
	FUNCTION = @extschema@.evaluation_kind_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.evaluation_kind, RIGHTARG = @extschema@.evaluation_kind,
	FUNCTION = @extschema@.evaluation_kind_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.evaluation_kind, @extschema@.evaluation_kind) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.evaluation_kind, @extschema@.evaluation_kind) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.evaluation_kind, @extschema@.evaluation_kind) IS 'less than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.evaluation_kind, @extschema@.evaluation_kind) IS 'less than or equal, in vocabulary order';
COMMENT ON OPERATOR @extschema@.> (@extschema@.evaluation_kind, @extschema@.evaluation_kind) IS 'greater than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.evaluation_kind, @extschema@.evaluation_kind) IS 'greater than or equal, in vocabulary order';

CREATE OPERATOR CLASS @extschema@.evaluation_kind_ops
	DEFAULT FOR TYPE @extschema@.evaluation_kind USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.evaluation_kind_cmp(@extschema@.evaluation_kind, @extschema@.evaluation_kind);

CREATE OPERATOR CLASS @extschema@.evaluation_kind_hash_ops
	DEFAULT FOR TYPE @extschema@.evaluation_kind USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.evaluation_kind_hash(@extschema@.evaluation_kind),
	FUNCTION 2 @extschema@.evaluation_kind_hash_extended(@extschema@.evaluation_kind, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.evaluation_kind_ops USING btree IS 'default btree class of evaluation_kind: vocabulary order';
COMMENT ON OPERATOR CLASS @extschema@.evaluation_kind_hash_ops USING hash IS 'default hash class of evaluation_kind';

-- min() and max() in vocabulary order, usable by the planner's
-- index-based min/max optimisation through SORTOP.
CREATE FUNCTION @extschema@.evaluation_kind_larger(@extschema@.evaluation_kind, @extschema@.evaluation_kind)
	RETURNS @extschema@.evaluation_kind AS 'MODULE_PATHNAME', 'vocabulary_larger'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.evaluation_kind_smaller(@extschema@.evaluation_kind, @extschema@.evaluation_kind)
	RETURNS @extschema@.evaluation_kind AS 'MODULE_PATHNAME', 'vocabulary_smaller'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.evaluation_kind_larger(@extschema@.evaluation_kind, @extschema@.evaluation_kind) IS 'larger of two evaluation_kind values (for max)';
COMMENT ON FUNCTION @extschema@.evaluation_kind_smaller(@extschema@.evaluation_kind, @extschema@.evaluation_kind) IS 'smaller of two evaluation_kind values (for min)';

CREATE AGGREGATE @extschema@.max(@extschema@.evaluation_kind) (
	SFUNC = @extschema@.evaluation_kind_larger,
	STYPE = @extschema@.evaluation_kind,
	COMBINEFUNC = @extschema@.evaluation_kind_larger,
	SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.min(@extschema@.evaluation_kind) (
	SFUNC = @extschema@.evaluation_kind_smaller,
	STYPE = @extschema@.evaluation_kind,
	COMBINEFUNC = @extschema@.evaluation_kind_smaller,
	SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.evaluation_kind) IS 'last evaluation_kind of a group in vocabulary order';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.evaluation_kind) IS 'first evaluation_kind of a group in vocabulary order';

-- Casts to and from text go through the input and output functions, so
-- text is checked exactly as typed input is.
CREATE CAST (@extschema@.evaluation_kind AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.evaluation_kind) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.evaluation_kind AS pg_catalog.varchar) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.evaluation_kind) WITH INOUT AS ASSIGNMENT;

-- Display labels: label(x) follows partnership.language, label(x, lang)
-- names the language ('en' or 'id').
CREATE FUNCTION @extschema@.label(@extschema@.evaluation_kind)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'evaluation_kind_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.label(@extschema@.evaluation_kind, lang pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'evaluation_kind_label'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.label(@extschema@.evaluation_kind) IS 'display label of a evaluation_kind in the language of partnership.language';
COMMENT ON FUNCTION @extschema@.label(@extschema@.evaluation_kind, pg_catalog.text) IS 'display label of a evaluation_kind in the given language: en or id';

/* ------------------------------------------------------------------------
 * Vocabulary type @extschema@.evaluation_status
 * (generated from src/sql/vocabulary_type.sql.in; see vocabulary_types.c)
 * ------------------------------------------------------------------------
 */

CREATE TYPE @extschema@.evaluation_status;

CREATE FUNCTION @extschema@.evaluation_status_in(pg_catalog.cstring)
	RETURNS @extschema@.evaluation_status
	AS 'MODULE_PATHNAME', 'evaluation_status_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.evaluation_status_out(@extschema@.evaluation_status)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME', 'evaluation_status_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.evaluation_status_recv(pg_catalog.internal)
	RETURNS @extschema@.evaluation_status
	AS 'MODULE_PATHNAME', 'evaluation_status_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.evaluation_status_send(@extschema@.evaluation_status)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME', 'evaluation_status_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.evaluation_status (
	INPUT = @extschema@.evaluation_status_in,
	OUTPUT = @extschema@.evaluation_status_out,
	RECEIVE = @extschema@.evaluation_status_recv,
	SEND = @extschema@.evaluation_status_send,
	INTERNALLENGTH = 1,
	PASSEDBYVALUE,
	ALIGNMENT = char,
	STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.evaluation_status_in(pg_catalog.cstring) IS 'text input of evaluation_status: English, Indonesian or standard code, any case';
COMMENT ON FUNCTION @extschema@.evaluation_status_out(@extschema@.evaluation_status) IS 'text output of evaluation_status: the canonical English word';
COMMENT ON FUNCTION @extschema@.evaluation_status_recv(pg_catalog.internal) IS 'binary input of evaluation_status (the word as text, checked like text input)';
COMMENT ON FUNCTION @extschema@.evaluation_status_send(@extschema@.evaluation_status) IS 'binary output of evaluation_status (the canonical word as text)';

-- Comparison, in the order the vocabulary lists its terms.
CREATE FUNCTION @extschema@.evaluation_status_cmp(@extschema@.evaluation_status, @extschema@.evaluation_status)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.evaluation_status_eq(@extschema@.evaluation_status, @extschema@.evaluation_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.evaluation_status_ne(@extschema@.evaluation_status, @extschema@.evaluation_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.evaluation_status_lt(@extschema@.evaluation_status, @extschema@.evaluation_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.evaluation_status_le(@extschema@.evaluation_status, @extschema@.evaluation_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.evaluation_status_gt(@extschema@.evaluation_status, @extschema@.evaluation_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.evaluation_status_ge(@extschema@.evaluation_status, @extschema@.evaluation_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.evaluation_status_hash(@extschema@.evaluation_status)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.evaluation_status_hash_extended(@extschema@.evaluation_status, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME', 'vocabulary_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.evaluation_status_cmp(@extschema@.evaluation_status, @extschema@.evaluation_status) IS 'btree support: compare two evaluation_status values in vocabulary order';
COMMENT ON FUNCTION @extschema@.evaluation_status_eq(@extschema@.evaluation_status, @extschema@.evaluation_status) IS 'implementation of = for evaluation_status';
COMMENT ON FUNCTION @extschema@.evaluation_status_ne(@extschema@.evaluation_status, @extschema@.evaluation_status) IS 'implementation of <> for evaluation_status';
COMMENT ON FUNCTION @extschema@.evaluation_status_lt(@extschema@.evaluation_status, @extschema@.evaluation_status) IS 'implementation of < for evaluation_status';
COMMENT ON FUNCTION @extschema@.evaluation_status_le(@extschema@.evaluation_status, @extschema@.evaluation_status) IS 'implementation of <= for evaluation_status';
COMMENT ON FUNCTION @extschema@.evaluation_status_gt(@extschema@.evaluation_status, @extschema@.evaluation_status) IS 'implementation of > for evaluation_status';
COMMENT ON FUNCTION @extschema@.evaluation_status_ge(@extschema@.evaluation_status, @extschema@.evaluation_status) IS 'implementation of >= for evaluation_status';
COMMENT ON FUNCTION @extschema@.evaluation_status_hash(@extschema@.evaluation_status) IS 'hash support for evaluation_status';
COMMENT ON FUNCTION @extschema@.evaluation_status_hash_extended(@extschema@.evaluation_status, pg_catalog.int8) IS 'extended (seeded 64-bit) hash support for evaluation_status';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.evaluation_status, RIGHTARG = @extschema@.evaluation_status,
	FUNCTION = @extschema@.evaluation_status_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.evaluation_status, RIGHTARG = @extschema@.evaluation_status,
	FUNCTION = @extschema@.evaluation_status_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.evaluation_status, RIGHTARG = @extschema@.evaluation_status,
	FUNCTION = @extschema@.evaluation_status_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.evaluation_status, RIGHTARG = @extschema@.evaluation_status,
	FUNCTION = @extschema@.evaluation_status_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.evaluation_status, RIGHTARG = @extschema@.evaluation_status,
	FUNCTION = @extschema@.evaluation_status_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.evaluation_status, RIGHTARG = @extschema@.evaluation_status,
	FUNCTION = @extschema@.evaluation_status_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.evaluation_status, @extschema@.evaluation_status) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.evaluation_status, @extschema@.evaluation_status) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.evaluation_status, @extschema@.evaluation_status) IS 'less than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.evaluation_status, @extschema@.evaluation_status) IS 'less than or equal, in vocabulary order';
COMMENT ON OPERATOR @extschema@.> (@extschema@.evaluation_status, @extschema@.evaluation_status) IS 'greater than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.evaluation_status, @extschema@.evaluation_status) IS 'greater than or equal, in vocabulary order';

CREATE OPERATOR CLASS @extschema@.evaluation_status_ops
	DEFAULT FOR TYPE @extschema@.evaluation_status USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.evaluation_status_cmp(@extschema@.evaluation_status, @extschema@.evaluation_status);

CREATE OPERATOR CLASS @extschema@.evaluation_status_hash_ops
	DEFAULT FOR TYPE @extschema@.evaluation_status USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.evaluation_status_hash(@extschema@.evaluation_status),
	FUNCTION 2 @extschema@.evaluation_status_hash_extended(@extschema@.evaluation_status, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.evaluation_status_ops USING btree IS 'default btree class of evaluation_status: vocabulary order';
COMMENT ON OPERATOR CLASS @extschema@.evaluation_status_hash_ops USING hash IS 'default hash class of evaluation_status';

-- min() and max() in vocabulary order, usable by the planner's
-- index-based min/max optimisation through SORTOP.
CREATE FUNCTION @extschema@.evaluation_status_larger(@extschema@.evaluation_status, @extschema@.evaluation_status)
	RETURNS @extschema@.evaluation_status AS 'MODULE_PATHNAME', 'vocabulary_larger'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.evaluation_status_smaller(@extschema@.evaluation_status, @extschema@.evaluation_status)
	RETURNS @extschema@.evaluation_status AS 'MODULE_PATHNAME', 'vocabulary_smaller'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.evaluation_status_larger(@extschema@.evaluation_status, @extschema@.evaluation_status) IS 'larger of two evaluation_status values (for max)';
COMMENT ON FUNCTION @extschema@.evaluation_status_smaller(@extschema@.evaluation_status, @extschema@.evaluation_status) IS 'smaller of two evaluation_status values (for min)';

CREATE AGGREGATE @extschema@.max(@extschema@.evaluation_status) (
	SFUNC = @extschema@.evaluation_status_larger,
	STYPE = @extschema@.evaluation_status,
	COMBINEFUNC = @extschema@.evaluation_status_larger,
	SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.min(@extschema@.evaluation_status) (
	SFUNC = @extschema@.evaluation_status_smaller,
	STYPE = @extschema@.evaluation_status,
	COMBINEFUNC = @extschema@.evaluation_status_smaller,
	SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.evaluation_status) IS 'last evaluation_status of a group in vocabulary order';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.evaluation_status) IS 'first evaluation_status of a group in vocabulary order';

-- Casts to and from text go through the input and output functions, so
-- text is checked exactly as typed input is.
CREATE CAST (@extschema@.evaluation_status AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.evaluation_status) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.evaluation_status AS pg_catalog.varchar) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.evaluation_status) WITH INOUT AS ASSIGNMENT;

-- Display labels: label(x) follows partnership.language, label(x, lang)
-- names the language ('en' or 'id').
CREATE FUNCTION @extschema@.label(@extschema@.evaluation_status)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'evaluation_status_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.label(@extschema@.evaluation_status, lang pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'evaluation_status_label'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.label(@extschema@.evaluation_status) IS 'display label of a evaluation_status in the language of partnership.language';
COMMENT ON FUNCTION @extschema@.label(@extschema@.evaluation_status, pg_catalog.text) IS 'display label of a evaluation_status in the given language: en or id';

/* ------------------------------------------------------------------------
 * Vocabulary type @extschema@.challenge
 * (generated from src/sql/vocabulary_type.sql.in; see vocabulary_types.c)
 * ------------------------------------------------------------------------
 */

CREATE TYPE @extschema@.challenge;

CREATE FUNCTION @extschema@.challenge_in(pg_catalog.cstring)
	RETURNS @extschema@.challenge
	AS 'MODULE_PATHNAME', 'challenge_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.challenge_out(@extschema@.challenge)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME', 'challenge_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.challenge_recv(pg_catalog.internal)
	RETURNS @extschema@.challenge
	AS 'MODULE_PATHNAME', 'challenge_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.challenge_send(@extschema@.challenge)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME', 'challenge_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.challenge (
	INPUT = @extschema@.challenge_in,
	OUTPUT = @extschema@.challenge_out,
	RECEIVE = @extschema@.challenge_recv,
	SEND = @extschema@.challenge_send,
	INTERNALLENGTH = 1,
	PASSEDBYVALUE,
	ALIGNMENT = char,
	STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.challenge_in(pg_catalog.cstring) IS 'text input of challenge: English, Indonesian or standard code, any case';
COMMENT ON FUNCTION @extschema@.challenge_out(@extschema@.challenge) IS 'text output of challenge: the canonical English word';
COMMENT ON FUNCTION @extschema@.challenge_recv(pg_catalog.internal) IS 'binary input of challenge (the word as text, checked like text input)';
COMMENT ON FUNCTION @extschema@.challenge_send(@extschema@.challenge) IS 'binary output of challenge (the canonical word as text)';

-- Comparison, in the order the vocabulary lists its terms.
CREATE FUNCTION @extschema@.challenge_cmp(@extschema@.challenge, @extschema@.challenge)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.challenge_eq(@extschema@.challenge, @extschema@.challenge)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.challenge_ne(@extschema@.challenge, @extschema@.challenge)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.challenge_lt(@extschema@.challenge, @extschema@.challenge)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.challenge_le(@extschema@.challenge, @extschema@.challenge)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.challenge_gt(@extschema@.challenge, @extschema@.challenge)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.challenge_ge(@extschema@.challenge, @extschema@.challenge)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.challenge_hash(@extschema@.challenge)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.challenge_hash_extended(@extschema@.challenge, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME', 'vocabulary_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.challenge_cmp(@extschema@.challenge, @extschema@.challenge) IS 'btree support: compare two challenge values in vocabulary order';
COMMENT ON FUNCTION @extschema@.challenge_eq(@extschema@.challenge, @extschema@.challenge) IS 'implementation of = for challenge';
COMMENT ON FUNCTION @extschema@.challenge_ne(@extschema@.challenge, @extschema@.challenge) IS 'implementation of <> for challenge';
COMMENT ON FUNCTION @extschema@.challenge_lt(@extschema@.challenge, @extschema@.challenge) IS 'implementation of < for challenge';
COMMENT ON FUNCTION @extschema@.challenge_le(@extschema@.challenge, @extschema@.challenge) IS 'implementation of <= for challenge';
COMMENT ON FUNCTION @extschema@.challenge_gt(@extschema@.challenge, @extschema@.challenge) IS 'implementation of > for challenge';
COMMENT ON FUNCTION @extschema@.challenge_ge(@extschema@.challenge, @extschema@.challenge) IS 'implementation of >= for challenge';
COMMENT ON FUNCTION @extschema@.challenge_hash(@extschema@.challenge) IS 'hash support for challenge';
COMMENT ON FUNCTION @extschema@.challenge_hash_extended(@extschema@.challenge, pg_catalog.int8) IS 'extended (seeded 64-bit) hash support for challenge';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.challenge, RIGHTARG = @extschema@.challenge,
	FUNCTION = @extschema@.challenge_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.challenge, RIGHTARG = @extschema@.challenge,
	FUNCTION = @extschema@.challenge_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.challenge, RIGHTARG = @extschema@.challenge,
	FUNCTION = @extschema@.challenge_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.challenge, RIGHTARG = @extschema@.challenge,
	FUNCTION = @extschema@.challenge_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.challenge, RIGHTARG = @extschema@.challenge,
	FUNCTION = @extschema@.challenge_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.challenge, RIGHTARG = @extschema@.challenge,
	FUNCTION = @extschema@.challenge_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.challenge, @extschema@.challenge) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.challenge, @extschema@.challenge) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.challenge, @extschema@.challenge) IS 'less than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.challenge, @extschema@.challenge) IS 'less than or equal, in vocabulary order';
COMMENT ON OPERATOR @extschema@.> (@extschema@.challenge, @extschema@.challenge) IS 'greater than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.challenge, @extschema@.challenge) IS 'greater than or equal, in vocabulary order';

CREATE OPERATOR CLASS @extschema@.challenge_ops
	DEFAULT FOR TYPE @extschema@.challenge USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.challenge_cmp(@extschema@.challenge, @extschema@.challenge);

CREATE OPERATOR CLASS @extschema@.challenge_hash_ops
	DEFAULT FOR TYPE @extschema@.challenge USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.challenge_hash(@extschema@.challenge),
	FUNCTION 2 @extschema@.challenge_hash_extended(@extschema@.challenge, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.challenge_ops USING btree IS 'default btree class of challenge: vocabulary order';
COMMENT ON OPERATOR CLASS @extschema@.challenge_hash_ops USING hash IS 'default hash class of challenge';

-- min() and max() in vocabulary order, usable by the planner's
-- index-based min/max optimisation through SORTOP.
CREATE FUNCTION @extschema@.challenge_larger(@extschema@.challenge, @extschema@.challenge)
	RETURNS @extschema@.challenge AS 'MODULE_PATHNAME', 'vocabulary_larger'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.challenge_smaller(@extschema@.challenge, @extschema@.challenge)
	RETURNS @extschema@.challenge AS 'MODULE_PATHNAME', 'vocabulary_smaller'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.challenge_larger(@extschema@.challenge, @extschema@.challenge) IS 'larger of two challenge values (for max)';
COMMENT ON FUNCTION @extschema@.challenge_smaller(@extschema@.challenge, @extschema@.challenge) IS 'smaller of two challenge values (for min)';

CREATE AGGREGATE @extschema@.max(@extschema@.challenge) (
	SFUNC = @extschema@.challenge_larger,
	STYPE = @extschema@.challenge,
	COMBINEFUNC = @extschema@.challenge_larger,
	SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.min(@extschema@.challenge) (
	SFUNC = @extschema@.challenge_smaller,
	STYPE = @extschema@.challenge,
	COMBINEFUNC = @extschema@.challenge_smaller,
	SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.challenge) IS 'last challenge of a group in vocabulary order';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.challenge) IS 'first challenge of a group in vocabulary order';

-- Casts to and from text go through the input and output functions, so
-- text is checked exactly as typed input is.
CREATE CAST (@extschema@.challenge AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.challenge) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.challenge AS pg_catalog.varchar) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.challenge) WITH INOUT AS ASSIGNMENT;

-- Display labels: label(x) follows partnership.language, label(x, lang)
-- names the language ('en' or 'id').
CREATE FUNCTION @extschema@.label(@extschema@.challenge)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'challenge_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.label(@extschema@.challenge, lang pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'challenge_label'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.label(@extschema@.challenge) IS 'display label of a challenge in the language of partnership.language';
COMMENT ON FUNCTION @extschema@.label(@extschema@.challenge, pg_catalog.text) IS 'display label of a challenge in the given language: en or id';

/* ------------------------------------------------------------------------
 * Vocabulary type @extschema@.risk_status
 * (generated from src/sql/vocabulary_type.sql.in; see vocabulary_types.c)
 * ------------------------------------------------------------------------
 */

CREATE TYPE @extschema@.risk_status;

CREATE FUNCTION @extschema@.risk_status_in(pg_catalog.cstring)
	RETURNS @extschema@.risk_status
	AS 'MODULE_PATHNAME', 'risk_status_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.risk_status_out(@extschema@.risk_status)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME', 'risk_status_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.risk_status_recv(pg_catalog.internal)
	RETURNS @extschema@.risk_status
	AS 'MODULE_PATHNAME', 'risk_status_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.risk_status_send(@extschema@.risk_status)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME', 'risk_status_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.risk_status (
	INPUT = @extschema@.risk_status_in,
	OUTPUT = @extschema@.risk_status_out,
	RECEIVE = @extschema@.risk_status_recv,
	SEND = @extschema@.risk_status_send,
	INTERNALLENGTH = 1,
	PASSEDBYVALUE,
	ALIGNMENT = char,
	STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.risk_status_in(pg_catalog.cstring) IS 'text input of risk_status: English, Indonesian or standard code, any case';
COMMENT ON FUNCTION @extschema@.risk_status_out(@extschema@.risk_status) IS 'text output of risk_status: the canonical English word';
COMMENT ON FUNCTION @extschema@.risk_status_recv(pg_catalog.internal) IS 'binary input of risk_status (the word as text, checked like text input)';
COMMENT ON FUNCTION @extschema@.risk_status_send(@extschema@.risk_status) IS 'binary output of risk_status (the canonical word as text)';

-- Comparison, in the order the vocabulary lists its terms.
CREATE FUNCTION @extschema@.risk_status_cmp(@extschema@.risk_status, @extschema@.risk_status)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.risk_status_eq(@extschema@.risk_status, @extschema@.risk_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.risk_status_ne(@extschema@.risk_status, @extschema@.risk_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.risk_status_lt(@extschema@.risk_status, @extschema@.risk_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.risk_status_le(@extschema@.risk_status, @extschema@.risk_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.risk_status_gt(@extschema@.risk_status, @extschema@.risk_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.risk_status_ge(@extschema@.risk_status, @extschema@.risk_status)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.risk_status_hash(@extschema@.risk_status)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.risk_status_hash_extended(@extschema@.risk_status, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME', 'vocabulary_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.risk_status_cmp(@extschema@.risk_status, @extschema@.risk_status) IS 'btree support: compare two risk_status values in vocabulary order';
COMMENT ON FUNCTION @extschema@.risk_status_eq(@extschema@.risk_status, @extschema@.risk_status) IS 'implementation of = for risk_status';
COMMENT ON FUNCTION @extschema@.risk_status_ne(@extschema@.risk_status, @extschema@.risk_status) IS 'implementation of <> for risk_status';
COMMENT ON FUNCTION @extschema@.risk_status_lt(@extschema@.risk_status, @extschema@.risk_status) IS 'implementation of < for risk_status';
COMMENT ON FUNCTION @extschema@.risk_status_le(@extschema@.risk_status, @extschema@.risk_status) IS 'implementation of <= for risk_status';
COMMENT ON FUNCTION @extschema@.risk_status_gt(@extschema@.risk_status, @extschema@.risk_status) IS 'implementation of > for risk_status';
COMMENT ON FUNCTION @extschema@.risk_status_ge(@extschema@.risk_status, @extschema@.risk_status) IS 'implementation of >= for risk_status';
COMMENT ON FUNCTION @extschema@.risk_status_hash(@extschema@.risk_status) IS 'hash support for risk_status';
COMMENT ON FUNCTION @extschema@.risk_status_hash_extended(@extschema@.risk_status, pg_catalog.int8) IS 'extended (seeded 64-bit) hash support for risk_status';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.risk_status, RIGHTARG = @extschema@.risk_status,
	FUNCTION = @extschema@.risk_status_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.risk_status, RIGHTARG = @extschema@.risk_status,
	FUNCTION = @extschema@.risk_status_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.risk_status, RIGHTARG = @extschema@.risk_status,
	FUNCTION = @extschema@.risk_status_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.risk_status, RIGHTARG = @extschema@.risk_status,
	FUNCTION = @extschema@.risk_status_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.risk_status, RIGHTARG = @extschema@.risk_status,
	FUNCTION = @extschema@.risk_status_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.risk_status, RIGHTARG = @extschema@.risk_status,
	FUNCTION = @extschema@.risk_status_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.risk_status, @extschema@.risk_status) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.risk_status, @extschema@.risk_status) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.risk_status, @extschema@.risk_status) IS 'less than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.risk_status, @extschema@.risk_status) IS 'less than or equal, in vocabulary order';
COMMENT ON OPERATOR @extschema@.> (@extschema@.risk_status, @extschema@.risk_status) IS 'greater than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.risk_status, @extschema@.risk_status) IS 'greater than or equal, in vocabulary order';

CREATE OPERATOR CLASS @extschema@.risk_status_ops
	DEFAULT FOR TYPE @extschema@.risk_status USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.risk_status_cmp(@extschema@.risk_status, @extschema@.risk_status);

CREATE OPERATOR CLASS @extschema@.risk_status_hash_ops
	DEFAULT FOR TYPE @extschema@.risk_status USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.risk_status_hash(@extschema@.risk_status),
	FUNCTION 2 @extschema@.risk_status_hash_extended(@extschema@.risk_status, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.risk_status_ops USING btree IS 'default btree class of risk_status: vocabulary order';
COMMENT ON OPERATOR CLASS @extschema@.risk_status_hash_ops USING hash IS 'default hash class of risk_status';

-- min() and max() in vocabulary order, usable by the planner's
-- index-based min/max optimisation through SORTOP.
CREATE FUNCTION @extschema@.risk_status_larger(@extschema@.risk_status, @extschema@.risk_status)
	RETURNS @extschema@.risk_status AS 'MODULE_PATHNAME', 'vocabulary_larger'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.risk_status_smaller(@extschema@.risk_status, @extschema@.risk_status)
	RETURNS @extschema@.risk_status AS 'MODULE_PATHNAME', 'vocabulary_smaller'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.risk_status_larger(@extschema@.risk_status, @extschema@.risk_status) IS 'larger of two risk_status values (for max)';
COMMENT ON FUNCTION @extschema@.risk_status_smaller(@extschema@.risk_status, @extschema@.risk_status) IS 'smaller of two risk_status values (for min)';

CREATE AGGREGATE @extschema@.max(@extschema@.risk_status) (
	SFUNC = @extschema@.risk_status_larger,
	STYPE = @extschema@.risk_status,
	COMBINEFUNC = @extschema@.risk_status_larger,
	SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.min(@extschema@.risk_status) (
	SFUNC = @extschema@.risk_status_smaller,
	STYPE = @extschema@.risk_status,
	COMBINEFUNC = @extschema@.risk_status_smaller,
	SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.risk_status) IS 'last risk_status of a group in vocabulary order';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.risk_status) IS 'first risk_status of a group in vocabulary order';

-- Casts to and from text go through the input and output functions, so
-- text is checked exactly as typed input is.
CREATE CAST (@extschema@.risk_status AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.risk_status) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.risk_status AS pg_catalog.varchar) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.risk_status) WITH INOUT AS ASSIGNMENT;

-- Display labels: label(x) follows partnership.language, label(x, lang)
-- names the language ('en' or 'id').
CREATE FUNCTION @extschema@.label(@extschema@.risk_status)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'risk_status_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.label(@extschema@.risk_status, lang pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'risk_status_label'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.label(@extschema@.risk_status) IS 'display label of a risk_status in the language of partnership.language';
COMMENT ON FUNCTION @extschema@.label(@extschema@.risk_status, pg_catalog.text) IS 'display label of a risk_status in the given language: en or id';

/* ------------------------------------------------------------------------
 * Vocabulary type @extschema@.raci
 * (generated from src/sql/vocabulary_type.sql.in; see vocabulary_types.c)
 * ------------------------------------------------------------------------
 */

CREATE TYPE @extschema@.raci;

CREATE FUNCTION @extschema@.raci_in(pg_catalog.cstring)
	RETURNS @extschema@.raci
	AS 'MODULE_PATHNAME', 'raci_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.raci_out(@extschema@.raci)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME', 'raci_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.raci_recv(pg_catalog.internal)
	RETURNS @extschema@.raci
	AS 'MODULE_PATHNAME', 'raci_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.raci_send(@extschema@.raci)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME', 'raci_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.raci (
	INPUT = @extschema@.raci_in,
	OUTPUT = @extschema@.raci_out,
	RECEIVE = @extschema@.raci_recv,
	SEND = @extschema@.raci_send,
	INTERNALLENGTH = 1,
	PASSEDBYVALUE,
	ALIGNMENT = char,
	STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.raci_in(pg_catalog.cstring) IS 'text input of raci: English, Indonesian or standard code, any case';
COMMENT ON FUNCTION @extschema@.raci_out(@extschema@.raci) IS 'text output of raci: the canonical English word';
COMMENT ON FUNCTION @extschema@.raci_recv(pg_catalog.internal) IS 'binary input of raci (the word as text, checked like text input)';
COMMENT ON FUNCTION @extschema@.raci_send(@extschema@.raci) IS 'binary output of raci (the canonical word as text)';

-- Comparison, in the order the vocabulary lists its terms.
CREATE FUNCTION @extschema@.raci_cmp(@extschema@.raci, @extschema@.raci)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.raci_eq(@extschema@.raci, @extschema@.raci)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.raci_ne(@extschema@.raci, @extschema@.raci)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.raci_lt(@extschema@.raci, @extschema@.raci)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.raci_le(@extschema@.raci, @extschema@.raci)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.raci_gt(@extschema@.raci, @extschema@.raci)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.raci_ge(@extschema@.raci, @extschema@.raci)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.raci_hash(@extschema@.raci)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.raci_hash_extended(@extschema@.raci, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME', 'vocabulary_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.raci_cmp(@extschema@.raci, @extschema@.raci) IS 'btree support: compare two raci values in vocabulary order';
COMMENT ON FUNCTION @extschema@.raci_eq(@extschema@.raci, @extschema@.raci) IS 'implementation of = for raci';
COMMENT ON FUNCTION @extschema@.raci_ne(@extschema@.raci, @extschema@.raci) IS 'implementation of <> for raci';
COMMENT ON FUNCTION @extschema@.raci_lt(@extschema@.raci, @extschema@.raci) IS 'implementation of < for raci';
COMMENT ON FUNCTION @extschema@.raci_le(@extschema@.raci, @extschema@.raci) IS 'implementation of <= for raci';
COMMENT ON FUNCTION @extschema@.raci_gt(@extschema@.raci, @extschema@.raci) IS 'implementation of > for raci';
COMMENT ON FUNCTION @extschema@.raci_ge(@extschema@.raci, @extschema@.raci) IS 'implementation of >= for raci';
COMMENT ON FUNCTION @extschema@.raci_hash(@extschema@.raci) IS 'hash support for raci';
COMMENT ON FUNCTION @extschema@.raci_hash_extended(@extschema@.raci, pg_catalog.int8) IS 'extended (seeded 64-bit) hash support for raci';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.raci, RIGHTARG = @extschema@.raci,
	FUNCTION = @extschema@.raci_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.raci, RIGHTARG = @extschema@.raci,
	FUNCTION = @extschema@.raci_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.raci, RIGHTARG = @extschema@.raci,
	FUNCTION = @extschema@.raci_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.raci, RIGHTARG = @extschema@.raci,
	FUNCTION = @extschema@.raci_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.raci, RIGHTARG = @extschema@.raci,
	FUNCTION = @extschema@.raci_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.raci, RIGHTARG = @extschema@.raci,
	FUNCTION = @extschema@.raci_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.raci, @extschema@.raci) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.raci, @extschema@.raci) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.raci, @extschema@.raci) IS 'less than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.raci, @extschema@.raci) IS 'less than or equal, in vocabulary order';
COMMENT ON OPERATOR @extschema@.> (@extschema@.raci, @extschema@.raci) IS 'greater than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.raci, @extschema@.raci) IS 'greater than or equal, in vocabulary order';

CREATE OPERATOR CLASS @extschema@.raci_ops
	DEFAULT FOR TYPE @extschema@.raci USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.raci_cmp(@extschema@.raci, @extschema@.raci);

CREATE OPERATOR CLASS @extschema@.raci_hash_ops
	DEFAULT FOR TYPE @extschema@.raci USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.raci_hash(@extschema@.raci),
	FUNCTION 2 @extschema@.raci_hash_extended(@extschema@.raci, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.raci_ops USING btree IS 'default btree class of raci: vocabulary order';
COMMENT ON OPERATOR CLASS @extschema@.raci_hash_ops USING hash IS 'default hash class of raci';

-- min() and max() in vocabulary order, usable by the planner's
-- index-based min/max optimisation through SORTOP.
CREATE FUNCTION @extschema@.raci_larger(@extschema@.raci, @extschema@.raci)
	RETURNS @extschema@.raci AS 'MODULE_PATHNAME', 'vocabulary_larger'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.raci_smaller(@extschema@.raci, @extschema@.raci)
	RETURNS @extschema@.raci AS 'MODULE_PATHNAME', 'vocabulary_smaller'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.raci_larger(@extschema@.raci, @extschema@.raci) IS 'larger of two raci values (for max)';
COMMENT ON FUNCTION @extschema@.raci_smaller(@extschema@.raci, @extschema@.raci) IS 'smaller of two raci values (for min)';

CREATE AGGREGATE @extschema@.max(@extschema@.raci) (
	SFUNC = @extschema@.raci_larger,
	STYPE = @extschema@.raci,
	COMBINEFUNC = @extschema@.raci_larger,
	SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.min(@extschema@.raci) (
	SFUNC = @extschema@.raci_smaller,
	STYPE = @extschema@.raci,
	COMBINEFUNC = @extschema@.raci_smaller,
	SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.raci) IS 'last raci of a group in vocabulary order';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.raci) IS 'first raci of a group in vocabulary order';

-- Casts to and from text go through the input and output functions, so
-- text is checked exactly as typed input is.
CREATE CAST (@extschema@.raci AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.raci) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.raci AS pg_catalog.varchar) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.raci) WITH INOUT AS ASSIGNMENT;

-- Display labels: label(x) follows partnership.language, label(x, lang)
-- names the language ('en' or 'id').
CREATE FUNCTION @extschema@.label(@extschema@.raci)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'raci_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.label(@extschema@.raci, lang pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'raci_label'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.label(@extschema@.raci) IS 'display label of a raci in the language of partnership.language';
COMMENT ON FUNCTION @extschema@.label(@extschema@.raci, pg_catalog.text) IS 'display label of a raci in the given language: en or id';

/* ------------------------------------------------------------------------
 * Vocabulary type @extschema@.severity
 * (generated from src/sql/vocabulary_type.sql.in; see vocabulary_types.c)
 * ------------------------------------------------------------------------
 */

CREATE TYPE @extschema@.severity;

CREATE FUNCTION @extschema@.severity_in(pg_catalog.cstring)
	RETURNS @extschema@.severity
	AS 'MODULE_PATHNAME', 'severity_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.severity_out(@extschema@.severity)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME', 'severity_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.severity_recv(pg_catalog.internal)
	RETURNS @extschema@.severity
	AS 'MODULE_PATHNAME', 'severity_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.severity_send(@extschema@.severity)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME', 'severity_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.severity (
	INPUT = @extschema@.severity_in,
	OUTPUT = @extschema@.severity_out,
	RECEIVE = @extschema@.severity_recv,
	SEND = @extschema@.severity_send,
	INTERNALLENGTH = 1,
	PASSEDBYVALUE,
	ALIGNMENT = char,
	STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.severity_in(pg_catalog.cstring) IS 'text input of severity: English, Indonesian or standard code, any case';
COMMENT ON FUNCTION @extschema@.severity_out(@extschema@.severity) IS 'text output of severity: the canonical English word';
COMMENT ON FUNCTION @extschema@.severity_recv(pg_catalog.internal) IS 'binary input of severity (the word as text, checked like text input)';
COMMENT ON FUNCTION @extschema@.severity_send(@extschema@.severity) IS 'binary output of severity (the canonical word as text)';

-- Comparison, in the order the vocabulary lists its terms.
CREATE FUNCTION @extschema@.severity_cmp(@extschema@.severity, @extschema@.severity)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.severity_eq(@extschema@.severity, @extschema@.severity)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.severity_ne(@extschema@.severity, @extschema@.severity)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.severity_lt(@extschema@.severity, @extschema@.severity)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.severity_le(@extschema@.severity, @extschema@.severity)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.severity_gt(@extschema@.severity, @extschema@.severity)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.severity_ge(@extschema@.severity, @extschema@.severity)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.severity_hash(@extschema@.severity)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.severity_hash_extended(@extschema@.severity, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME', 'vocabulary_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.severity_cmp(@extschema@.severity, @extschema@.severity) IS 'btree support: compare two severity values in vocabulary order';
COMMENT ON FUNCTION @extschema@.severity_eq(@extschema@.severity, @extschema@.severity) IS 'implementation of = for severity';
COMMENT ON FUNCTION @extschema@.severity_ne(@extschema@.severity, @extschema@.severity) IS 'implementation of <> for severity';
COMMENT ON FUNCTION @extschema@.severity_lt(@extschema@.severity, @extschema@.severity) IS 'implementation of < for severity';
COMMENT ON FUNCTION @extschema@.severity_le(@extschema@.severity, @extschema@.severity) IS 'implementation of <= for severity';
COMMENT ON FUNCTION @extschema@.severity_gt(@extschema@.severity, @extschema@.severity) IS 'implementation of > for severity';
COMMENT ON FUNCTION @extschema@.severity_ge(@extschema@.severity, @extschema@.severity) IS 'implementation of >= for severity';
COMMENT ON FUNCTION @extschema@.severity_hash(@extschema@.severity) IS 'hash support for severity';
COMMENT ON FUNCTION @extschema@.severity_hash_extended(@extschema@.severity, pg_catalog.int8) IS 'extended (seeded 64-bit) hash support for severity';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.severity, RIGHTARG = @extschema@.severity,
	FUNCTION = @extschema@.severity_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.severity, RIGHTARG = @extschema@.severity,
	FUNCTION = @extschema@.severity_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.severity, RIGHTARG = @extschema@.severity,
	FUNCTION = @extschema@.severity_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.severity, RIGHTARG = @extschema@.severity,
	FUNCTION = @extschema@.severity_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.severity, RIGHTARG = @extschema@.severity,
	FUNCTION = @extschema@.severity_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.severity, RIGHTARG = @extschema@.severity,
	FUNCTION = @extschema@.severity_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.severity, @extschema@.severity) IS 'equal';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.severity, @extschema@.severity) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.severity, @extschema@.severity) IS 'less than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.severity, @extschema@.severity) IS 'less than or equal, in vocabulary order';
COMMENT ON OPERATOR @extschema@.> (@extschema@.severity, @extschema@.severity) IS 'greater than, in vocabulary order';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.severity, @extschema@.severity) IS 'greater than or equal, in vocabulary order';

CREATE OPERATOR CLASS @extschema@.severity_ops
	DEFAULT FOR TYPE @extschema@.severity USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.severity_cmp(@extschema@.severity, @extschema@.severity);

CREATE OPERATOR CLASS @extschema@.severity_hash_ops
	DEFAULT FOR TYPE @extschema@.severity USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.severity_hash(@extschema@.severity),
	FUNCTION 2 @extschema@.severity_hash_extended(@extschema@.severity, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.severity_ops USING btree IS 'default btree class of severity: vocabulary order';
COMMENT ON OPERATOR CLASS @extschema@.severity_hash_ops USING hash IS 'default hash class of severity';

-- min() and max() in vocabulary order, usable by the planner's
-- index-based min/max optimisation through SORTOP.
CREATE FUNCTION @extschema@.severity_larger(@extschema@.severity, @extschema@.severity)
	RETURNS @extschema@.severity AS 'MODULE_PATHNAME', 'vocabulary_larger'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.severity_smaller(@extschema@.severity, @extschema@.severity)
	RETURNS @extschema@.severity AS 'MODULE_PATHNAME', 'vocabulary_smaller'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.severity_larger(@extschema@.severity, @extschema@.severity) IS 'larger of two severity values (for max)';
COMMENT ON FUNCTION @extschema@.severity_smaller(@extschema@.severity, @extschema@.severity) IS 'smaller of two severity values (for min)';

CREATE AGGREGATE @extschema@.max(@extschema@.severity) (
	SFUNC = @extschema@.severity_larger,
	STYPE = @extschema@.severity,
	COMBINEFUNC = @extschema@.severity_larger,
	SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.min(@extschema@.severity) (
	SFUNC = @extschema@.severity_smaller,
	STYPE = @extschema@.severity,
	COMBINEFUNC = @extschema@.severity_smaller,
	SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.max(@extschema@.severity) IS 'last severity of a group in vocabulary order';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.severity) IS 'first severity of a group in vocabulary order';

-- Casts to and from text go through the input and output functions, so
-- text is checked exactly as typed input is.
CREATE CAST (@extschema@.severity AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.severity) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.severity AS pg_catalog.varchar) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.severity) WITH INOUT AS ASSIGNMENT;

-- Display labels: label(x) follows partnership.language, label(x, lang)
-- names the language ('en' or 'id').
CREATE FUNCTION @extschema@.label(@extschema@.severity)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'severity_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.label(@extschema@.severity, lang pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'severity_label'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.label(@extschema@.severity) IS 'display label of a severity in the language of partnership.language';
COMMENT ON FUNCTION @extschema@.label(@extschema@.severity, pg_catalog.text) IS 'display label of a severity in the given language: en or id';

/* ------------------------------------------------------------------------
 * Set type @extschema@.sectorset: a set of sector values
 * (generated from src/sql/vocabulary_set.sql.in; see vocabulary_sets.c)
 * ------------------------------------------------------------------------
 */

CREATE TYPE @extschema@.sectorset;

CREATE FUNCTION @extschema@.sectorset_in(pg_catalog.cstring)
	RETURNS @extschema@.sectorset
	AS 'MODULE_PATHNAME', 'sectorset_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.sectorset_out(@extschema@.sectorset)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME', 'sectorset_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.sectorset_recv(pg_catalog.internal)
	RETURNS @extschema@.sectorset
	AS 'MODULE_PATHNAME', 'sectorset_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.sectorset_send(@extschema@.sectorset)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME', 'sectorset_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.sectorset (
	INPUT = @extschema@.sectorset_in,
	OUTPUT = @extschema@.sectorset_out,
	RECEIVE = @extschema@.sectorset_recv,
	SEND = @extschema@.sectorset_send,
	INTERNALLENGTH = 2,
	PASSEDBYVALUE,
	ALIGNMENT = int2,
	STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.sectorset_in(pg_catalog.cstring) IS 'text input of sectorset: {word,word,...} with any accepted spelling of sector';
COMMENT ON FUNCTION @extschema@.sectorset_out(@extschema@.sectorset) IS 'text output of sectorset: canonical words in vocabulary order';
COMMENT ON FUNCTION @extschema@.sectorset_recv(pg_catalog.internal) IS 'binary input of sectorset (the text form, checked like text input)';
COMMENT ON FUNCTION @extschema@.sectorset_send(@extschema@.sectorset) IS 'binary output of sectorset (the canonical text form)';

-- Comparison: sets sort like the sorted lists of their members.
CREATE FUNCTION @extschema@.sectorset_cmp(@extschema@.sectorset, @extschema@.sectorset)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_set_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.sectorset_eq(@extschema@.sectorset, @extschema@.sectorset)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_set_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.sectorset_ne(@extschema@.sectorset, @extschema@.sectorset)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_set_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.sectorset_lt(@extschema@.sectorset, @extschema@.sectorset)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_set_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.sectorset_le(@extschema@.sectorset, @extschema@.sectorset)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_set_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.sectorset_gt(@extschema@.sectorset, @extschema@.sectorset)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_set_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.sectorset_ge(@extschema@.sectorset, @extschema@.sectorset)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_set_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.sectorset_hash(@extschema@.sectorset)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_set_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.sectorset_hash_extended(@extschema@.sectorset, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME', 'vocabulary_set_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.sectorset_cmp(@extschema@.sectorset, @extschema@.sectorset) IS 'btree support: compare two sectorset values as sorted member lists';
COMMENT ON FUNCTION @extschema@.sectorset_eq(@extschema@.sectorset, @extschema@.sectorset) IS 'implementation of = for sectorset';
COMMENT ON FUNCTION @extschema@.sectorset_ne(@extschema@.sectorset, @extschema@.sectorset) IS 'implementation of <> for sectorset';
COMMENT ON FUNCTION @extschema@.sectorset_lt(@extschema@.sectorset, @extschema@.sectorset) IS 'implementation of < for sectorset';
COMMENT ON FUNCTION @extschema@.sectorset_le(@extschema@.sectorset, @extschema@.sectorset) IS 'implementation of <= for sectorset';
COMMENT ON FUNCTION @extschema@.sectorset_gt(@extschema@.sectorset, @extschema@.sectorset) IS 'implementation of > for sectorset';
COMMENT ON FUNCTION @extschema@.sectorset_ge(@extschema@.sectorset, @extschema@.sectorset) IS 'implementation of >= for sectorset';
COMMENT ON FUNCTION @extschema@.sectorset_hash(@extschema@.sectorset) IS 'hash support for sectorset';
COMMENT ON FUNCTION @extschema@.sectorset_hash_extended(@extschema@.sectorset, pg_catalog.int8) IS 'extended (seeded 64-bit) hash support for sectorset';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.sectorset, RIGHTARG = @extschema@.sectorset,
	FUNCTION = @extschema@.sectorset_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.sectorset, RIGHTARG = @extschema@.sectorset,
	FUNCTION = @extschema@.sectorset_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.sectorset, RIGHTARG = @extschema@.sectorset,
	FUNCTION = @extschema@.sectorset_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.sectorset, RIGHTARG = @extschema@.sectorset,
	FUNCTION = @extschema@.sectorset_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.sectorset, RIGHTARG = @extschema@.sectorset,
	FUNCTION = @extschema@.sectorset_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.sectorset, RIGHTARG = @extschema@.sectorset,
	FUNCTION = @extschema@.sectorset_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.sectorset, @extschema@.sectorset) IS 'equal: same members';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.sectorset, @extschema@.sectorset) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.sectorset, @extschema@.sectorset) IS 'sorts before (as sorted member lists); not containment';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.sectorset, @extschema@.sectorset) IS 'sorts before or equal; not containment';
COMMENT ON OPERATOR @extschema@.> (@extschema@.sectorset, @extschema@.sectorset) IS 'sorts after (as sorted member lists); not containment';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.sectorset, @extschema@.sectorset) IS 'sorts after or equal; not containment';

CREATE OPERATOR CLASS @extschema@.sectorset_ops
	DEFAULT FOR TYPE @extschema@.sectorset USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.sectorset_cmp(@extschema@.sectorset, @extschema@.sectorset);

CREATE OPERATOR CLASS @extschema@.sectorset_hash_ops
	DEFAULT FOR TYPE @extschema@.sectorset USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.sectorset_hash(@extschema@.sectorset),
	FUNCTION 2 @extschema@.sectorset_hash_extended(@extschema@.sectorset, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.sectorset_ops USING btree IS 'default btree class of sectorset: sorted-member-list order';
COMMENT ON OPERATOR CLASS @extschema@.sectorset_hash_ops USING hash IS 'default hash class of sectorset';

-- Set algebra.  Where an operator takes a single sector it stands for the
-- one-element set.
CREATE FUNCTION @extschema@.sectorset_contains(@extschema@.sectorset, @extschema@.sectorset)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_set_contains'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.sectorset_contained(@extschema@.sectorset, @extschema@.sectorset)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_set_contained'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.sectorset_contains_sector(@extschema@.sectorset, @extschema@.sector)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_set_contains_elem'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.sector_contained_sectorset(@extschema@.sector, @extschema@.sectorset)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_elem_contained'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.sectorset_contained_sector(@extschema@.sectorset, @extschema@.sector)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_set_contained_elem'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.sector_contains_sectorset(@extschema@.sector, @extschema@.sectorset)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_elem_contains'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.sectorset_overlaps(@extschema@.sectorset, @extschema@.sectorset)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_set_overlaps'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.sectorset_union(@extschema@.sectorset, @extschema@.sectorset)
	RETURNS @extschema@.sectorset AS 'MODULE_PATHNAME', 'vocabulary_set_union'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.sectorset_add(@extschema@.sectorset, @extschema@.sector)
	RETURNS @extschema@.sectorset AS 'MODULE_PATHNAME', 'vocabulary_set_add'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.sector_add_sectorset(@extschema@.sector, @extschema@.sectorset)
	RETURNS @extschema@.sectorset AS 'MODULE_PATHNAME', 'vocabulary_elem_add'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.sector_pair(@extschema@.sector, @extschema@.sector)
	RETURNS @extschema@.sectorset AS 'MODULE_PATHNAME', 'vocabulary_elem_pair'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.sectorset_intersect(@extschema@.sectorset, @extschema@.sectorset)
	RETURNS @extschema@.sectorset AS 'MODULE_PATHNAME', 'vocabulary_set_intersect'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.sectorset_difference(@extschema@.sectorset, @extschema@.sectorset)
	RETURNS @extschema@.sectorset AS 'MODULE_PATHNAME', 'vocabulary_set_difference'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.sectorset_remove(@extschema@.sectorset, @extschema@.sector)
	RETURNS @extschema@.sectorset AS 'MODULE_PATHNAME', 'vocabulary_set_remove'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.sectorset(@extschema@.sector)
	RETURNS @extschema@.sectorset AS 'MODULE_PATHNAME', 'vocabulary_set_from_elem'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cardinality(@extschema@.sectorset)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_set_cardinality'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.unnest(@extschema@.sectorset)
	RETURNS SETOF @extschema@.sector AS 'MODULE_PATHNAME', 'vocabulary_set_unnest'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 4;

COMMENT ON FUNCTION @extschema@.sectorset_contains(@extschema@.sectorset, @extschema@.sectorset) IS 'implementation of @> for sectorset';
COMMENT ON FUNCTION @extschema@.sectorset_contained(@extschema@.sectorset, @extschema@.sectorset) IS 'implementation of <@ for sectorset';
COMMENT ON FUNCTION @extschema@.sectorset_contains_sector(@extschema@.sectorset, @extschema@.sector) IS 'implementation of sectorset @> sector: the set has the member';
COMMENT ON FUNCTION @extschema@.sector_contained_sectorset(@extschema@.sector, @extschema@.sectorset) IS 'implementation of sector <@ sectorset: the member is in the set';
COMMENT ON FUNCTION @extschema@.sectorset_contained_sector(@extschema@.sectorset, @extschema@.sector) IS 'implementation of sectorset <@ sector: the set is empty or just that member';
COMMENT ON FUNCTION @extschema@.sector_contains_sectorset(@extschema@.sector, @extschema@.sectorset) IS 'implementation of sector @> sectorset: the set is empty or just that member';
COMMENT ON FUNCTION @extschema@.sectorset_overlaps(@extschema@.sectorset, @extschema@.sectorset) IS 'implementation of && for sectorset: a common member';
COMMENT ON FUNCTION @extschema@.sectorset_union(@extschema@.sectorset, @extschema@.sectorset) IS 'implementation of | for sectorset: union';
COMMENT ON FUNCTION @extschema@.sectorset_add(@extschema@.sectorset, @extschema@.sector) IS 'implementation of sectorset | sector: the set with the member added';
COMMENT ON FUNCTION @extschema@.sector_add_sectorset(@extschema@.sector, @extschema@.sectorset) IS 'implementation of sector | sectorset: the set with the member added';
COMMENT ON FUNCTION @extschema@.sector_pair(@extschema@.sector, @extschema@.sector) IS 'implementation of sector | sector: the set of both';
COMMENT ON FUNCTION @extschema@.sectorset_intersect(@extschema@.sectorset, @extschema@.sectorset) IS 'implementation of & for sectorset: intersection';
COMMENT ON FUNCTION @extschema@.sectorset_difference(@extschema@.sectorset, @extschema@.sectorset) IS 'implementation of - for sectorset: difference';
COMMENT ON FUNCTION @extschema@.sectorset_remove(@extschema@.sectorset, @extschema@.sector) IS 'implementation of sectorset - sector: the set without the member';
COMMENT ON FUNCTION @extschema@.sectorset(@extschema@.sector) IS 'the one-element sectorset of a sector (the cast)';
COMMENT ON FUNCTION @extschema@.cardinality(@extschema@.sectorset) IS 'number of members of a sectorset';
COMMENT ON FUNCTION @extschema@.unnest(@extschema@.sectorset) IS 'the members of a sectorset, one row each, in vocabulary order';

CREATE OPERATOR @extschema@.@> (
	LEFTARG = @extschema@.sectorset, RIGHTARG = @extschema@.sectorset,
	FUNCTION = @extschema@.sectorset_contains, COMMUTATOR = OPERATOR(@extschema@.<@),
	RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
CREATE OPERATOR @extschema@.<@ (
	LEFTARG = @extschema@.sectorset, RIGHTARG = @extschema@.sectorset,
	FUNCTION = @extschema@.sectorset_contained, COMMUTATOR = OPERATOR(@extschema@.@>),
	RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
CREATE OPERATOR @extschema@.@> (
	LEFTARG = @extschema@.sectorset, RIGHTARG = @extschema@.sector,
	FUNCTION = @extschema@.sectorset_contains_sector, COMMUTATOR = OPERATOR(@extschema@.<@),
	RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
CREATE OPERATOR @extschema@.<@ (
	LEFTARG = @extschema@.sector, RIGHTARG = @extschema@.sectorset,
	FUNCTION = @extschema@.sector_contained_sectorset, COMMUTATOR = OPERATOR(@extschema@.@>),
	RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
CREATE OPERATOR @extschema@.<@ (
	LEFTARG = @extschema@.sectorset, RIGHTARG = @extschema@.sector,
	FUNCTION = @extschema@.sectorset_contained_sector, COMMUTATOR = OPERATOR(@extschema@.@>),
	RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
CREATE OPERATOR @extschema@.@> (
	LEFTARG = @extschema@.sector, RIGHTARG = @extschema@.sectorset,
	FUNCTION = @extschema@.sector_contains_sectorset, COMMUTATOR = OPERATOR(@extschema@.<@),
	RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
CREATE OPERATOR @extschema@.&& (
	LEFTARG = @extschema@.sectorset, RIGHTARG = @extschema@.sectorset,
	FUNCTION = @extschema@.sectorset_overlaps, COMMUTATOR = OPERATOR(@extschema@.&&),
	RESTRICT = pg_catalog.areasel, JOIN = pg_catalog.areajoinsel
);
CREATE OPERATOR @extschema@.| (
	LEFTARG = @extschema@.sectorset, RIGHTARG = @extschema@.sectorset,
	FUNCTION = @extschema@.sectorset_union, COMMUTATOR = OPERATOR(@extschema@.|)
);
CREATE OPERATOR @extschema@.| (
	LEFTARG = @extschema@.sectorset, RIGHTARG = @extschema@.sector,
	FUNCTION = @extschema@.sectorset_add, COMMUTATOR = OPERATOR(@extschema@.|)
);
CREATE OPERATOR @extschema@.| (
	LEFTARG = @extschema@.sector, RIGHTARG = @extschema@.sectorset,
	FUNCTION = @extschema@.sector_add_sectorset, COMMUTATOR = OPERATOR(@extschema@.|)
);
CREATE OPERATOR @extschema@.| (
	LEFTARG = @extschema@.sector, RIGHTARG = @extschema@.sector,
	FUNCTION = @extschema@.sector_pair, COMMUTATOR = OPERATOR(@extschema@.|)
);
CREATE OPERATOR @extschema@.& (
	LEFTARG = @extschema@.sectorset, RIGHTARG = @extschema@.sectorset,
	FUNCTION = @extschema@.sectorset_intersect, COMMUTATOR = OPERATOR(@extschema@.&)
);
CREATE OPERATOR @extschema@.- (
	LEFTARG = @extschema@.sectorset, RIGHTARG = @extschema@.sectorset,
	FUNCTION = @extschema@.sectorset_difference
);
CREATE OPERATOR @extschema@.- (
	LEFTARG = @extschema@.sectorset, RIGHTARG = @extschema@.sector,
	FUNCTION = @extschema@.sectorset_remove
);

COMMENT ON OPERATOR @extschema@.@> (@extschema@.sectorset, @extschema@.sectorset) IS 'contains';
COMMENT ON OPERATOR @extschema@.<@ (@extschema@.sectorset, @extschema@.sectorset) IS 'is contained by';
COMMENT ON OPERATOR @extschema@.@> (@extschema@.sectorset, @extschema@.sector) IS 'has the member';
COMMENT ON OPERATOR @extschema@.<@ (@extschema@.sector, @extschema@.sectorset) IS 'is a member of';
COMMENT ON OPERATOR @extschema@.<@ (@extschema@.sectorset, @extschema@.sector) IS 'is empty or just that member';
COMMENT ON OPERATOR @extschema@.@> (@extschema@.sector, @extschema@.sectorset) IS 'the set is empty or just this member';
COMMENT ON OPERATOR @extschema@.&& (@extschema@.sectorset, @extschema@.sectorset) IS 'overlaps: at least one common member';
COMMENT ON OPERATOR @extschema@.| (@extschema@.sectorset, @extschema@.sectorset) IS 'union';
COMMENT ON OPERATOR @extschema@.| (@extschema@.sectorset, @extschema@.sector) IS 'add a member';
COMMENT ON OPERATOR @extschema@.| (@extschema@.sector, @extschema@.sectorset) IS 'add a member';
COMMENT ON OPERATOR @extschema@.| (@extschema@.sector, @extschema@.sector) IS 'the set of both';
COMMENT ON OPERATOR @extschema@.& (@extschema@.sectorset, @extschema@.sectorset) IS 'intersection';
COMMENT ON OPERATOR @extschema@.- (@extschema@.sectorset, @extschema@.sectorset) IS 'difference';
COMMENT ON OPERATOR @extschema@.- (@extschema@.sectorset, @extschema@.sector) IS 'remove a member';

-- Casts.  A single sector becomes the one-element set on assignment, so a
-- sectorset column accepts a sector value.
CREATE CAST (@extschema@.sector AS @extschema@.sectorset)
	WITH FUNCTION @extschema@.sectorset(@extschema@.sector) AS ASSIGNMENT;
CREATE CAST (@extschema@.sectorset AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.sectorset) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.sectorset AS pg_catalog.varchar) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.sectorset) WITH INOUT AS ASSIGNMENT;

-- Aggregates.  Both start from the empty set, so over no rows (or only
-- NULLs) they give {} rather than NULL; both combine in parallel plans by
-- union.
CREATE AGGREGATE @extschema@.sectors(@extschema@.sector) (
	SFUNC = @extschema@.sectorset_add,
	STYPE = @extschema@.sectorset,
	COMBINEFUNC = @extschema@.sectorset_union,
	INITCOND = '{}',
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.sector_union(@extschema@.sectorset) (
	SFUNC = @extschema@.sectorset_union,
	STYPE = @extschema@.sectorset,
	COMBINEFUNC = @extschema@.sectorset_union,
	INITCOND = '{}',
	PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.sectors(@extschema@.sector) IS 'the sectorset of the sector values of a group ({} for none)';
COMMENT ON AGGREGATE @extschema@.sector_union(@extschema@.sectorset) IS 'the union of the sectorset values of a group ({} for none)';

/* ------------------------------------------------------------------------
 * Set type @extschema@.roleset: a set of role values
 * (generated from src/sql/vocabulary_set.sql.in; see vocabulary_sets.c)
 * ------------------------------------------------------------------------
 */

CREATE TYPE @extschema@.roleset;

CREATE FUNCTION @extschema@.roleset_in(pg_catalog.cstring)
	RETURNS @extschema@.roleset
	AS 'MODULE_PATHNAME', 'roleset_in'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.roleset_out(@extschema@.roleset)
	RETURNS pg_catalog.cstring
	AS 'MODULE_PATHNAME', 'roleset_out'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.roleset_recv(pg_catalog.internal)
	RETURNS @extschema@.roleset
	AS 'MODULE_PATHNAME', 'roleset_recv'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.roleset_send(@extschema@.roleset)
	RETURNS pg_catalog.bytea
	AS 'MODULE_PATHNAME', 'roleset_send'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.roleset (
	INPUT = @extschema@.roleset_in,
	OUTPUT = @extschema@.roleset_out,
	RECEIVE = @extschema@.roleset_recv,
	SEND = @extschema@.roleset_send,
	INTERNALLENGTH = 2,
	PASSEDBYVALUE,
	ALIGNMENT = int2,
	STORAGE = plain
);

COMMENT ON FUNCTION @extschema@.roleset_in(pg_catalog.cstring) IS 'text input of roleset: {word,word,...} with any accepted spelling of role';
COMMENT ON FUNCTION @extschema@.roleset_out(@extschema@.roleset) IS 'text output of roleset: canonical words in vocabulary order';
COMMENT ON FUNCTION @extschema@.roleset_recv(pg_catalog.internal) IS 'binary input of roleset (the text form, checked like text input)';
COMMENT ON FUNCTION @extschema@.roleset_send(@extschema@.roleset) IS 'binary output of roleset (the canonical text form)';

-- Comparison: sets sort like the sorted lists of their members.
CREATE FUNCTION @extschema@.roleset_cmp(@extschema@.roleset, @extschema@.roleset)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_set_cmp'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.roleset_eq(@extschema@.roleset, @extschema@.roleset)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_set_eq'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.roleset_ne(@extschema@.roleset, @extschema@.roleset)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_set_ne'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.roleset_lt(@extschema@.roleset, @extschema@.roleset)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_set_lt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.roleset_le(@extschema@.roleset, @extschema@.roleset)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_set_le'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.roleset_gt(@extschema@.roleset, @extschema@.roleset)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_set_gt'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.roleset_ge(@extschema@.roleset, @extschema@.roleset)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_set_ge'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.roleset_hash(@extschema@.roleset)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_set_hash'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.roleset_hash_extended(@extschema@.roleset, pg_catalog.int8)
	RETURNS pg_catalog.int8 AS 'MODULE_PATHNAME', 'vocabulary_set_hash_extended'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.roleset_cmp(@extschema@.roleset, @extschema@.roleset) IS 'btree support: compare two roleset values as sorted member lists';
COMMENT ON FUNCTION @extschema@.roleset_eq(@extschema@.roleset, @extschema@.roleset) IS 'implementation of = for roleset';
COMMENT ON FUNCTION @extschema@.roleset_ne(@extschema@.roleset, @extschema@.roleset) IS 'implementation of <> for roleset';
COMMENT ON FUNCTION @extschema@.roleset_lt(@extschema@.roleset, @extschema@.roleset) IS 'implementation of < for roleset';
COMMENT ON FUNCTION @extschema@.roleset_le(@extschema@.roleset, @extschema@.roleset) IS 'implementation of <= for roleset';
COMMENT ON FUNCTION @extschema@.roleset_gt(@extschema@.roleset, @extschema@.roleset) IS 'implementation of > for roleset';
COMMENT ON FUNCTION @extschema@.roleset_ge(@extschema@.roleset, @extschema@.roleset) IS 'implementation of >= for roleset';
COMMENT ON FUNCTION @extschema@.roleset_hash(@extschema@.roleset) IS 'hash support for roleset';
COMMENT ON FUNCTION @extschema@.roleset_hash_extended(@extschema@.roleset, pg_catalog.int8) IS 'extended (seeded 64-bit) hash support for roleset';

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.roleset, RIGHTARG = @extschema@.roleset,
	FUNCTION = @extschema@.roleset_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.roleset, RIGHTARG = @extschema@.roleset,
	FUNCTION = @extschema@.roleset_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.roleset, RIGHTARG = @extschema@.roleset,
	FUNCTION = @extschema@.roleset_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.roleset, RIGHTARG = @extschema@.roleset,
	FUNCTION = @extschema@.roleset_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.roleset, RIGHTARG = @extschema@.roleset,
	FUNCTION = @extschema@.roleset_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.roleset, RIGHTARG = @extschema@.roleset,
	FUNCTION = @extschema@.roleset_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

COMMENT ON OPERATOR @extschema@.= (@extschema@.roleset, @extschema@.roleset) IS 'equal: same members';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.roleset, @extschema@.roleset) IS 'not equal';
COMMENT ON OPERATOR @extschema@.< (@extschema@.roleset, @extschema@.roleset) IS 'sorts before (as sorted member lists); not containment';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.roleset, @extschema@.roleset) IS 'sorts before or equal; not containment';
COMMENT ON OPERATOR @extschema@.> (@extschema@.roleset, @extschema@.roleset) IS 'sorts after (as sorted member lists); not containment';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.roleset, @extschema@.roleset) IS 'sorts after or equal; not containment';

CREATE OPERATOR CLASS @extschema@.roleset_ops
	DEFAULT FOR TYPE @extschema@.roleset USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.roleset_cmp(@extschema@.roleset, @extschema@.roleset);

CREATE OPERATOR CLASS @extschema@.roleset_hash_ops
	DEFAULT FOR TYPE @extschema@.roleset USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.roleset_hash(@extschema@.roleset),
	FUNCTION 2 @extschema@.roleset_hash_extended(@extschema@.roleset, pg_catalog.int8);

COMMENT ON OPERATOR CLASS @extschema@.roleset_ops USING btree IS 'default btree class of roleset: sorted-member-list order';
COMMENT ON OPERATOR CLASS @extschema@.roleset_hash_ops USING hash IS 'default hash class of roleset';

-- Set algebra.  Where an operator takes a single role it stands for the
-- one-element set.
CREATE FUNCTION @extschema@.roleset_contains(@extschema@.roleset, @extschema@.roleset)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_set_contains'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.roleset_contained(@extschema@.roleset, @extschema@.roleset)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_set_contained'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.roleset_contains_role(@extschema@.roleset, @extschema@.role)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_set_contains_elem'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.role_contained_roleset(@extschema@.role, @extschema@.roleset)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_elem_contained'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.roleset_contained_role(@extschema@.roleset, @extschema@.role)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_set_contained_elem'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.role_contains_roleset(@extschema@.role, @extschema@.roleset)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_elem_contains'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.roleset_overlaps(@extschema@.roleset, @extschema@.roleset)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'vocabulary_set_overlaps'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.roleset_union(@extschema@.roleset, @extschema@.roleset)
	RETURNS @extschema@.roleset AS 'MODULE_PATHNAME', 'vocabulary_set_union'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.roleset_add(@extschema@.roleset, @extschema@.role)
	RETURNS @extschema@.roleset AS 'MODULE_PATHNAME', 'vocabulary_set_add'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.role_add_roleset(@extschema@.role, @extschema@.roleset)
	RETURNS @extschema@.roleset AS 'MODULE_PATHNAME', 'vocabulary_elem_add'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.role_pair(@extschema@.role, @extschema@.role)
	RETURNS @extschema@.roleset AS 'MODULE_PATHNAME', 'vocabulary_elem_pair'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.roleset_intersect(@extschema@.roleset, @extschema@.roleset)
	RETURNS @extschema@.roleset AS 'MODULE_PATHNAME', 'vocabulary_set_intersect'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.roleset_difference(@extschema@.roleset, @extschema@.roleset)
	RETURNS @extschema@.roleset AS 'MODULE_PATHNAME', 'vocabulary_set_difference'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.roleset_remove(@extschema@.roleset, @extschema@.role)
	RETURNS @extschema@.roleset AS 'MODULE_PATHNAME', 'vocabulary_set_remove'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.roleset(@extschema@.role)
	RETURNS @extschema@.roleset AS 'MODULE_PATHNAME', 'vocabulary_set_from_elem'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.cardinality(@extschema@.roleset)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'vocabulary_set_cardinality'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.unnest(@extschema@.roleset)
	RETURNS SETOF @extschema@.role AS 'MODULE_PATHNAME', 'vocabulary_set_unnest'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 4;

COMMENT ON FUNCTION @extschema@.roleset_contains(@extschema@.roleset, @extschema@.roleset) IS 'implementation of @> for roleset';
COMMENT ON FUNCTION @extschema@.roleset_contained(@extschema@.roleset, @extschema@.roleset) IS 'implementation of <@ for roleset';
COMMENT ON FUNCTION @extschema@.roleset_contains_role(@extschema@.roleset, @extschema@.role) IS 'implementation of roleset @> role: the set has the member';
COMMENT ON FUNCTION @extschema@.role_contained_roleset(@extschema@.role, @extschema@.roleset) IS 'implementation of role <@ roleset: the member is in the set';
COMMENT ON FUNCTION @extschema@.roleset_contained_role(@extschema@.roleset, @extschema@.role) IS 'implementation of roleset <@ role: the set is empty or just that member';
COMMENT ON FUNCTION @extschema@.role_contains_roleset(@extschema@.role, @extschema@.roleset) IS 'implementation of role @> roleset: the set is empty or just that member';
COMMENT ON FUNCTION @extschema@.roleset_overlaps(@extschema@.roleset, @extschema@.roleset) IS 'implementation of && for roleset: a common member';
COMMENT ON FUNCTION @extschema@.roleset_union(@extschema@.roleset, @extschema@.roleset) IS 'implementation of | for roleset: union';
COMMENT ON FUNCTION @extschema@.roleset_add(@extschema@.roleset, @extschema@.role) IS 'implementation of roleset | role: the set with the member added';
COMMENT ON FUNCTION @extschema@.role_add_roleset(@extschema@.role, @extschema@.roleset) IS 'implementation of role | roleset: the set with the member added';
COMMENT ON FUNCTION @extschema@.role_pair(@extschema@.role, @extschema@.role) IS 'implementation of role | role: the set of both';
COMMENT ON FUNCTION @extschema@.roleset_intersect(@extschema@.roleset, @extschema@.roleset) IS 'implementation of & for roleset: intersection';
COMMENT ON FUNCTION @extschema@.roleset_difference(@extschema@.roleset, @extschema@.roleset) IS 'implementation of - for roleset: difference';
COMMENT ON FUNCTION @extschema@.roleset_remove(@extschema@.roleset, @extschema@.role) IS 'implementation of roleset - role: the set without the member';
COMMENT ON FUNCTION @extschema@.roleset(@extschema@.role) IS 'the one-element roleset of a role (the cast)';
COMMENT ON FUNCTION @extschema@.cardinality(@extschema@.roleset) IS 'number of members of a roleset';
COMMENT ON FUNCTION @extschema@.unnest(@extschema@.roleset) IS 'the members of a roleset, one row each, in vocabulary order';

CREATE OPERATOR @extschema@.@> (
	LEFTARG = @extschema@.roleset, RIGHTARG = @extschema@.roleset,
	FUNCTION = @extschema@.roleset_contains, COMMUTATOR = OPERATOR(@extschema@.<@),
	RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
CREATE OPERATOR @extschema@.<@ (
	LEFTARG = @extschema@.roleset, RIGHTARG = @extschema@.roleset,
	FUNCTION = @extschema@.roleset_contained, COMMUTATOR = OPERATOR(@extschema@.@>),
	RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
CREATE OPERATOR @extschema@.@> (
	LEFTARG = @extschema@.roleset, RIGHTARG = @extschema@.role,
	FUNCTION = @extschema@.roleset_contains_role, COMMUTATOR = OPERATOR(@extschema@.<@),
	RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
CREATE OPERATOR @extschema@.<@ (
	LEFTARG = @extschema@.role, RIGHTARG = @extschema@.roleset,
	FUNCTION = @extschema@.role_contained_roleset, COMMUTATOR = OPERATOR(@extschema@.@>),
	RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
CREATE OPERATOR @extschema@.<@ (
	LEFTARG = @extschema@.roleset, RIGHTARG = @extschema@.role,
	FUNCTION = @extschema@.roleset_contained_role, COMMUTATOR = OPERATOR(@extschema@.@>),
	RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
CREATE OPERATOR @extschema@.@> (
	LEFTARG = @extschema@.role, RIGHTARG = @extschema@.roleset,
	FUNCTION = @extschema@.role_contains_roleset, COMMUTATOR = OPERATOR(@extschema@.<@),
	RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);
CREATE OPERATOR @extschema@.&& (
	LEFTARG = @extschema@.roleset, RIGHTARG = @extschema@.roleset,
	FUNCTION = @extschema@.roleset_overlaps, COMMUTATOR = OPERATOR(@extschema@.&&),
	RESTRICT = pg_catalog.areasel, JOIN = pg_catalog.areajoinsel
);
CREATE OPERATOR @extschema@.| (
	LEFTARG = @extschema@.roleset, RIGHTARG = @extschema@.roleset,
	FUNCTION = @extschema@.roleset_union, COMMUTATOR = OPERATOR(@extschema@.|)
);
CREATE OPERATOR @extschema@.| (
	LEFTARG = @extschema@.roleset, RIGHTARG = @extschema@.role,
	FUNCTION = @extschema@.roleset_add, COMMUTATOR = OPERATOR(@extschema@.|)
);
CREATE OPERATOR @extschema@.| (
	LEFTARG = @extschema@.role, RIGHTARG = @extschema@.roleset,
	FUNCTION = @extschema@.role_add_roleset, COMMUTATOR = OPERATOR(@extschema@.|)
);
CREATE OPERATOR @extschema@.| (
	LEFTARG = @extschema@.role, RIGHTARG = @extschema@.role,
	FUNCTION = @extschema@.role_pair, COMMUTATOR = OPERATOR(@extschema@.|)
);
CREATE OPERATOR @extschema@.& (
	LEFTARG = @extschema@.roleset, RIGHTARG = @extschema@.roleset,
	FUNCTION = @extschema@.roleset_intersect, COMMUTATOR = OPERATOR(@extschema@.&)
);
CREATE OPERATOR @extschema@.- (
	LEFTARG = @extschema@.roleset, RIGHTARG = @extschema@.roleset,
	FUNCTION = @extschema@.roleset_difference
);
CREATE OPERATOR @extschema@.- (
	LEFTARG = @extschema@.roleset, RIGHTARG = @extschema@.role,
	FUNCTION = @extschema@.roleset_remove
);

COMMENT ON OPERATOR @extschema@.@> (@extschema@.roleset, @extschema@.roleset) IS 'contains';
COMMENT ON OPERATOR @extschema@.<@ (@extschema@.roleset, @extschema@.roleset) IS 'is contained by';
COMMENT ON OPERATOR @extschema@.@> (@extschema@.roleset, @extschema@.role) IS 'has the member';
COMMENT ON OPERATOR @extschema@.<@ (@extschema@.role, @extschema@.roleset) IS 'is a member of';
COMMENT ON OPERATOR @extschema@.<@ (@extschema@.roleset, @extschema@.role) IS 'is empty or just that member';
COMMENT ON OPERATOR @extschema@.@> (@extschema@.role, @extschema@.roleset) IS 'the set is empty or just this member';
COMMENT ON OPERATOR @extschema@.&& (@extschema@.roleset, @extschema@.roleset) IS 'overlaps: at least one common member';
COMMENT ON OPERATOR @extschema@.| (@extschema@.roleset, @extschema@.roleset) IS 'union';
COMMENT ON OPERATOR @extschema@.| (@extschema@.roleset, @extschema@.role) IS 'add a member';
COMMENT ON OPERATOR @extschema@.| (@extschema@.role, @extschema@.roleset) IS 'add a member';
COMMENT ON OPERATOR @extschema@.| (@extschema@.role, @extschema@.role) IS 'the set of both';
COMMENT ON OPERATOR @extschema@.& (@extschema@.roleset, @extschema@.roleset) IS 'intersection';
COMMENT ON OPERATOR @extschema@.- (@extschema@.roleset, @extschema@.roleset) IS 'difference';
COMMENT ON OPERATOR @extschema@.- (@extschema@.roleset, @extschema@.role) IS 'remove a member';

-- Casts.  A single role becomes the one-element set on assignment, so a
-- roleset column accepts a role value.
CREATE CAST (@extschema@.role AS @extschema@.roleset)
	WITH FUNCTION @extschema@.roleset(@extschema@.role) AS ASSIGNMENT;
CREATE CAST (@extschema@.roleset AS pg_catalog.text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.text AS @extschema@.roleset) WITH INOUT AS ASSIGNMENT;
CREATE CAST (@extschema@.roleset AS pg_catalog.varchar) WITH INOUT AS ASSIGNMENT;
CREATE CAST (pg_catalog.varchar AS @extschema@.roleset) WITH INOUT AS ASSIGNMENT;

-- Aggregates.  Both start from the empty set, so over no rows (or only
-- NULLs) they give {} rather than NULL; both combine in parallel plans by
-- union.
CREATE AGGREGATE @extschema@.roles(@extschema@.role) (
	SFUNC = @extschema@.roleset_add,
	STYPE = @extschema@.roleset,
	COMBINEFUNC = @extschema@.roleset_union,
	INITCOND = '{}',
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.role_union(@extschema@.roleset) (
	SFUNC = @extschema@.roleset_union,
	STYPE = @extschema@.roleset,
	COMBINEFUNC = @extschema@.roleset_union,
	INITCOND = '{}',
	PARALLEL = SAFE
);

COMMENT ON AGGREGATE @extschema@.roles(@extschema@.role) IS 'the roleset of the role values of a group ({} for none)';
COMMENT ON AGGREGATE @extschema@.role_union(@extschema@.roleset) IS 'the union of the roleset values of a group ({} for none)';

/* ------------------------------------------------------------------------
 * The vocabularies: what each type means, and the functions that belong to
 * one vocabulary only (IATI codes, Pentahelix).
 * ------------------------------------------------------------------------
 */

COMMENT ON TYPE @extschema@.sector IS 'sector of an organisation: government, private, nonprofit, community, academia, media, international (Indonesian terms and IATI organisation type codes accepted)';
COMMENT ON TYPE @extschema@.role IS 'stakeholder role in a partnership: lead, funder, manager, implementer, advisor, provider, beneficiary, evaluator (Indonesian terms and IATI organisation role codes accepted)';
COMMENT ON TYPE @extschema@.formality IS 'formality of a partnership: formal (written agreement) or informal';
COMMENT ON TYPE @extschema@.horizon IS 'time horizon of a partnership: strategic (long-term) or operational (short-term)';
COMMENT ON TYPE @extschema@.sectorset IS 'set of sectors, written {government,private}';
COMMENT ON TYPE @extschema@.roleset IS 'set of roles, written {lead,implementer}';

CREATE FUNCTION @extschema@.iati_code(@extschema@.sector)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'sector_iati_code'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.iati_code(@extschema@.sector) IS 'representative IATI OrganisationType code of a sector (NULL for community and media)';

CREATE FUNCTION @extschema@.iati_role(@extschema@.role)
	RETURNS pg_catalog.int4 AS 'MODULE_PATHNAME', 'role_iati_role'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.iati_role(@extschema@.role) IS 'IATI OrganisationRole code of a role (1 funding, 2 accountable, 3 extending, 4 implementing; NULL otherwise)';

CREATE FUNCTION @extschema@.pentahelix(@extschema@.sector)
	RETURNS pg_catalog."char" AS 'MODULE_PATHNAME', 'sector_pentahelix'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pentahelix(@extschema@.sector) IS 'Pentahelix letter of a sector: A academia, B business, C community, G government, M media; NULL otherwise';

CREATE FUNCTION @extschema@.pentahelix_coverage(@extschema@.sectorset)
	RETURNS pg_catalog.numeric AS 'MODULE_PATHNAME', 'sectorset_pentahelix_coverage'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pentahelix_coverage(@extschema@.sectorset) IS 'share of the five Pentahelix helices (A, B, C, G, M) present in a set of sectors, 0 to 1';

CREATE FUNCTION @extschema@.is_cross_sector(@extschema@.sectorset)
	RETURNS pg_catalog.bool AS 'MODULE_PATHNAME', 'sectorset_is_cross_sector'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_cross_sector(@extschema@.sectorset) IS 'true when the set spans two or more sectors';

COMMENT ON TYPE @extschema@.partnership_status IS 'lifecycle status of a partnership: draft, proposed, active, suspended, completed, terminated';
COMMENT ON TYPE @extschema@.agreement_kind IS 'kind of agreement: mou (nota kesepahaman, non-binding), pks (perjanjian kerja sama, binding), addendum (new version of a pks)';
COMMENT ON TYPE @extschema@.agreement_status IS 'status of an agreement: draft, signed, superseded, terminated';
COMMENT ON TYPE @extschema@.activity_status IS 'status of a work-plan activity: planned, in_progress, done, cancelled';
COMMENT ON TYPE @extschema@.commitment_kind IS 'kind of resource a partner commits: cash or in_kind';
COMMENT ON TYPE @extschema@.direction IS 'desired direction of an indicator: increase or decrease';
COMMENT ON TYPE @extschema@.aggregation IS 'how measurements make an indicator''s actual value: incremental (sum) or level (latest)';
COMMENT ON TYPE @extschema@.dimension IS 'dimension of an evaluation criterion: outcome, process, risk';
COMMENT ON TYPE @extschema@.evaluation_kind IS 'kind of evaluation: monitoring, midterm, final';
COMMENT ON TYPE @extschema@.evaluation_status IS 'status of an evaluation: open or closed';
COMMENT ON TYPE @extschema@.challenge IS 'challenge a risk belongs to: cultural_differences, conflict_of_interest, coordination, funding, other';
COMMENT ON TYPE @extschema@.risk_status IS 'status of a risk: open, mitigated, closed';
COMMENT ON TYPE @extschema@.raci IS 'part of a partner in an activity: R (responsible), A (accountable), C (consulted), I (informed)';
COMMENT ON TYPE @extschema@.severity IS 'how a rule is enforced: error, warning, off';
/* ------------------------------------------------------------------------
 * The registry (SPEC 4): partners, partnerships and everything that hangs
 * off a partnership.  Every child table carries partnership_id, and every
 * reference between children is a composite foreign key that includes it,
 * so a row can never point at another partnership's rows and every rule
 * reads one partnership through indexes on (partnership_id, ...).
 *
 * Keys are bigint identities (BY DEFAULT, so loaders and pg_restore may
 * supply them).  Triggers are in 22_triggers.sql.
 * ------------------------------------------------------------------------
 */

CREATE TABLE @extschema@.partner (
	id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	name text NOT NULL CONSTRAINT partner_name_check CHECK (pg_catalog.btrim(name) <> ''),
	sector @extschema@.sector NOT NULL,
	iati_ref text CONSTRAINT partner_iati_ref_key UNIQUE
		CONSTRAINT partner_iati_ref_check
		CHECK (iati_ref ~ '^[^-/&|?[:space:]]+-[^/&|?[:space:]]+$'),
	parent_id bigint CONSTRAINT partner_parent_fkey REFERENCES @extschema@.partner (id),
	CONSTRAINT partner_parent_check CHECK (parent_id <> id)
);
CREATE INDEX partner_parent_idx ON @extschema@.partner (parent_id);
COMMENT ON TABLE @extschema@.partner IS 'organisations that take part in partnerships: government agencies, companies, nonprofits, communities, universities, media, international bodies';
COMMENT ON COLUMN @extschema@.partner.id IS 'identity of the partner';
COMMENT ON COLUMN @extschema@.partner.name IS 'name of the organisation';
COMMENT ON COLUMN @extschema@.partner.sector IS 'sector of the organisation (English, Indonesian or IATI organisation type code accepted)';
COMMENT ON COLUMN @extschema@.partner.iati_ref IS 'IATI organisation identifier, form AGENCY-NUMBER (e.g. ID-KMN-123), without / & | ?; optional, unique';
COMMENT ON COLUMN @extschema@.partner.parent_id IS 'parent organisation, e.g. the ministry an agency belongs to; optional';

CREATE TABLE @extschema@.partnership (
	id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	code text NOT NULL CONSTRAINT partnership_code_key UNIQUE
		CONSTRAINT partnership_code_check CHECK (pg_catalog.btrim(code) <> ''),
	name text NOT NULL CONSTRAINT partnership_name_check CHECK (pg_catalog.btrim(name) <> ''),
	formality @extschema@.formality NOT NULL,
	horizon @extschema@.horizon NOT NULL,
	status @extschema@.partnership_status NOT NULL DEFAULT 'draft',
	starts_on date,
	ends_on date,
	objectives text[] NOT NULL DEFAULT '{}',
	owner_id bigint CONSTRAINT partnership_owner_fkey REFERENCES @extschema@.partner (id),
	evaluation_interval interval NOT NULL DEFAULT '6 months'
		CONSTRAINT partnership_evaluation_interval_check
		CHECK (evaluation_interval > '0'::interval),
	description text,
	CONSTRAINT partnership_dates_check CHECK (ends_on >= starts_on)
);
CREATE INDEX partnership_owner_idx ON @extschema@.partnership (owner_id);
CREATE INDEX partnership_status_idx ON @extschema@.partnership (status);
COMMENT ON TABLE @extschema@.partnership IS 'cross-sector partnerships: one row per partnership, with its type (formality, horizon) and lifecycle status';
COMMENT ON COLUMN @extschema@.partnership.id IS 'identity of the partnership';
COMMENT ON COLUMN @extschema@.partnership.code IS 'unique code users refer to the partnership by';
COMMENT ON COLUMN @extschema@.partnership.name IS 'name of the partnership';
COMMENT ON COLUMN @extschema@.partnership.formality IS 'formal (written agreement required) or informal';
COMMENT ON COLUMN @extschema@.partnership.horizon IS 'strategic (long-term) or operational (short-term)';
COMMENT ON COLUMN @extschema@.partnership.status IS 'lifecycle status: draft -> proposed -> active <-> suspended -> completed | terminated; completed and terminated are final (read-only)';
COMMENT ON COLUMN @extschema@.partnership.starts_on IS 'first day of the partnership';
COMMENT ON COLUMN @extschema@.partnership.ends_on IS 'last day of the partnership; not before starts_on';
COMMENT ON COLUMN @extschema@.partnership.objectives IS 'the goals the partnership pursues, one per element';
COMMENT ON COLUMN @extschema@.partnership.owner_id IS 'the government partner that owns (administers) the partnership';
COMMENT ON COLUMN @extschema@.partnership.evaluation_interval IS 'how often the partnership should be evaluated (default 6 months)';
COMMENT ON COLUMN @extschema@.partnership.description IS 'free description';

CREATE TABLE @extschema@.member (
	partnership_id bigint NOT NULL CONSTRAINT member_partnership_fkey
		REFERENCES @extschema@.partnership (id),
	partner_id bigint NOT NULL CONSTRAINT member_partner_fkey
		REFERENCES @extschema@.partner (id),
	roles @extschema@.roleset NOT NULL DEFAULT '{}',
	title text,
	joined_on date,
	left_on date,
	influence smallint CONSTRAINT member_influence_check CHECK (influence BETWEEN 1 AND 5),
	interest smallint CONSTRAINT member_interest_check CHECK (interest BETWEEN 1 AND 5),
	CONSTRAINT member_pkey PRIMARY KEY (partnership_id, partner_id),
	CONSTRAINT member_dates_check CHECK (left_on >= joined_on)
);
CREATE INDEX member_partner_idx ON @extschema@.member (partner_id);
COMMENT ON TABLE @extschema@.member IS 'partners taking part in a partnership, with their roles';
COMMENT ON COLUMN @extschema@.member.partnership_id IS 'the partnership';
COMMENT ON COLUMN @extschema@.member.partner_id IS 'the member organisation';
COMMENT ON COLUMN @extschema@.member.roles IS 'stakeholder roles the member holds, e.g. {lead,implementer}';
COMMENT ON COLUMN @extschema@.member.title IS 'free local title beside the roles, e.g. Tim Ahli Gizi';
COMMENT ON COLUMN @extschema@.member.joined_on IS 'day the member joined';
COMMENT ON COLUMN @extschema@.member.left_on IS 'day the member left (NULL while current); not before joined_on';
COMMENT ON COLUMN @extschema@.member.influence IS 'stakeholder influence, 1 (low) to 5 (high); optional';
COMMENT ON COLUMN @extschema@.member.interest IS 'stakeholder interest, 1 (low) to 5 (high); optional';

CREATE TABLE @extschema@.agreement (
	id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	partnership_id bigint NOT NULL CONSTRAINT agreement_partnership_fkey
		REFERENCES @extschema@.partnership (id),
	kind @extschema@.agreement_kind NOT NULL,
	number text,
	version integer NOT NULL DEFAULT 1 CONSTRAINT agreement_version_check CHECK (version > 0),
	amends_id bigint,
	status @extschema@.agreement_status NOT NULL DEFAULT 'draft',
	title text,
	signed_on date,
	effective_from date,
	effective_to date,
	objectives text[] NOT NULL DEFAULT '{}',
	terminated_on date,
	termination_reason text,
	CONSTRAINT agreement_partnership_id_key UNIQUE (partnership_id, id),
	CONSTRAINT agreement_version_key UNIQUE (partnership_id, version),
	CONSTRAINT agreement_amends_fkey FOREIGN KEY (partnership_id, amends_id)
		REFERENCES @extschema@.agreement (partnership_id, id),
	CONSTRAINT agreement_amends_check CHECK ((kind = 'addendum') = (amends_id IS NOT NULL)),
	CONSTRAINT agreement_dates_check CHECK (effective_from <= effective_to),
	CONSTRAINT agreement_termination_check CHECK (status <> 'terminated'
		OR (terminated_on IS NOT NULL AND pg_catalog.btrim(termination_reason) <> ''))
);
CREATE INDEX agreement_amends_idx ON @extschema@.agreement (partnership_id, amends_id);
COMMENT ON TABLE @extschema@.agreement IS 'written agreements of a partnership: mou (non-binding), pks (binding), addendum (new version of a pks); signed agreements are immutable';
COMMENT ON COLUMN @extschema@.agreement.id IS 'identity of the agreement';
COMMENT ON COLUMN @extschema@.agreement.partnership_id IS 'the partnership the agreement sets up';
COMMENT ON COLUMN @extschema@.agreement.kind IS 'mou, pks or addendum';
COMMENT ON COLUMN @extschema@.agreement.number IS 'the agreement''s registration number (nomor perjanjian)';
COMMENT ON COLUMN @extschema@.agreement.version IS 'version within the partnership, counted up automatically on insert (1, 2, ...)';
COMMENT ON COLUMN @extschema@.agreement.amends_id IS 'for an addendum: the signed pks or addendum of the same partnership it replaces';
COMMENT ON COLUMN @extschema@.agreement.status IS 'draft -> signed -> superseded | terminated';
COMMENT ON COLUMN @extschema@.agreement.title IS 'title of the agreement';
COMMENT ON COLUMN @extschema@.agreement.signed_on IS 'day the agreement was signed (defaults to the last party''s signature day)';
COMMENT ON COLUMN @extschema@.agreement.effective_from IS 'first day the agreement is in force';
COMMENT ON COLUMN @extschema@.agreement.effective_to IS 'last day the agreement is in force; not before effective_from';
COMMENT ON COLUMN @extschema@.agreement.objectives IS 'objectives the agreement states, one per element';
COMMENT ON COLUMN @extschema@.agreement.terminated_on IS 'day a signed agreement was terminated (required with status terminated)';
COMMENT ON COLUMN @extschema@.agreement.termination_reason IS 'why a signed agreement was terminated (required with status terminated)';

CREATE TABLE @extschema@.agreement_party (
	agreement_id bigint NOT NULL,
	partnership_id bigint NOT NULL,
	partner_id bigint NOT NULL CONSTRAINT agreement_party_partner_fkey
		REFERENCES @extschema@.partner (id),
	roles @extschema@.roleset NOT NULL DEFAULT '{}',
	responsibilities text[] NOT NULL DEFAULT '{}',
	signatory_name text,
	signatory_title text,
	signed_on date,
	CONSTRAINT agreement_party_pkey PRIMARY KEY (agreement_id, partner_id),
	CONSTRAINT agreement_party_agreement_fkey FOREIGN KEY (partnership_id, agreement_id)
		REFERENCES @extschema@.agreement (partnership_id, id) ON DELETE CASCADE
);
CREATE INDEX agreement_party_partnership_idx
	ON @extschema@.agreement_party (partnership_id, agreement_id);
CREATE INDEX agreement_party_partner_idx ON @extschema@.agreement_party (partner_id);
COMMENT ON TABLE @extschema@.agreement_party IS 'the parties of an agreement, their roles, responsibilities and signatures';
COMMENT ON COLUMN @extschema@.agreement_party.agreement_id IS 'the agreement';
COMMENT ON COLUMN @extschema@.agreement_party.partnership_id IS 'the agreement''s partnership';
COMMENT ON COLUMN @extschema@.agreement_party.partner_id IS 'the party';
COMMENT ON COLUMN @extschema@.agreement_party.roles IS 'roles the agreement gives the party';
COMMENT ON COLUMN @extschema@.agreement_party.responsibilities IS 'responsibilities of the party, one per element';
COMMENT ON COLUMN @extschema@.agreement_party.signatory_name IS 'name of the person who signed for the party';
COMMENT ON COLUMN @extschema@.agreement_party.signatory_title IS 'title of the person who signed for the party';
COMMENT ON COLUMN @extschema@.agreement_party.signed_on IS 'day the party signed';

CREATE TABLE @extschema@.clause_kind (
	code text PRIMARY KEY CONSTRAINT clause_kind_code_check CHECK (code ~ '^[a-z][a-z0-9_]*$'),
	label_en text NOT NULL,
	label_id text NOT NULL,
	required boolean NOT NULL DEFAULT false,
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE @extschema@.clause_kind IS 'catalogue of agreement clause kinds; required kinds must be present before a pks or addendum can be signed (DBA-editable)';
COMMENT ON COLUMN @extschema@.clause_kind.code IS 'code of the clause kind';
COMMENT ON COLUMN @extschema@.clause_kind.label_en IS 'English label';
COMMENT ON COLUMN @extschema@.clause_kind.label_id IS 'Indonesian label';
COMMENT ON COLUMN @extschema@.clause_kind.required IS 'true when every binding agreement (pks, addendum) must hold a clause of this kind';
COMMENT ON COLUMN @extschema@.clause_kind.builtin IS 'true for an unedited row shipped by the extension (not dumped); set to false automatically when the row is edited';

CREATE TABLE @extschema@.agreement_clause (
	id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	agreement_id bigint NOT NULL,
	partnership_id bigint NOT NULL,
	kind text NOT NULL CONSTRAINT agreement_clause_kind_fkey
		REFERENCES @extschema@.clause_kind (code) ON UPDATE CASCADE,
	article text,
	body text NOT NULL DEFAULT '',
	CONSTRAINT agreement_clause_agreement_fkey FOREIGN KEY (partnership_id, agreement_id)
		REFERENCES @extschema@.agreement (partnership_id, id) ON DELETE CASCADE
);
CREATE INDEX agreement_clause_partnership_idx
	ON @extschema@.agreement_clause (partnership_id, agreement_id, kind);
CREATE INDEX agreement_clause_kind_idx ON @extschema@.agreement_clause (kind);
COMMENT ON TABLE @extschema@.agreement_clause IS 'clauses (articles) of an agreement, each of a kind from clause_kind';
COMMENT ON COLUMN @extschema@.agreement_clause.id IS 'identity of the clause';
COMMENT ON COLUMN @extschema@.agreement_clause.agreement_id IS 'the agreement';
COMMENT ON COLUMN @extschema@.agreement_clause.partnership_id IS 'the agreement''s partnership';
COMMENT ON COLUMN @extschema@.agreement_clause.kind IS 'kind of clause (clause_kind.code)';
COMMENT ON COLUMN @extschema@.agreement_clause.article IS 'article number or heading (pasal), optional';
COMMENT ON COLUMN @extschema@.agreement_clause.body IS 'text of the clause';

CREATE TABLE @extschema@.activity (
	id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	partnership_id bigint NOT NULL CONSTRAINT activity_partnership_fkey
		REFERENCES @extschema@.partnership (id),
	name text NOT NULL CONSTRAINT activity_name_check CHECK (pg_catalog.btrim(name) <> ''),
	due_on date,
	status @extschema@.activity_status NOT NULL DEFAULT 'planned',
	CONSTRAINT activity_partnership_id_key UNIQUE (partnership_id, id)
);
COMMENT ON TABLE @extschema@.activity IS 'work-plan items of a partnership';
COMMENT ON COLUMN @extschema@.activity.id IS 'identity of the activity';
COMMENT ON COLUMN @extschema@.activity.partnership_id IS 'the partnership';
COMMENT ON COLUMN @extschema@.activity.name IS 'what is to be done';
COMMENT ON COLUMN @extschema@.activity.due_on IS 'due day';
COMMENT ON COLUMN @extschema@.activity.status IS 'planned, in_progress, done or cancelled (open = planned or in_progress)';

CREATE TABLE @extschema@.assignment (
	activity_id bigint NOT NULL,
	partnership_id bigint NOT NULL,
	partner_id bigint NOT NULL,
	raci @extschema@.raci NOT NULL,
	CONSTRAINT assignment_pkey PRIMARY KEY (activity_id, partner_id),
	CONSTRAINT assignment_activity_fkey FOREIGN KEY (partnership_id, activity_id)
		REFERENCES @extschema@.activity (partnership_id, id) ON DELETE CASCADE,
	CONSTRAINT assignment_member_fkey FOREIGN KEY (partnership_id, partner_id)
		REFERENCES @extschema@.member (partnership_id, partner_id)
);
CREATE INDEX assignment_partnership_idx
	ON @extschema@.assignment (partnership_id, partner_id);
COMMENT ON TABLE @extschema@.assignment IS 'who does what: RACI assignments of members to activities';
COMMENT ON COLUMN @extschema@.assignment.activity_id IS 'the activity';
COMMENT ON COLUMN @extschema@.assignment.partnership_id IS 'the activity''s partnership';
COMMENT ON COLUMN @extschema@.assignment.partner_id IS 'the assignee; must be a member of the partnership';
COMMENT ON COLUMN @extschema@.assignment.raci IS 'R responsible, A accountable, C consulted, I informed';

CREATE TABLE @extschema@.commitment (
	id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	partnership_id bigint NOT NULL,
	partner_id bigint NOT NULL,
	kind @extschema@.commitment_kind NOT NULL DEFAULT 'cash',
	amount numeric NOT NULL CONSTRAINT commitment_amount_check CHECK (amount > 0),
	currency text NOT NULL DEFAULT 'IDR' CONSTRAINT commitment_currency_check
		CHECK (currency ~ '^[A-Z]{3}$'),
	committed_on date,
	description text,
	CONSTRAINT commitment_partnership_id_key UNIQUE (partnership_id, id),
	CONSTRAINT commitment_member_fkey FOREIGN KEY (partnership_id, partner_id)
		REFERENCES @extschema@.member (partnership_id, partner_id)
);
CREATE INDEX commitment_partnership_idx
	ON @extschema@.commitment (partnership_id, partner_id);
COMMENT ON TABLE @extschema@.commitment IS 'resources (cash or in kind) a member commits to the partnership';
COMMENT ON COLUMN @extschema@.commitment.id IS 'identity of the commitment';
COMMENT ON COLUMN @extschema@.commitment.partnership_id IS 'the partnership';
COMMENT ON COLUMN @extschema@.commitment.partner_id IS 'the committing partner; must be a member of the partnership';
COMMENT ON COLUMN @extschema@.commitment.kind IS 'cash or in_kind';
COMMENT ON COLUMN @extschema@.commitment.amount IS 'committed amount (value, for in-kind), greater than zero';
COMMENT ON COLUMN @extschema@.commitment.currency IS 'ISO 4217 currency code (default IDR)';
COMMENT ON COLUMN @extschema@.commitment.committed_on IS 'day of the commitment';
COMMENT ON COLUMN @extschema@.commitment.description IS 'what is committed';

CREATE TABLE @extschema@.disbursement (
	id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	commitment_id bigint NOT NULL,
	partnership_id bigint NOT NULL,
	amount numeric NOT NULL CONSTRAINT disbursement_amount_check CHECK (amount > 0),
	paid_on date,
	CONSTRAINT disbursement_commitment_fkey FOREIGN KEY (partnership_id, commitment_id)
		REFERENCES @extschema@.commitment (partnership_id, id)
);
CREATE INDEX disbursement_partnership_idx
	ON @extschema@.disbursement (partnership_id, commitment_id);
CREATE INDEX disbursement_commitment_idx ON @extschema@.disbursement (commitment_id);
COMMENT ON TABLE @extschema@.disbursement IS 'payments made against a commitment; their total never exceeds the commitment';
COMMENT ON COLUMN @extschema@.disbursement.id IS 'identity of the disbursement';
COMMENT ON COLUMN @extschema@.disbursement.commitment_id IS 'the commitment paid against';
COMMENT ON COLUMN @extschema@.disbursement.partnership_id IS 'the commitment''s partnership';
COMMENT ON COLUMN @extschema@.disbursement.amount IS 'amount paid, greater than zero, in the commitment''s currency';
COMMENT ON COLUMN @extschema@.disbursement.paid_on IS 'day of payment';

CREATE TABLE @extschema@.indicator (
	id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	partnership_id bigint NOT NULL CONSTRAINT indicator_partnership_fkey
		REFERENCES @extschema@.partnership (id),
	code text NOT NULL,
	name text NOT NULL,
	unit text,
	direction @extschema@.direction NOT NULL DEFAULT 'increase',
	aggregation @extschema@.aggregation NOT NULL DEFAULT 'incremental',
	baseline numeric,
	target numeric,
	target_on date,
	CONSTRAINT indicator_partnership_id_key UNIQUE (partnership_id, id),
	CONSTRAINT indicator_code_key UNIQUE (partnership_id, code)
);
COMMENT ON TABLE @extschema@.indicator IS 'performance indicators of a partnership, with baseline and target';
COMMENT ON COLUMN @extschema@.indicator.id IS 'identity of the indicator';
COMMENT ON COLUMN @extschema@.indicator.partnership_id IS 'the partnership';
COMMENT ON COLUMN @extschema@.indicator.code IS 'code of the indicator, unique within the partnership';
COMMENT ON COLUMN @extschema@.indicator.name IS 'what is measured';
COMMENT ON COLUMN @extschema@.indicator.unit IS 'unit of measurement';
COMMENT ON COLUMN @extschema@.indicator.direction IS 'increase (higher is better) or decrease (lower is better)';
COMMENT ON COLUMN @extschema@.indicator.aggregation IS 'incremental (actual = sum of measurements) or level (actual = latest measurement)';
COMMENT ON COLUMN @extschema@.indicator.baseline IS 'value at the start';
COMMENT ON COLUMN @extschema@.indicator.target IS 'value to reach';
COMMENT ON COLUMN @extschema@.indicator.target_on IS 'day the target should be reached';

CREATE TABLE @extschema@.measurement (
	indicator_id bigint NOT NULL,
	partnership_id bigint NOT NULL,
	period_end date NOT NULL,
	value numeric NOT NULL,
	CONSTRAINT measurement_pkey PRIMARY KEY (indicator_id, period_end),
	CONSTRAINT measurement_indicator_fkey FOREIGN KEY (partnership_id, indicator_id)
		REFERENCES @extschema@.indicator (partnership_id, id) ON DELETE CASCADE
);
CREATE INDEX measurement_partnership_idx
	ON @extschema@.measurement (partnership_id, indicator_id, period_end);
COMMENT ON TABLE @extschema@.measurement IS 'measured values of an indicator, one per period';
COMMENT ON COLUMN @extschema@.measurement.indicator_id IS 'the indicator';
COMMENT ON COLUMN @extschema@.measurement.partnership_id IS 'the indicator''s partnership';
COMMENT ON COLUMN @extschema@.measurement.period_end IS 'last day of the period measured';
COMMENT ON COLUMN @extschema@.measurement.value IS 'measured value';

CREATE TABLE @extschema@.criterion (
	code text PRIMARY KEY CONSTRAINT criterion_code_check CHECK (code ~ '^[a-z][a-z0-9_]*$'),
	dimension @extschema@.dimension NOT NULL,
	weight numeric NOT NULL DEFAULT 1 CONSTRAINT criterion_weight_check CHECK (weight > 0),
	reverse boolean NOT NULL DEFAULT false,
	label_en text NOT NULL,
	label_id text NOT NULL,
	statement_en text NOT NULL,
	statement_id text NOT NULL,
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE @extschema@.criterion IS 'catalogue of evaluation criteria: statements scored 1-5 (strongly disagree to strongly agree) by members (DBA-editable)';
COMMENT ON COLUMN @extschema@.criterion.code IS 'code of the criterion';
COMMENT ON COLUMN @extschema@.criterion.dimension IS 'outcome, process or risk';
COMMENT ON COLUMN @extschema@.criterion.weight IS 'weight in the evaluation index, greater than zero';
COMMENT ON COLUMN @extschema@.criterion.reverse IS 'true when the statement names a problem, so the effective score is 6 - score';
COMMENT ON COLUMN @extschema@.criterion.label_en IS 'short English label';
COMMENT ON COLUMN @extschema@.criterion.label_id IS 'short Indonesian label';
COMMENT ON COLUMN @extschema@.criterion.statement_en IS 'English statement respondents score';
COMMENT ON COLUMN @extschema@.criterion.statement_id IS 'Indonesian statement respondents score';
COMMENT ON COLUMN @extschema@.criterion.builtin IS 'true for an unedited row shipped by the extension (not dumped); set to false automatically when the row is edited';

CREATE TABLE @extschema@.evaluation (
	id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	partnership_id bigint NOT NULL CONSTRAINT evaluation_partnership_fkey
		REFERENCES @extschema@.partnership (id),
	kind @extschema@.evaluation_kind NOT NULL DEFAULT 'monitoring',
	period_end date NOT NULL,
	status @extschema@.evaluation_status NOT NULL DEFAULT 'open',
	CONSTRAINT evaluation_partnership_id_key UNIQUE (partnership_id, id)
);
CREATE INDEX evaluation_partnership_idx
	ON @extschema@.evaluation (partnership_id, period_end);
COMMENT ON TABLE @extschema@.evaluation IS 'evaluations of a partnership; a closed evaluation and its responses are immutable';
COMMENT ON COLUMN @extschema@.evaluation.id IS 'identity of the evaluation';
COMMENT ON COLUMN @extschema@.evaluation.partnership_id IS 'the partnership evaluated';
COMMENT ON COLUMN @extschema@.evaluation.kind IS 'monitoring, midterm or final';
COMMENT ON COLUMN @extschema@.evaluation.period_end IS 'last day of the period evaluated';
COMMENT ON COLUMN @extschema@.evaluation.status IS 'open (collecting responses) or closed (final, immutable)';

CREATE TABLE @extschema@.response (
	evaluation_id bigint NOT NULL,
	partnership_id bigint NOT NULL,
	respondent_id bigint NOT NULL,
	criterion text NOT NULL CONSTRAINT response_criterion_fkey
		REFERENCES @extschema@.criterion (code) ON UPDATE CASCADE,
	score smallint NOT NULL CONSTRAINT response_score_check CHECK (score BETWEEN 1 AND 5),
	comment text,
	CONSTRAINT response_pkey PRIMARY KEY (evaluation_id, respondent_id, criterion),
	CONSTRAINT response_evaluation_fkey FOREIGN KEY (partnership_id, evaluation_id)
		REFERENCES @extschema@.evaluation (partnership_id, id) ON DELETE CASCADE,
	CONSTRAINT response_member_fkey FOREIGN KEY (partnership_id, respondent_id)
		REFERENCES @extschema@.member (partnership_id, partner_id)
);
CREATE INDEX response_partnership_idx
	ON @extschema@.response (partnership_id, evaluation_id, criterion);
CREATE INDEX response_member_idx
	ON @extschema@.response (partnership_id, respondent_id);
CREATE INDEX response_criterion_idx ON @extschema@.response (criterion);
COMMENT ON TABLE @extschema@.response IS 'scores members give to the criteria in an evaluation';
COMMENT ON COLUMN @extschema@.response.evaluation_id IS 'the evaluation';
COMMENT ON COLUMN @extschema@.response.partnership_id IS 'the evaluation''s partnership';
COMMENT ON COLUMN @extschema@.response.respondent_id IS 'the responding partner; must be a member of the partnership';
COMMENT ON COLUMN @extschema@.response.criterion IS 'the criterion scored (criterion.code)';
COMMENT ON COLUMN @extschema@.response.score IS 'agreement with the statement, 1 (strongly disagree) to 5 (strongly agree)';
COMMENT ON COLUMN @extschema@.response.comment IS 'free comment';

CREATE TABLE @extschema@.risk (
	id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	partnership_id bigint NOT NULL CONSTRAINT risk_partnership_fkey
		REFERENCES @extschema@.partnership (id),
	challenge @extschema@.challenge NOT NULL,
	description text,
	likelihood smallint NOT NULL CONSTRAINT risk_likelihood_check CHECK (likelihood BETWEEN 1 AND 5),
	impact smallint NOT NULL CONSTRAINT risk_impact_check CHECK (impact BETWEEN 1 AND 5),
	mitigation text,
	owner_id bigint,
	status @extschema@.risk_status NOT NULL DEFAULT 'open',
	CONSTRAINT risk_owner_member_fkey FOREIGN KEY (partnership_id, owner_id)
		REFERENCES @extschema@.member (partnership_id, partner_id)
);
CREATE INDEX risk_partnership_idx ON @extschema@.risk (partnership_id, owner_id);
COMMENT ON TABLE @extschema@.risk IS 'risk register of a partnership, by the challenges of cross-sector work';
COMMENT ON COLUMN @extschema@.risk.id IS 'identity of the risk';
COMMENT ON COLUMN @extschema@.risk.partnership_id IS 'the partnership';
COMMENT ON COLUMN @extschema@.risk.challenge IS 'cultural_differences, conflict_of_interest, coordination, funding or other';
COMMENT ON COLUMN @extschema@.risk.description IS 'what could go wrong';
COMMENT ON COLUMN @extschema@.risk.likelihood IS 'likelihood, 1 (rare) to 5 (almost certain)';
COMMENT ON COLUMN @extschema@.risk.impact IS 'impact, 1 (negligible) to 5 (severe)';
COMMENT ON COLUMN @extschema@.risk.mitigation IS 'how the risk is mitigated';
COMMENT ON COLUMN @extschema@.risk.owner_id IS 'the member who owns the risk; optional, must be a member of the partnership';
COMMENT ON COLUMN @extschema@.risk.status IS 'open, mitigated or closed';

CREATE TABLE @extschema@.rule (
	code text PRIMARY KEY CONSTRAINT rule_code_check CHECK (code ~ '^[a-z][a-z0-9_]*$'),
	severity @extschema@.severity NOT NULL,
	description_en text NOT NULL,
	description_id text NOT NULL,
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE @extschema@.rule IS 'catalogue of stakeholder and structure rules checked by check() and at activation; a DBA sets each rule''s severity';
COMMENT ON COLUMN @extschema@.rule.code IS 'code of the rule; the constraint name of its violations';
COMMENT ON COLUMN @extschema@.rule.severity IS 'error (enforced), warning (reported) or off (skipped)';
COMMENT ON COLUMN @extschema@.rule.description_en IS 'English description of what the rule requires';
COMMENT ON COLUMN @extschema@.rule.description_id IS 'Indonesian description of what the rule requires';
COMMENT ON COLUMN @extschema@.rule.builtin IS 'true for an unedited row shipped by the extension (not dumped); set to false automatically when the row is edited';

CREATE TABLE @extschema@.audit (
	id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	at timestamptz NOT NULL DEFAULT pg_catalog.now(),
	actor name NOT NULL DEFAULT CURRENT_USER,
	session_actor name NOT NULL DEFAULT SESSION_USER,
	relation text NOT NULL,
	operation text NOT NULL CONSTRAINT audit_operation_check
		CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
	partnership_id bigint,
	row_key jsonb NOT NULL,
	old jsonb,
	new jsonb
);
CREATE INDEX audit_partnership_idx ON @extschema@.audit (partnership_id, at);
COMMENT ON TABLE @extschema@.audit IS 'append-only trail of every INSERT, UPDATE and DELETE on the registry tables; UPDATE, DELETE and TRUNCATE fail';
COMMENT ON COLUMN @extschema@.audit.id IS 'identity of the audit row, in order of writing';
COMMENT ON COLUMN @extschema@.audit.at IS 'start of the transaction that made the change';
COMMENT ON COLUMN @extschema@.audit.actor IS 'current_user when the change was made';
COMMENT ON COLUMN @extschema@.audit.session_actor IS 'session_user when the change was made (the login role)';
COMMENT ON COLUMN @extschema@.audit.relation IS 'table changed (name within the extension schema)';
COMMENT ON COLUMN @extschema@.audit.operation IS 'INSERT, UPDATE or DELETE';
COMMENT ON COLUMN @extschema@.audit.partnership_id IS 'the partnership the row belongs to (NULL for partners and catalogues)';
COMMENT ON COLUMN @extschema@.audit.row_key IS 'primary key of the row changed, as a jsonb object';
COMMENT ON COLUMN @extschema@.audit.old IS 'the row before the change (UPDATE, DELETE)';
COMMENT ON COLUMN @extschema@.audit.new IS 'the row after the change (INSERT, UPDATE)';

/*
 * pg_dump keeps every row of every table, and the identity sequences.
 * Catalogues dump only the rows that are not shipped unedited by the
 * extension (builtin = false): the script re-creates shipped rows, and a
 * DBA's edit clears builtin so that it is dumped; the catalogue merge trigger
 * folds a restored edit onto the shipped row (22_triggers.sql).
 */
SELECT pg_catalog.pg_extension_config_dump('@extschema@.partner', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.partnership', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.member', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.agreement', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.agreement_party', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.agreement_clause', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.activity', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.assignment', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.commitment', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.disbursement', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.indicator', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.measurement', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.evaluation', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.response', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.risk', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.audit', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.clause_kind', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.criterion', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.rule', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.partner_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.partnership_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.agreement_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.agreement_clause_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.activity_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.commitment_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.disbursement_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.indicator_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.evaluation_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.risk_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.audit_id_seq', '');
/* ------------------------------------------------------------------------
 * Preloaded catalogues (SPEC 4, 6).  Rows shipped here carry builtin = true
 * and are not dumped; a DBA's edit turns builtin off so that pg_dump keeps
 * it (see the catalogue triggers in 22_triggers.sql).
 * ------------------------------------------------------------------------
 */

INSERT INTO @extschema@.clause_kind (code, label_en, label_id, required, builtin) VALUES
	('object', 'Object and scope', 'Objek dan ruang lingkup', true, true),
	('rights_obligations', 'Rights and obligations', 'Hak dan kewajiban', true, true),
	('duration', 'Duration', 'Jangka waktu', true, true),
	('funding', 'Funding', 'Pembiayaan', true, true),
	('governance', 'Coordination and decision making', 'Koordinasi dan pengambilan keputusan', true, true),
	('monitoring', 'Monitoring and evaluation', 'Pemantauan dan evaluasi', true, true),
	('dispute_resolution', 'Dispute resolution', 'Penyelesaian perselisihan', true, true),
	('termination', 'Termination', 'Pengakhiran', true, true),
	('force_majeure', 'Force majeure', 'Keadaan memaksa', true, true),
	('confidentiality', 'Confidentiality', 'Kerahasiaan', false, true),
	('asset_ownership', 'Ownership of assets', 'Kepemilikan aset', false, true),
	('reporting', 'Reporting', 'Pelaporan', false, true);

INSERT INTO @extschema@.criterion (code, dimension, weight, reverse, label_en, label_id,
	statement_en, statement_id, builtin) VALUES
	('efficiency_effectiveness', 'outcome', 1, false,
	 'Efficiency and effectiveness', 'Efisiensi dan efektivitas',
	 'By combining resources, expertise and perspectives, the partnership makes the programme and its services more efficient and effective.',
	 'Dengan menggabungkan sumber daya, keahlian, dan perspektif, kemitraan ini meningkatkan efisiensi dan efektivitas program dan layanan.', true),
	('innovation', 'outcome', 1, false,
	 'Innovation', 'Inovasi',
	 'Bringing together people and organisations of diverse backgrounds, the partnership produces new and creative solutions to public problems.',
	 'Dengan menyatukan individu dan organisasi berlatar belakang beragam, kemitraan ini menghasilkan solusi baru dan kreatif untuk masalah publik.', true),
	('accountability', 'outcome', 1, false,
	 'Accountability', 'Akuntabilitas',
	 'Stakeholders from several sectors take part in planning, implementing and evaluating the programme, which makes it more accountable.',
	 'Pemangku kepentingan dari berbagai sektor terlibat dalam perencanaan, implementasi, dan evaluasi program, sehingga akuntabilitas meningkat.', true),
	('public_trust', 'outcome', 1, false,
	 'Public trust', 'Kepercayaan publik',
	 'The partnership shows the public that government works with other organisations to meet the community''s needs, and so builds public trust.',
	 'Kemitraan ini menunjukkan bahwa pemerintah bekerja sama dengan organisasi lain untuk memenuhi kebutuhan masyarakat, sehingga membangun kepercayaan publik.', true),
	('resource_access', 'outcome', 1, false,
	 'Access to resources', 'Akses ke sumber daya',
	 'The partnership gives access to additional resources, such as funding, technical expertise and infrastructure, not available internally.',
	 'Kemitraan ini memberi akses ke sumber daya tambahan, seperti pendanaan, keahlian teknis, dan infrastruktur, yang tidak tersedia dari sumber internal.', true),
	('clear_goals', 'process', 1, false,
	 'Clear goals', 'Tujuan yang jelas',
	 'The partnership has specific, clearly identified goals.',
	 'Kemitraan ini memiliki tujuan spesifik yang teridentifikasi dengan jelas.', true),
	('stakeholder_engagement', 'process', 1, false,
	 'Stakeholder engagement', 'Pelibatan pemangku kepentingan',
	 'Stakeholders from all relevant sectors have been involved since the start of planning.',
	 'Pemangku kepentingan dari semua sektor yang relevan dilibatkan sejak awal proses perencanaan.', true),
	('trust', 'process', 1, false,
	 'Trust', 'Kepercayaan',
	 'Partners trust each other: they communicate openly and honestly and keep their commitments.',
	 'Para mitra saling percaya: berkomunikasi secara terbuka dan jujur, serta memenuhi komitmen.', true),
	('clear_structure', 'process', 1, false,
	 'Clear structure', 'Struktur yang jelas',
	 'The partnership has a clear structure, including roles, responsibilities and decision-making processes.',
	 'Kemitraan ini memiliki struktur yang jelas, termasuk peran, tanggung jawab, dan proses pengambilan keputusan.', true),
	('monitoring_evaluation', 'process', 1, false,
	 'Monitoring and evaluation', 'Pemantauan dan evaluasi',
	 'The partnership is monitored and evaluated regularly to make sure its goals are reached and its challenges dealt with.',
	 'Kemitraan ini dipantau dan dievaluasi secara teratur untuk memastikan tujuan tercapai dan tantangan diatasi.', true),
	('cultural_differences', 'risk', 1, true,
	 'Cultural differences', 'Perbedaan budaya',
	 'Differences in culture and values between partners from different sectors make collaboration difficult.',
	 'Perbedaan budaya dan nilai antara mitra dari sektor yang berbeda mempersulit kolaborasi.', true),
	('conflict_of_interest', 'risk', 1, true,
	 'Conflict of interest', 'Konflik kepentingan',
	 'Partners'' differing goals and priorities cause conflicts of interest.',
	 'Perbedaan tujuan dan prioritas para mitra menyebabkan konflik kepentingan.', true),
	('coordination', 'risk', 1, true,
	 'Lack of coordination', 'Kurangnya koordinasi',
	 'The partnership is complex and hard to coordinate, especially with many partners.',
	 'Kemitraan ini kompleks dan sulit dikoordinasikan, terutama karena melibatkan banyak mitra.', true),
	('funding', 'risk', 1, true,
	 'Funding', 'Pendanaan',
	 'Funding the partnership is difficult because partners have limited resources or different funding priorities.',
	 'Pendanaan kemitraan ini sulit karena mitra memiliki sumber daya terbatas atau prioritas pendanaan yang berbeda.', true);

INSERT INTO @extschema@.rule (code, severity, description_en, description_id, builtin) VALUES
	('has_objectives', 'error',
	 'The partnership has at least one non-blank objective.',
	 'Kemitraan memiliki sekurang-kurangnya satu tujuan yang tidak kosong.', true),
	('cross_sector', 'error',
	 'The current members span two or more sectors.',
	 'Anggota saat ini berasal dari dua sektor atau lebih.', true),
	('government_member', 'error',
	 'At least one current member is a government institution.',
	 'Sekurang-kurangnya satu anggota saat ini adalah instansi pemerintah.', true),
	('single_lead', 'error',
	 'Exactly one current member holds the lead role.',
	 'Tepat satu anggota saat ini memegang peran koordinator.', true),
	('roles_defined', 'error',
	 'Every current member holds at least one role.',
	 'Setiap anggota saat ini memegang sekurang-kurangnya satu peran.', true),
	('evaluator_independent', 'error',
	 'No member holds the evaluator role together with lead, funder, manager or implementer.',
	 'Tidak ada anggota yang memegang peran penilai bersama peran koordinator, penyandang dana, pengelola, atau pelaksana.', true),
	('funder_committed', 'error',
	 'Every member holding the funder role has a commitment with an amount above zero.',
	 'Setiap anggota berperan penyandang dana memiliki komitmen dengan jumlah di atas nol.', true),
	('agreement_in_force', 'error',
	 'A formal partnership has a binding agreement (pks or addendum) in force.',
	 'Kemitraan formal memiliki perjanjian kerja sama (PKS atau adendum) yang berlaku.', true),
	('agreement_covers_members', 'error',
	 'In a formal partnership every current member is a party of the agreement in force, with the same roles and at least one responsibility.',
	 'Pada kemitraan formal setiap anggota saat ini adalah pihak dalam perjanjian yang berlaku, dengan peran yang sama dan sekurang-kurangnya satu tanggung jawab.', true),
	('agreement_clauses', 'error',
	 'In a formal partnership the agreement in force holds every required clause kind.',
	 'Pada kemitraan formal perjanjian yang berlaku memuat setiap jenis klausul wajib.', true),
	('raci_accountable', 'error',
	 'Every open activity has exactly one accountable (A) assignee, and every assignee is a current member.',
	 'Setiap kegiatan yang masih terbuka memiliki tepat satu penanggung jawab (A), dan setiap penerima tugas adalah anggota saat ini.', true),
	('horizon_duration', 'warning',
	 'A strategic partnership runs at least strategic_min_months; an operational one at most operational_max_months.',
	 'Kemitraan strategis berlangsung sekurang-kurangnya strategic_min_months; kemitraan operasional paling lama operational_max_months.', true),
	('agreement_max_duration', 'warning',
	 'An agreement runs at most max_agreement_years.',
	 'Jangka waktu perjanjian paling lama max_agreement_years.', true),
	('evaluator_assigned', 'warning',
	 'An active partnership has a member holding the evaluator role.',
	 'Kemitraan aktif memiliki anggota yang berperan sebagai penilai.', true),
	('evaluation_due', 'warning',
	 'The last closed evaluation (or the start) lies within the partnership''s evaluation interval.',
	 'Evaluasi terakhir yang ditutup (atau tanggal mulai) masih dalam interval evaluasi kemitraan.', true),
	('early_involvement', 'warning',
	 'Every member''s sector was present at the start (joined on or before starts_on).',
	 'Sektor setiap anggota sudah terlibat sejak awal (bergabung paling lambat pada tanggal mulai).', true),
	('agreement_expiring', 'warning',
	 'The agreement in force does not end within expiry_warning_days.',
	 'Perjanjian yang berlaku tidak berakhir dalam expiry_warning_days.', true),
	('risk_unmitigated', 'warning',
	 'No open risk of level high or critical lacks a mitigation.',
	 'Tidak ada risiko terbuka bertingkat tinggi atau kritis yang belum memiliki mitigasi.', true);
/* ------------------------------------------------------------------------
 * The registry''s triggers (SPEC 5), in C.  BEFORE triggers fire in name
 * order, so names carry their order:
 *   p05_merge, p05_agreement   first (merge restored catalogue rows; take the
 *                              partnership lock an agreement needs first)
 *   p10_*                      the lifecycle and the final-partnership guard
 *   p20_*                      row rules of one table
 *   p50-p89                    free for the rules (SPEC 6)
 *   p90_audit_*                AFTER STATEMENT: the audit trail, last
 * ------------------------------------------------------------------------
 */

CREATE FUNCTION @extschema@.partnership_lifecycle_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'partnership_lifecycle_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.partnership_lifecycle_trigger() IS 'partnership status transitions, read-only final partnerships, government owner (BEFORE ROW on partnership)';

CREATE FUNCTION @extschema@.partnership_guard_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'partnership_guard_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.partnership_guard_trigger() IS 'locks the partnership FOR SHARE and refuses changes to the rows of a completed or terminated partnership (BEFORE ROW on child tables)';

CREATE FUNCTION @extschema@.partner_owner_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'partner_owner_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.partner_owner_trigger() IS 'a partner that owns partnerships stays in the government sector (BEFORE UPDATE ROW on partner)';

CREATE FUNCTION @extschema@.agreement_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'agreement_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.agreement_trigger() IS 'agreement status moves, signing checks, addendum supersession, version numbers and immutability of signed agreements (BEFORE ROW on agreement)';

CREATE FUNCTION @extschema@.agreement_part_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'agreement_part_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.agreement_part_trigger() IS 'only a draft agreement''s parties and clauses change (BEFORE ROW on agreement_party, agreement_clause)';

CREATE FUNCTION @extschema@.disbursement_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'disbursement_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.disbursement_trigger() IS 'the disbursements of a commitment never exceed it (BEFORE INSERT OR UPDATE ROW on disbursement)';

CREATE FUNCTION @extschema@.commitment_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'commitment_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.commitment_trigger() IS 'a commitment is never lowered below its disbursements (BEFORE UPDATE ROW on commitment)';

CREATE FUNCTION @extschema@.evaluation_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'evaluation_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.evaluation_trigger() IS 'a closed evaluation is immutable (BEFORE UPDATE OR DELETE ROW on evaluation)';

CREATE FUNCTION @extschema@.response_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'response_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.response_trigger() IS 'the responses of a closed evaluation are immutable (BEFORE ROW on response)';

CREATE FUNCTION @extschema@.audit_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'audit_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.audit_trigger() IS 'writes one audit row per row inserted, updated or deleted (AFTER STATEMENT with transition tables on registry tables; also works FOR EACH ROW)';

CREATE FUNCTION @extschema@.audit_refuse_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'audit_refuse_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.audit_refuse_trigger() IS 'keeps audit append-only (BEFORE UPDATE OR DELETE ROW and BEFORE TRUNCATE on audit)';

CREATE FUNCTION @extschema@.catalogue_edit_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'catalogue_edit_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.catalogue_edit_trigger() IS 'clears builtin when a shipped catalogue row is edited, so pg_dump keeps the edit (BEFORE ROW on catalogues)';

CREATE FUNCTION @extschema@.catalogue_merge_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'catalogue_merge_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.catalogue_merge_trigger() IS 'folds an inserted (restored) row onto the shipped catalogue row of the same code (BEFORE INSERT ROW on catalogues, ENABLE ALWAYS)';

CREATE TRIGGER p10_lifecycle BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.partnership
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partnership_lifecycle_trigger();
COMMENT ON TRIGGER p10_lifecycle ON @extschema@.partnership IS 'partnership status transitions, read-only final partnerships, government owner';
CREATE TRIGGER p10_owner BEFORE UPDATE OF sector ON @extschema@.partner
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partner_owner_trigger();
COMMENT ON TRIGGER p10_owner ON @extschema@.partner IS 'a partner that owns partnerships stays in the government sector';
CREATE TRIGGER p10_guard BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.member
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partnership_guard_trigger();
COMMENT ON TRIGGER p10_guard ON @extschema@.member IS 'locks the partnership FOR SHARE and refuses changes to the rows of a completed or terminated partnership';
CREATE TRIGGER p10_guard BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.agreement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partnership_guard_trigger();
COMMENT ON TRIGGER p10_guard ON @extschema@.agreement IS 'locks the partnership FOR SHARE and refuses changes to the rows of a completed or terminated partnership';
CREATE TRIGGER p10_guard BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.agreement_party
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partnership_guard_trigger();
COMMENT ON TRIGGER p10_guard ON @extschema@.agreement_party IS 'locks the partnership FOR SHARE and refuses changes to the rows of a completed or terminated partnership';
CREATE TRIGGER p10_guard BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.agreement_clause
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partnership_guard_trigger();
COMMENT ON TRIGGER p10_guard ON @extschema@.agreement_clause IS 'locks the partnership FOR SHARE and refuses changes to the rows of a completed or terminated partnership';
CREATE TRIGGER p10_guard BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.activity
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partnership_guard_trigger();
COMMENT ON TRIGGER p10_guard ON @extschema@.activity IS 'locks the partnership FOR SHARE and refuses changes to the rows of a completed or terminated partnership';
CREATE TRIGGER p10_guard BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.assignment
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partnership_guard_trigger();
COMMENT ON TRIGGER p10_guard ON @extschema@.assignment IS 'locks the partnership FOR SHARE and refuses changes to the rows of a completed or terminated partnership';
CREATE TRIGGER p10_guard BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.commitment
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partnership_guard_trigger();
COMMENT ON TRIGGER p10_guard ON @extschema@.commitment IS 'locks the partnership FOR SHARE and refuses changes to the rows of a completed or terminated partnership';
CREATE TRIGGER p10_guard BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.disbursement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partnership_guard_trigger();
COMMENT ON TRIGGER p10_guard ON @extschema@.disbursement IS 'locks the partnership FOR SHARE and refuses changes to the rows of a completed or terminated partnership';
CREATE TRIGGER p10_guard BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.indicator
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partnership_guard_trigger();
COMMENT ON TRIGGER p10_guard ON @extschema@.indicator IS 'locks the partnership FOR SHARE and refuses changes to the rows of a completed or terminated partnership';
CREATE TRIGGER p10_guard BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.measurement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partnership_guard_trigger();
COMMENT ON TRIGGER p10_guard ON @extschema@.measurement IS 'locks the partnership FOR SHARE and refuses changes to the rows of a completed or terminated partnership';
CREATE TRIGGER p10_guard BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.evaluation
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partnership_guard_trigger();
COMMENT ON TRIGGER p10_guard ON @extschema@.evaluation IS 'locks the partnership FOR SHARE and refuses changes to the rows of a completed or terminated partnership';
CREATE TRIGGER p10_guard BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.response
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partnership_guard_trigger();
COMMENT ON TRIGGER p10_guard ON @extschema@.response IS 'locks the partnership FOR SHARE and refuses changes to the rows of a completed or terminated partnership';
CREATE TRIGGER p10_guard BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.risk
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partnership_guard_trigger();
COMMENT ON TRIGGER p10_guard ON @extschema@.risk IS 'locks the partnership FOR SHARE and refuses changes to the rows of a completed or terminated partnership';
CREATE TRIGGER p05_agreement BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.agreement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.agreement_trigger();
COMMENT ON TRIGGER p05_agreement ON @extschema@.agreement IS 'agreement status moves, signing checks, addendum supersession, version numbers and immutability of signed agreements';
CREATE TRIGGER p20_agreement_part BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.agreement_party
	FOR EACH ROW EXECUTE FUNCTION @extschema@.agreement_part_trigger();
COMMENT ON TRIGGER p20_agreement_part ON @extschema@.agreement_party IS 'only a draft agreement''s parties and clauses change';
CREATE TRIGGER p20_agreement_part BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.agreement_clause
	FOR EACH ROW EXECUTE FUNCTION @extschema@.agreement_part_trigger();
COMMENT ON TRIGGER p20_agreement_part ON @extschema@.agreement_clause IS 'only a draft agreement''s parties and clauses change';
CREATE TRIGGER p20_disbursement BEFORE INSERT OR UPDATE ON @extschema@.disbursement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.disbursement_trigger();
COMMENT ON TRIGGER p20_disbursement ON @extschema@.disbursement IS 'the disbursements of a commitment never exceed it';
CREATE TRIGGER p20_commitment BEFORE UPDATE ON @extschema@.commitment
	FOR EACH ROW EXECUTE FUNCTION @extschema@.commitment_trigger();
COMMENT ON TRIGGER p20_commitment ON @extschema@.commitment IS 'a commitment is never lowered below its disbursements';
CREATE TRIGGER p20_evaluation BEFORE UPDATE OR DELETE ON @extschema@.evaluation
	FOR EACH ROW EXECUTE FUNCTION @extschema@.evaluation_trigger();
COMMENT ON TRIGGER p20_evaluation ON @extschema@.evaluation IS 'a closed evaluation is immutable';
CREATE TRIGGER p20_response BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.response
	FOR EACH ROW EXECUTE FUNCTION @extschema@.response_trigger();
COMMENT ON TRIGGER p20_response ON @extschema@.response IS 'the responses of a closed evaluation are immutable';
CREATE TRIGGER p05_merge BEFORE INSERT ON @extschema@.clause_kind
	FOR EACH ROW EXECUTE FUNCTION @extschema@.catalogue_merge_trigger();
COMMENT ON TRIGGER p05_merge ON @extschema@.clause_kind IS 'folds an inserted';
ALTER TABLE @extschema@.clause_kind ENABLE ALWAYS TRIGGER p05_merge;
CREATE TRIGGER p10_builtin BEFORE INSERT OR UPDATE ON @extschema@.clause_kind
	FOR EACH ROW EXECUTE FUNCTION @extschema@.catalogue_edit_trigger();
COMMENT ON TRIGGER p10_builtin ON @extschema@.clause_kind IS 'clears builtin when a shipped catalogue row is edited, so pg_dump keeps the edit';
CREATE TRIGGER p05_merge BEFORE INSERT ON @extschema@.criterion
	FOR EACH ROW EXECUTE FUNCTION @extschema@.catalogue_merge_trigger();
COMMENT ON TRIGGER p05_merge ON @extschema@.criterion IS 'folds an inserted';
ALTER TABLE @extschema@.criterion ENABLE ALWAYS TRIGGER p05_merge;
CREATE TRIGGER p10_builtin BEFORE INSERT OR UPDATE ON @extschema@.criterion
	FOR EACH ROW EXECUTE FUNCTION @extschema@.catalogue_edit_trigger();
COMMENT ON TRIGGER p10_builtin ON @extschema@.criterion IS 'clears builtin when a shipped catalogue row is edited, so pg_dump keeps the edit';
CREATE TRIGGER p05_merge BEFORE INSERT ON @extschema@.rule
	FOR EACH ROW EXECUTE FUNCTION @extschema@.catalogue_merge_trigger();
COMMENT ON TRIGGER p05_merge ON @extschema@.rule IS 'folds an inserted';
ALTER TABLE @extschema@.rule ENABLE ALWAYS TRIGGER p05_merge;
CREATE TRIGGER p10_builtin BEFORE INSERT OR UPDATE ON @extschema@.rule
	FOR EACH ROW EXECUTE FUNCTION @extschema@.catalogue_edit_trigger();
COMMENT ON TRIGGER p10_builtin ON @extschema@.rule IS 'clears builtin when a shipped catalogue row is edited, so pg_dump keeps the edit';
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.partner
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.partner IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.partner
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.partner IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.partner
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.partner IS 'writes one audit row per deleted row';
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.partnership
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.partnership IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.partnership
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.partnership IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.partnership
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.partnership IS 'writes one audit row per deleted row';
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.member
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.member IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.member
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.member IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.member
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.member IS 'writes one audit row per deleted row';
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.agreement
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.agreement IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.agreement
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.agreement IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.agreement
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.agreement IS 'writes one audit row per deleted row';
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.agreement_party
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.agreement_party IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.agreement_party
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.agreement_party IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.agreement_party
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.agreement_party IS 'writes one audit row per deleted row';
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.agreement_clause
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.agreement_clause IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.agreement_clause
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.agreement_clause IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.agreement_clause
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.agreement_clause IS 'writes one audit row per deleted row';
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.activity
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.activity IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.activity
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.activity IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.activity
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.activity IS 'writes one audit row per deleted row';
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.assignment
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.assignment IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.assignment
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.assignment IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.assignment
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.assignment IS 'writes one audit row per deleted row';
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.commitment
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.commitment IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.commitment
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.commitment IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.commitment
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.commitment IS 'writes one audit row per deleted row';
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.disbursement
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.disbursement IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.disbursement
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.disbursement IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.disbursement
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.disbursement IS 'writes one audit row per deleted row';
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.indicator
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.indicator IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.indicator
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.indicator IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.indicator
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.indicator IS 'writes one audit row per deleted row';
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.measurement
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.measurement IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.measurement
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.measurement IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.measurement
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.measurement IS 'writes one audit row per deleted row';
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.evaluation
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.evaluation IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.evaluation
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.evaluation IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.evaluation
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.evaluation IS 'writes one audit row per deleted row';
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.response
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.response IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.response
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.response IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.response
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.response IS 'writes one audit row per deleted row';
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.risk
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.risk IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.risk
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.risk IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.risk
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.risk IS 'writes one audit row per deleted row';
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.clause_kind
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.clause_kind IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.clause_kind
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.clause_kind IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.clause_kind
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.clause_kind IS 'writes one audit row per deleted row';
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.criterion
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.criterion IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.criterion
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.criterion IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.criterion
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.criterion IS 'writes one audit row per deleted row';
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.rule
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.rule IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.rule
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.rule IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.rule
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.rule IS 'writes one audit row per deleted row';
CREATE TRIGGER p10_append_only BEFORE UPDATE OR DELETE ON @extschema@.audit
	FOR EACH ROW EXECUTE FUNCTION @extschema@.audit_refuse_trigger();
COMMENT ON TRIGGER p10_append_only ON @extschema@.audit IS 'keeps audit append-only';
CREATE TRIGGER p10_append_only_truncate BEFORE TRUNCATE ON @extschema@.audit
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_refuse_trigger();
COMMENT ON TRIGGER p10_append_only_truncate ON @extschema@.audit IS 'keeps audit append-only';

/* ------------------------------------------------------------------------
 * Members' dates inside the partnership's (SPEC 5): nobody joins after the
 * end.  Checked from the member side and from the partnership side (an
 * earlier ends_on), both reporting constraint member_dates_within_partnership.
 * ------------------------------------------------------------------------
 */

CREATE FUNCTION @extschema@.member_dates_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'member_dates_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.member_dates_trigger() IS 'a member''s joined_on is not after its partnership''s ends_on (BEFORE ROW on member)';

CREATE FUNCTION @extschema@.partnership_dates_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'partnership_dates_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.partnership_dates_trigger() IS 'a partnership''s new ends_on is not before any member''s joined_on (BEFORE UPDATE ROW on partnership)';

CREATE TRIGGER p20_dates BEFORE INSERT OR UPDATE OF joined_on, partnership_id ON @extschema@.member
	FOR EACH ROW EXECUTE FUNCTION @extschema@.member_dates_trigger();
COMMENT ON TRIGGER p20_dates ON @extschema@.member IS 'joined_on is not after the partnership''s ends_on';
CREATE TRIGGER p20_dates BEFORE UPDATE OF ends_on ON @extschema@.partnership
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partnership_dates_trigger();
COMMENT ON TRIGGER p20_dates ON @extschema@.partnership IS 'the new ends_on is not before any member''s joined_on';
/* ------------------------------------------------------------------------
 * Stakeholder and structure rules (SPEC 6): the threshold settings,
 * check(), and their enforcement at activation and at commit.
 * See doc/rules.md.
 * ------------------------------------------------------------------------
 */

/*
 * Thresholds the rules (and the scoring) read, set once per database by a
 * DBA.  Like the catalogues, shipped rows carry builtin = true and are not
 * dumped; an edit clears builtin, so pg_dump keeps it, and on restore the
 * merge trigger folds it onto the row CREATE EXTENSION re-created.
 */
CREATE TABLE @extschema@.setting (
	name text PRIMARY KEY
		CONSTRAINT setting_name_check CHECK (name IN ('strategic_min_months',
			'operational_max_months', 'max_agreement_years', 'expiry_warning_days',
			'evaluation_interval_months', 'gap_threshold', 'min_respondents')),
	value numeric NOT NULL,
	unit text NOT NULL DEFAULT '',
	default_value numeric,
	description_en text NOT NULL,
	description_id text NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	CONSTRAINT setting_value_check CHECK (CASE name
		WHEN 'gap_threshold' THEN value > 0 AND value <= 4
		ELSE value >= 1 AND value <= 100000 AND value = pg_catalog.trunc(value) END)
);
COMMENT ON TABLE @extschema@.setting IS 'thresholds of the rules and the scoring, set once per database by a DBA (UPDATE the value); kept by pg_dump';
COMMENT ON COLUMN @extschema@.setting.name IS 'name of the setting';
COMMENT ON COLUMN @extschema@.setting.value IS 'current value (whole numbers except gap_threshold)';
COMMENT ON COLUMN @extschema@.setting.unit IS 'unit of the value (months, years, days, points, respondents)';
COMMENT ON COLUMN @extschema@.setting.default_value IS 'value shipped by the extension, for reference';
COMMENT ON COLUMN @extschema@.setting.description_en IS 'what the setting controls, in English';
COMMENT ON COLUMN @extschema@.setting.description_id IS 'what the setting controls, in Indonesian';
COMMENT ON COLUMN @extschema@.setting.builtin IS 'true for an unedited row shipped by the extension (not dumped); set to false automatically when the row is edited';

INSERT INTO @extschema@.setting (name, value, unit, default_value, description_en, description_id, builtin) VALUES
	('strategic_min_months', 36, 'months', 36,
	 'Shortest run of a strategic partnership (rule horizon_duration).',
	 'Jangka waktu terpendek kemitraan strategis (aturan horizon_duration).', true),
	('operational_max_months', 12, 'months', 12,
	 'Longest run of an operational partnership (rule horizon_duration).',
	 'Jangka waktu terpanjang kemitraan operasional (aturan horizon_duration).', true),
	('max_agreement_years', 5, 'years', 5,
	 'Longest run of an agreement (rule agreement_max_duration).',
	 'Jangka waktu terpanjang sebuah perjanjian (aturan agreement_max_duration).', true),
	('expiry_warning_days', 90, 'days', 90,
	 'Warn this many days before the agreement in force ends (rule agreement_expiring).',
	 'Peringatkan sekian hari sebelum perjanjian yang berlaku berakhir (aturan agreement_expiring).', true),
	('evaluation_interval_months', 6, 'months', 6,
	 'Default evaluation interval of a new partnership (rule evaluation_due).',
	 'Selang evaluasi bawaan untuk kemitraan baru (aturan evaluation_due).', true),
	('gap_threshold', 1.5, 'points', 1.5,
	 'Perception gap between sectors from which a criterion is flagged divergent.',
	 'Kesenjangan persepsi antarsektor yang membuat sebuah kriteria ditandai divergen.', true),
	('min_respondents', 3, 'respondents', 3,
	 'Respondents an evaluation needs (from at least two sectors) to be sufficient.',
	 'Jumlah responden (dari sekurang-kurangnya dua sektor) agar sebuah evaluasi memadai.', true);

SELECT pg_catalog.pg_extension_config_dump('@extschema@.setting', 'WHERE NOT builtin');

CREATE FUNCTION @extschema@.setting_merge()
	RETURNS trigger AS 'MODULE_PATHNAME', 'partnership_setting_merge'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.setting_merge() IS 'trigger on setting: an edit clears builtin; an INSERT of an existing name (a restored edit) updates that row instead';

CREATE TRIGGER p05_merge BEFORE INSERT OR UPDATE ON @extschema@.setting
	FOR EACH ROW EXECUTE FUNCTION @extschema@.setting_merge();
COMMENT ON TRIGGER p05_merge ON @extschema@.setting IS 'clears builtin when a shipped setting is edited (so pg_dump keeps the edit) and folds an inserted existing name (a restored edit) onto the shipped row';
ALTER TABLE @extschema@.setting ENABLE ALWAYS TRIGGER p05_merge;
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.setting
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.setting IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.setting
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.setting IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.setting
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.setting IS 'writes one audit row per deleted row';

/*
 * Enforcement keeps a copy of the rule severities and the thresholds per
 * session (src/rules.c); a change to either table tells every session to
 * read them again.  Row triggers, ENABLE ALWAYS: a logical replication
 * apply worker fires row triggers only.
 */
CREATE FUNCTION @extschema@.rules_catalogue_changed()
	RETURNS trigger AS 'MODULE_PATHNAME', 'rules_catalogue_changed'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.rules_catalogue_changed() IS 'trigger on rule and setting: every session reads the severities and thresholds again (its cached copy is invalidated)';
CREATE TRIGGER p80_rules_cache AFTER INSERT OR UPDATE OR DELETE ON @extschema@.rule
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_catalogue_changed();
COMMENT ON TRIGGER p80_rules_cache ON @extschema@.rule IS 'makes every session read the rule severities again after a change';
ALTER TABLE @extschema@.rule ENABLE ALWAYS TRIGGER p80_rules_cache;
CREATE TRIGGER p80_rules_cache_truncate AFTER TRUNCATE ON @extschema@.rule
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.rules_catalogue_changed();
COMMENT ON TRIGGER p80_rules_cache_truncate ON @extschema@.rule IS 'makes every session read the rule severities again after a TRUNCATE';
ALTER TABLE @extschema@.rule ENABLE ALWAYS TRIGGER p80_rules_cache_truncate;
CREATE TRIGGER p80_rules_cache AFTER INSERT OR UPDATE OR DELETE ON @extschema@.setting
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_catalogue_changed();
COMMENT ON TRIGGER p80_rules_cache ON @extschema@.setting IS 'makes every session read the thresholds again after a change';
ALTER TABLE @extschema@.setting ENABLE ALWAYS TRIGGER p80_rules_cache;
CREATE TRIGGER p80_rules_cache_truncate AFTER TRUNCATE ON @extschema@.setting
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.rules_catalogue_changed();
COMMENT ON TRIGGER p80_rules_cache_truncate ON @extschema@.setting IS 'makes every session read the thresholds again after a TRUNCATE';
ALTER TABLE @extschema@.setting ENABLE ALWAYS TRIGGER p80_rules_cache_truncate;

CREATE FUNCTION @extschema@.setting(name text)
	RETURNS numeric
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS 'SELECT s.value FROM @extschema@.setting s WHERE s.name = $1';
COMMENT ON FUNCTION @extschema@.setting(text) IS 'current value of a threshold setting (NULL for an unknown name)';

/* The default evaluation interval of a new partnership follows the setting. */
ALTER TABLE @extschema@.partnership ALTER COLUMN evaluation_interval
	SET DEFAULT pg_catalog.make_interval(months =>
		COALESCE(@extschema@.setting('evaluation_interval_months'), 6)::integer);

/* ------------------------------------------------------------------------
 * check()
 * ------------------------------------------------------------------------
 */

CREATE FUNCTION @extschema@.check(partnership_id bigint)
	RETURNS TABLE (rule text, severity text, message text, detail jsonb)
	AS 'MODULE_PATHNAME', 'partnership_check'
	LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION @extschema@.check(bigint) IS 'every current violation of the rule catalogue (error and warning rules) for one partnership, with a message in the language of partnership.language and a jsonb detail naming the offending members, agreements, activities or risks';

/* ------------------------------------------------------------------------
 * Enforcement
 * ------------------------------------------------------------------------
 */

CREATE FUNCTION @extschema@.rules_activation()
	RETURNS trigger AS 'MODULE_PATHNAME', 'partnership_rules_activation'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.rules_activation() IS 'trigger on partnership: a move into active fails with 23514 when an error rule fails (constraint name = the first failing rule)';

CREATE FUNCTION @extschema@.rules_deferred()
	RETURNS trigger AS 'MODULE_PATHNAME', 'partnership_rules_deferred'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.rules_deferred() IS 'deferred constraint trigger: at commit, re-checks an active partnership whose rows changed, once per transaction; fails with 23514 when an error rule fails';

CREATE FUNCTION @extschema@.rules_partner_deferred()
	RETURNS trigger AS 'MODULE_PATHNAME', 'partnership_rules_partner_deferred'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.rules_partner_deferred() IS 'deferred constraint trigger on partner: a new sector re-checks, at commit, every active partnership the partner is a member of';

CREATE FUNCTION @extschema@.enforcement_checks()
	RETURNS bigint AS 'MODULE_PATHNAME', 'partnership_enforcement_checks'
	LANGUAGE C VOLATILE STRICT PARALLEL RESTRICTED;
COMMENT ON FUNCTION @extschema@.enforcement_checks() IS 'diagnostics: number of rule checks the enforcement triggers ran in this session';

CREATE TRIGGER rules_activation AFTER UPDATE ON @extschema@.partnership
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_activation('id');

CREATE CONSTRAINT TRIGGER rules_enforce AFTER INSERT OR UPDATE ON @extschema@.partnership
	DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_deferred('id');

CREATE CONSTRAINT TRIGGER rules_enforce AFTER INSERT OR UPDATE OR DELETE ON @extschema@.member
	DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_deferred('partnership_id');

CREATE CONSTRAINT TRIGGER rules_enforce AFTER INSERT OR UPDATE OR DELETE ON @extschema@.agreement
	DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_deferred('partnership_id');

CREATE CONSTRAINT TRIGGER rules_enforce AFTER INSERT OR UPDATE OR DELETE ON @extschema@.agreement_party
	DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_deferred('partnership_id');

CREATE CONSTRAINT TRIGGER rules_enforce AFTER INSERT OR UPDATE OR DELETE ON @extschema@.agreement_clause
	DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_deferred('partnership_id');

CREATE CONSTRAINT TRIGGER rules_enforce AFTER INSERT OR UPDATE OR DELETE ON @extschema@.commitment
	DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_deferred('partnership_id');

CREATE CONSTRAINT TRIGGER rules_enforce AFTER INSERT OR UPDATE OR DELETE ON @extschema@.activity
	DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_deferred('partnership_id');

CREATE CONSTRAINT TRIGGER rules_enforce AFTER INSERT OR UPDATE OR DELETE ON @extschema@.assignment
	DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_deferred('partnership_id');

CREATE CONSTRAINT TRIGGER rules_enforce AFTER UPDATE OF sector ON @extschema@.partner
	DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_partner_deferred('id');

COMMENT ON TRIGGER rules_activation ON @extschema@.partnership IS 'a move into active fails with 23514 when an error rule fails (constraint name = the first failing rule)';
COMMENT ON TRIGGER rules_enforce ON @extschema@.partnership IS 'at commit, re-checks an active partnership whose row changed (once per transaction)';
COMMENT ON TRIGGER rules_enforce ON @extschema@.member IS 'at commit, re-checks the active partnership of a changed member (once per transaction)';
COMMENT ON TRIGGER rules_enforce ON @extschema@.agreement IS 'at commit, re-checks the active partnership of a changed agreement (once per transaction)';
COMMENT ON TRIGGER rules_enforce ON @extschema@.agreement_party IS 'at commit, re-checks the active partnership of a changed agreement party (once per transaction)';
COMMENT ON TRIGGER rules_enforce ON @extschema@.agreement_clause IS 'at commit, re-checks the active partnership of a changed agreement clause (once per transaction)';
COMMENT ON TRIGGER rules_enforce ON @extschema@.commitment IS 'at commit, re-checks the active partnership of a changed commitment (once per transaction)';
COMMENT ON TRIGGER rules_enforce ON @extschema@.activity IS 'at commit, re-checks the active partnership of a changed activity (once per transaction)';
COMMENT ON TRIGGER rules_enforce ON @extschema@.assignment IS 'at commit, re-checks the active partnership of a changed assignment (once per transaction)';
COMMENT ON TRIGGER rules_enforce ON @extschema@.partner IS 'at commit, re-checks every active partnership of a partner whose sector changed';

/* ------------------------------------------------------------------------
 * Scoring (SPEC section 7): the likert() aggregate and the functions that
 * grade, band and rate plain values.  See doc/scoring.md.
 * ------------------------------------------------------------------------
 */

CREATE TYPE @extschema@.likert_summary AS (
	n pg_catalog.int8,
	mean pg_catalog.numeric,
	balanced_mean pg_catalog.numeric,
	gap pg_catalog.numeric,
	sectors @extschema@.sectorset,
	index pg_catalog.numeric,
	status pg_catalog.text
);
COMMENT ON TYPE @extschema@.likert_summary IS 'result of likert(): an exact, sector-balanced summary of 1-5 agreement scores';
COMMENT ON COLUMN @extschema@.likert_summary.n IS 'number of scores counted (NULL scores are skipped)';
COMMENT ON COLUMN @extschema@.likert_summary.mean IS 'plain mean of all scores, 4 decimals';
COMMENT ON COLUMN @extschema@.likert_summary.balanced_mean IS 'mean of the per-sector means over the responding sectors, so every sector weighs the same; 4 decimals';
COMMENT ON COLUMN @extschema@.likert_summary.gap IS 'perception gap: highest minus lowest per-sector mean (0 with one sector), 4 decimals';
COMMENT ON COLUMN @extschema@.likert_summary.sectors IS 'the responding sectors';
COMMENT ON COLUMN @extschema@.likert_summary.index IS 'index (balanced_mean - 1) / 4 * 100, 0 to 100, 2 decimals';
COMMENT ON COLUMN @extschema@.likert_summary.status IS 'Wilder band of the exact balanced mean: strength (>= 4.0), borderline (3.0 to < 4.0), concern (< 3.0)';

-- The aggregate's support functions (internal state: respondents and score sums per sector).
CREATE FUNCTION @extschema@.likert_transfn(pg_catalog.internal, pg_catalog.int2, @extschema@.sector)
	RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'likert_transfn'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.likert_transfn(pg_catalog.internal, pg_catalog.int2, @extschema@.sector, pg_catalog.bool)
	RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'likert_transfn'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.likert_combinefn(pg_catalog.internal, pg_catalog.internal)
	RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'likert_combinefn'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.likert_serializefn(pg_catalog.internal)
	RETURNS pg_catalog.bytea AS 'MODULE_PATHNAME', 'likert_serializefn'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.likert_deserializefn(pg_catalog.bytea, pg_catalog.internal)
	RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'likert_deserializefn'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.likert_finalfn(pg_catalog.internal)
	RETURNS @extschema@.likert_summary AS 'MODULE_PATHNAME', 'likert_finalfn'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.likert_transfn(pg_catalog.internal, pg_catalog.int2, @extschema@.sector) IS 'transition function of likert(score, sector): count one response';
COMMENT ON FUNCTION @extschema@.likert_transfn(pg_catalog.internal, pg_catalog.int2, @extschema@.sector, pg_catalog.bool) IS 'transition function of likert(score, sector, reverse): count one response, as 6 - score when reverse';
COMMENT ON FUNCTION @extschema@.likert_combinefn(pg_catalog.internal, pg_catalog.internal) IS 'combine function of likert(): add two partial states';
COMMENT ON FUNCTION @extschema@.likert_serializefn(pg_catalog.internal) IS 'serialize function of likert(): state to bytea for parallel workers';
COMMENT ON FUNCTION @extschema@.likert_deserializefn(pg_catalog.bytea, pg_catalog.internal) IS 'deserialize function of likert(): bytea to state';
COMMENT ON FUNCTION @extschema@.likert_finalfn(pg_catalog.internal) IS 'final function of likert(): the exact summary of the counted responses';

CREATE AGGREGATE @extschema@.likert(pg_catalog.int2, @extschema@.sector) (
	SFUNC = @extschema@.likert_transfn,
	STYPE = pg_catalog.internal,
	SSPACE = 112,
	FINALFUNC = @extschema@.likert_finalfn,
	COMBINEFUNC = @extschema@.likert_combinefn,
	SERIALFUNC = @extschema@.likert_serializefn,
	DESERIALFUNC = @extschema@.likert_deserializefn,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.likert(pg_catalog.int2, @extschema@.sector) IS 'exact sector-balanced summary of 1-5 agreement scores: n, mean, balanced_mean, gap, sectors, index, status; NULL scores skipped, NULL sector or a score outside 1-5 an error';

CREATE AGGREGATE @extschema@.likert(pg_catalog.int2, @extschema@.sector, pg_catalog.bool) (
	SFUNC = @extschema@.likert_transfn,
	STYPE = pg_catalog.internal,
	SSPACE = 112,
	FINALFUNC = @extschema@.likert_finalfn,
	COMBINEFUNC = @extschema@.likert_combinefn,
	SERIALFUNC = @extschema@.likert_serializefn,
	DESERIALFUNC = @extschema@.likert_deserializefn,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.likert(pg_catalog.int2, @extschema@.sector, pg_catalog.bool) IS 'likert(score, sector) for criteria that may be phrased as problems: counts 6 - score when reverse is true';

-- Grades and bands.
CREATE FUNCTION @extschema@.grade(index pg_catalog.numeric)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'scoring_grade'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.grade(pg_catalog.numeric) IS 'SAKIP grade of an index 0-100, lower bounds exclusive: AA > 90, A > 80, BB > 70, B > 60, CC > 50, C > 30, D';

CREATE FUNCTION @extschema@.grade_label(index pg_catalog.numeric, lang pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'scoring_grade_label'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.grade_label(pg_catalog.numeric, pg_catalog.text) IS 'label of the SAKIP grade of an index in a language: ''id'' (Sangat Memuaskan ... Sangat Kurang) or ''en'' (Excellent ... Very poor)';

CREATE FUNCTION @extschema@.grade_label(index pg_catalog.numeric)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'scoring_grade_label_default'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.grade_label(pg_catalog.numeric) IS 'label of the SAKIP grade of an index in the language of setting partnership.language';

CREATE FUNCTION @extschema@.factor_status(mean pg_catalog.numeric)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'scoring_factor_status'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.factor_status(pg_catalog.numeric) IS 'Wilder band of a 1-5 mean: strength (>= 4.0), borderline (3.0 to < 4.0), concern (< 3.0)';

-- Indicators.
CREATE FUNCTION @extschema@.achievement(baseline pg_catalog.numeric, target pg_catalog.numeric, actual pg_catalog.numeric, direction @extschema@.direction)
	RETURNS pg_catalog.numeric AS 'MODULE_PATHNAME', 'scoring_achievement'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.achievement(pg_catalog.numeric, pg_catalog.numeric, pg_catalog.numeric, @extschema@.direction) IS 'percent of target achieved, uncapped, 2 decimals: increase actual/target*100, decrease (2*target-actual)/target*100; target 0: 100 when actual is on the target''s good side (>= 0 increase, <= 0 decrease), else 0; baseline unused and may be NULL';

CREATE FUNCTION @extschema@.progress(baseline pg_catalog.numeric, target pg_catalog.numeric, actual pg_catalog.numeric)
	RETURNS pg_catalog.numeric AS 'MODULE_PATHNAME', 'scoring_progress'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.progress(pg_catalog.numeric, pg_catalog.numeric, pg_catalog.numeric) IS 'percent of the way from baseline to target covered, (actual-baseline)/(target-baseline)*100, uncapped, 2 decimals; NULL when target = baseline';

-- Risks and stakeholders.
CREATE FUNCTION @extschema@.risk_level(likelihood pg_catalog.int4, impact pg_catalog.int4)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'scoring_risk_level'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.risk_level(pg_catalog.int4, pg_catalog.int4) IS 'level of a risk rated 1-5 on likelihood and impact: rating likelihood*impact low <= 4, medium 5-9, high 10-16, critical >= 20';

CREATE FUNCTION @extschema@.stakeholder_quadrant(influence pg_catalog.int4, interest pg_catalog.int4)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'scoring_stakeholder_quadrant'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.stakeholder_quadrant(pg_catalog.int4, pg_catalog.int4) IS 'Mendelow quadrant of a stakeholder rated 1-5 (high = 4 or 5): manage_closely (both high), keep_satisfied (influence), keep_informed (interest), monitor';

/* ------------------------------------------------------------------------
 * Scoring of the registry (SPEC section 7): one evaluation's criteria,
 * dimensions and overall result, and one indicator's actual, achievement
 * and progress.  Needs the registry tables (20_registry.sql) and the
 * settings table (30_rules.sql: gap_threshold, min_respondents; the
 * defaults 1.5 and 3 apply when a row is missing).  See doc/scoring.md.
 *
 * Every function reads one evaluation's or one indicator's rows through
 * their keys (response_pkey, measurement_pkey), so its cost does not grow
 * with the registry.  They are SECURITY INVOKER: row-level security and
 * the caller's grants hold.
 * ------------------------------------------------------------------------
 */

CREATE FUNCTION @extschema@.evaluation_criteria(evaluation_id pg_catalog.int8)
	RETURNS TABLE (
		criterion pg_catalog.text,
		dimension @extschema@.dimension,
		weight pg_catalog.numeric,
		reverse pg_catalog.bool,
		n pg_catalog.int8,
		mean pg_catalog.numeric,
		balanced_mean pg_catalog.numeric,
		gap pg_catalog.numeric,
		divergent pg_catalog.bool,
		sectors @extschema@.sectorset,
		index pg_catalog.numeric,
		status pg_catalog.text
	)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT c.code, c.dimension, c.weight, c.reverse,
		   (s.l).n, (s.l).mean, (s.l).balanced_mean, (s.l).gap,
		   (s.l).gap >= coalesce((SELECT t.value FROM @extschema@.setting t
								  WHERE t.name = 'gap_threshold'), 1.5),
		   (s.l).sectors, (s.l).index, (s.l).status
	FROM (SELECT r.criterion,
				 @extschema@.likert(r.score, p.sector, c.reverse) AS l
		  FROM @extschema@.response r
		  JOIN @extschema@.criterion c ON c.code = r.criterion
		  JOIN @extschema@.partner p ON p.id = r.respondent_id
		  WHERE r.evaluation_id = $1
		  GROUP BY r.criterion) s
	JOIN @extschema@.criterion c ON c.code = s.criterion
	ORDER BY c.dimension, c.code
$$;
COMMENT ON FUNCTION @extschema@.evaluation_criteria(pg_catalog.int8) IS 'per criterion answered in one evaluation: likert() summary of its scores (reverse criteria scored 6 - score), divergent when gap >= setting gap_threshold (1.5)';

CREATE FUNCTION @extschema@.evaluation_dimensions(evaluation_id pg_catalog.int8)
	RETURNS TABLE (
		dimension @extschema@.dimension,
		criteria pg_catalog.int4,
		index pg_catalog.numeric,
		grade pg_catalog.text,
		status pg_catalog.text
	)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT x.dimension, x.criteria, x.index, @extschema@.grade(x.index),
		   @extschema@.factor_status(x.index / 25 + 1)
	FROM (SELECT c.dimension, count(*)::int4 AS criteria,
				 round(sum(c.weight * c.index) / sum(c.weight), 2) AS index
		  FROM @extschema@.evaluation_criteria($1) c
		  GROUP BY c.dimension) x
	ORDER BY x.dimension
$$;
COMMENT ON FUNCTION @extschema@.evaluation_dimensions(pg_catalog.int8) IS 'per dimension (outcome, process, risk) of one evaluation: weighted mean of its criteria''s indexes (weights from criterion), SAKIP grade, and the Wilder band of the matching mean (index / 25 + 1)';

CREATE FUNCTION @extschema@.evaluation_result(evaluation_id pg_catalog.int8)
	RETURNS TABLE (
		criteria pg_catalog.int4,
		index pg_catalog.numeric,
		grade pg_catalog.text,
		respondents pg_catalog.int8,
		sectors @extschema@.sectorset,
		sufficient pg_catalog.bool
	)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT c.criteria, c.index, @extschema@.grade(c.index),
		   w.respondents, w.sectors,
		   w.respondents >= coalesce((SELECT t.value FROM @extschema@.setting t
									  WHERE t.name = 'min_respondents'), 3)
		   AND @extschema@.cardinality(w.sectors) >= 2
	FROM @extschema@.evaluation e
	CROSS JOIN LATERAL (
		SELECT count(*)::int4 AS criteria,
			   round(sum(k.weight * k.index) / sum(k.weight), 2) AS index
		FROM @extschema@.evaluation_criteria(e.id) k) c
	CROSS JOIN LATERAL (
		SELECT count(*) AS respondents,
			   coalesce(@extschema@.sectors(p.sector), '{}') AS sectors
		FROM (SELECT DISTINCT r.respondent_id FROM @extschema@.response r
			  WHERE r.evaluation_id = e.id) d
		JOIN @extschema@.partner p ON p.id = d.respondent_id) w
	WHERE e.id = $1
$$;
COMMENT ON FUNCTION @extschema@.evaluation_result(pg_catalog.int8) IS 'overall result of one evaluation (no row when it does not exist): weighted mean of its criteria''s indexes, SAKIP grade, respondents and their sectors, and sufficient when at least setting min_respondents (3) respondents from at least two sectors answered';

CREATE FUNCTION @extschema@.indicator_result(indicator_id pg_catalog.int8)
	RETURNS TABLE (
		actual pg_catalog.numeric,
		measurements pg_catalog.int8,
		last_period_end pg_catalog.date,
		achievement pg_catalog.numeric,
		progress pg_catalog.numeric
	)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT a.actual, a.measurements, a.last_period_end,
		   @extschema@.achievement(i.baseline, i.target, a.actual, i.direction),
		   @extschema@.progress(i.baseline, i.target, a.actual)
	FROM @extschema@.indicator i
	CROSS JOIN LATERAL (
		SELECT CASE WHEN i.aggregation::pg_catalog.text = 'level'
					THEN (SELECT m.value FROM @extschema@.measurement m
						  WHERE m.indicator_id = i.id
						  ORDER BY m.period_end DESC LIMIT 1)
					ELSE sum(m.value) END AS actual,
			   count(*) AS measurements,
			   max(m.period_end) AS last_period_end
		FROM @extschema@.measurement m
		WHERE m.indicator_id = i.id) a
	WHERE i.id = $1
$$;
COMMENT ON FUNCTION @extschema@.indicator_result(pg_catalog.int8) IS 'one indicator (no row when it does not exist): actual value (sum of measurements when incremental, the latest by period_end when level; NULL without measurements), number of measurements, last period, achievement() and progress() against its baseline and target';

/* ------------------------------------------------------------------------
 * Reports for BI (SPEC 8): the views of schema partnership_report.
 *
 * Every view is security_invoker, so the reader's own rights (and any
 * row-level security on the tables) apply; every column is a built-in type
 * (the extension's vocabulary types are cast to text, with a *_label column
 * beside each code in the language of partnership.language).
 *
 * Each view starts from one registry table and reaches everything else
 * through LATERAL subqueries keyed on that row's partnership_id, with no
 * window function or aggregate over the whole registry: a filter on
 * partnership_id (or the row's id) is pushed down into an index scan, so
 * looking up one partnership costs the same at any registry size.
 * See doc/reports.md.
 * ------------------------------------------------------------------------
 */

CREATE SCHEMA partnership_report;
COMMENT ON SCHEMA partnership_report IS 'report views of the partnership extension for BI tools: plain SQL column types, security_invoker, labels in partnership.language';

/*
 * The language of the labels, from setting partnership.language ('en' when
 * the setting is not defined yet, i.e. before the module is loaded).
 */
CREATE FUNCTION @extschema@.report_language()
	RETURNS pg_catalog.text
	LANGUAGE sql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$SELECT CASE WHEN pg_catalog.lower(pg_catalog.current_setting('partnership.language', true))
		IN ('id', 'indonesian') THEN 'id' ELSE 'en' END$$;
COMMENT ON FUNCTION @extschema@.report_language() IS 'language of report labels: ''id'' or ''en'', from setting partnership.language';

/*
 * Labels of the plain-text codes the scoring functions return (risk levels,
 * factor statuses, stakeholder quadrants); other text is returned as is.
 */
CREATE FUNCTION @extschema@.term_label(term pg_catalog.text, lang pg_catalog.text)
	RETURNS pg_catalog.text
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$SELECT CASE WHEN lang = 'id' THEN
		CASE term
			WHEN 'low' THEN 'rendah' WHEN 'medium' THEN 'sedang'
			WHEN 'high' THEN 'tinggi' WHEN 'critical' THEN 'kritis'
			WHEN 'strength' THEN 'kekuatan' WHEN 'borderline' THEN 'ambang batas'
			WHEN 'concern' THEN 'perlu perhatian'
			WHEN 'manage_closely' THEN 'kelola secara dekat'
			WHEN 'keep_satisfied' THEN 'jaga kepuasan'
			WHEN 'keep_informed' THEN 'beri informasi'
			WHEN 'monitor' THEN 'pantau'
			ELSE term END
	ELSE
		CASE term
			WHEN 'manage_closely' THEN 'manage closely'
			WHEN 'keep_satisfied' THEN 'keep satisfied'
			WHEN 'keep_informed' THEN 'keep informed'
			ELSE term END
	END$$;
COMMENT ON FUNCTION @extschema@.term_label(pg_catalog.text, pg_catalog.text) IS 'label of a scoring code (risk level, factor status, stakeholder quadrant) in a language: en or id';

CREATE FUNCTION @extschema@.term_label(term pg_catalog.text)
	RETURNS pg_catalog.text
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$SELECT @extschema@.term_label(term, @extschema@.report_language())$$;
COMMENT ON FUNCTION @extschema@.term_label(pg_catalog.text) IS 'label of a scoring code (risk level, factor status, stakeholder quadrant) in the language of partnership.language';

/*
 * Labels of the members of a set, comma separated, in partnership.language.
 */
CREATE FUNCTION @extschema@.set_label(s @extschema@.sectorset)
	RETURNS pg_catalog.text
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$SELECT pg_catalog.string_agg(@extschema@.label(x), ', ') FROM @extschema@.unnest(s) AS x$$;
COMMENT ON FUNCTION @extschema@.set_label(@extschema@.sectorset) IS 'labels of the sectors of a set, comma separated, in the language of partnership.language';

CREATE FUNCTION @extschema@.set_label(s @extschema@.roleset)
	RETURNS pg_catalog.text
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$SELECT pg_catalog.string_agg(@extschema@.label(x), ', ') FROM @extschema@.unnest(s) AS x$$;
COMMENT ON FUNCTION @extschema@.set_label(@extschema@.roleset) IS 'labels of the roles of a set, comma separated, in the language of partnership.language';

/* ------------------------------------------------------------------------
 * members
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.members WITH (security_invoker = true) AS
SELECT m.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	m.partner_id,
	pt.name AS partner_name,
	pt.sector::pg_catalog.text AS sector,
	@extschema@.label(pt.sector) AS sector_label,
	@extschema@.pentahelix(pt.sector)::pg_catalog.text AS pentahelix,
	m.roles::pg_catalog.text AS roles,
	@extschema@.set_label(m.roles) AS roles_label,
	m.title,
	m.joined_on,
	m.left_on,
	(m.left_on IS NULL OR m.left_on > CURRENT_DATE)
		AND (m.joined_on IS NULL OR m.joined_on <= CURRENT_DATE) AS is_current,
	(m.joined_on IS NOT NULL AND p.starts_on IS NOT NULL
		AND m.joined_on > p.starts_on) AS joined_late,
	m.influence::pg_catalog.int4 AS influence,
	m.interest::pg_catalog.int4 AS interest,
	@extschema@.stakeholder_quadrant(m.influence, m.interest) AS stakeholder_quadrant,
	@extschema@.term_label(@extschema@.stakeholder_quadrant(m.influence, m.interest)) AS stakeholder_quadrant_label,
	EXISTS (SELECT 1 FROM @extschema@.agreement_party ap
		WHERE ap.partnership_id = m.partnership_id AND ap.partner_id = m.partner_id
		  AND ap.agreement_id = f.agreement_id) AS is_party_in_force,
	COALESCE((SELECT pg_catalog.sum(c.amount) FROM @extschema@.commitment c
		WHERE c.partnership_id = m.partnership_id AND c.partner_id = m.partner_id), 0) AS committed_total,
	(SELECT pg_catalog.count(*)::pg_catalog.int4 FROM @extschema@.assignment s
		WHERE s.partnership_id = m.partnership_id AND s.partner_id = m.partner_id) AS assignments
FROM @extschema@.member m
JOIN @extschema@.partnership p ON p.id = m.partnership_id
JOIN @extschema@.partner pt ON pt.id = m.partner_id
LEFT JOIN LATERAL (
	SELECT a.id AS agreement_id
	FROM @extschema@.agreement a
	WHERE a.partnership_id = m.partnership_id
	  AND a.kind::pg_catalog.text IN ('pks', 'addendum')
	  AND a.status::pg_catalog.text = 'signed'
	  AND a.effective_from <= CURRENT_DATE
	  AND (a.effective_to IS NULL OR a.effective_to >= CURRENT_DATE)
	ORDER BY a.version DESC LIMIT 1) f ON true;

COMMENT ON VIEW partnership_report.members IS 'one row per member of a partnership: the organisation, its sector, roles, dates and stakeholder position';
COMMENT ON COLUMN partnership_report.members.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.members.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.members.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.members.partnership_status IS 'status of the partnership: draft, proposed, active, suspended, completed, terminated';
COMMENT ON COLUMN partnership_report.members.partner_id IS 'identity of the member organisation';
COMMENT ON COLUMN partnership_report.members.partner_name IS 'name of the member organisation';
COMMENT ON COLUMN partnership_report.members.sector IS 'sector of the organisation (canonical English code)';
COMMENT ON COLUMN partnership_report.members.sector_label IS 'sector label in partnership.language';
COMMENT ON COLUMN partnership_report.members.pentahelix IS 'Pentahelix letter of the sector: A, B, C, G, M (NULL for nonprofit and international)';
COMMENT ON COLUMN partnership_report.members.roles IS 'roles of the member, e.g. {lead,implementer}';
COMMENT ON COLUMN partnership_report.members.roles_label IS 'role labels in partnership.language, comma separated';
COMMENT ON COLUMN partnership_report.members.title IS 'free local title beside the roles';
COMMENT ON COLUMN partnership_report.members.joined_on IS 'day the member joined';
COMMENT ON COLUMN partnership_report.members.left_on IS 'day the member left (NULL while a member)';
COMMENT ON COLUMN partnership_report.members.is_current IS 'true when the member has joined by today and not left';
COMMENT ON COLUMN partnership_report.members.joined_late IS 'true when the member joined after the partnership started (rule early_involvement)';
COMMENT ON COLUMN partnership_report.members.influence IS 'stakeholder influence 1-5 (NULL when not rated)';
COMMENT ON COLUMN partnership_report.members.interest IS 'stakeholder interest 1-5 (NULL when not rated)';
COMMENT ON COLUMN partnership_report.members.stakeholder_quadrant IS 'Mendelow quadrant: manage_closely, keep_satisfied, keep_informed, monitor (NULL when not rated)';
COMMENT ON COLUMN partnership_report.members.stakeholder_quadrant_label IS 'quadrant label in partnership.language';
COMMENT ON COLUMN partnership_report.members.is_party_in_force IS 'true when the member is a party of the binding agreement in force';
COMMENT ON COLUMN partnership_report.members.committed_total IS 'sum of the member''s commitments (as recorded, in their currencies)';
COMMENT ON COLUMN partnership_report.members.assignments IS 'number of work-plan assignments (RACI) of the member';

/* ------------------------------------------------------------------------
 * agreements
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.agreements WITH (security_invoker = true) AS
SELECT a.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	a.id AS agreement_id,
	a.kind::pg_catalog.text AS kind,
	@extschema@.label(a.kind) AS kind_label,
	a.kind::pg_catalog.text IN ('pks', 'addendum') AS binding,
	a.number,
	a.title,
	a.version,
	a.amends_id,
	a.status::pg_catalog.text AS status,
	@extschema@.label(a.status) AS status_label,
	a.signed_on,
	a.effective_from,
	a.effective_to,
	a.status::pg_catalog.text = 'signed'
		AND a.effective_from <= CURRENT_DATE
		AND (a.effective_to IS NULL OR a.effective_to >= CURRENT_DATE) AS effective_today,
	a.id = f.agreement_id AS in_force,
	CASE WHEN a.status::pg_catalog.text = 'signed' THEN a.effective_to - CURRENT_DATE END AS days_to_expiry,
	a.terminated_on,
	a.termination_reason,
	pa.parties,
	pa.parties_signed,
	pa.party_names,
	pa.sectors,
	cl.clauses,
	cl.missing_required_clauses
FROM @extschema@.agreement a
JOIN @extschema@.partnership p ON p.id = a.partnership_id
LEFT JOIN LATERAL (
	SELECT ag.id AS agreement_id
	FROM @extschema@.agreement ag
	WHERE ag.partnership_id = a.partnership_id
	  AND ag.kind::pg_catalog.text IN ('pks', 'addendum')
	  AND ag.status::pg_catalog.text = 'signed'
	  AND ag.effective_from <= CURRENT_DATE
	  AND (ag.effective_to IS NULL OR ag.effective_to >= CURRENT_DATE)
	ORDER BY ag.version DESC LIMIT 1) f ON true
CROSS JOIN LATERAL (
	SELECT pg_catalog.count(*)::pg_catalog.int4 AS parties,
		(pg_catalog.count(*) FILTER (WHERE ap.signed_on IS NOT NULL
			AND pg_catalog.btrim(ap.signatory_name) <> ''))::pg_catalog.int4 AS parties_signed,
		pg_catalog.string_agg(pt.name, '; ' ORDER BY pt.name) AS party_names,
		COALESCE(@extschema@.sectors(pt.sector), '{}')::pg_catalog.text AS sectors
	FROM @extschema@.agreement_party ap
	JOIN @extschema@.partner pt ON pt.id = ap.partner_id
	WHERE ap.partnership_id = a.partnership_id AND ap.agreement_id = a.id) pa
CROSS JOIN LATERAL (
	SELECT (SELECT pg_catalog.count(*)::pg_catalog.int4 FROM @extschema@.agreement_clause c
			WHERE c.partnership_id = a.partnership_id AND c.agreement_id = a.id) AS clauses,
		CASE WHEN a.kind::pg_catalog.text IN ('pks', 'addendum') THEN
			(SELECT pg_catalog.string_agg(k.code, ', ' ORDER BY k.code)
			 FROM @extschema@.clause_kind k
			 WHERE k.required
			   AND NOT EXISTS (SELECT 1 FROM @extschema@.agreement_clause c
					WHERE c.partnership_id = a.partnership_id AND c.agreement_id = a.id
					  AND c.kind = k.code))
		END AS missing_required_clauses) cl;

COMMENT ON VIEW partnership_report.agreements IS 'one row per agreement (MoU, PKS, addendum) with its status, period, parties and clauses';
COMMENT ON COLUMN partnership_report.agreements.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.agreements.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.agreements.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.agreements.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.agreements.agreement_id IS 'identity of the agreement';
COMMENT ON COLUMN partnership_report.agreements.kind IS 'mou, pks or addendum';
COMMENT ON COLUMN partnership_report.agreements.kind_label IS 'kind label in partnership.language';
COMMENT ON COLUMN partnership_report.agreements.binding IS 'true for a binding agreement (pks or addendum)';
COMMENT ON COLUMN partnership_report.agreements.number IS 'registration number of the agreement';
COMMENT ON COLUMN partnership_report.agreements.title IS 'title of the agreement';
COMMENT ON COLUMN partnership_report.agreements.version IS 'version within the partnership (1, 2, ...)';
COMMENT ON COLUMN partnership_report.agreements.amends_id IS 'for an addendum: the agreement it replaces';
COMMENT ON COLUMN partnership_report.agreements.status IS 'draft, signed, superseded or terminated';
COMMENT ON COLUMN partnership_report.agreements.status_label IS 'status label in partnership.language';
COMMENT ON COLUMN partnership_report.agreements.signed_on IS 'day the agreement was signed';
COMMENT ON COLUMN partnership_report.agreements.effective_from IS 'first day in force';
COMMENT ON COLUMN partnership_report.agreements.effective_to IS 'last day in force';
COMMENT ON COLUMN partnership_report.agreements.effective_today IS 'true when the agreement is signed and its period holds today';
COMMENT ON COLUMN partnership_report.agreements.in_force IS 'true for the partnership''s binding agreement in force (the newest signed pks or addendum whose period holds today)';
COMMENT ON COLUMN partnership_report.agreements.days_to_expiry IS 'days from today to effective_to, for a signed agreement (negative once past)';
COMMENT ON COLUMN partnership_report.agreements.terminated_on IS 'day a signed agreement was terminated';
COMMENT ON COLUMN partnership_report.agreements.termination_reason IS 'why it was terminated';
COMMENT ON COLUMN partnership_report.agreements.parties IS 'number of parties';
COMMENT ON COLUMN partnership_report.agreements.parties_signed IS 'number of parties with a signatory name and signature day';
COMMENT ON COLUMN partnership_report.agreements.party_names IS 'names of the parties, semicolon separated';
COMMENT ON COLUMN partnership_report.agreements.sectors IS 'sectors of the parties, e.g. {government,private}';
COMMENT ON COLUMN partnership_report.agreements.clauses IS 'number of clauses';
COMMENT ON COLUMN partnership_report.agreements.missing_required_clauses IS 'for a binding agreement: the required clause kinds it lacks, comma separated (NULL when none is missing or for an mou)';

/* ------------------------------------------------------------------------
 * agreements_expiring
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.agreements_expiring WITH (security_invoker = true) AS
SELECT a.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	@extschema@.label(p.status) AS partnership_status_label,
	ld.lead_name,
	a.id AS agreement_id,
	a.kind::pg_catalog.text AS kind,
	@extschema@.label(a.kind) AS kind_label,
	a.number,
	a.title,
	a.version,
	a.effective_from,
	a.effective_to,
	a.effective_to - CURRENT_DATE AS days_to_expiry,
	w.warning_days
FROM @extschema@.agreement a
JOIN @extschema@.partnership p ON p.id = a.partnership_id
CROSS JOIN LATERAL (
	SELECT COALESCE(pg_catalog.round(@extschema@.setting('expiry_warning_days'))::pg_catalog.int4,
		90) AS warning_days) w
LEFT JOIN LATERAL (
	SELECT pt.name AS lead_name
	FROM @extschema@.member m
	JOIN @extschema@.partner pt ON pt.id = m.partner_id
	WHERE m.partnership_id = a.partnership_id
	  AND m.roles OPERATOR(@extschema@.@>) 'lead'::@extschema@.role
	  AND (m.left_on IS NULL OR m.left_on > CURRENT_DATE)
	  AND (m.joined_on IS NULL OR m.joined_on <= CURRENT_DATE)
	ORDER BY m.partner_id LIMIT 1) ld ON true
WHERE a.status::pg_catalog.text = 'signed'
  AND p.status::pg_catalog.text NOT IN ('completed', 'terminated')
  AND a.effective_from <= CURRENT_DATE
  AND a.effective_to >= CURRENT_DATE
  AND a.effective_to <= CURRENT_DATE + w.warning_days;

COMMENT ON VIEW partnership_report.agreements_expiring IS 'signed agreements in force today that end within setting expiry_warning_days (default 90), for partnerships that are not completed or terminated';
COMMENT ON COLUMN partnership_report.agreements_expiring.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.agreements_expiring.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.agreements_expiring.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.agreements_expiring.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.agreements_expiring.partnership_status_label IS 'status label in partnership.language';
COMMENT ON COLUMN partnership_report.agreements_expiring.lead_name IS 'name of the current lead member, who should renew the agreement';
COMMENT ON COLUMN partnership_report.agreements_expiring.agreement_id IS 'identity of the agreement';
COMMENT ON COLUMN partnership_report.agreements_expiring.kind IS 'mou, pks or addendum';
COMMENT ON COLUMN partnership_report.agreements_expiring.kind_label IS 'kind label in partnership.language';
COMMENT ON COLUMN partnership_report.agreements_expiring.number IS 'registration number of the agreement';
COMMENT ON COLUMN partnership_report.agreements_expiring.title IS 'title of the agreement';
COMMENT ON COLUMN partnership_report.agreements_expiring.version IS 'version within the partnership';
COMMENT ON COLUMN partnership_report.agreements_expiring.effective_from IS 'first day in force';
COMMENT ON COLUMN partnership_report.agreements_expiring.effective_to IS 'last day in force';
COMMENT ON COLUMN partnership_report.agreements_expiring.days_to_expiry IS 'days from today to effective_to (0 = ends today)';
COMMENT ON COLUMN partnership_report.agreements_expiring.warning_days IS 'the warning window used: setting expiry_warning_days';

/* ------------------------------------------------------------------------
 * funding
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.funding WITH (security_invoker = true) AS
SELECT c.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	c.id AS commitment_id,
	c.partner_id,
	pt.name AS partner_name,
	pt.sector::pg_catalog.text AS sector,
	@extschema@.label(pt.sector) AS sector_label,
	c.kind::pg_catalog.text AS kind,
	@extschema@.label(c.kind) AS kind_label,
	c.description,
	c.currency,
	c.amount AS committed,
	d.disbursed,
	c.amount - d.disbursed AS remaining,
	pg_catalog.round(d.disbursed * 100 / c.amount, 2) AS disbursed_percent,
	c.committed_on,
	d.disbursements,
	d.last_paid_on
FROM @extschema@.commitment c
JOIN @extschema@.partnership p ON p.id = c.partnership_id
JOIN @extschema@.partner pt ON pt.id = c.partner_id
CROSS JOIN LATERAL (
	SELECT COALESCE(pg_catalog.sum(x.amount), 0) AS disbursed,
		pg_catalog.count(*)::pg_catalog.int4 AS disbursements,
		pg_catalog.max(x.paid_on) AS last_paid_on
	FROM @extschema@.disbursement x
	WHERE x.partnership_id = c.partnership_id AND x.commitment_id = c.id) d;

COMMENT ON VIEW partnership_report.funding IS 'one row per commitment (cash or in kind) with what has been disbursed against it';
COMMENT ON COLUMN partnership_report.funding.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.funding.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.funding.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.funding.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.funding.commitment_id IS 'identity of the commitment';
COMMENT ON COLUMN partnership_report.funding.partner_id IS 'identity of the committing member';
COMMENT ON COLUMN partnership_report.funding.partner_name IS 'name of the committing member';
COMMENT ON COLUMN partnership_report.funding.sector IS 'sector of the committing member';
COMMENT ON COLUMN partnership_report.funding.sector_label IS 'sector label in partnership.language';
COMMENT ON COLUMN partnership_report.funding.kind IS 'cash or in_kind';
COMMENT ON COLUMN partnership_report.funding.kind_label IS 'kind label in partnership.language';
COMMENT ON COLUMN partnership_report.funding.description IS 'what is committed';
COMMENT ON COLUMN partnership_report.funding.currency IS 'ISO 4217 currency of the amounts';
COMMENT ON COLUMN partnership_report.funding.committed IS 'amount committed (value, for in kind)';
COMMENT ON COLUMN partnership_report.funding.disbursed IS 'total paid against the commitment so far';
COMMENT ON COLUMN partnership_report.funding.remaining IS 'committed minus disbursed';
COMMENT ON COLUMN partnership_report.funding.disbursed_percent IS 'disbursed as a percentage of committed, 2 decimals';
COMMENT ON COLUMN partnership_report.funding.committed_on IS 'day of the commitment';
COMMENT ON COLUMN partnership_report.funding.disbursements IS 'number of disbursements';
COMMENT ON COLUMN partnership_report.funding.last_paid_on IS 'day of the latest disbursement';

/* ------------------------------------------------------------------------
 * indicators
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.indicators WITH (security_invoker = true) AS
SELECT i.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	i.id AS indicator_id,
	i.code AS indicator_code,
	i.name AS indicator_name,
	i.unit,
	i.direction::pg_catalog.text AS direction,
	@extschema@.label(i.direction) AS direction_label,
	i.aggregation::pg_catalog.text AS aggregation,
	@extschema@.label(i.aggregation) AS aggregation_label,
	i.baseline,
	i.target,
	i.target_on,
	m.measurements,
	m.last_period_end,
	m.actual,
	@extschema@.achievement(i.baseline, i.target, m.actual, i.direction) AS achievement_percent,
	@extschema@.progress(i.baseline, i.target, m.actual) AS progress_percent
FROM @extschema@.indicator i
JOIN @extschema@.partnership p ON p.id = i.partnership_id
CROSS JOIN LATERAL (
	SELECT pg_catalog.count(*)::pg_catalog.int4 AS measurements,
		pg_catalog.max(x.period_end) AS last_period_end,
		CASE WHEN i.aggregation::pg_catalog.text = 'level'
			THEN (pg_catalog.array_agg(x.value ORDER BY x.period_end DESC))[1]
			ELSE pg_catalog.sum(x.value) END AS actual
	FROM @extschema@.measurement x
	WHERE x.partnership_id = i.partnership_id AND x.indicator_id = i.id) m;

COMMENT ON VIEW partnership_report.indicators IS 'one row per indicator: baseline, target, actual (sum of measurements, or the latest for a level indicator), achievement and progress';
COMMENT ON COLUMN partnership_report.indicators.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.indicators.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.indicators.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.indicators.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.indicators.indicator_id IS 'identity of the indicator';
COMMENT ON COLUMN partnership_report.indicators.indicator_code IS 'code of the indicator within the partnership';
COMMENT ON COLUMN partnership_report.indicators.indicator_name IS 'what is measured';
COMMENT ON COLUMN partnership_report.indicators.unit IS 'unit of measurement';
COMMENT ON COLUMN partnership_report.indicators.direction IS 'increase or decrease: which way is better';
COMMENT ON COLUMN partnership_report.indicators.direction_label IS 'direction label in partnership.language';
COMMENT ON COLUMN partnership_report.indicators.aggregation IS 'incremental (actual = sum of measurements) or level (actual = latest measurement)';
COMMENT ON COLUMN partnership_report.indicators.aggregation_label IS 'aggregation label in partnership.language';
COMMENT ON COLUMN partnership_report.indicators.baseline IS 'value at the start';
COMMENT ON COLUMN partnership_report.indicators.target IS 'value to reach';
COMMENT ON COLUMN partnership_report.indicators.target_on IS 'day the target should be reached';
COMMENT ON COLUMN partnership_report.indicators.measurements IS 'number of measurements';
COMMENT ON COLUMN partnership_report.indicators.last_period_end IS 'end of the latest period measured';
COMMENT ON COLUMN partnership_report.indicators.actual IS 'actual value: sum of measurements (incremental) or latest measurement (level); NULL without measurements';
COMMENT ON COLUMN partnership_report.indicators.achievement_percent IS 'percent of target achieved, uncapped (achievement())';
COMMENT ON COLUMN partnership_report.indicators.progress_percent IS 'percent of the way from baseline to target (progress()); NULL when target equals baseline';

/* ------------------------------------------------------------------------
 * evaluation_criteria and evaluations
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.evaluation_criteria WITH (security_invoker = true) AS
SELECT e.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	e.id AS evaluation_id,
	e.kind::pg_catalog.text AS evaluation_kind,
	e.period_end,
	e.status::pg_catalog.text AS evaluation_status,
	c.code AS criterion,
	CASE @extschema@.report_language() WHEN 'id' THEN c.label_id ELSE c.label_en END AS criterion_label,
	c.dimension::pg_catalog.text AS dimension,
	@extschema@.label(c.dimension) AS dimension_label,
	c.weight,
	c.reverse,
	(x.s).n::pg_catalog.int4 AS responses,
	(x.s).mean AS mean,
	(x.s).balanced_mean AS balanced_mean,
	(x.s).gap AS gap,
	(x.s).gap >= COALESCE(@extschema@.setting('gap_threshold'), 1.5) AS divergent,
	(x.s).sectors::pg_catalog.text AS sectors,
	@extschema@.cardinality((x.s).sectors) AS sector_count,
	(x.s).status AS status,
	@extschema@.term_label((x.s).status) AS status_label,
	(x.s).index AS index
FROM @extschema@.evaluation e
JOIN @extschema@.partnership p ON p.id = e.partnership_id
CROSS JOIN LATERAL (
	SELECT r.criterion,
		@extschema@.likert(r.score, pt.sector, cr.reverse) AS s
	FROM @extschema@.response r
	JOIN @extschema@.partner pt ON pt.id = r.respondent_id
	JOIN @extschema@.criterion cr ON cr.code = r.criterion
	WHERE r.partnership_id = e.partnership_id AND r.evaluation_id = e.id
	GROUP BY r.criterion) x
JOIN @extschema@.criterion c ON c.code = x.criterion;

COMMENT ON VIEW partnership_report.evaluation_criteria IS 'one row per evaluation and criterion scored: sector-balanced mean, perception gap, Wilder status and index (reverse criteria counted as 6 - score)';
COMMENT ON COLUMN partnership_report.evaluation_criteria.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.evaluation_criteria.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.evaluation_criteria.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.evaluation_criteria.evaluation_id IS 'identity of the evaluation';
COMMENT ON COLUMN partnership_report.evaluation_criteria.evaluation_kind IS 'monitoring, midterm or final';
COMMENT ON COLUMN partnership_report.evaluation_criteria.period_end IS 'last day of the period evaluated';
COMMENT ON COLUMN partnership_report.evaluation_criteria.evaluation_status IS 'open or closed';
COMMENT ON COLUMN partnership_report.evaluation_criteria.criterion IS 'code of the criterion';
COMMENT ON COLUMN partnership_report.evaluation_criteria.criterion_label IS 'criterion label in partnership.language';
COMMENT ON COLUMN partnership_report.evaluation_criteria.dimension IS 'outcome, process or risk';
COMMENT ON COLUMN partnership_report.evaluation_criteria.dimension_label IS 'dimension label in partnership.language';
COMMENT ON COLUMN partnership_report.evaluation_criteria.weight IS 'weight of the criterion in the evaluation index';
COMMENT ON COLUMN partnership_report.evaluation_criteria.reverse IS 'true when the statement names a problem (score counted as 6 - score)';
COMMENT ON COLUMN partnership_report.evaluation_criteria.responses IS 'number of scores (n)';
COMMENT ON COLUMN partnership_report.evaluation_criteria.mean IS 'plain mean of the effective scores, 1-5';
COMMENT ON COLUMN partnership_report.evaluation_criteria.balanced_mean IS 'mean of the per-sector means: every responding sector weighs the same';
COMMENT ON COLUMN partnership_report.evaluation_criteria.gap IS 'perception gap: highest minus lowest per-sector mean';
COMMENT ON COLUMN partnership_report.evaluation_criteria.divergent IS 'true when the gap reaches setting gap_threshold (default 1.5)';
COMMENT ON COLUMN partnership_report.evaluation_criteria.sectors IS 'responding sectors, e.g. {government,community}';
COMMENT ON COLUMN partnership_report.evaluation_criteria.sector_count IS 'number of responding sectors';
COMMENT ON COLUMN partnership_report.evaluation_criteria.status IS 'Wilder band of the balanced mean: strength, borderline, concern';
COMMENT ON COLUMN partnership_report.evaluation_criteria.status_label IS 'status label in partnership.language';
COMMENT ON COLUMN partnership_report.evaluation_criteria.index IS 'index 0-100: (balanced_mean - 1) / 4 * 100';

CREATE VIEW partnership_report.evaluations WITH (security_invoker = true) AS
SELECT e.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	e.id AS evaluation_id,
	e.kind::pg_catalog.text AS kind,
	@extschema@.label(e.kind) AS kind_label,
	e.period_end,
	e.status::pg_catalog.text AS status,
	@extschema@.label(e.status) AS status_label,
	rs.respondents,
	rs.responses,
	rs.sectors::pg_catalog.text AS sectors,
	COALESCE(@extschema@.cardinality(rs.sectors), 0) AS sector_count,
	rs.respondents >= COALESCE(@extschema@.setting('min_respondents'), 3)
		AND COALESCE(@extschema@.cardinality(rs.sectors), 0) >= 2 AS sufficient,
	ix.criteria,
	ix.index,
	@extschema@.grade(ix.index) AS grade,
	@extschema@.grade_label(ix.index) AS grade_label,
	ix.outcome_index,
	ix.process_index,
	ix.risk_index,
	ix.strengths,
	ix.borderlines,
	ix.concerns,
	ix.divergent_criteria
FROM @extschema@.evaluation e
JOIN @extschema@.partnership p ON p.id = e.partnership_id
CROSS JOIN LATERAL (
	SELECT pg_catalog.count(DISTINCT r.respondent_id)::pg_catalog.int4 AS respondents,
		pg_catalog.count(*)::pg_catalog.int4 AS responses,
		@extschema@.sectors(pt.sector) AS sectors
	FROM @extschema@.response r
	JOIN @extschema@.partner pt ON pt.id = r.respondent_id
	WHERE r.partnership_id = e.partnership_id AND r.evaluation_id = e.id) rs
CROSS JOIN LATERAL (
	SELECT pg_catalog.count(*)::pg_catalog.int4 AS criteria,
		pg_catalog.round(pg_catalog.sum(x.weight * (x.s).index) / pg_catalog.sum(x.weight), 2) AS index,
		pg_catalog.round(pg_catalog.sum(x.weight * (x.s).index) FILTER (WHERE x.dimension = 'outcome')
			/ pg_catalog.sum(x.weight) FILTER (WHERE x.dimension = 'outcome'), 2) AS outcome_index,
		pg_catalog.round(pg_catalog.sum(x.weight * (x.s).index) FILTER (WHERE x.dimension = 'process')
			/ pg_catalog.sum(x.weight) FILTER (WHERE x.dimension = 'process'), 2) AS process_index,
		pg_catalog.round(pg_catalog.sum(x.weight * (x.s).index) FILTER (WHERE x.dimension = 'risk')
			/ pg_catalog.sum(x.weight) FILTER (WHERE x.dimension = 'risk'), 2) AS risk_index,
		(pg_catalog.count(*) FILTER (WHERE (x.s).status = 'strength'))::pg_catalog.int4 AS strengths,
		(pg_catalog.count(*) FILTER (WHERE (x.s).status = 'borderline'))::pg_catalog.int4 AS borderlines,
		(pg_catalog.count(*) FILTER (WHERE (x.s).status = 'concern'))::pg_catalog.int4 AS concerns,
		(pg_catalog.count(*) FILTER (WHERE (x.s).gap >=
			COALESCE(@extschema@.setting('gap_threshold'), 1.5)))::pg_catalog.int4 AS divergent_criteria
	FROM (SELECT cr.dimension::pg_catalog.text AS dimension, cr.weight,
			@extschema@.likert(r.score, pt.sector, cr.reverse) AS s
		FROM @extschema@.response r
		JOIN @extschema@.partner pt ON pt.id = r.respondent_id
		JOIN @extschema@.criterion cr ON cr.code = r.criterion
		WHERE r.partnership_id = e.partnership_id AND r.evaluation_id = e.id
		GROUP BY cr.code) x) ix;

COMMENT ON VIEW partnership_report.evaluations IS 'one row per evaluation: respondents, responding sectors, sufficiency, weighted index overall and per dimension, SAKIP grade';
COMMENT ON COLUMN partnership_report.evaluations.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.evaluations.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.evaluations.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.evaluations.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.evaluations.evaluation_id IS 'identity of the evaluation';
COMMENT ON COLUMN partnership_report.evaluations.kind IS 'monitoring, midterm or final';
COMMENT ON COLUMN partnership_report.evaluations.kind_label IS 'kind label in partnership.language';
COMMENT ON COLUMN partnership_report.evaluations.period_end IS 'last day of the period evaluated';
COMMENT ON COLUMN partnership_report.evaluations.status IS 'open (collecting responses) or closed';
COMMENT ON COLUMN partnership_report.evaluations.status_label IS 'status label in partnership.language';
COMMENT ON COLUMN partnership_report.evaluations.respondents IS 'number of distinct respondents';
COMMENT ON COLUMN partnership_report.evaluations.responses IS 'number of scores given';
COMMENT ON COLUMN partnership_report.evaluations.sectors IS 'sectors of the respondents, e.g. {government,private,community}';
COMMENT ON COLUMN partnership_report.evaluations.sector_count IS 'number of responding sectors';
COMMENT ON COLUMN partnership_report.evaluations.sufficient IS 'true with at least setting min_respondents (default 3) respondents from at least two sectors';
COMMENT ON COLUMN partnership_report.evaluations.criteria IS 'number of criteria scored';
COMMENT ON COLUMN partnership_report.evaluations.index IS 'evaluation index 0-100: mean of the criteria indexes weighted by criterion weight (NULL without responses)';
COMMENT ON COLUMN partnership_report.evaluations.grade IS 'SAKIP grade of the index: AA, A, BB, B, CC, C, D';
COMMENT ON COLUMN partnership_report.evaluations.grade_label IS 'grade label in partnership.language (Sangat Memuaskan ... Sangat Kurang)';
COMMENT ON COLUMN partnership_report.evaluations.outcome_index IS 'weighted index of the outcome criteria (benefits)';
COMMENT ON COLUMN partnership_report.evaluations.process_index IS 'weighted index of the process criteria (practices)';
COMMENT ON COLUMN partnership_report.evaluations.risk_index IS 'weighted index of the risk criteria (challenges; high = few problems)';
COMMENT ON COLUMN partnership_report.evaluations.strengths IS 'number of criteria with status strength';
COMMENT ON COLUMN partnership_report.evaluations.borderlines IS 'number of criteria with status borderline';
COMMENT ON COLUMN partnership_report.evaluations.concerns IS 'number of criteria with status concern';
COMMENT ON COLUMN partnership_report.evaluations.divergent_criteria IS 'number of criteria whose perception gap reaches setting gap_threshold';

/* ------------------------------------------------------------------------
 * risks
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.risks WITH (security_invoker = true) AS
SELECT r.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	r.id AS risk_id,
	r.challenge::pg_catalog.text AS challenge,
	@extschema@.label(r.challenge) AS challenge_label,
	r.description,
	r.likelihood::pg_catalog.int4 AS likelihood,
	r.impact::pg_catalog.int4 AS impact,
	(r.likelihood * r.impact)::pg_catalog.int4 AS rating,
	@extschema@.risk_level(r.likelihood, r.impact) AS level,
	@extschema@.term_label(@extschema@.risk_level(r.likelihood, r.impact)) AS level_label,
	r.mitigation,
	r.owner_id,
	o.name AS owner_name,
	r.status::pg_catalog.text AS status,
	@extschema@.label(r.status) AS status_label,
	r.status::pg_catalog.text = 'open' AND r.likelihood * r.impact >= 10
		AND (r.mitigation IS NULL OR pg_catalog.btrim(r.mitigation) = '') AS unmitigated
FROM @extschema@.risk r
JOIN @extschema@.partnership p ON p.id = r.partnership_id
LEFT JOIN @extschema@.partner o ON o.id = r.owner_id;

COMMENT ON VIEW partnership_report.risks IS 'one row per risk of the risk register: challenge, likelihood, impact, level and mitigation';
COMMENT ON COLUMN partnership_report.risks.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.risks.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.risks.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.risks.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.risks.risk_id IS 'identity of the risk';
COMMENT ON COLUMN partnership_report.risks.challenge IS 'cultural_differences, conflict_of_interest, coordination, funding or other';
COMMENT ON COLUMN partnership_report.risks.challenge_label IS 'challenge label in partnership.language';
COMMENT ON COLUMN partnership_report.risks.description IS 'what could go wrong';
COMMENT ON COLUMN partnership_report.risks.likelihood IS 'likelihood 1-5';
COMMENT ON COLUMN partnership_report.risks.impact IS 'impact 1-5';
COMMENT ON COLUMN partnership_report.risks.rating IS 'likelihood times impact, 1-25';
COMMENT ON COLUMN partnership_report.risks.level IS 'risk level: low, medium, high, critical';
COMMENT ON COLUMN partnership_report.risks.level_label IS 'level label in partnership.language';
COMMENT ON COLUMN partnership_report.risks.mitigation IS 'how the risk is mitigated';
COMMENT ON COLUMN partnership_report.risks.owner_id IS 'identity of the member owning the risk';
COMMENT ON COLUMN partnership_report.risks.owner_name IS 'name of the member owning the risk';
COMMENT ON COLUMN partnership_report.risks.status IS 'open, mitigated or closed';
COMMENT ON COLUMN partnership_report.risks.status_label IS 'status label in partnership.language';
COMMENT ON COLUMN partnership_report.risks.unmitigated IS 'true for an open high or critical risk without a mitigation (rule risk_unmitigated)';

/* ------------------------------------------------------------------------
 * sector_mix
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.sector_mix WITH (security_invoker = true) AS
SELECT p.id AS partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	p.formality::pg_catalog.text AS formality,
	p.horizon::pg_catalog.text AS horizon,
	x.sector::pg_catalog.text AS sector,
	@extschema@.label(x.sector) AS sector_label,
	@extschema@.pentahelix(x.sector)::pg_catalog.text AS pentahelix,
	x.members,
	pg_catalog.round(x.members * 100.0 / t.members, 2) AS member_percent,
	x.leads,
	x.funders,
	x.present_from_start,
	x.committed_total
FROM @extschema@.partnership p
CROSS JOIN LATERAL (
	SELECT pt.sector,
		pg_catalog.count(*)::pg_catalog.int4 AS members,
		(pg_catalog.count(*) FILTER (WHERE m.roles OPERATOR(@extschema@.@>) 'lead'::@extschema@.role))::pg_catalog.int4 AS leads,
		(pg_catalog.count(*) FILTER (WHERE m.roles OPERATOR(@extschema@.@>) 'funder'::@extschema@.role))::pg_catalog.int4 AS funders,
		COALESCE(pg_catalog.bool_or(m.joined_on IS NULL OR p.starts_on IS NULL
			OR m.joined_on <= p.starts_on), false) AS present_from_start,
		COALESCE(pg_catalog.sum((SELECT pg_catalog.sum(c.amount) FROM @extschema@.commitment c
			WHERE c.partnership_id = m.partnership_id AND c.partner_id = m.partner_id)), 0) AS committed_total
	FROM @extschema@.member m
	JOIN @extschema@.partner pt ON pt.id = m.partner_id
	WHERE m.partnership_id = p.id
	  AND (m.left_on IS NULL OR m.left_on > CURRENT_DATE)
	  AND (m.joined_on IS NULL OR m.joined_on <= CURRENT_DATE)
	GROUP BY pt.sector) x
CROSS JOIN LATERAL (
	SELECT pg_catalog.count(*) AS members
	FROM @extschema@.member m
	WHERE m.partnership_id = p.id
	  AND (m.left_on IS NULL OR m.left_on > CURRENT_DATE)
	  AND (m.joined_on IS NULL OR m.joined_on <= CURRENT_DATE)) t;

COMMENT ON VIEW partnership_report.sector_mix IS 'one row per partnership and sector of its current members: how many members, their share, leads and funders, and whether the sector was there from the start';
COMMENT ON COLUMN partnership_report.sector_mix.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.sector_mix.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.sector_mix.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.sector_mix.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.sector_mix.formality IS 'formal or informal';
COMMENT ON COLUMN partnership_report.sector_mix.horizon IS 'strategic or operational';
COMMENT ON COLUMN partnership_report.sector_mix.sector IS 'sector (canonical English code)';
COMMENT ON COLUMN partnership_report.sector_mix.sector_label IS 'sector label in partnership.language';
COMMENT ON COLUMN partnership_report.sector_mix.pentahelix IS 'Pentahelix letter of the sector: A, B, C, G, M (NULL for nonprofit and international)';
COMMENT ON COLUMN partnership_report.sector_mix.members IS 'number of current members of this sector';
COMMENT ON COLUMN partnership_report.sector_mix.member_percent IS 'share of the partnership''s current members in this sector, percent';
COMMENT ON COLUMN partnership_report.sector_mix.leads IS 'current members of this sector holding lead';
COMMENT ON COLUMN partnership_report.sector_mix.funders IS 'current members of this sector holding funder';
COMMENT ON COLUMN partnership_report.sector_mix.present_from_start IS 'true when a member of this sector joined on or before the partnership started (rule early_involvement)';
COMMENT ON COLUMN partnership_report.sector_mix.committed_total IS 'sum of the commitments of this sector''s current members (as recorded, in their currencies)';

/* ------------------------------------------------------------------------
 * partner_network
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.partner_network WITH (security_invoker = true) AS
SELECT a.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	a.partner_id AS partner_a_id,
	pa.name AS partner_a_name,
	pa.sector::pg_catalog.text AS partner_a_sector,
	b.partner_id AS partner_b_id,
	pb.name AS partner_b_name,
	pb.sector::pg_catalog.text AS partner_b_sector,
	pa.sector OPERATOR(@extschema@.<>) pb.sector AS cross_sector,
	s.shared_partnerships
FROM @extschema@.member a
JOIN @extschema@.member b ON b.partnership_id = a.partnership_id AND b.partner_id > a.partner_id
JOIN @extschema@.partnership p ON p.id = a.partnership_id
JOIN @extschema@.partner pa ON pa.id = a.partner_id
JOIN @extschema@.partner pb ON pb.id = b.partner_id
CROSS JOIN LATERAL (
	SELECT pg_catalog.count(*)::pg_catalog.int4 AS shared_partnerships
	FROM @extschema@.member x
	JOIN @extschema@.member y ON y.partnership_id = x.partnership_id AND y.partner_id = b.partner_id
	WHERE x.partner_id = a.partner_id) s;

COMMENT ON VIEW partnership_report.partner_network IS 'edges of the partner network: one row per partnership and pair of its members (partner_a_id < partner_b_id); group by the pair for a weighted network chart';
COMMENT ON COLUMN partnership_report.partner_network.partnership_id IS 'identity of the partnership the pair shares';
COMMENT ON COLUMN partnership_report.partner_network.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.partner_network.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.partner_network.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.partner_network.partner_a_id IS 'identity of the first partner (the lower id)';
COMMENT ON COLUMN partnership_report.partner_network.partner_a_name IS 'name of the first partner';
COMMENT ON COLUMN partnership_report.partner_network.partner_a_sector IS 'sector of the first partner';
COMMENT ON COLUMN partnership_report.partner_network.partner_b_id IS 'identity of the second partner (the higher id)';
COMMENT ON COLUMN partnership_report.partner_network.partner_b_name IS 'name of the second partner';
COMMENT ON COLUMN partnership_report.partner_network.partner_b_sector IS 'sector of the second partner';
COMMENT ON COLUMN partnership_report.partner_network.cross_sector IS 'true when the two partners are of different sectors';
COMMENT ON COLUMN partnership_report.partner_network.shared_partnerships IS 'number of partnerships (any status) in which both partners are members: the weight of the edge';

/* ------------------------------------------------------------------------
 * compliance
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.compliance WITH (security_invoker = true) AS
SELECT p.id AS partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	@extschema@.label(p.status) AS partnership_status_label,
	c.rule,
	c.severity,
	CASE @extschema@.report_language() WHEN 'id' THEN r.description_id ELSE r.description_en END AS rule_description,
	c.message,
	c.detail::pg_catalog.text AS detail
FROM @extschema@.partnership p
CROSS JOIN LATERAL @extschema@.check(p.id) c
LEFT JOIN @extschema@.rule r ON r.code = c.rule;

COMMENT ON VIEW partnership_report.compliance IS 'one row per current rule violation (error or warning) of every partnership, from check()';
COMMENT ON COLUMN partnership_report.compliance.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.compliance.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.compliance.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.compliance.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.compliance.partnership_status_label IS 'status label in partnership.language';
COMMENT ON COLUMN partnership_report.compliance.rule IS 'code of the rule violated (the constraint name of its errors)';
COMMENT ON COLUMN partnership_report.compliance.severity IS 'error or warning';
COMMENT ON COLUMN partnership_report.compliance.rule_description IS 'what the rule requires, in partnership.language';
COMMENT ON COLUMN partnership_report.compliance.message IS 'what is wrong, in partnership.language';
COMMENT ON COLUMN partnership_report.compliance.detail IS 'the offending members, agreements, activities or risks, as JSON text';

/* ------------------------------------------------------------------------
 * partnerships
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.partnerships WITH (security_invoker = true) AS
SELECT p.id AS partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.formality::pg_catalog.text AS formality,
	@extschema@.label(p.formality) AS formality_label,
	p.horizon::pg_catalog.text AS horizon,
	@extschema@.label(p.horizon) AS horizon_label,
	p.status::pg_catalog.text AS status,
	@extschema@.label(p.status) AS status_label,
	p.starts_on,
	p.ends_on,
	p.owner_id,
	o.name AS owner_name,
	ld.lead_id,
	ld.lead_name,
	ld.lead_sector,
	ms.member_count,
	COALESCE(ms.sectors, '{}')::pg_catalog.text AS sectors,
	COALESCE(@extschema@.set_label(ms.sectors), '') AS sectors_label,
	COALESCE(@extschema@.cardinality(ms.sectors), 0) AS sector_count,
	COALESCE(@extschema@.pentahelix_coverage(ms.sectors), 0) AS pentahelix_coverage,
	ag.agreement_id,
	ag.agreement_number,
	ag.agreement_kind,
	ag.agreement_effective_to,
	ag.agreement_effective_to - CURRENT_DATE AS days_to_expiry,
	fu.currency,
	fu.committed_total,
	fu.disbursed_total,
	ev.evaluation_id AS latest_evaluation_id,
	ev.period_end AS latest_evaluation_on,
	ev.index AS latest_evaluation_index,
	ev.grade AS latest_evaluation_grade,
	ev.grade_label AS latest_evaluation_grade_label,
	ck.error_count,
	ck.warning_count,
	rk.open_risks,
	@extschema@.risk_level(rk.top_likelihood, rk.top_impact) AS highest_risk_level,
	@extschema@.term_label(@extschema@.risk_level(rk.top_likelihood, rk.top_impact)) AS highest_risk_level_label
FROM @extschema@.partnership p
LEFT JOIN @extschema@.partner o ON o.id = p.owner_id
CROSS JOIN LATERAL (
	SELECT pg_catalog.count(*)::pg_catalog.int4 AS member_count,
		@extschema@.sectors(pt.sector) AS sectors
	FROM @extschema@.member m
	JOIN @extschema@.partner pt ON pt.id = m.partner_id
	WHERE m.partnership_id = p.id
	  AND (m.left_on IS NULL OR m.left_on > CURRENT_DATE)
	  AND (m.joined_on IS NULL OR m.joined_on <= CURRENT_DATE)) ms
LEFT JOIN LATERAL (
	SELECT m.partner_id AS lead_id, pt.name AS lead_name,
		pt.sector::pg_catalog.text AS lead_sector
	FROM @extschema@.member m
	JOIN @extschema@.partner pt ON pt.id = m.partner_id
	WHERE m.partnership_id = p.id
	  AND m.roles OPERATOR(@extschema@.@>) 'lead'::@extschema@.role
	  AND (m.left_on IS NULL OR m.left_on > CURRENT_DATE)
	  AND (m.joined_on IS NULL OR m.joined_on <= CURRENT_DATE)
	ORDER BY m.partner_id LIMIT 1) ld ON true
LEFT JOIN LATERAL (
	SELECT a.id AS agreement_id, a.number AS agreement_number,
		a.kind::pg_catalog.text AS agreement_kind, a.effective_to AS agreement_effective_to
	FROM @extschema@.agreement a
	WHERE a.partnership_id = p.id
	  AND a.status::pg_catalog.text = 'signed'
	  AND a.effective_from <= CURRENT_DATE
	  AND (a.effective_to IS NULL OR a.effective_to >= CURRENT_DATE)
	ORDER BY a.kind::pg_catalog.text IN ('pks', 'addendum') DESC, a.version DESC
	LIMIT 1) ag ON true
CROSS JOIN LATERAL (
	SELECT CASE WHEN pg_catalog.count(DISTINCT c.currency) = 1
			THEN pg_catalog.min(c.currency) END AS currency,
		CASE WHEN pg_catalog.count(DISTINCT c.currency) <= 1
			THEN COALESCE(pg_catalog.sum(c.amount), 0) END AS committed_total,
		CASE WHEN pg_catalog.count(DISTINCT c.currency) <= 1
			THEN COALESCE(pg_catalog.sum((SELECT pg_catalog.sum(d.amount)
				FROM @extschema@.disbursement d
				WHERE d.partnership_id = c.partnership_id AND d.commitment_id = c.id)), 0)
		END AS disbursed_total
	FROM @extschema@.commitment c
	WHERE c.partnership_id = p.id) fu
LEFT JOIN LATERAL (
	SELECT e.evaluation_id, e.period_end, e.index, e.grade, e.grade_label
	FROM partnership_report.evaluations e
	WHERE e.partnership_id = p.id AND e.status = 'closed'
	ORDER BY e.period_end DESC, e.evaluation_id DESC
	LIMIT 1) ev ON true
CROSS JOIN LATERAL (
	SELECT (pg_catalog.count(*) FILTER (WHERE c.severity = 'error'))::pg_catalog.int4 AS error_count,
		(pg_catalog.count(*) FILTER (WHERE c.severity = 'warning'))::pg_catalog.int4 AS warning_count
	FROM @extschema@.check(p.id) c) ck
CROSS JOIN LATERAL (
	SELECT pg_catalog.count(*)::pg_catalog.int4 AS open_risks,
		(pg_catalog.array_agg(r.likelihood::pg_catalog.int4
			ORDER BY r.likelihood * r.impact DESC, r.impact DESC))[1] AS top_likelihood,
		(pg_catalog.array_agg(r.impact::pg_catalog.int4
			ORDER BY r.likelihood * r.impact DESC, r.impact DESC))[1] AS top_impact
	FROM @extschema@.risk r
	WHERE r.partnership_id = p.id AND r.status::pg_catalog.text = 'open') rk;

COMMENT ON VIEW partnership_report.partnerships IS 'one row per partnership: type, status, dates, lead, members and sectors, agreement in force, funding, latest evaluation, rule violations and risks';
COMMENT ON COLUMN partnership_report.partnerships.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.partnerships.partnership_code IS 'unique code of the partnership';
COMMENT ON COLUMN partnership_report.partnerships.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.partnerships.formality IS 'formal (written agreement) or informal';
COMMENT ON COLUMN partnership_report.partnerships.formality_label IS 'formality label in partnership.language';
COMMENT ON COLUMN partnership_report.partnerships.horizon IS 'strategic (long-term) or operational (short-term)';
COMMENT ON COLUMN partnership_report.partnerships.horizon_label IS 'horizon label in partnership.language';
COMMENT ON COLUMN partnership_report.partnerships.status IS 'draft, proposed, active, suspended, completed or terminated';
COMMENT ON COLUMN partnership_report.partnerships.status_label IS 'status label in partnership.language';
COMMENT ON COLUMN partnership_report.partnerships.starts_on IS 'first day of the partnership';
COMMENT ON COLUMN partnership_report.partnerships.ends_on IS 'last day of the partnership';
COMMENT ON COLUMN partnership_report.partnerships.owner_id IS 'identity of the government partner that owns the partnership';
COMMENT ON COLUMN partnership_report.partnerships.owner_name IS 'name of the owner';
COMMENT ON COLUMN partnership_report.partnerships.lead_id IS 'identity of the current lead member (the lowest id if several)';
COMMENT ON COLUMN partnership_report.partnerships.lead_name IS 'name of the current lead member';
COMMENT ON COLUMN partnership_report.partnerships.lead_sector IS 'sector of the current lead member';
COMMENT ON COLUMN partnership_report.partnerships.member_count IS 'number of current members';
COMMENT ON COLUMN partnership_report.partnerships.sectors IS 'sectors of the current members, e.g. {government,private,community}';
COMMENT ON COLUMN partnership_report.partnerships.sectors_label IS 'sector labels in partnership.language, comma separated';
COMMENT ON COLUMN partnership_report.partnerships.sector_count IS 'number of sectors among the current members';
COMMENT ON COLUMN partnership_report.partnerships.pentahelix_coverage IS 'share of the five Pentahelix helices (academia, business, community, government, media) among the current members, 0 to 1';
COMMENT ON COLUMN partnership_report.partnerships.agreement_id IS 'identity of the agreement in force: the binding one (pks, addendum) if any, else a signed mou in force';
COMMENT ON COLUMN partnership_report.partnerships.agreement_number IS 'registration number of the agreement in force';
COMMENT ON COLUMN partnership_report.partnerships.agreement_kind IS 'kind of the agreement in force: pks, addendum or mou';
COMMENT ON COLUMN partnership_report.partnerships.agreement_effective_to IS 'last day of the agreement in force';
COMMENT ON COLUMN partnership_report.partnerships.days_to_expiry IS 'days from today until the agreement in force ends';
COMMENT ON COLUMN partnership_report.partnerships.currency IS 'currency of the commitments (NULL when there are none or they use several currencies)';
COMMENT ON COLUMN partnership_report.partnerships.committed_total IS 'sum of all commitments (NULL when they use several currencies: see funding)';
COMMENT ON COLUMN partnership_report.partnerships.disbursed_total IS 'sum of all disbursements (NULL when commitments use several currencies: see funding)';
COMMENT ON COLUMN partnership_report.partnerships.latest_evaluation_id IS 'identity of the latest closed evaluation';
COMMENT ON COLUMN partnership_report.partnerships.latest_evaluation_on IS 'period end of the latest closed evaluation';
COMMENT ON COLUMN partnership_report.partnerships.latest_evaluation_index IS 'index 0-100 of the latest closed evaluation';
COMMENT ON COLUMN partnership_report.partnerships.latest_evaluation_grade IS 'SAKIP grade of the latest closed evaluation: AA, A, BB, B, CC, C, D';
COMMENT ON COLUMN partnership_report.partnerships.latest_evaluation_grade_label IS 'grade label in partnership.language';
COMMENT ON COLUMN partnership_report.partnerships.error_count IS 'number of error rule violations now (check())';
COMMENT ON COLUMN partnership_report.partnerships.warning_count IS 'number of warning rule violations now (check())';
COMMENT ON COLUMN partnership_report.partnerships.open_risks IS 'number of open risks';
COMMENT ON COLUMN partnership_report.partnerships.highest_risk_level IS 'level of the highest-rated open risk: low, medium, high, critical (NULL without open risks)';
COMMENT ON COLUMN partnership_report.partnerships.highest_risk_level_label IS 'level label in partnership.language';

/* ------------------------------------------------------------------------
 * grant_access() (SPEC 10): the three levels of access a DBA hands out.
 *
 * SECURITY INVOKER on purpose: the function only spells out the GRANTs, and
 * they run with the caller's rights, so it grants nothing the caller could
 * not grant by hand (the owner of the extension's objects, a superuser, or
 * a role holding the privileges WITH GRANT OPTION).  As SECURITY DEFINER,
 * any role allowed to execute it could grant itself admin.  Every
 * privilege is checked before the first GRANT, so a caller without the
 * right gets one clear error (42501) instead of PostgreSQL's per-object
 * "no privileges were granted" warnings and a half-granted role.
 * No roles are created, nothing is granted to PUBLIC.
 * ------------------------------------------------------------------------
 */

/*
 * What a level needs: (kind, object, privileges).  read (1): both schemas,
 * the report views, SELECT on every table but audit (the views are
 * security_invoker, so their reader needs the tables); write (2): INSERT,
 * UPDATE, DELETE on the registry tables and USAGE on their identity
 * sequences; admin (3): the same on the catalogues, and SELECT on audit.
 * Nobody is granted any write on audit: the audit trigger writes the trail
 * as the owner of the registry (recording the changing role as actor), so
 * a writer cannot forge or remove audit rows.
 */
CREATE FUNCTION @extschema@.access_plan(rank pg_catalog.int4)
	RETURNS TABLE (kind pg_catalog.text, object pg_catalog.text, privileges pg_catalog.text)
	LANGUAGE sql STABLE STRICT
	SET search_path = pg_catalog, pg_temp
	AS $$
SELECT 'SCHEMA', pg_catalog.quote_ident(n), 'USAGE'
FROM pg_catalog.unnest(ARRAY['@extschema@', 'partnership_report']) AS n
UNION ALL
SELECT 'TABLE', c.oid::pg_catalog.regclass::pg_catalog.text, 'SELECT'
FROM pg_catalog.pg_class c
WHERE (c.relnamespace = 'partnership_report'::pg_catalog.regnamespace AND c.relkind = 'v')
   OR (c.relnamespace = '@extschema@'::pg_catalog.regnamespace AND c.relkind IN ('r', 'p')
       AND c.relname <> 'audit')
UNION ALL
SELECT 'TABLE', c.oid::pg_catalog.regclass::pg_catalog.text, 'INSERT, UPDATE, DELETE'
FROM pg_catalog.pg_class c
WHERE rank >= 2
  AND c.relnamespace = '@extschema@'::pg_catalog.regnamespace AND c.relkind IN ('r', 'p')
  AND c.relname <> 'audit'
  AND (rank >= 3 OR c.relname NOT IN ('clause_kind', 'criterion', 'rule', 'setting'))
UNION ALL
SELECT 'SEQUENCE', s.oid::pg_catalog.regclass::pg_catalog.text, 'USAGE'
FROM pg_catalog.pg_class t
JOIN pg_catalog.pg_depend d ON d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
	AND d.refobjid = t.oid AND d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
	AND d.deptype IN ('a', 'i')
JOIN pg_catalog.pg_class s ON s.oid = d.objid AND s.relkind = 'S'
WHERE rank >= 2
  AND t.relnamespace = '@extschema@'::pg_catalog.regnamespace AND t.relkind IN ('r', 'p')
  AND t.relname <> 'audit'
  AND (rank >= 3 OR t.relname NOT IN ('clause_kind', 'criterion', 'rule', 'setting'))
UNION ALL
SELECT 'TABLE', '@extschema@.audit', 'SELECT'
WHERE rank >= 3
ORDER BY 1, 2, 3
$$;
COMMENT ON FUNCTION @extschema@.access_plan(pg_catalog.int4) IS 'the GRANTs grant_access() makes for an access level: 1 read, 2 write, 3 admin';

CREATE FUNCTION @extschema@.grant_access(role pg_catalog.regrole, level pg_catalog.text)
	RETURNS void
	LANGUAGE plpgsql VOLATILE STRICT SECURITY INVOKER
	SET search_path = pg_catalog, pg_temp
	AS $$
DECLARE
	lvl text := pg_catalog.lower(pg_catalog.btrim(level));
	rank int;
	g record;
	missing text[];
	needed int;
BEGIN
	rank := CASE
		WHEN lvl IN ('read', 'baca') THEN 1
		WHEN lvl IN ('write', 'tulis') THEN 2
		WHEN lvl IN ('admin', 'administrator') THEN 3
	END;
	IF rank IS NULL THEN
		RAISE EXCEPTION 'unknown access level "%"', level
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = 'grant_access() grants one of three levels to a role.',
				HINT = 'Use read (baca), write (tulis) or admin.';
	END IF;
	IF role::pg_catalog.oid = 0 THEN
		RAISE EXCEPTION 'access cannot be granted to PUBLIC'
			USING ERRCODE = 'invalid_parameter_value',
				HINT = 'Grant to a role, and grant that role to the users.';
	END IF;

	/* Check every privilege first: all or nothing. */
	SELECT pg_catalog.array_agg(p.object || ' (' || p.privileges || ')' ORDER BY p.object)
	INTO missing
	FROM @extschema@.access_plan(rank) p
	WHERE NOT CASE p.kind
		WHEN 'SCHEMA' THEN pg_catalog.has_schema_privilege(p.object, 'USAGE WITH GRANT OPTION')
		WHEN 'SEQUENCE' THEN pg_catalog.has_sequence_privilege(p.object, 'USAGE WITH GRANT OPTION')
		ELSE pg_catalog.has_table_privilege(p.object,
			pg_catalog.replace(p.privileges, ',', ' WITH GRANT OPTION,') || ' WITH GRANT OPTION')
	END;
	IF missing IS NOT NULL THEN
		SELECT pg_catalog.count(*) INTO needed FROM @extschema@.access_plan(rank);
		RAISE EXCEPTION 'permission denied to grant access level "%" to role "%"', lvl, role
			USING ERRCODE = 'insufficient_privilege',
				DETAIL = pg_catalog.format('Role "%s" cannot grant %s of the %s privileges the level needs, first %s.',
					CURRENT_USER, pg_catalog.cardinality(missing), needed, missing[1]),
				HINT = 'Run grant_access() as the owner of the extension or a superuser.';
	END IF;

	FOR g IN SELECT * FROM @extschema@.access_plan(rank) LOOP
		EXECUTE pg_catalog.format('GRANT %s ON %s %s TO %s', g.privileges, g.kind, g.object, role);
	END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.grant_access(pg_catalog.regrole, pg_catalog.text) IS 'grant a role one access level: read (baca: the report views and SELECT on the tables they read), write (tulis: read plus INSERT, UPDATE, DELETE on the registry tables; never on audit, which its trigger writes) or admin (write plus the catalogues clause_kind, criterion, rule, setting, and reading audit); runs with the caller''s rights';
