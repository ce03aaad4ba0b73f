
/* ------------------------------------------------------------------------
 * Multi-institution mode (doc/access.md): one registry for every
 * institution of a government, each role seeing and changing the
 * partnerships of its own institutions.
 *
 * - partnership.institution_role maps a role to the institutions (partners)
 *   it acts for; grant_access(role, level, institution) writes it.
 * - The setting multi_institution (30_rules.sql) switches the mode: 0 (the
 *   default) changes nothing, 1 applies the row-level security policies
 *   below to every role that is neither a superuser nor the owner of the
 *   registry (both bypass row-level security).
 * - A mapped role sees and changes the partnerships owned by its
 *   institutions or by any institution below them in the partner.parent_id
 *   tree, and reads those in which one of its institutions is a member;
 *   an unmapped role sees none.  Partners, contacts and the catalogues stay
 *   shared.
 *
 * Every policy is one filter per table of the form
 *   institution_mode_off() OR institution_set_contains($ids, partnership_id)
 * settled when the query is planned (see the policies below): the mode and
 * the role's set of ids become uncorrelated subqueries computed once per
 * query (InitPlans), and with the mode off the first one settles every row
 * without computing the second.  The functions behind them run
 * their lookups as the registry owner (src/institution.c) and keep their
 * result for the rest of the statement.
 *
 * Row-level security only filters; the trigger p01_institution on every
 * partnership table refuses a write outside the caller's partnerships with
 * 42501 naming the partnership and the institution, before any other
 * trigger can say anything about a partnership the caller may not see.
 * Policies and triggers are created here, never by hand: CREATE EXTENSION
 * re-creates them on restore, and pg_dump keeps the mapping and the switch
 * (both are rows).
 * ------------------------------------------------------------------------
 */

CREATE TABLE @extschema@.institution_role (
	role_name name NOT NULL,
	partner_id bigint NOT NULL CONSTRAINT institution_role_partner_fkey
		REFERENCES @extschema@.partner (id),
	role_oid oid,
	CONSTRAINT institution_role_pkey PRIMARY KEY (role_name, partner_id)
);
CREATE INDEX institution_role_partner_idx ON @extschema@.institution_role (partner_id);
COMMENT ON TABLE @extschema@.institution_role IS 'multi-institution mode: the institutions (partners) each database role acts for; written by grant_access(role, level, institution) or by the registry owner';
COMMENT ON COLUMN @extschema@.institution_role.role_name IS 'name of the database role (kept by name, so that pg_dump and pg_restore keep the mapping)';
COMMENT ON COLUMN @extschema@.institution_role.partner_id IS 'the institution the role acts for; it also acts for every institution below it (partner.parent_id)';
COMMENT ON COLUMN @extschema@.institution_role.role_oid IS 'the role role_name named when the row was written (set by trigger p05_role): the mapping holds for that role only, not for a role created later under the same name after a DROP ROLE; NULL (maps no role) for a row restored before its role was created';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.institution_role', '');

CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.institution_role
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.institution_role IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
CREATE FUNCTION @extschema@.institution_role_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'partnership_institution_role_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.institution_role_trigger() IS 'trigger: binds an institution_role row to the role its role_name names now (role_oid), refusing (42704) a name no role has';
CREATE TRIGGER p05_role BEFORE INSERT OR UPDATE ON @extschema@.institution_role
	FOR EACH ROW EXECUTE FUNCTION @extschema@.institution_role_trigger();
COMMENT ON TRIGGER p05_role ON @extschema@.institution_role IS 'binds the row to the role its role_name names now (role_oid): a role dropped and created again does not inherit the mapping';
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.institution_role
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.institution_role IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.institution_role
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.institution_role IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.institution_role
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.institution_role IS 'writes one audit row per deleted row';

CREATE FUNCTION @extschema@.multi_institution()
	RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME', 'partnership_multi_institution'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.multi_institution() IS 'true when multi-institution mode is on (setting multi_institution = 1)';

CREATE FUNCTION @extschema@.institution_scope()
	RETURNS pg_catalog.int8[]
	AS 'MODULE_PATHNAME', 'partnership_institution_scope'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.institution_scope() IS 'ids of the institutions the current role acts for (institution_role) and of every partner below them, sorted; whatever the mode';

CREATE FUNCTION @extschema@.visible_partnerships()
	RETURNS pg_catalog.int8[]
	AS 'MODULE_PATHNAME', 'partnership_visible_partnerships'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.visible_partnerships() IS 'ids of the partnerships the current role may read in multi-institution mode: owned by its institutions or below them, or with one of its institutions as a member; sorted, computed once per statement';

CREATE FUNCTION @extschema@.writable_partnerships()
	RETURNS pg_catalog.int8[]
	AS 'MODULE_PATHNAME', 'partnership_writable_partnerships'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.writable_partnerships() IS 'ids of the partnerships the current role may change in multi-institution mode: owned by its institutions or below them; sorted, computed once per statement';

CREATE FUNCTION @extschema@.institution_guard()
	RETURNS trigger AS 'MODULE_PATHNAME', 'partnership_institution_guard'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.institution_guard() IS 'trigger: in multi-institution mode, refuses (42501) a write outside the partnerships of the caller''s institutions, a partner placed outside its institutions'' tree, a changed id, a new partnership with an id the audit trail records, and a change of setting multi_institution by anyone but the registry owner or a superuser';

CREATE TRIGGER p01_institution BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.partner
	FOR EACH ROW EXECUTE FUNCTION @extschema@.institution_guard();
COMMENT ON TRIGGER p01_institution ON @extschema@.partner IS 'multi-institution mode: a partner is placed (parent_id) only within the tree of the caller''s institutions';
CREATE TRIGGER p01_institution BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.setting
	FOR EACH ROW EXECUTE FUNCTION @extschema@.institution_guard();
COMMENT ON TRIGGER p01_institution ON @extschema@.setting IS 'only the registry owner or a superuser changes setting multi_institution';
CREATE TRIGGER p01_institution BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.partnership
	FOR EACH ROW EXECUTE FUNCTION @extschema@.institution_guard();
COMMENT ON TRIGGER p01_institution ON @extschema@.partnership IS 'multi-institution mode: refuses a write outside the partnerships of the caller''s institutions (42501)';
CREATE TRIGGER p01_institution BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.member
	FOR EACH ROW EXECUTE FUNCTION @extschema@.institution_guard();
COMMENT ON TRIGGER p01_institution ON @extschema@.member IS 'multi-institution mode: refuses a write outside the partnerships of the caller''s institutions (42501)';
CREATE TRIGGER p01_institution BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.agreement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.institution_guard();
COMMENT ON TRIGGER p01_institution ON @extschema@.agreement IS 'multi-institution mode: refuses a write outside the partnerships of the caller''s institutions (42501)';
CREATE TRIGGER p01_institution BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.agreement_party
	FOR EACH ROW EXECUTE FUNCTION @extschema@.institution_guard();
COMMENT ON TRIGGER p01_institution ON @extschema@.agreement_party IS 'multi-institution mode: refuses a write outside the partnerships of the caller''s institutions (42501)';
CREATE TRIGGER p01_institution BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.agreement_clause
	FOR EACH ROW EXECUTE FUNCTION @extschema@.institution_guard();
COMMENT ON TRIGGER p01_institution ON @extschema@.agreement_clause IS 'multi-institution mode: refuses a write outside the partnerships of the caller''s institutions (42501)';
CREATE TRIGGER p01_institution BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.activity
	FOR EACH ROW EXECUTE FUNCTION @extschema@.institution_guard();
COMMENT ON TRIGGER p01_institution ON @extschema@.activity IS 'multi-institution mode: refuses a write outside the partnerships of the caller''s institutions (42501)';
CREATE TRIGGER p01_institution BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.assignment
	FOR EACH ROW EXECUTE FUNCTION @extschema@.institution_guard();
COMMENT ON TRIGGER p01_institution ON @extschema@.assignment IS 'multi-institution mode: refuses a write outside the partnerships of the caller''s institutions (42501)';
CREATE TRIGGER p01_institution BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.commitment
	FOR EACH ROW EXECUTE FUNCTION @extschema@.institution_guard();
COMMENT ON TRIGGER p01_institution ON @extschema@.commitment IS 'multi-institution mode: refuses a write outside the partnerships of the caller''s institutions (42501)';
CREATE TRIGGER p01_institution BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.disbursement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.institution_guard();
COMMENT ON TRIGGER p01_institution ON @extschema@.disbursement IS 'multi-institution mode: refuses a write outside the partnerships of the caller''s institutions (42501)';
CREATE TRIGGER p01_institution BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.indicator
	FOR EACH ROW EXECUTE FUNCTION @extschema@.institution_guard();
COMMENT ON TRIGGER p01_institution ON @extschema@.indicator IS 'multi-institution mode: refuses a write outside the partnerships of the caller''s institutions (42501)';
CREATE TRIGGER p01_institution BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.measurement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.institution_guard();
COMMENT ON TRIGGER p01_institution ON @extschema@.measurement IS 'multi-institution mode: refuses a write outside the partnerships of the caller''s institutions (42501)';
CREATE TRIGGER p01_institution BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.evaluation
	FOR EACH ROW EXECUTE FUNCTION @extschema@.institution_guard();
COMMENT ON TRIGGER p01_institution ON @extschema@.evaluation IS 'multi-institution mode: refuses a write outside the partnerships of the caller''s institutions (42501)';
CREATE TRIGGER p01_institution BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.response
	FOR EACH ROW EXECUTE FUNCTION @extschema@.institution_guard();
COMMENT ON TRIGGER p01_institution ON @extschema@.response IS 'multi-institution mode: refuses a write outside the partnerships of the caller''s institutions (42501)';
CREATE TRIGGER p01_institution BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.risk
	FOR EACH ROW EXECUTE FUNCTION @extschema@.institution_guard();
COMMENT ON TRIGGER p01_institution ON @extschema@.risk IS 'multi-institution mode: refuses a write outside the partnerships of the caller''s institutions (42501)';
CREATE TRIGGER p01_institution BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.document
	FOR EACH ROW EXECUTE FUNCTION @extschema@.institution_guard();
COMMENT ON TRIGGER p01_institution ON @extschema@.document IS 'multi-institution mode: refuses a write outside the partnerships of the caller''s institutions (42501)';

CREATE FUNCTION @extschema@.institution_mode_off_support(pg_catalog.internal)
	RETURNS pg_catalog.internal
	AS 'MODULE_PATHNAME', 'partnership_institution_mode_off_support'
	LANGUAGE C STRICT;
COMMENT ON FUNCTION @extschema@.institution_mode_off_support(pg_catalog.internal) IS 'planner support of institution_mode_off(): false while the mode is on, a once-per-query subquery while it is off';

CREATE FUNCTION @extschema@.institution_mode_off()
	RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME', 'partnership_institution_mode_off'
	LANGUAGE C STABLE STRICT PARALLEL SAFE
	SUPPORT @extschema@.institution_mode_off_support;
COMMENT ON FUNCTION @extschema@.institution_mode_off() IS 'true when multi-institution mode is off: the first test of every policy, settled when the query is planned (doc/access.md#how-the-policies-stay-cheap)';

CREATE FUNCTION @extschema@.institution_set_contains_support(pg_catalog.internal)
	RETURNS pg_catalog.internal
	AS 'MODULE_PATHNAME', 'partnership_institution_set_contains_support'
	LANGUAGE C STRICT;
COMMENT ON FUNCTION @extschema@.institution_set_contains_support(pg_catalog.internal) IS 'planner support of institution_set_contains(): in INSERT, UPDATE and DELETE the test of the one row (institution_covers(), institution_reads(), institution_writes()); in a query while the mode is on, id = ANY (ids), an index condition, for a role that reads few partnerships, and the test against the kept set (in_visible_partnerships() and the others) for one that reads more; the selectivity of either (and of in_visible_partnerships() and the others)';

CREATE FUNCTION @extschema@.institution_set_contains(ids pg_catalog.int8[], id pg_catalog.int8)
	RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME', 'partnership_institution_set_contains'
	LANGUAGE C STABLE STRICT PARALLEL SAFE COST 5
	SUPPORT @extschema@.institution_set_contains_support;
COMMENT ON FUNCTION @extschema@.institution_set_contains(pg_catalog.int8[], pg_catalog.int8) IS 'is id one of ids, a sorted array as institution_scope(), visible_partnerships() and writable_partnerships() return: the per-row test of the policies, a binary search (doc/access.md#how-the-policies-stay-cheap); with NULL elements, as = ANY';

-- in_institution_scope(), in_visible_partnerships(),
-- in_writable_partnerships(): what institution_set_contains() of the set
-- becomes in a query for a role that reads many partnerships, the set kept
-- for the session searched in place (no InitPlan copies it for every table
-- tested).  PARALLEL SAFE as the sets are: a parallel plan's workers
-- compute the set themselves, as committed now, as the leader does.
CREATE FUNCTION @extschema@.in_institution_scope(partner_id pg_catalog.int8)
	RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME', 'partnership_in_institution_scope'
	LANGUAGE C STABLE STRICT PARALLEL SAFE COST 5
	SUPPORT @extschema@.institution_set_contains_support;
COMMENT ON FUNCTION @extschema@.in_institution_scope(pg_catalog.int8) IS 'is the partner one of institution_scope()?  The set taken once per query, searched where it is kept (doc/access.md#how-the-policies-stay-cheap)';

CREATE FUNCTION @extschema@.in_visible_partnerships(partnership_id pg_catalog.int8)
	RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME', 'partnership_in_visible_partnerships'
	LANGUAGE C STABLE STRICT PARALLEL SAFE COST 5
	SUPPORT @extschema@.institution_set_contains_support;
COMMENT ON FUNCTION @extschema@.in_visible_partnerships(pg_catalog.int8) IS 'is the partnership one of visible_partnerships()?  The set taken once per query, searched where it is kept (doc/access.md#how-the-policies-stay-cheap)';

CREATE FUNCTION @extschema@.in_writable_partnerships(partnership_id pg_catalog.int8)
	RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME', 'partnership_in_writable_partnerships'
	LANGUAGE C STABLE STRICT PARALLEL SAFE COST 5
	SUPPORT @extschema@.institution_set_contains_support;
COMMENT ON FUNCTION @extschema@.in_writable_partnerships(pg_catalog.int8) IS 'is the partnership one of writable_partnerships()?  The set taken once per query, searched where it is kept (doc/access.md#how-the-policies-stay-cheap)';

-- institution_covers(), institution_reads(), institution_writes(): PARALLEL
-- UNSAFE, since they read the rows as committed now (a new snapshot, which
-- no parallel operation may take); the policies use them only in writes.
CREATE FUNCTION @extschema@.institution_covers(partner_id pg_catalog.int8)
	RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME', 'partnership_institution_covers'
	LANGUAGE C STABLE STRICT PARALLEL UNSAFE COST 100;
COMMENT ON FUNCTION @extschema@.institution_covers(pg_catalog.int8) IS 'does the current role act for the partner (mapped to it or to a partner above it)?  What institution_set_contains(institution_scope(), partner_id) answers, from the partner''s row: the policies'' test of one row in INSERT, UPDATE and DELETE';

CREATE FUNCTION @extschema@.institution_reads(partnership_id pg_catalog.int8)
	RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME', 'partnership_institution_reads'
	LANGUAGE C STABLE STRICT PARALLEL UNSAFE COST 100;
COMMENT ON FUNCTION @extschema@.institution_reads(pg_catalog.int8) IS 'may the current role read the partnership?  What institution_set_contains(visible_partnerships(), partnership_id) answers, from the partnership''s row: the policies'' test of one row in INSERT, UPDATE and DELETE';

CREATE FUNCTION @extschema@.institution_writes(partnership_id pg_catalog.int8)
	RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME', 'partnership_institution_writes'
	LANGUAGE C STABLE STRICT PARALLEL UNSAFE COST 100;
COMMENT ON FUNCTION @extschema@.institution_writes(pg_catalog.int8) IS 'may the current role change the partnership?  What institution_set_contains(writable_partnerships(), partnership_id) answers, from the partnership''s row: the policies'' test of one row in INSERT, UPDATE and DELETE';

/*
 * The policies.  institution_mode_off() and institution_set_contains()
 * are settled when the query is planned (their support functions,
 * src/institution.c): with the mode off the first becomes a subquery
 * computed once per query, true, and nothing else is computed; with the
 * mode on, for a role that reads few partnerships, it is false and drops
 * out, and the second becomes partnership_id = ANY (the role's
 * partnerships), one condition which the planner estimates from a short
 * array and uses as an index condition; for a role that reads more, each
 * row's partnership is looked up in the set by a binary search; in INSERT,
 * UPDATE and DELETE, each row's partnership is read and judged alone
 * (institution_reads(), institution_writes(), institution_covers()).
 * Superusers and the registry owner bypass the policies in
 * either mode.  UPDATE and DELETE reach every row the role may read, so
 * that p01_institution, not a silent "UPDATE 0", answers a write to a
 * partnership the role only reads.
 */
ALTER TABLE @extschema@.partnership ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.partnership FOR SELECT
	USING (@extschema@.institution_mode_off()
		OR @extschema@.institution_set_contains((SELECT @extschema@.institution_scope()), owner_id)
		OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), id));
COMMENT ON POLICY institution_read ON @extschema@.partnership IS 'multi-institution mode: the partnerships the role may read (owned by its institutions or below them, which also admits a row it has just inserted, or with one of its institutions as a member)';
CREATE POLICY institution_insert ON @extschema@.partnership FOR INSERT
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.institution_scope()), owner_id));
COMMENT ON POLICY institution_insert ON @extschema@.partnership IS 'multi-institution mode: new rows owned by one of its institutions or below them';
CREATE POLICY institution_update ON @extschema@.partnership FOR UPDATE
	USING (@extschema@.institution_mode_off()
		OR @extschema@.institution_set_contains((SELECT @extschema@.institution_scope()), owner_id)
		OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), id))
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.institution_scope()), owner_id));
COMMENT ON POLICY institution_update ON @extschema@.partnership IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions owned by one of its institutions or below them';
CREATE POLICY institution_delete ON @extschema@.partnership FOR DELETE
	USING (@extschema@.institution_mode_off()
		OR @extschema@.institution_set_contains((SELECT @extschema@.institution_scope()), owner_id)
		OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), id));
COMMENT ON POLICY institution_delete ON @extschema@.partnership IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.member ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.member FOR SELECT
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_read ON @extschema@.member IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.member FOR INSERT
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_insert ON @extschema@.member IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.member FOR UPDATE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id))
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_update ON @extschema@.member IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.member FOR DELETE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_delete ON @extschema@.member IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.agreement ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.agreement FOR SELECT
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_read ON @extschema@.agreement IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.agreement FOR INSERT
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_insert ON @extschema@.agreement IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.agreement FOR UPDATE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id))
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_update ON @extschema@.agreement IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.agreement FOR DELETE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_delete ON @extschema@.agreement IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.agreement_party ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.agreement_party FOR SELECT
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_read ON @extschema@.agreement_party IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.agreement_party FOR INSERT
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_insert ON @extschema@.agreement_party IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.agreement_party FOR UPDATE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id))
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_update ON @extschema@.agreement_party IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.agreement_party FOR DELETE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_delete ON @extschema@.agreement_party IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.agreement_clause ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.agreement_clause FOR SELECT
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_read ON @extschema@.agreement_clause IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.agreement_clause FOR INSERT
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_insert ON @extschema@.agreement_clause IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.agreement_clause FOR UPDATE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id))
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_update ON @extschema@.agreement_clause IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.agreement_clause FOR DELETE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_delete ON @extschema@.agreement_clause IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.activity ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.activity FOR SELECT
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_read ON @extschema@.activity IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.activity FOR INSERT
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_insert ON @extschema@.activity IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.activity FOR UPDATE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id))
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_update ON @extschema@.activity IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.activity FOR DELETE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_delete ON @extschema@.activity IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.assignment ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.assignment FOR SELECT
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_read ON @extschema@.assignment IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.assignment FOR INSERT
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_insert ON @extschema@.assignment IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.assignment FOR UPDATE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id))
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_update ON @extschema@.assignment IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.assignment FOR DELETE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_delete ON @extschema@.assignment IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.commitment ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.commitment FOR SELECT
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_read ON @extschema@.commitment IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.commitment FOR INSERT
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_insert ON @extschema@.commitment IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.commitment FOR UPDATE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id))
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_update ON @extschema@.commitment IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.commitment FOR DELETE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_delete ON @extschema@.commitment IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.disbursement ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.disbursement FOR SELECT
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_read ON @extschema@.disbursement IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.disbursement FOR INSERT
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_insert ON @extschema@.disbursement IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.disbursement FOR UPDATE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id))
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_update ON @extschema@.disbursement IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.disbursement FOR DELETE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_delete ON @extschema@.disbursement IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.indicator ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.indicator FOR SELECT
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_read ON @extschema@.indicator IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.indicator FOR INSERT
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_insert ON @extschema@.indicator IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.indicator FOR UPDATE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id))
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_update ON @extschema@.indicator IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.indicator FOR DELETE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_delete ON @extschema@.indicator IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.measurement ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.measurement FOR SELECT
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_read ON @extschema@.measurement IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.measurement FOR INSERT
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_insert ON @extschema@.measurement IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.measurement FOR UPDATE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id))
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_update ON @extschema@.measurement IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.measurement FOR DELETE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_delete ON @extschema@.measurement IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.evaluation ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.evaluation FOR SELECT
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_read ON @extschema@.evaluation IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.evaluation FOR INSERT
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_insert ON @extschema@.evaluation IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.evaluation FOR UPDATE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id))
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_update ON @extschema@.evaluation IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.evaluation FOR DELETE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_delete ON @extschema@.evaluation IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.response ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.response FOR SELECT
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_read ON @extschema@.response IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.response FOR INSERT
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_insert ON @extschema@.response IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.response FOR UPDATE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id))
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_update ON @extschema@.response IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.response FOR DELETE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_delete ON @extschema@.response IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.risk ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.risk FOR SELECT
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_read ON @extschema@.risk IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.risk FOR INSERT
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_insert ON @extschema@.risk IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.risk FOR UPDATE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id))
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_update ON @extschema@.risk IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.risk FOR DELETE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_delete ON @extschema@.risk IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.document ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.document FOR SELECT
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_read ON @extschema@.document IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.document FOR INSERT
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_insert ON @extschema@.document IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.document FOR UPDATE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id))
	WITH CHECK (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.writable_partnerships()), partnership_id));
COMMENT ON POLICY institution_update ON @extschema@.document IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.document FOR DELETE
	USING (@extschema@.institution_mode_off() OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_delete ON @extschema@.document IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.audit FOR SELECT
	USING (@extschema@.institution_mode_off() OR partnership_id IS NULL
		OR @extschema@.institution_set_contains((SELECT @extschema@.visible_partnerships()), partnership_id));
COMMENT ON POLICY institution_read ON @extschema@.audit IS 'multi-institution mode: audit rows of the partnerships the role may read, and those of partners and catalogues';

