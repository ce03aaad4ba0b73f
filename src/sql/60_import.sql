
/* ------------------------------------------------------------------------
 * Import from spreadsheets (doc/import.md).  Schema partnership_import
 * holds one staging table per sheet, every column text, filled by \copy;
 * partnership.import() checks every staged row, returns every problem
 * (sheet, table, line, field, value and the fix, in partnership.language)
 * and, with apply and no problem, loads everything in dependency order in
 * the caller's transaction and empties the staging tables.  The parsers of
 * dates, amounts and lists are C (src/import/); vocabulary words are read
 * by the types' own parser, then by the DBA's aliases (term_alias).
 * ------------------------------------------------------------------------
 */

/*
 * The extension creates schema partnership_import itself, so one that
 * exists already is someone else's: refuse it, as for partnership_report
 * (01_schemas.sql), rather than put the staging tables where its owner
 * could read or replace them.
 */
DO $$
BEGIN
	IF EXISTS (SELECT FROM pg_catalog.pg_namespace
			   WHERE nspname OPERATOR(pg_catalog.=) 'partnership_import') THEN
		RAISE EXCEPTION 'schema "partnership_import" already exists'
			USING ERRCODE = 'duplicate_schema',
				DETAIL = 'The extension creates schema partnership_import itself, for the staging tables of the import.',
				HINT = 'Drop or rename the existing schema partnership_import, then create or update the extension again.';
	END IF;
END
$$;
CREATE SCHEMA partnership_import;
COMMENT ON SCHEMA partnership_import IS 'staging tables of partnership.import(): one per spreadsheet sheet, every column text, filled by \copy (doc/import.md)';

/* ---------------------------------------------------------------------
 * The parsers (src/import/import_fmgr.c).
 * ---------------------------------------------------------------------
 */
CREATE FUNCTION @extschema@.import_date(cell pg_catalog.text)
	RETURNS pg_catalog.date
	AS 'MODULE_PATHNAME', 'import_date'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.import_date(pg_catalog.text) IS 'a date as spreadsheets hold it: 2026-06-30, 30/06/2026, 30-06-2026, 30 Juni 2026, 30 Jun 2026 (Indonesian or English month names), whatever DateStyle; NULL for a blank cell; anything else fails with 22007 and the fix';

CREATE FUNCTION @extschema@.import_date_problem(cell pg_catalog.text)
	RETURNS pg_catalog.text
	AS 'MODULE_PATHNAME', 'import_date_problem'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.import_date_problem(pg_catalog.text) IS 'NULL when import_date() reads the cell (or it is blank), else the fix in partnership.language';

CREATE FUNCTION @extschema@.import_amount(cell pg_catalog.text)
	RETURNS pg_catalog.numeric
	AS 'MODULE_PATHNAME', 'import_amount'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.import_amount(pg_catalog.text) IS 'an amount as Indonesian spreadsheets hold it: 500000000, 500.000.000, Rp 500.000.000,00 (thousands ''.'', decimals '',''); NULL for a blank cell; abbreviations (1,5 M, 300 jt), English grouping and anything else fail with 22P02 and the fix';

CREATE FUNCTION @extschema@.import_amount_problem(cell pg_catalog.text)
	RETURNS pg_catalog.text
	AS 'MODULE_PATHNAME', 'import_amount_problem'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.import_amount_problem(pg_catalog.text) IS 'NULL when import_amount() reads the cell (or it is blank), else the fix in partnership.language';

CREATE FUNCTION @extschema@.import_list(cell pg_catalog.text)
	RETURNS pg_catalog.text[]
	AS 'MODULE_PATHNAME', 'import_list'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.import_list(pg_catalog.text) IS 'the items of a list cell: split on ; and line breaks when the cell has any, else on commas; items trimmed, empty items skipped; an empty or NULL cell is the empty list';

CREATE FUNCTION @extschema@.import_term(vocabulary pg_catalog.regtype, word pg_catalog.text)
	RETURNS pg_catalog.text
	AS 'MODULE_PATHNAME', 'import_term'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.import_term(pg_catalog.regtype, pg_catalog.text) IS 'the canonical word the vocabulary type reads for word (English, Indonesian or code), or NULL; no aliases';

CREATE FUNCTION @extschema@.import_term_problem(vocabulary pg_catalog.regtype, word pg_catalog.text)
	RETURNS pg_catalog.text
	AS 'MODULE_PATHNAME', 'import_term_problem'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.import_term_problem(pg_catalog.regtype, pg_catalog.text) IS 'NULL when the vocabulary type reads word, else the fix listing the accepted words, in partnership.language';

CREATE FUNCTION @extschema@.import_distance(a pg_catalog.text, b pg_catalog.text)
	RETURNS pg_catalog.int4
	AS 'MODULE_PATHNAME', 'import_distance'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.import_distance(pg_catalog.text, pg_catalog.text) IS 'edit (Levenshtein) distance between two names, ASCII case folded, each cut at 255 bytes: how import() finds the closest names to an unknown one';

CREATE FUNCTION @extschema@.import_circle(parent pg_catalog.int4[])
	RETURNS pg_catalog.int4[]
	AS 'MODULE_PATHNAME', 'import_circle'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.import_circle(pg_catalog.int4[]) IS 'the rows that lie on a circle of a staged tree, for import(): row i has parent[i], the row above it, or NULL; returns the 1-based rows on a circle (not those below one), in linear time';

CREATE FUNCTION @extschema@.import_lock()
	RETURNS pg_catalog.void
	AS 'MODULE_PATHNAME', 'import_lock'
	LANGUAGE C VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.import_lock() IS 'waits for the lock that lets one import(apply => true) load at a time and holds it to the end of the transaction: an advisory lock in a space of the extension''s own, which pg_advisory_lock() cannot take; needs INSERT on partnership.partnership';

CREATE FUNCTION @extschema@.import_message(name pg_catalog.text,
		a pg_catalog.text DEFAULT NULL, b pg_catalog.text DEFAULT NULL,
		c pg_catalog.text DEFAULT NULL)
	RETURNS pg_catalog.text
	AS 'MODULE_PATHNAME', 'import_message'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.import_message(pg_catalog.text, pg_catalog.text, pg_catalog.text, pg_catalog.text) IS 'a problem text of import() from the message catalogue, in partnership.language, with up to three arguments';

/* ---------------------------------------------------------------------
 * term_alias: the DBA's extra words.
 * ---------------------------------------------------------------------
 */
CREATE TABLE @extschema@.term_alias (
	vocabulary pg_catalog.regtype NOT NULL,
	alias pg_catalog.text NOT NULL CONSTRAINT term_alias_alias_check
		CHECK (pg_catalog.btrim(alias) <> ''
			   AND @extschema@.import_term(vocabulary, alias) IS NULL),
	term pg_catalog.text NOT NULL CONSTRAINT term_alias_term_check
		CHECK (@extschema@.import_term(vocabulary, term) IS NOT NULL),
	builtin pg_catalog.bool NOT NULL DEFAULT false,
	CONSTRAINT term_alias_pkey PRIMARY KEY (vocabulary, alias, builtin)
);
CREATE UNIQUE INDEX term_alias_key ON @extschema@.term_alias
	(vocabulary, pg_catalog.lower(pg_catalog.btrim(alias)), builtin);
COMMENT ON TABLE @extschema@.term_alias IS 'extra words the import reads for a vocabulary (e.g. koperasi for sector private); DBA-editable: a DBA''s row wins over a shipped one of the same alias; the types'' own input does not read them';
COMMENT ON COLUMN @extschema@.term_alias.vocabulary IS 'the vocabulary element type, e.g. partnership.sector or partnership.role';
COMMENT ON COLUMN @extschema@.term_alias.alias IS 'the word as spreadsheets hold it (matched trimmed and case-folded); not already a word of the type';
COMMENT ON COLUMN @extschema@.term_alias.term IS 'the word of the type it stands for (any spelling the type reads)';
COMMENT ON COLUMN @extschema@.term_alias.builtin IS 'true for an unedited row shipped by the extension (not dumped); set to false automatically when the row is edited';

CREATE TRIGGER p10_builtin BEFORE INSERT OR UPDATE ON @extschema@.term_alias
	FOR EACH ROW EXECUTE FUNCTION @extschema@.catalogue_edit_trigger();
COMMENT ON TRIGGER p10_builtin ON @extschema@.term_alias IS 'clears builtin when a shipped alias is edited, so pg_dump keeps the edit';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.term_alias', 'WHERE NOT builtin');
/*
 * The shipped set (doc/import.md#aliases says why each): the kinds of
 * organisation and the words for roles that Bappeda and OPD spreadsheets
 * hold but the types do not read.
 */
INSERT INTO @extschema@.term_alias (vocabulary, alias, term, builtin)
SELECT v::pg_catalog.regtype, a, t, true
FROM (VALUES
	('@extschema@.sector', 'pemerintah desa', 'government'),
	('@extschema@.sector', 'pemdes', 'government'),
	('@extschema@.sector', 'desa', 'government'),
	('@extschema@.sector', 'kelurahan', 'government'),
	('@extschema@.sector', 'kecamatan', 'government'),
	('@extschema@.sector', 'pemerintah kabupaten', 'government'),
	('@extschema@.sector', 'pemkab', 'government'),
	('@extschema@.sector', 'pemerintah kota', 'government'),
	('@extschema@.sector', 'pemkot', 'government'),
	('@extschema@.sector', 'pemerintah provinsi', 'government'),
	('@extschema@.sector', 'pemprov', 'government'),
	('@extschema@.sector', 'kementerian', 'government'),
	('@extschema@.sector', 'lembaga pemerintah', 'government'),
	('@extschema@.sector', 'dinas', 'government'),
	('@extschema@.sector', 'opd', 'government'),
	('@extschema@.sector', 'skpd', 'government'),
	('@extschema@.sector', 'bappeda', 'government'),
	('@extschema@.sector', 'sekretariat daerah', 'government'),
	('@extschema@.sector', 'setda', 'government'),
	('@extschema@.sector', 'dprd', 'government'),
	('@extschema@.sector', 'koperasi', 'private'),
	('@extschema@.sector', 'bumdes', 'private'),
	('@extschema@.sector', 'bum desa', 'private'),
	('@extschema@.sector', 'bumn', 'private'),
	('@extschema@.sector', 'bumd', 'private'),
	('@extschema@.sector', 'perusahaan swasta', 'private'),
	('@extschema@.sector', 'umkm', 'private'),
	('@extschema@.sector', 'ukm', 'private'),
	('@extschema@.sector', 'pt', 'private'),
	('@extschema@.sector', 'cv', 'private'),
	('@extschema@.sector', 'csr', 'private'),
	('@extschema@.sector', 'ormas', 'nonprofit'),
	('@extschema@.sector', 'organisasi kemasyarakatan', 'nonprofit'),
	('@extschema@.sector', 'organisasi masyarakat sipil', 'nonprofit'),
	('@extschema@.sector', 'oms', 'nonprofit'),
	('@extschema@.sector', 'cso', 'nonprofit'),
	('@extschema@.sector', 'perkumpulan', 'nonprofit'),
	('@extschema@.sector', 'karang taruna', 'community'),
	('@extschema@.sector', 'pkk', 'community'),
	('@extschema@.sector', 'kelompok tani', 'community'),
	('@extschema@.sector', 'posyandu', 'community'),
	('@extschema@.sector', 'tokoh masyarakat', 'community'),
	('@extschema@.sector', 'rt/rw', 'community'),
	('@extschema@.sector', 'politeknik', 'academia'),
	('@extschema@.sector', 'institut', 'academia'),
	('@extschema@.sector', 'sekolah tinggi', 'academia'),
	('@extschema@.sector', 'lembaga penelitian', 'academia'),
	('@extschema@.sector', 'radio', 'media'),
	('@extschema@.sector', 'televisi', 'media'),
	('@extschema@.sector', 'surat kabar', 'media'),
	('@extschema@.sector', 'media online', 'media'),
	('@extschema@.sector', 'lembaga donor', 'international'),
	('@extschema@.sector', 'donor internasional', 'international'),
	('@extschema@.sector', 'mitra pembangunan', 'international'),
	('@extschema@.sector', 'badan pbb', 'international'),
	('@extschema@.role', 'relawan', 'implementer'),
	('@extschema@.role', 'mitra pelaksana', 'implementer'),
	('@extschema@.role', 'sponsor', 'funder'),
	('@extschema@.role', 'pemberi dana', 'funder'),
	('@extschema@.role', 'penyumbang', 'funder'),
	('@extschema@.role', 'ketua tim', 'lead'),
	('@extschema@.role', 'penanggungjawab', 'lead'),
	('@extschema@.role', 'fasilitator', 'advisor'),
	('@extschema@.role', 'konsultan', 'advisor'),
	('@extschema@.role', 'pengawas', 'evaluator'),
	('@extschema@.role', 'sasaran', 'beneficiary'),
	('@extschema@.role', 'kelompok sasaran', 'beneficiary'),
	('@extschema@.formality', 'tertulis', 'formal'),
	('@extschema@.formality', 'tidak tertulis', 'informal'),
	('@extschema@.agreement_kind', 'kesepakatan', 'mou'),
	('@extschema@.agreement_kind', 'perjanjian', 'pks'),
	('@extschema@.commitment_kind', 'jasa', 'in_kind'),
	('@extschema@.commitment_kind', 'hibah', 'cash')
) AS x (v, a, t);

/* Edits are audited like the other catalogues' (not the shipped rows). */
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.term_alias
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.term_alias IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.term_alias
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.term_alias IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.term_alias
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.term_alias IS 'writes one audit row per deleted row';


CREATE FUNCTION @extschema@.import_word(vocabulary pg_catalog.regtype, word pg_catalog.text)
	RETURNS pg_catalog.text
	AS 'MODULE_PATHNAME', 'import_word'
	LANGUAGE C STABLE STRICT PARALLEL RESTRICTED;
COMMENT ON FUNCTION @extschema@.import_word(pg_catalog.regtype, pg_catalog.text) IS 'the canonical word import() reads for a cell: the vocabulary type''s own words first, then partnership.term_alias (the DBA''s rows before the shipped ones); NULL when neither has it';

CREATE FUNCTION @extschema@.import_words(vocabulary pg_catalog.regtype, words pg_catalog.text[])
	RETURNS pg_catalog.text[]
	AS 'MODULE_PATHNAME', 'import_words'
	LANGUAGE C STABLE STRICT PARALLEL RESTRICTED;
COMMENT ON FUNCTION @extschema@.import_words(pg_catalog.regtype, pg_catalog.text[]) IS 'import_word() of every element of a list, in order: NULL where neither the type nor partnership.term_alias reads the element';
CREATE TABLE partnership_import.partner (
	name pg_catalog.text,
	sector pg_catalog.text,
	iati_ref pg_catalog.text,
	parent pg_catalog.text,
	line pg_catalog.int8 GENERATED BY DEFAULT AS IDENTITY (START WITH 2) PRIMARY KEY,
	sheet pg_catalog.text,
	staged_by pg_catalog.name NOT NULL DEFAULT CURRENT_USER
);
COMMENT ON TABLE partnership_import.partner IS 'staging sheet of partners (organisations) for partnership.import(); every column text as typed';
COMMENT ON COLUMN partnership_import.partner.name IS 'name of the organisation, unique (trimmed, case-folded)';
COMMENT ON COLUMN partnership_import.partner.sector IS 'sector as typed (see partnership.partner.sector)';
COMMENT ON COLUMN partnership_import.partner.iati_ref IS 'iati_ref as typed (see partnership.partner.iati_ref)';
COMMENT ON COLUMN partnership_import.partner.parent IS 'name of the parent organisation (a partner of the registry or of this sheet)';
COMMENT ON COLUMN partnership_import.partner.line IS 'line of the row in its sheet, numbered in file order by \copy from 2 (line 1 is the header)';
COMMENT ON COLUMN partnership_import.partner.sheet IS 'name of the file the row came from (optional)';
COMMENT ON COLUMN partnership_import.partner.staged_by IS 'the role that staged the row; in multi-institution mode import() reads, loads and empties only the rows of the role calling it';

CREATE TABLE partnership_import.contact (
	partner pg_catalog.text,
	name pg_catalog.text,
	position pg_catalog.text,
	email pg_catalog.text,
	phone pg_catalog.text,
	line pg_catalog.int8 GENERATED BY DEFAULT AS IDENTITY (START WITH 2) PRIMARY KEY,
	sheet pg_catalog.text,
	staged_by pg_catalog.name NOT NULL DEFAULT CURRENT_USER
);
COMMENT ON TABLE partnership_import.contact IS 'staging sheet of contact persons of partners for partnership.import(); every column text as typed';
COMMENT ON COLUMN partnership_import.contact.partner IS 'name of the partner';
COMMENT ON COLUMN partnership_import.contact.name IS 'name as typed (see partnership.contact.name)';
COMMENT ON COLUMN partnership_import.contact.position IS 'position as typed (see partnership.contact.position)';
COMMENT ON COLUMN partnership_import.contact.email IS 'email as typed (see partnership.contact.email)';
COMMENT ON COLUMN partnership_import.contact.phone IS 'phone as typed (see partnership.contact.phone)';
COMMENT ON COLUMN partnership_import.contact.line IS 'line of the row in its sheet, numbered in file order by \copy from 2 (line 1 is the header)';
COMMENT ON COLUMN partnership_import.contact.sheet IS 'name of the file the row came from (optional)';
COMMENT ON COLUMN partnership_import.contact.staged_by IS 'the role that staged the row; in multi-institution mode import() reads, loads and empties only the rows of the role calling it';

CREATE TABLE partnership_import.partnership (
	code pg_catalog.text,
	name pg_catalog.text,
	formality pg_catalog.text,
	horizon pg_catalog.text,
	status pg_catalog.text,
	starts_on pg_catalog.text,
	ends_on pg_catalog.text,
	objectives pg_catalog.text,
	owner pg_catalog.text,
	evaluation_interval pg_catalog.text,
	description pg_catalog.text,
	ended_on pg_catalog.text,
	end_reason pg_catalog.text,
	line pg_catalog.int8 GENERATED BY DEFAULT AS IDENTITY (START WITH 2) PRIMARY KEY,
	sheet pg_catalog.text,
	staged_by pg_catalog.name NOT NULL DEFAULT CURRENT_USER
);
COMMENT ON TABLE partnership_import.partnership IS 'staging sheet of partnerships for partnership.import(); every column text as typed';
COMMENT ON COLUMN partnership_import.partnership.code IS 'unique code of the partnership';
COMMENT ON COLUMN partnership_import.partnership.name IS 'name as typed (see partnership.partnership.name)';
COMMENT ON COLUMN partnership_import.partnership.formality IS 'formality as typed (see partnership.partnership.formality)';
COMMENT ON COLUMN partnership_import.partnership.horizon IS 'horizon as typed (see partnership.partnership.horizon)';
COMMENT ON COLUMN partnership_import.partnership.status IS 'lifecycle status to reach (draft by default); active, suspended, completed, terminated load through the lifecycle';
COMMENT ON COLUMN partnership_import.partnership.starts_on IS 'starts_on as typed (see partnership.partnership.starts_on)';
COMMENT ON COLUMN partnership_import.partnership.ends_on IS 'ends_on as typed (see partnership.partnership.ends_on)';
COMMENT ON COLUMN partnership_import.partnership.objectives IS 'a list: separated by ; or line breaks (or commas when there are none)';
COMMENT ON COLUMN partnership_import.partnership.owner IS 'name of the government partner that owns the partnership';
COMMENT ON COLUMN partnership_import.partnership.ended_on IS 'ended_on as typed, for a completed or terminated partnership (see partnership.partnership.ended_on; default its ends_on when that has passed, else the day of the import)';
COMMENT ON COLUMN partnership_import.partnership.end_reason IS 'end_reason as typed (see partnership.partnership.end_reason; required for a terminated partnership)';
COMMENT ON COLUMN partnership_import.partnership.evaluation_interval IS 'evaluation_interval as typed (see partnership.partnership.evaluation_interval)';
COMMENT ON COLUMN partnership_import.partnership.description IS 'description as typed (see partnership.partnership.description)';
COMMENT ON COLUMN partnership_import.partnership.line IS 'line of the row in its sheet, numbered in file order by \copy from 2 (line 1 is the header)';
COMMENT ON COLUMN partnership_import.partnership.sheet IS 'name of the file the row came from (optional)';
COMMENT ON COLUMN partnership_import.partnership.staged_by IS 'the role that staged the row; in multi-institution mode import() reads, loads and empties only the rows of the role calling it';

CREATE TABLE partnership_import.member (
	partnership pg_catalog.text,
	partner pg_catalog.text,
	roles pg_catalog.text,
	title pg_catalog.text,
	joined_on pg_catalog.text,
	left_on pg_catalog.text,
	influence pg_catalog.text,
	interest pg_catalog.text,
	line pg_catalog.int8 GENERATED BY DEFAULT AS IDENTITY (START WITH 2) PRIMARY KEY,
	sheet pg_catalog.text,
	staged_by pg_catalog.name NOT NULL DEFAULT CURRENT_USER
);
COMMENT ON TABLE partnership_import.member IS 'staging sheet of members of partnerships for partnership.import(); every column text as typed';
COMMENT ON COLUMN partnership_import.member.partnership IS 'code of the partnership';
COMMENT ON COLUMN partnership_import.member.partner IS 'name of the partner';
COMMENT ON COLUMN partnership_import.member.roles IS 'a list of roles (English, Indonesian, codes or aliases)';
COMMENT ON COLUMN partnership_import.member.title IS 'title as typed (see partnership.member.title)';
COMMENT ON COLUMN partnership_import.member.joined_on IS 'joined_on as typed (see partnership.member.joined_on)';
COMMENT ON COLUMN partnership_import.member.left_on IS 'left_on as typed (see partnership.member.left_on)';
COMMENT ON COLUMN partnership_import.member.influence IS 'influence as typed (see partnership.member.influence)';
COMMENT ON COLUMN partnership_import.member.interest IS 'interest as typed (see partnership.member.interest)';
COMMENT ON COLUMN partnership_import.member.line IS 'line of the row in its sheet, numbered in file order by \copy from 2 (line 1 is the header)';
COMMENT ON COLUMN partnership_import.member.sheet IS 'name of the file the row came from (optional)';
COMMENT ON COLUMN partnership_import.member.staged_by IS 'the role that staged the row; in multi-institution mode import() reads, loads and empties only the rows of the role calling it';

CREATE TABLE partnership_import.agreement (
	partnership pg_catalog.text,
	kind pg_catalog.text,
	number pg_catalog.text,
	amends pg_catalog.text,
	status pg_catalog.text,
	title pg_catalog.text,
	signed_on pg_catalog.text,
	effective_from pg_catalog.text,
	effective_to pg_catalog.text,
	objectives pg_catalog.text,
	terminated_on pg_catalog.text,
	termination_reason pg_catalog.text,
	clauses pg_catalog.text,
	line pg_catalog.int8 GENERATED BY DEFAULT AS IDENTITY (START WITH 2) PRIMARY KEY,
	sheet pg_catalog.text,
	staged_by pg_catalog.name NOT NULL DEFAULT CURRENT_USER
);
COMMENT ON TABLE partnership_import.agreement IS 'staging sheet of agreements (MoU, PKS, addenda) for partnership.import(); every column text as typed';
COMMENT ON COLUMN partnership_import.agreement.partnership IS 'code of the partnership';
COMMENT ON COLUMN partnership_import.agreement.kind IS 'kind as typed (see partnership.agreement.kind)';
COMMENT ON COLUMN partnership_import.agreement.number IS 'number as typed (see partnership.agreement.number)';
COMMENT ON COLUMN partnership_import.agreement.amends IS 'for an addendum: number of the agreement it replaces, within the partnership';
COMMENT ON COLUMN partnership_import.agreement.status IS 'status as typed (see partnership.agreement.status)';
COMMENT ON COLUMN partnership_import.agreement.title IS 'title as typed (see partnership.agreement.title)';
COMMENT ON COLUMN partnership_import.agreement.signed_on IS 'signed_on as typed (see partnership.agreement.signed_on)';
COMMENT ON COLUMN partnership_import.agreement.effective_from IS 'effective_from as typed (see partnership.agreement.effective_from)';
COMMENT ON COLUMN partnership_import.agreement.effective_to IS 'effective_to as typed (see partnership.agreement.effective_to)';
COMMENT ON COLUMN partnership_import.agreement.objectives IS 'a list: separated by ; or line breaks (or commas when there are none)';
COMMENT ON COLUMN partnership_import.agreement.terminated_on IS 'terminated_on as typed (see partnership.agreement.terminated_on)';
COMMENT ON COLUMN partnership_import.agreement.termination_reason IS 'termination_reason as typed (see partnership.agreement.termination_reason)';
COMMENT ON COLUMN partnership_import.agreement.clauses IS 'clause kinds the agreement holds (codes or English or Indonesian labels of partnership.clause_kind), as a list';
COMMENT ON COLUMN partnership_import.agreement.line IS 'line of the row in its sheet, numbered in file order by \copy from 2 (line 1 is the header)';
COMMENT ON COLUMN partnership_import.agreement.sheet IS 'name of the file the row came from (optional)';
COMMENT ON COLUMN partnership_import.agreement.staged_by IS 'the role that staged the row; in multi-institution mode import() reads, loads and empties only the rows of the role calling it';

CREATE TABLE partnership_import.agreement_party (
	partnership pg_catalog.text,
	agreement pg_catalog.text,
	partner pg_catalog.text,
	roles pg_catalog.text,
	responsibilities pg_catalog.text,
	signatory_name pg_catalog.text,
	signatory_title pg_catalog.text,
	signed_on pg_catalog.text,
	line pg_catalog.int8 GENERATED BY DEFAULT AS IDENTITY (START WITH 2) PRIMARY KEY,
	sheet pg_catalog.text,
	staged_by pg_catalog.name NOT NULL DEFAULT CURRENT_USER
);
COMMENT ON TABLE partnership_import.agreement_party IS 'staging sheet of parties of agreements for partnership.import(); every column text as typed';
COMMENT ON COLUMN partnership_import.agreement_party.partnership IS 'code of the partnership';
COMMENT ON COLUMN partnership_import.agreement_party.agreement IS 'number of the agreement, within the partnership';
COMMENT ON COLUMN partnership_import.agreement_party.partner IS 'name of the partner';
COMMENT ON COLUMN partnership_import.agreement_party.roles IS 'a list of roles (English, Indonesian, codes or aliases)';
COMMENT ON COLUMN partnership_import.agreement_party.responsibilities IS 'a list: separated by ; or line breaks (or commas when there are none)';
COMMENT ON COLUMN partnership_import.agreement_party.signatory_name IS 'signatory_name as typed (see partnership.agreement_party.signatory_name)';
COMMENT ON COLUMN partnership_import.agreement_party.signatory_title IS 'signatory_title as typed (see partnership.agreement_party.signatory_title)';
COMMENT ON COLUMN partnership_import.agreement_party.signed_on IS 'signed_on as typed (see partnership.agreement_party.signed_on)';
COMMENT ON COLUMN partnership_import.agreement_party.line IS 'line of the row in its sheet, numbered in file order by \copy from 2 (line 1 is the header)';
COMMENT ON COLUMN partnership_import.agreement_party.sheet IS 'name of the file the row came from (optional)';
COMMENT ON COLUMN partnership_import.agreement_party.staged_by IS 'the role that staged the row; in multi-institution mode import() reads, loads and empties only the rows of the role calling it';

CREATE TABLE partnership_import.commitment (
	partnership pg_catalog.text,
	partner pg_catalog.text,
	kind pg_catalog.text,
	amount pg_catalog.text,
	currency pg_catalog.text,
	committed_on pg_catalog.text,
	description pg_catalog.text,
	line pg_catalog.int8 GENERATED BY DEFAULT AS IDENTITY (START WITH 2) PRIMARY KEY,
	sheet pg_catalog.text,
	staged_by pg_catalog.name NOT NULL DEFAULT CURRENT_USER
);
COMMENT ON TABLE partnership_import.commitment IS 'staging sheet of commitments of members for partnership.import(); every column text as typed';
COMMENT ON COLUMN partnership_import.commitment.partnership IS 'code of the partnership';
COMMENT ON COLUMN partnership_import.commitment.partner IS 'name of the partner';
COMMENT ON COLUMN partnership_import.commitment.kind IS 'kind as typed (see partnership.commitment.kind)';
COMMENT ON COLUMN partnership_import.commitment.amount IS 'amount as typed (see partnership.commitment.amount)';
COMMENT ON COLUMN partnership_import.commitment.currency IS 'currency as typed (see partnership.commitment.currency)';
COMMENT ON COLUMN partnership_import.commitment.committed_on IS 'committed_on as typed (see partnership.commitment.committed_on)';
COMMENT ON COLUMN partnership_import.commitment.description IS 'description as typed (see partnership.commitment.description)';
COMMENT ON COLUMN partnership_import.commitment.line IS 'line of the row in its sheet, numbered in file order by \copy from 2 (line 1 is the header)';
COMMENT ON COLUMN partnership_import.commitment.sheet IS 'name of the file the row came from (optional)';
COMMENT ON COLUMN partnership_import.commitment.staged_by IS 'the role that staged the row; in multi-institution mode import() reads, loads and empties only the rows of the role calling it';

CREATE TABLE partnership_import.disbursement (
	partnership pg_catalog.text,
	partner pg_catalog.text,
	commitment pg_catalog.text,
	amount pg_catalog.text,
	paid_on pg_catalog.text,
	line pg_catalog.int8 GENERATED BY DEFAULT AS IDENTITY (START WITH 2) PRIMARY KEY,
	sheet pg_catalog.text,
	staged_by pg_catalog.name NOT NULL DEFAULT CURRENT_USER
);
COMMENT ON TABLE partnership_import.disbursement IS 'staging sheet of disbursements against commitments for partnership.import(); every column text as typed';
COMMENT ON COLUMN partnership_import.disbursement.partnership IS 'code of the partnership';
COMMENT ON COLUMN partnership_import.disbursement.partner IS 'name of the partner';
COMMENT ON COLUMN partnership_import.disbursement.commitment IS 'line of the commitment sheet paid against; needed only when the partner has several commitments in the partnership';
COMMENT ON COLUMN partnership_import.disbursement.amount IS 'amount as typed (see partnership.disbursement.amount)';
COMMENT ON COLUMN partnership_import.disbursement.paid_on IS 'paid_on as typed (see partnership.disbursement.paid_on)';
COMMENT ON COLUMN partnership_import.disbursement.line IS 'line of the row in its sheet, numbered in file order by \copy from 2 (line 1 is the header)';
COMMENT ON COLUMN partnership_import.disbursement.sheet IS 'name of the file the row came from (optional)';
COMMENT ON COLUMN partnership_import.disbursement.staged_by IS 'the role that staged the row; in multi-institution mode import() reads, loads and empties only the rows of the role calling it';

CREATE TABLE partnership_import.indicator (
	partnership pg_catalog.text,
	code pg_catalog.text,
	name pg_catalog.text,
	unit pg_catalog.text,
	direction pg_catalog.text,
	aggregation pg_catalog.text,
	baseline pg_catalog.text,
	target pg_catalog.text,
	target_on pg_catalog.text,
	line pg_catalog.int8 GENERATED BY DEFAULT AS IDENTITY (START WITH 2) PRIMARY KEY,
	sheet pg_catalog.text,
	staged_by pg_catalog.name NOT NULL DEFAULT CURRENT_USER
);
COMMENT ON TABLE partnership_import.indicator IS 'staging sheet of indicators of partnerships for partnership.import(); every column text as typed';
COMMENT ON COLUMN partnership_import.indicator.partnership IS 'code of the partnership';
COMMENT ON COLUMN partnership_import.indicator.code IS 'code as typed (see partnership.indicator.code)';
COMMENT ON COLUMN partnership_import.indicator.name IS 'name as typed (see partnership.indicator.name)';
COMMENT ON COLUMN partnership_import.indicator.unit IS 'unit as typed (see partnership.indicator.unit)';
COMMENT ON COLUMN partnership_import.indicator.direction IS 'direction as typed (see partnership.indicator.direction)';
COMMENT ON COLUMN partnership_import.indicator.aggregation IS 'aggregation as typed (see partnership.indicator.aggregation)';
COMMENT ON COLUMN partnership_import.indicator.baseline IS 'baseline as typed (see partnership.indicator.baseline)';
COMMENT ON COLUMN partnership_import.indicator.target IS 'target as typed (see partnership.indicator.target)';
COMMENT ON COLUMN partnership_import.indicator.target_on IS 'target_on as typed (see partnership.indicator.target_on)';
COMMENT ON COLUMN partnership_import.indicator.line IS 'line of the row in its sheet, numbered in file order by \copy from 2 (line 1 is the header)';
COMMENT ON COLUMN partnership_import.indicator.sheet IS 'name of the file the row came from (optional)';
COMMENT ON COLUMN partnership_import.indicator.staged_by IS 'the role that staged the row; in multi-institution mode import() reads, loads and empties only the rows of the role calling it';

CREATE TABLE partnership_import.measurement (
	partnership pg_catalog.text,
	indicator pg_catalog.text,
	period_end pg_catalog.text,
	value pg_catalog.text,
	line pg_catalog.int8 GENERATED BY DEFAULT AS IDENTITY (START WITH 2) PRIMARY KEY,
	sheet pg_catalog.text,
	staged_by pg_catalog.name NOT NULL DEFAULT CURRENT_USER
);
COMMENT ON TABLE partnership_import.measurement IS 'staging sheet of measurements of indicators for partnership.import(); every column text as typed';
COMMENT ON COLUMN partnership_import.measurement.partnership IS 'code of the partnership';
COMMENT ON COLUMN partnership_import.measurement.indicator IS 'code of the indicator, within the partnership';
COMMENT ON COLUMN partnership_import.measurement.period_end IS 'period_end as typed (see partnership.measurement.period_end)';
COMMENT ON COLUMN partnership_import.measurement.value IS 'value as typed (see partnership.measurement.value)';
COMMENT ON COLUMN partnership_import.measurement.line IS 'line of the row in its sheet, numbered in file order by \copy from 2 (line 1 is the header)';
COMMENT ON COLUMN partnership_import.measurement.sheet IS 'name of the file the row came from (optional)';
COMMENT ON COLUMN partnership_import.measurement.staged_by IS 'the role that staged the row; in multi-institution mode import() reads, loads and empties only the rows of the role calling it';

/*
 * Who staged a row (src/import/staging.c): the current user, recorded on
 * insert whatever the row says; with multi-institution mode on, only that
 * role changes or deletes it.
 */
CREATE FUNCTION @extschema@.import_staging_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'import_staging_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.import_staging_trigger() IS 'trigger: records the current user as staged_by of a staged row; in multi-institution mode refuses (42501) a change of another role''s staged row (BEFORE ROW on partnership_import tables)';
CREATE TRIGGER p10_staged BEFORE INSERT OR UPDATE OR DELETE ON partnership_import.partner
	FOR EACH ROW EXECUTE FUNCTION @extschema@.import_staging_trigger();
COMMENT ON TRIGGER p10_staged ON partnership_import.partner IS 'records who staged the row; in multi-institution mode only that role changes it';
CREATE TRIGGER p10_staged BEFORE INSERT OR UPDATE OR DELETE ON partnership_import.contact
	FOR EACH ROW EXECUTE FUNCTION @extschema@.import_staging_trigger();
COMMENT ON TRIGGER p10_staged ON partnership_import.contact IS 'records who staged the row; in multi-institution mode only that role changes it';
CREATE TRIGGER p10_staged BEFORE INSERT OR UPDATE OR DELETE ON partnership_import.partnership
	FOR EACH ROW EXECUTE FUNCTION @extschema@.import_staging_trigger();
COMMENT ON TRIGGER p10_staged ON partnership_import.partnership IS 'records who staged the row; in multi-institution mode only that role changes it';
CREATE TRIGGER p10_staged BEFORE INSERT OR UPDATE OR DELETE ON partnership_import.member
	FOR EACH ROW EXECUTE FUNCTION @extschema@.import_staging_trigger();
COMMENT ON TRIGGER p10_staged ON partnership_import.member IS 'records who staged the row; in multi-institution mode only that role changes it';
CREATE TRIGGER p10_staged BEFORE INSERT OR UPDATE OR DELETE ON partnership_import.agreement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.import_staging_trigger();
COMMENT ON TRIGGER p10_staged ON partnership_import.agreement IS 'records who staged the row; in multi-institution mode only that role changes it';
CREATE TRIGGER p10_staged BEFORE INSERT OR UPDATE OR DELETE ON partnership_import.agreement_party
	FOR EACH ROW EXECUTE FUNCTION @extschema@.import_staging_trigger();
COMMENT ON TRIGGER p10_staged ON partnership_import.agreement_party IS 'records who staged the row; in multi-institution mode only that role changes it';
CREATE TRIGGER p10_staged BEFORE INSERT OR UPDATE OR DELETE ON partnership_import.commitment
	FOR EACH ROW EXECUTE FUNCTION @extschema@.import_staging_trigger();
COMMENT ON TRIGGER p10_staged ON partnership_import.commitment IS 'records who staged the row; in multi-institution mode only that role changes it';
CREATE TRIGGER p10_staged BEFORE INSERT OR UPDATE OR DELETE ON partnership_import.disbursement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.import_staging_trigger();
COMMENT ON TRIGGER p10_staged ON partnership_import.disbursement IS 'records who staged the row; in multi-institution mode only that role changes it';
CREATE TRIGGER p10_staged BEFORE INSERT OR UPDATE OR DELETE ON partnership_import.indicator
	FOR EACH ROW EXECUTE FUNCTION @extschema@.import_staging_trigger();
COMMENT ON TRIGGER p10_staged ON partnership_import.indicator IS 'records who staged the row; in multi-institution mode only that role changes it';
CREATE TRIGGER p10_staged BEFORE INSERT OR UPDATE OR DELETE ON partnership_import.measurement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.import_staging_trigger();
COMMENT ON TRIGGER p10_staged ON partnership_import.measurement IS 'records who staged the row; in multi-institution mode only that role changes it';
CREATE FUNCTION @extschema@.import_lines_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'import_lines_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.import_lines_trigger() IS 'trigger: a sheet staged into an empty staging table numbers its lines from 2 again, so that line stays the row Excel shows after staged rows were deleted or rolled back; not in multi-institution mode (BEFORE INSERT STATEMENT on partnership_import tables)';
CREATE TRIGGER p05_lines BEFORE INSERT ON partnership_import.partner
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.import_lines_trigger();
COMMENT ON TRIGGER p05_lines ON partnership_import.partner IS 'lines from 2 again when staged into an empty table';
CREATE TRIGGER p05_lines BEFORE INSERT ON partnership_import.contact
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.import_lines_trigger();
COMMENT ON TRIGGER p05_lines ON partnership_import.contact IS 'lines from 2 again when staged into an empty table';
CREATE TRIGGER p05_lines BEFORE INSERT ON partnership_import.partnership
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.import_lines_trigger();
COMMENT ON TRIGGER p05_lines ON partnership_import.partnership IS 'lines from 2 again when staged into an empty table';
CREATE TRIGGER p05_lines BEFORE INSERT ON partnership_import.member
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.import_lines_trigger();
COMMENT ON TRIGGER p05_lines ON partnership_import.member IS 'lines from 2 again when staged into an empty table';
CREATE TRIGGER p05_lines BEFORE INSERT ON partnership_import.agreement
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.import_lines_trigger();
COMMENT ON TRIGGER p05_lines ON partnership_import.agreement IS 'lines from 2 again when staged into an empty table';
CREATE TRIGGER p05_lines BEFORE INSERT ON partnership_import.agreement_party
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.import_lines_trigger();
COMMENT ON TRIGGER p05_lines ON partnership_import.agreement_party IS 'lines from 2 again when staged into an empty table';
CREATE TRIGGER p05_lines BEFORE INSERT ON partnership_import.commitment
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.import_lines_trigger();
COMMENT ON TRIGGER p05_lines ON partnership_import.commitment IS 'lines from 2 again when staged into an empty table';
CREATE TRIGGER p05_lines BEFORE INSERT ON partnership_import.disbursement
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.import_lines_trigger();
COMMENT ON TRIGGER p05_lines ON partnership_import.disbursement IS 'lines from 2 again when staged into an empty table';
CREATE TRIGGER p05_lines BEFORE INSERT ON partnership_import.indicator
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.import_lines_trigger();
COMMENT ON TRIGGER p05_lines ON partnership_import.indicator IS 'lines from 2 again when staged into an empty table';
CREATE TRIGGER p05_lines BEFORE INSERT ON partnership_import.measurement
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.import_lines_trigger();
COMMENT ON TRIGGER p05_lines ON partnership_import.measurement IS 'lines from 2 again when staged into an empty table';
/*
 * Nothing is granted here: partnership.grant_access() hands out the staging
 * tables with the write level (doc/import.md#privileges).
 */

/* ---------------------------------------------------------------------
 * import(): check, then (dry run or apply) load in a subtransaction.
 * ---------------------------------------------------------------------
 */
CREATE FUNCTION @extschema@.import(apply pg_catalog.bool DEFAULT false,
		legacy pg_catalog.bool DEFAULT false)
	RETURNS TABLE (sheet pg_catalog.text, relation pg_catalog.text,
				   line pg_catalog.int8, field pg_catalog.text,
				   value pg_catalog.text, problem pg_catalog.text)
	LANGUAGE plpgsql VOLATILE SECURITY INVOKER
	SET search_path = pg_catalog, pg_temp
	SET jit = off
	AS $import$
#variable_conflict use_column
DECLARE
	ws CONSTANT text := E' \t\r\n';
	blocking bigint;
	trial jsonb := '[]';
	steps text[];
	step text;
	rel text;
	sql text;
	n bigint;
	lines bigint[];
	l bigint;
	failed boolean := false;
	step_kind text;
	status_step boolean;
	incomplete text[];
	written bigint;
	named bigint;
	waiting bigint[];
	pending bigint[];
	fresh bigint[];
	refused bigint[];
	last_pass boolean;
	e_sqlstate text;
	/*
	 * The lines of one sheet ($1) that begin to wait: those that hang on a
	 * row of an earlier sheet that waits (import_waiting) by a name they
	 * reference, by the membership a party or commitment needs, by the
	 * commitment a payment is made against, or on a partnership of the
	 * registry the caller may not write; or, given the lines just refused
	 * ($2), those; and in both cases the rows of the same sheet that hang
	 * on these or on a row of the sheet already waiting (a child partner,
	 * an addendum), to the last one.
	 */
	waiting_sql CONSTANT text := $waiting$
		WITH RECURSIVE seed (line) AS (
			SELECT unnest($2)
			UNION ALL
			SELECT w.line FROM pg_temp.import_waiting w
			WHERE $2 IS NULL AND w.relation = $1 AND w.line IS NOT NULL
			UNION ALL
			SELECT r.line FROM pg_temp.import_refs r
			JOIN pg_temp.import_names n ON n.kind = r.kind AND n.scope = r.scope AND n.key = r.key
			JOIN pg_temp.import_waiting w ON w.relation = n.kind AND w.line = n.line
			WHERE $2 IS NULL AND r.relation = $1
			UNION ALL
			SELECT r.line FROM pg_temp.import_refs r
			JOIN pg_temp.import_waiting w ON w.relation = r.kind AND w.line IS NULL AND w.key = r.key
			WHERE $2 IS NULL AND r.relation = $1 AND r.kind = 'partnership'
			UNION ALL
			SELECT t.line FROM pg_temp.import_agreement_party t
			JOIN pg_temp.import_member m ON m.k_partnership = t.k_partnership AND m.k_partner = t.k_partner
			JOIN pg_temp.import_waiting w ON w.relation = 'member' AND w.line = m.line
			WHERE $2 IS NULL AND $1 = 'agreement_party'
			UNION ALL
			SELECT t.line FROM pg_temp.import_commitment t
			JOIN pg_temp.import_member m ON m.k_partnership = t.k_partnership AND m.k_partner = t.k_partner
			JOIN pg_temp.import_waiting w ON w.relation = 'member' AND w.line = m.line
			WHERE $2 IS NULL AND $1 = 'commitment'
			UNION ALL
			SELECT t.line FROM pg_temp.import_disbursement t
			JOIN pg_temp.import_commitment c ON c.id = t.commitment_id
			JOIN pg_temp.import_waiting w ON w.relation = 'commitment' AND w.line = c.line
			WHERE $2 IS NULL AND $1 = 'disbursement'
		), closure (line) AS (
			SELECT line FROM seed
			UNION
			SELECT r.line FROM closure c
			/*
			 * probed by its index for each row of the step (OFFSET 0 keeps
			 * it a subquery): joined whole, the planner hashes every name
			 * at every step, which a chain of thousands makes quadratic
			 */
			CROSS JOIN LATERAL (SELECT n.kind, n.scope, n.key FROM pg_temp.import_names n
								WHERE n.kind = $1 AND n.line = c.line OFFSET 0) n
			JOIN pg_temp.import_refs r ON r.kind = n.kind AND r.scope = n.scope AND r.key = n.key
			WHERE r.relation = $1
		)
		SELECT coalesce(array_agg(c.line), '{}') FROM closure c
		WHERE NOT EXISTS (SELECT FROM pg_temp.import_waiting w WHERE w.relation = $1 AND w.line = c.line)
	$waiting$;
	/*
	 * The partnerships (their keys) that a waiting row belongs to which
	 * the rules or the status steps read: staged, or with a member,
	 * agreement, party or commitment that waits, or of the registry and
	 * waiting as a whole.  A status step leaves them as they are, and the
	 * commit-time check does not name them.  (No rule reads disbursements,
	 * indicators or measurements.)
	 */
	incomplete_sql CONSTANT text := $incomplete$
		SELECT w.key FROM pg_temp.import_waiting w WHERE w.relation = 'partnership' AND w.line IS NULL
		UNION SELECT t.k_code FROM pg_temp.import_partnership t
			JOIN pg_temp.import_waiting w ON w.relation = 'partnership' AND w.line = t.line
		UNION SELECT t.k_partnership FROM pg_temp.import_member t
			JOIN pg_temp.import_waiting w ON w.relation = 'member' AND w.line = t.line
		UNION SELECT t.k_partnership FROM pg_temp.import_agreement t
			JOIN pg_temp.import_waiting w ON w.relation = 'agreement' AND w.line = t.line
		UNION SELECT t.k_partnership FROM pg_temp.import_agreement_party t
			JOIN pg_temp.import_waiting w ON w.relation = 'agreement_party' AND w.line = t.line
		UNION SELECT t.k_partnership FROM pg_temp.import_commitment t
			JOIN pg_temp.import_waiting w ON w.relation = 'commitment' AND w.line = t.line
	$incomplete$;
	e_msg text;
	e_detail text;
	e_hint text;
	e_column text;
	e_constraint text;
	e_state text;
	e_value text;
	e_row jsonb;
	e_field text;
	r record;
	/* multi-institution mode: each role imports the rows it staged itself */
	own_only CONSTANT boolean := @extschema@.multi_institution();
	/* the staging sheets, in load order; each has its work table import_<sheet> */
	sheets CONSTANT text[] := ARRAY['partner', 'contact', 'partnership', 'member', 'agreement',
		'agreement_party', 'commitment', 'disbursement', 'indicator', 'measurement'];
BEGIN
	apply := coalesce(apply, false);
	legacy := coalesce(legacy, false);

	/*
	 * One import applies at a time: a second one waits here until the
	 * first commits, then finds its rows in the registry (and the staging
	 * tables emptied) instead of loading them twice.
	 */
	IF apply THEN
		PERFORM @extschema@.import_lock();
	END IF;

	CREATE TEMP TABLE import_problem (
		sheet text, relation text, line bigint, field text, value text,
		problem text, warning boolean NOT NULL DEFAULT false, ord int
	) ON COMMIT DROP;
	/* the staged rows step 3 does not try this call (see there) */
	CREATE TEMP TABLE import_waiting (relation text, line bigint, key text) ON COMMIT DROP;

	/* -------------------------------------------------------------
	 * 1. Every staged row parsed once into a typed copy.
	 * ------------------------------------------------------------- */
	CREATE TEMP TABLE import_partner ON COMMIT DROP AS
	SELECT s.line, s.sheet, s.name, s.sector, s.iati_ref, s.parent,
		nullif(btrim(s.name, ws), '') AS v_name,
		lower(nullif(btrim(s.name, ws), '')) AS k_name,
		@extschema@.import_word('@extschema@.sector', s.sector) AS v_sector,
		nullif(btrim(s.iati_ref, ws), '') AS v_iati,
		lower(nullif(btrim(s.parent, ws), '')) AS k_parent,
		NULL::int AS depth,
		nextval('@extschema@.partner_id_seq'::regclass) AS id
	FROM (SELECT * FROM partnership_import.partner WHERE NOT own_only OR staged_by = CURRENT_USER ORDER BY line) s;

	CREATE TEMP TABLE import_contact ON COMMIT DROP AS
	SELECT s.line, s.sheet, s.partner, s.name, s.position, s.email, s.phone,
		lower(nullif(btrim(s.partner, ws), '')) AS k_partner,
		nullif(btrim(s.name, ws), '') AS v_name,
		nullif(btrim(s.position, ws), '') AS v_position,
		nullif(btrim(s.email, ws), '') AS v_email,
		nullif(btrim(s.phone, ws), '') AS v_phone
	FROM partnership_import.contact s WHERE NOT own_only OR s.staged_by = CURRENT_USER;

	CREATE TEMP TABLE import_partnership ON COMMIT DROP AS
	SELECT s.line, s.sheet, s.code, s.name, s.formality, s.horizon, s.status,
		s.starts_on, s.ends_on, s.objectives, s.owner, s.evaluation_interval,
		s.description, s.ended_on, s.end_reason,
		@extschema@.import_date_problem(s.ended_on) AS p_ended,
		nullif(btrim(s.end_reason, ws), '') AS v_end_reason,
		nullif(btrim(s.code, ws), '') AS v_code,
		lower(nullif(btrim(s.code, ws), '')) AS k_code,
		nullif(btrim(s.name, ws), '') AS v_name,
		@extschema@.import_word('@extschema@.formality', s.formality) AS v_formality,
		@extschema@.import_word('@extschema@.horizon', s.horizon) AS v_horizon,
		coalesce(@extschema@.import_word('@extschema@.partnership_status', s.status),
				 CASE WHEN nullif(btrim(s.status, ws), '') IS NULL THEN 'draft' END) AS v_status,
		@extschema@.import_date_problem(s.starts_on) AS p_starts,
		@extschema@.import_date_problem(s.ends_on) AS p_ends,
		@extschema@.import_list(s.objectives) AS v_objectives,
		lower(nullif(btrim(s.owner, ws), '')) AS k_owner,
		CASE WHEN nullif(btrim(s.evaluation_interval, ws), '') IS NULL THEN NULL
			 ELSE (regexp_match(lower(s.evaluation_interval),
				'^\s*([0-9]{1,4})\s*(months?|mons?|bulan|years?|tahun)\s*$')) END AS m_interval,
		nullif(btrim(s.description, ws), '') AS v_description,
		nextval('@extschema@.partnership_id_seq'::regclass) AS id
	FROM (SELECT * FROM partnership_import.partnership WHERE NOT own_only OR staged_by = CURRENT_USER ORDER BY line) s;

	CREATE TEMP TABLE import_member ON COMMIT DROP AS
	SELECT s.line, s.sheet, s.partnership, s.partner, s.roles, s.title,
		s.joined_on, s.left_on, s.influence, s.interest,
		lower(nullif(btrim(s.partnership, ws), '')) AS k_partnership,
		lower(nullif(btrim(s.partner, ws), '')) AS k_partner,
		@extschema@.import_list(s.roles) AS l_roles,
		@extschema@.import_words('@extschema@.role', @extschema@.import_list(s.roles)) AS w_roles,
		nullif(btrim(s.title, ws), '') AS v_title,
		@extschema@.import_date_problem(s.joined_on) AS p_joined,
		@extschema@.import_date_problem(s.left_on) AS p_left
	FROM partnership_import.member s WHERE NOT own_only OR s.staged_by = CURRENT_USER;

	CREATE TEMP TABLE import_agreement ON COMMIT DROP AS
	SELECT s.line, s.sheet, s.partnership, s.kind, s.number, s.amends, s.status,
		s.title, s.signed_on, s.effective_from, s.effective_to, s.objectives,
		s.terminated_on, s.termination_reason, s.clauses,
		lower(nullif(btrim(s.partnership, ws), '')) AS k_partnership,
		@extschema@.import_word('@extschema@.agreement_kind', s.kind) AS v_kind,
		nullif(btrim(s.number, ws), '') AS v_number,
		lower(nullif(btrim(s.number, ws), '')) AS k_number,
		lower(nullif(btrim(s.amends, ws), '')) AS k_amends,
		coalesce(@extschema@.import_word('@extschema@.agreement_status', s.status),
				 CASE WHEN nullif(btrim(s.status, ws), '') IS NULL THEN 'draft' END) AS v_status,
		nullif(btrim(s.title, ws), '') AS v_title,
		@extschema@.import_date_problem(s.signed_on) AS p_signed,
		@extschema@.import_date_problem(s.effective_from) AS p_from,
		@extschema@.import_date_problem(s.effective_to) AS p_to,
		@extschema@.import_date_problem(s.terminated_on) AS p_terminated,
		@extschema@.import_list(s.objectives) AS v_objectives,
		nullif(btrim(s.termination_reason, ws), '') AS v_reason,
		ARRAY(SELECT COALESCE(@extschema@.clause_kind_code(e), lower(e))
			  FROM unnest(@extschema@.import_list(s.clauses)) WITH ORDINALITY AS u(e, o)
			  ORDER BY o) AS v_clauses,
		nextval('@extschema@.agreement_id_seq'::regclass) AS id, NULL::bigint AS amends_id
	FROM (SELECT * FROM partnership_import.agreement WHERE NOT own_only OR staged_by = CURRENT_USER ORDER BY line) s;

	CREATE TEMP TABLE import_agreement_party ON COMMIT DROP AS
	SELECT s.line, s.sheet, s.partnership, s.agreement, s.partner, s.roles,
		s.responsibilities, s.signatory_name, s.signatory_title, s.signed_on,
		lower(nullif(btrim(s.partnership, ws), '')) AS k_partnership,
		lower(nullif(btrim(s.agreement, ws), '')) AS k_agreement,
		lower(nullif(btrim(s.partner, ws), '')) AS k_partner,
		@extschema@.import_list(s.roles) AS l_roles,
		@extschema@.import_words('@extschema@.role', @extschema@.import_list(s.roles)) AS w_roles,
		@extschema@.import_list(s.responsibilities) AS v_responsibilities,
		nullif(btrim(s.signatory_name, ws), '') AS v_signatory_name,
		nullif(btrim(s.signatory_title, ws), '') AS v_signatory_title,
		@extschema@.import_date_problem(s.signed_on) AS p_signed
	FROM partnership_import.agreement_party s WHERE NOT own_only OR s.staged_by = CURRENT_USER;

	CREATE TEMP TABLE import_commitment ON COMMIT DROP AS
	SELECT s.line, s.sheet, s.partnership, s.partner, s.kind, s.amount,
		s.currency, s.committed_on, s.description,
		lower(nullif(btrim(s.partnership, ws), '')) AS k_partnership,
		lower(nullif(btrim(s.partner, ws), '')) AS k_partner,
		coalesce(@extschema@.import_word('@extschema@.commitment_kind', s.kind),
				 CASE WHEN nullif(btrim(s.kind, ws), '') IS NULL THEN 'cash' END) AS v_kind,
		@extschema@.import_amount_problem(s.amount) AS p_amount,
		coalesce(upper(nullif(btrim(s.currency, ws), '')), 'IDR') AS v_currency,
		@extschema@.import_date_problem(s.committed_on) AS p_committed,
		nullif(btrim(s.description, ws), '') AS v_description,
		nextval('@extschema@.commitment_id_seq'::regclass) AS id
	FROM (SELECT * FROM partnership_import.commitment WHERE NOT own_only OR staged_by = CURRENT_USER ORDER BY line) s;

	CREATE TEMP TABLE import_disbursement ON COMMIT DROP AS
	SELECT s.line, s.sheet, s.partnership, s.partner, s.commitment, s.amount, s.paid_on,
		lower(nullif(btrim(s.partnership, ws), '')) AS k_partnership,
		lower(nullif(btrim(s.partner, ws), '')) AS k_partner,
		nullif(btrim(s.commitment, ws), '') AS v_commitment,
		@extschema@.import_amount_problem(s.amount) AS p_amount,
		@extschema@.import_date_problem(s.paid_on) AS p_paid,
		NULL::bigint AS commitment_id
	FROM partnership_import.disbursement s WHERE NOT own_only OR s.staged_by = CURRENT_USER;

	CREATE TEMP TABLE import_indicator ON COMMIT DROP AS
	SELECT s.line, s.sheet, s.partnership, s.code, s.name, s.unit, s.direction,
		s.aggregation, s.baseline, s.target, s.target_on,
		lower(nullif(btrim(s.partnership, ws), '')) AS k_partnership,
		nullif(btrim(s.code, ws), '') AS v_code,
		lower(nullif(btrim(s.code, ws), '')) AS k_code,
		nullif(btrim(s.name, ws), '') AS v_name,
		nullif(btrim(s.unit, ws), '') AS v_unit,
		coalesce(@extschema@.import_word('@extschema@.direction', s.direction),
				 CASE WHEN nullif(btrim(s.direction, ws), '') IS NULL THEN 'increase' END) AS v_direction,
		coalesce(@extschema@.import_word('@extschema@.aggregation', s.aggregation),
				 CASE WHEN nullif(btrim(s.aggregation, ws), '') IS NULL THEN 'incremental' END) AS v_aggregation,
		@extschema@.import_amount_problem(s.baseline) AS p_baseline,
		@extschema@.import_amount_problem(s.target) AS p_target,
		@extschema@.import_date_problem(s.target_on) AS p_target_on,
		nextval('@extschema@.indicator_id_seq'::regclass) AS id
	FROM (SELECT * FROM partnership_import.indicator WHERE NOT own_only OR staged_by = CURRENT_USER ORDER BY line) s;

	CREATE TEMP TABLE import_measurement ON COMMIT DROP AS
	SELECT s.line, s.sheet, s.partnership, s.indicator, s.period_end, s.value,
		lower(nullif(btrim(s.partnership, ws), '')) AS k_partnership,
		lower(nullif(btrim(s.indicator, ws), '')) AS k_indicator,
		@extschema@.import_date_problem(s.period_end) AS p_period,
		@extschema@.import_amount_problem(s.value) AS p_value
	FROM partnership_import.measurement s WHERE NOT own_only OR s.staged_by = CURRENT_USER;

	CREATE INDEX ON import_member (k_partnership, k_partner);
	CREATE INDEX ON import_commitment (k_partnership, k_partner);
	/* the walks down the staged trees of parents and of amends, a step a level */
	CREATE INDEX ON import_partner (k_parent);
	CREATE INDEX ON import_agreement (k_partnership, k_amends);

	/*
	 * Each staged partner's depth in the tree of the staged ones (0: its
	 * parent is not staged).  Partners load parents first: one staged
	 * above its parent needs it there, for its foreign key and, in
	 * multi-institution mode, for the check of its place in the tree,
	 * which runs before the row is written.  No depth: its chain of
	 * parents goes round in a circle (a cell problem, step 2).  A name
	 * two staged partners hold (a duplicate, step 3) is the first one's,
	 * as for every reference (import_names): the walk goes on below the
	 * first row only, so each row has one parent row at most, and the
	 * walk cannot go round a circle for ever.
	 */
	WITH RECURSIVE first AS MATERIALIZED (
		SELECT t.k_name, min(t.line) AS line FROM import_partner t
		WHERE t.k_name IS NOT NULL GROUP BY 1
	), tree (line, k_name, depth) AS (
		SELECT t.line, t.k_name, 0 FROM import_partner t
		WHERE NOT EXISTS (SELECT FROM import_partner q WHERE q.k_name = t.k_parent)
		UNION ALL
		SELECT c.line, c.k_name, tree.depth + 1
		FROM tree JOIN first f ON f.line = tree.line
		JOIN import_partner c ON c.k_parent = tree.k_name
	)
	UPDATE import_partner t SET depth = d.depth
	FROM (SELECT tree.line, max(tree.depth) AS depth FROM tree GROUP BY 1) d
	WHERE d.line = t.line;
	/*
	 * The planner's estimates of the two trees' work tables, for the
	 * walks of their circles (step 2): without, it expects a few rows and
	 * joins them in nested loops, which a long chain makes quadratic.
	 */
	ANALYZE import_partner;
	ANALYZE import_agreement;

	/* -------------------------------------------------------------
	 * 2. Cell problems: required, unreadable, out of range.
	 * ------------------------------------------------------------- */
	INSERT INTO import_problem (sheet, relation, line, field, value, problem, ord)
	SELECT t.sheet, 'partner', t.line, f.field, f.value, f.problem, 1
	FROM import_partner t, LATERAL (VALUES
		('name', t.name, CASE WHEN t.v_name IS NULL THEN @extschema@.import_message('required') END),
		('sector', t.sector, CASE WHEN nullif(btrim(t.sector, ws), '') IS NULL THEN @extschema@.import_message('required')
			WHEN t.v_sector IS NULL THEN @extschema@.import_term_problem('@extschema@.sector', t.sector) END),
		('iati_ref', t.iati_ref, CASE WHEN t.v_iati !~ '^[^-/&|?[:space:]]+-[^/&|?[:space:]]+$'
			THEN @extschema@.import_message('iati') END)
	) AS f (field, value, problem)
	WHERE f.problem IS NOT NULL
	UNION ALL
	/*
	 * partners whose chain of staged parents goes round in a circle: the
	 * circle's own, among those with no depth (import_circle; a parent
	 * named by two staged rows is the first of them, as in the depth
	 * walk); one below a circle is not named: it loads once the circle is
	 * mended
	 */
	SELECT t.sheet, 'partner', t.line, 'parent', t.parent,
		@extschema@.import_message('parent_cycle'), 1
	FROM (WITH g AS (SELECT s.line, s.k_name, s.k_parent,
						 row_number() OVER (ORDER BY s.line)::int AS i
					 FROM import_partner s WHERE s.depth IS NULL),
			   u AS (SELECT g.k_name, g.i FROM g
					 JOIN (SELECT s.k_name, min(s.line) AS line FROM import_partner s GROUP BY 1) o
					 ON o.line = g.line)
		  SELECT g.line
		  FROM g, (SELECT @extschema@.import_circle(array_agg(u.i ORDER BY g.i)) AS rows
				   FROM g LEFT JOIN u ON u.k_name = g.k_parent) c,
			   unnest(c.rows) AS x (i)
		  WHERE x.i = g.i) o
	JOIN import_partner t ON t.line = o.line
	UNION ALL
	SELECT t.sheet, 'contact', t.line, f.field, f.value, f.problem, 2
	FROM import_contact t, LATERAL (VALUES
		('partner', t.partner, CASE WHEN t.k_partner IS NULL THEN @extschema@.import_message('required') END),
		('name', t.name, CASE WHEN t.v_name IS NULL THEN @extschema@.import_message('required') END),
		('email', t.email, CASE WHEN t.v_email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'
			THEN @extschema@.import_message('email') END),
		('phone', t.phone, CASE WHEN t.v_phone !~ '^\+?[0-9(][0-9 ().-]{2,}$'
			THEN @extschema@.import_message('phone') END)
	) AS f (field, value, problem)
	WHERE f.problem IS NOT NULL
	UNION ALL
	SELECT t.sheet, 'partnership', t.line, f.field, f.value, f.problem, 3
	FROM import_partnership t, LATERAL (VALUES
		('code', t.code, CASE WHEN t.v_code IS NULL THEN @extschema@.import_message('required') END),
		('name', t.name, CASE WHEN t.v_name IS NULL THEN @extschema@.import_message('required') END),
		('formality', t.formality, CASE WHEN nullif(btrim(t.formality, ws), '') IS NULL THEN @extschema@.import_message('required')
			WHEN t.v_formality IS NULL THEN @extschema@.import_term_problem('@extschema@.formality', t.formality) END),
		('horizon', t.horizon, CASE WHEN nullif(btrim(t.horizon, ws), '') IS NULL THEN @extschema@.import_message('required')
			WHEN t.v_horizon IS NULL THEN @extschema@.import_term_problem('@extschema@.horizon', t.horizon) END),
		('status', t.status, CASE WHEN t.v_status IS NULL
			THEN @extschema@.import_term_problem('@extschema@.partnership_status', t.status) END),
		('starts_on', t.starts_on, t.p_starts),
		('ends_on', t.ends_on, CASE WHEN t.p_ends IS NOT NULL THEN t.p_ends
			WHEN t.p_starts IS NULL AND @extschema@.import_date(t.ends_on) < @extschema@.import_date(t.starts_on)
			THEN @extschema@.import_message('date_order', 'starts_on', t.starts_on) END),
		('evaluation_interval', t.evaluation_interval,
			CASE WHEN nullif(btrim(t.evaluation_interval, ws), '') IS NOT NULL
				  AND (t.m_interval IS NULL OR t.m_interval[1]::int = 0)
			THEN @extschema@.import_message('interval') END),
		('ended_on', t.ended_on, CASE WHEN t.p_ended IS NOT NULL THEN t.p_ended
			WHEN t.v_status NOT IN ('completed', 'terminated') AND nullif(btrim(t.ended_on, ws), '') IS NOT NULL
			THEN @extschema@.import_message('only_ended', 'ended_on') END),
		('end_reason', t.end_reason, CASE WHEN t.v_status = 'terminated' AND t.v_end_reason IS NULL
			THEN @extschema@.import_message('required')
			WHEN t.v_status NOT IN ('completed', 'terminated') AND t.v_end_reason IS NOT NULL
			THEN @extschema@.import_message('only_ended', 'end_reason') END)
	) AS f (field, value, problem)
	WHERE f.problem IS NOT NULL
	UNION ALL
	SELECT t.sheet, 'member', t.line, f.field, f.value, f.problem, 4
	FROM import_member t, LATERAL (VALUES
		('partnership', t.partnership, CASE WHEN t.k_partnership IS NULL THEN @extschema@.import_message('required') END),
		('partner', t.partner, CASE WHEN t.k_partner IS NULL THEN @extschema@.import_message('required') END),
		('joined_on', t.joined_on, t.p_joined),
		('left_on', t.left_on, CASE WHEN t.p_left IS NOT NULL THEN t.p_left
			WHEN t.p_joined IS NULL AND @extschema@.import_date(t.left_on) < @extschema@.import_date(t.joined_on)
			THEN @extschema@.import_message('date_order', 'joined_on', t.joined_on) END),
		('influence', t.influence, CASE WHEN nullif(btrim(t.influence, ws), '') IS NOT NULL
			AND btrim(t.influence, ws) !~ '^[1-5]$' THEN @extschema@.import_message('scale') END),
		('interest', t.interest, CASE WHEN nullif(btrim(t.interest, ws), '') IS NOT NULL
			AND btrim(t.interest, ws) !~ '^[1-5]$' THEN @extschema@.import_message('scale') END)
	) AS f (field, value, problem)
	WHERE f.problem IS NOT NULL
	UNION ALL
	SELECT t.sheet, 'member', t.line, 'roles', u.e,
		@extschema@.import_term_problem('@extschema@.role', u.e), 4
	FROM import_member t, unnest(t.l_roles, t.w_roles) AS u (e, w)
	WHERE u.w IS NULL
	UNION ALL
	SELECT t.sheet, 'agreement', t.line, f.field, f.value, f.problem, 5
	FROM import_agreement t, LATERAL (VALUES
		('partnership', t.partnership, CASE WHEN t.k_partnership IS NULL THEN @extschema@.import_message('required') END),
		('kind', t.kind, CASE WHEN nullif(btrim(t.kind, ws), '') IS NULL THEN @extschema@.import_message('required')
			WHEN t.v_kind IS NULL THEN @extschema@.import_term_problem('@extschema@.agreement_kind', t.kind) END),
		('number', t.number, CASE WHEN t.v_number IS NULL THEN @extschema@.import_message('required') END),
		('amends', t.amends, CASE WHEN t.v_kind = 'addendum' AND t.k_amends IS NULL
				THEN @extschema@.import_message('amends_required')
			WHEN t.v_kind <> 'addendum' AND t.k_amends IS NOT NULL
				THEN @extschema@.import_message('amends_not_addendum') END),
		('status', t.status, CASE WHEN t.v_status IS NULL
			THEN @extschema@.import_term_problem('@extschema@.agreement_status', t.status) END),
		('signed_on', t.signed_on, t.p_signed),
		('effective_from', t.effective_from, t.p_from),
		('effective_to', t.effective_to, CASE WHEN t.p_to IS NOT NULL THEN t.p_to
			WHEN t.p_from IS NULL AND @extschema@.import_date(t.effective_to) < @extschema@.import_date(t.effective_from)
			THEN @extschema@.import_message('date_order', 'effective_from', t.effective_from) END),
		('terminated_on', t.terminated_on, CASE WHEN t.p_terminated IS NOT NULL THEN t.p_terminated
			WHEN t.v_status = 'terminated' AND nullif(btrim(t.terminated_on, ws), '') IS NULL
			THEN @extschema@.import_message('required')
			WHEN t.v_status <> 'terminated' AND nullif(btrim(t.terminated_on, ws), '') IS NOT NULL
			THEN @extschema@.import_message('only_terminated', 'terminated_on') END),
		('termination_reason', t.termination_reason, CASE WHEN t.v_status = 'terminated' AND t.v_reason IS NULL
			THEN @extschema@.import_message('required')
			WHEN t.v_status <> 'terminated' AND t.v_reason IS NOT NULL
			THEN @extschema@.import_message('only_terminated', 'termination_reason') END)
	) AS f (field, value, problem)
	WHERE f.problem IS NOT NULL
	UNION ALL
	SELECT t.sheet, 'agreement', t.line, 'clauses', u.k,
		@extschema@.import_message('clause_kind',
			(SELECT string_agg(k.code, ', ' ORDER BY k.code) FROM @extschema@.clause_kind k)), 5
	FROM import_agreement t, unnest(t.v_clauses) AS u (k)
	WHERE NOT EXISTS (SELECT FROM @extschema@.clause_kind k WHERE k.code = u.k)
	UNION ALL
	/*
	 * addenda whose chain of amends never reaches an agreement before
	 * them: those of the circle (import_circle, among the addenda not
	 * reached; a number two staged rows of the partnership hold is none);
	 * one that amends a member of a circle is not named: it loads once
	 * the circle is mended
	 */
	SELECT t.sheet, 'agreement', t.line, 'amends', t.amends,
		@extschema@.import_message('amends_cycle'), 5
	FROM (WITH RECURSIVE reached AS (
				SELECT s.line, s.k_partnership, s.k_number FROM import_agreement s
				WHERE s.k_amends IS NULL OR NOT EXISTS (SELECT FROM import_agreement o
					WHERE o.k_partnership = s.k_partnership AND o.k_number = s.k_amends)
				UNION
				SELECT s.line, s.k_partnership, s.k_number FROM import_agreement s
				JOIN reached r ON r.k_partnership = s.k_partnership AND r.k_number = s.k_amends),
			g AS (SELECT s.line, s.k_partnership, s.k_number, s.k_amends,
					  row_number() OVER (ORDER BY s.line)::int AS i
				  FROM import_agreement s
				  WHERE s.v_kind = 'addendum' AND s.k_partnership IS NOT NULL AND s.k_amends IS NOT NULL
					AND NOT EXISTS (SELECT FROM reached WHERE reached.line = s.line)),
			u AS (SELECT g.k_partnership, g.k_number, g.i FROM g
				  JOIN (SELECT s.k_partnership, s.k_number FROM import_agreement s
						GROUP BY 1, 2 HAVING count(*) = 1) o
				  ON o.k_partnership = g.k_partnership AND o.k_number = g.k_number)
		  SELECT g.line
		  FROM g, (SELECT @extschema@.import_circle(array_agg(u.i ORDER BY g.i)) AS rows
				   FROM g LEFT JOIN u ON u.k_partnership = g.k_partnership AND u.k_number = g.k_amends) c,
			   unnest(c.rows) AS x (i)
		  WHERE x.i = g.i) o
	JOIN import_agreement t ON t.line = o.line
	UNION ALL
	/*
	 * a signed addendum of a draft, staged or in the registry (signing
	 * refuses it), or of an agreement staged as terminated (signing would
	 * supersede it instead)
	 */
	SELECT t.sheet, 'agreement', t.line, 'status', t.status,
		@extschema@.import_message(CASE o.v_status WHEN 'draft' THEN 'amends_draft'
			ELSE 'amends_terminated' END, o.v_number), 5
	FROM import_agreement t
	JOIN import_agreement o ON o.k_partnership = t.k_partnership AND o.k_number = t.k_amends
	WHERE t.v_kind = 'addendum' AND t.v_status IN ('signed', 'superseded', 'terminated')
	  AND o.v_status IN ('draft', 'terminated')
	UNION ALL
	SELECT t.sheet, 'agreement', t.line, 'status', t.status,
		@extschema@.import_message('amends_draft', b.number), 5
	FROM import_agreement t
	JOIN @extschema@.partnership q ON lower(btrim(q.code, ws)) = t.k_partnership
	JOIN @extschema@.agreement b ON b.partnership_id = q.id AND lower(btrim(b.number, ws)) = t.k_amends
	WHERE t.v_kind = 'addendum' AND t.v_status IN ('signed', 'superseded', 'terminated')
	  AND b.status::text = 'draft'
	  AND NOT EXISTS (SELECT FROM import_agreement o
		WHERE o.k_partnership = t.k_partnership AND o.k_number = t.k_amends)
	UNION ALL
	SELECT t.sheet, 'agreement_party', t.line, f.field, f.value, f.problem, 6
	FROM import_agreement_party t, LATERAL (VALUES
		('partnership', t.partnership, CASE WHEN t.k_partnership IS NULL THEN @extschema@.import_message('required') END),
		('agreement', t.agreement, CASE WHEN t.k_agreement IS NULL THEN @extschema@.import_message('required') END),
		('partner', t.partner, CASE WHEN t.k_partner IS NULL THEN @extschema@.import_message('required') END),
		('signed_on', t.signed_on, t.p_signed)
	) AS f (field, value, problem)
	WHERE f.problem IS NOT NULL
	UNION ALL
	SELECT t.sheet, 'agreement_party', t.line, 'roles', u.e,
		@extschema@.import_term_problem('@extschema@.role', u.e), 6
	FROM import_agreement_party t, unnest(t.l_roles, t.w_roles) AS u (e, w)
	WHERE u.w IS NULL
	UNION ALL
	SELECT t.sheet, 'commitment', t.line, f.field, f.value, f.problem, 7
	FROM import_commitment t, LATERAL (VALUES
		('partnership', t.partnership, CASE WHEN t.k_partnership IS NULL THEN @extschema@.import_message('required') END),
		('partner', t.partner, CASE WHEN t.k_partner IS NULL THEN @extschema@.import_message('required') END),
		('kind', t.kind, CASE WHEN t.v_kind IS NULL
			THEN @extschema@.import_term_problem('@extschema@.commitment_kind', t.kind) END),
		('amount', t.amount, CASE WHEN nullif(btrim(t.amount, ws), '') IS NULL THEN @extschema@.import_message('required')
			WHEN t.p_amount IS NOT NULL THEN t.p_amount
			WHEN @extschema@.import_amount(t.amount) <= 0 THEN @extschema@.import_message('positive') END),
		('currency', t.currency, CASE WHEN t.v_currency !~ '^[A-Z]{3}$' THEN @extschema@.import_message('currency') END),
		('committed_on', t.committed_on, t.p_committed)
	) AS f (field, value, problem)
	WHERE f.problem IS NOT NULL
	UNION ALL
	SELECT t.sheet, 'disbursement', t.line, f.field, f.value, f.problem, 8
	FROM import_disbursement t, LATERAL (VALUES
		('partnership', t.partnership, CASE WHEN t.k_partnership IS NULL THEN @extschema@.import_message('required') END),
		('partner', t.partner, CASE WHEN t.k_partner IS NULL THEN @extschema@.import_message('required') END),
		('amount', t.amount, CASE WHEN nullif(btrim(t.amount, ws), '') IS NULL THEN @extschema@.import_message('required')
			WHEN t.p_amount IS NOT NULL THEN t.p_amount
			WHEN @extschema@.import_amount(t.amount) <= 0 THEN @extschema@.import_message('positive') END),
		('paid_on', t.paid_on, t.p_paid)
	) AS f (field, value, problem)
	WHERE f.problem IS NOT NULL
	UNION ALL
	SELECT t.sheet, 'indicator', t.line, f.field, f.value, f.problem, 9
	FROM import_indicator t, LATERAL (VALUES
		('partnership', t.partnership, CASE WHEN t.k_partnership IS NULL THEN @extschema@.import_message('required') END),
		('code', t.code, CASE WHEN t.v_code IS NULL THEN @extschema@.import_message('required') END),
		('name', t.name, CASE WHEN t.v_name IS NULL THEN @extschema@.import_message('required') END),
		('direction', t.direction, CASE WHEN t.v_direction IS NULL
			THEN @extschema@.import_term_problem('@extschema@.direction', t.direction) END),
		('aggregation', t.aggregation, CASE WHEN t.v_aggregation IS NULL
			THEN @extschema@.import_term_problem('@extschema@.aggregation', t.aggregation) END),
		('baseline', t.baseline, t.p_baseline),
		('target', t.target, t.p_target),
		('target_on', t.target_on, t.p_target_on)
	) AS f (field, value, problem)
	WHERE f.problem IS NOT NULL
	UNION ALL
	SELECT t.sheet, 'measurement', t.line, f.field, f.value, f.problem, 10
	FROM import_measurement t, LATERAL (VALUES
		('partnership', t.partnership, CASE WHEN t.k_partnership IS NULL THEN @extschema@.import_message('required') END),
		('indicator', t.indicator, CASE WHEN t.k_indicator IS NULL THEN @extschema@.import_message('required') END),
		('period_end', t.period_end, CASE WHEN nullif(btrim(t.period_end, ws), '') IS NULL
			THEN @extschema@.import_message('required') ELSE t.p_period END),
		('value', t.value, CASE WHEN nullif(btrim(t.value, ws), '') IS NULL
			THEN @extschema@.import_message('required') ELSE t.p_value END)
	) AS f (field, value, problem)
	WHERE f.problem IS NOT NULL;

	/* -------------------------------------------------------------
	 * 3. Names: what the sheets and the registry hold, by kind.
	 * ------------------------------------------------------------- */
	CREATE TEMP TABLE import_names (
		kind text, scope text, key text, label text, id bigint, line bigint
	) ON COMMIT DROP;
	INSERT INTO import_names
	SELECT DISTINCT ON (k_name) 'partner', '', k_name, v_name, t.id, t.line
	FROM import_partner t WHERE k_name IS NOT NULL ORDER BY k_name, t.line;
	INSERT INTO import_names
	SELECT 'partner', '', lower(btrim(p.name, ws)), p.name, p.id, NULL
	FROM @extschema@.partner p
	WHERE NOT EXISTS (SELECT FROM import_partner t WHERE t.k_name = lower(btrim(p.name, ws)));
	INSERT INTO import_names
	SELECT DISTINCT ON (k_code) 'partnership', '', k_code, v_code, t.id, t.line
	FROM import_partnership t WHERE k_code IS NOT NULL ORDER BY k_code, t.line;
	INSERT INTO import_names
	SELECT 'partnership', '', lower(btrim(p.code, ws)), p.code, p.id, NULL
	FROM @extschema@.partnership p
	WHERE NOT EXISTS (SELECT FROM import_partnership t WHERE t.k_code = lower(btrim(p.code, ws)));
	INSERT INTO import_names
	SELECT DISTINCT ON (k_partnership, k_number) 'agreement', k_partnership, k_number, v_number, t.id, t.line
	FROM import_agreement t WHERE k_partnership IS NOT NULL AND k_number IS NOT NULL
	ORDER BY k_partnership, k_number, t.line;
	INSERT INTO import_names
	SELECT 'agreement', lower(btrim(p.code, ws)), lower(btrim(a.number, ws)), a.number, a.id, NULL
	FROM @extschema@.agreement a JOIN @extschema@.partnership p ON p.id = a.partnership_id
	WHERE nullif(btrim(a.number, ws), '') IS NOT NULL
	  AND NOT EXISTS (SELECT FROM import_agreement t
					  WHERE t.k_partnership = lower(btrim(p.code, ws))
						AND t.k_number = lower(btrim(a.number, ws)));
	INSERT INTO import_names
	SELECT DISTINCT ON (k_partnership, k_code) 'indicator', k_partnership, k_code, v_code, t.id, t.line
	FROM import_indicator t WHERE k_partnership IS NOT NULL AND k_code IS NOT NULL
	ORDER BY k_partnership, k_code, t.line;
	INSERT INTO import_names
	SELECT 'indicator', lower(btrim(p.code, ws)), lower(btrim(i.code, ws)), i.code, i.id, NULL
	FROM @extschema@.indicator i JOIN @extschema@.partnership p ON p.id = i.partnership_id
	WHERE NOT EXISTS (SELECT FROM import_indicator t
					  WHERE t.k_partnership = lower(btrim(p.code, ws))
						AND t.k_code = lower(btrim(i.code, ws)));
	CREATE INDEX ON import_names (kind, scope, key);
	CREATE INDEX ON import_names (kind, line);
	ANALYZE import_names;

	/* Every reference of a sheet to a name. */
	CREATE TEMP TABLE import_refs ON COMMIT DROP AS
	SELECT 'partner' AS kind, '' AS scope, k_parent AS key, 'partner' AS relation,
		sheet, line, 'parent' AS field, parent AS value, 1 AS ord
	FROM import_partner WHERE k_parent IS NOT NULL
	UNION ALL SELECT 'partner', '', k_partner, 'contact', sheet, line, 'partner', partner, 2
	FROM import_contact WHERE k_partner IS NOT NULL
	UNION ALL SELECT 'partner', '', k_owner, 'partnership', sheet, line, 'owner', owner, 3
	FROM import_partnership WHERE k_owner IS NOT NULL
	UNION ALL SELECT 'partnership', '', k_partnership, 'member', sheet, line, 'partnership', partnership, 4
	FROM import_member WHERE k_partnership IS NOT NULL
	UNION ALL SELECT 'partner', '', k_partner, 'member', sheet, line, 'partner', partner, 4
	FROM import_member WHERE k_partner IS NOT NULL
	UNION ALL SELECT 'partnership', '', k_partnership, 'agreement', sheet, line, 'partnership', partnership, 5
	FROM import_agreement WHERE k_partnership IS NOT NULL
	UNION ALL SELECT 'agreement', k_partnership, k_amends, 'agreement', sheet, line, 'amends', amends, 5
	FROM import_agreement WHERE k_partnership IS NOT NULL AND k_amends IS NOT NULL
	UNION ALL SELECT 'partnership', '', k_partnership, 'agreement_party', sheet, line, 'partnership', partnership, 6
	FROM import_agreement_party WHERE k_partnership IS NOT NULL
	UNION ALL SELECT 'agreement', k_partnership, k_agreement, 'agreement_party', sheet, line, 'agreement', agreement, 6
	FROM import_agreement_party WHERE k_partnership IS NOT NULL AND k_agreement IS NOT NULL
	UNION ALL SELECT 'partner', '', k_partner, 'agreement_party', sheet, line, 'partner', partner, 6
	FROM import_agreement_party WHERE k_partner IS NOT NULL
	UNION ALL SELECT 'partnership', '', k_partnership, 'commitment', sheet, line, 'partnership', partnership, 7
	FROM import_commitment WHERE k_partnership IS NOT NULL
	UNION ALL SELECT 'partner', '', k_partner, 'commitment', sheet, line, 'partner', partner, 7
	FROM import_commitment WHERE k_partner IS NOT NULL
	UNION ALL SELECT 'partnership', '', k_partnership, 'disbursement', sheet, line, 'partnership', partnership, 8
	FROM import_disbursement WHERE k_partnership IS NOT NULL
	UNION ALL SELECT 'partner', '', k_partner, 'disbursement', sheet, line, 'partner', partner, 8
	FROM import_disbursement WHERE k_partner IS NOT NULL
	UNION ALL SELECT 'partnership', '', k_partnership, 'indicator', sheet, line, 'partnership', partnership, 9
	FROM import_indicator WHERE k_partnership IS NOT NULL
	UNION ALL SELECT 'partnership', '', k_partnership, 'measurement', sheet, line, 'partnership', partnership, 10
	FROM import_measurement WHERE k_partnership IS NOT NULL
	UNION ALL SELECT 'indicator', k_partnership, k_indicator, 'measurement', sheet, line, 'indicator', indicator, 10
	FROM import_measurement WHERE k_partnership IS NOT NULL AND k_indicator IS NOT NULL;
	/* for the rows that wait after a refusal (step 3) */
	CREATE INDEX ON import_refs (kind, scope, key);
	ANALYZE import_refs;

	/*
	 * Unknown and ambiguous names.  A reference inside a partnership
	 * (agreement, indicator) is checked only when the partnership itself
	 * resolves, so one wrong code is one problem.
	 */
	INSERT INTO import_problem (sheet, relation, line, field, value, problem, ord)
	SELECT r.sheet, r.relation, r.line, r.field, r.value,
		CASE WHEN c.n IS NULL THEN
			(SELECT CASE WHEN y.closest IS NULL
					THEN @extschema@.import_message('unknown_none', r.kind, r.kind)
					ELSE @extschema@.import_message('unknown', r.kind, y.closest, r.kind) END
			 FROM (SELECT string_agg(pg_catalog.quote_literal(x.label), ', ' ORDER BY x.d, x.label) AS closest
				   FROM (SELECT m.label, @extschema@.import_distance(r.key, m.key) AS d
						 FROM import_names m
						 WHERE m.kind = r.kind AND m.scope = r.scope
						 ORDER BY 2, 1 LIMIT 3) x) y)
		ELSE @extschema@.import_message('ambiguous', r.kind, c.ids) END,
		r.ord
	FROM import_refs r
	LEFT JOIN (SELECT m.kind, m.scope, m.key, count(*) AS n,
				   string_agg(pg_catalog.format('%L (id %s)', m.label, m.id), ', ' ORDER BY m.id) AS ids
			   FROM import_names m GROUP BY 1, 2, 3) c
		ON c.kind = r.kind AND c.scope = r.scope AND c.key = r.key
	LEFT JOIN (SELECT m.key, count(*) AS n FROM import_names m
			   WHERE m.kind = 'partnership' AND m.scope = '' GROUP BY 1) s
		ON r.scope <> '' AND s.key = r.scope
	WHERE (c.n IS NULL OR c.n > 1)
	  AND (r.scope = '' OR s.n = 1);

	/* Duplicates within a sheet, and rows the registry already holds. */
	INSERT INTO import_problem (sheet, relation, line, field, value, problem, ord)
	SELECT d.sheet, d.relation, d.line, d.field, d.value,
		CASE WHEN d.first < d.line THEN @extschema@.import_message('duplicate', d.first::text, d.field)
			 ELSE @extschema@.import_message('exists', d.relation) END,
		d.ord
	FROM (
		SELECT t.sheet, 'partner' AS relation, t.line, 'name' AS field, t.name AS value, 1 AS ord,
			min(t.line) OVER (PARTITION BY t.k_name) AS first,
			t.k_name IN (SELECT lower(btrim(p.name, ws)) FROM @extschema@.partner p) AS registry
		FROM import_partner t WHERE t.k_name IS NOT NULL
		UNION ALL
		SELECT t.sheet, 'partner', t.line, 'iati_ref', t.iati_ref, 1,
			min(t.line) OVER (PARTITION BY t.v_iati),
			t.v_iati IN (SELECT p.iati_ref FROM @extschema@.partner p WHERE p.iati_ref IS NOT NULL)
		FROM import_partner t WHERE t.v_iati IS NOT NULL
		UNION ALL
		SELECT t.sheet, 'contact', t.line, 'name', t.name, 2,
			min(t.line) OVER (PARTITION BY t.k_partner, lower(t.v_name)),
			(t.k_partner, lower(t.v_name)) IN (SELECT lower(btrim(p.name, ws)), lower(btrim(c.name, ws))
					FROM @extschema@.contact c JOIN @extschema@.partner p ON p.id = c.partner_id)
		FROM import_contact t WHERE t.k_partner IS NOT NULL AND t.v_name IS NOT NULL
		UNION ALL
		SELECT t.sheet, 'partnership', t.line, 'code', t.code, 3,
			min(t.line) OVER (PARTITION BY t.k_code),
			t.k_code IN (SELECT lower(btrim(p.code, ws)) FROM @extschema@.partnership p)
		FROM import_partnership t WHERE t.k_code IS NOT NULL
		UNION ALL
		SELECT t.sheet, 'member', t.line, 'partner', t.partner, 4,
			min(t.line) OVER (PARTITION BY t.k_partnership, t.k_partner),
			(t.k_partnership, t.k_partner) IN (SELECT lower(btrim(p.code, ws)), lower(btrim(a.name, ws))
					FROM @extschema@.member m
					JOIN @extschema@.partnership p ON p.id = m.partnership_id
					JOIN @extschema@.partner a ON a.id = m.partner_id)
		FROM import_member t WHERE t.k_partnership IS NOT NULL AND t.k_partner IS NOT NULL
		UNION ALL
		SELECT t.sheet, 'agreement', t.line, 'number', t.number, 5,
			min(t.line) OVER (PARTITION BY t.k_partnership, t.k_number),
			(t.k_partnership, t.k_number) IN (SELECT lower(btrim(p.code, ws)), lower(btrim(a.number, ws))
					FROM @extschema@.agreement a JOIN @extschema@.partnership p ON p.id = a.partnership_id)
		FROM import_agreement t WHERE t.k_partnership IS NOT NULL AND t.k_number IS NOT NULL
		UNION ALL
		SELECT t.sheet, 'agreement_party', t.line, 'partner', t.partner, 6,
			min(t.line) OVER (PARTITION BY t.k_partnership, t.k_agreement, t.k_partner),
			(t.k_partnership, t.k_agreement, t.k_partner) IN (SELECT lower(btrim(p.code, ws)),
						lower(btrim(a.number, ws)), lower(btrim(pa.name, ws))
					FROM @extschema@.agreement_party ap
					JOIN @extschema@.agreement a ON a.id = ap.agreement_id
					JOIN @extschema@.partnership p ON p.id = ap.partnership_id
					JOIN @extschema@.partner pa ON pa.id = ap.partner_id)
		FROM import_agreement_party t
		WHERE t.k_partnership IS NOT NULL AND t.k_agreement IS NOT NULL AND t.k_partner IS NOT NULL
		UNION ALL
		SELECT t.sheet, 'indicator', t.line, 'code', t.code, 9,
			min(t.line) OVER (PARTITION BY t.k_partnership, t.k_code),
			(t.k_partnership, t.k_code) IN (SELECT lower(btrim(p.code, ws)), lower(btrim(i.code, ws))
					FROM @extschema@.indicator i JOIN @extschema@.partnership p ON p.id = i.partnership_id)
		FROM import_indicator t WHERE t.k_partnership IS NOT NULL AND t.k_code IS NOT NULL
		UNION ALL
		SELECT t.sheet, 'measurement', t.line, 'period_end', t.period_end, 10,
			min(t.line) OVER (PARTITION BY t.k_partnership, t.k_indicator, @extschema@.import_date(t.period_end)),
			(t.k_partnership, t.k_indicator, @extschema@.import_date(t.period_end)) IN (
					SELECT lower(btrim(p.code, ws)), lower(btrim(i.code, ws)), x.period_end
					FROM @extschema@.measurement x
					JOIN @extschema@.indicator i ON i.id = x.indicator_id
					JOIN @extschema@.partnership p ON p.id = x.partnership_id)
		FROM import_measurement t
		WHERE t.k_partnership IS NOT NULL AND t.k_indicator IS NOT NULL AND t.p_period IS NULL
		  AND nullif(btrim(t.period_end, ws), '') IS NOT NULL
		/*
		 * Commitments and payments have no key of their own: one the
		 * registry already holds with the same partner, amount and day
		 * (a sheet staged again) is a problem; two alike in one sheet may
		 * be two tranches, and load.
		 */
		UNION ALL
		SELECT t.sheet, 'commitment', t.line, 'amount', t.amount, 7, t.line,
			(t.k_partnership, t.k_partner, t.v_kind, @extschema@.import_amount(t.amount), t.v_currency,
			 coalesce(@extschema@.import_date(t.committed_on), 'infinity'::date)) IN (
					SELECT lower(btrim(p.code, ws)), lower(btrim(a.name, ws)), c.kind::text, c.amount,
						c.currency, coalesce(c.committed_on, 'infinity'::date)
					FROM @extschema@.commitment c
					JOIN @extschema@.partnership p ON p.id = c.partnership_id
					JOIN @extschema@.partner a ON a.id = c.partner_id)
		FROM import_commitment t
		WHERE t.k_partnership IS NOT NULL AND t.k_partner IS NOT NULL AND t.v_kind IS NOT NULL
		  AND t.p_amount IS NULL AND nullif(btrim(t.amount, ws), '') IS NOT NULL AND t.p_committed IS NULL
		UNION ALL
		SELECT t.sheet, 'disbursement', t.line, 'amount', t.amount, 8, t.line,
			(t.k_partnership, t.k_partner, @extschema@.import_amount(t.amount),
			 coalesce(@extschema@.import_date(t.paid_on), 'infinity'::date)) IN (
					SELECT lower(btrim(p.code, ws)), lower(btrim(a.name, ws)), d.amount,
						coalesce(d.paid_on, 'infinity'::date)
					FROM @extschema@.disbursement d
					JOIN @extschema@.commitment c ON c.id = d.commitment_id
					JOIN @extschema@.partnership p ON p.id = d.partnership_id
					JOIN @extschema@.partner a ON a.id = c.partner_id)
		FROM import_disbursement t
		WHERE t.k_partnership IS NOT NULL AND t.k_partner IS NOT NULL
		  AND t.p_amount IS NULL AND nullif(btrim(t.amount, ws), '') IS NOT NULL AND t.p_paid IS NULL
	) d
	WHERE d.first < d.line OR d.registry;

	/* A commitment's partner is a member (of the sheet or the registry). */
	INSERT INTO import_problem (sheet, relation, line, field, value, problem, ord)
	SELECT t.sheet, 'commitment', t.line, 'partner', t.partner, @extschema@.import_message('not_member'), 7
	FROM import_commitment t
	WHERE t.k_partnership IS NOT NULL AND t.k_partner IS NOT NULL
	  AND EXISTS (SELECT FROM import_names n WHERE n.kind = 'partnership' AND n.scope = '' AND n.key = t.k_partnership)
	  AND EXISTS (SELECT FROM import_names n WHERE n.kind = 'partner' AND n.scope = '' AND n.key = t.k_partner)
	  AND NOT EXISTS (SELECT FROM import_member m
					  WHERE m.k_partnership = t.k_partnership AND m.k_partner = t.k_partner)
	  AND NOT EXISTS (SELECT FROM @extschema@.member m
					  JOIN @extschema@.partnership p ON p.id = m.partnership_id
					  JOIN @extschema@.partner a ON a.id = m.partner_id
					  WHERE lower(btrim(p.code, ws)) = t.k_partnership
						AND lower(btrim(a.name, ws)) = t.k_partner);

	/* The commitment a disbursement pays against. */
	INSERT INTO import_problem (sheet, relation, line, field, value, problem, ord)
	SELECT t.sheet, 'disbursement', t.line, 'commitment',
		CASE WHEN t.v_commitment IS NULL THEN t.partner ELSE t.commitment END,
		CASE WHEN t.v_commitment IS NOT NULL THEN
				@extschema@.import_message('commitment_line', coalesce(c.lines, '-'))
			 WHEN coalesce(c.n, 0) + coalesce(rc.n, 0) = 0 THEN @extschema@.import_message('commitment_none')
			 ELSE @extschema@.import_message('commitment_ambiguous', coalesce(c.lines, '-')) END,
		8
	FROM import_disbursement t
	LEFT JOIN (SELECT k.k_partnership, k.k_partner, count(*) AS n,
				   string_agg(k.line::text, ', ' ORDER BY k.line) AS lines
			   FROM import_commitment k GROUP BY 1, 2) c
		ON c.k_partnership = t.k_partnership AND c.k_partner = t.k_partner
	LEFT JOIN (SELECT lower(btrim(p.code, ws)) AS kp, lower(btrim(a.name, ws)) AS ka, count(*) AS n
			   FROM @extschema@.commitment k
			   JOIN @extschema@.partnership p ON p.id = k.partnership_id
			   JOIN @extschema@.partner a ON a.id = k.partner_id GROUP BY 1, 2) rc
		ON rc.kp = t.k_partnership AND rc.ka = t.k_partner
	LEFT JOIN import_commitment nc
		ON t.v_commitment IS NOT NULL AND nc.line::text = t.v_commitment
		AND nc.k_partnership = t.k_partnership AND nc.k_partner = t.k_partner
	WHERE t.k_partnership IS NOT NULL AND t.k_partner IS NOT NULL
	  AND EXISTS (SELECT FROM import_names n WHERE n.kind = 'partnership' AND n.scope = '' AND n.key = t.k_partnership)
	  AND EXISTS (SELECT FROM import_names n WHERE n.kind = 'partner' AND n.scope = '' AND n.key = t.k_partner)
	  AND CASE WHEN t.v_commitment IS NOT NULL THEN nc.line IS NULL
			   ELSE coalesce(c.n, 0) + coalesce(rc.n, 0) <> 1 END;

	SELECT count(*) INTO blocking FROM import_problem WHERE NOT warning;

	/* -------------------------------------------------------------
	 * 4. Load in a subtransaction, as the caller, so that every trigger
	 *    and rule of the registry checks it; keep it with apply and no
	 *    problem, else roll it back.  The rows of a problem found so far
	 *    wait, with every row that hangs on them, and the load goes on
	 *    without them: one call also names what the registry refuses of
	 *    the others.
	 * ------------------------------------------------------------- */
	IF NOT EXISTS (SELECT FROM import_problem p WHERE NOT p.warning AND p.line IS NULL) THEN
	BEGIN
		IF blocking > 0 THEN
			failed := true;
			INSERT INTO import_waiting (relation, line)
			SELECT DISTINCT p.relation, p.line FROM import_problem p WHERE NOT p.warning;
		END IF;
		UPDATE import_agreement t SET amends_id = n.id FROM import_names n
		WHERE n.kind = 'agreement' AND n.scope = t.k_partnership AND n.key = t.k_amends;
		UPDATE import_disbursement t SET commitment_id = c.id
		FROM import_commitment c
		WHERE c.k_partnership = t.k_partnership AND c.k_partner = t.k_partner
		  AND (t.v_commitment IS NULL OR c.line::text = t.v_commitment);
		UPDATE import_disbursement t SET commitment_id = rc.id
		FROM @extschema@.commitment rc
		JOIN import_names p ON p.kind = 'partnership' AND p.scope = '' AND p.id = rc.partnership_id
		JOIN import_names a ON a.kind = 'partner' AND a.scope = '' AND a.id = rc.partner_id
		WHERE t.commitment_id IS NULL AND p.key = t.k_partnership AND a.key = t.k_partner;

		steps := ARRAY[
			'=partner
			INSERT INTO @extschema@.partner (id, name, sector, iati_ref, parent_id)
			SELECT t.id, t.v_name, t.v_sector::@extschema@.sector, t.v_iati, n.id
			FROM pg_temp.import_partner t
			LEFT JOIN pg_temp.import_names n ON n.kind = ''partner'' AND n.scope = '''' AND n.key = t.k_parent
			WHERE $1 IS NULL OR t.line = ANY ($1) ORDER BY t.depth NULLS LAST, t.line',
			'=contact
			INSERT INTO @extschema@.contact (partner_id, name, position, email, phone)
			SELECT n.id, t.v_name, t.v_position, t.v_email, t.v_phone
			FROM pg_temp.import_contact t
			JOIN pg_temp.import_names n ON n.kind = ''partner'' AND n.scope = '''' AND n.key = t.k_partner
			WHERE $1 IS NULL OR t.line = ANY ($1) ORDER BY t.line',
			'=partnership
			INSERT INTO @extschema@.partnership (id, code, name, formality, horizon,
				starts_on, ends_on, objectives, owner_id, evaluation_interval, description)
			SELECT t.id, t.v_code, t.v_name, t.v_formality::@extschema@.formality,
				t.v_horizon::@extschema@.horizon, @extschema@.import_date(t.starts_on),
				@extschema@.import_date(t.ends_on), t.v_objectives, n.id,
				coalesce(CASE WHEN t.m_interval[2] ~ ''^(y|t)''
						 THEN pg_catalog.make_interval(years => t.m_interval[1]::int)
						 ELSE pg_catalog.make_interval(months => t.m_interval[1]::int) END,
					pg_catalog.make_interval(months => @extschema@.setting(''evaluation_interval_months'')::int),
					''6 months''::interval),
				t.v_description
			FROM pg_temp.import_partnership t
			LEFT JOIN pg_temp.import_names n ON n.kind = ''partner'' AND n.scope = '''' AND n.key = t.k_owner
			WHERE $1 IS NULL OR t.line = ANY ($1) ORDER BY t.line',
			'=member
			INSERT INTO @extschema@.member (partnership_id, partner_id, roles, title,
				joined_on, left_on, influence, interest)
			SELECT p.id, a.id, (''{'' || array_to_string(t.w_roles, '','') || ''}'')::@extschema@.roleset,
				t.v_title, @extschema@.import_date(t.joined_on), @extschema@.import_date(t.left_on),
				nullif(btrim(t.influence), '''')::smallint, nullif(btrim(t.interest), '''')::smallint
			FROM pg_temp.import_member t
			JOIN pg_temp.import_names p ON p.kind = ''partnership'' AND p.scope = '''' AND p.key = t.k_partnership
			JOIN pg_temp.import_names a ON a.kind = ''partner'' AND a.scope = '''' AND a.key = t.k_partner
			WHERE $1 IS NULL OR t.line = ANY ($1) ORDER BY t.line',
			'+agreement
			INSERT INTO @extschema@.agreement (id, partnership_id, kind, number, amends_id,
				title, signed_on, effective_from, effective_to, objectives)
			SELECT t.id, p.id, t.v_kind::@extschema@.agreement_kind, t.v_number, t.amends_id,
				t.v_title, @extschema@.import_date(t.signed_on), @extschema@.import_date(t.effective_from),
				@extschema@.import_date(t.effective_to), t.v_objectives
			FROM pg_temp.import_agreement t
			JOIN pg_temp.import_names p ON p.kind = ''partnership'' AND p.scope = '''' AND p.key = t.k_partnership
			WHERE ($1 IS NULL OR t.line = ANY ($1))
			  AND NOT EXISTS (SELECT FROM @extschema@.agreement a WHERE a.id = t.id)
			  AND (t.amends_id IS NULL OR EXISTS (SELECT FROM @extschema@.agreement a WHERE a.id = t.amends_id))
			ORDER BY t.line',
			'agreement
			INSERT INTO @extschema@.agreement_clause (agreement_id, partnership_id, kind)
			SELECT t.id, p.id, c.kind
			FROM pg_temp.import_agreement t
			JOIN pg_temp.import_names p ON p.kind = ''partnership'' AND p.scope = '''' AND p.key = t.k_partnership
			CROSS JOIN LATERAL unnest(t.v_clauses) WITH ORDINALITY AS c (kind, o)
			WHERE $1 IS NULL OR t.line = ANY ($1) ORDER BY t.line, c.o',
			'=agreement_party
			INSERT INTO @extschema@.agreement_party (agreement_id, partnership_id, partner_id,
				roles, responsibilities, signatory_name, signatory_title, signed_on)
			SELECT g.id, p.id, a.id, (''{'' || array_to_string(t.w_roles, '','') || ''}'')::@extschema@.roleset,
				t.v_responsibilities, t.v_signatory_name, t.v_signatory_title,
				@extschema@.import_date(t.signed_on)
			FROM pg_temp.import_agreement_party t
			JOIN pg_temp.import_names p ON p.kind = ''partnership'' AND p.scope = '''' AND p.key = t.k_partnership
			JOIN pg_temp.import_names g ON g.kind = ''agreement'' AND g.scope = t.k_partnership AND g.key = t.k_agreement
			JOIN pg_temp.import_names a ON a.kind = ''partner'' AND a.scope = '''' AND a.key = t.k_partner
			WHERE $1 IS NULL OR t.line = ANY ($1) ORDER BY t.line',
			'=commitment
			INSERT INTO @extschema@.commitment (id, partnership_id, partner_id, kind, amount,
				currency, committed_on, description)
			SELECT t.id, p.id, a.id, t.v_kind::@extschema@.commitment_kind,
				@extschema@.import_amount(t.amount), t.v_currency,
				@extschema@.import_date(t.committed_on), t.v_description
			FROM pg_temp.import_commitment t
			JOIN pg_temp.import_names p ON p.kind = ''partnership'' AND p.scope = '''' AND p.key = t.k_partnership
			JOIN pg_temp.import_names a ON a.kind = ''partner'' AND a.scope = '''' AND a.key = t.k_partner
			WHERE $1 IS NULL OR t.line = ANY ($1) ORDER BY t.line',
			'=disbursement
			INSERT INTO @extschema@.disbursement (commitment_id, partnership_id, amount, paid_on)
			SELECT t.commitment_id, p.id, @extschema@.import_amount(t.amount),
				@extschema@.import_date(t.paid_on)
			FROM pg_temp.import_disbursement t
			JOIN pg_temp.import_names p ON p.kind = ''partnership'' AND p.scope = '''' AND p.key = t.k_partnership
			WHERE $1 IS NULL OR t.line = ANY ($1) ORDER BY t.line',
			'=indicator
			INSERT INTO @extschema@.indicator (id, partnership_id, code, name, unit, direction,
				aggregation, baseline, target, target_on)
			SELECT t.id, p.id, t.v_code, t.v_name, t.v_unit, t.v_direction::@extschema@.direction,
				t.v_aggregation::@extschema@.aggregation, @extschema@.import_amount(t.baseline),
				@extschema@.import_amount(t.target), @extschema@.import_date(t.target_on)
			FROM pg_temp.import_indicator t
			JOIN pg_temp.import_names p ON p.kind = ''partnership'' AND p.scope = '''' AND p.key = t.k_partnership
			WHERE $1 IS NULL OR t.line = ANY ($1) ORDER BY t.line',
			'=measurement
			INSERT INTO @extschema@.measurement (indicator_id, partnership_id, period_end, value)
			SELECT i.id, p.id, @extschema@.import_date(t.period_end), @extschema@.import_amount(t.value)
			FROM pg_temp.import_measurement t
			JOIN pg_temp.import_names p ON p.kind = ''partnership'' AND p.scope = '''' AND p.key = t.k_partnership
			JOIN pg_temp.import_names i ON i.kind = ''indicator'' AND i.scope = t.k_partnership AND i.key = t.k_indicator
			WHERE $1 IS NULL OR t.line = ANY ($1) ORDER BY t.line',
			'+agreement
			UPDATE @extschema@.agreement a SET status = ''signed''
			FROM pg_temp.import_agreement t
			WHERE a.id = t.id AND a.status::text = ''draft''
			  AND t.v_status IN (''signed'', ''superseded'', ''terminated'')
			  AND ($1 IS NULL OR t.line = ANY ($1))
			  AND (t.amends_id IS NULL OR EXISTS (SELECT FROM @extschema@.agreement b
												  WHERE b.id = t.amends_id AND b.status::text <> ''draft''))',
			'partnership
			UPDATE @extschema@.partnership p SET status = ''proposed''
			FROM pg_temp.import_partnership t
			WHERE p.id = t.id AND t.v_status <> ''draft'' AND ($1 IS NULL OR t.line = ANY ($1))',
			'activate',
			'partnership
			UPDATE @extschema@.partnership p SET status = ''suspended''
			FROM pg_temp.import_partnership t
			WHERE p.id = t.id AND p.status::text = ''active'' AND t.v_status = ''suspended''
			  AND ($1 IS NULL OR t.line = ANY ($1))',
			'agreement
			UPDATE @extschema@.agreement a SET status = ''terminated'',
				terminated_on = @extschema@.import_date(t.terminated_on),
				termination_reason = t.v_reason
			FROM pg_temp.import_agreement t
			WHERE a.id = t.id AND a.status::text = ''signed'' AND t.v_status = ''terminated''
			  AND ($1 IS NULL OR t.line = ANY ($1))',
			'agreement
			UPDATE @extschema@.agreement a SET status = ''superseded''
			FROM pg_temp.import_agreement t
			WHERE a.id = t.id AND a.status::text = ''signed'' AND t.v_status = ''superseded''
			  AND ($1 IS NULL OR t.line = ANY ($1))',
			'partnership
			UPDATE @extschema@.partnership p SET status = t.v_status::@extschema@.partnership_status,
				ended_on = COALESCE(@extschema@.import_date(t.ended_on), LEAST(p.ends_on, CURRENT_DATE)),
				end_reason = t.v_end_reason
			FROM pg_temp.import_partnership t
			WHERE p.id = t.id AND p.status::text IN (''active'', ''suspended'')
			  AND t.v_status IN (''completed'', ''terminated'')
			  AND ($1 IS NULL OR t.line = ANY ($1))'
		];

		/*
		 * Each step is one statement for all rows; when it fails, the same
		 * statement one row at a time names the rows the registry refuses
		 * and writes the others.  A step marked + repeats until it writes
		 * nothing (agreements after the ones they amend; one row at a
		 * time, in passes).  'activate' moves partnerships into active
		 * (the registry's activation trigger checks the error rules); when
		 * that fails, one partnership at a time, naming the rules that
		 * fail (legacy: left a draft, with a warning).
		 *
		 * The steps that insert rows go on after a refusal, so that one
		 * call names every row the registry refuses, on every sheet.  A
		 * refused row and every staged row that hangs on it (by a name,
		 * import_refs, by its membership or by its commitment) wait in
		 * import_waiting: those are not tried, whatever the registry would
		 * say of them (a foreign key, or in multi-institution mode a
		 * partnership the caller may not write), and are tried again on
		 * the next call.  The status steps (signing, activation, the ends)
		 * judge whole partnerships: after a problem they move only the
		 * partnerships none of whose rows waits (incomplete_sql).
		 */
		FOREACH step IN ARRAY steps LOOP
			rel := split_part(step, E'\n', 1);
			sql := substr(step, length(rel) + 2);
			status_step := step = 'activate' OR btrim(sql, ws) !~* '^INSERT';
			IF step = 'activate' THEN
				rel := 'partnership';
			END IF;
			rel := ltrim(rel, '+=');
			step_kind := left(step, 1);
			/*
			 * after a problem: the lines that wait for none; for a status
			 * step (activation too), of the partnerships none of whose
			 * rows the rules read waits
			 */
			lines := NULL;
			IF failed THEN
				EXECUTE waiting_sql INTO waiting USING rel, NULL::bigint[];
				INSERT INTO import_waiting (relation, line) SELECT rel, unnest(waiting);
				EXECUTE format('SELECT coalesce(array_agg(t.line ORDER BY t.line), ''{}'') FROM pg_temp.%I t
								WHERE NOT EXISTS (SELECT FROM pg_temp.import_waiting w
												  WHERE w.relation = $1 AND w.line = t.line)',
							   'import_' || rel) INTO lines USING rel;
				IF status_step THEN
					EXECUTE format('SELECT coalesce(array_agg(t.line ORDER BY t.line), ''{}'') FROM pg_temp.%I t
									WHERE t.line = ANY ($1)
									  AND NOT EXISTS (SELECT FROM (%s) i (key) WHERE i.key = t.%I)',
								   'import_' || rel, incomplete_sql,
								   CASE rel WHEN 'partnership' THEN 'k_code' ELSE 'k_partnership' END)
						INTO lines USING lines;
				END IF;
			END IF;
			IF step = 'activate' THEN
				BEGIN
					UPDATE @extschema@.partnership p SET status = 'active'
					FROM import_partnership t
					WHERE p.id = t.id AND t.v_status IN ('active', 'suspended', 'completed', 'terminated')
					  AND (lines IS NULL OR t.line = ANY (lines));
				EXCEPTION WHEN OTHERS THEN
					FOR r IN SELECT t.* FROM import_partnership t
							 WHERE t.v_status IN ('active', 'suspended', 'completed', 'terminated')
							   AND (lines IS NULL OR t.line = ANY (lines))
							 ORDER BY t.line
					LOOP
						BEGIN
							UPDATE @extschema@.partnership p SET status = 'active' WHERE p.id = r.id;
						EXCEPTION
							WHEN check_violation THEN
								SELECT string_agg(c.rule, ', ' ORDER BY c.rule),
									   string_agg(c.message, '; ' ORDER BY c.rule)
								INTO e_constraint, e_msg
								FROM @extschema@.check(r.id) c WHERE c.severity = 'error';
								IF legacy THEN
									UPDATE @extschema@.partnership p SET status = 'draft' WHERE p.id = r.id;
								END IF;
								trial := trial || jsonb_build_object('sheet', r.sheet,
									'relation', 'partnership', 'line', r.line, 'field', 'status',
									'value', r.status,
									/*
									 * an ended or suspended partnership whose
									 * agreement ran out: the activation on the
									 * way judges today (doc/import.md)
									 */
									'problem', CASE
										WHEN NOT legacy AND e_constraint = 'agreement_in_force'
											 AND r.v_status IN ('suspended', 'completed', 'terminated')
										THEN @extschema@.import_message('rules_ended',
											pg_catalog.lower(@extschema@.label(r.v_status::@extschema@.partnership_status)), e_msg)
										ELSE @extschema@.import_message(
											CASE WHEN legacy THEN 'rules_legacy' ELSE 'rules' END,
											pg_catalog.lower(@extschema@.label(r.v_status::@extschema@.partnership_status)), e_constraint, e_msg) END,
									'warning', legacy);
								failed := failed OR NOT legacy;
							WHEN OTHERS THEN
								GET STACKED DIAGNOSTICS e_msg = MESSAGE_TEXT, e_detail = PG_EXCEPTION_DETAIL;
								trial := trial || jsonb_build_object('sheet', r.sheet,
									'relation', 'partnership', 'line', r.line, 'field', 'status',
									'value', r.status,
									'problem', @extschema@.import_message('refused',
										e_msg || coalesce('. ' || nullif(e_detail, ''), '')),
									'warning', false);
								failed := true;
						END;
					END LOOP;
				END;
				CONTINUE;
			END IF;
			BEGIN
				LOOP
					EXECUTE sql USING lines;
					GET DIAGNOSTICS n = ROW_COUNT;
					EXIT WHEN step_kind <> '+' OR n = 0;
				END LOOP;
				/* a step marked = writes one row per staged row, never fewer */
				IF step_kind = '=' THEN
					IF lines IS NULL THEN
						EXECUTE format('SELECT count(*) FROM pg_temp.%I', 'import_' || rel) INTO l;
					ELSE
						l := cardinality(lines);
					END IF;
					IF l <> n THEN
						trial := trial || jsonb_build_object('relation', rel,
							'problem', @extschema@.import_message('count', n::text, l::text),
							'warning', false);
						failed := true;
					END IF;
				END IF;
			EXCEPTION WHEN OTHERS THEN
				/* which rows: the step again, one row at a time */
				GET STACKED DIAGNOSTICS e_msg = MESSAGE_TEXT, e_detail = PG_EXCEPTION_DETAIL,
					e_column = COLUMN_NAME, e_constraint = CONSTRAINT_NAME;
				failed := true;
				named := 0;
				IF rel = 'partner' THEN
					/* in load order: parents first; not those that wait */
					SELECT array_agg(t.line ORDER BY t.depth NULLS LAST, t.line) INTO lines
					FROM import_partner t
					WHERE NOT EXISTS (SELECT FROM import_waiting w
									  WHERE w.relation = 'partner' AND w.line = t.line);
				ELSIF lines IS NULL THEN
					EXECUTE format('SELECT array_agg(t.line ORDER BY t.line) FROM pg_temp.%I t',
								   'import_' || rel) INTO lines;
				END IF;
				waiting := '{}';
				refused := '{}';
				last_pass := false;
				LOOP
					/*
					 * The addenda of an agreement refused in an earlier pass
					 * wait, to the last one: they wrote nothing, and were kept
					 * for this pass.  (A child partner finds its refused
					 * parent itself: parents come first.)
					 */
					IF cardinality(refused) > 0 AND rel = 'agreement' THEN
						EXECUTE waiting_sql INTO fresh USING rel, refused;
						INSERT INTO import_waiting (relation, line) SELECT rel, unnest(fresh);
						waiting := waiting || fresh;
					END IF;
					/*
					 * Passes: a row of a + step that writes nothing yet is
					 * tried again in the next pass; once a pass writes
					 * nothing, a last one names what still fails.
					 */
					pending := '{}';
					n := 0;
					FOREACH l IN ARRAY coalesce(lines, '{}') LOOP
						CONTINUE WHEN l = ANY (waiting);
						BEGIN
							EXECUTE sql USING ARRAY[l];
							GET DIAGNOSTICS written = ROW_COUNT;
							IF step_kind = '+' AND written = 0 THEN
								pending := pending || l;
							ELSE
								n := n + 1;
							END IF;
						EXCEPTION WHEN OTHERS THEN
							GET STACKED DIAGNOSTICS e_msg = MESSAGE_TEXT, e_detail = PG_EXCEPTION_DETAIL,
								e_column = COLUMN_NAME, e_constraint = CONSTRAINT_NAME,
								e_sqlstate = RETURNED_SQLSTATE;
							/* a partner under a refused one waits for it */
							IF rel = 'partner' AND EXISTS (
									SELECT FROM import_partner t
									JOIN import_names m ON m.kind = 'partner' AND m.scope = '' AND m.key = t.k_parent
									JOIN import_waiting w ON w.relation = 'partner' AND w.line = m.line
									WHERE t.line = l) THEN
								INSERT INTO import_waiting (relation, line) VALUES (rel, l);
								CONTINUE;
							END IF;
							/*
							 * The cell, where the registry names its column: the
							 * sheet's own column for an id it resolved (owner for
							 * owner_id).
							 */
							EXECUTE format('SELECT t.sheet, pg_catalog.to_jsonb(t) FROM pg_temp.%I t WHERE t.line = $1',
										   'import_' || rel) INTO e_state, e_row USING l;
							/* a constraint of one column names it, where the error does not */
							IF coalesce(e_column, '') = '' AND coalesce(e_constraint, '') <> '' THEN
								SELECT a.attname INTO e_column
								FROM pg_catalog.pg_constraint c
								JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
								WHERE c.conrelid = ('@extschema@.' || rel)::regclass AND c.conname = e_constraint
								  AND cardinality(c.conkey) = 1;
							END IF;
							e_field := CASE WHEN e_column LIKE '%\_id'
									AND e_row OPERATOR(pg_catalog.?) left(e_column, -3)
								THEN left(e_column, -3) ELSE nullif(e_column, '') END;
							/* a signing that misses clauses: the sheet's clauses cell */
							IF e_field IS NULL AND rel = 'agreement'
								AND e_constraint = 'agreement_clauses' THEN
								e_field := 'clauses';
							END IF;
							/* what a role may not write is the row's partnership */
							IF e_field IS NULL AND e_sqlstate = '42501'
								AND e_row OPERATOR(pg_catalog.?) 'partnership' THEN
								e_field := 'partnership';
							END IF;
							e_value := e_row OPERATOR(pg_catalog.->>) e_field;
							trial := trial || jsonb_build_object('sheet', e_state, 'relation', rel,
								'line', l, 'field', coalesce(e_field, nullif(e_constraint, '')),
								'value', e_value,
								'problem', @extschema@.import_message('refused',
									e_msg || coalesce('. ' || nullif(e_detail, ''), '')),
								'warning', false);
							named := named + 1;
							/*
							 * It waits; after a partnership of the registry the
							 * caller may not write, so does every row of that
							 * partnership.
							 */
							INSERT INTO import_waiting (relation, line) VALUES (rel, l);
							refused := refused || l;
							IF e_sqlstate = '42501' AND e_row OPERATOR(pg_catalog.?) 'k_partnership' THEN
								INSERT INTO import_waiting (relation, key)
								SELECT 'partnership', m.key FROM import_names m
								WHERE m.kind = 'partnership' AND m.scope = '' AND m.line IS NULL
								  AND m.key = e_row OPERATOR(pg_catalog.->>) 'k_partnership';
								IF FOUND THEN
									EXECUTE waiting_sql INTO fresh USING rel, NULL::bigint[];
									INSERT INTO import_waiting (relation, line) SELECT rel, unnest(fresh);
									waiting := waiting || fresh;
								END IF;
							END IF;
						END;
					END LOOP;
					EXIT WHEN last_pass OR cardinality(pending) = 0;
					last_pass := n = 0;
					lines := pending;
				END LOOP;
				IF named = 0 THEN
					/* no single row fails: the rows fail together */
					trial := trial || jsonb_build_object('relation', rel,
						'field', coalesce(nullif(e_column, ''), nullif(e_constraint, '')),
						'problem', @extschema@.import_message('refused',
							e_msg || coalesce('. ' || nullif(e_detail, ''), '')),
						'warning', false);
				END IF;
			END;
		END LOOP;

		/*
		 * A step marked + writes what it can until it writes nothing, and a
		 * status step moves only the agreements in the status it expects: a
		 * staged agreement never written, or left in another status than
		 * staged, would go wrong without a word.  The checks of the cells
		 * name the causes known (an addendum amending itself or in a
		 * circle, a signed one amending a draft or a terminated one); this
		 * makes sure no other slips through.  A signed one may end
		 * superseded (by its addendum) or terminated (with its partnership).
		 */
		IF NOT failed THEN
			SELECT count(*), count(*) FILTER (WHERE a.id IS NOT NULL
					AND (a.status::text = t.v_status OR (t.v_status = 'signed'
						AND a.status::text IN ('superseded', 'terminated'))))
			INTO l, n
			FROM import_agreement t LEFT JOIN @extschema@.agreement a ON a.id = t.id;
			IF n <> l THEN
				trial := trial || jsonb_build_object('relation', 'agreement',
					'problem', @extschema@.import_message('count', n::text, l::text),
					'warning', false);
				failed := true;
			END IF;
		END IF;

		/*
		 * What COMMIT would check: the rules of every active partnership
		 * the load changed (the deferred rules_enforce triggers), fired now
		 * so that a dry run finds exactly what the commit would refuse.  A
		 * later step can break what activation accepted (an agreement
		 * superseded without its addendum): each failing partnership is
		 * named by its line, as at activation.  After a problem, only the
		 * partnerships none of whose rows waits are named (what the
		 * others lack would be named as broken rules).
		 */
		incomplete := '{}';
		IF failed THEN
			EXECUTE format('SELECT coalesce(array_agg(i.key) FILTER (WHERE i.key IS NOT NULL), ''{}'') FROM (%s) i (key)',
						   incomplete_sql) INTO incomplete;
		END IF;
		BEGIN
			SET CONSTRAINTS @extschema@.rules_enforce IMMEDIATE;
			SET CONSTRAINTS @extschema@.rules_enforce DEFERRED;
		EXCEPTION WHEN OTHERS THEN
			GET STACKED DIAGNOSTICS e_msg = MESSAGE_TEXT, e_detail = PG_EXCEPTION_DETAIL,
				e_constraint = CONSTRAINT_NAME;
			n := 0;
			/*
			 * Each failing partnership by its line: a staged one by its
			 * own; one of the registry that the sheets only add to by the
			 * first staged line of each sheet that adds to it (the row
			 * whose partnership cell points at it); each with what the
			 * commit refuses of it (commit_check(): not an error it had
			 * before this transaction, which the commit excuses).
			 */
			FOR r IN
				SELECT u.sheet, u.relation, u.line, u.field, u.value, u.id
				FROM (SELECT 1 AS k, t.sheet, 'partnership' AS relation, t.line,
							 'status' AS field, t.status AS value, t.id, t.line AS o1, '' AS o2
					  FROM import_partnership t
					  JOIN @extschema@.partnership p ON p.id = t.id
					  WHERE p.status::text = 'active' AND NOT t.k_code = ANY (incomplete)
					  UNION ALL
					  SELECT * FROM (
						SELECT DISTINCT ON (q.id, s.relation) 2, s.sheet, s.relation, s.line,
							'partnership', s.partnership, q.id, q.id, s.relation
						FROM (SELECT 'member' AS relation, t.sheet, t.line, t.partnership, t.k_partnership FROM import_member t
							  UNION ALL SELECT 'agreement', t.sheet, t.line, t.partnership, t.k_partnership FROM import_agreement t
							  UNION ALL SELECT 'agreement_party', t.sheet, t.line, t.partnership, t.k_partnership FROM import_agreement_party t
							  UNION ALL SELECT 'commitment', t.sheet, t.line, t.partnership, t.k_partnership FROM import_commitment t
							  UNION ALL SELECT 'disbursement', t.sheet, t.line, t.partnership, t.k_partnership FROM import_disbursement t
							  UNION ALL SELECT 'indicator', t.sheet, t.line, t.partnership, t.k_partnership FROM import_indicator t
							  UNION ALL SELECT 'measurement', t.sheet, t.line, t.partnership, t.k_partnership FROM import_measurement t) s
						JOIN @extschema@.partnership q ON lower(btrim(q.code, ws)) = s.k_partnership
						WHERE q.status::text = 'active' AND NOT s.k_partnership = ANY (incomplete)
						  AND NOT EXISTS (SELECT FROM import_partnership x WHERE x.id = q.id)
						ORDER BY q.id, s.relation, s.line) d) u
				ORDER BY u.k, u.o1, u.o2
			LOOP
				SELECT string_agg(c.rule, ', ' ORDER BY c.rule),
					   string_agg(c.message, '; ' ORDER BY c.rule)
				INTO e_column, e_hint
				FROM @extschema@.commit_check(r.id) c;
				CONTINUE WHEN e_column IS NULL;
				trial := trial || jsonb_build_object('sheet', r.sheet,
					'relation', r.relation, 'line', r.line, 'field', r.field,
					'value', r.value,
					'problem', @extschema@.import_message('rules_commit', e_column, e_hint),
					'warning', false);
				n := n + 1;
			END LOOP;
			IF n = 0 AND NOT failed THEN
				/* what the registry refused, as it said it */
				trial := trial || jsonb_build_object('relation', 'partnership',
					'field', nullif(e_constraint, ''),
					'problem', @extschema@.import_message('refused',
						e_msg || coalesce('. ' || nullif(e_detail, ''), '')),
					'warning', false);
			END IF;
			failed := true;
		END;

		IF failed OR NOT apply THEN
			RAISE EXCEPTION 'partnership.import() dry run' USING ERRCODE = 'PIM01';
		END IF;
	EXCEPTION WHEN SQLSTATE 'PIM01' THEN
		NULL;					/* rolled back: a dry run, or a problem */
	END;

		INSERT INTO import_problem (sheet, relation, line, field, value, problem, warning, ord)
		SELECT j.sheet, j.relation, j.line, j.field, j.value, j.problem, j.warning,
			array_position(sheets, j.relation)
		FROM jsonb_to_recordset(trial) AS j (sheet text, relation text, line bigint,
			field text, value text, problem text, warning boolean);

		/*
		 * Loaded: the staged rows this call read are deleted, so that the
		 * staging tables start afresh; a row staged meanwhile, which it did
		 * not read, stays for the next call.  The next sheet staged into an
		 * empty one numbers its lines from 2 again (p05_lines), not this
		 * transaction, which the caller may yet roll back.
		 */
		IF apply AND NOT failed THEN
			FOREACH rel IN ARRAY sheets LOOP
				EXECUTE format('DELETE FROM partnership_import.%I s WHERE s.line IN (SELECT t.line FROM pg_temp.%I t)',
							   rel, 'import_' || rel);
			END LOOP;
		END IF;
	END IF;

	RETURN QUERY
	SELECT p.sheet, p.relation, p.line, p.field, p.value, p.problem
	FROM import_problem p
	ORDER BY p.ord, p.line NULLS FIRST, p.field, p.value, p.problem;

	/*
	 * The work tables go with the call (the rows are returned already), not
	 * with the transaction: another role calling import() in it could not
	 * drop tables this role owns.
	 */
	FOREACH rel IN ARRAY ARRAY['problem', 'names', 'refs', 'waiting'] || sheets LOOP
		EXECUTE format('DROP TABLE IF EXISTS pg_temp.%I', 'import_' || rel);
	END LOOP;
END
$import$;
COMMENT ON FUNCTION @extschema@.import(pg_catalog.bool, pg_catalog.bool) IS 'checks every row staged in partnership_import and returns every problem (sheet, table, line, field, value, fix in partnership.language); with apply and no problem loads everything in dependency order in the caller''s transaction and empties the staging tables; legacy loads active partnerships whose error rules fail as drafts, with warnings; runs with the caller''s rights (doc/import.md)';
