--
-- security_attacks: what a role holding only grant_access(role, 'write')
-- tries in order to gain more (doc/security.md).  Each attack below
-- succeeded on release 1.0.0's library.  Roles start with regress_sa_,
-- codes with SA-, ids with 91730.
--
SET search_path = partnership, public;

-- the shared test helper pg_temp.try(), by absolute path (pg_regress's
-- PG_ABS_SRCDIR: the test also runs from an out-of-tree build directory)
\set ECHO none
\getenv abs_srcdir PG_ABS_SRCDIR
\set try_sql :abs_srcdir '/test/regress/try.sql'
\i :try_sql
\set ECHO all

-- An active partnership with one lead, and a completed one.
INSERT INTO partner (id, name, sector) VALUES
	(917301, 'SA Dinas', 'government'), (917302, 'SA Swasta', 'private'),
	(917303, 'SA Yayasan', 'nonprofit');
INSERT INTO partnership (id, code, name, formality, horizon, objectives, owner_id, starts_on)
VALUES (917301, 'SA-ACTIVE', 'Serangan aktif', 'informal', 'operational', '{Uji}', 917301, current_date),
       (917302, 'SA-DONE', 'Serangan selesai', 'informal', 'operational', '{Uji}', 917301, current_date);
INSERT INTO member (partnership_id, partner_id, roles) VALUES
	(917301, 917301, '{lead}'), (917301, 917302, '{implementer}'), (917301, 917303, '{implementer}'),
	(917302, 917301, '{lead}'), (917302, 917302, '{implementer}');
UPDATE partnership SET status = 'proposed' WHERE id IN (917301, 917302);
UPDATE partnership SET status = 'active' WHERE id IN (917301, 917302);
UPDATE partnership SET status = 'completed' WHERE id = 917302;

CREATE ROLE regress_sa_writer;
SELECT grant_access('regress_sa_writer', 'write');
GRANT TEMPORARY ON DATABASE contrib_regression TO regress_sa_writer;

-- 1. The escalation: a temporary view named like a registry table, whose
--    column calls the attacker's function, and the registry's guard
--    attached to the attacker's own temporary table.  On 1.0.0 the guard
--    read the view as the registry owner: the function ran as a superuser,
--    and the guard kept that plan for the session's real writes.  The
--    attack needs a session whose guard has not prepared its plan yet.
\c contrib_regression
SET search_path = partnership, public;
-- the shared test helper pg_temp.try(), by absolute path (pg_regress's
-- PG_ABS_SRCDIR: the test also runs from an out-of-tree build directory)
\set ECHO none
\getenv abs_srcdir PG_ABS_SRCDIR
\set try_sql :abs_srcdir '/test/regress/try.sql'
\i :try_sql
\set ECHO all
SET ROLE regress_sa_writer;
CREATE FUNCTION pg_temp.escalate() RETURNS partnership.partnership_status
LANGUAGE plpgsql AS $$
BEGIN
	EXECUTE 'ALTER ROLE regress_sa_writer SUPERUSER';
	RETURN 'draft';
END $$;
CREATE TEMP TABLE base (id bigint, code text);
INSERT INTO base SELECT id, code FROM partnership.partnership;
CREATE TEMP VIEW partnership AS SELECT id, pg_temp.escalate() AS status, code FROM pg_temp.base;
CREATE TEMP TABLE mine (partnership_id bigint);
CREATE TRIGGER steal BEFORE INSERT ON mine
	FOR EACH ROW EXECUTE FUNCTION partnership.partnership_guard_trigger();
SELECT pg_temp.try($$INSERT INTO mine VALUES (917302)$$);
-- the next real writes: into the completed partnership, and a second lead
SELECT pg_temp.try($$INSERT INTO partnership.member (partnership_id, partner_id, roles)
	VALUES (917302, 917303, '{funder}')$$);
-- (the commit-time check refuses the second lead: the COMMIT fails)
BEGIN;
SELECT pg_temp.try($$UPDATE partnership.member SET roles = '{lead}'
	WHERE partnership_id = 917301 AND partner_id = 917302$$);
COMMIT;
RESET ROLE;
SELECT rolsuper FROM pg_roles WHERE rolname = 'regress_sa_writer';
SELECT partner_id, roles FROM partnership.member WHERE partnership_id IN (917301, 917302)
ORDER BY partnership_id, partner_id;
SELECT rule FROM partnership.check(917301) WHERE severity = 'error';

-- 2. Every trigger function of the extension, attached by the writer to
--    a table of its own, refuses with 42501 before doing anything; the
--    list comes from the catalogue, so a new trigger function is covered.
SET ROLE regress_sa_writer;
CREATE TEMP TABLE target (id bigint, partnership_id bigint, status text, name text,
	kind text, code text, amount numeric, commitment_id bigint, evaluation_id bigint,
	agreement_id bigint, partner_id bigint, sector text, builtin boolean,
	value numeric, description_en text, description_id text);
CREATE FUNCTION pg_temp.attach_each() RETURNS TABLE (function_name name, outcome text)
LANGUAGE plpgsql AS $$
DECLARE f record; timing text;
BEGIN
	FOR f IN SELECT p.proname FROM pg_proc p
		JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
		JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'partnership'
		WHERE p.prorettype = 'trigger'::regtype ORDER BY 1
	LOOP
		FOREACH timing IN ARRAY ARRAY['BEFORE', 'AFTER'] LOOP
			EXECUTE format('CREATE TRIGGER t_%s %s INSERT ON pg_temp.target FOR EACH ROW EXECUTE FUNCTION partnership.%I(%L)',
						   timing, timing, f.proname, 'partnership_id');
		END LOOP;
		function_name := f.proname;
		outcome := pg_temp.try($i$INSERT INTO pg_temp.target (id, partnership_id, status, name, kind, code, builtin)
			VALUES (1, 917301, 'draft', 'x', 'pks', 'x', false)$i$);
		RETURN NEXT;
		EXECUTE 'DROP TRIGGER t_BEFORE ON pg_temp.target';
		EXECUTE 'DROP TRIGGER t_AFTER ON pg_temp.target';
		function_name := f.proname || ' (statement)';
		EXECUTE format('CREATE TRIGGER t_stmt BEFORE TRUNCATE ON pg_temp.target FOR EACH STATEMENT EXECUTE FUNCTION partnership.%I(%L)',
					   f.proname, 'partnership_id');
		outcome := pg_temp.try('TRUNCATE pg_temp.target');
		RETURN NEXT;
		EXECUTE 'DROP TRIGGER t_stmt ON pg_temp.target';
	END LOOP;
END $$;
SELECT function_name, outcome FROM pg_temp.attach_each();
SELECT count(*) AS rows_written_to_target FROM pg_temp.target;
RESET ROLE;

-- 3. Shadowing: temporary tables named like every registry table, and a
--    schema placed before pg_catalog holding the functions and operators
--    the owner-run code uses.  The writer's whole workflow runs with them
--    in place (fresh plans and kept ones), and none of them is touched.
CREATE SCHEMA regress_sa_evil AUTHORIZATION regress_sa_writer;
SET ROLE regress_sa_writer;
CREATE FUNCTION regress_sa_evil.trap() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'shadow called: search_path hijacked'; END $$;
CREATE FUNCTION regress_sa_evil.eq8(bigint, bigint) RETURNS boolean LANGUAGE sql AS 'SELECT regress_sa_evil.trap()';
CREATE OPERATOR regress_sa_evil.= (LEFTARG = bigint, RIGHTARG = bigint, FUNCTION = regress_sa_evil.eq8);
CREATE FUNCTION regress_sa_evil.eqt(text, text) RETURNS boolean LANGUAGE sql AS 'SELECT regress_sa_evil.trap()';
CREATE OPERATOR regress_sa_evil.= (LEFTARG = text, RIGHTARG = text, FUNCTION = regress_sa_evil.eqt);
CREATE FUNCTION regress_sa_evil.net(text, text) RETURNS boolean LANGUAGE sql AS 'SELECT regress_sa_evil.trap()';
CREATE OPERATOR regress_sa_evil.<> (LEFTARG = text, RIGHTARG = text, FUNCTION = regress_sa_evil.net);
CREATE FUNCTION regress_sa_evil.gtn(numeric, numeric) RETURNS boolean LANGUAGE sql AS 'SELECT regress_sa_evil.trap()';
CREATE OPERATOR regress_sa_evil.> (LEFTARG = numeric, RIGHTARG = numeric, FUNCTION = regress_sa_evil.gtn);
CREATE FUNCTION regress_sa_evil.cat(text, text) RETURNS text LANGUAGE sql AS 'SELECT CASE WHEN regress_sa_evil.trap() THEN $1 END';
CREATE OPERATOR regress_sa_evil.|| (LEFTARG = text, RIGHTARG = text, FUNCTION = regress_sa_evil.cat);
CREATE FUNCTION regress_sa_evil.btrim(text) RETURNS text LANGUAGE sql AS 'SELECT CASE WHEN regress_sa_evil.trap() THEN $1 END';
CREATE FUNCTION regress_sa_evil.round(numeric) RETURNS numeric LANGUAGE sql AS 'SELECT CASE WHEN regress_sa_evil.trap() THEN $1 END';
CREATE FUNCTION regress_sa_evil.sum(numeric) RETURNS numeric LANGUAGE sql AS 'SELECT CASE WHEN regress_sa_evil.trap() THEN $1 END';
CREATE FUNCTION regress_sa_evil.to_jsonb(anyelement) RETURNS jsonb LANGUAGE sql AS 'SELECT CASE WHEN regress_sa_evil.trap() THEN NULL::jsonb END';
CREATE FUNCTION regress_sa_evil.now() RETURNS timestamptz LANGUAGE sql AS 'SELECT CASE WHEN regress_sa_evil.trap() THEN NULL::timestamptz END';
CREATE FUNCTION regress_sa_evil.make_interval(years int DEFAULT 0, months int DEFAULT 0, weeks int DEFAULT 0, days int DEFAULT 0, hours int DEFAULT 0, mins int DEFAULT 0, secs double precision DEFAULT 0)
	RETURNS interval LANGUAGE sql AS 'SELECT CASE WHEN regress_sa_evil.trap() THEN NULL::interval END';
DO $$
DECLARE t name;
BEGIN
	FOR t IN SELECT c.relname FROM pg_class c
		WHERE c.relnamespace = 'partnership'::regnamespace AND c.relkind = 'r' AND c.relname <> 'partnership'
	LOOP
		EXECUTE format('CREATE TEMP TABLE %I (id bigint, partnership_id bigint, name text, code text)', t);
	END LOOP;
END $$;
SET search_path = pg_temp, regress_sa_evil, partnership, pg_catalog, public;
-- a partnership from draft to active, an agreement signed, money disbursed
INSERT INTO partnership.partnership (id, code, name, formality, horizon, objectives, owner_id, starts_on)
VALUES (917303, 'SA-SHADOW', 'Bayangan', 'formal', 'operational', '{Uji}', 917301, current_date);
INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on) VALUES
	(917303, 917301, '{lead}', current_date), (917303, 917302, '{funder}', current_date);
INSERT INTO partnership.commitment (id, partnership_id, partner_id, kind, amount)
VALUES (917301, 917303, 917302, 'cash', 100);
INSERT INTO partnership.agreement (id, partnership_id, kind, number, effective_from, effective_to, objectives)
VALUES (917301, 917303, 'pks', 'SA/PKS/1', current_date, current_date + 300, '{Uji}');
INSERT INTO partnership.agreement_party (agreement_id, partnership_id, partner_id, roles,
	responsibilities, signatory_name, signed_on)
SELECT 917301, 917303, partner_id, roles, '{Tugas}', 'Nama', current_date
FROM partnership.member WHERE partnership_id = 917303;
INSERT INTO partnership.agreement_clause (agreement_id, partnership_id, kind, body)
SELECT 917301, 917303, code, 'Pasal' FROM partnership.clause_kind WHERE required;
UPDATE partnership.agreement SET status = 'signed' WHERE id = 917301;
UPDATE partnership.partnership SET status = 'proposed' WHERE id = 917303;
UPDATE partnership.partnership SET status = 'active' WHERE id = 917303;
INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount, paid_on)
VALUES (917301, 917303, 60, current_date);
SELECT pg_temp.try($$INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount, paid_on)
	VALUES (917301, 917303, 60, current_date)$$);
SELECT rule, severity FROM partnership.check(917303) ORDER BY rule;
-- the rules still bite at commit, through the same shadows
BEGIN;
UPDATE partnership.member SET roles = '{lead,funder}' WHERE partnership_id = 917303 AND partner_id = 917302;
SELECT pg_temp.try('SET CONSTRAINTS ALL IMMEDIATE');
ROLLBACK;
RESET search_path;
RESET ROLE;
SET search_path = partnership, public;
SELECT status FROM partnership.partnership WHERE id = 917303;
SELECT relation, operation, count(*) FROM partnership.audit WHERE partnership_id = 917303
GROUP BY 1, 2 ORDER BY 1, 2;
-- the setting merge (an INSERT of a setting that exists folds onto its
-- row, as pg_restore needs) under the same shadows
SELECT value AS s_value, description_en AS s_en, description_id AS s_id
FROM partnership.setting WHERE name = 'expiry_warning_days' \gset
SET search_path = regress_sa_evil, pg_catalog;
INSERT INTO partnership.setting (name, value, description_en, description_id)
VALUES ('expiry_warning_days', :s_value, :'s_en', :'s_id');
RESET search_path;
SELECT count(*), min(value) FROM partnership.setting WHERE name = 'expiry_warning_days';
SET client_min_messages = warning;
DROP SCHEMA regress_sa_evil CASCADE;
RESET client_min_messages;

-- 4. What the writer may not do at all: write the audit trail, the rule
--    catalogue, the settings, the clause kinds and criteria; truncate.
SET ROLE regress_sa_writer;
SELECT t, pg_temp.try(sql) FROM (VALUES
	('audit insert', $$INSERT INTO partnership.audit (relation, operation, row_key) VALUES ('x', 'INSERT', '{}')$$),
	('audit update', $$UPDATE partnership.audit SET relation = 'x'$$),
	('audit delete', $$DELETE FROM partnership.audit$$),
	('rule update', $$UPDATE partnership.rule SET severity = 'warning'$$),
	('rule insert', $$INSERT INTO partnership.rule (code) VALUES ('x')$$),
	('setting update', $$UPDATE partnership.setting SET value = 1$$),
	('clause_kind insert', $$INSERT INTO partnership.clause_kind (code, label_en, label_id) VALUES ('x', 'x', 'x')$$),
	('criterion delete', $$DELETE FROM partnership.criterion$$),
	('truncate member', $$TRUNCATE partnership.member$$),
	('grant itself admin', $$SELECT partnership.grant_access('regress_sa_writer', 'admin')$$)
) AS a(t, sql);
RESET ROLE;

DROP OWNED BY regress_sa_writer;
DROP ROLE regress_sa_writer;
