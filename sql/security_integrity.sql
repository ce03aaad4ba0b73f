--
-- security_integrity: the holes found beside the escalation (doc/security.md):
-- a pre-existing schema another role owns, non-finite numbers, a final
-- state reached while an error rule fails, TRUNCATE, and what a read role
-- may write (nothing).  Roles start with regress_si_, codes with SI-, ids
-- with 91740.
--
SET search_path = partnership, public;

-- the shared test helper pg_temp.try(), by absolute path (pg_regress's
-- PG_ABS_SRCDIR: the test also runs from an out-of-tree build directory)
\set ECHO none
\getenv abs_srcdir PG_ABS_SRCDIR
\set try_sql :abs_srcdir '/test/regress/try.sql'
\i :try_sql
\set ECHO all

-- 1. Numbers are finite wherever an amount, weight, baseline, target or
--    measured value is stored: NaN passed "amount > 0" on 1.0.0.
INSERT INTO partner (id, name, sector) VALUES
	(917401, 'SI Dinas', 'government'), (917402, 'SI Swasta', 'private'), (917403, 'SI Yayasan', 'nonprofit');
INSERT INTO partnership (id, code, name, formality, horizon, objectives, owner_id, starts_on)
VALUES (917401, 'SI-1', 'Integritas', 'informal', 'operational', '{Uji}', 917401, current_date);
INSERT INTO member (partnership_id, partner_id, roles) VALUES
	(917401, 917401, '{lead}'), (917401, 917402, '{funder}'), (917401, 917403, '{implementer}');
INSERT INTO commitment (id, partnership_id, partner_id, amount) VALUES (917401, 917401, 917402, 1000);
INSERT INTO indicator (id, partnership_id, code, name) VALUES (917401, 917401, 'SI-I', 'Uji');
SELECT v, pg_temp.try(format($$INSERT INTO partnership.commitment (partnership_id, partner_id, amount) VALUES (917401, 917402, %L)$$, v)) AS commitment,
	pg_temp.try(format($$INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount) VALUES (917401, 917401, %L)$$, v)) AS disbursement
FROM unnest(ARRAY['NaN', 'Infinity', '-Infinity']) AS v;
SELECT v, pg_temp.try(format($$UPDATE partnership.indicator SET baseline = %L WHERE id = 917401$$, v)) AS baseline,
	pg_temp.try(format($$UPDATE partnership.indicator SET target = %L WHERE id = 917401$$, v)) AS target,
	pg_temp.try(format($$INSERT INTO partnership.measurement (indicator_id, partnership_id, period_end, value) VALUES (917401, 917401, current_date, %L)$$, v)) AS measurement,
	pg_temp.try(format($$UPDATE partnership.criterion SET weight = %L WHERE code = (SELECT min(code) FROM partnership.criterion)$$, v)) AS weight
FROM unnest(ARRAY['NaN', 'Infinity', '-Infinity']) AS v;
-- finite values still go in
SELECT pg_temp.try($$UPDATE partnership.indicator SET baseline = -5.5, target = 1e20 WHERE id = 917401$$);
SELECT pg_temp.try($$INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount) VALUES (917401, 917401, 999.99)$$);

-- 2. A partnership cannot reach completed or terminated while an error
--    rule fails: on 1.0.0, a second lead followed by completion in the same
--    transaction left a read-only partnership with two leads.
UPDATE partnership SET status = 'proposed' WHERE id = 917401;
UPDATE partnership SET status = 'active' WHERE id = 917401;
BEGIN;
UPDATE member SET roles = '{lead}' WHERE partnership_id = 917401 AND partner_id = 917403;
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'completed' WHERE id = 917401$$, true);
ROLLBACK;
BEGIN;
UPDATE member SET roles = '{lead}' WHERE partnership_id = 917401 AND partner_id = 917403;
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'terminated', end_reason = 'Uji' WHERE id = 917401$$);
ROLLBACK;
-- the same through suspension, where the commit-time check does not look
UPDATE partnership SET status = 'suspended' WHERE id = 917401;
UPDATE member SET roles = '{lead}' WHERE partnership_id = 917401 AND partner_id = 917403;
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'completed' WHERE id = 917401$$);
SET partnership.language = 'id';
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'terminated', end_reason = 'Uji' WHERE id = 917401$$, true);
RESET partnership.language;
UPDATE member SET roles = '{implementer}' WHERE partnership_id = 917401 AND partner_id = 917403;
-- put right, it ends
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'completed' WHERE id = 917401$$);
SELECT status FROM partnership WHERE id = 917401;

-- 3. TRUNCATE of any registry table is refused (it passed every guard and
--    wrote no audit row); audit has its own refusal.
SET client_min_messages = warning;
SELECT pg_temp.try('TRUNCATE partnership.measurement', true);
SELECT c.relname, pg_temp.try(format('TRUNCATE partnership.%I CASCADE', c.relname))
FROM pg_class c
WHERE c.relnamespace = 'partnership'::regnamespace AND c.relkind = 'r'
ORDER BY 1;
RESET client_min_messages;
SELECT count(*) > 0 AS registry_still_there FROM partnership.partnership;

-- 4. A read role writes nothing: every INSERT, UPDATE, DELETE and TRUNCATE
--    on every table of both schemas, and every function that writes.
CREATE ROLE regress_si_reader;
SELECT grant_access('regress_si_reader', 'read');
SET ROLE regress_si_reader;
-- (lists the writes that were not refused with 42501: none)
SELECT c.relname, w.op, o.outcome
FROM pg_class c
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = 1
CROSS JOIN (VALUES ('insert', 'INSERT INTO partnership.%I DEFAULT VALUES'),
                   ('update', 'UPDATE partnership.%1$I SET %2$I = %2$I'),
                   ('delete', 'DELETE FROM partnership.%I'),
                   ('truncate', 'TRUNCATE partnership.%I')) AS w(op, sql)
CROSS JOIN LATERAL (SELECT pg_temp.try(format(w.sql, c.relname, a.attname)) AS outcome) o
WHERE c.relnamespace = 'partnership'::regnamespace AND c.relkind = 'r'
  AND o.outcome NOT LIKE '42501: permission denied for table %'
ORDER BY 1, 2;
SELECT count(*) AS tables_tried
FROM pg_class c WHERE c.relnamespace = 'partnership'::regnamespace AND c.relkind = 'r';
SELECT count(*) AS report_views_written
FROM pg_class c
WHERE c.relnamespace = 'partnership_report'::regnamespace AND c.relkind = 'v'
  AND pg_temp.try(format('DELETE FROM partnership_report.%I', c.relname)) = 'ok';
SELECT pg_temp.try($$SELECT partnership.grant_access('regress_si_reader', 'write')$$, true);
RESET ROLE;
DROP OWNED BY regress_si_reader;
DROP ROLE regress_si_reader;

-- 5. A schema named partnership or partnership_report that exists before
--    CREATE EXTENSION and is not the installing superuser's alone is
--    refused; on 1.0.0 its owner could later DROP SCHEMA ... CASCADE.
CREATE ROLE regress_si_squatter;
CREATE DATABASE regress_si_schema;
\c regress_si_schema
-- the shared test helper pg_temp.try(), by absolute path (pg_regress's
-- PG_ABS_SRCDIR: the test also runs from an out-of-tree build directory)
\set ECHO none
\getenv abs_srcdir PG_ABS_SRCDIR
\set try_sql :abs_srcdir '/test/regress/try.sql'
\i :try_sql
\set ECHO all
CREATE SCHEMA partnership AUTHORIZATION regress_si_squatter;
SELECT pg_temp.try('CREATE EXTENSION partnership');
DROP SCHEMA partnership;
-- owned by the installing superuser, but open to others' objects
CREATE SCHEMA partnership;
GRANT CREATE ON SCHEMA partnership TO regress_si_squatter;
SELECT pg_temp.try('CREATE EXTENSION partnership');
DROP SCHEMA partnership;
CREATE SCHEMA partnership_report AUTHORIZATION regress_si_squatter;
SELECT pg_temp.try('CREATE EXTENSION partnership');
DROP SCHEMA partnership_report;
CREATE SCHEMA partnership_report;
SELECT pg_temp.try('CREATE EXTENSION partnership');
DROP SCHEMA partnership_report;
-- owned by the installing superuser, but holding another role's operator,
-- which the script's CHECK constraints would have bound (numeric > integer)
CREATE SCHEMA partnership AUTHORIZATION regress_si_squatter;
SET ROLE regress_si_squatter;
CREATE FUNCTION partnership.gt(numeric, integer) RETURNS boolean LANGUAGE sql
	AS 'SELECT $1 OPERATOR(pg_catalog.>) $2::numeric';
CREATE OPERATOR partnership.> (LEFTARG = numeric, RIGHTARG = integer, FUNCTION = partnership.gt);
RESET ROLE;
ALTER SCHEMA partnership OWNER TO CURRENT_USER;
SELECT pg_temp.try('CREATE EXTENSION partnership');
SET client_min_messages = warning;
DROP SCHEMA partnership CASCADE;
RESET client_min_messages;
-- default privileges of the installing role would reach the registry
ALTER DEFAULT PRIVILEGES GRANT SELECT, TRIGGER ON TABLES TO PUBLIC;
SELECT replace(pg_temp.try('CREATE EXTENSION partnership'), current_user, '<installer>');
ALTER DEFAULT PRIVILEGES REVOKE SELECT, TRIGGER ON TABLES FROM PUBLIC;
-- and so would CREATE on the schemas it makes
ALTER DEFAULT PRIVILEGES GRANT CREATE ON SCHEMAS TO PUBLIC;
SELECT replace(pg_temp.try('CREATE EXTENSION partnership'), current_user, '<installer>');
ALTER DEFAULT PRIVILEGES REVOKE CREATE ON SCHEMAS FROM PUBLIC;
-- a schema partnership that the installing superuser owns alone is used
CREATE SCHEMA partnership;
SELECT pg_temp.try('CREATE EXTENSION partnership');
SELECT n.nspname, pg_get_userbyid(n.nspowner) = current_user AS installer_owns
FROM pg_namespace n WHERE n.nspname IN ('partnership', 'partnership_report') ORDER BY 1;
\c contrib_regression
DROP DATABASE regress_si_schema;
DROP ROLE regress_si_squatter;

