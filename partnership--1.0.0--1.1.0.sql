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
-- it refuses default privileges that would reach the new schemas and
-- tables.
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
				 AND d.defaclobjtype OPERATOR(pg_catalog.=) ANY (ARRAY['r', 'S', 'n']::"char"[]))
	THEN
		RAISE EXCEPTION 'role "%" has default privileges on new tables, sequences or schemas', CURRENT_USER
			USING ERRCODE = 'insufficient_privilege',
				DETAIL = 'They would be granted on the schemas, tables and sequences the update creates, past the extension''s access levels.',
				HINT = 'Update as a superuser without ALTER DEFAULT PRIVILEGES for tables, sequences and schemas (see \ddp), then hand out access with partnership.grant_access().';
	END IF;
END
$$;

-- ------------------------------------------------------------------------
-- Access levels kept (doc/security.md): the level each role holds under
-- 1.0.0, read before anything changes.  A role holds level N when every
-- privilege of 1.0.0's access_plan(N) is granted to it directly (not
-- through a role it belongs to); its highest such level is remembered,
-- for this transaction only, and named at the end of this script with
-- the grant_access() call that gives it the 1.1.0 objects.  A role with
-- only some of a level's privileges (granted by hand) is not named.
-- ------------------------------------------------------------------------
SELECT pg_catalog.set_config('partnership_upgrade.levels', COALESCE((
	SELECT pg_catalog.jsonb_object_agg(r.oid::pg_catalog.text, r.lvl)::pg_catalog.text
	FROM (
		SELECT a.oid, pg_catalog.max(lv.n) AS lvl
		FROM pg_catalog.pg_roles a
		CROSS JOIN pg_catalog.generate_series(1, 3) AS lv(n)
		WHERE NOT a.rolsuper
		  AND a.rolname OPERATOR(pg_catalog.!~) '^pg_'
		  AND NOT EXISTS (
			SELECT FROM @extschema@.access_plan(lv.n) g
			CROSS JOIN LATERAL pg_catalog.string_to_array(g.privileges, ', ') AS want(privs)
			CROSS JOIN LATERAL pg_catalog.unnest(want.privs) AS w(priv)
			WHERE NOT EXISTS (
				SELECT FROM pg_catalog.aclexplode(CASE g.kind
						WHEN 'SCHEMA' THEN (SELECT n.nspacl FROM pg_catalog.pg_namespace n
											WHERE n.oid OPERATOR(pg_catalog.=) g.object::pg_catalog.regnamespace)
						ELSE (SELECT c.relacl FROM pg_catalog.pg_class c
							  WHERE c.oid OPERATOR(pg_catalog.=) g.object::pg_catalog.regclass) END) x
				WHERE x.grantee OPERATOR(pg_catalog.=) a.oid
				  AND x.privilege_type OPERATOR(pg_catalog.=) w.priv))
		GROUP BY a.oid) r), '{}'), true);

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

-- ------------------------------------------------------------------------
-- Local fields: extra jsonb on partner, partnership, member, agreement and
-- activity (src/sql/20_registry.sql), last in each table as in the pieces.
-- ------------------------------------------------------------------------
ALTER TABLE @extschema@.partner ADD COLUMN extra jsonb CONSTRAINT partner_extra_check
	CHECK (pg_catalog.jsonb_typeof(extra) = 'object');
COMMENT ON COLUMN @extschema@.partner.extra IS 'local fields of this database, as a JSON object (never ALTER an extension table: doc/registry.md#local-fields)';
ALTER TABLE @extschema@.partnership ADD COLUMN extra jsonb CONSTRAINT partnership_extra_check
	CHECK (pg_catalog.jsonb_typeof(extra) = 'object');
COMMENT ON COLUMN @extschema@.partnership.extra IS 'local fields of this database, as a JSON object (never ALTER an extension table: doc/registry.md#local-fields)';
ALTER TABLE @extschema@.member ADD COLUMN extra jsonb CONSTRAINT member_extra_check
	CHECK (pg_catalog.jsonb_typeof(extra) = 'object');
COMMENT ON COLUMN @extschema@.member.extra IS 'local fields of this database, as a JSON object (never ALTER an extension table: doc/registry.md#local-fields)';
ALTER TABLE @extschema@.agreement ADD COLUMN extra jsonb CONSTRAINT agreement_extra_check
	CHECK (pg_catalog.jsonb_typeof(extra) = 'object');
COMMENT ON COLUMN @extschema@.agreement.extra IS 'local fields of this database, as a JSON object (never ALTER an extension table: doc/registry.md#local-fields)';
ALTER TABLE @extschema@.activity ADD COLUMN extra jsonb CONSTRAINT activity_extra_check
	CHECK (pg_catalog.jsonb_typeof(extra) = 'object');
COMMENT ON COLUMN @extschema@.activity.extra IS 'local fields of this database, as a JSON object (never ALTER an extension table: doc/registry.md#local-fields)';

-- ------------------------------------------------------------------------
-- Documents and contacts (src/sql/25_documents.sql, as it stands).
-- ------------------------------------------------------------------------
CREATE TABLE @extschema@.document (
	id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	partnership_id bigint NOT NULL CONSTRAINT document_partnership_fkey
		REFERENCES @extschema@.partnership (id),
	agreement_id bigint,
	kind pg_catalog.text NOT NULL CONSTRAINT document_kind_check
		CHECK (kind IN ('agreement', 'minutes', 'report', 'photo', 'other')),
	title pg_catalog.text NOT NULL CONSTRAINT document_title_check
		CHECK (pg_catalog.btrim(title) <> ''),
	url pg_catalog.text NOT NULL CONSTRAINT document_url_check
		CHECK (url ~ '^[A-Za-z][A-Za-z0-9+.-]*:[^[:space:]]+$'),
	sha256 pg_catalog.text CONSTRAINT document_sha256_check
		CHECK (sha256 ~ '^[0-9a-f]{64}$'),
	added_on date NOT NULL DEFAULT CURRENT_DATE,
	CONSTRAINT document_partnership_id_key UNIQUE (partnership_id, id),
	CONSTRAINT document_agreement_fkey FOREIGN KEY (partnership_id, agreement_id)
		REFERENCES @extschema@.agreement (partnership_id, id),
	CONSTRAINT document_dates_finite CHECK (pg_catalog.isfinite(added_on))
);
CREATE INDEX document_partnership_idx
	ON @extschema@.document (partnership_id, agreement_id);
COMMENT ON TABLE @extschema@.document IS 'documents of a partnership or of one of its agreements: scans of the MoU or PKS, minutes, reports; a document of a signed agreement can be added, not changed';
COMMENT ON COLUMN @extschema@.document.id IS 'identity of the document';
COMMENT ON COLUMN @extschema@.document.partnership_id IS 'the partnership';
COMMENT ON COLUMN @extschema@.document.agreement_id IS 'the agreement it belongs to (NULL for a document of the partnership)';
COMMENT ON COLUMN @extschema@.document.kind IS 'agreement (a scan of the signed text), minutes, report, photo or other';
COMMENT ON COLUMN @extschema@.document.title IS 'title of the document';
COMMENT ON COLUMN @extschema@.document.url IS 'where the file is kept: a URI (https:, file:, s3:, ...)';
COMMENT ON COLUMN @extschema@.document.sha256 IS 'SHA-256 of the file, 64 lowercase hex digits, to prove it unchanged';
COMMENT ON COLUMN @extschema@.document.added_on IS 'day the document was recorded';

CREATE TABLE @extschema@.contact (
	id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	partner_id bigint NOT NULL CONSTRAINT contact_partner_fkey
		REFERENCES @extschema@.partner (id),
	name pg_catalog.text NOT NULL CONSTRAINT contact_name_check
		CHECK (pg_catalog.btrim(name) <> ''),
	position pg_catalog.text,
	email pg_catalog.text CONSTRAINT contact_email_check
		CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
	phone pg_catalog.text CONSTRAINT contact_phone_check
		CHECK (phone ~ '^\+?[0-9(][0-9 ().-]{2,}$')
);
CREATE INDEX contact_partner_idx ON @extschema@.contact (partner_id);
COMMENT ON TABLE @extschema@.contact IS 'contact persons of a partner';
COMMENT ON COLUMN @extschema@.contact.id IS 'identity of the contact';
COMMENT ON COLUMN @extschema@.contact.partner_id IS 'the partner the person works for';
COMMENT ON COLUMN @extschema@.contact.name IS 'name of the person';
COMMENT ON COLUMN @extschema@.contact.position IS 'position or function (jabatan)';
COMMENT ON COLUMN @extschema@.contact.email IS 'e-mail address';
COMMENT ON COLUMN @extschema@.contact.phone IS 'phone number: digits, spaces, ( ) . - and an optional leading +';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.document', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.document_id_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.contact', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.contact_id_seq', '');

CREATE FUNCTION @extschema@.document_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'document_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.document_trigger() IS 'the kind read in English or Indonesian (any case) and stored in English; a document of an agreement that is no longer a draft cannot be changed or removed (BEFORE ROW on document)';

CREATE TRIGGER p10_guard BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.document
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partnership_guard_trigger();
COMMENT ON TRIGGER p10_guard ON @extschema@.document IS 'locks the partnership FOR SHARE and refuses changes to the rows of a completed or terminated partnership';
CREATE TRIGGER p20_document BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.document
	FOR EACH ROW EXECUTE FUNCTION @extschema@.document_trigger();
COMMENT ON TRIGGER p20_document ON @extschema@.document IS 'the kind read in English or Indonesian and stored in English; a document of a signed agreement is kept as recorded';
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.document
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.document IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.document
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.document IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.document
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.document IS 'writes one audit row per deleted row';
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.contact
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.contact IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.contact
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.contact IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.contact
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.contact IS 'writes one audit row per deleted row';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.document
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.document IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.contact
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.contact IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';

-- ------------------------------------------------------------------------
-- Notifications and the DDL guard (src/sql/76_notify.sql, as it stands).
-- ------------------------------------------------------------------------
CREATE FUNCTION @extschema@.registry_notify_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'registry_notify_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.registry_notify_trigger() IS 'trigger: notifies partnership_events when an agreement is signed or a partnership is activated, suspended, completed or terminated (AFTER UPDATE ROW on partnership and agreement)';

CREATE TRIGGER p95_notify AFTER UPDATE OF status ON @extschema@.partnership
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_notify_trigger();
COMMENT ON TRIGGER p95_notify ON @extschema@.partnership IS 'notifies partnership_events of an activation, suspension, completion or termination, at commit';
CREATE TRIGGER p95_notify AFTER UPDATE OF status ON @extschema@.agreement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_notify_trigger();
COMMENT ON TRIGGER p95_notify ON @extschema@.agreement IS 'notifies partnership_events of a signature, at commit';

/*
 * What is due today, one row per item: agreements in force that end within
 * expiry_warning_days (the agreements_expiring report), active
 * partnerships that end within the same days, active partnerships that
 * rule evaluation_due flags, and open work-plan items past their day.
 */
CREATE FUNCTION @extschema@.due_items()
	RETURNS TABLE (event pg_catalog.text, partnership_id pg_catalog.int8,
				   partnership_code pg_catalog.text, agreement_number pg_catalog.text,
				   institution pg_catalog.text, item pg_catalog.text, due_on date,
				   agreement_id pg_catalog.int8)
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
	AS $$
SELECT 'agreement_expiring', x.partnership_id, x.partnership_code, x.number,
	o.name, x.kind, x.effective_to, x.agreement_id
FROM partnership_report.agreements_expiring x
JOIN @extschema@.partnership p ON p.id OPERATOR(pg_catalog.=) x.partnership_id
LEFT JOIN @extschema@.partner o ON o.id OPERATOR(pg_catalog.=) p.owner_id
UNION ALL
SELECT 'partnership_ending', p.id, p.code, NULL, o.name, p.name, p.ends_on, NULL
FROM @extschema@.partnership p
LEFT JOIN @extschema@.partner o ON o.id OPERATOR(pg_catalog.=) p.owner_id
WHERE p.status::pg_catalog.text OPERATOR(pg_catalog.=) 'active'
  AND p.ends_on OPERATOR(pg_catalog.>=) CURRENT_DATE
  AND p.ends_on OPERATOR(pg_catalog.<=) (CURRENT_DATE OPERATOR(pg_catalog.+)
	COALESCE(pg_catalog.round(@extschema@.setting('expiry_warning_days'))::pg_catalog.int4, 90))
UNION ALL
/* what time broke or made due, as check() judges it: one definition */
SELECT CASE c.rule WHEN 'agreement_in_force' THEN 'agreement_expired' ELSE c.rule END,
	p.id, p.code, c.detail OPERATOR(pg_catalog.->>) 'number', o.name, c.message,
	CASE c.rule
		WHEN 'evaluation_due' THEN COALESCE((c.detail OPERATOR(pg_catalog.->>) 'due_on')::pg_catalog.date, CURRENT_DATE)
		WHEN 'partnership_overdue' THEN p.ends_on
		/* the day after the last one in force */
		ELSE COALESCE((c.detail OPERATOR(pg_catalog.->>) 'effective_to')::pg_catalog.date OPERATOR(pg_catalog.+) 1, CURRENT_DATE)
	END,
	(c.detail OPERATOR(pg_catalog.->>) 'agreement_id')::pg_catalog.int8
FROM @extschema@.partnership p
CROSS JOIN LATERAL @extschema@.check(p.id) c
LEFT JOIN @extschema@.partner o ON o.id OPERATOR(pg_catalog.=) p.owner_id
WHERE p.status::pg_catalog.text OPERATOR(pg_catalog.=) 'active'
  AND c.rule OPERATOR(pg_catalog.=) ANY (ARRAY['evaluation_due', 'partnership_overdue', 'agreement_in_force'])
UNION ALL
SELECT 'activity_overdue', p.id, p.code, NULL, o.name, a.name, a.due_on, NULL
FROM @extschema@.activity a
JOIN @extschema@.partnership p ON p.id OPERATOR(pg_catalog.=) a.partnership_id
LEFT JOIN @extschema@.partner o ON o.id OPERATOR(pg_catalog.=) p.owner_id
WHERE p.status::pg_catalog.text OPERATOR(pg_catalog.=) 'active'
  AND a.status::pg_catalog.text OPERATOR(pg_catalog.=) ANY (ARRAY['planned', 'in_progress'])
  AND a.due_on OPERATOR(pg_catalog.<) CURRENT_DATE
ORDER BY 1, 3, 6
$$;
COMMENT ON FUNCTION @extschema@.due_items() IS 'what is due today, one row per item: agreement_expiring (with the agreement''s number and id), partnership_ending, evaluation_due, activity_overdue, and what time has already broken: partnership_overdue (past its ends_on), agreement_expired (no agreement in force any more) (what notify_due() sends)';

CREATE FUNCTION @extschema@.notify_text(value pg_catalog.text)
	RETURNS pg_catalog.text
	AS 'MODULE_PATHNAME', 'notify_text'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.notify_text(pg_catalog.text) IS 'a text as a notification carries it: cut at a character boundary so that its JSON string (quotes and escapes counted) takes at most 1024 bytes, as the partnership_events trigger cuts its texts';

CREATE FUNCTION @extschema@.notify_names()
	RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME', 'notify_names'
	LANGUAGE C VOLATILE PARALLEL RESTRICTED;
COMMENT ON FUNCTION @extschema@.notify_names() IS 'true when notifications carry names (codes, numbers, institutions, items, due days): multi-institution mode off and setting notify_names 1; otherwise they carry the ids alone (any role that can connect may LISTEN)';

CREATE FUNCTION @extschema@.notify_due()
	RETURNS pg_catalog.int4
	LANGUAGE sql VOLATILE
	SET search_path = pg_catalog, pg_temp
	AS $$
SELECT pg_catalog.count(pg_catalog.pg_notify('partnership_due',
	pg_catalog.json_build_object('event', d.event, 'partnership_id', d.partnership_id,
		'agreement_id', d.agreement_id, 'seq', d.seq,
		'partnership', @extschema@.notify_text(n.partnership_code),
		'agreement', @extschema@.notify_text(n.agreement_number), 'institution', @extschema@.notify_text(n.institution),
		'item', @extschema@.notify_text(n.item), 'due_on', n.due_on, 'at', pg_catalog.now())::pg_catalog.text))::pg_catalog.int4
FROM (SELECT i.*, pg_catalog.row_number() OVER (ORDER BY i.event, i.partnership_id, i.agreement_id) AS seq
	FROM @extschema@.due_items() i) d
/* seq: PostgreSQL folds identical notifications of a transaction into one */
/* numbered, and sent, in the order of the ids: that of the codes would tell their order */
/* any role may LISTEN: the names only where notify_names() allows them (doc/access.md) */
LEFT JOIN LATERAL (SELECT d.partnership_code, d.agreement_number, d.institution, d.item, d.due_on
	WHERE @extschema@.notify_names()) n ON true
$$;
COMMENT ON FUNCTION @extschema@.notify_due() IS 'sends one notification on channel partnership_due per item of due_items() (texts cut by notify_text(); in multi-institution mode or with setting notify_names 0 the event and the ids alone), at commit; returns how many (for a pg_cron job)';

/* ------------------------------------------------------------------------
 * The DDL guard (src/registry/ddl_guard.c): DROP EXTENSION of a registry with rows
 * is refused unless the DBA sets partnership.allow_drop; a column added to
 * an extension table (lost by pg_dump) is warned about.
 * ------------------------------------------------------------------------
 */
CREATE FUNCTION @extschema@.ddl_guard()
	RETURNS event_trigger AS 'MODULE_PATHNAME', 'partnership_ddl_guard'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.ddl_guard() IS 'event trigger: refuses DROP EXTENSION partnership, DROP SCHEMA partnership or DROP OWNED BY its owner while the registry holds rows, unless partnership.allow_drop is on; warns when ALTER TABLE adds a column to an extension table';
CREATE EVENT TRIGGER partnership_ddl_guard ON ddl_command_start
	WHEN TAG IN ('DROP EXTENSION', 'DROP SCHEMA', 'DROP OWNED', 'ALTER TABLE')
	EXECUTE FUNCTION @extschema@.ddl_guard();
COMMENT ON EVENT TRIGGER partnership_ddl_guard IS 'refuses to drop a registry that holds rows unless partnership.allow_drop is on; warns when a column is added to an extension table';

-- ------------------------------------------------------------------------
-- The message catalogue (src/sql/02_messages.sql, as it stands).
-- ------------------------------------------------------------------------
CREATE FUNCTION @extschema@.messages()
	RETURNS TABLE (name pg_catalog.text, plural pg_catalog.bool,
				   en pg_catalog.text, en_plural pg_catalog.text,
				   id pg_catalog.text, id_plural pg_catalog.text)
	AS 'MODULE_PATHNAME', 'partnership_messages'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.messages() IS 'the message catalogue: every message the extension can give a user, in English (en) and Indonesian (id), with the plural forms of counted messages; partnership.language picks which one a session sees';

CREATE FUNCTION @extschema@.message(name pg_catalog.text, VARIADIC args pg_catalog.text[] DEFAULT '{}')
	RETURNS pg_catalog.text
	AS 'MODULE_PATHNAME', 'partnership_message'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.message(pg_catalog.text, pg_catalog.text[]) IS 'one entry of the message catalogue (a name of messages()) in the language of partnership.language, its %s filled with args in order; for the extension''s SQL functions that raise errors';

-- ------------------------------------------------------------------------
-- The rules engine judges the whole registry in one pass: check_all(); and
-- what the commit would refuse, on demand: commit_check()
-- (src/sql/30_rules.sql, src/rules/check.c).
-- ------------------------------------------------------------------------
CREATE FUNCTION @extschema@.check_all()
	RETURNS TABLE (partnership_id bigint, rule text, severity text, message text, detail jsonb)
	AS 'MODULE_PATHNAME', 'partnership_check_all'
	LANGUAGE C STABLE PARALLEL SAFE ROWS 1000;
COMMENT ON FUNCTION @extschema@.check_all() IS 'check() of every partnership the caller can see, in one pass over the registry: one row per current rule violation, in partnership_id order (what the compliance report reads)';

CREATE FUNCTION @extschema@.commit_check(partnership_id bigint)
	RETURNS TABLE (rule text, severity text, message text, detail jsonb)
	AS 'MODULE_PATHNAME', 'partnership_commit_check'
	LANGUAGE C VOLATILE STRICT PARALLEL UNSAFE ROWS 1;
COMMENT ON FUNCTION @extschema@.commit_check(bigint) IS 'what the commit-time check would refuse of one partnership if the transaction committed now, in the columns of check(): the errors of an active partnership that this transaction broke (one it had, the same, before the transaction is excused), or of an end of this transaction judged by rules edited since; none for a partnership that is not active.  VOLATILE and PARALLEL UNSAFE: it reads the latest committed rows, as the commit does, not the statement''s snapshot';

-- ------------------------------------------------------------------------
-- The rules of time (src/sql/21_catalogues.sql, src/rules/judge.c): four
-- new warnings, shipped rows of the rule catalogue.  A fresh install
-- writes its shipped rows before the audit triggers exist: so does the
-- update, with the audit trigger off for them.
-- ------------------------------------------------------------------------
ALTER TABLE @extschema@.rule DISABLE TRIGGER p90_audit_insert;
INSERT INTO @extschema@.rule (code, severity, description_en, description_id, builtin) VALUES
	('partnership_ending', 'warning',
	 'A running partnership is not within expiry_warning_days of its own end (ends_on).',
	 'Kemitraan yang berjalan tidak berada dalam expiry_warning_days sebelum akhirnya sendiri (ends_on).', true),
	('partnership_overdue', 'warning',
	 'A running partnership is not past its own end (ends_on): it is completed, terminated or extended by then.',
	 'Kemitraan yang berjalan tidak melewati akhirnya sendiri (ends_on): kemitraan diselesaikan, diakhiri, atau diperpanjang sebelumnya.', true),
	('agreement_outlasts_partnership', 'warning',
	 'No draft or signed agreement runs past the end of its partnership (ends_on).',
	 'Tidak ada perjanjian draf atau yang ditandatangani yang berlaku melewati akhir kemitraannya (ends_on).', true),
	('mou_expiring', 'warning',
	 'No signed MoU ends within expiry_warning_days.',
	 'Tidak ada nota kesepahaman yang ditandatangani berakhir dalam expiry_warning_days.', true);
ALTER TABLE @extschema@.rule ENABLE TRIGGER p90_audit_insert;

-- ------------------------------------------------------------------------
-- Messages of the table constraints users hit (src/sql/22_triggers.sql):
-- the function and trigger that test partner's constraints first, the
-- truncated comments of the catalogues' p05_merge triggers.
-- ------------------------------------------------------------------------
CREATE FUNCTION @extschema@.registry_check_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'registry_check_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.registry_check_trigger() IS 'tests the table constraints users hit (IATI reference, blank name, e-mail address, phone number) before PostgreSQL does, to report them in the session''s language with the same SQLSTATE and constraint name (BEFORE INSERT OR UPDATE ROW on partner and contact)';
CREATE TRIGGER p20_check BEFORE INSERT OR UPDATE ON @extschema@.partner
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_check_trigger();
COMMENT ON TRIGGER p20_check ON @extschema@.partner IS 'reports a malformed IATI reference or a blank name in the session''s language';
CREATE TRIGGER p20_check BEFORE INSERT OR UPDATE ON @extschema@.contact
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_check_trigger();
COMMENT ON TRIGGER p20_check ON @extschema@.contact IS 'reports a blank name or a malformed e-mail address or phone number in the session''s language';
COMMENT ON TRIGGER p05_merge ON @extschema@.clause_kind IS 'folds an inserted (restored) row onto the shipped catalogue row of the same code';
COMMENT ON TRIGGER p05_merge ON @extschema@.criterion IS 'folds an inserted (restored) row onto the shipped catalogue row of the same code';
COMMENT ON TRIGGER p05_merge ON @extschema@.rule IS 'folds an inserted (restored) row onto the shipped catalogue row of the same code';

-- ------------------------------------------------------------------------
-- Catalogue codes typed by their labels (src/sql/22_triggers.sql): a
-- clause kind or a criterion written as its English or Indonesian label is
-- stored as its code; clause_kind_code() is how import() reads one.
-- ------------------------------------------------------------------------
COMMENT ON FUNCTION @extschema@.agreement_part_trigger() IS 'only a draft agreement''s parties and clauses change; a clause kind typed by its label is stored as its code (BEFORE ROW on agreement_party, agreement_clause)';
COMMENT ON FUNCTION @extschema@.response_trigger() IS 'the responses of a closed evaluation are immutable; a criterion typed by its label is stored as its code (BEFORE ROW on response)';
COMMENT ON TRIGGER p20_agreement_part ON @extschema@.agreement_clause IS 'only a draft agreement''s parties and clauses change; a clause kind typed by its label is stored as its code';
COMMENT ON TRIGGER p20_response ON @extschema@.response IS 'the responses of a closed evaluation are immutable; a criterion typed by its label is stored as its code';
CREATE FUNCTION @extschema@.clause_kind_code(word pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'clause_kind_code'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.clause_kind_code(pg_catalog.text) IS 'the code of the clause kind a word names: the code, or its English or Indonesian label, in any case, with spaces or underscores between words; NULL when it names none or more than one (how agreement_clause.kind and import() read a typed kind)';

-- ------------------------------------------------------------------------
-- The comment of likert_summary.status (src/sql/40_scoring.sql): the band
-- is that of the reported balanced mean, as it always was.
-- ------------------------------------------------------------------------
COMMENT ON COLUMN @extschema@.likert_summary.status IS 'Wilder band of the reported balanced mean, as factor_status(balanced_mean): strength (>= 4.0), borderline (3.0 to < 4.0), concern (< 3.0)';

-- ------------------------------------------------------------------------
-- The end of a partnership, ended_on and end_reason (src/sql/20_registry.sql):
-- the columns here, before the report views that show them; what fills
-- and guards them with a partnership's whole life, below.
-- ------------------------------------------------------------------------
ALTER TABLE @extschema@.partnership ADD COLUMN ended_on date, ADD COLUMN end_reason text;
COMMENT ON COLUMN @extschema@.partnership.ended_on IS 'day the partnership was completed or terminated (set by the move, default today); NULL while it runs';
COMMENT ON COLUMN @extschema@.partnership.end_reason IS 'why the partnership ended; required to terminate it, optional to complete it';

-- ------------------------------------------------------------------------
-- Reports at registry scale (src/sql/70_reports.sql, src/reports/labels.c): the
-- label functions become C, the shared definitions is_current_member,
-- is_effective, is_in_force and is_blank and the findings of the rules
-- (report_findings) are new, every report view gets a set-based body and
-- typed numeric columns (numeric(p,s)), agreements.in_force is never NULL,
-- and the scoring functions of the registry read the views.  A column's
-- type changes, so the views are dropped and created again, as the fresh
-- install creates them; the privileges granted on them are kept.
-- ------------------------------------------------------------------------
SELECT pg_catalog.set_config('partnership_upgrade.report_grants', COALESCE((
	SELECT pg_catalog.string_agg(pg_catalog.format('GRANT %s ON partnership_report.%I TO %s%s',
			x.privilege_type, c.relname,
			CASE WHEN x.grantee OPERATOR(pg_catalog.=) 0 THEN 'PUBLIC'
				ELSE pg_catalog.quote_ident(r.rolname) END,
			CASE WHEN x.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END), ';')
	FROM pg_catalog.pg_class c
	CROSS JOIN LATERAL pg_catalog.aclexplode(c.relacl) x
	LEFT JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) x.grantee
	WHERE c.relnamespace OPERATOR(pg_catalog.=) 'partnership_report'::pg_catalog.regnamespace
	  AND c.relkind OPERATOR(pg_catalog.=) 'v'
	  AND x.grantee OPERATOR(pg_catalog.<>) c.relowner), ''), true);

DROP VIEW partnership_report.partnerships, partnership_report.compliance, partnership_report.partner_network, partnership_report.sector_mix, partnership_report.risks, partnership_report.evaluations, partnership_report.evaluation_criteria, partnership_report.indicators, partnership_report.funding, partnership_report.agreements_expiring, partnership_report.agreements, partnership_report.members;

/*
 * The language of the labels, from setting partnership.language.  The
 * label functions are C table lookups (src/reports/labels.c): a view calls them
 * once per row.
 */
CREATE OR REPLACE FUNCTION @extschema@.report_language()
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'report_language'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.report_language() IS 'language of report labels: ''id'' or ''en'', from setting partnership.language';

/*
 * Labels of the plain-text codes the scoring functions return (risk levels,
 * factor statuses, stakeholder quadrants); other text is returned as is.
 */
CREATE OR REPLACE FUNCTION @extschema@.term_label(term pg_catalog.text, lang pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'term_label_lang'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_label(pg_catalog.text, pg_catalog.text) IS 'label of a scoring code (risk level, factor status, stakeholder quadrant) in a language: en or id';

CREATE OR REPLACE FUNCTION @extschema@.term_label(term pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'term_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_label(pg_catalog.text) IS 'label of a scoring code (risk level, factor status, stakeholder quadrant) in the language of partnership.language';

/*
 * Labels of the members of a set, comma separated, in partnership.language
 * (NULL for the empty set).
 */
CREATE OR REPLACE FUNCTION @extschema@.set_label(s @extschema@.sectorset)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'sectorset_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.set_label(@extschema@.sectorset) IS 'labels of the sectors of a set, comma separated, in the language of partnership.language';

CREATE OR REPLACE FUNCTION @extschema@.set_label(s @extschema@.roleset)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'roleset_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.set_label(@extschema@.roleset) IS 'labels of the roles of a set, comma separated, in the language of partnership.language';

/*
 * One definition per meaning, for the views and the scoring functions:
 * SQL-standard bodies without SET clauses, so that the planner inlines
 * them into the query (no function call per row).  The C rules use the
 * same definitions (doc/reports.md, "Shared definitions").  A vocabulary
 * column is compared with its own type's = (not as text), so that the
 * planner estimates the filter from the column's statistics.
 */
CREATE FUNCTION @extschema@.is_current_member(joined_on pg_catalog.date, left_on pg_catalog.date)
	RETURNS pg_catalog.bool
	LANGUAGE sql STABLE PARALLEL SAFE
	RETURN (left_on IS NULL OR left_on OPERATOR(pg_catalog.>) CURRENT_DATE)
		AND (joined_on IS NULL OR joined_on OPERATOR(pg_catalog.<=) CURRENT_DATE);
COMMENT ON FUNCTION @extschema@.is_current_member(pg_catalog.date, pg_catalog.date) IS 'true for a member who has joined by today (or has no join day) and not left by today: the current member of the rules';

CREATE FUNCTION @extschema@.is_effective(status @extschema@.agreement_status, effective_from pg_catalog.date, effective_to pg_catalog.date)
	RETURNS pg_catalog.bool
	LANGUAGE sql STABLE PARALLEL SAFE
	RETURN status OPERATOR(@extschema@.=) 'signed'
		AND effective_from OPERATOR(pg_catalog.<=) CURRENT_DATE
		AND (effective_to IS NULL OR effective_to OPERATOR(pg_catalog.>=) CURRENT_DATE);
COMMENT ON FUNCTION @extschema@.is_effective(@extschema@.agreement_status, pg_catalog.date, pg_catalog.date) IS 'true for a signed agreement whose period holds today (any kind)';

CREATE FUNCTION @extschema@.is_in_force(kind @extschema@.agreement_kind, status @extschema@.agreement_status, effective_from pg_catalog.date, effective_to pg_catalog.date)
	RETURNS pg_catalog.bool
	LANGUAGE sql STABLE PARALLEL SAFE
	RETURN (kind OPERATOR(@extschema@.=) 'pks' OR kind OPERATOR(@extschema@.=) 'addendum')
		AND status OPERATOR(@extschema@.=) 'signed'
		AND effective_from OPERATOR(pg_catalog.<=) CURRENT_DATE
		AND (effective_to IS NULL OR effective_to OPERATOR(pg_catalog.>=) CURRENT_DATE);
COMMENT ON FUNCTION @extschema@.is_in_force(@extschema@.agreement_kind, @extschema@.agreement_status, pg_catalog.date, pg_catalog.date) IS 'true for an agreement in force: a binding one (pks or addendum), signed, effective_from <= today <= effective_to (or no end): the agreement in force of the rules';

CREATE FUNCTION @extschema@.takes_over(kind @extschema@.agreement_kind, status @extschema@.agreement_status, effective_from pg_catalog.date, effective_to pg_catalog.date, from_kind @extschema@.agreement_kind, from_effective_to pg_catalog.date)
	RETURNS pg_catalog.bool
	LANGUAGE sql STABLE PARALLEL SAFE
	RETURN (kind OPERATOR(@extschema@.=) 'pks' OR kind OPERATOR(@extschema@.=) 'addendum')
		AND (from_kind OPERATOR(@extschema@.=) 'pks' OR from_kind OPERATOR(@extschema@.=) 'addendum')
		AND status OPERATOR(@extschema@.=) 'signed'
		AND effective_from OPERATOR(pg_catalog.>) CURRENT_DATE
		AND effective_from OPERATOR(pg_catalog.<=) (from_effective_to OPERATOR(pg_catalog.+) 1)
		AND (effective_to IS NULL OR effective_to OPERATOR(pg_catalog.>) from_effective_to);
COMMENT ON FUNCTION @extschema@.takes_over(@extschema@.agreement_kind, @extschema@.agreement_status, pg_catalog.date, pg_catalog.date, @extschema@.agreement_kind, pg_catalog.date) IS 'true when a signed binding agreement (kind, status, effective_from, effective_to) takes over from a binding agreement of the same partnership (from_kind) that ends on from_effective_to: it starts after today, by the day after, and ends later (a renewal signed ahead); rule agreement_expiring does not warn of an end taken over';

CREATE FUNCTION @extschema@.is_blank(value pg_catalog.text)
	RETURNS pg_catalog.bool
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN value IS NULL
		OR pg_catalog.btrim(value, E' \t\n\r\f\013') OPERATOR(pg_catalog.=) '';
COMMENT ON FUNCTION @extschema@.is_blank(pg_catalog.text) IS 'true for NULL or a text of only spaces, tabs, newlines, carriage returns, form feeds and vertical tabs (the C isspace set): blank as the rules see it';

/* ------------------------------------------------------------------------
 * members
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.members WITH (security_invoker = true) AS
SELECT m.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	@extschema@.label(p.status) AS partnership_status_label,
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
	@extschema@.is_current_member(m.joined_on, m.left_on) AS is_current,
	(m.joined_on IS NOT NULL AND p.starts_on IS NOT NULL
		AND m.joined_on > p.starts_on) AS joined_late,
	m.influence::pg_catalog.int4 AS influence,
	m.interest::pg_catalog.int4 AS interest,
	@extschema@.stakeholder_quadrant(m.influence, m.interest) AS stakeholder_quadrant,
	@extschema@.term_label(@extschema@.stakeholder_quadrant(m.influence, m.interest)) AS stakeholder_quadrant_label,
	pg_catalog.bool_or(ap.partner_id IS NOT NULL) AS is_party_in_force,
	CASE WHEN pg_catalog.min(u.currency) OPERATOR(pg_catalog.=) pg_catalog.max(u.currency)
		THEN pg_catalog.min(u.currency) END AS currency,
	CASE WHEN pg_catalog.min(u.currency) IS NOT DISTINCT FROM pg_catalog.max(u.currency)
		THEN COALESCE(pg_catalog.sum(u.amount), 0) END AS committed_total,
	(pg_catalog.count(*) FILTER (WHERE u.is_assignment))::pg_catalog.int4 AS assignments,
	pg_catalog.min(ct.contacts) AS contacts,
	m.extra::pg_catalog.text AS extra,
	pt.extra::pg_catalog.text AS partner_extra
FROM @extschema@.member m
JOIN @extschema@.partnership p ON p.id = m.partnership_id
JOIN @extschema@.partner pt ON pt.id = m.partner_id
LEFT JOIN (
	SELECT DISTINCT ON (a.partnership_id, q.code) a.partnership_id, q.code, a.id AS agreement_id
	FROM @extschema@.agreement a
	JOIN @extschema@.partnership q ON q.id = a.partnership_id
	WHERE @extschema@.is_in_force(a.kind, a.status, a.effective_from, a.effective_to)
	ORDER BY a.partnership_id, q.code, a.effective_from DESC NULLS LAST, a.version DESC, a.id DESC) f ON f.partnership_id = m.partnership_id AND f.code = p.code
LEFT JOIN @extschema@.agreement_party ap
	ON ap.partnership_id = m.partnership_id AND ap.agreement_id = f.agreement_id
	AND ap.partner_id = m.partner_id
LEFT JOIN (
	SELECT c.partnership_id, c.partner_id, c.amount, c.currency, false AS is_assignment
	FROM @extschema@.commitment c
	UNION ALL
	SELECT s.partnership_id, s.partner_id, NULL, NULL, true
	FROM @extschema@.assignment s) u
	ON u.partnership_id = m.partnership_id AND u.partner_id = m.partner_id
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, mc.partner_id,
		pg_catalog.string_agg(pg_catalog.concat_ws(', ', c.name, c.position, c.email, c.phone),
			'; ' ORDER BY c.name, c.id) AS contacts
	FROM @extschema@.member mc
	JOIN @extschema@.partnership q ON q.id = mc.partnership_id
	JOIN @extschema@.contact c ON c.partner_id = mc.partner_id
	GROUP BY q.id, mc.partner_id) ct
	ON ct.partnership_id = m.partnership_id AND ct.code = p.code AND ct.partner_id = m.partner_id
-- The member's commitments and assignments are joined as rows (two index
-- scans a member for a filter) and counted in one grouping of the member's
-- own rows, keyed on the columns a filter names: no subquery grouped on its
-- own, which the planner, underestimating the rows a multi-institution role
-- reads, would run again for every member.
GROUP BY m.partnership_id, m.partner_id, p.id, p.code, pt.id;

COMMENT ON VIEW partnership_report.members IS 'one row per member of a partnership: the organisation, its sector, roles, dates and stakeholder position';
COMMENT ON COLUMN partnership_report.members.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.members.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.members.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.members.partnership_status IS 'status of the partnership: draft, proposed, active, suspended, completed, terminated';
COMMENT ON COLUMN partnership_report.members.partnership_status_label IS 'status label of the partnership in partnership.language';
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
COMMENT ON COLUMN partnership_report.members.currency IS 'currency of the member''s commitments (NULL when there are none or they use several currencies)';
COMMENT ON COLUMN partnership_report.members.committed_total IS 'sum of the member''s commitments, 0 when none (NULL when they use several currencies: see funding)';
COMMENT ON COLUMN partnership_report.members.assignments IS 'number of work-plan assignments (RACI) of the member';
COMMENT ON COLUMN partnership_report.members.contacts IS 'contact persons of the member organisation: name, position, e-mail, phone; semicolon separated';
COMMENT ON COLUMN partnership_report.members.extra IS 'local fields of the membership, a JSON object as text (NULL when none)';
COMMENT ON COLUMN partnership_report.members.partner_extra IS 'local fields of the member organisation, a JSON object as text (NULL when none)';

-- A clause kind made required applies to agreements signed from that day
-- on (doc/registry.md#catalogues): clause_kind.required_since, set by the
-- catalogue edit, and read by the rules (agreement_clauses) and the
-- agreements view through clause_required_for().  Kinds required before
-- this update keep applying to every agreement (NULL).
ALTER TABLE @extschema@.clause_kind ADD COLUMN required_since date;
ALTER TABLE @extschema@.clause_kind ALTER COLUMN required_since SET DEFAULT (CURRENT_DATE + 1);
COMMENT ON COLUMN @extschema@.clause_kind.required_since IS 'first signing day the requirement applies to: an agreement signed before it is not judged by it (NULL: every agreement); set to the day after the edit when required becomes true, so that no agreement signed before the edit is judged by it';

CREATE FUNCTION @extschema@.clause_required_for(required pg_catalog.bool, required_since pg_catalog.date, signed_on pg_catalog.date)
	RETURNS pg_catalog.bool
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN required
		AND (required_since IS NULL OR signed_on IS NULL
			OR signed_on OPERATOR(pg_catalog.>=) required_since);
COMMENT ON FUNCTION @extschema@.clause_required_for(pg_catalog.bool, pg_catalog.date, pg_catalog.date) IS 'true when a clause kind (its required and required_since) is required of a binding agreement signed on signed_on (NULL: not yet signed): a requirement applies to agreements signed on or after the day it was made';

/* ------------------------------------------------------------------------
 * agreements
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.agreements WITH (security_invoker = true) AS
SELECT a.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	@extschema@.label(p.status) AS partnership_status_label,
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
	@extschema@.is_effective(a.status, a.effective_from, a.effective_to) AS effective_today,
	f.agreement_id IS NOT NULL AND a.id = f.agreement_id AS in_force,
	CASE WHEN a.status::pg_catalog.text = 'signed' THEN a.effective_to - CURRENT_DATE END AS days_to_expiry,
	a.terminated_on,
	a.termination_reason,
	COALESCE(pa.parties, 0) AS parties,
	COALESCE(pa.parties_signed, 0) AS parties_signed,
	pa.party_names,
	COALESCE(pa.sectors, '{}')::pg_catalog.text AS sectors,
	COALESCE(cl.clauses, 0) AS clauses,
	mc.missing_required_clauses,
	COALESCE(dc.documents, 0) AS documents,
	dc.latest_document_title,
	dc.latest_document_url,
	a.extra::pg_catalog.text AS extra
FROM @extschema@.agreement a
JOIN @extschema@.partnership p ON p.id = a.partnership_id
LEFT JOIN (
	SELECT DISTINCT ON (ag.partnership_id, q.code) ag.partnership_id, q.code, ag.id AS agreement_id
	FROM @extschema@.agreement ag
	JOIN @extschema@.partnership q ON q.id = ag.partnership_id
	WHERE @extschema@.is_in_force(ag.kind, ag.status, ag.effective_from, ag.effective_to)
	ORDER BY ag.partnership_id, q.code, ag.effective_from DESC NULLS LAST, ag.version DESC, ag.id DESC) f ON f.partnership_id = a.partnership_id AND f.code = p.code
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, ap.agreement_id,
		pg_catalog.count(*)::pg_catalog.int4 AS parties,
		(pg_catalog.count(*) FILTER (WHERE ap.signed_on IS NOT NULL
			AND NOT @extschema@.is_blank(ap.signatory_name)))::pg_catalog.int4 AS parties_signed,
		pg_catalog.string_agg(pt.name, '; ' ORDER BY pt.name) AS party_names,
		@extschema@.sectors(pt.sector) AS sectors
	FROM @extschema@.agreement_party ap
	JOIN @extschema@.partnership q ON q.id = ap.partnership_id
	JOIN @extschema@.partner pt ON pt.id = ap.partner_id
	GROUP BY q.id, ap.agreement_id) pa
	ON pa.partnership_id = a.partnership_id AND pa.code = p.code AND pa.agreement_id = a.id
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, c.agreement_id, pg_catalog.count(*)::pg_catalog.int4 AS clauses
	FROM @extschema@.agreement_clause c
	JOIN @extschema@.partnership q ON q.id = c.partnership_id
	GROUP BY q.id, c.agreement_id) cl
	ON cl.partnership_id = a.partnership_id AND cl.code = p.code AND cl.agreement_id = a.id
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, ab.id AS agreement_id,
		pg_catalog.string_agg(k.code, ', ' ORDER BY k.code) AS missing_required_clauses
	FROM @extschema@.agreement ab
	JOIN @extschema@.partnership q ON q.id = ab.partnership_id
	CROSS JOIN @extschema@.clause_kind k
	WHERE @extschema@.clause_required_for(k.required, k.required_since, ab.signed_on)
	  AND ab.kind::pg_catalog.text IN ('pks', 'addendum')
	  AND NOT EXISTS (SELECT 1 FROM @extschema@.agreement_clause c
			WHERE c.partnership_id = ab.partnership_id AND c.agreement_id = ab.id
			  AND c.kind = k.code)
	GROUP BY q.id, ab.id) mc
	ON mc.partnership_id = a.partnership_id AND mc.code = p.code AND mc.agreement_id = a.id
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, d.agreement_id,
		pg_catalog.count(*)::pg_catalog.int4 AS documents,
		(pg_catalog.array_agg(d.title ORDER BY d.added_on DESC, d.id DESC))[1] AS latest_document_title,
		(pg_catalog.array_agg(d.url ORDER BY d.added_on DESC, d.id DESC))[1] AS latest_document_url
	FROM @extschema@.document d
	JOIN @extschema@.partnership q ON q.id = d.partnership_id
	WHERE d.agreement_id IS NOT NULL
	GROUP BY q.id, d.agreement_id) dc
	ON dc.partnership_id = a.partnership_id AND dc.code = p.code AND dc.agreement_id = a.id;

COMMENT ON VIEW partnership_report.agreements IS 'one row per agreement (MoU, PKS, addendum) with its status, period, parties and clauses';
COMMENT ON COLUMN partnership_report.agreements.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.agreements.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.agreements.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.agreements.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.agreements.partnership_status_label IS 'status label of the partnership in partnership.language';
COMMENT ON COLUMN partnership_report.agreements.agreement_id IS 'identity of the agreement';
COMMENT ON COLUMN partnership_report.agreements.kind IS 'mou, pks or addendum';
COMMENT ON COLUMN partnership_report.agreements.kind_label IS 'kind label in partnership.language';
COMMENT ON COLUMN partnership_report.agreements.binding IS 'true for a binding agreement (pks or addendum)';
COMMENT ON COLUMN partnership_report.agreements.number IS 'registration number of the agreement';
COMMENT ON COLUMN partnership_report.agreements.title IS 'title of the agreement';
COMMENT ON COLUMN partnership_report.agreements.version IS 'version within its chain: 1 for a pks or mou, one more than the agreement an addendum amends';
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
COMMENT ON COLUMN partnership_report.agreements.documents IS 'number of documents of the agreement (scans, minutes, reports)';
COMMENT ON COLUMN partnership_report.agreements.latest_document_title IS 'title of the agreement''s most recently added document';
COMMENT ON COLUMN partnership_report.agreements.latest_document_url IS 'where the most recently added document is kept';
COMMENT ON COLUMN partnership_report.agreements.extra IS 'local fields of the agreement, a JSON object as text (NULL when none)';

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
CROSS JOIN (
	SELECT COALESCE(pg_catalog.round((SELECT s.value FROM @extschema@.setting s
			WHERE s.name = 'expiry_warning_days'))::pg_catalog.int4,
		90) AS warning_days) w
LEFT JOIN (
	SELECT DISTINCT ON (m.partnership_id, q.code) m.partnership_id, q.code, pt.name AS lead_name
	FROM @extschema@.member m
	JOIN @extschema@.partnership q ON q.id = m.partnership_id
	JOIN @extschema@.partner pt ON pt.id = m.partner_id
	WHERE m.roles OPERATOR(@extschema@.@>) 'lead'::@extschema@.role
	  AND @extschema@.is_current_member(m.joined_on, m.left_on)
	ORDER BY m.partnership_id, q.code, m.partner_id) ld ON ld.partnership_id = a.partnership_id AND ld.code = p.code
/*
 * a newer binding agreement in force: probed per agreement that ends in the
 * window (LIMIT 1 keeps it a probe of the index, not a hash of every
 * agreement in force, which a parallel plan would build even for none)
 */
LEFT JOIN LATERAL (
	SELECT true AS replaced
	FROM @extschema@.agreement n
	WHERE n.partnership_id = a.partnership_id
	  AND @extschema@.is_in_force(a.kind, a.status, a.effective_from, a.effective_to)
	  AND @extschema@.is_in_force(n.kind, n.status, n.effective_from, n.effective_to)
	  AND (n.effective_from, n.version, n.id) > (a.effective_from, a.version, a.id)
	LIMIT 1) nw ON true
WHERE @extschema@.is_effective(a.status, a.effective_from, a.effective_to)
  AND p.status::pg_catalog.text NOT IN ('completed', 'terminated')
  AND a.effective_to <= CURRENT_DATE + w.warning_days
  AND NOT EXISTS (SELECT FROM @extschema@.agreement b
	WHERE b.partnership_id = a.partnership_id
	  AND @extschema@.takes_over(b.kind, b.status, b.effective_from, b.effective_to, a.kind, a.effective_to))
  /* of the binding agreements, the one in force (agreements.in_force) */
  AND nw.replaced IS NULL;

COMMENT ON VIEW partnership_report.agreements_expiring IS 'signed agreements effective today that end within setting expiry_warning_days (default 90): the binding agreement in force (not one a newer binding agreement has replaced) and MoUs, unless a signed renewal takes over from them by the day after (takes_over), for partnerships that are not completed or terminated';
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
COMMENT ON COLUMN partnership_report.agreements_expiring.version IS 'version within its chain (1 for a pks, one more for each addendum)';
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
	@extschema@.label(p.status) AS partnership_status_label,
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
	COALESCE(d.disbursed, 0) AS disbursed,
	c.amount - COALESCE(d.disbursed, 0) AS remaining,
	pg_catalog.round(COALESCE(d.disbursed, 0) * 100 / c.amount, 2)::pg_catalog.numeric(1000, 2) AS disbursed_percent,
	c.committed_on,
	COALESCE(d.disbursements, 0) AS disbursements,
	d.last_paid_on
FROM @extschema@.commitment c
JOIN @extschema@.partnership p ON p.id = c.partnership_id
JOIN @extschema@.partner pt ON pt.id = c.partner_id
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, x.commitment_id,
		pg_catalog.sum(x.amount) AS disbursed,
		pg_catalog.count(*)::pg_catalog.int4 AS disbursements,
		pg_catalog.max(x.paid_on) AS last_paid_on
	FROM @extschema@.disbursement x
	JOIN @extschema@.partnership q ON q.id = x.partnership_id
	GROUP BY q.id, x.commitment_id) d
	ON d.partnership_id = c.partnership_id AND d.code = p.code AND d.commitment_id = c.id;

COMMENT ON VIEW partnership_report.funding IS 'one row per commitment (cash or in kind) with what has been disbursed against it';
COMMENT ON COLUMN partnership_report.funding.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.funding.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.funding.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.funding.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.funding.partnership_status_label IS 'status label of the partnership in partnership.language';
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
	@extschema@.label(p.status) AS partnership_status_label,
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
	COALESCE(m.measurements, 0) AS measurements,
	m.last_period_end,
	x.actual,
	@extschema@.achievement(i.baseline, i.target, x.actual, i.direction)::pg_catalog.numeric(1000, 2) AS achievement_percent,
	@extschema@.progress(i.baseline, i.target, x.actual)::pg_catalog.numeric(1000, 2) AS progress_percent,
	@extschema@.achievement(i.baseline, i.target, x.actual, i.direction)::pg_catalog.numeric(1000, 2) AS achievement,
	@extschema@.progress(i.baseline, i.target, x.actual)::pg_catalog.numeric(1000, 2) AS progress
FROM @extschema@.indicator i
JOIN @extschema@.partnership p ON p.id = i.partnership_id
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, v.indicator_id,
		pg_catalog.count(*)::pg_catalog.int4 AS measurements,
		pg_catalog.max(v.period_end) AS last_period_end,
		(pg_catalog.array_agg(v.value ORDER BY v.period_end DESC))[1] AS latest,
		pg_catalog.sum(v.value) AS total
	FROM @extschema@.measurement v
	JOIN @extschema@.partnership q ON q.id = v.partnership_id
	GROUP BY q.id, v.indicator_id) m
	ON m.partnership_id = i.partnership_id AND m.code = p.code AND m.indicator_id = i.id
CROSS JOIN LATERAL (
	SELECT CASE WHEN i.aggregation::pg_catalog.text = 'level' THEN m.latest
		ELSE m.total END AS actual) x;

COMMENT ON VIEW partnership_report.indicators IS 'one row per indicator: baseline, target, actual (sum of measurements, or the latest for a level indicator), achievement and progress';
COMMENT ON COLUMN partnership_report.indicators.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.indicators.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.indicators.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.indicators.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.indicators.partnership_status_label IS 'status label of the partnership in partnership.language';
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
COMMENT ON COLUMN partnership_report.indicators.achievement IS 'the same as achievement_percent, under its short name';
COMMENT ON COLUMN partnership_report.indicators.progress IS 'the same as progress_percent, under its short name';

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
	@extschema@.label(e.kind) AS evaluation_kind_label,
	e.period_end,
	e.status::pg_catalog.text AS evaluation_status,
	c.code AS criterion,
	CASE @extschema@.report_language() WHEN 'id' THEN c.label_id ELSE c.label_en END AS criterion_label,
	c.dimension::pg_catalog.text AS dimension,
	@extschema@.label(c.dimension) AS dimension_label,
	c.weight,
	c.reverse,
	(x.s).n::pg_catalog.int4 AS responses,
	(x.s).mean::pg_catalog.numeric(5, 4) AS mean,
	(x.s).balanced_mean::pg_catalog.numeric(5, 4) AS balanced_mean,
	(x.s).gap::pg_catalog.numeric(5, 4) AS gap,
	(x.s).gap >= COALESCE((SELECT t.value FROM @extschema@.setting t
		WHERE t.name = 'gap_threshold'), 1.5) AS divergent,
	(x.s).sectors::pg_catalog.text AS sectors,
	@extschema@.cardinality((x.s).sectors) AS sector_count,
	(x.s).status AS status,
	@extschema@.term_label((x.s).status) AS status_label,
	(x.s).index::pg_catalog.numeric(5, 2) AS index,
	(x.s).n::pg_catalog.int4 AS n
FROM @extschema@.evaluation e
JOIN @extschema@.partnership p ON p.id = e.partnership_id
JOIN (
	SELECT q.id AS partnership_id, q.code, r.evaluation_id, r.criterion,
		@extschema@.likert(r.score, pt.sector, cr.reverse) AS s
	FROM @extschema@.response r
	JOIN @extschema@.partnership q ON q.id = r.partnership_id
	JOIN @extschema@.partner pt ON pt.id = r.respondent_id
	JOIN @extschema@.criterion cr ON cr.code = r.criterion
	GROUP BY q.id, r.evaluation_id, r.criterion) x
	ON x.partnership_id = e.partnership_id AND x.code = p.code AND x.evaluation_id = e.id
JOIN @extschema@.criterion c ON c.code = x.criterion;

COMMENT ON VIEW partnership_report.evaluation_criteria IS 'one row per evaluation and criterion scored: sector-balanced mean, perception gap, Wilder status and index (reverse criteria counted as 6 - score)';
COMMENT ON COLUMN partnership_report.evaluation_criteria.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.evaluation_criteria.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.evaluation_criteria.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.evaluation_criteria.evaluation_id IS 'identity of the evaluation';
COMMENT ON COLUMN partnership_report.evaluation_criteria.evaluation_kind IS 'monitoring, midterm or final';
COMMENT ON COLUMN partnership_report.evaluation_criteria.evaluation_kind_label IS 'evaluation kind label in partnership.language';
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
COMMENT ON COLUMN partnership_report.evaluation_criteria.n IS 'the same as responses, under its short name';

CREATE VIEW partnership_report.evaluations WITH (security_invoker = true) AS
SELECT e.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	@extschema@.label(p.status) AS partnership_status_label,
	e.id AS evaluation_id,
	e.kind::pg_catalog.text AS kind,
	@extschema@.label(e.kind) AS kind_label,
	e.period_end,
	e.status::pg_catalog.text AS status,
	@extschema@.label(e.status) AS status_label,
	COALESCE(rs.respondents, 0) AS respondents,
	COALESCE(rs.responses, 0) AS responses,
	COALESCE(rs.sectors, '{}')::pg_catalog.text AS sectors,
	COALESCE(@extschema@.cardinality(rs.sectors), 0) AS sector_count,
	COALESCE(rs.respondents, 0) >= COALESCE((SELECT t.value FROM @extschema@.setting t
			WHERE t.name = 'min_respondents'), 3)
		AND COALESCE(@extschema@.cardinality(rs.sectors), 0) >= 2 AS sufficient,
	COALESCE(ix.criteria, 0) AS criteria,
	ix.index,
	@extschema@.grade(ix.index) AS grade,
	@extschema@.grade_label(ix.index) AS grade_label,
	ix.outcome_index,
	ix.process_index,
	ix.risk_index,
	COALESCE(ix.strengths, 0) AS strengths,
	COALESCE(ix.borderlines, 0) AS borderlines,
	COALESCE(ix.concerns, 0) AS concerns,
	COALESCE(ix.divergent_criteria, 0) AS divergent_criteria
FROM @extschema@.evaluation e
JOIN @extschema@.partnership p ON p.id = e.partnership_id
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, r.evaluation_id,
		pg_catalog.count(DISTINCT r.respondent_id)::pg_catalog.int4 AS respondents,
		pg_catalog.count(*)::pg_catalog.int4 AS responses,
		@extschema@.sectors(pt.sector) AS sectors
	FROM @extschema@.response r
	JOIN @extschema@.partnership q ON q.id = r.partnership_id
	JOIN @extschema@.partner pt ON pt.id = r.respondent_id
	GROUP BY q.id, r.evaluation_id) rs
	ON rs.partnership_id = e.partnership_id AND rs.code = p.code AND rs.evaluation_id = e.id
LEFT JOIN (
	SELECT x.partnership_id, x.partnership_code, x.evaluation_id,
		pg_catalog.count(*)::pg_catalog.int4 AS criteria,
		pg_catalog.round(pg_catalog.sum(x.weight * x.index) / pg_catalog.sum(x.weight), 2)::pg_catalog.numeric(5, 2) AS index,
		pg_catalog.round(pg_catalog.sum(x.weight * x.index) FILTER (WHERE x.dimension = 'outcome')
			/ pg_catalog.sum(x.weight) FILTER (WHERE x.dimension = 'outcome'), 2)::pg_catalog.numeric(5, 2) AS outcome_index,
		pg_catalog.round(pg_catalog.sum(x.weight * x.index) FILTER (WHERE x.dimension = 'process')
			/ pg_catalog.sum(x.weight) FILTER (WHERE x.dimension = 'process'), 2)::pg_catalog.numeric(5, 2) AS process_index,
		pg_catalog.round(pg_catalog.sum(x.weight * x.index) FILTER (WHERE x.dimension = 'risk')
			/ pg_catalog.sum(x.weight) FILTER (WHERE x.dimension = 'risk'), 2)::pg_catalog.numeric(5, 2) AS risk_index,
		(pg_catalog.count(*) FILTER (WHERE x.status = 'strength'))::pg_catalog.int4 AS strengths,
		(pg_catalog.count(*) FILTER (WHERE x.status = 'borderline'))::pg_catalog.int4 AS borderlines,
		(pg_catalog.count(*) FILTER (WHERE x.status = 'concern'))::pg_catalog.int4 AS concerns,
		(pg_catalog.count(*) FILTER (WHERE x.divergent))::pg_catalog.int4 AS divergent_criteria
	FROM partnership_report.evaluation_criteria x
	GROUP BY x.partnership_id, x.partnership_code, x.evaluation_id) ix
	ON ix.partnership_id = e.partnership_id AND ix.partnership_code = p.code AND ix.evaluation_id = e.id;

COMMENT ON VIEW partnership_report.evaluations IS 'one row per evaluation: respondents, responding sectors, sufficiency, weighted index overall and per dimension, SAKIP grade';
COMMENT ON COLUMN partnership_report.evaluations.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.evaluations.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.evaluations.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.evaluations.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.evaluations.partnership_status_label IS 'status label of the partnership in partnership.language';
COMMENT ON COLUMN partnership_report.evaluations.evaluation_id IS 'identity of the evaluation';
COMMENT ON COLUMN partnership_report.evaluations.kind IS 'monitoring, midterm or final';
COMMENT ON COLUMN partnership_report.evaluations.kind_label IS 'kind label in partnership.language';
COMMENT ON COLUMN partnership_report.evaluations.period_end IS 'last day of the period evaluated';
COMMENT ON COLUMN partnership_report.evaluations.status IS 'open (collecting responses) or closed';
COMMENT ON COLUMN partnership_report.evaluations.status_label IS 'status label in partnership.language';
COMMENT ON COLUMN partnership_report.evaluations.respondents IS 'number of distinct respondents';
COMMENT ON COLUMN partnership_report.evaluations.responses IS 'number of scores given';
COMMENT ON COLUMN partnership_report.evaluations.sectors IS 'sectors of the respondents, e.g. {government,private,community}; {} before the first response';
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
	@extschema@.label(p.status) AS partnership_status_label,
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
	r.status::pg_catalog.text = 'open'
		AND @extschema@.risk_level(r.likelihood, r.impact) IN ('high', 'critical')
		AND @extschema@.is_blank(r.mitigation) AS unmitigated
FROM @extschema@.risk r
JOIN @extschema@.partnership p ON p.id = r.partnership_id
LEFT JOIN @extschema@.partner o ON o.id = r.owner_id;

COMMENT ON VIEW partnership_report.risks IS 'one row per risk of the risk register: challenge, likelihood, impact, level and mitigation';
COMMENT ON COLUMN partnership_report.risks.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.risks.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.risks.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.risks.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.risks.partnership_status_label IS 'status label of the partnership in partnership.language';
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
	@extschema@.label(p.status) AS partnership_status_label,
	p.formality::pg_catalog.text AS formality,
	p.horizon::pg_catalog.text AS horizon,
	pt.sector::pg_catalog.text AS sector,
	@extschema@.label(pt.sector) AS sector_label,
	@extschema@.pentahelix(pt.sector)::pg_catalog.text AS pentahelix,
	(pg_catalog.count(DISTINCT m.partner_id)
		FILTER (WHERE @extschema@.is_current_member(m.joined_on, m.left_on)))::pg_catalog.int4 AS members,
	pg_catalog.round((pg_catalog.count(DISTINCT m.partner_id)
			FILTER (WHERE @extschema@.is_current_member(m.joined_on, m.left_on))) * 100.0
		/ pg_catalog.sum(pg_catalog.count(DISTINCT m.partner_id)
			FILTER (WHERE @extschema@.is_current_member(m.joined_on, m.left_on))) OVER (PARTITION BY p.id, p.code),
		2)::pg_catalog.numeric(5, 2) AS member_percent,
	(pg_catalog.count(DISTINCT m.partner_id)
		FILTER (WHERE @extschema@.is_current_member(m.joined_on, m.left_on)
			AND m.roles OPERATOR(@extschema@.@>) 'lead'::@extschema@.role))::pg_catalog.int4 AS leads,
	(pg_catalog.count(DISTINCT m.partner_id)
		FILTER (WHERE @extschema@.is_current_member(m.joined_on, m.left_on)
			AND m.roles OPERATOR(@extschema@.@>) 'funder'::@extschema@.role))::pg_catalog.int4 AS funders,
	/* as rule early_involvement judges it: former members count */
	p.starts_on IS NULL OR pg_catalog.bool_or(m.joined_on IS NULL)
		OR pg_catalog.min(m.joined_on) <= p.starts_on AS present_from_start,
	CASE WHEN (pg_catalog.min(c.currency) FILTER (WHERE @extschema@.is_current_member(m.joined_on, m.left_on)))
			OPERATOR(pg_catalog.=)
			(pg_catalog.max(c.currency) FILTER (WHERE @extschema@.is_current_member(m.joined_on, m.left_on)))
		THEN pg_catalog.min(c.currency) FILTER (WHERE @extschema@.is_current_member(m.joined_on, m.left_on)) END AS currency,
	CASE WHEN (pg_catalog.min(c.currency) FILTER (WHERE @extschema@.is_current_member(m.joined_on, m.left_on)))
			IS NOT DISTINCT FROM
			(pg_catalog.max(c.currency) FILTER (WHERE @extschema@.is_current_member(m.joined_on, m.left_on)))
		THEN COALESCE(pg_catalog.sum(c.amount) FILTER (WHERE @extschema@.is_current_member(m.joined_on, m.left_on)), 0)
		END AS committed_total
FROM @extschema@.partnership p
JOIN @extschema@.member m ON m.partnership_id = p.id
JOIN @extschema@.partner pt ON pt.id = m.partner_id
LEFT JOIN @extschema@.commitment c ON c.partnership_id = m.partnership_id
	AND c.partner_id = m.partner_id
-- One grouping of the members joined to their commitments (a member
-- counted once however many it made), keyed on the columns a filter names;
-- the window partitions by them too, so that the filter still reaches the
-- indexes.  No subquery grouped on its own, which the planner,
-- underestimating the rows a multi-institution role reads, would run again
-- for every sector.  Former members only tell whether the sector was there
-- from the start; a sector of former members alone has no row.
GROUP BY p.id, p.code, pt.sector
HAVING pg_catalog.bool_or(@extschema@.is_current_member(m.joined_on, m.left_on));

COMMENT ON VIEW partnership_report.sector_mix IS 'one row per partnership and sector of its current members: how many members, their share, leads and funders, and whether the sector was there from the start';
COMMENT ON COLUMN partnership_report.sector_mix.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.sector_mix.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.sector_mix.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.sector_mix.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.sector_mix.partnership_status_label IS 'status label of the partnership in partnership.language';
COMMENT ON COLUMN partnership_report.sector_mix.formality IS 'formal or informal';
COMMENT ON COLUMN partnership_report.sector_mix.horizon IS 'strategic or operational';
COMMENT ON COLUMN partnership_report.sector_mix.sector IS 'sector (canonical English code)';
COMMENT ON COLUMN partnership_report.sector_mix.sector_label IS 'sector label in partnership.language';
COMMENT ON COLUMN partnership_report.sector_mix.pentahelix IS 'Pentahelix letter of the sector: A, B, C, G, M (NULL for nonprofit and international)';
COMMENT ON COLUMN partnership_report.sector_mix.members IS 'number of current members of this sector';
COMMENT ON COLUMN partnership_report.sector_mix.member_percent IS 'share of the partnership''s current members in this sector, percent';
COMMENT ON COLUMN partnership_report.sector_mix.leads IS 'current members of this sector holding lead';
COMMENT ON COLUMN partnership_report.sector_mix.funders IS 'current members of this sector holding funder';
COMMENT ON COLUMN partnership_report.sector_mix.present_from_start IS 'true when a member of this sector, current or former, joined on or before the partnership started (as rule early_involvement judges)';
COMMENT ON COLUMN partnership_report.sector_mix.currency IS 'currency of the commitments of this sector''s current members (NULL when there are none or they use several currencies)';
COMMENT ON COLUMN partnership_report.sector_mix.committed_total IS 'sum of the commitments of this sector''s current members, 0 when none (NULL when they use several currencies: see funding)';

/* ------------------------------------------------------------------------
 * partner_network
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.partner_network WITH (security_invoker = true) AS
SELECT s.partnership_id,
	s.partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	@extschema@.label(p.status) AS partnership_status_label,
	s.partner_a_id,
	pa.name AS partner_a_name,
	pa.sector::pg_catalog.text AS partner_a_sector,
	@extschema@.label(pa.sector) AS partner_a_sector_label,
	s.partner_b_id,
	pb.name AS partner_b_name,
	pb.sector::pg_catalog.text AS partner_b_sector,
	@extschema@.label(pb.sector) AS partner_b_sector_label,
	pa.sector OPERATOR(@extschema@.<>) pb.sector AS cross_sector,
	s.shared_partnerships
FROM (
	SELECT q.id AS partnership_id, q.code AS partnership_code,
		a.partner_id AS partner_a_id, b.partner_id AS partner_b_id,
		pg_catalog.count(*)::pg_catalog.int4 AS shared_partnerships
	FROM @extschema@.member a
	JOIN @extschema@.member b ON b.partnership_id = a.partnership_id AND b.partner_id > a.partner_id
	JOIN @extschema@.partnership q ON q.id = a.partnership_id
	JOIN @extschema@.member x ON x.partner_id = a.partner_id
	JOIN @extschema@.member y ON y.partnership_id = x.partnership_id AND y.partner_id = b.partner_id
		AND y.partner_id > x.partner_id
	GROUP BY q.id, a.partner_id, b.partner_id) s
JOIN @extschema@.partnership p ON p.id = s.partnership_id
JOIN @extschema@.partner pa ON pa.id = s.partner_a_id
JOIN @extschema@.partner pb ON pb.id = s.partner_b_id;

COMMENT ON VIEW partnership_report.partner_network IS 'edges of the partner network: one row per partnership and pair of its members (partner_a_id < partner_b_id); group by the pair for a weighted network chart';
COMMENT ON COLUMN partnership_report.partner_network.partnership_id IS 'identity of the partnership the pair shares';
COMMENT ON COLUMN partnership_report.partner_network.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.partner_network.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.partner_network.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.partner_network.partnership_status_label IS 'status label of the partnership in partnership.language';
COMMENT ON COLUMN partnership_report.partner_network.partner_a_id IS 'identity of the first partner (the lower id)';
COMMENT ON COLUMN partnership_report.partner_network.partner_a_name IS 'name of the first partner';
COMMENT ON COLUMN partnership_report.partner_network.partner_a_sector IS 'sector of the first partner';
COMMENT ON COLUMN partnership_report.partner_network.partner_a_sector_label IS 'sector label of the first partner in partnership.language';
COMMENT ON COLUMN partnership_report.partner_network.partner_b_id IS 'identity of the second partner (the higher id)';
COMMENT ON COLUMN partnership_report.partner_network.partner_b_name IS 'name of the second partner';
COMMENT ON COLUMN partnership_report.partner_network.partner_b_sector IS 'sector of the second partner';
COMMENT ON COLUMN partnership_report.partner_network.partner_b_sector_label IS 'sector label of the second partner in partnership.language';
COMMENT ON COLUMN partnership_report.partner_network.cross_sector IS 'true when the two partners are of different sectors';
COMMENT ON COLUMN partnership_report.partner_network.shared_partnerships IS 'number of partnerships (any status) in which both partners are members: the weight of the edge';

/* ------------------------------------------------------------------------
 * compliance
 * ------------------------------------------------------------------------
 */

/*
 * The rule violations the compliance view lists and the partnerships view
 * counts, in one place: check() per partnership (a filter on the
 * partnership reaches it through the join, so one partnership costs one
 * check; read whole, check() switches to one pass over the registry after
 * a few calls, src/rules/check.c).  An SQL-standard body without SET clauses, so that the planner
 * inlines it into the views.
 */
CREATE FUNCTION @extschema@.report_findings()
	RETURNS TABLE (partnership_id pg_catalog.int8, rule pg_catalog.text, severity pg_catalog.text,
		message pg_catalog.text, detail pg_catalog.jsonb)
	LANGUAGE sql STABLE PARALLEL SAFE ROWS 1000
BEGIN ATOMIC
	SELECT p.id, c.rule, c.severity, c.message, c.detail
	FROM @extschema@.partnership p
	CROSS JOIN LATERAL @extschema@.check(p.id) c;
END;
COMMENT ON FUNCTION @extschema@.report_findings() IS 'every current rule violation of every partnership the caller can read, for the compliance and partnerships report views: check() per partnership, which judges the whole registry in one pass when a query reads many';

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
	c.detail OPERATOR(pg_catalog.->>) 'fix' AS fix,
	c.detail::pg_catalog.text AS detail
FROM @extschema@.partnership p
JOIN @extschema@.report_findings() c ON c.partnership_id = p.id
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
COMMENT ON COLUMN partnership_report.compliance.fix IS 'what to do about it, in partnership.language, where the rule names it (an error time caused, the warnings of time: sign the addendum, suspend, complete); else NULL (the detail''s fix)';
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
	p.ended_on,
	p.end_reason,
	p.owner_id,
	o.name AS owner_name,
	ld.lead_id,
	ld.lead_name,
	ld.lead_sector,
	COALESCE(ms.member_count, 0) AS member_count,
	COALESCE(ms.sectors, '{}')::pg_catalog.text AS sectors,
	COALESCE(@extschema@.set_label(ms.sectors), '') AS sectors_label,
	COALESCE(@extschema@.cardinality(ms.sectors), 0) AS sector_count,
	COALESCE(@extschema@.pentahelix_coverage(ms.sectors), 0) AS pentahelix_coverage,
	ag.agreement_id,
	ag.agreement_number,
	ag.agreement_kind,
	ag.agreement_kind_label,
	ag.agreement_effective_to,
	ag.agreement_effective_to - CURRENT_DATE AS days_to_expiry,
	CASE WHEN fu.currencies = 1 THEN fu.currency END AS currency,
	CASE WHEN COALESCE(fu.currencies, 0) <= 1 THEN COALESCE(fu.committed_total, 0) END AS committed_total,
	CASE WHEN COALESCE(fu.currencies, 0) <= 1 THEN COALESCE(ds.disbursed_total, 0) END AS disbursed_total,
	ev.evaluation_id AS latest_evaluation_id,
	ev.period_end AS latest_evaluation_on,
	ev.index AS latest_evaluation_index,
	ev.grade AS latest_evaluation_grade,
	ev.grade_label AS latest_evaluation_grade_label,
	COALESCE(ck.error_count, 0) AS error_count,
	COALESCE(ck.warning_count, 0) AS warning_count,
	COALESCE(rk.open_risks, 0) AS open_risks,
	@extschema@.risk_level(rk.top_likelihood, rk.top_impact) AS highest_risk_level,
	@extschema@.term_label(@extschema@.risk_level(rk.top_likelihood, rk.top_impact)) AS highest_risk_level_label,
	COALESCE(dc.documents, 0) AS documents,
	p.extra::pg_catalog.text AS extra
FROM @extschema@.partnership p
LEFT JOIN @extschema@.partner o ON o.id = p.owner_id
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, pg_catalog.count(*)::pg_catalog.int4 AS member_count,
		@extschema@.sectors(pt.sector) AS sectors
	FROM @extschema@.member m
	JOIN @extschema@.partnership q ON q.id = m.partnership_id
	JOIN @extschema@.partner pt ON pt.id = m.partner_id
	WHERE @extschema@.is_current_member(m.joined_on, m.left_on)
	GROUP BY q.id) ms ON ms.partnership_id = p.id AND ms.code = p.code
LEFT JOIN (
	SELECT DISTINCT ON (m.partnership_id, q.code) m.partnership_id, q.code, m.partner_id AS lead_id,
		pt.name AS lead_name, pt.sector::pg_catalog.text AS lead_sector
	FROM @extschema@.member m
	JOIN @extschema@.partnership q ON q.id = m.partnership_id
	JOIN @extschema@.partner pt ON pt.id = m.partner_id
	WHERE m.roles OPERATOR(@extschema@.@>) 'lead'::@extschema@.role
	  AND @extschema@.is_current_member(m.joined_on, m.left_on)
	ORDER BY m.partnership_id, q.code, m.partner_id) ld ON ld.partnership_id = p.id AND ld.code = p.code
LEFT JOIN (
	SELECT DISTINCT ON (a.partnership_id, q.code) a.partnership_id, q.code, a.id AS agreement_id,
		a.number AS agreement_number, a.kind::pg_catalog.text AS agreement_kind,
		@extschema@.label(a.kind) AS agreement_kind_label,
		a.effective_to AS agreement_effective_to
	FROM @extschema@.agreement a
	JOIN @extschema@.partnership q ON q.id = a.partnership_id
	WHERE @extschema@.is_effective(a.status, a.effective_from, a.effective_to)
	ORDER BY a.partnership_id, q.code,
		@extschema@.is_in_force(a.kind, a.status, a.effective_from, a.effective_to) DESC,
		a.effective_from DESC NULLS LAST, a.version DESC, a.id DESC) ag ON ag.partnership_id = p.id AND ag.code = p.code
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, pg_catalog.count(DISTINCT c.currency) AS currencies,
		pg_catalog.min(c.currency) AS currency, pg_catalog.sum(c.amount) AS committed_total
	FROM @extschema@.commitment c
	JOIN @extschema@.partnership q ON q.id = c.partnership_id
	GROUP BY q.id) fu ON fu.partnership_id = p.id AND fu.code = p.code
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, pg_catalog.sum(d.amount) AS disbursed_total
	FROM @extschema@.disbursement d
	JOIN @extschema@.partnership q ON q.id = d.partnership_id
	GROUP BY q.id) ds ON ds.partnership_id = p.id AND ds.code = p.code
LEFT JOIN (
	SELECT DISTINCT ON (e.partnership_id, e.partnership_code) e.partnership_id, e.partnership_code, e.evaluation_id,
		e.period_end, e.index, e.grade, e.grade_label
	FROM partnership_report.evaluations e
	-- filtered on the table's own column, whose statistics the planner
	-- reads: the view's status is text, and a filter on a cast is guessed
	-- at 0.5 % of the rows, which made a plan that regrouped every
	-- evaluation once per closed evaluation
	JOIN @extschema@.evaluation x ON x.id = e.evaluation_id
	WHERE x.status OPERATOR(@extschema@.=) 'closed'
	ORDER BY e.partnership_id, e.partnership_code, e.period_end DESC, e.evaluation_id DESC) ev
	ON ev.partnership_id = p.id AND ev.partnership_code = p.code
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code,
		(pg_catalog.count(*) FILTER (WHERE f.severity = 'error'))::pg_catalog.int4 AS error_count,
		(pg_catalog.count(*) FILTER (WHERE f.severity = 'warning'))::pg_catalog.int4 AS warning_count
	FROM @extschema@.report_findings() f
	JOIN @extschema@.partnership q ON q.id = f.partnership_id
	GROUP BY q.id) ck ON ck.partnership_id = p.id AND ck.code = p.code
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, pg_catalog.count(*)::pg_catalog.int4 AS open_risks,
		(pg_catalog.array_agg(r.likelihood::pg_catalog.int4
			ORDER BY r.likelihood * r.impact DESC, r.impact DESC))[1] AS top_likelihood,
		(pg_catalog.array_agg(r.impact::pg_catalog.int4
			ORDER BY r.likelihood * r.impact DESC, r.impact DESC))[1] AS top_impact
	FROM @extschema@.risk r
	JOIN @extschema@.partnership q ON q.id = r.partnership_id
	WHERE r.status OPERATOR(@extschema@.=) 'open'
	GROUP BY q.id) rk ON rk.partnership_id = p.id AND rk.code = p.code
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, pg_catalog.count(*)::pg_catalog.int4 AS documents
	FROM @extschema@.document d
	JOIN @extschema@.partnership q ON q.id = d.partnership_id
	GROUP BY q.id) dc ON dc.partnership_id = p.id AND dc.code = p.code;

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
COMMENT ON COLUMN partnership_report.partnerships.ended_on IS 'day the partnership was completed or terminated; NULL while it runs';
COMMENT ON COLUMN partnership_report.partnerships.end_reason IS 'why the partnership ended (required to terminate it)';
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
COMMENT ON COLUMN partnership_report.partnerships.agreement_kind_label IS 'kind label of the agreement in force in partnership.language';
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
COMMENT ON COLUMN partnership_report.partnerships.documents IS 'number of documents of the partnership and its agreements';
COMMENT ON COLUMN partnership_report.partnerships.extra IS 'local fields of the partnership, a JSON object as text (NULL when none)';

/* ------------------------------------------------------------------------
 * Scoring of the registry (doc/scoring.md): one evaluation's criteria,
 * dimensions and overall result, and one indicator's actual, achievement
 * and progress, read from the report views above, so that each figure has
 * one definition.  The key ($1) reaches the views' subqueries down to
 * their indexes (response_pkey, measurement_pkey): the cost does not grow
 * with the registry.  SECURITY INVOKER: row-level security and the
 * caller's grants (the report views and the tables under them) hold.
 * ------------------------------------------------------------------------
 */

CREATE OR REPLACE FUNCTION @extschema@.evaluation_criteria(evaluation_id pg_catalog.int8)
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
	SELECT c.criterion, c.dimension::@extschema@.dimension, c.weight, c.reverse,
		   c.responses::pg_catalog.int8, c.mean::pg_catalog.numeric,
		   c.balanced_mean::pg_catalog.numeric, c.gap::pg_catalog.numeric, c.divergent,
		   c.sectors::@extschema@.sectorset, c.index::pg_catalog.numeric, c.status
	FROM partnership_report.evaluation_criteria c
	WHERE c.evaluation_id = $1
	ORDER BY 2, 1
$$;
COMMENT ON FUNCTION @extschema@.evaluation_criteria(pg_catalog.int8) IS 'per criterion answered in one evaluation: likert() summary of its scores (reverse criteria scored 6 - score), divergent when gap >= setting gap_threshold (1.5)';

CREATE OR REPLACE FUNCTION @extschema@.evaluation_dimensions(evaluation_id pg_catalog.int8)
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

CREATE OR REPLACE FUNCTION @extschema@.evaluation_result(evaluation_id pg_catalog.int8)
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
	SELECT e.criteria, e.index::pg_catalog.numeric, e.grade, e.respondents::pg_catalog.int8,
		   COALESCE(e.sectors, '{}')::@extschema@.sectorset, e.sufficient
	FROM partnership_report.evaluations e
	WHERE e.evaluation_id = $1
$$;
COMMENT ON FUNCTION @extschema@.evaluation_result(pg_catalog.int8) IS 'overall result of one evaluation (no row when it does not exist): weighted mean of its criteria''s indexes, SAKIP grade, respondents and their sectors, and sufficient when at least setting min_respondents (3) respondents from at least two sectors answered';

CREATE OR REPLACE FUNCTION @extschema@.indicator_result(indicator_id pg_catalog.int8)
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
	SELECT i.actual, i.measurements::pg_catalog.int8, i.last_period_end,
		   i.achievement_percent::pg_catalog.numeric, i.progress_percent::pg_catalog.numeric
	FROM partnership_report.indicators i
	WHERE i.indicator_id = $1
$$;
COMMENT ON FUNCTION @extschema@.indicator_result(pg_catalog.int8) IS 'one indicator (no row when it does not exist): actual value (sum of measurements when incremental, the latest by period_end when level; NULL without measurements), number of measurements, last period, achievement() and progress() against its baseline and target';

DO $$
DECLARE
	g pg_catalog.text;
BEGIN
	FOREACH g IN ARRAY pg_catalog.string_to_array(
		pg_catalog.current_setting('partnership_upgrade.report_grants'), ';')
	LOOP
		EXECUTE g;
	END LOOP;
END
$$;

-- Those grants are the roles' own, as they were before the update, not the
-- extension's: a GRANT made by an extension script is recorded as the
-- extension's initial privilege (pg_init_privs), which pg_dump leaves out,
-- so a restore would lose them.  A fresh install records no initial
-- privilege on the report views; nor does the update.
DELETE FROM pg_catalog.pg_init_privs i
USING pg_catalog.pg_class c
WHERE i.classoid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
  AND i.objoid OPERATOR(pg_catalog.=) c.oid
  AND c.relnamespace OPERATOR(pg_catalog.=) 'partnership_report'::pg_catalog.regnamespace;

-- ------------------------------------------------------------------------
-- A partnership's whole life (src/sql/20_registry.sql, src/sql/30_rules.sql,
-- src/sql/23_lifecycle.sql): ended_on and end_reason (their columns are
-- added before the report views, which show them), versions per pks
-- chain, setting final_report_days, amend(), the span and date triggers.
-- Agreements keep the versions 1.0.0 gave them.  A partnership 1.0.0
-- completed or terminated gets ended_on from the audit row of that move
-- (else the earlier of ends_on and today) and, if terminated, the reason
-- of its last terminated agreement; its agreements still signed end with
-- it, as they do from now on.  Both changes are audited.
-- ------------------------------------------------------------------------
-- Every date of the registry is a day: 'infinity' and '-infinity' are
-- refused (the *_dates_finite CHECKs, and trigger_constraints.c before
-- them); no agreement, payment or period has them, and the reports' date
-- arithmetic cannot subtract them.  A 1.0.0 row that holds one stops the
-- update, named with its column and how to give it its real day (a signed
-- or ended row is read-only to the registry's triggers).
DO $$
DECLARE
	found text;
BEGIN
	SELECT pg_catalog.string_agg(pg_catalog.format('%s %s (%s)', t.rel, t.key, t.col), ', '
			ORDER BY t.rel, t.key, t.col)
	INTO found
	FROM (SELECT 'partnership' AS rel, p.id::pg_catalog.text AS key, c.col
		  FROM @extschema@.partnership p,
			LATERAL (VALUES ('starts_on', p.starts_on), ('ends_on', p.ends_on)) c (col, d)
		  WHERE NOT pg_catalog.isfinite(c.d)
		  UNION ALL
		  SELECT 'member', m.partnership_id::pg_catalog.text OPERATOR(pg_catalog.||) '/'
				OPERATOR(pg_catalog.||) m.partner_id::pg_catalog.text, c.col
		  FROM @extschema@.member m,
			LATERAL (VALUES ('joined_on', m.joined_on), ('left_on', m.left_on)) c (col, d)
		  WHERE NOT pg_catalog.isfinite(c.d)
		  UNION ALL
		  SELECT 'agreement', a.id::pg_catalog.text, c.col
		  FROM @extschema@.agreement a,
			LATERAL (VALUES ('signed_on', a.signed_on), ('effective_from', a.effective_from),
				('effective_to', a.effective_to), ('terminated_on', a.terminated_on)) c (col, d)
		  WHERE NOT pg_catalog.isfinite(c.d)
		  UNION ALL
		  SELECT 'agreement_party', x.agreement_id::pg_catalog.text OPERATOR(pg_catalog.||) '/'
				OPERATOR(pg_catalog.||) x.partner_id::pg_catalog.text, 'signed_on'
		  FROM @extschema@.agreement_party x WHERE NOT pg_catalog.isfinite(x.signed_on)
		  UNION ALL
		  SELECT 'activity', x.id::pg_catalog.text, 'due_on'
		  FROM @extschema@.activity x WHERE NOT pg_catalog.isfinite(x.due_on)
		  UNION ALL
		  SELECT 'commitment', x.id::pg_catalog.text, 'committed_on'
		  FROM @extschema@.commitment x WHERE NOT pg_catalog.isfinite(x.committed_on)
		  UNION ALL
		  SELECT 'disbursement', x.id::pg_catalog.text, 'paid_on'
		  FROM @extschema@.disbursement x WHERE NOT pg_catalog.isfinite(x.paid_on)
		  UNION ALL
		  SELECT 'indicator', x.id::pg_catalog.text, 'target_on'
		  FROM @extschema@.indicator x WHERE NOT pg_catalog.isfinite(x.target_on)
		  UNION ALL
		  SELECT 'measurement', x.indicator_id::pg_catalog.text, 'period_end'
		  FROM @extschema@.measurement x WHERE NOT pg_catalog.isfinite(x.period_end)
		  UNION ALL
		  SELECT 'evaluation', x.id::pg_catalog.text, 'period_end'
		  FROM @extschema@.evaluation x WHERE NOT pg_catalog.isfinite(x.period_end)) t;
	IF found IS NOT NULL THEN
		RAISE EXCEPTION '%', @extschema@.message('MSG_UPGRADE_INFINITE_DATES')
			USING ERRCODE = 'check_violation',
				DETAIL = @extschema@.message('MSG_UPGRADE_INFINITE_DATES_DETAIL', found),
				HINT = @extschema@.message('MSG_UPGRADE_INFINITE_DATES_HINT');
	END IF;
END
$$;
ALTER TABLE @extschema@.partnership ADD CONSTRAINT partnership_dates_finite
	CHECK (pg_catalog.isfinite(starts_on)
		AND pg_catalog.isfinite(ends_on)
		AND pg_catalog.isfinite(ended_on));
ALTER TABLE @extschema@.member ADD CONSTRAINT member_dates_finite
	CHECK (pg_catalog.isfinite(joined_on) AND pg_catalog.isfinite(left_on));
ALTER TABLE @extschema@.agreement ADD CONSTRAINT agreement_dates_finite
	CHECK (pg_catalog.isfinite(signed_on)
		AND pg_catalog.isfinite(effective_from)
		AND pg_catalog.isfinite(effective_to)
		AND pg_catalog.isfinite(terminated_on));
ALTER TABLE @extschema@.agreement_party ADD CONSTRAINT agreement_party_dates_finite
	CHECK (pg_catalog.isfinite(signed_on));
ALTER TABLE @extschema@.activity ADD CONSTRAINT activity_dates_finite
	CHECK (pg_catalog.isfinite(due_on));
ALTER TABLE @extschema@.commitment ADD CONSTRAINT commitment_dates_finite
	CHECK (pg_catalog.isfinite(committed_on));
ALTER TABLE @extschema@.disbursement ADD CONSTRAINT disbursement_dates_finite
	CHECK (pg_catalog.isfinite(paid_on));
ALTER TABLE @extschema@.indicator ADD CONSTRAINT indicator_dates_finite
	CHECK (pg_catalog.isfinite(target_on));
ALTER TABLE @extschema@.measurement ADD CONSTRAINT measurement_dates_finite
	CHECK (pg_catalog.isfinite(period_end));
ALTER TABLE @extschema@.evaluation ADD CONSTRAINT evaluation_dates_finite
	CHECK (pg_catalog.isfinite(period_end));
ALTER TABLE @extschema@.agreement DROP CONSTRAINT agreement_version_key;
COMMENT ON COLUMN @extschema@.agreement.version IS 'version within its pks chain, set on insert: 1 for a mou or a pks, one more than the amended agreement for an addendum';

ALTER TABLE @extschema@.setting DROP CONSTRAINT setting_name_check,
	ADD CONSTRAINT setting_name_check CHECK (name IN ('strategic_min_months',
			'operational_max_months', 'max_agreement_years', 'expiry_warning_days',
			'evaluation_interval_months', 'gap_threshold', 'min_respondents',
			'final_report_days'));
-- a shipped row, as CREATE EXTENSION writes it: not audited
ALTER TABLE @extschema@.setting DISABLE TRIGGER p90_audit_insert;
INSERT INTO @extschema@.setting (name, value, unit, default_value, description_en, description_id, builtin) VALUES
	('final_report_days', 90, 'days', 90,
	 'Days after a partnership ends during which its final evaluation, responses and measurements may still be recorded.',
	 'Jumlah hari setelah kemitraan berakhir selama evaluasi akhir, tanggapan, dan pengukurannya masih dapat dicatat.', true);
ALTER TABLE @extschema@.setting ENABLE TRIGGER p90_audit_insert;

-- (the commit-time rule check runs at once, so that no trigger event is
-- pending when the triggers are enabled again)
SET CONSTRAINTS @extschema@.rules_enforce IMMEDIATE;
ALTER TABLE @extschema@.partnership DISABLE TRIGGER p10_lifecycle;
ALTER TABLE @extschema@.agreement DISABLE TRIGGER p10_guard;
UPDATE @extschema@.partnership p
SET ended_on = COALESCE(
		(SELECT pg_catalog.max(a.at)::pg_catalog.date FROM @extschema@.audit a
		 WHERE a.relation OPERATOR(pg_catalog.=) 'partnership'
		   AND a.operation OPERATOR(pg_catalog.=) 'UPDATE'
		   AND (a.row_key OPERATOR(pg_catalog.->>) 'id') OPERATOR(pg_catalog.=) p.id::pg_catalog.text
		   AND (a.new OPERATOR(pg_catalog.->>) 'status') OPERATOR(pg_catalog.=) p.status::pg_catalog.text),
		LEAST(p.ends_on, CURRENT_DATE), CURRENT_DATE),
	end_reason = CASE WHEN p.status::pg_catalog.text OPERATOR(pg_catalog.=) 'terminated' THEN COALESCE(
		(SELECT ag.termination_reason FROM @extschema@.agreement ag
		 WHERE ag.partnership_id OPERATOR(pg_catalog.=) p.id
		   AND ag.status::pg_catalog.text OPERATOR(pg_catalog.=) 'terminated'
		 ORDER BY ag.terminated_on DESC NULLS LAST, ag.id DESC LIMIT 1),
		'terminated under release 1.0.0, which recorded no reason') END
WHERE p.status::pg_catalog.text IN ('completed', 'terminated');
UPDATE @extschema@.agreement ag
SET status = 'terminated', terminated_on = p.ended_on,
	termination_reason = pg_catalog.format('partnership "%s" %s on %s', p.code,
		p.status::pg_catalog.text, pg_catalog.to_char(p.ended_on, 'YYYY-MM-DD'))
		OPERATOR(pg_catalog.||) COALESCE(': ' OPERATOR(pg_catalog.||) p.end_reason, '')
FROM @extschema@.partnership p
WHERE p.id OPERATOR(pg_catalog.=) ag.partnership_id
  AND p.status::pg_catalog.text IN ('completed', 'terminated')
  AND ag.status::pg_catalog.text OPERATOR(pg_catalog.=) 'signed'
  AND (ag.effective_to IS NULL OR ag.effective_to OPERATOR(pg_catalog.>=) p.ended_on);
-- 1.0.0's agreement_termination_check let a NULL reason through (the test
-- is NULL, which a CHECK passes); a terminated agreement is read-only, so
-- the update says so in its reason, as for the partnerships above.
ALTER TABLE @extschema@.agreement DISABLE TRIGGER p05_agreement;
UPDATE @extschema@.agreement
SET termination_reason = 'terminated under release 1.0.0, which recorded no reason'
WHERE status::pg_catalog.text OPERATOR(pg_catalog.=) 'terminated'
  AND termination_reason IS NULL;
ALTER TABLE @extschema@.agreement ENABLE TRIGGER p05_agreement;
ALTER TABLE @extschema@.partnership ENABLE TRIGGER p10_lifecycle;
ALTER TABLE @extschema@.agreement ENABLE TRIGGER p10_guard;
SET CONSTRAINTS @extschema@.rules_enforce DEFERRED;
ALTER TABLE @extschema@.agreement DROP CONSTRAINT agreement_termination_check,
	ADD CONSTRAINT agreement_termination_check CHECK (status <> 'terminated'
		OR (terminated_on IS NOT NULL AND termination_reason IS NOT NULL
			AND pg_catalog.btrim(termination_reason) <> ''));

CREATE FUNCTION @extschema@.amend(agreement_id pg_catalog.int8, number pg_catalog.text,
	effective_to pg_catalog.date DEFAULT NULL)
	RETURNS pg_catalog.int8
	AS 'MODULE_PATHNAME', 'partnership_amend'
	LANGUAGE C VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.amend(pg_catalog.int8, pg_catalog.text, pg_catalog.date) IS 'renews a signed pks or addendum: inserts its draft addendum (version one more) with the same parties, roles, responsibilities and signatories (unsigned) and clauses, in force from today (from the day after the amended one ran out, if earlier) until effective_to (default: the amended one''s end, or, if that has passed, as long after today as it ran, not past the partnership''s end); returns its id, to be signed as usual';

CREATE FUNCTION @extschema@.partnership_span_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'partnership_span_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.partnership_span_trigger() IS 'an owner and starts_on from proposed on; completing or terminating sets ended_on (default today; termination needs end_reason) and terminates every agreement still signed that had not run out by then (BEFORE ROW on partnership)';

CREATE FUNCTION @extschema@.registry_date_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'registry_date_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.registry_date_trigger() IS 'a date column (argument 1) is not in the future (past) and inside the partnership''s dates (within), per argument 2 (BEFORE ROW on dated tables)';

CREATE FUNCTION @extschema@.evaluation_close_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'evaluation_close_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.evaluation_close_trigger() IS 'an evaluation is closed only with responses and once its period has ended, and is not inserted closed (BEFORE INSERT OR UPDATE ROW on evaluation)';

CREATE TRIGGER p15_span BEFORE INSERT OR UPDATE ON @extschema@.partnership
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partnership_span_trigger();
COMMENT ON TRIGGER p15_span ON @extschema@.partnership IS 'an owner and starts_on from proposed on; the end sets ended_on and terminates the agreements still signed and in force or to come';
CREATE TRIGGER p25_dates BEFORE INSERT OR UPDATE OF signed_on, partnership_id ON @extschema@.agreement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_date_trigger('signed_on', 'past');
COMMENT ON TRIGGER p25_dates ON @extschema@.agreement IS 'signed_on is not in the future';
CREATE TRIGGER p25_terminated BEFORE INSERT OR UPDATE OF terminated_on, partnership_id ON @extschema@.agreement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_date_trigger('terminated_on', 'past');
COMMENT ON TRIGGER p25_terminated ON @extschema@.agreement IS 'terminated_on is not in the future (nor before the signature: agreement_terminated_on_check, tested with the agreement''s constraints)';
CREATE TRIGGER p25_dates BEFORE INSERT OR UPDATE OF signed_on, partnership_id ON @extschema@.agreement_party
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_date_trigger('signed_on', 'past');
COMMENT ON TRIGGER p25_dates ON @extschema@.agreement_party IS 'signed_on is not in the future';
CREATE TRIGGER p25_dates BEFORE INSERT OR UPDATE OF committed_on, partnership_id ON @extschema@.commitment
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_date_trigger('committed_on', 'past');
COMMENT ON TRIGGER p25_dates ON @extschema@.commitment IS 'committed_on is not in the future';
CREATE TRIGGER p25_dates BEFORE INSERT OR UPDATE OF paid_on, partnership_id ON @extschema@.disbursement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_date_trigger('paid_on', 'past,within');
COMMENT ON TRIGGER p25_dates ON @extschema@.disbursement IS 'paid_on is not in the future and inside the partnership''s dates';
CREATE TRIGGER p25_dates BEFORE INSERT OR UPDATE OF period_end, partnership_id ON @extschema@.measurement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_date_trigger('period_end', 'within');
COMMENT ON TRIGGER p25_dates ON @extschema@.measurement IS 'period_end is inside the partnership''s dates';
CREATE TRIGGER p25_dates BEFORE INSERT OR UPDATE OF period_end, partnership_id ON @extschema@.evaluation
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_date_trigger('period_end', 'within');
COMMENT ON TRIGGER p25_dates ON @extschema@.evaluation IS 'period_end is inside the partnership''s dates';
CREATE TRIGGER p25_close BEFORE INSERT OR UPDATE OF status ON @extschema@.evaluation
	FOR EACH ROW EXECUTE FUNCTION @extschema@.evaluation_close_trigger();
COMMENT ON TRIGGER p25_close ON @extschema@.evaluation IS 'closed only with responses, once the period has ended (a new row cannot be closed)';

-- ------------------------------------------------------------------------
-- Reports over time: semesters, activities, disbursements
-- (src/sql/72_reports_time.sql, as it stands).
-- ------------------------------------------------------------------------
-- semesters: the half-years from half_years() (estimated at ten a
-- partnership, where generate_series() was estimated at a thousand and
-- drove whole-registry reads into JIT compilation), the dated rows
-- grouped by half_year_start(), and the evaluations of a half-year joined
-- from one grouped pass over the evaluations view instead of a lateral
-- subquery per row (doc/performance.md, run 9).
CREATE FUNCTION @extschema@.half_years(from_day pg_catalog.date, to_day pg_catalog.date)
	RETURNS SETOF pg_catalog.date AS 'MODULE_PATHNAME', 'half_years'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION @extschema@.half_years(pg_catalog.date, pg_catalog.date) IS 'first days (1 January, 1 July) of the half-years from the one holding from_day to the one holding to_day; none if to_day is before from_day or either is infinite';

CREATE FUNCTION @extschema@.half_year_start(day pg_catalog.date)
	RETURNS pg_catalog.date
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN CASE WHEN pg_catalog.isfinite(day)
		THEN pg_catalog.make_date(pg_catalog.date_part('year', day)::pg_catalog.int4,
			CASE WHEN pg_catalog.date_part('month', day) OPERATOR(pg_catalog.<=) 6 THEN 1 ELSE 7 END, 1)
		ELSE day END;
COMMENT ON FUNCTION @extschema@.half_year_start(pg_catalog.date) IS 'first day (1 January or 1 July) of the half-year holding day: the half-year a dated row is reported in; infinity and -infinity are their own';

CREATE VIEW partnership_report.semesters WITH (security_invoker = true) AS
SELECT p.id AS partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.owner_id,
	o.name AS owner_name,
	h.period_start,
	h.period_end,
	pg_catalog.date_part('year', h.period_start)::pg_catalog.int4 AS year,
	CASE WHEN pg_catalog.date_part('month', h.period_start) OPERATOR(pg_catalog.=) 1
		THEN 1 ELSE 2 END AS half,
	st.status,
	@extschema@.label(st.status::@extschema@.partnership_status) AS status_label,
	ag.agreement_id,
	ag.agreement_number,
	ag.agreement_kind,
	ag.agreement_kind_label,
	COALESCE(cm.committed, 0) AS committed,
	COALESCE(ds.disbursed, 0) AS disbursed,
	COALESCE(ds.disbursements, 0) AS disbursements,
	COALESCE(ms.measurements, 0) AS measurements,
	COALESCE(ev.evaluations, 0) AS evaluations,
	COALESCE(ev.closed_evaluations, 0) AS closed_evaluations,
	ev.evaluation_index,
	COALESCE(ev.closed_evaluations, 0) OPERATOR(pg_catalog.>) 0 AS evaluated
FROM @extschema@.partnership p
LEFT JOIN @extschema@.partner o ON o.id OPERATOR(pg_catalog.=) p.owner_id
CROSS JOIN LATERAL (
	SELECT g AS period_start,
		(g OPERATOR(pg_catalog.+) '6 months'::pg_catalog.interval
			OPERATOR(pg_catalog.-) '1 day'::pg_catalog.interval)::pg_catalog.date AS period_end,
		/*
		 * the agreement of a half-year still running is today's, of the
		 * half-year of the end the one in force on ended_on
		 */
		LEAST((g OPERATOR(pg_catalog.+) '6 months'::pg_catalog.interval
			OPERATOR(pg_catalog.-) '1 day'::pg_catalog.interval)::pg_catalog.date, p.ended_on,
			CURRENT_DATE) AS judged_on
	FROM @extschema@.half_years(p.starts_on,
		LEAST(COALESCE(p.ended_on, CURRENT_DATE), CURRENT_DATE)) AS g
	/* a partnership still to start has no half-year yet, even this one */
	WHERE p.starts_on OPERATOR(pg_catalog.<=) CURRENT_DATE) h
CROSS JOIN LATERAL (
	SELECT CASE
		WHEN p.status::pg_catalog.text OPERATOR(pg_catalog.=) ANY ('{draft,proposed}'::pg_catalog.text[])
			THEN p.status::pg_catalog.text
		WHEN p.ended_on OPERATOR(pg_catalog.<=) h.period_end THEN p.status::pg_catalog.text
		WHEN p.ended_on IS NULL AND h.period_end OPERATOR(pg_catalog.>=) CURRENT_DATE
			THEN p.status::pg_catalog.text
		ELSE 'active' END AS status) st
LEFT JOIN LATERAL (
	SELECT a.id AS agreement_id, a.number AS agreement_number,
		a.kind::pg_catalog.text AS agreement_kind,
		@extschema@.label(a.kind) AS agreement_kind_label
	FROM @extschema@.agreement a
	WHERE a.partnership_id OPERATOR(pg_catalog.=) p.id
	  AND a.status::pg_catalog.text OPERATOR(pg_catalog.<>) 'draft'
	  AND a.signed_on OPERATOR(pg_catalog.<=) h.judged_on
	  AND a.effective_from OPERATOR(pg_catalog.<=) h.judged_on
	  AND (a.effective_to IS NULL OR a.effective_to OPERATOR(pg_catalog.>=) h.judged_on)
	  /* the end terminates on ended_on what was in force to its last day */
	  AND (a.terminated_on IS NULL OR a.terminated_on OPERATOR(pg_catalog.>) h.judged_on
		   OR a.terminated_on OPERATOR(pg_catalog.=) p.ended_on)
	  /* superseded, by an addendum or not (history loaded without it): not today */
	  AND NOT (a.status::pg_catalog.text OPERATOR(pg_catalog.=) 'superseded'
			   AND h.judged_on OPERATOR(pg_catalog.>=) CURRENT_DATE)
	  AND NOT EXISTS (
		/* superseded by then: a signed addendum that does not start after it ends */
		SELECT FROM @extschema@.agreement n
		WHERE n.partnership_id OPERATOR(pg_catalog.=) p.id
		  AND n.amends_id OPERATOR(pg_catalog.=) a.id
		  AND n.status::pg_catalog.text OPERATOR(pg_catalog.<>) 'draft'
		  AND n.signed_on OPERATOR(pg_catalog.<=) h.judged_on
		  AND (a.effective_to IS NULL OR n.effective_from IS NULL
			   OR n.effective_from OPERATOR(pg_catalog.<=) a.effective_to))
	ORDER BY a.kind::pg_catalog.text OPERATOR(pg_catalog.=) ANY ('{pks,addendum}'::pg_catalog.text[]) DESC,
		a.effective_from DESC NULLS LAST, a.version DESC, a.id DESC
	LIMIT 1) ag ON true
LEFT JOIN (
	/*
	 * a commitment made during planning, before the start, or undated (as
	 * partnerships() counts it too), in the first half-year: GREATEST
	 * skips a NULL
	 */
	SELECT q.id AS partnership_id, q.code,
		@extschema@.half_year_start(GREATEST(c.committed_on, q.starts_on)) AS period_start,
		pg_catalog.sum(c.amount) AS committed
	FROM @extschema@.commitment c
	JOIN @extschema@.partnership q ON q.id OPERATOR(pg_catalog.=) c.partnership_id
	GROUP BY q.id, 3) cm
	ON cm.partnership_id OPERATOR(pg_catalog.=) p.id AND cm.code OPERATOR(pg_catalog.=) p.code
		AND cm.period_start OPERATOR(pg_catalog.=) h.period_start
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, @extschema@.half_year_start(d.paid_on) AS period_start,
		pg_catalog.sum(d.amount) AS disbursed,
		pg_catalog.count(*)::pg_catalog.int4 AS disbursements
	FROM @extschema@.disbursement d
	JOIN @extschema@.partnership q ON q.id OPERATOR(pg_catalog.=) d.partnership_id
	WHERE d.paid_on IS NOT NULL
	GROUP BY q.id, 3) ds
	ON ds.partnership_id OPERATOR(pg_catalog.=) p.id AND ds.code OPERATOR(pg_catalog.=) p.code
		AND ds.period_start OPERATOR(pg_catalog.=) h.period_start
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, @extschema@.half_year_start(m.period_end) AS period_start,
		pg_catalog.count(*)::pg_catalog.int4 AS measurements
	FROM @extschema@.measurement m
	JOIN @extschema@.partnership q ON q.id OPERATOR(pg_catalog.=) m.partnership_id
	WHERE m.period_end IS NOT NULL
	GROUP BY q.id, 3) ms
	ON ms.partnership_id OPERATOR(pg_catalog.=) p.id AND ms.code OPERATOR(pg_catalog.=) p.code
		AND ms.period_start OPERATOR(pg_catalog.=) h.period_start
LEFT JOIN (
	SELECT e.partnership_id, e.partnership_code,
		@extschema@.half_year_start(e.period_end) AS period_start,
		pg_catalog.count(*)::pg_catalog.int4 AS evaluations,
		(pg_catalog.count(*) FILTER (WHERE e.status OPERATOR(pg_catalog.=) 'closed'))::pg_catalog.int4
			AS closed_evaluations,
		pg_catalog.round(pg_catalog.avg(e.index) FILTER (WHERE e.status OPERATOR(pg_catalog.=) 'closed'), 2)::pg_catalog.numeric(5, 2)
			AS evaluation_index
	FROM partnership_report.evaluations e
	GROUP BY e.partnership_id, e.partnership_code, 3) ev
	ON ev.partnership_id OPERATOR(pg_catalog.=) p.id AND ev.partnership_code OPERATOR(pg_catalog.=) p.code
		AND ev.period_start OPERATOR(pg_catalog.=) h.period_start;

COMMENT ON VIEW partnership_report.semesters IS 'one row per partnership per half-year (1 Jan-30 Jun, 1 Jul-31 Dec) from the half-year of its starts_on to today or its ended_on: owner, status, agreement in force, funding, measurements and evaluations of the half-year, and whether it was evaluated (the twice-yearly evaluation of every cooperation)';
COMMENT ON COLUMN partnership_report.semesters.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.semesters.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.semesters.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.semesters.owner_id IS 'identity of the government partner that owns the partnership';
COMMENT ON COLUMN partnership_report.semesters.owner_name IS 'name of the owner (the institution reporting)';
COMMENT ON COLUMN partnership_report.semesters.period_start IS 'first day of the half-year (1 January or 1 July)';
COMMENT ON COLUMN partnership_report.semesters.period_end IS 'last day of the half-year (30 June or 31 December)';
COMMENT ON COLUMN partnership_report.semesters.year IS 'year of the half-year';
COMMENT ON COLUMN partnership_report.semesters.half IS '1 for January-June, 2 for July-December';
COMMENT ON COLUMN partnership_report.semesters.status IS 'status at the end of the half-year as the registry''s dates tell it: the final status from the half-year of ended_on, the current status for the current half-year and for a partnership not yet active, else active (suspensions are dated only in the audit trail)';
COMMENT ON COLUMN partnership_report.semesters.status_label IS 'status label in partnership.language';
COMMENT ON COLUMN partnership_report.semesters.agreement_id IS 'identity of the agreement in force on the last day of the half-year, or today for the half-year still running, or ended_on for the half-year of the end (binding first, then the newest), NULL if none';
COMMENT ON COLUMN partnership_report.semesters.agreement_number IS 'registration number of that agreement';
COMMENT ON COLUMN partnership_report.semesters.agreement_kind IS 'kind of that agreement: pks, addendum or mou';
COMMENT ON COLUMN partnership_report.semesters.agreement_kind_label IS 'kind label of that agreement in partnership.language';
COMMENT ON COLUMN partnership_report.semesters.committed IS 'total of the commitments made in the half-year (committed_on; one made before starts_on, during planning, or undated, in the first half-year), all currencies added';
COMMENT ON COLUMN partnership_report.semesters.disbursed IS 'total paid in the half-year (paid_on)';
COMMENT ON COLUMN partnership_report.semesters.disbursements IS 'number of payments in the half-year';
COMMENT ON COLUMN partnership_report.semesters.measurements IS 'number of indicator measurements whose period ends in the half-year';
COMMENT ON COLUMN partnership_report.semesters.evaluations IS 'number of evaluations whose period ends in the half-year, open or closed';
COMMENT ON COLUMN partnership_report.semesters.closed_evaluations IS 'number of those evaluations that are closed (held)';
COMMENT ON COLUMN partnership_report.semesters.evaluation_index IS 'mean index (0-100) of the closed evaluations of the half-year, as in view evaluations; NULL if none';
COMMENT ON COLUMN partnership_report.semesters.evaluated IS 'true when at least one evaluation of the half-year is closed';

/* ------------------------------------------------------------------------
 * activities
 * ------------------------------------------------------------------------
 */
CREATE VIEW partnership_report.activities WITH (security_invoker = true) AS
SELECT a.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	@extschema@.label(p.status) AS partnership_status_label,
	a.id AS activity_id,
	a.name AS activity_name,
	a.due_on,
	a.status::pg_catalog.text AS status,
	@extschema@.label(a.status) AS status_label,
	a.status::pg_catalog.text OPERATOR(pg_catalog.=) ANY ('{planned,in_progress}'::pg_catalog.text[]) AS is_open,
	/* overdue as of today, or of the end once the partnership has ended */
	a.status::pg_catalog.text OPERATOR(pg_catalog.=) ANY ('{planned,in_progress}'::pg_catalog.text[])
		AND a.due_on IS NOT NULL
		AND a.due_on OPERATOR(pg_catalog.<) LEAST(CURRENT_DATE, p.ended_on) AS overdue,
	CASE WHEN a.status::pg_catalog.text OPERATOR(pg_catalog.=) ANY ('{planned,in_progress}'::pg_catalog.text[])
		AND a.due_on OPERATOR(pg_catalog.<) LEAST(CURRENT_DATE, p.ended_on)
		THEN LEAST(CURRENT_DATE, p.ended_on) OPERATOR(pg_catalog.-) a.due_on END AS days_overdue,
	pg_catalog.string_agg(pt.name, ', ' ORDER BY pt.name)
		FILTER (WHERE s.raci::pg_catalog.text OPERATOR(pg_catalog.=) 'R') AS responsible,
	pg_catalog.string_agg(pt.name, ', ' ORDER BY pt.name)
		FILTER (WHERE s.raci::pg_catalog.text OPERATOR(pg_catalog.=) 'A') AS accountable,
	pg_catalog.string_agg(pt.name, ', ' ORDER BY pt.name)
		FILTER (WHERE s.raci::pg_catalog.text OPERATOR(pg_catalog.=) 'C') AS consulted,
	pg_catalog.string_agg(pt.name, ', ' ORDER BY pt.name)
		FILTER (WHERE s.raci::pg_catalog.text OPERATOR(pg_catalog.=) 'I') AS informed,
	(pg_catalog.count(*) FILTER (WHERE s.raci::pg_catalog.text OPERATOR(pg_catalog.=) 'A'))::pg_catalog.int4
		AS accountable_count,
	pg_catalog.count(*) FILTER (WHERE s.raci::pg_catalog.text OPERATOR(pg_catalog.=) 'A')
		OPERATOR(pg_catalog.=) 1 AS raci_ok
FROM @extschema@.activity a
JOIN @extschema@.partnership p ON p.id OPERATOR(pg_catalog.=) a.partnership_id
LEFT JOIN @extschema@.assignment s ON s.partnership_id OPERATOR(pg_catalog.=) a.partnership_id
	AND s.activity_id OPERATOR(pg_catalog.=) a.id
LEFT JOIN @extschema@.partner pt ON pt.id OPERATOR(pg_catalog.=) s.partner_id
-- One grouping of the activity's own rows, keyed on the columns a filter
-- names (pushed below the grouping to the indexes): no subquery grouped on
-- its own, which the planner, underestimating the rows a multi-institution
-- role reads, would run again for every activity.
GROUP BY a.partnership_id, p.code, a.id, p.id;

COMMENT ON VIEW partnership_report.activities IS 'the work plan: one row per activity, with who is responsible, accountable, consulted and informed (RACI) and whether it is overdue';
COMMENT ON COLUMN partnership_report.activities.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.activities.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.activities.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.activities.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.activities.partnership_status_label IS 'status label of the partnership in partnership.language';
COMMENT ON COLUMN partnership_report.activities.activity_id IS 'identity of the activity';
COMMENT ON COLUMN partnership_report.activities.activity_name IS 'what is to be done';
COMMENT ON COLUMN partnership_report.activities.due_on IS 'day the activity is due';
COMMENT ON COLUMN partnership_report.activities.status IS 'planned, in_progress, done or cancelled';
COMMENT ON COLUMN partnership_report.activities.status_label IS 'status label in partnership.language';
COMMENT ON COLUMN partnership_report.activities.is_open IS 'true while planned or in progress';
COMMENT ON COLUMN partnership_report.activities.overdue IS 'true when open and due before today (before ended_on once the partnership has ended); false without due_on';
COMMENT ON COLUMN partnership_report.activities.days_overdue IS 'days from due_on to today (to ended_on once the partnership has ended) for an overdue activity, else NULL';
COMMENT ON COLUMN partnership_report.activities.responsible IS 'members responsible (R), comma-separated';
COMMENT ON COLUMN partnership_report.activities.accountable IS 'members accountable (A), comma-separated';
COMMENT ON COLUMN partnership_report.activities.consulted IS 'members consulted (C), comma-separated';
COMMENT ON COLUMN partnership_report.activities.informed IS 'members informed (I), comma-separated';
COMMENT ON COLUMN partnership_report.activities.accountable_count IS 'number of accountable members';
COMMENT ON COLUMN partnership_report.activities.raci_ok IS 'true with exactly one accountable member (rule raci_accountable)';

/* ------------------------------------------------------------------------
 * disbursements
 * ------------------------------------------------------------------------
 */
CREATE VIEW partnership_report.disbursements WITH (security_invoker = true) AS
SELECT d.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	d.id AS disbursement_id,
	d.commitment_id,
	c.partner_id,
	pt.name AS partner_name,
	pt.sector::pg_catalog.text AS sector,
	@extschema@.label(pt.sector) AS sector_label,
	c.kind::pg_catalog.text AS kind,
	@extschema@.label(c.kind) AS kind_label,
	c.currency,
	d.amount,
	d.paid_on,
	pg_catalog.date_part('year', d.paid_on)::pg_catalog.int4 AS year,
	CASE WHEN pg_catalog.date_part('month', d.paid_on) OPERATOR(pg_catalog.<=) 6 THEN 1
		WHEN d.paid_on IS NOT NULL THEN 2 END AS half,
	pg_catalog.date_trunc('month', d.paid_on)::pg_catalog.date AS month
FROM @extschema@.disbursement d
JOIN @extschema@.partnership p ON p.id OPERATOR(pg_catalog.=) d.partnership_id
JOIN @extschema@.commitment c ON c.partnership_id OPERATOR(pg_catalog.=) d.partnership_id
	AND c.id OPERATOR(pg_catalog.=) d.commitment_id
JOIN @extschema@.partner pt ON pt.id OPERATOR(pg_catalog.=) c.partner_id;

COMMENT ON VIEW partnership_report.disbursements IS 'one row per payment against a commitment, dated, for time series';
COMMENT ON COLUMN partnership_report.disbursements.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.disbursements.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.disbursements.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.disbursements.disbursement_id IS 'identity of the disbursement';
COMMENT ON COLUMN partnership_report.disbursements.commitment_id IS 'identity of the commitment paid against';
COMMENT ON COLUMN partnership_report.disbursements.partner_id IS 'identity of the committing member';
COMMENT ON COLUMN partnership_report.disbursements.partner_name IS 'name of the committing member';
COMMENT ON COLUMN partnership_report.disbursements.sector IS 'sector of the committing member';
COMMENT ON COLUMN partnership_report.disbursements.sector_label IS 'sector label in partnership.language';
COMMENT ON COLUMN partnership_report.disbursements.kind IS 'cash or in_kind';
COMMENT ON COLUMN partnership_report.disbursements.kind_label IS 'kind label in partnership.language';
COMMENT ON COLUMN partnership_report.disbursements.currency IS 'ISO 4217 currency of the amount';
COMMENT ON COLUMN partnership_report.disbursements.amount IS 'amount paid';
COMMENT ON COLUMN partnership_report.disbursements.paid_on IS 'day of payment';
COMMENT ON COLUMN partnership_report.disbursements.year IS 'year of payment';
COMMENT ON COLUMN partnership_report.disbursements.half IS 'half-year of payment: 1 January-June, 2 July-December; NULL without paid_on';
COMMENT ON COLUMN partnership_report.disbursements.month IS 'first day of the month of payment';

-- ------------------------------------------------------------------------
-- Import from spreadsheets (src/sql/60_import.sql, as it stands).
-- ------------------------------------------------------------------------

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
CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.term_alias
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.term_alias IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';


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

-- ------------------------------------------------------------------------
-- Multi-institution mode (src/sql/82_institutions.sql, as it stands; the
-- settings multi_institution and notify_names in src/sql/30_rules.sql;
-- access_plan() and the three-argument grant_access() in
-- src/sql/71_access.sql).  The setting's constraints take the new names and
-- their 0/1 values; grant_access() changes
-- signature, so the two-argument function is dropped and the new one
-- created (calls with two arguments mean what they meant).
-- ------------------------------------------------------------------------
ALTER TABLE @extschema@.setting DROP CONSTRAINT setting_name_check,
	ADD CONSTRAINT setting_name_check CHECK (name IN ('strategic_min_months',
		'operational_max_months', 'max_agreement_years', 'expiry_warning_days',
		'evaluation_interval_months', 'gap_threshold', 'min_respondents',
		'final_report_days', 'multi_institution', 'notify_names'));
ALTER TABLE @extschema@.setting DROP CONSTRAINT setting_value_check,
	ADD CONSTRAINT setting_value_check CHECK (CASE name
		WHEN 'gap_threshold' THEN value > 0::numeric AND value <= 4::numeric
		WHEN 'multi_institution' THEN value IN (0::numeric, 1::numeric)
		WHEN 'notify_names' THEN value IN (0::numeric, 1::numeric)
		ELSE value >= 1::numeric AND value <= 100000::numeric AND value = pg_catalog.trunc(value) END);
-- (shipped as the fresh install ships it: before the audit trail starts)
ALTER TABLE @extschema@.setting DISABLE TRIGGER p90_audit_insert;
INSERT INTO @extschema@.setting (name, value, unit, default_value, description_en, description_id, builtin) VALUES
	('multi_institution', 0, 'switch', 0,
	 'Multi-institution mode: 1 lets each role see and change only the partnerships of its institutions (institution_role), 0 (off) lets every role see all.',
	 'Mode multi-instansi: 1 membatasi setiap peran pada kemitraan instansinya sendiri (institution_role), 0 (mati) membuka semuanya bagi setiap peran.', true),
	('notify_names', 1, 'switch', 1,
	 'Names in notifications: 1 puts codes, numbers, institutions and items into the payloads of partnership_events and partnership_due while multi-institution mode is off, 0 sends the ids alone; any role that can connect may LISTEN.',
	 'Nama dalam notifikasi: 1 memuat kode, nomor, instansi, dan butir ke dalam isi partnership_events dan partnership_due selama mode multi-instansi mati, 0 hanya mengirim id; setiap peran yang dapat terhubung dapat LISTEN.', true);
ALTER TABLE @extschema@.setting ENABLE TRIGGER p90_audit_insert;

DROP FUNCTION @extschema@.grant_access(pg_catalog.regrole, pg_catalog.text);
DROP FUNCTION @extschema@.access_plan(pg_catalog.int4);
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
       AND c.relname NOT IN ('audit', 'institution_role'))
UNION ALL
SELECT 'TABLE', c.oid::pg_catalog.regclass::pg_catalog.text, 'INSERT, UPDATE, DELETE'
FROM pg_catalog.pg_class c
WHERE rank >= 2
  AND c.relnamespace = '@extschema@'::pg_catalog.regnamespace AND c.relkind IN ('r', 'p')
  AND c.relname NOT IN ('audit', 'institution_role')
  AND (rank >= 3 OR c.relname NOT IN ('clause_kind', 'criterion', 'rule', 'setting', 'term_alias'))
UNION ALL
SELECT 'SEQUENCE', s.oid::pg_catalog.regclass::pg_catalog.text, 'USAGE'
FROM pg_catalog.pg_class t
JOIN pg_catalog.pg_depend d ON d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
	AND d.refobjid = t.oid AND d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
	AND d.deptype IN ('a', 'i')
JOIN pg_catalog.pg_class s ON s.oid = d.objid AND s.relkind = 'S'
WHERE rank >= 2
  AND t.relnamespace = '@extschema@'::pg_catalog.regnamespace AND t.relkind IN ('r', 'p')
  AND t.relname NOT IN ('audit', 'institution_role')
  AND (rank >= 3 OR t.relname NOT IN ('clause_kind', 'criterion', 'rule', 'setting', 'term_alias'))
UNION ALL
SELECT 'SCHEMA', 'partnership_import', 'USAGE'
WHERE rank >= 2
UNION ALL
SELECT 'SEQUENCE', s.oid::pg_catalog.regclass::pg_catalog.text, 'USAGE'
FROM pg_catalog.pg_class s
WHERE rank >= 2
  AND s.relnamespace = 'partnership_import'::pg_catalog.regnamespace AND s.relkind = 'S'
UNION ALL
SELECT 'TABLE', c.oid::pg_catalog.regclass::pg_catalog.text, 'SELECT, INSERT, UPDATE, DELETE'
FROM pg_catalog.pg_class c
WHERE rank >= 2
  AND c.relnamespace = 'partnership_import'::pg_catalog.regnamespace AND c.relkind = 'r'
UNION ALL
SELECT 'TABLE', t, 'SELECT'
FROM pg_catalog.unnest(ARRAY['@extschema@.audit', '@extschema@.institution_role']) AS t
WHERE rank >= 3
ORDER BY 1, 2, 3
$$;
COMMENT ON FUNCTION @extschema@.access_plan(pg_catalog.int4) IS 'the GRANTs grant_access() makes for an access level: 1 read, 2 write, 3 admin (institution_role, like audit, is only read by admin)';

CREATE FUNCTION @extschema@.grant_access(role pg_catalog.regrole, level pg_catalog.text,
		institution pg_catalog.int8 DEFAULT NULL)
	RETURNS void
	LANGUAGE plpgsql VOLATILE CALLED ON NULL INPUT SECURITY INVOKER
	SET search_path = pg_catalog, pg_temp
	AS $$
DECLARE
	lvl text := pg_catalog.lower(pg_catalog.btrim(level));
	rank int;
	g record;
	missing text[];
	needed int;
BEGIN
	/* Not STRICT, for the optional institution: a NULL role or level is no call. */
	IF role IS NULL OR level IS NULL THEN
		RETURN;
	END IF;
	rank := CASE
		WHEN lvl IN ('read', 'baca') THEN 1
		WHEN lvl IN ('write', 'tulis') THEN 2
		WHEN lvl IN ('admin', 'administrator') THEN 3
	END;
	IF rank IS NULL THEN
		RAISE EXCEPTION '%', @extschema@.message('MSG_GRANT_UNKNOWN_LEVEL', level)
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = @extschema@.message('MSG_GRANT_UNKNOWN_LEVEL_DETAIL'),
				HINT = @extschema@.message('MSG_GRANT_UNKNOWN_LEVEL_HINT');
	END IF;
	IF role::pg_catalog.oid = 0 THEN
		RAISE EXCEPTION '%', @extschema@.message('MSG_GRANT_PUBLIC')
			USING ERRCODE = 'invalid_parameter_value',
				HINT = @extschema@.message('MSG_GRANT_PUBLIC_HINT');
	END IF;
	/* the mapping's foreign key, said before any GRANT is made */
	IF institution IS NOT NULL AND NOT EXISTS (SELECT FROM @extschema@.partner p
			WHERE p.id OPERATOR(pg_catalog.=) institution) THEN
		RAISE EXCEPTION '%', @extschema@.message('MSG_GRANT_NO_INSTITUTION', institution::pg_catalog.text)
			USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'institution_role_partner_fkey',
				HINT = @extschema@.message('MSG_GRANT_NO_INSTITUTION_HINT');
	END IF;

	/* Check every privilege first: all or nothing. */
	SELECT pg_catalog.array_agg(p.object || ' (' || p.privileges || ')' ORDER BY p.object)
	INTO missing
	FROM @extschema@.access_plan(rank) p
	WHERE NOT CASE p.kind
		WHEN 'SCHEMA' THEN pg_catalog.has_schema_privilege(p.object, 'USAGE WITH GRANT OPTION')
		/* a sequence or table of a schema the caller cannot use is one it cannot grant */
		WHEN 'SEQUENCE' THEN CASE WHEN pg_catalog.has_schema_privilege(pg_catalog.split_part(p.object, '.', 1), 'USAGE')
			THEN pg_catalog.has_sequence_privilege(p.object,
				pg_catalog.replace(p.privileges, ',', ' WITH GRANT OPTION,') || ' WITH GRANT OPTION')
			ELSE false END
		ELSE CASE WHEN pg_catalog.has_schema_privilege(pg_catalog.split_part(p.object, '.', 1), 'USAGE')
			THEN pg_catalog.has_table_privilege(p.object,
				pg_catalog.replace(p.privileges, ',', ' WITH GRANT OPTION,') || ' WITH GRANT OPTION')
			ELSE false END
	END;
	IF missing IS NOT NULL THEN
		SELECT pg_catalog.count(*) INTO needed FROM @extschema@.access_plan(rank);
		RAISE EXCEPTION '%', @extschema@.message('MSG_GRANT_DENIED', lvl, role::pg_catalog.text)
			USING ERRCODE = 'insufficient_privilege',
				DETAIL = @extschema@.message('MSG_GRANT_DENIED_DETAIL', CURRENT_USER::pg_catalog.text,
					pg_catalog.cardinality(missing)::pg_catalog.text, needed::pg_catalog.text, missing[1]),
				HINT = @extschema@.message('MSG_GRANT_DENIED_HINT');
	END IF;

	FOR g IN SELECT * FROM @extschema@.access_plan(rank) LOOP
		EXECUTE pg_catalog.format('GRANT %s ON %s %s TO %s', g.privileges, g.kind, g.object, role);
	END LOOP;

	/*
	 * The mapping for multi-institution mode, in the same transaction as
	 * the GRANTs: a caller who may not write institution_role, or an
	 * institution that is not a partner, undoes them all.
	 */
	IF institution IS NOT NULL THEN
		INSERT INTO @extschema@.institution_role (role_name, partner_id)
		VALUES (pg_catalog.pg_get_userbyid(role::pg_catalog.oid), institution)
		ON CONFLICT DO NOTHING;
		/* a row left by a dropped role of the same name: bound to this one */
		IF NOT FOUND AND EXISTS (SELECT FROM @extschema@.institution_role r
				WHERE r.role_name OPERATOR(pg_catalog.=) pg_catalog.pg_get_userbyid(role::pg_catalog.oid)
				  AND r.partner_id OPERATOR(pg_catalog.=) institution
				  AND r.role_oid IS DISTINCT FROM role::pg_catalog.oid) THEN
			UPDATE @extschema@.institution_role r SET role_oid = role::pg_catalog.oid
			WHERE r.role_name OPERATOR(pg_catalog.=) pg_catalog.pg_get_userbyid(role::pg_catalog.oid)
			  AND r.partner_id OPERATOR(pg_catalog.=) institution;
		END IF;
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@.grant_access(pg_catalog.regrole, pg_catalog.text, pg_catalog.int8) IS 'grant a role one access level: read (baca: the report views and SELECT on the tables they read), write (tulis: read plus INSERT, UPDATE, DELETE on the registry tables; never on audit, which its trigger writes) or admin (write plus the catalogues clause_kind, criterion, rule, setting, and reading audit and institution_role); with an institution (a partner id), also map the role to it for multi-institution mode (institution_role); runs with the caller''s rights';

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
COMMENT ON FUNCTION @extschema@.catalogue_edit_trigger() IS 'clears builtin when a shipped catalogue row is edited, so pg_dump keeps the edit; in multi-institution mode lets only the registry owner rename a code (BEFORE ROW on catalogues)';

CREATE TRIGGER p01_institution BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.partner
	FOR EACH ROW EXECUTE FUNCTION @extschema@.institution_guard();
COMMENT ON TRIGGER p01_institution ON @extschema@.partner IS 'multi-institution mode: a partner is placed (parent_id) only within the tree of the caller''s institutions';

/* A partner is never placed below itself (22_triggers.sql). */
CREATE FUNCTION @extschema@.partner_tree_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'partner_tree_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.partner_tree_trigger() IS 'a partner is never placed below itself: refuses a parent_id below the partner (23514, partner_parent_check), moves serialized by one advisory lock (BEFORE UPDATE ROW on partner)';
CREATE FUNCTION @extschema@.partner_tree_insert_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'partner_tree_insert_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.partner_tree_insert_trigger() IS 'a partner is never inserted below itself: refuses rows of one INSERT placed below each other in a circle (23514, partner_parent_check; AFTER INSERT ROW on partner)';
CREATE TRIGGER p10_tree BEFORE UPDATE OF parent_id ON @extschema@.partner
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partner_tree_trigger();
COMMENT ON TRIGGER p10_tree ON @extschema@.partner IS 'a partner is never placed below itself (no cycle in parent_id)';
CREATE TRIGGER p10_tree_insert AFTER INSERT ON @extschema@.partner
	FOR EACH ROW WHEN (NEW.parent_id IS NOT NULL)
	EXECUTE FUNCTION @extschema@.partner_tree_insert_trigger();
COMMENT ON TRIGGER p10_tree_insert ON @extschema@.partner IS 'rows of one INSERT are never placed below each other in a circle (no cycle in parent_id)';
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


-- Members' joined_on has a lower bound: not more than a year before the
-- partnership's starts_on (doc/registry.md#sensible-dates), and left_on
-- the same bounds as joined_on, checked from both sides, so the member's
-- trigger now also fires on left_on and the partnership's on starts_on.
COMMENT ON FUNCTION @extschema@.member_dates_trigger() IS 'a member''s joined_on and left_on are not after its partnership''s ends_on nor more than a year before its starts_on (BEFORE ROW on member)';
COMMENT ON FUNCTION @extschema@.partnership_dates_trigger() IS 'a partnership''s new ends_on is not before any member''s joined_on or left_on, nor its new starts_on more than a year after one (BEFORE UPDATE ROW on partnership)';
DROP TRIGGER p20_dates ON @extschema@.member;
CREATE TRIGGER p20_dates BEFORE INSERT OR UPDATE OF joined_on, left_on, partnership_id ON @extschema@.member
	FOR EACH ROW EXECUTE FUNCTION @extschema@.member_dates_trigger();
COMMENT ON TRIGGER p20_dates ON @extschema@.member IS 'joined_on and left_on are not after the partnership''s ends_on nor more than a year before its starts_on';
DROP TRIGGER p20_dates ON @extschema@.partnership;
CREATE TRIGGER p20_dates BEFORE UPDATE OF ends_on, starts_on ON @extschema@.partnership
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partnership_dates_trigger();
COMMENT ON TRIGGER p20_dates ON @extschema@.partnership IS 'the new ends_on is not before any member''s joined_on or left_on, nor the new starts_on more than a year after one';

-- ------------------------------------------------------------------------
-- Access levels kept (see the top of this script): the roles that held a
-- whole level under 1.0.0 are named in a WARNING with the grant_access()
-- calls that give them the same level over the 1.1.0 objects (the new
-- tables, the staging schema, the views made again).  The update does not
-- grant them itself: a GRANT made by an extension script is recorded as
-- the extension's initial privilege (pg_init_privs), which pg_dump leaves
-- out, so a restore would lose it.
-- ------------------------------------------------------------------------
DO $$
DECLARE
	roles text;
	calls text;
BEGIN
	SELECT pg_catalog.string_agg(pg_catalog.format('%I %s', a.rolname, v.level), ', ' ORDER BY a.rolname),
		   pg_catalog.string_agg(pg_catalog.format('SELECT @extschema@.grant_access(%L, %L);',
				pg_catalog.quote_ident(a.rolname), v.level), ' ' ORDER BY a.rolname)
	INTO roles, calls
	FROM pg_catalog.jsonb_each_text(pg_catalog.current_setting('partnership_upgrade.levels')::pg_catalog.jsonb) l
	JOIN pg_catalog.pg_roles a ON a.oid OPERATOR(pg_catalog.=) l.key::pg_catalog.oid
	CROSS JOIN LATERAL (SELECT (ARRAY['read', 'write', 'admin'])[l.value::pg_catalog.int4] AS level) v;
	IF roles IS NOT NULL THEN
		RAISE WARNING '%', @extschema@.message('MSG_UPGRADE_LEVELS')
			USING DETAIL = @extschema@.message('MSG_UPGRADE_LEVELS_DETAIL', roles),
				HINT = @extschema@.message('MSG_UPGRADE_LEVELS_HINT', calls);
	END IF;
END
$$;

-- ------------------------------------------------------------------------
-- Partners below themselves: 1.0.0 let parent_id form a cycle, which the
-- p10_tree trigger now refuses.  The update names them in a WARNING; it
-- does not choose which parent is wrong.  (The walks of the tree end at a
-- partner already passed, so such a registry still works.)
-- ------------------------------------------------------------------------
DO $$
DECLARE
	cycle text;
BEGIN
	WITH RECURSIVE up(start_id, id) AS (
		SELECT p.id, p.parent_id FROM @extschema@.partner p
		WHERE p.parent_id IS NOT NULL
		UNION
		SELECT u.start_id, p.parent_id
		FROM up u JOIN @extschema@.partner p ON p.id OPERATOR(pg_catalog.=) u.id
		WHERE p.parent_id IS NOT NULL
	)
	SELECT pg_catalog.string_agg(pg_catalog.format('"%s" (%s)', p.name, p.id), ', ' ORDER BY p.id)
	INTO cycle
	FROM @extschema@.partner p
	WHERE EXISTS (SELECT FROM up u WHERE u.start_id OPERATOR(pg_catalog.=) p.id
				  AND u.id OPERATOR(pg_catalog.=) p.id);
	IF cycle IS NOT NULL THEN
		RAISE WARNING '%', @extschema@.message('MSG_UPGRADE_TREE_CYCLE')
			USING DETAIL = @extschema@.message('MSG_UPGRADE_TREE_CYCLE_DETAIL', cycle),
				HINT = @extschema@.message('MSG_UPGRADE_TREE_CYCLE_HINT');
	END IF;
END
$$;

-- ------------------------------------------------------------------------
-- Deleting clause kinds or criteria makes every session's triggers forget
-- the codes they remembered (1.0.0 has no such cache).
-- ------------------------------------------------------------------------
CREATE FUNCTION @extschema@.catalogue_forget_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'catalogue_forget_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.catalogue_forget_trigger() IS 'makes every session forget the clause kind and criterion codes its triggers remembered, when catalogue rows are deleted (AFTER DELETE STATEMENT on clause_kind and criterion)';
CREATE TRIGGER p10_forget AFTER DELETE ON @extschema@.clause_kind
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.catalogue_forget_trigger();
COMMENT ON TRIGGER p10_forget ON @extschema@.clause_kind IS 'makes every session forget the codes its triggers remembered, so that a row naming a deleted kind is refused in the registry''s words';
CREATE TRIGGER p10_forget AFTER DELETE ON @extschema@.criterion
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.catalogue_forget_trigger();
COMMENT ON TRIGGER p10_forget ON @extschema@.criterion IS 'makes every session forget the codes its triggers remembered, so that a row naming a deleted criterion is refused in the registry''s words';

