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
		REFERENCES @extschema@.agreement (partnership_id, id)
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
COMMENT ON FUNCTION @extschema@.document_trigger() IS 'a document of an agreement that is no longer a draft cannot be changed or removed (BEFORE ROW on document)';

CREATE TRIGGER p10_guard BEFORE INSERT OR UPDATE OR DELETE ON @extschema@.document
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partnership_guard_trigger();
COMMENT ON TRIGGER p10_guard ON @extschema@.document IS 'locks the partnership FOR SHARE and refuses changes to the rows of a completed or terminated partnership';
CREATE TRIGGER p20_document BEFORE UPDATE OR DELETE ON @extschema@.document
	FOR EACH ROW EXECUTE FUNCTION @extschema@.document_trigger();
COMMENT ON TRIGGER p20_document ON @extschema@.document IS 'a document of a signed agreement is kept as recorded';
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
-- Report columns for documents, contacts and local fields, appended to
-- members, agreements and partnerships (src/sql/70_reports.sql).
-- ------------------------------------------------------------------------
CREATE OR REPLACE VIEW partnership_report.members WITH (security_invoker = true) AS
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
		WHERE s.partnership_id = m.partnership_id AND s.partner_id = m.partner_id) AS assignments,
	(SELECT pg_catalog.string_agg(pg_catalog.concat_ws(', ', ct.name, ct.position, ct.email, ct.phone),
			'; ' ORDER BY ct.name, ct.id)
	 FROM @extschema@.contact ct WHERE ct.partner_id = m.partner_id) AS contacts,
	m.extra::pg_catalog.text AS extra,
	pt.extra::pg_catalog.text AS partner_extra
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

COMMENT ON COLUMN partnership_report.members.contacts IS 'contact persons of the member organisation: name, position, e-mail, phone; semicolon separated';
COMMENT ON COLUMN partnership_report.members.extra IS 'local fields of the membership, a JSON object as text (NULL when none)';
COMMENT ON COLUMN partnership_report.members.partner_extra IS 'local fields of the member organisation, a JSON object as text (NULL when none)';
CREATE OR REPLACE VIEW partnership_report.agreements WITH (security_invoker = true) AS
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
	cl.missing_required_clauses,
	dc.documents,
	dc.latest_document_title,
	dc.latest_document_url,
	a.extra::pg_catalog.text AS extra
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
		END AS missing_required_clauses) cl
CROSS JOIN LATERAL (
	SELECT pg_catalog.count(*)::pg_catalog.int4 AS documents,
		(pg_catalog.array_agg(d.title ORDER BY d.added_on DESC, d.id DESC))[1] AS latest_document_title,
		(pg_catalog.array_agg(d.url ORDER BY d.added_on DESC, d.id DESC))[1] AS latest_document_url
	FROM @extschema@.document d
	WHERE d.partnership_id = a.partnership_id AND d.agreement_id = a.id) dc;

COMMENT ON COLUMN partnership_report.agreements.documents IS 'number of documents of the agreement (scans, minutes, reports)';
COMMENT ON COLUMN partnership_report.agreements.latest_document_title IS 'title of the agreement''s most recently added document';
COMMENT ON COLUMN partnership_report.agreements.latest_document_url IS 'where the most recently added document is kept';
COMMENT ON COLUMN partnership_report.agreements.extra IS 'local fields of the agreement, a JSON object as text (NULL when none)';
CREATE OR REPLACE VIEW partnership_report.partnerships WITH (security_invoker = true) AS
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
	@extschema@.term_label(@extschema@.risk_level(rk.top_likelihood, rk.top_impact)) AS highest_risk_level_label,
	(SELECT pg_catalog.count(*)::pg_catalog.int4 FROM @extschema@.document d
		WHERE d.partnership_id = p.id) AS documents,
	p.extra::pg_catalog.text AS extra
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

COMMENT ON COLUMN partnership_report.partnerships.documents IS 'number of documents of the partnership and its agreements';
COMMENT ON COLUMN partnership_report.partnerships.extra IS 'local fields of the partnership, a JSON object as text (NULL when none)';

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
				   institution pg_catalog.text, item pg_catalog.text, due_on date)
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
	AS $$
SELECT 'agreement_expiring', x.partnership_id, x.partnership_code, x.number,
	o.name, x.kind, x.effective_to
FROM partnership_report.agreements_expiring x
JOIN @extschema@.partnership p ON p.id OPERATOR(pg_catalog.=) x.partnership_id
LEFT JOIN @extschema@.partner o ON o.id OPERATOR(pg_catalog.=) p.owner_id
UNION ALL
SELECT 'partnership_ending', p.id, p.code, NULL, o.name, p.name, p.ends_on
FROM @extschema@.partnership p
LEFT JOIN @extschema@.partner o ON o.id OPERATOR(pg_catalog.=) p.owner_id
WHERE p.status::pg_catalog.text OPERATOR(pg_catalog.=) 'active'
  AND p.ends_on OPERATOR(pg_catalog.>=) CURRENT_DATE
  AND p.ends_on OPERATOR(pg_catalog.<=) (CURRENT_DATE OPERATOR(pg_catalog.+)
	COALESCE(pg_catalog.round(@extschema@.setting('expiry_warning_days'))::pg_catalog.int4, 90))
UNION ALL
SELECT 'evaluation_due', p.id, p.code, NULL, o.name, c.message, CURRENT_DATE
FROM @extschema@.partnership p
CROSS JOIN LATERAL @extschema@.check(p.id) c
LEFT JOIN @extschema@.partner o ON o.id OPERATOR(pg_catalog.=) p.owner_id
WHERE p.status::pg_catalog.text OPERATOR(pg_catalog.=) 'active'
  AND c.rule OPERATOR(pg_catalog.=) 'evaluation_due'
UNION ALL
SELECT 'activity_overdue', p.id, p.code, NULL, o.name, a.name, a.due_on
FROM @extschema@.activity a
JOIN @extschema@.partnership p ON p.id OPERATOR(pg_catalog.=) a.partnership_id
LEFT JOIN @extschema@.partner o ON o.id OPERATOR(pg_catalog.=) p.owner_id
WHERE p.status::pg_catalog.text OPERATOR(pg_catalog.=) 'active'
  AND a.status::pg_catalog.text OPERATOR(pg_catalog.=) ANY (ARRAY['planned', 'in_progress'])
  AND a.due_on OPERATOR(pg_catalog.<) CURRENT_DATE
ORDER BY 1, 3, 6
$$;
COMMENT ON FUNCTION @extschema@.due_items() IS 'what is due today, one row per item: agreement_expiring, partnership_ending, evaluation_due, activity_overdue (what notify_due() sends)';

CREATE FUNCTION @extschema@.notify_due()
	RETURNS pg_catalog.int4
	LANGUAGE sql VOLATILE
	SET search_path = pg_catalog, pg_temp
	AS $$
SELECT pg_catalog.count(pg_catalog.pg_notify('partnership_due',
	pg_catalog.json_build_object('event', d.event, 'partnership', pg_catalog.left(d.partnership_code, 512),
		'agreement', pg_catalog.left(d.agreement_number, 512), 'institution', pg_catalog.left(d.institution, 512),
		'item', pg_catalog.left(d.item, 512), 'due_on', d.due_on, 'at', pg_catalog.now())::pg_catalog.text))::pg_catalog.int4
FROM @extschema@.due_items() d
$$;
COMMENT ON FUNCTION @extschema@.notify_due() IS 'sends one notification on channel partnership_due per item of due_items() (texts cut to 512 characters), at commit; returns how many (for a pg_cron job)';

/* ------------------------------------------------------------------------
 * The DDL guard (src/ddl_guard.c): DROP EXTENSION of a registry with rows
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

-- ------------------------------------------------------------------------
-- Multi-institution mode (src/sql/82_institutions.sql, as it stands; the
-- setting multi_institution in src/sql/30_rules.sql; access_plan() and the
-- three-argument grant_access() in src/sql/71_access.sql).  The setting's
-- constraints take the new name and its 0/1 values; grant_access() changes
-- signature, so the two-argument function is dropped and the new one
-- created (calls with two arguments mean what they meant).
-- ------------------------------------------------------------------------
ALTER TABLE @extschema@.setting DROP CONSTRAINT setting_name_check,
	ADD CONSTRAINT setting_name_check CHECK (name IN ('strategic_min_months',
		'operational_max_months', 'max_agreement_years', 'expiry_warning_days',
		'evaluation_interval_months', 'gap_threshold', 'min_respondents',
		'multi_institution'));
ALTER TABLE @extschema@.setting DROP CONSTRAINT setting_value_check,
	ADD CONSTRAINT setting_value_check CHECK (CASE name
		WHEN 'gap_threshold' THEN value > 0::numeric AND value <= 4::numeric
		WHEN 'multi_institution' THEN value IN (0::numeric, 1::numeric)
		ELSE value >= 1::numeric AND value <= 100000::numeric AND value = pg_catalog.trunc(value) END);
-- (shipped as the fresh install ships it: before the audit trail starts)
ALTER TABLE @extschema@.setting DISABLE TRIGGER p90_audit_insert;
INSERT INTO @extschema@.setting (name, value, unit, default_value, description_en, description_id, builtin) VALUES
	('multi_institution', 0, 'switch', 0,
	 'Multi-institution mode: 1 lets each role see and change only the partnerships of its institutions (institution_role), 0 (off) lets every role see all.',
	 'Mode multi-instansi: 1 membatasi setiap peran pada kemitraan instansinya sendiri (institution_role), 0 (mati) membuka semuanya bagi setiap peran.', true);
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
  AND t.relname NOT IN ('audit', 'institution_role')
  AND (rank >= 3 OR t.relname NOT IN ('clause_kind', 'criterion', 'rule', 'setting'))
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

	/*
	 * The mapping for multi-institution mode, in the same transaction as
	 * the GRANTs: a caller who may not write institution_role, or an
	 * institution that is not a partner, undoes them all.
	 */
	IF institution IS NOT NULL THEN
		INSERT INTO @extschema@.institution_role (role_name, partner_id)
		VALUES (pg_catalog.pg_get_userbyid(role::pg_catalog.oid), institution)
		ON CONFLICT DO NOTHING;
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
 *   NOT $mode OR partnership_id = ANY ($ids)
 * whose two values are uncorrelated subqueries: the planner computes them
 * once per query (InitPlans), and with the mode off the first one settles
 * every row without computing the second.  The functions behind them run
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
	CONSTRAINT institution_role_pkey PRIMARY KEY (role_name, partner_id)
);
CREATE INDEX institution_role_partner_idx ON @extschema@.institution_role (partner_id);
COMMENT ON TABLE @extschema@.institution_role IS 'multi-institution mode: the institutions (partners) each database role acts for; written by grant_access(role, level, institution) or by the registry owner';
COMMENT ON COLUMN @extschema@.institution_role.role_name IS 'name of the database role (kept by name, so that pg_dump and pg_restore keep the mapping)';
COMMENT ON COLUMN @extschema@.institution_role.partner_id IS 'the institution the role acts for; it also acts for every institution below it (partner.parent_id)';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.institution_role', '');

CREATE TRIGGER p00_no_truncate BEFORE TRUNCATE ON @extschema@.institution_role
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.registry_truncate_trigger();
COMMENT ON TRIGGER p00_no_truncate ON @extschema@.institution_role IS 'refuses TRUNCATE, which would bypass the checks and the audit trail';
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
COMMENT ON FUNCTION @extschema@.institution_guard() IS 'trigger: in multi-institution mode, refuses (42501) a write outside the partnerships of the caller''s institutions, a partner placed outside its institutions'' tree, and a change of setting multi_institution by anyone but the registry owner or a superuser';

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

/*
 * The policies.  With the mode off, (SELECT NOT multi_institution()) is
 * true and nothing else is computed; superusers and the registry owner
 * bypass them in either mode.  UPDATE and DELETE reach every row the role
 * may read, so that p01_institution, not a silent "UPDATE 0", answers a
 * write to a partnership the role only reads.
 */
ALTER TABLE @extschema@.partnership ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.partnership FOR SELECT
	USING ((SELECT NOT @extschema@.multi_institution())
		OR owner_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.institution_scope())::pg_catalog.int8[])
		OR id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_read ON @extschema@.partnership IS 'multi-institution mode: the partnerships the role may read (owned by its institutions or below them, which also admits a row it has just inserted, or with one of its institutions as a member)';
CREATE POLICY institution_insert ON @extschema@.partnership FOR INSERT
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR owner_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.institution_scope())::pg_catalog.int8[]));
COMMENT ON POLICY institution_insert ON @extschema@.partnership IS 'multi-institution mode: new rows owned by one of its institutions or below them';
CREATE POLICY institution_update ON @extschema@.partnership FOR UPDATE
	USING ((SELECT NOT @extschema@.multi_institution())
		OR owner_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.institution_scope())::pg_catalog.int8[])
		OR id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]))
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR owner_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.institution_scope())::pg_catalog.int8[]));
COMMENT ON POLICY institution_update ON @extschema@.partnership IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions owned by one of its institutions or below them';
CREATE POLICY institution_delete ON @extschema@.partnership FOR DELETE
	USING ((SELECT NOT @extschema@.multi_institution())
		OR owner_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.institution_scope())::pg_catalog.int8[])
		OR id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_delete ON @extschema@.partnership IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.member ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.member FOR SELECT
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_read ON @extschema@.member IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.member FOR INSERT
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_insert ON @extschema@.member IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.member FOR UPDATE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]))
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_update ON @extschema@.member IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.member FOR DELETE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_delete ON @extschema@.member IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.agreement ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.agreement FOR SELECT
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_read ON @extschema@.agreement IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.agreement FOR INSERT
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_insert ON @extschema@.agreement IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.agreement FOR UPDATE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]))
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_update ON @extschema@.agreement IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.agreement FOR DELETE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_delete ON @extschema@.agreement IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.agreement_party ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.agreement_party FOR SELECT
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_read ON @extschema@.agreement_party IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.agreement_party FOR INSERT
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_insert ON @extschema@.agreement_party IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.agreement_party FOR UPDATE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]))
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_update ON @extschema@.agreement_party IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.agreement_party FOR DELETE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_delete ON @extschema@.agreement_party IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.agreement_clause ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.agreement_clause FOR SELECT
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_read ON @extschema@.agreement_clause IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.agreement_clause FOR INSERT
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_insert ON @extschema@.agreement_clause IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.agreement_clause FOR UPDATE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]))
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_update ON @extschema@.agreement_clause IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.agreement_clause FOR DELETE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_delete ON @extschema@.agreement_clause IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.activity ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.activity FOR SELECT
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_read ON @extschema@.activity IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.activity FOR INSERT
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_insert ON @extschema@.activity IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.activity FOR UPDATE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]))
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_update ON @extschema@.activity IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.activity FOR DELETE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_delete ON @extschema@.activity IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.assignment ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.assignment FOR SELECT
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_read ON @extschema@.assignment IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.assignment FOR INSERT
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_insert ON @extschema@.assignment IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.assignment FOR UPDATE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]))
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_update ON @extschema@.assignment IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.assignment FOR DELETE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_delete ON @extschema@.assignment IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.commitment ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.commitment FOR SELECT
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_read ON @extschema@.commitment IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.commitment FOR INSERT
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_insert ON @extschema@.commitment IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.commitment FOR UPDATE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]))
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_update ON @extschema@.commitment IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.commitment FOR DELETE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_delete ON @extschema@.commitment IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.disbursement ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.disbursement FOR SELECT
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_read ON @extschema@.disbursement IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.disbursement FOR INSERT
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_insert ON @extschema@.disbursement IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.disbursement FOR UPDATE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]))
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_update ON @extschema@.disbursement IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.disbursement FOR DELETE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_delete ON @extschema@.disbursement IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.indicator ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.indicator FOR SELECT
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_read ON @extschema@.indicator IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.indicator FOR INSERT
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_insert ON @extschema@.indicator IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.indicator FOR UPDATE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]))
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_update ON @extschema@.indicator IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.indicator FOR DELETE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_delete ON @extschema@.indicator IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.measurement ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.measurement FOR SELECT
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_read ON @extschema@.measurement IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.measurement FOR INSERT
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_insert ON @extschema@.measurement IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.measurement FOR UPDATE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]))
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_update ON @extschema@.measurement IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.measurement FOR DELETE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_delete ON @extschema@.measurement IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.evaluation ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.evaluation FOR SELECT
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_read ON @extschema@.evaluation IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.evaluation FOR INSERT
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_insert ON @extschema@.evaluation IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.evaluation FOR UPDATE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]))
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_update ON @extschema@.evaluation IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.evaluation FOR DELETE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_delete ON @extschema@.evaluation IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.response ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.response FOR SELECT
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_read ON @extschema@.response IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.response FOR INSERT
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_insert ON @extschema@.response IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.response FOR UPDATE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]))
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_update ON @extschema@.response IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.response FOR DELETE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_delete ON @extschema@.response IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.risk ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.risk FOR SELECT
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_read ON @extschema@.risk IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.risk FOR INSERT
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_insert ON @extschema@.risk IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.risk FOR UPDATE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]))
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_update ON @extschema@.risk IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.risk FOR DELETE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_delete ON @extschema@.risk IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.document ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.document FOR SELECT
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_read ON @extschema@.document IS 'multi-institution mode: rows of the partnerships the role may read';
CREATE POLICY institution_insert ON @extschema@.document FOR INSERT
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_insert ON @extschema@.document IS 'multi-institution mode: new rows of a partnership the role may change';
CREATE POLICY institution_update ON @extschema@.document FOR UPDATE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]))
	WITH CHECK ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.writable_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_update ON @extschema@.document IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change); new versions of a partnership the role may change';
CREATE POLICY institution_delete ON @extschema@.document FOR DELETE
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_delete ON @extschema@.document IS 'multi-institution mode: rows the role may read (p01_institution refuses those it may not change)';
ALTER TABLE @extschema@.audit ENABLE ROW LEVEL SECURITY;
CREATE POLICY institution_read ON @extschema@.audit FOR SELECT
	USING ((SELECT NOT @extschema@.multi_institution()) OR partnership_id IS NULL
		OR partnership_id OPERATOR(pg_catalog.=) ANY ((SELECT @extschema@.visible_partnerships())::pg_catalog.int8[]));
COMMENT ON POLICY institution_read ON @extschema@.audit IS 'multi-institution mode: audit rows of the partnerships the role may read, and those of partners and catalogues';
