/*
 * partnership--1.0.0--1.1.0.sql: update a 1.0.0 registry to release 1.1.0.
 *
 * Every schema change of 1.1.0 is made twice: here, for databases that run
 * 1.0.0, and in the src/sql/ pieces that assemble the fresh 1.1.0 install
 * script.  The upgrade suite (test/scripts/suite-upgrade.sh) proves that
 * both give the same catalogue and the same report rows.  Sections follow
 * the order of the changes; new columns go at the end of their tables in
 * the pieces too, so that both paths give the same column order.
 *
 * Every name is schema-qualified (@extschema@, pg_catalog) so that the
 * script means the same whatever search_path the updating role has.
 */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION partnership UPDATE TO '1.1.0'" to load this file. \quit

-- ------------------------------------------------------------------------
-- Security: the extension's schemas (src/sql/01_schemas.sql).  A 1.0.0
-- could be installed into a schema that another role owned; the update
-- refuses such a registry until a superuser owns both schemas, nobody else
-- may create objects in them, and they hold no other role's objects; and
-- it refuses default privileges that would reach the new tables.
-- ------------------------------------------------------------------------
DO $$
DECLARE
	s record;
BEGIN
	FOR s IN
		SELECT n.nspname, pg_catalog.pg_get_userbyid(n.nspowner) AS owner
		FROM pg_catalog.pg_namespace n
		WHERE n.nspname OPERATOR(pg_catalog.=) ANY (ARRAY['@extschema@', 'partnership_report']::pg_catalog.name[])
		  AND (NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.oid OPERATOR(pg_catalog.=) n.nspowner)
			   OR EXISTS (SELECT FROM pg_catalog.aclexplode(n.nspacl) a
						  WHERE a.privilege_type OPERATOR(pg_catalog.=) 'CREATE'
							AND a.grantee OPERATOR(pg_catalog.<>) n.nspowner))
	LOOP
		RAISE EXCEPTION 'schema "%" is not a superuser''s alone', s.nspname
			USING ERRCODE = 'insufficient_privilege',
				DETAIL = pg_catalog.format('Schema "%s" is owned by role "%s", which is not a superuser, or lets other roles create objects in it; they could drop or replace the extension''s objects.', s.nspname, s.owner),
				HINT = pg_catalog.format('Make a superuser the owner of schema "%s" (ALTER SCHEMA ... OWNER TO) and revoke CREATE from others, then update again.', s.nspname);
	END LOOP;

	/*
	 * An object that another role put into the schema could stand in for
	 * one the update script uses (an operator of the exact argument types
	 * beats pg_catalog's that needs a cast), and may already stand in a
	 * constraint that 1.0.0 created there.
	 */
	FOR s IN
		SELECT n.nspname, o.kind, o.name, pg_catalog.pg_get_userbyid(o.owner) AS owner
		FROM pg_catalog.pg_namespace n
		CROSS JOIN LATERAL (
			SELECT 'relation' AS kind, c.relname::pg_catalog.text AS name, c.relowner AS owner
			FROM pg_catalog.pg_class c WHERE c.relnamespace OPERATOR(pg_catalog.=) n.oid
			UNION ALL SELECT 'function', p.proname, p.proowner
			FROM pg_catalog.pg_proc p WHERE p.pronamespace OPERATOR(pg_catalog.=) n.oid
			UNION ALL SELECT 'type', t.typname, t.typowner
			FROM pg_catalog.pg_type t WHERE t.typnamespace OPERATOR(pg_catalog.=) n.oid
			UNION ALL SELECT 'operator', o.oprname, o.oprowner
			FROM pg_catalog.pg_operator o WHERE o.oprnamespace OPERATOR(pg_catalog.=) n.oid
			UNION ALL SELECT 'collation', c.collname, c.collowner
			FROM pg_catalog.pg_collation c WHERE c.collnamespace OPERATOR(pg_catalog.=) n.oid
			UNION ALL SELECT 'conversion', c.conname, c.conowner
			FROM pg_catalog.pg_conversion c WHERE c.connamespace OPERATOR(pg_catalog.=) n.oid
			UNION ALL SELECT 'operator family', f.opfname, f.opfowner
			FROM pg_catalog.pg_opfamily f WHERE f.opfnamespace OPERATOR(pg_catalog.=) n.oid) o
		WHERE n.nspname OPERATOR(pg_catalog.=) ANY (ARRAY['@extschema@', 'partnership_report']::pg_catalog.name[])
		  AND NOT (SELECT r.rolsuper FROM pg_catalog.pg_roles r WHERE r.oid OPERATOR(pg_catalog.=) o.owner)
		LIMIT 1
	LOOP
		RAISE EXCEPTION 'schema "%" holds % "%" of role "%", who is not a superuser', s.nspname, s.kind, s.name, s.owner
			USING ERRCODE = 'insufficient_privilege',
				DETAIL = 'An object of another role in the extension''s schema could stand in for one of the extension''s, in the update and in constraints made before it.',
				HINT = 'Drop the object, check the constraints and views of the extension that may use it (reinstalling from a dump is the sure way), then update again.';
	END LOOP;

	IF EXISTS (SELECT FROM pg_catalog.pg_default_acl d, pg_catalog.pg_roles r
			   WHERE r.rolname OPERATOR(pg_catalog.=) CURRENT_USER
				 AND d.defaclrole OPERATOR(pg_catalog.=) r.oid
				 AND d.defaclobjtype OPERATOR(pg_catalog.=) ANY (ARRAY['r', 'S']::"char"[]))
	THEN
		RAISE EXCEPTION 'role "%" has default privileges on new tables or sequences', CURRENT_USER
			USING ERRCODE = 'insufficient_privilege',
				DETAIL = 'They would be granted on the tables and sequences the update creates, past the extension''s access levels.',
				HINT = 'Update as a superuser without ALTER DEFAULT PRIVILEGES for tables and sequences (see \ddp), then hand out access with partnership.grant_access().';
	END IF;
END
$$;

-- ------------------------------------------------------------------------
-- Integrity: amounts, weights, baselines, targets and measured values are
-- finite (src/sql/20_registry.sql).  NaN passed "amount > 0" in 1.0.0 (NaN
-- sorts above every number); a row holding NaN or Infinity makes this
-- update fail with the constraint's name, to be corrected first.
-- ------------------------------------------------------------------------
ALTER TABLE @extschema@.commitment DROP CONSTRAINT commitment_amount_check,
	ADD CONSTRAINT commitment_amount_check CHECK (amount > 0::numeric AND amount < 'Infinity');
ALTER TABLE @extschema@.disbursement DROP CONSTRAINT disbursement_amount_check,
	ADD CONSTRAINT disbursement_amount_check CHECK (amount > 0::numeric AND amount < 'Infinity');
ALTER TABLE @extschema@.criterion DROP CONSTRAINT criterion_weight_check,
	ADD CONSTRAINT criterion_weight_check CHECK (weight > 0::numeric AND weight < 'Infinity');
-- (the numbers compared typed as numeric, so that only pg_catalog's
-- numeric operators match them, whatever else a schema holds)
ALTER TABLE @extschema@.setting DROP CONSTRAINT setting_value_check,
	ADD CONSTRAINT setting_value_check CHECK (CASE name
		WHEN 'gap_threshold' THEN value > 0::numeric AND value <= 4::numeric
		ELSE value >= 1::numeric AND value <= 100000::numeric AND value = pg_catalog.trunc(value) END);
ALTER TABLE @extschema@.indicator
	ADD CONSTRAINT indicator_baseline_check CHECK (baseline > '-Infinity' AND baseline < 'Infinity'),
	ADD CONSTRAINT indicator_target_check CHECK (target > '-Infinity' AND target < 'Infinity');
ALTER TABLE @extschema@.measurement
	ADD CONSTRAINT measurement_value_check CHECK (value > '-Infinity' AND value < 'Infinity');
COMMENT ON COLUMN @extschema@.commitment.amount IS 'committed amount (value, for in-kind), a finite number greater than zero';
COMMENT ON COLUMN @extschema@.disbursement.amount IS 'amount paid, a finite number greater than zero, in the commitment''s currency';
COMMENT ON COLUMN @extschema@.indicator.baseline IS 'value at the start (finite)';
COMMENT ON COLUMN @extschema@.indicator.target IS 'value to reach (finite)';
COMMENT ON COLUMN @extschema@.measurement.value IS 'measured value (finite)';
COMMENT ON COLUMN @extschema@.criterion.weight IS 'weight in the evaluation index, a finite number greater than zero';

-- ------------------------------------------------------------------------
-- Security: no TRUNCATE of the registry (src/sql/80_no_truncate.sql).
-- ------------------------------------------------------------------------

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

-- ------------------------------------------------------------------------
-- Integrity: a partnership reaches completed or terminated only while its
-- error rules hold, as for activation (src/rules_enforce.c).
-- ------------------------------------------------------------------------
COMMENT ON FUNCTION @extschema@.rules_activation() IS 'trigger on partnership: a move into active, or from active or suspended into completed or terminated, fails with 23514 when an error rule fails (constraint name = the first failing rule)';
COMMENT ON TRIGGER rules_activation ON @extschema@.partnership IS 'a move into active, or from active or suspended into completed or terminated, fails with 23514 when an error rule fails (constraint name = the first failing rule)';
