--
-- grant_access(): read, write and admin levels; a read role sees the
-- reports and cannot touch the tables.  Roles and codes start with ga_/GA-.
--
SET search_path = partnership, public;

-- Other test files insert rows with explicit ids: move every identity
-- sequence of the registry past the ids in use.
DO $$
DECLARE t regclass; s text;
BEGIN
	FOR t, s IN SELECT c.oid, pg_get_serial_sequence(c.oid::regclass::text, 'id')
		FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'id'
		WHERE c.relnamespace = 'partnership'::regnamespace AND c.relkind = 'r'
		  AND a.attidentity <> ''
	LOOP
		EXECUTE format('SELECT setval(%L, greatest((SELECT max(id) FROM %s), (SELECT last_value FROM %s)))', s, t, s);
	END LOOP;
END $$;

\set ECHO none
\getenv abs_srcdir PG_ABS_SRCDIR
\set try_sql :abs_srcdir '/test/regress/try.sql'
\i :try_sql
\set ECHO all

-- a little data to read
INSERT INTO partner (name, sector) VALUES ('GA Dinas', 'government'), ('GA Swasta', 'private');
INSERT INTO partnership (code, name, formality, horizon, objectives, owner_id)
SELECT 'GA-1', 'Uji Hak Akses', 'informal', 'operational', '{Uji}', id
FROM partner WHERE name = 'GA Dinas';
INSERT INTO member (partnership_id, partner_id, roles)
SELECT p.id, pt.id, CASE pt.name WHEN 'GA Dinas' THEN '{lead}' ELSE '{implementer}' END::roleset
FROM partnership p, partner pt WHERE p.code = 'GA-1' AND pt.name LIKE 'GA %';

CREATE ROLE ga_reader;
CREATE ROLE ga_writer;
CREATE ROLE ga_admin;
CREATE ROLE ga_nobody;

-- Levels in English or Indonesian, any case; anything else is 22023.
SELECT grant_access('ga_reader', 'baca');
SELECT grant_access('ga_writer', 'Write');
SELECT grant_access('ga_admin', ' admin ');
SELECT pg_temp.try($$SELECT partnership.grant_access('ga_nobody', 'superuser')$$, true);
SELECT pg_temp.try($$SELECT partnership.grant_access('-', 'read')$$, true);
SELECT pg_temp.try($$SELECT partnership.grant_access('ga_no_such_role', 'read')$$, true);
-- an institution that is no partner: the mapping's own constraint, with a
-- message of the catalogue (before: PostgreSQL's foreign key error, with
-- the mapping's INSERT as context), and no GRANT made
SELECT pg_temp.try($$SELECT partnership.grant_access('ga_nobody', 'read', -1)$$, true);
SELECT has_schema_privilege('ga_nobody', 'partnership_report', 'USAGE') AS nobody_granted;
-- the same refusals in Indonesian (the message catalogue, through
-- partnership.message())
SET partnership.language = 'id';
SELECT pg_temp.try($$SELECT partnership.grant_access('ga_nobody', 'superuser')$$, true);
SELECT pg_temp.try($$SELECT partnership.grant_access(0::regrole, 'read')$$, true);
RESET partnership.language;
-- partnership.message() fills only %s entries, with the right count
SELECT partnership.message('MSG_GRANT_DENIED', 'write', 'ga_x');
SELECT pg_temp.try($$SELECT partnership.message('MSG_GRANT_DENIED', 'write')$$, true);
SELECT pg_temp.try($$SELECT partnership.message('MSG_RULE_ROLES_DEFINED', '3')$$, true);
SELECT pg_temp.try($$SELECT partnership.message('MSG_NO_SUCH_THING')$$, true);

-- What each level received, by object kind and privilege.
SELECT r.rolname, x.kind, x.privilege_type, count(*)
FROM pg_roles r
CROSS JOIN LATERAL (
	SELECT CASE WHEN c.relnamespace = 'partnership_report'::regnamespace THEN 'report view'
	            WHEN c.relname IN ('audit', 'audit_id_seq') THEN c.relname
	            WHEN c.relkind = 'S' THEN 'sequence'
	            WHEN c.relname IN ('clause_kind', 'criterion', 'rule', 'setting') THEN 'catalogue'
	            ELSE 'registry table' END AS kind,
	       a.privilege_type
	FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a
	WHERE c.relnamespace IN ('partnership'::regnamespace, 'partnership_report'::regnamespace)
	  AND a.grantee = r.oid) x
WHERE r.rolname LIKE 'ga\_%'
GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;

SELECT r.rolname, n.nspname, has_schema_privilege(r.oid, n.oid, 'USAGE') AS usage
FROM pg_roles r CROSS JOIN pg_namespace n
WHERE r.rolname LIKE 'ga\_%' AND n.nspname IN ('partnership', 'partnership_report')
ORDER BY 1, 2;

-- Nothing of the extension is granted to PUBLIC.
SELECT c.oid::regclass, a.privilege_type
FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a
WHERE c.relnamespace IN ('partnership'::regnamespace, 'partnership_report'::regnamespace)
  AND a.grantee = 0;
SELECT n.nspname, a.privilege_type
FROM pg_namespace n CROSS JOIN LATERAL aclexplode(n.nspacl) a
WHERE n.nspname IN ('partnership', 'partnership_report') AND a.grantee = 0;

-- The reader reads every report, and cannot change a table or read audit.
SET ROLE ga_reader;
SELECT partnership_code, status, member_count, sectors, error_count, warning_count
FROM partnership_report.partnerships WHERE partnership_code = 'GA-1';
SELECT rule, severity FROM partnership_report.compliance WHERE partnership_code = 'GA-1' ORDER BY 1;
SELECT c.relname, pg_temp.try(format('SELECT count(*) FROM partnership_report.%I', c.relname), true) AS "select"
FROM pg_class c WHERE c.relnamespace = 'partnership_report'::regnamespace ORDER BY 1;
SELECT pg_temp.try($$INSERT INTO partnership.partner (name, sector) VALUES ('GA X', 'media')$$, true);
SELECT pg_temp.try($$UPDATE partnership.partnership SET name = 'x' WHERE code = 'GA-1'$$, true);
SELECT pg_temp.try($$DELETE FROM partnership.member$$, true);
SELECT pg_temp.try($$UPDATE partnership.rule SET severity = 'off'$$, true);
SELECT pg_temp.try($$SELECT count(*) FROM partnership.audit$$, true);
-- ... nor grant itself more.
SELECT pg_temp.try($$SELECT partnership.grant_access('ga_reader', 'admin')$$, true);
RESET ROLE;

-- A role without a level sees nothing.
SET ROLE ga_nobody;
SELECT pg_temp.try($$SELECT count(*) FROM partnership_report.partnerships$$, true);
RESET ROLE;

-- The writer edits the registry, not the catalogues.
SET ROLE ga_writer;
SELECT pg_temp.try($$INSERT INTO partnership.partner (name, sector) VALUES ('GA Radio', 'media')$$, true);
SELECT pg_temp.try($$UPDATE partnership.partnership SET name = 'Uji Hak Akses (ubah)' WHERE code = 'GA-1'$$, true);
SELECT pg_temp.try($$UPDATE partnership.rule SET severity = 'off' WHERE code = 'evaluator_assigned'$$, true);
SELECT pg_temp.try($$UPDATE partnership.audit SET operation = 'DELETE'$$, true);
-- the change above is audited, yet the writer cannot forge an audit row
SELECT pg_temp.try($$INSERT INTO partnership.audit (relation, operation, row_key) VALUES ('partner', 'DELETE', '{}')$$, true);
RESET ROLE;

-- The admin edits the catalogues too.
SET ROLE ga_admin;
SELECT pg_temp.try($$INSERT INTO partnership.clause_kind (code, label_en, label_id) VALUES ('ga_clause', 'GA clause', 'Klausul GA')$$, true);
SELECT pg_temp.try($$DELETE FROM partnership.clause_kind WHERE code = 'ga_clause'$$, true);
SELECT pg_temp.try($$SELECT count(*) FROM partnership.setting$$, true);
SELECT pg_temp.try($$SELECT count(*) > 0 FROM partnership.audit WHERE actor = 'ga_writer'$$, true);
RESET ROLE;

-- Clean up: the roles own nothing; their privileges go with them.
DROP OWNED BY ga_reader, ga_writer, ga_admin, ga_nobody;
DROP ROLE ga_reader, ga_writer, ga_admin, ga_nobody;
