--
-- lifecycle: partnership status transitions (doc/registry.md) and the read-only
-- final states.  Runs in one transaction with every rule switched off, so
-- that only the transition table is tested here (activation rules are
-- tested with the rules); everything is rolled back at the end.
--
SET search_path = partnership, public;
SET partnership.language = 'en';

\set ECHO none
\getenv abs_srcdir PG_ABS_SRCDIR
\set try_sql :abs_srcdir '/test/regress/try.sql'
\i :try_sql
\set ECHO all

BEGIN;
UPDATE rule SET severity = 'off';

INSERT INTO partner (id, name, sector) VALUES
	(2001, 'Bappeda', 'pemerintah'), (2002, 'PT Lintas', 'swasta'), (2003, 'Komunitas Hijau', 'komunitas');

-- a partnership starts as draft or proposed, nothing else
SELECT pg_temp.try($$INSERT INTO partnership.partnership (code, name, formality, horizon, status) VALUES ('LC-new-a', 'x', 'informal', 'operational', 'active')$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.partnership (code, name, formality, horizon, status) VALUES ('LC-new-c', 'x', 'informal', 'operational', 'selesai')$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.partnership (code, name, formality, horizon, status) VALUES ('LC-new-p', 'x', 'informal', 'operational', 'diusulkan')$$, true);
-- from proposed on, an owner and a first day
SELECT pg_temp.try($$INSERT INTO partnership.partnership (code, name, formality, horizon, status, owner_id) VALUES ('LC-new-q', 'x', 'informal', 'operational', 'diusulkan', 2001)$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.partnership (code, name, formality, horizon, status, owner_id, starts_on) VALUES ('LC-new-r', 'x', 'informal', 'operational', 'diusulkan', 2001, current_date)$$, true);

-- every pair of statuses: walk a fresh partnership to "from", then try "to"
CREATE FUNCTION pg_temp.walk(from_status text) RETURNS text[] LANGUAGE sql AS $$
	SELECT CASE from_status
		WHEN 'draft' THEN '{}'::text[]
		WHEN 'proposed' THEN '{proposed}'
		WHEN 'active' THEN '{proposed,active}'
		WHEN 'suspended' THEN '{proposed,active,suspended}'
		WHEN 'completed' THEN '{proposed,active,completed}'
		WHEN 'terminated' THEN '{proposed,active,terminated}' END
$$;
CREATE TEMP TABLE transitions (from_status text, to_status text, result text);
DO $$
DECLARE
	f text; t text; s text; pid bigint; n int := 0;
	statuses text[] := '{draft,proposed,active,suspended,completed,terminated}';
BEGIN
	FOREACH f IN ARRAY statuses LOOP
		FOREACH t IN ARRAY statuses LOOP
			n := n + 1;
			INSERT INTO partnership (code, name, formality, horizon, owner_id, starts_on)
			VALUES ('LC-' || n, 'walk ' || f || ' to ' || t, 'informal', 'operational',
				2001, current_date - 400)
			RETURNING id INTO pid;
			FOREACH s IN ARRAY pg_temp.walk(f) LOOP
				UPDATE partnership SET status = s::partnership_status,
					end_reason = CASE WHEN s = 'terminated' THEN 'walked there' END
				WHERE id = pid;
			END LOOP;
			INSERT INTO transitions VALUES (f, t, pg_temp.try(format(
				'UPDATE partnership.partnership SET status = %L, end_reason = %L WHERE id = %s',
				t, CASE WHEN t = 'terminated' THEN 'tried' END, pid), true));
		END LOOP;
	END LOOP;
END $$;
SELECT from_status, to_status, result FROM transitions ORDER BY from_status::partnership_status, to_status::partnership_status;

-- Indonesian status words work for transitions too
INSERT INTO partnership (id, code, name, formality, horizon, owner_id, objectives, starts_on)
VALUES (2001, 'LC-ID', 'Kemitraan hijau', 'informal', 'operasional', 2001, '{Hijaukan kota}', current_date - 400);
UPDATE partnership SET status = 'diusulkan' WHERE id = 2001;
UPDATE partnership SET status = 'aktif' WHERE id = 2001;
UPDATE partnership SET status = 'ditangguhkan' WHERE id = 2001;
UPDATE partnership SET status = 'berjalan' WHERE id = 2001;
SELECT code, status FROM partnership WHERE id = 2001;

-- rows of a live partnership change freely
INSERT INTO member VALUES (2001, 2001, '{lead}'), (2001, 2002, '{funder}');
INSERT INTO activity (id, partnership_id, name) VALUES (2001, 2001, 'Tanam pohon');
INSERT INTO assignment VALUES (2001, 2001, 2001, 'A');
INSERT INTO commitment (id, partnership_id, partner_id, amount) VALUES (2001, 2001, 2002, 1000);
INSERT INTO disbursement (commitment_id, partnership_id, amount) VALUES (2001, 2001, 100);
INSERT INTO indicator (id, partnership_id, code, name) VALUES (2001, 2001, 'TREES', 'Trees planted');
INSERT INTO measurement VALUES (2001, 2001, current_date - 200, 50);
INSERT INTO evaluation (id, partnership_id, period_end) VALUES (2001, 2001, current_date - 100);
INSERT INTO response VALUES (2001, 2001, 2001, 'trust', 4, NULL);
INSERT INTO evaluation (id, partnership_id, kind, period_end) VALUES (2002, 2001, 'midterm', current_date - 90);
INSERT INTO response VALUES (2002, 2001, 2001, 'trust', 3, NULL);
INSERT INTO risk (id, partnership_id, challenge, likelihood, impact) VALUES (2001, 2001, 'coordination', 2, 2);
INSERT INTO agreement (id, partnership_id, kind, number) VALUES (2001, 2001, 'mou', 'MOU-LC');
INSERT INTO agreement_party (agreement_id, partnership_id, partner_id) VALUES (2001, 2001, 2001);
INSERT INTO agreement_clause (agreement_id, partnership_id, kind) VALUES (2001, 2001, 'object');
UPDATE member SET title = 'Ketua' WHERE partnership_id = 2001 AND partner_id = 2001;

-- completion makes the partnership and every row of it read-only, but for
-- the final report (measurements, a final evaluation, an evaluation still
-- open at the end, and their responses), which stays open for setting
-- final_report_days after ended_on
UPDATE partnership SET status = 'completed' WHERE id = 2001;
SELECT pg_temp.try($$UPDATE partnership.partnership SET name = 'renamed' WHERE id = 2001$$, true);
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'active' WHERE id = 2001$$, true);
SELECT pg_temp.try($$DELETE FROM partnership.partnership WHERE id = 2001$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.member VALUES (2001, 2003, '{beneficiary}')$$, true);
SELECT pg_temp.try($$UPDATE partnership.member SET title = 'x' WHERE partnership_id = 2001$$, true);
SELECT pg_temp.try($$DELETE FROM partnership.member WHERE partnership_id = 2001 AND partner_id = 2002$$, true);
SELECT pg_temp.try($$UPDATE partnership.activity SET status = 'done' WHERE id = 2001$$, true);
SELECT pg_temp.try($$DELETE FROM partnership.assignment WHERE activity_id = 2001$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.commitment (partnership_id, partner_id, amount) VALUES (2001, 2001, 5)$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount) VALUES (2001, 2001, 1)$$, true);
SELECT pg_temp.try($$UPDATE partnership.indicator SET target = 100 WHERE id = 2001$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.measurement VALUES (2001, 2001, current_date - 50, 70)$$, true);
-- the monitoring evaluation still open at the end is answered and closed
-- (1.1.0 before this: it stayed open for ever), keeping its kind; once
-- closed it is kept as it was
SELECT pg_temp.try($$UPDATE partnership.evaluation SET kind = 'midterm' WHERE id = 2001$$);
SELECT pg_temp.try($$UPDATE partnership.response SET score = 5 WHERE evaluation_id = 2001$$, true);
SELECT pg_temp.try($$UPDATE partnership.evaluation SET status = 'closed' WHERE id = 2001$$, true);
SELECT pg_temp.try($$UPDATE partnership.response SET score = 4 WHERE evaluation_id = 2001$$);
SELECT pg_temp.try($$INSERT INTO partnership.evaluation (partnership_id, kind, period_end) VALUES (2001, 'monitoring', current_date - 1)$$);
-- or deleted with its responses (1.1.0 before this: the responses' guard
-- no longer found the evaluation being deleted, and refused)
SELECT pg_temp.try($$DELETE FROM partnership.evaluation WHERE id = 2002$$);
SELECT pg_temp.try($$UPDATE partnership.risk SET status = 'closed' WHERE id = 2001$$, true);
SELECT pg_temp.try($$UPDATE partnership.agreement SET title = 'x' WHERE id = 2001$$, true);
SELECT pg_temp.try($$DELETE FROM partnership.agreement_party WHERE agreement_id = 2001$$, true);
SELECT pg_temp.try($$DELETE FROM partnership.agreement_clause WHERE agreement_id = 2001$$, true);
-- a row cannot be moved out of (or into) a final partnership either
INSERT INTO partnership (id, code, name, formality, horizon, owner_id, starts_on) VALUES (2002, 'LC-OTHER', 'other', 'informal', 'operational', 2001, current_date - 400);
SELECT pg_temp.try($$UPDATE partnership.risk SET partnership_id = 2002 WHERE id = 2001$$, true);
-- the partner itself is not part of the partnership and stays editable
SELECT pg_temp.try($$UPDATE partnership.partner SET name = 'PT Lintas Nusantara' WHERE id = 2002$$, true);

-- within one transaction: a row added, the partnership completed, then no
-- more rows (the guard's per-transaction cache is forgotten on the change)
INSERT INTO partnership (id, code, name, formality, horizon, owner_id, starts_on) VALUES (2003, 'LC-ONE', 'one', 'informal', 'operational', 2001, current_date - 400);
UPDATE partnership SET status = 'proposed' WHERE id = 2003;
UPDATE partnership SET status = 'active' WHERE id = 2003;
INSERT INTO activity (partnership_id, name) VALUES (2003, 'first');
UPDATE partnership SET status = 'completed' WHERE id = 2003;
SELECT pg_temp.try($$INSERT INTO partnership.activity (partnership_id, name) VALUES (2003, 'second')$$, true);
-- a rolled-back savepoint releases nothing the guard still relies on
SAVEPOINT s1;
SELECT pg_temp.try($$INSERT INTO partnership.activity (partnership_id, name) VALUES (2003, 'third')$$, true);
ROLLBACK TO SAVEPOINT s1;
SELECT pg_temp.try($$INSERT INTO partnership.activity (partnership_id, name) VALUES (2003, 'fourth')$$, true);
SELECT count(*) AS activities FROM activity WHERE partnership_id = 2003;

-- terminated is final too
UPDATE partnership SET status = 'proposed' WHERE id = 2002;
UPDATE partnership SET status = 'active' WHERE id = 2002;
UPDATE partnership SET status = 'terminated', end_reason = 'Dana tidak tersedia' WHERE id = 2002;
SELECT pg_temp.try($$INSERT INTO partnership.activity (partnership_id, name) VALUES (2002, 'late')$$, true);
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'completed' WHERE id = 2002$$, true);

ROLLBACK;
