/* ------------------------------------------------------------------------
 * The registry''s triggers (doc/registry.md), in C.  BEFORE triggers fire
 * in name order, so names carry their order:
 *   p00_no_truncate            BEFORE TRUNCATE: refused (80_no_truncate.sql)
 *   p05_merge, p05_agreement   first (merge restored catalogue rows; take the
 *                              partnership lock an agreement needs first)
 *   p10_*                      the lifecycle and the final-partnership guard
 *   p20_*                      row rules of one table; p20_check on partner
 *                              (and p10_guard, p10_lifecycle elsewhere) test
 *                              the table constraints users hit first, to
 *                              report them in the session''s language
 *   p50-p89                    free for the rules (doc/rules.md)
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

CREATE FUNCTION @extschema@.partner_tree_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'partner_tree_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.partner_tree_trigger() IS 'a partner is never placed below itself: refuses a parent_id below the partner (23514, partner_parent_check), moves serialized by one advisory lock (BEFORE UPDATE ROW on partner)';
CREATE FUNCTION @extschema@.partner_tree_insert_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'partner_tree_insert_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.partner_tree_insert_trigger() IS 'a partner is never inserted below itself: refuses rows of one INSERT placed below each other in a circle (23514, partner_parent_check; AFTER INSERT ROW on partner)';

CREATE FUNCTION @extschema@.agreement_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'agreement_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.agreement_trigger() IS 'agreement status moves, signing checks, addendum supersession, version numbers and immutability of signed agreements (BEFORE ROW on agreement)';

CREATE FUNCTION @extschema@.agreement_part_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'agreement_part_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.agreement_part_trigger() IS 'only a draft agreement''s parties and clauses change; a clause kind typed by its label is stored as its code (BEFORE ROW on agreement_party, agreement_clause)';

CREATE FUNCTION @extschema@.clause_kind_code(word pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'clause_kind_code'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.clause_kind_code(pg_catalog.text) IS 'the code of the clause kind a word names: the code, or its English or Indonesian label, in any case, with spaces or underscores between words; NULL when it names none or more than one (how agreement_clause.kind and import() read a typed kind)';

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
COMMENT ON FUNCTION @extschema@.response_trigger() IS 'the responses of a closed evaluation are immutable; a criterion typed by its label is stored as its code (BEFORE ROW on response)';

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
COMMENT ON FUNCTION @extschema@.catalogue_edit_trigger() IS 'clears builtin when a shipped catalogue row is edited, so pg_dump keeps the edit; in multi-institution mode lets only the registry owner rename a code (BEFORE ROW on catalogues)';

CREATE FUNCTION @extschema@.catalogue_forget_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'catalogue_forget_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.catalogue_forget_trigger() IS 'makes every session forget the clause kind and criterion codes its triggers remembered, when catalogue rows are deleted (AFTER DELETE STATEMENT on clause_kind and criterion)';

CREATE FUNCTION @extschema@.catalogue_merge_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'catalogue_merge_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.catalogue_merge_trigger() IS 'folds an inserted (restored) row onto the shipped catalogue row of the same code (BEFORE INSERT ROW on catalogues, ENABLE ALWAYS)';

CREATE FUNCTION @extschema@.registry_check_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'registry_check_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.registry_check_trigger() IS 'tests the table constraints users hit (IATI reference, blank name, e-mail address, phone number) before PostgreSQL does, to report them in the session''s language with the same SQLSTATE and constraint name (BEFORE INSERT OR UPDATE ROW on partner and contact)';

CREATE TRIGGER p10_lifecycle BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.partnership
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partnership_lifecycle_trigger();
COMMENT ON TRIGGER p10_lifecycle ON @extschema@.partnership IS 'partnership status transitions, read-only final partnerships, government owner';
CREATE TRIGGER p10_owner BEFORE UPDATE OF sector ON @extschema@.partner
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partner_owner_trigger();
COMMENT ON TRIGGER p10_owner ON @extschema@.partner IS 'a partner that owns partnerships stays in the government sector';
CREATE TRIGGER p10_tree BEFORE UPDATE OF parent_id ON @extschema@.partner
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partner_tree_trigger();
COMMENT ON TRIGGER p10_tree ON @extschema@.partner IS 'a partner is never placed below itself (no cycle in parent_id)';
CREATE TRIGGER p10_tree_insert AFTER INSERT ON @extschema@.partner
	FOR EACH ROW WHEN (NEW.parent_id IS NOT NULL)
	EXECUTE FUNCTION @extschema@.partner_tree_insert_trigger();
COMMENT ON TRIGGER p10_tree_insert ON @extschema@.partner IS 'rows of one INSERT are never placed below each other in a circle (no cycle in parent_id)';
CREATE TRIGGER p20_check BEFORE INSERT OR UPDATE ON @extschema@.partner
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_check_trigger();
COMMENT ON TRIGGER p20_check ON @extschema@.partner IS 'reports a malformed IATI reference or a blank name in the session''s language';
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
COMMENT ON TRIGGER p20_agreement_part ON @extschema@.agreement_clause IS 'only a draft agreement''s parties and clauses change; a clause kind typed by its label is stored as its code';
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
COMMENT ON TRIGGER p20_response ON @extschema@.response IS 'the responses of a closed evaluation are immutable; a criterion typed by its label is stored as its code';
CREATE TRIGGER p05_merge BEFORE INSERT ON @extschema@.clause_kind
	FOR EACH ROW EXECUTE FUNCTION @extschema@.catalogue_merge_trigger();
COMMENT ON TRIGGER p05_merge ON @extschema@.clause_kind IS 'folds an inserted (restored) row onto the shipped catalogue row of the same code';
ALTER TABLE @extschema@.clause_kind ENABLE ALWAYS TRIGGER p05_merge;
CREATE TRIGGER p10_builtin BEFORE INSERT OR UPDATE ON @extschema@.clause_kind
	FOR EACH ROW EXECUTE FUNCTION @extschema@.catalogue_edit_trigger();
COMMENT ON TRIGGER p10_builtin ON @extschema@.clause_kind IS 'clears builtin when a shipped catalogue row is edited, so pg_dump keeps the edit';
CREATE TRIGGER p05_merge BEFORE INSERT ON @extschema@.criterion
	FOR EACH ROW EXECUTE FUNCTION @extschema@.catalogue_merge_trigger();
COMMENT ON TRIGGER p05_merge ON @extschema@.criterion IS 'folds an inserted (restored) row onto the shipped catalogue row of the same code';
ALTER TABLE @extschema@.criterion ENABLE ALWAYS TRIGGER p05_merge;
CREATE TRIGGER p10_builtin BEFORE INSERT OR UPDATE ON @extschema@.criterion
	FOR EACH ROW EXECUTE FUNCTION @extschema@.catalogue_edit_trigger();
COMMENT ON TRIGGER p10_builtin ON @extschema@.criterion IS 'clears builtin when a shipped catalogue row is edited, so pg_dump keeps the edit';
CREATE TRIGGER p10_forget AFTER DELETE ON @extschema@.clause_kind
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.catalogue_forget_trigger();
COMMENT ON TRIGGER p10_forget ON @extschema@.clause_kind IS 'makes every session forget the codes its triggers remembered, so that a row naming a deleted kind is refused in the registry''s words';
CREATE TRIGGER p10_forget AFTER DELETE ON @extschema@.criterion
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.catalogue_forget_trigger();
COMMENT ON TRIGGER p10_forget ON @extschema@.criterion IS 'makes every session forget the codes its triggers remembered, so that a row naming a deleted criterion is refused in the registry''s words';
CREATE TRIGGER p05_merge BEFORE INSERT ON @extschema@.rule
	FOR EACH ROW EXECUTE FUNCTION @extschema@.catalogue_merge_trigger();
COMMENT ON TRIGGER p05_merge ON @extschema@.rule IS 'folds an inserted (restored) row onto the shipped catalogue row of the same code';
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
 * Members' dates inside the partnership's (doc/registry.md): nobody joins after the
 * end.  Checked from the member side and from the partnership side (an
 * earlier ends_on), both reporting constraint member_dates_within_partnership.
 * ------------------------------------------------------------------------
 */

CREATE FUNCTION @extschema@.member_dates_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'member_dates_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.member_dates_trigger() IS 'a member''s joined_on and left_on are not after its partnership''s ends_on nor more than a year before its starts_on (BEFORE ROW on member)';

CREATE FUNCTION @extschema@.partnership_dates_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'partnership_dates_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.partnership_dates_trigger() IS 'a partnership''s new ends_on is not before any member''s joined_on or left_on, nor its new starts_on more than a year after one (BEFORE UPDATE ROW on partnership)';

CREATE TRIGGER p20_dates BEFORE INSERT OR UPDATE OF joined_on, left_on, partnership_id ON @extschema@.member
	FOR EACH ROW EXECUTE FUNCTION @extschema@.member_dates_trigger();
COMMENT ON TRIGGER p20_dates ON @extschema@.member IS 'joined_on and left_on are not after the partnership''s ends_on nor more than a year before its starts_on';
CREATE TRIGGER p20_dates BEFORE UPDATE OF ends_on, starts_on ON @extschema@.partnership
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partnership_dates_trigger();
COMMENT ON TRIGGER p20_dates ON @extschema@.partnership IS 'the new ends_on is not before any member''s joined_on or left_on, nor the new starts_on more than a year after one';
