/* ------------------------------------------------------------------------
 * No TRUNCATE of the registry (doc/security.md): it would pass every guard
 * and leave no audit row.  audit has its own refusal (p10_append_only_*).
 * ------------------------------------------------------------------------
 */
CREATE FUNCTION @extschema@.registry_truncate_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'registry_truncate_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.registry_truncate_trigger() IS 'trigger: refuses TRUNCATE of a registry table (55000); rows are deleted with DELETE, checked and audited';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.partner
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.partner IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.partnership
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.partnership IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.member
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.member IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.agreement
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.agreement IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.agreement_party
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.agreement_party IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.clause_kind
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.clause_kind IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.agreement_clause
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.agreement_clause IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.activity
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.activity IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.assignment
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.assignment IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.commitment
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.commitment IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.disbursement
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.disbursement IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.indicator
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.indicator IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.measurement
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.measurement IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.criterion
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.criterion IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.evaluation
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.evaluation IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.response
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.response IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.risk
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.risk IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.rule
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.rule IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.setting
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.setting IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.document
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.document IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.contact
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.contact IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.term_alias
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.term_alias IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
