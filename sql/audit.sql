--
-- audit: one row per INSERT, UPDATE and DELETE on every registry table,
-- with who, when, what, key and before/after images; append-only.
--
SET search_path = partnership, public;
SET partnership.language = 'en';

\set ECHO none
\getenv abs_srcdir PG_ABS_SRCDIR
\set try_sql :abs_srcdir '/test/regress/try.sql'
\i :try_sql
\set ECHO all

-- every registry table but audit has the audit trigger
SELECT c.relname, (SELECT string_agg(t.tgname, ',' ORDER BY t.tgname) FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname LIKE 'p90_audit%') AS audited
FROM pg_class c
WHERE c.relnamespace = 'partnership'::regnamespace AND c.relkind = 'r'
ORDER BY c.relname;

SELECT coalesce(max(id), 0) AS start FROM audit \gset

INSERT INTO partner (id, name, sector) VALUES (5001, 'Dinas Sosial', 'pemerintah'), (5002, 'Radio Kota', 'media');
INSERT INTO partnership (id, code, name, formality, horizon, owner_id, starts_on)
VALUES (5001, 'AUD-1', 'Siaran sehat', 'informal', 'operational', 5001, current_date);
INSERT INTO member (partnership_id, partner_id, roles) VALUES (5001, 5001, '{lead}'), (5001, 5002, '{implementer}');
UPDATE member SET title = 'Mitra media' WHERE partnership_id = 5001 AND partner_id = 5002;
UPDATE member SET title = title WHERE partnership_id = 5001;
DELETE FROM member WHERE partnership_id = 5001 AND partner_id = 5002;
UPDATE partnership SET status = 'proposed' WHERE id = 5001;
-- failed statements leave no audit row
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'completed' WHERE id = 5001$$);
SELECT pg_temp.try($$INSERT INTO partnership.member (partnership_id, partner_id) VALUES (5001, 5001)$$);
-- nor do rolled-back ones
BEGIN;
INSERT INTO activity (partnership_id, name) VALUES (5001, 'rolled back');
ROLLBACK;

SELECT relation, operation, partnership_id, row_key,
       actor = current_user AS by_me, session_actor = session_user AS in_my_session,
       old ->> 'title' AS old_title, new ->> 'title' AS new_title,
       new ->> 'status' AS new_status
FROM audit WHERE id > :start ORDER BY id;
SELECT count(*) AS audit_rows FROM audit WHERE id > :start;

-- the images are complete rows, typed as jsonb
SELECT jsonb_typeof(new) AS kind, new ? 'roles' AS has_roles, new -> 'roles' AS roles
FROM audit WHERE id > :start AND relation = 'member' AND operation = 'INSERT' ORDER BY id LIMIT 1;

-- the images are exactly to_jsonb() of the row (dates, arrays, vocabulary
-- types, numbers), the key is the primary key, at is the transaction's start
BEGIN;
INSERT INTO commitment (partnership_id, partner_id, kind, amount, description)
VALUES (5001, 5001, 'cash', 1250000.50, 'Dana siaran');
SELECT a.new = to_jsonb(c) AS new_exact, a.old IS NULL AS no_old,
       a.row_key = jsonb_build_object('id', c.id) AS key_exact,
       a.partnership_id = c.partnership_id AS partnership_ok, a.at = now() AS at_now
FROM audit a JOIN commitment c ON a.row_key = jsonb_build_object('id', c.id)
WHERE a.id > :start AND a.relation = 'commitment';
ROLLBACK;
SELECT a.new = to_jsonb(p) AS new_exact, a.old = to_jsonb(p) - 'status' || '{"status": "draft"}' AS old_exact,
       a.row_key = jsonb_build_object('id', p.id) AS key_exact
FROM audit a JOIN partnership p ON p.id = 5001
WHERE a.id > :start AND a.relation = 'partnership' AND a.operation = 'UPDATE';
SELECT a.new = to_jsonb(m) AS new_exact,
       a.row_key = jsonb_build_object('partnership_id', 5001, 'partner_id', 5001) AS key_exact
FROM audit a JOIN member m ON (m.partnership_id, m.partner_id) = (5001, 5001)
WHERE a.id = (SELECT max(id) FROM audit WHERE relation = 'member' AND row_key ->> 'partner_id' = '5001');

-- the function also works FOR EACH ROW
BEGIN;
ALTER TABLE partner DISABLE TRIGGER p90_audit_insert, DISABLE TRIGGER p90_audit_update;
CREATE TRIGGER audit_row AFTER INSERT OR UPDATE ON partner
	FOR EACH ROW EXECUTE FUNCTION audit_trigger();
INSERT INTO partner (id, name, sector) VALUES (5003, 'Koperasi Tani', 'komunitas'), (5004, 'Kampus Negeri', 'akademisi');
UPDATE partner SET name = name || ' (baru)' WHERE id IN (5003, 5004);
SELECT a.operation, a.row_key, a.partnership_id, a.new = to_jsonb(p) AS new_exact, a.old ->> 'name' AS old_name
FROM audit a JOIN partner p ON a.row_key = jsonb_build_object('id', p.id)
WHERE a.id > :start AND a.relation = 'partner' AND p.id IN (5003, 5004)
ORDER BY a.id;
ROLLBACK;

-- actor is current_user, session_actor the login role
CREATE ROLE regress_partnership_clerk;
CREATE FUNCTION public.regress_definer_activity(activity_name text) RETURNS void
	LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog
	AS $$INSERT INTO partnership.activity (partnership_id, name) VALUES (5001, activity_name)$$;
GRANT USAGE ON SCHEMA partnership TO regress_partnership_clerk;
GRANT SELECT, INSERT ON partnership.activity TO regress_partnership_clerk;
GRANT USAGE ON SEQUENCE partnership.activity_id_seq TO regress_partnership_clerk;
SET ROLE regress_partnership_clerk;
INSERT INTO activity (partnership_id, name) VALUES (5001, 'Siaran perdana');
-- calling itself pg_restore does not let a non-superuser skip the triggers,
-- nor a superuser's SECURITY DEFINER function it calls (nor a cascade), where
-- the current user is the superuser
SET application_name = 'pg_restore';
INSERT INTO activity (partnership_id, name) VALUES (5001, 'Siaran kedua');
SELECT public.regress_definer_activity('Siaran definer');
RESET application_name;
-- a clerk cannot touch audit
SELECT pg_temp.try($$SELECT count(*) FROM partnership.audit$$);
RESET ROLE;
SELECT relation, operation, CASE WHEN actor = session_user THEN 'the definer' ELSE actor::text END AS actor,
	session_actor = session_user AS login_role
FROM audit WHERE id > :start AND relation = 'activity' ORDER BY id;
DELETE FROM activity WHERE partnership_id = 5001;
-- a renamed role is recorded by its new name
ALTER ROLE regress_partnership_clerk RENAME TO regress_partnership_clerk2;
SET ROLE regress_partnership_clerk2;
INSERT INTO activity (partnership_id, name) VALUES (5001, 'Siaran ketiga');
RESET ROLE;
SELECT actor FROM audit WHERE relation = 'activity' AND new ->> 'name' = 'Siaran ketiga';
ALTER ROLE regress_partnership_clerk2 RENAME TO regress_partnership_clerk;
DELETE FROM activity WHERE partnership_id = 5001;
REVOKE ALL ON partnership.activity FROM regress_partnership_clerk;
REVOKE ALL ON SEQUENCE partnership.activity_id_seq FROM regress_partnership_clerk;
REVOKE ALL ON SCHEMA partnership FROM regress_partnership_clerk;
DROP ROLE regress_partnership_clerk;
DROP FUNCTION public.regress_definer_activity(text);

-- multi-row statements: one audit row per row, paired old/new images
-- (small work_mem: the transition tables spill to disk, several batches)
SELECT coalesce(max(id), 0) AS mark FROM audit \gset
SET work_mem = '64kB';
INSERT INTO activity (partnership_id, name) SELECT 5001, 'Siaran ' || g FROM generate_series(1, 2500) g;
UPDATE activity SET name = name || ' (ulang)' WHERE partnership_id = 5001;
SELECT operation, count(*), count(*) FILTER (WHERE old ->> 'name' || ' (ulang)' = new ->> 'name' AND old -> 'id' = new -> 'id' AND row_key -> 'id' = new -> 'id') AS paired
FROM audit WHERE id > :mark GROUP BY operation ORDER BY operation;
DELETE FROM activity WHERE partnership_id = 5001;
RESET work_mem;
SELECT operation, count(*) FROM audit WHERE id > :mark GROUP BY operation ORDER BY operation;

-- a DBA's own insert triggers on audit fire for every audit row (the trail
-- is then written row by row instead of in batches)
BEGIN;
CREATE TABLE pg_temp.audit_seen (relation text, operation text);
CREATE FUNCTION pg_temp.audit_seen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO pg_temp.audit_seen VALUES (NEW.relation, NEW.operation);
	RETURN NEW;
END $$;
CREATE TRIGGER audit_seen AFTER INSERT ON audit
	FOR EACH ROW EXECUTE FUNCTION pg_temp.audit_seen();
INSERT INTO activity (partnership_id, name) SELECT 5001, 'Siaran ' || g FROM generate_series(1, 70) g;
SELECT relation, operation, count(*) FROM pg_temp.audit_seen GROUP BY 1, 2;
ROLLBACK;

-- a DBA's changes to the trail's table: another column gets its default;
-- a column whose type was changed is refused, not written wrongly
BEGIN;
ALTER TABLE audit ADD COLUMN reviewed text NOT NULL DEFAULT 'not yet';
INSERT INTO activity (partnership_id, name) SELECT 5001, 'Rapat ' || g FROM generate_series(1, 3) g;
SELECT count(*), min(reviewed) FROM audit WHERE relation = 'activity' AND new ->> 'name' LIKE 'Rapat %';
SAVEPOINT s;
ALTER TABLE audit ALTER COLUMN actor TYPE text;
SELECT pg_temp.try($$INSERT INTO partnership.activity (partnership_id, name) VALUES (5001, 'Rapat 4')$$);
ROLLBACK TO s;
ROLLBACK;

-- a cast to json changes how to_jsonb renders a type: the images follow
BEGIN;
INSERT INTO partner (id, name, sector) VALUES (5005, 'Sebelum cast', 'media');
CREATE FUNCTION public.sector_as_json(partnership.sector) RETURNS json
	LANGUAGE sql IMMUTABLE AS $$SELECT json_build_object('sector', $1::text)$$;
CREATE CAST (partnership.sector AS json) WITH FUNCTION public.sector_as_json(partnership.sector);
INSERT INTO partner (id, name, sector) VALUES (5006, 'Sesudah cast', 'media');
SELECT p.id, a.new -> 'sector' AS sector_image, a.new = to_jsonb(p) AS new_exact
FROM audit a JOIN partner p ON a.row_key = jsonb_build_object('id', p.id)
WHERE p.id IN (5005, 5006) ORDER BY p.id;
ROLLBACK;

-- a DBA's own columns, whatever their names, and a dropped one: the
-- images still have to_jsonb's keys in to_jsonb's order
BEGIN;
ALTER TABLE partner ADD COLUMN a int, ADD COLUMN zz_remark_of_the_dba text;
INSERT INTO partner (id, name, sector, a, zz_remark_of_the_dba) VALUES (5007, 'Kolom tambahan', 'media', 7, 'catatan');
SELECT p.id, a.new ->> 'zz_remark_of_the_dba' AS remark, a.new -> 'a' AS a,
	a.new = to_jsonb(p) AS new_exact, a.row_key
FROM audit a JOIN partner p ON a.row_key = jsonb_build_object('id', p.id)
WHERE p.id = 5007;
ALTER TABLE partner DROP COLUMN a;
UPDATE partner SET name = 'Kolom dihapus' WHERE id = 5007;
SELECT p.id, a.old ? 'a' AS old_has_a, a.new ? 'a' AS new_has_a,
	a.new = to_jsonb(p) AS new_exact, a.old = to_jsonb(p) || '{"name": "Kolom tambahan"}' AS old_exact
FROM audit a JOIN partner p ON a.row_key = jsonb_build_object('id', p.id)
WHERE p.id = 5007 AND a.operation = 'UPDATE';
ROLLBACK;

-- catalogue edits are audited too
BEGIN;
UPDATE rule SET description_en = description_en || ' (audited)' WHERE code = 'risk_unmitigated';
SELECT relation, operation, row_key, old ->> 'builtin' AS was_builtin, new ->> 'builtin' AS builtin
FROM audit WHERE id > :start AND relation = 'rule';
ROLLBACK;

-- audit is append-only, whoever asks (even its owner)
-- (the first row this test wrote: ids of rolled-back writes are not reused)
SELECT min(id) AS first_row FROM audit WHERE id > :start \gset
SELECT pg_temp.try(format('UPDATE partnership.audit SET actor = %L WHERE id = %s', 'nobody', :first_row));
SELECT pg_temp.try(format('DELETE FROM partnership.audit WHERE id = %s', :first_row));
SELECT pg_temp.try('TRUNCATE partnership.audit');
SELECT count(*) AS audit_rows FROM audit WHERE id > :start;
