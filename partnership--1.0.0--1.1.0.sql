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
-- A partnership's whole life (src/sql/20_registry.sql, src/sql/30_rules.sql,
-- src/sql/23_lifecycle.sql): ended_on and end_reason, versions per pks
-- chain, setting final_report_days, amend(), the span and date triggers.
-- Agreements keep the versions 1.0.0 gave them.  A partnership 1.0.0
-- completed or terminated gets ended_on from the audit row of that move
-- (else the earlier of ends_on and today) and, if terminated, the reason
-- of its last terminated agreement; its agreements still signed end with
-- it, as they do from now on.  Both changes are audited.
-- ------------------------------------------------------------------------
ALTER TABLE @extschema@.partnership ADD COLUMN ended_on date, ADD COLUMN end_reason text;
COMMENT ON COLUMN @extschema@.partnership.ended_on IS 'day the partnership was completed or terminated (set by the move, default today); NULL while it runs';
COMMENT ON COLUMN @extschema@.partnership.end_reason IS 'why the partnership ended; required to terminate it, optional to complete it';
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
  AND ag.status::pg_catalog.text OPERATOR(pg_catalog.=) 'signed';
ALTER TABLE @extschema@.partnership ENABLE TRIGGER p10_lifecycle;
ALTER TABLE @extschema@.agreement ENABLE TRIGGER p10_guard;
SET CONSTRAINTS @extschema@.rules_enforce DEFERRED;

CREATE FUNCTION @extschema@.amend(agreement_id pg_catalog.int8, number pg_catalog.text,
	effective_to pg_catalog.date DEFAULT NULL)
	RETURNS pg_catalog.int8
	AS 'MODULE_PATHNAME', 'partnership_amend'
	LANGUAGE C VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.amend(pg_catalog.int8, pg_catalog.text, pg_catalog.date) IS 'renews a signed pks or addendum: inserts its draft addendum (version one more) with the same parties, roles, responsibilities and signatories (unsigned) and clauses, in force from today until effective_to (default: as the amended one); returns its id, to be signed as usual';

CREATE FUNCTION @extschema@.partnership_span_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'partnership_span_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.partnership_span_trigger() IS 'an owner and starts_on from proposed on; completing or terminating sets ended_on (default today; termination needs end_reason) and terminates every agreement still signed (BEFORE ROW on partnership)';

CREATE FUNCTION @extschema@.registry_date_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'registry_date_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.registry_date_trigger() IS 'a date column (argument 1) is not in the future (past) and inside the partnership''s dates (within), per argument 2 (BEFORE ROW on dated tables)';

CREATE FUNCTION @extschema@.evaluation_close_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'evaluation_close_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.evaluation_close_trigger() IS 'an evaluation is closed only with responses and once its period has ended (BEFORE UPDATE ROW on evaluation)';

CREATE TRIGGER p15_span BEFORE INSERT OR UPDATE ON @extschema@.partnership
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partnership_span_trigger();
COMMENT ON TRIGGER p15_span ON @extschema@.partnership IS 'an owner and starts_on from proposed on; the end sets ended_on and terminates the agreements still signed';
CREATE TRIGGER p25_dates BEFORE INSERT OR UPDATE OF signed_on, partnership_id ON @extschema@.agreement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_date_trigger('signed_on', 'past');
COMMENT ON TRIGGER p25_dates ON @extschema@.agreement IS 'signed_on is not in the future';
CREATE TRIGGER p25_dates BEFORE INSERT OR UPDATE OF signed_on, partnership_id ON @extschema@.agreement_party
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_date_trigger('signed_on', 'past');
COMMENT ON TRIGGER p25_dates ON @extschema@.agreement_party IS 'signed_on is not in the future';
CREATE TRIGGER p25_dates BEFORE INSERT OR UPDATE OF paid_on, partnership_id ON @extschema@.disbursement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_date_trigger('paid_on', 'past,within');
COMMENT ON TRIGGER p25_dates ON @extschema@.disbursement IS 'paid_on is not in the future and inside the partnership''s dates';
CREATE TRIGGER p25_dates BEFORE INSERT OR UPDATE OF period_end, partnership_id ON @extschema@.measurement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_date_trigger('period_end', 'within');
COMMENT ON TRIGGER p25_dates ON @extschema@.measurement IS 'period_end is inside the partnership''s dates';
CREATE TRIGGER p25_dates BEFORE INSERT OR UPDATE OF period_end, partnership_id ON @extschema@.evaluation
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_date_trigger('period_end', 'within');
COMMENT ON TRIGGER p25_dates ON @extschema@.evaluation IS 'period_end is inside the partnership''s dates';
CREATE TRIGGER p25_close BEFORE UPDATE OF status ON @extschema@.evaluation
	FOR EACH ROW EXECUTE FUNCTION @extschema@.evaluation_close_trigger();
COMMENT ON TRIGGER p25_close ON @extschema@.evaluation IS 'closed only with responses, once the period has ended';

-- ------------------------------------------------------------------------
-- Reports over time: semesters, activities, disbursements
-- (src/sql/72_reports_time.sql, as it stands).
-- ------------------------------------------------------------------------
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
	cm.committed,
	ds.disbursed,
	ds.disbursements,
	ms.measurements,
	ev.evaluations,
	ev.closed_evaluations,
	ev.evaluation_index,
	ev.closed_evaluations OPERATOR(pg_catalog.>) 0 AS evaluated
FROM @extschema@.partnership p
LEFT JOIN @extschema@.partner o ON o.id OPERATOR(pg_catalog.=) p.owner_id
CROSS JOIN LATERAL (
	SELECT g::pg_catalog.date AS period_start,
		(g OPERATOR(pg_catalog.+) '6 months'::pg_catalog.interval
			OPERATOR(pg_catalog.-) '1 day'::pg_catalog.interval)::pg_catalog.date AS period_end
	FROM pg_catalog.generate_series(
		pg_catalog.make_date(pg_catalog.date_part('year', p.starts_on)::pg_catalog.int4,
			CASE WHEN pg_catalog.date_part('month', p.starts_on) OPERATOR(pg_catalog.<=) 6
				THEN 1 ELSE 7 END, 1)::pg_catalog.timestamp,
		LEAST(COALESCE(p.ended_on, CURRENT_DATE), CURRENT_DATE)::pg_catalog.timestamp,
		'6 months'::pg_catalog.interval) AS g) h
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
		a.kind::pg_catalog.text AS agreement_kind
	FROM @extschema@.agreement a
	WHERE a.partnership_id OPERATOR(pg_catalog.=) p.id
	  AND a.status::pg_catalog.text OPERATOR(pg_catalog.<>) 'draft'
	  AND a.signed_on OPERATOR(pg_catalog.<=) h.period_end
	  AND a.effective_from OPERATOR(pg_catalog.<=) h.period_end
	  AND (a.effective_to IS NULL OR a.effective_to OPERATOR(pg_catalog.>=) h.period_end)
	  AND (a.terminated_on IS NULL OR a.terminated_on OPERATOR(pg_catalog.>) h.period_end)
	  AND NOT EXISTS (
		SELECT FROM @extschema@.agreement n
		WHERE n.partnership_id OPERATOR(pg_catalog.=) p.id
		  AND n.amends_id OPERATOR(pg_catalog.=) a.id
		  AND n.status::pg_catalog.text OPERATOR(pg_catalog.<>) 'draft'
		  AND n.signed_on OPERATOR(pg_catalog.<=) h.period_end)
	ORDER BY a.kind::pg_catalog.text OPERATOR(pg_catalog.=) ANY ('{pks,addendum}'::pg_catalog.text[]) DESC,
		a.version DESC, a.id DESC
	LIMIT 1) ag ON true
CROSS JOIN LATERAL (
	SELECT COALESCE(pg_catalog.sum(c.amount), 0) AS committed
	FROM @extschema@.commitment c
	WHERE c.partnership_id OPERATOR(pg_catalog.=) p.id
	  AND c.committed_on OPERATOR(pg_catalog.>=) h.period_start
	  AND c.committed_on OPERATOR(pg_catalog.<=) h.period_end) cm
CROSS JOIN LATERAL (
	SELECT COALESCE(pg_catalog.sum(d.amount), 0) AS disbursed,
		pg_catalog.count(*)::pg_catalog.int4 AS disbursements
	FROM @extschema@.disbursement d
	WHERE d.partnership_id OPERATOR(pg_catalog.=) p.id
	  AND d.paid_on OPERATOR(pg_catalog.>=) h.period_start
	  AND d.paid_on OPERATOR(pg_catalog.<=) h.period_end) ds
CROSS JOIN LATERAL (
	SELECT pg_catalog.count(*)::pg_catalog.int4 AS measurements
	FROM @extschema@.measurement m
	WHERE m.partnership_id OPERATOR(pg_catalog.=) p.id
	  AND m.period_end OPERATOR(pg_catalog.>=) h.period_start
	  AND m.period_end OPERATOR(pg_catalog.<=) h.period_end) ms
CROSS JOIN LATERAL (
	SELECT pg_catalog.count(*)::pg_catalog.int4 AS evaluations,
		(pg_catalog.count(*) FILTER (WHERE e.status OPERATOR(pg_catalog.=) 'closed'))::pg_catalog.int4
			AS closed_evaluations,
		pg_catalog.round(pg_catalog.avg(e.index) FILTER (WHERE e.status OPERATOR(pg_catalog.=) 'closed'), 2)
			AS evaluation_index
	FROM partnership_report.evaluations e
	WHERE e.partnership_id OPERATOR(pg_catalog.=) p.id
	  AND e.period_end OPERATOR(pg_catalog.>=) h.period_start
	  AND e.period_end OPERATOR(pg_catalog.<=) h.period_end) ev;

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
COMMENT ON COLUMN partnership_report.semesters.agreement_id IS 'identity of the agreement in force on the last day of the half-year (binding first, newest version), NULL if none';
COMMENT ON COLUMN partnership_report.semesters.agreement_number IS 'registration number of that agreement';
COMMENT ON COLUMN partnership_report.semesters.agreement_kind IS 'kind of that agreement: pks, addendum or mou';
COMMENT ON COLUMN partnership_report.semesters.committed IS 'total of the commitments made in the half-year (committed_on), all currencies added';
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
	a.id AS activity_id,
	a.name AS activity_name,
	a.due_on,
	a.status::pg_catalog.text AS status,
	@extschema@.label(a.status) AS status_label,
	a.status::pg_catalog.text OPERATOR(pg_catalog.=) ANY ('{planned,in_progress}'::pg_catalog.text[]) AS is_open,
	a.status::pg_catalog.text OPERATOR(pg_catalog.=) ANY ('{planned,in_progress}'::pg_catalog.text[])
		AND a.due_on OPERATOR(pg_catalog.<) CURRENT_DATE AS overdue,
	CASE WHEN a.status::pg_catalog.text OPERATOR(pg_catalog.=) ANY ('{planned,in_progress}'::pg_catalog.text[])
		AND a.due_on OPERATOR(pg_catalog.<) CURRENT_DATE
		THEN CURRENT_DATE OPERATOR(pg_catalog.-) a.due_on END AS days_overdue,
	r.responsible,
	r.accountable,
	r.consulted,
	r.informed,
	r.accountable_count,
	r.accountable_count OPERATOR(pg_catalog.=) 1 AS raci_ok
FROM @extschema@.activity a
JOIN @extschema@.partnership p ON p.id OPERATOR(pg_catalog.=) a.partnership_id
CROSS JOIN LATERAL (
	SELECT pg_catalog.string_agg(pt.name, ', ' ORDER BY pt.name)
			FILTER (WHERE s.raci::pg_catalog.text OPERATOR(pg_catalog.=) 'R') AS responsible,
		pg_catalog.string_agg(pt.name, ', ' ORDER BY pt.name)
			FILTER (WHERE s.raci::pg_catalog.text OPERATOR(pg_catalog.=) 'A') AS accountable,
		pg_catalog.string_agg(pt.name, ', ' ORDER BY pt.name)
			FILTER (WHERE s.raci::pg_catalog.text OPERATOR(pg_catalog.=) 'C') AS consulted,
		pg_catalog.string_agg(pt.name, ', ' ORDER BY pt.name)
			FILTER (WHERE s.raci::pg_catalog.text OPERATOR(pg_catalog.=) 'I') AS informed,
		(pg_catalog.count(*) FILTER (WHERE s.raci::pg_catalog.text OPERATOR(pg_catalog.=) 'A'))::pg_catalog.int4
			AS accountable_count
	FROM @extschema@.assignment s
	JOIN @extschema@.partner pt ON pt.id OPERATOR(pg_catalog.=) s.partner_id
	WHERE s.partnership_id OPERATOR(pg_catalog.=) a.partnership_id
	  AND s.activity_id OPERATOR(pg_catalog.=) a.id) r;

COMMENT ON VIEW partnership_report.activities IS 'the work plan: one row per activity, with who is responsible, accountable, consulted and informed (RACI) and whether it is overdue';
COMMENT ON COLUMN partnership_report.activities.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.activities.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.activities.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.activities.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.activities.activity_id IS 'identity of the activity';
COMMENT ON COLUMN partnership_report.activities.activity_name IS 'what is to be done';
COMMENT ON COLUMN partnership_report.activities.due_on IS 'day the activity is due';
COMMENT ON COLUMN partnership_report.activities.status IS 'planned, in_progress, done or cancelled';
COMMENT ON COLUMN partnership_report.activities.status_label IS 'status label in partnership.language';
COMMENT ON COLUMN partnership_report.activities.is_open IS 'true while planned or in progress';
COMMENT ON COLUMN partnership_report.activities.overdue IS 'true when open and due before today';
COMMENT ON COLUMN partnership_report.activities.days_overdue IS 'days since due_on for an overdue activity, else NULL';
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
	CASE WHEN pg_catalog.date_part('month', d.paid_on) OPERATOR(pg_catalog.<=) 6 THEN 1 ELSE 2 END AS half,
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
COMMENT ON COLUMN partnership_report.disbursements.half IS 'half-year of payment: 1 January-June, 2 July-December';
COMMENT ON COLUMN partnership_report.disbursements.month IS 'first day of the month of payment';
