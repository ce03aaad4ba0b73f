
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
