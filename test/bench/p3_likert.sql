-- test/bench/p3_likert.sql
--
-- Benchmark P3 (doc/performance.md): likert(score, sector) over :rows synthetic
-- responses grouped by evaluation and criterion, against the same summary
-- written in plain SQL (per-sector averages, then their mean) and against
-- plain avg(score).  Run by test/bench/p3_likert.sh in ONE psql session on
-- a throwaway cluster; it sets :rows and :respondents (respondents per
-- evaluation).
--
-- Each query runs inside the server (no rows travel to the client): the
-- grouped result is consumed by a count(*) whose WHERE reads every output
-- column, so every aggregate and final function really runs, for the three
-- queries alike.  Serial plans (no parallel workers) and a work_mem that
-- holds every group, so all three use the same HashAggregate shape and the
-- times compare the aggregation itself.  Runs are interleaved, best of 3.
\set ON_ERROR_STOP on
\pset footer off
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS partnership;
-- Load the module now, so no timed run pays for it.
SELECT partnership.likert(3::smallint, 'government') IS NOT NULL AS loaded \gset

SET max_parallel_workers_per_gather = 0;
SET work_mem = '1GB';
SET jit = off;
-- The operators of the vocabulary types live in schema partnership.
SET search_path = public, partnership;

DROP SCHEMA IF EXISTS p3 CASCADE;
CREATE SCHEMA p3;

-- :respondents respondents per evaluation, each answering the 14 criteria;
-- sectors skewed as in real partnerships (government most often), scores
-- spread over 1..5 from a hash of the row number.
CREATE UNLOGGED TABLE p3.response (
	evaluation_id int NOT NULL,
	criterion smallint NOT NULL,
	sector partnership.sector NOT NULL,
	score smallint NOT NULL
);
\timing on
INSERT INTO p3.response
SELECT i / (14 * :respondents),
	   (i % 14)::smallint,
	   (ARRAY['government', 'government', 'government', 'government',
			  'private', 'private', 'nonprofit', 'nonprofit', 'community',
			  'academia', 'media', 'international']::partnership.sector[])
		   [1 + abs(hashint8(i / 14)) % 12],
	   (1 + abs(hashint8(i)) % 5)::smallint
FROM generate_series(0, :rows - 1) AS i;
\timing off
VACUUM (FREEZE, ANALYZE) p3.response;

SELECT count(*) AS nrows, count(DISTINCT evaluation_id) AS evaluations,
	   pg_size_pretty(pg_relation_size('p3.response')) AS size
FROM p3.response \gset
SELECT count(*) AS groups
FROM (SELECT 1 FROM p3.response GROUP BY evaluation_id, criterion) g \gset

-- CPU time of this backend so far, in milliseconds, from /proc/self/stat
-- (utime + stime, fields 14 and 15, in clock ticks of 1/100 s); NULL where
-- there is no /proc.  On a shared machine the CPU time of the (serial)
-- query measures its work; wall time also counts waiting for a CPU.
CREATE FUNCTION p3.cpu_ms() RETURNS float8 LANGUAGE plpgsql AS
$$
DECLARE
	f text[];
BEGIN
	f := string_to_array(substring(pg_read_file('/proc/self/stat') FROM '\) (.*)$'), ' ');
	RETURN (f[12]::float8 + f[13]::float8) * 10;
EXCEPTION WHEN OTHERS THEN
	RETURN NULL;
END
$$;

-- Time one query inside the server: wall and CPU milliseconds.
CREATE FUNCTION p3.time_query(q text, OUT wall_ms float8, OUT cpu_ms float8)
LANGUAGE plpgsql AS
$$
DECLARE
	t0 timestamptz;
	c0 float8;
	n bigint;
BEGIN
	c0 := p3.cpu_ms();
	t0 := clock_timestamp();
	EXECUTE q INTO n;
	wall_ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
	cpu_ms := p3.cpu_ms() - c0;
	IF n <> current_setting('p3.groups')::bigint THEN
		RAISE EXCEPTION 'query returned % groups, expected %', n,
			current_setting('p3.groups');
	END IF;
END
$$;
SELECT set_config('p3.groups', :'groups', false) IS NOT NULL AS set \gset

-- The three queries.
\set q_likert 'SELECT count(*) FROM (SELECT evaluation_id, criterion, partnership.likert(score, sector) AS l FROM p3.response GROUP BY evaluation_id, criterion OFFSET 0) q WHERE l IS NOT NULL'
\set q_sql 'SELECT count(*) FROM (SELECT evaluation_id, criterion, sum(n) AS n, round(sum(s)::numeric / sum(n), 4) AS mean, round(avg(m), 4) AS balanced_mean, round(max(m) - min(m), 4) AS gap, partnership.sectors(sector) AS sectors, round((avg(m) - 1) * 25, 2) AS index, CASE WHEN round(avg(m), 4) >= 4 THEN ''strength'' WHEN round(avg(m), 4) >= 3 THEN ''borderline'' ELSE ''concern'' END AS status FROM (SELECT evaluation_id, criterion, sector, count(*) AS n, sum(score) AS s, avg(score) AS m FROM p3.response GROUP BY evaluation_id, criterion, sector) per_sector GROUP BY evaluation_id, criterion OFFSET 0) q WHERE (n, mean, balanced_mean, gap, sectors, index, status) IS NOT NULL'
\set q_avg 'SELECT count(*) FROM (SELECT evaluation_id, criterion, avg(score) AS a FROM p3.response GROUP BY evaluation_id, criterion OFFSET 0) q WHERE a IS NOT NULL'

-- The plain SQL gives the same summaries as likert(), checked on every
-- group.  Where the exact value is a half in the last decimal, likert()
-- rounds the exact fraction (44.375 -> 44.38) while the plain SQL rounds a
-- sum of repeating decimals (44.37499... -> 44.37); such one-unit
-- differences in the last place are counted apart, any other difference
-- is a mismatch.
CREATE TABLE p3.compare AS
SELECT (l).n = b.n AND (l).mean = b.mean AND (l).sectors = b.sectors
	   AND abs((l).balanced_mean - b.balanced_mean) <= 0.0001
	   AND abs((l).gap - b.gap) <= 0.0001
	   AND abs((l).index - b.index) <= 0.01
	   AND (l).status = factor_status((l).balanced_mean) AS agrees,
	   (l).balanced_mean = b.balanced_mean AND (l).gap = b.gap
	   AND (l).index = b.index AS identical
FROM (SELECT evaluation_id, criterion, partnership.likert(score, sector) AS l
	  FROM p3.response GROUP BY evaluation_id, criterion) a
JOIN (SELECT evaluation_id, criterion, sum(n) AS n, round(sum(s)::numeric / sum(n), 4) AS mean,
			 round(avg(m), 4) AS balanced_mean, round(max(m) - min(m), 4) AS gap,
			 partnership.sectors(sector) AS sectors, round((avg(m) - 1) * 25, 2) AS index
	  FROM (SELECT evaluation_id, criterion, sector, count(*) AS n, sum(score) AS s,
				   avg(score) AS m
			FROM p3.response GROUP BY evaluation_id, criterion, sector) per_sector
	  GROUP BY evaluation_id, criterion) b USING (evaluation_id, criterion);
SELECT count(*) FILTER (WHERE NOT agrees) AS mismatches,
	   count(*) FILTER (WHERE agrees AND NOT identical) AS halves,
	   count(*) AS compared
FROM p3.compare \gset
SELECT CASE WHEN :mismatches = 0 AND :compared = :groups THEN 'ok' ELSE 'MISMATCH' END AS check_groups \gset
\echo P3 check: likert() against plain SQL on :compared of :groups groups: :mismatches differ, :halves by one unit in the last place at an exact half: :check_groups

CREATE TABLE p3.runs (what text, run int, wall_ms float8, cpu_ms float8);
INSERT INTO p3.runs SELECT 'likert', 1, * FROM p3.time_query(:'q_likert');
INSERT INTO p3.runs SELECT 'sql', 1, * FROM p3.time_query(:'q_sql');
INSERT INTO p3.runs SELECT 'avg', 1, * FROM p3.time_query(:'q_avg');
INSERT INTO p3.runs SELECT 'likert', 2, * FROM p3.time_query(:'q_likert');
INSERT INTO p3.runs SELECT 'sql', 2, * FROM p3.time_query(:'q_sql');
INSERT INTO p3.runs SELECT 'avg', 2, * FROM p3.time_query(:'q_avg');
INSERT INTO p3.runs SELECT 'likert', 3, * FROM p3.time_query(:'q_likert');
INSERT INTO p3.runs SELECT 'sql', 3, * FROM p3.time_query(:'q_sql');
INSERT INTO p3.runs SELECT 'avg', 3, * FROM p3.time_query(:'q_avg');

SELECT 'P3 run: ' || what || ' #' || run || ': ' || round(wall_ms::numeric, 1)
	   || ' ms wall, ' || coalesce(round(cpu_ms::numeric) || ' ms CPU', 'no CPU time') AS run
FROM p3.runs ORDER BY what, run \g (format=unaligned tuples_only)

-- The ratios use the best CPU times where /proc gives them, else the best
-- wall times.
SELECT CASE WHEN bool_and(cpu_ms IS NOT NULL) THEN 'CPU' ELSE 'wall' END AS basis
FROM p3.runs \gset
CREATE VIEW p3.best AS
SELECT what, min(wall_ms) AS wall, min(cpu_ms) AS cpu,
	   min(CASE WHEN :'basis' = 'CPU' THEN cpu_ms ELSE wall_ms END) AS t
FROM p3.runs GROUP BY what;
SELECT round(max(wall) FILTER (WHERE what = 'likert')::numeric, 1) AS likert_ms,
	   round(max(wall) FILTER (WHERE what = 'sql')::numeric, 1) AS sql_ms,
	   round(max(wall) FILTER (WHERE what = 'avg')::numeric, 1) AS avg_ms,
	   coalesce(round(max(cpu) FILTER (WHERE what = 'likert')::numeric)::text, '-') AS likert_cpu,
	   coalesce(round(max(cpu) FILTER (WHERE what = 'sql')::numeric)::text, '-') AS sql_cpu,
	   coalesce(round(max(cpu) FILTER (WHERE what = 'avg')::numeric)::text, '-') AS avg_cpu,
	   round((max(t) FILTER (WHERE what = 'sql') / max(t) FILTER (WHERE what = 'likert'))::numeric, 2) AS sql_ratio,
	   round((max(t) FILTER (WHERE what = 'likert') / max(t) FILTER (WHERE what = 'avg'))::numeric, 2) AS avg_ratio,
	   round((max(wall) FILTER (WHERE what = 'sql') / max(wall) FILTER (WHERE what = 'likert'))::numeric, 2) AS sql_ratio_wall,
	   round((max(wall) FILTER (WHERE what = 'likert') / max(wall) FILTER (WHERE what = 'avg'))::numeric, 2) AS avg_ratio_wall
FROM p3.best \gset

\echo P3 sizes: :nrows responses, :evaluations evaluations x 14 criteria = :groups groups, :respondents respondents per evaluation, table :size
\echo P3 best of 3, wall: likert :likert_ms ms, plain SQL :sql_ms ms, avg :avg_ms ms (ratios :sql_ratio_wall and :avg_ratio_wall)
\echo P3 best of 3, CPU: likert :likert_cpu ms, plain SQL :sql_cpu ms, avg :avg_cpu ms
\echo P3 plain-SQL/likert ratio = :sql_ratio (target >= 3) (:basis time; rows :nrows, groups :groups)
\echo P3 likert/avg ratio = :avg_ratio (target <= 1.3) (:basis time; rows :nrows, groups :groups)
SELECT CASE WHEN :sql_ratio >= 3 AND :avg_ratio <= 1.3 THEN 'PASS' ELSE 'FAIL' END AS verdict \gset
\echo P3 summary: :verdict (likert is :sql_ratio x faster than plain SQL, target >= 3; :avg_ratio x avg, target <= 1.3; :basis time; :nrows rows)

DROP SCHEMA p3 CASCADE;
