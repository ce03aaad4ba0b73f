--
-- rules_paths: every way of asking the rules gives the same answer.
-- Activation, the commit-time check, check() and check_all() all judge
-- the same facts (src/rules/facts.c) with the same code
-- (src/rules/judge.c): on the benchmark generator's 88 deliberately
-- broken drafts (22 defects on each of the four types;
-- test/bench/generate.sql), with every rule made an error, activation must
-- fail with exactly the rules and messages check() reports beforehand, in
-- the same order, or succeed when check() reports no error; and
-- check_all(), which reads the whole registry in one pass, must give
-- check()'s rows for every partnership.
--
SET search_path = partnership, public;
SET partnership.language = 'en';
\set ECHO none
\set QUIET on
-- the generator by absolute path (pg_regress's PG_ABS_SRCDIR), so that the
-- test also runs from an out-of-tree build directory
\getenv abs_srcdir PG_ABS_SRCDIR
\set generate_sql :abs_srcdir '/test/bench/generate.sql'
\i :generate_sql
\set QUIET off
\set ECHO all

SELECT bench.make_partners(200) AS pool;
CREATE TEMP TABLE drafts AS SELECT id FROM bench.load_broken(1) AS id;
SELECT count(*) AS broken_drafts FROM drafts;
-- and 40 valid partnerships, activated (some have an evaluation due)
CALL bench.load(1001, 1040);
CREATE TEMP TABLE actives AS
SELECT id FROM partnership.partnership WHERE code BETWEEN 'BP-0001001' AND 'BP-0001040';
SELECT count(*) AS active FROM actives;

-- the activation attempt of one draft: 'activated' or the error's detail
CREATE FUNCTION pg_temp.activation(pid bigint) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	detail text;
	cn text;
BEGIN
	UPDATE partnership.partnership SET status = 'proposed' WHERE id = pid;
	UPDATE partnership.partnership SET status = 'active' WHERE id = pid;
	RAISE EXCEPTION 'rollback' USING ERRCODE = 'P0001', DETAIL = 'activated';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL, cn = CONSTRAINT_NAME;
	RETURN coalesce(nullif(cn, ''), '-') || ' ' || detail;
END $$;

-- what check() says that activation must report
CREATE FUNCTION pg_temp.expected(pid bigint) RETURNS text LANGUAGE sql AS $$
	SELECT CASE WHEN count(*) = 0 THEN '- activated'
		ELSE (array_agg(c.rule ORDER BY c.n))[1]
			|| CASE count(*) WHEN 1 THEN ' Failing rule (1): '
				ELSE format(' Failing rules (%s): ', count(*)) END
			|| string_agg(c.rule || ': ' || c.message, '; ' ORDER BY c.n) || '.' END
	FROM partnership.check(pid) WITH ORDINALITY AS c(rule, severity, message, detail, n)
	WHERE c.severity = 'error'
$$;

BEGIN;
-- every rule an error; evaluation_due off: it depends on the status itself
UPDATE partnership.rule SET severity = 'error';
UPDATE partnership.rule SET severity = 'off' WHERE code = 'evaluation_due';
-- every clause kind required, of every agreement however long ago it was
-- signed (required_since NULL; made required, a kind applies only to
-- agreements signed from that day on): the signed PKSs now lack the
-- optional ones (agreement_clauses, whose message lists them in text order)
UPDATE partnership.clause_kind SET required = true WHERE NOT required;
UPDATE partnership.clause_kind SET required_since = NULL;
SELECT count(*) AS drafts,
       count(*) FILTER (WHERE pg_temp.activation(id) = pg_temp.expected(id)) AS agree,
       count(*) FILTER (WHERE pg_temp.expected(id) = '- activated') AS activate
FROM drafts;
-- the disagreements, if any
SELECT code, pg_temp.expected(id) AS check, pg_temp.activation(id) AS activation
FROM partnership.partnership JOIN drafts USING (id)
WHERE pg_temp.activation(id) IS DISTINCT FROM pg_temp.expected(id)
ORDER BY code;
-- each rule the drafts break is seen by both paths
SELECT c.rule, count(*) AS drafts
FROM drafts p, partnership.check(p.id) c
WHERE c.severity = 'error'
GROUP BY c.rule ORDER BY c.rule;
ROLLBACK;

-- the commit-time check of an active partnership fails for exactly the
-- error rules its transaction broke, with check()'s messages: errors the
-- partnership already had before (time's, or the catalogue's) do not make
-- a change fail (doc/rules.md, "Time").  The change: a partner joins as a
-- second lead, without being a party of the agreement in force.
CREATE FUNCTION pg_temp.errors_of(pid bigint) RETURNS TABLE (rule text, message text, n bigint)
LANGUAGE sql AS $$
	SELECT c.rule, c.message, c.n
	FROM partnership.check(pid) WITH ORDINALITY AS c(rule, severity, message, detail, n)
	WHERE c.severity = 'error'
$$;
CREATE FUNCTION pg_temp.commit_check(pid bigint, OUT expected text, OUT actual text)
LANGUAGE plpgsql AS $$
DECLARE
	detail text;
	cn text;
BEGIN
	CREATE TEMP TABLE before_change ON COMMIT DROP AS SELECT * FROM pg_temp.errors_of(pid);
	BEGIN
		INSERT INTO partnership.member (partnership_id, partner_id, roles)
		SELECT pid, min(pt.id), 'lead' FROM partnership.partner pt
		WHERE NOT EXISTS (SELECT 1 FROM partnership.member m
						  WHERE m.partnership_id = pid AND m.partner_id = pt.id);
		SELECT CASE WHEN count(*) = 0 THEN '- activated'
			ELSE (array_agg(e.rule ORDER BY e.n))[1]
				|| CASE count(*) WHEN 1 THEN ' Failing rule (1): '
					ELSE format(' Failing rules (%s): ', count(*)) END
				|| string_agg(e.rule || ': ' || e.message, '; ' ORDER BY e.n) || '.' END
		INTO expected
		FROM pg_temp.errors_of(pid) e
		WHERE e.rule NOT IN (SELECT b.rule FROM before_change b);
		SET CONSTRAINTS ALL IMMEDIATE;
		RAISE EXCEPTION 'rollback' USING ERRCODE = 'P0001', DETAIL = 'activated';
	EXCEPTION WHEN OTHERS THEN
		GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL, cn = CONSTRAINT_NAME;
		actual := coalesce(nullif(cn, ''), '-') || ' ' || detail;
	END;
	DROP TABLE before_change;
END $$;

BEGIN;
UPDATE partnership.rule SET severity = 'error';
UPDATE partnership.clause_kind SET required = true WHERE NOT required;
UPDATE partnership.clause_kind SET required_since = NULL;
CREATE TEMP TABLE commit_checks AS
SELECT a.id, c.expected, c.actual FROM actives a, pg_temp.commit_check(a.id) c;
SELECT count(*) AS active,
       count(*) FILTER (WHERE expected = actual) AS agree,
       count(*) FILTER (WHERE expected LIKE '%single_lead%') AS single_lead,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM pg_temp.errors_of(id) e
									  WHERE e.rule = 'evaluation_due')) AS evaluation_due_excused
FROM commit_checks;
SELECT p.code, x.expected AS check, x.actual AS commit_check
FROM partnership.partnership p JOIN commit_checks x USING (id)
WHERE x.actual IS DISTINCT FROM x.expected
ORDER BY p.code;
ROLLBACK;

-- check_all() (one pass, merged scans) and check() per row of a query
-- against check() of one partnership at a time (probes), with every rule
-- on and every clause kind required: no difference in any row, and the
-- same number of rows
BEGIN;
UPDATE partnership.rule SET severity = 'warning' WHERE severity = 'off';
UPDATE partnership.clause_kind SET required = true WHERE NOT required;
UPDATE partnership.clause_kind SET required_since = NULL;
\set QUIET on
-- check() one partnership at a time (each statement its own query) ...
CREATE FUNCTION pg_temp.one_by_one() RETURNS TABLE (partnership_id bigint, rule text,
	severity text, message text, detail jsonb) LANGUAGE plpgsql AS $$
DECLARE pid bigint;
BEGIN
	FOR pid IN SELECT id FROM partnership.partnership ORDER BY id LOOP
		RETURN QUERY SELECT pid, c.* FROM partnership.check(pid) c;
	END LOOP;
END $$;
CREATE TEMP TABLE one_by_one AS SELECT * FROM pg_temp.one_by_one();
-- ... check() per row of one query, as the report views call it (after 32
-- calls it judges the whole registry in one pass) ...
CREATE TEMP TABLE per_row AS
SELECT p.id AS partnership_id, c.*
FROM partnership.partnership p, partnership.check(p.id) c;
-- ... and check_all()
CREATE TEMP TABLE all_at_once AS SELECT * FROM partnership.check_all();
CREATE TEMP TABLE generated AS
SELECT id AS partnership_id FROM drafts UNION SELECT id FROM actives;
\set QUIET off
-- (counted on the generator's partnerships; compared on every partnership
-- the database holds, which depends on the tests run before)
SELECT (SELECT count(*) FROM one_by_one o JOIN generated g USING (partnership_id)) AS one_by_one,
       (SELECT count(*) FROM all_at_once a JOIN generated g USING (partnership_id)) AS all_at_once,
       (SELECT count(DISTINCT partnership_id) FROM all_at_once a JOIN generated g USING (partnership_id)) AS partnerships,
       (SELECT count(*) FROM one_by_one) = (SELECT count(*) FROM all_at_once) AS same_count,
       (SELECT count(*) FROM one_by_one) = (SELECT count(*) FROM per_row) AS same_count_per_row;
(SELECT * FROM one_by_one EXCEPT ALL SELECT * FROM all_at_once)
UNION ALL
(SELECT * FROM all_at_once EXCEPT ALL SELECT * FROM one_by_one);
(SELECT * FROM one_by_one EXCEPT ALL SELECT * FROM per_row)
UNION ALL
(SELECT * FROM per_row EXCEPT ALL SELECT * FROM one_by_one);
-- in partnership_id order, then catalogue order (as check() orders them)
SELECT count(*) AS out_of_order
FROM (SELECT partnership_id, rule,
             lag(partnership_id) OVER () AS prev_id
      FROM all_at_once) x
WHERE x.partnership_id < x.prev_id;
ROLLBACK;

-- the scans trust an index only if it leads with the columns they probe:
-- one a DBA re-created differently is refused, not misread
BEGIN;
DROP INDEX partnership.risk_partnership_idx;
CREATE INDEX risk_partnership_idx ON partnership.risk (owner_id, partnership_id);
-- (no context: it names this session's temporary schema, pg_temp_N)
\set SHOW_CONTEXT never
SELECT c.actual FROM pg_temp.commit_check((SELECT min(id) FROM actives)) c;
\set SHOW_CONTEXT errors
ROLLBACK;

SET client_min_messages = warning;
DROP SCHEMA bench CASCADE;
RESET client_min_messages;
