-- test/bench/p5_copy.sql
--
-- Benchmark P5 (SPEC 11): COPY in and out of :rows rows with sector and role
-- columns, against the same table with native enums of the same labels.
-- Run by test/bench/p5_copy.sh in ONE psql session (so the module stays
-- loaded from start to end) on a throwaway cluster; it sets :rows,
-- :'datafile' (written here once, read by every COPY FROM) and :'outfile'
-- (overwritten by every COPY TO).  Both tables are UNLOGGED, so neither
-- COPY FROM pays for WAL and the times compare the type input and output
-- functions rather than the disk.
\set ON_ERROR_STOP on
\pset footer off
SET client_min_messages = warning;

CREATE EXTENSION IF NOT EXISTS partnership;

-- Load the module now: every timed COPY then runs the loaded library.
SELECT 'government'::partnership.sector AS loaded \gset

DROP SCHEMA IF EXISTS p5 CASCADE;
CREATE SCHEMA p5;

CREATE TYPE p5.sector_enum AS ENUM
	('government', 'private', 'nonprofit', 'community', 'academia', 'media',
	 'international');
CREATE TYPE p5.role_enum AS ENUM
	('lead', 'funder', 'manager', 'implementer', 'advisor', 'provider',
	 'beneficiary', 'evaluator');

CREATE UNLOGGED TABLE p5.a (id int, sector partnership.sector, role partnership.role);
CREATE UNLOGGED TABLE p5.b (id int, sector p5.sector_enum, role p5.role_enum);

-- Time one COPY statement inside the server, in milliseconds.
CREATE FUNCTION p5.time_copy(stmt text, truncate_first regclass DEFAULT NULL)
	RETURNS float8
	LANGUAGE plpgsql AS
$$
DECLARE
	t0 timestamptz;
BEGIN
	IF truncate_first IS NOT NULL THEN
		EXECUTE format('TRUNCATE %s', truncate_first);
	END IF;
	t0 := clock_timestamp();
	EXECUTE stmt;
	RETURN extract(epoch FROM clock_timestamp() - t0) * 1000;
END
$$;

-- The data, once: canonical words (the only spellings an enum accepts),
-- every sector and role equally often and in every combination.
SELECT p5.time_copy(format(
	$q$COPY (SELECT i,
				   (ARRAY['government','private','nonprofit','community',
						  'academia','media','international'])[1 + i %% 7],
				   (ARRAY['lead','funder','manager','implementer','advisor',
						  'provider','beneficiary','evaluator'])[1 + (i / 7) %% 8]
			 FROM generate_series(1, %s) AS i) TO %L$q$,
	:rows, :'datafile')) AS gen_ms \gset
\echo P5 generated :rows rows in :gen_ms ms

-- COPY FROM, interleaved A, B, A, B, A, B; each run truncates first (one
-- transaction per call, so the previous run's files are gone).
CREATE TABLE p5.runs (what text, tbl text, run int, ms float8);
\set copy_a_in 'COPY p5.a FROM ' :'datafile'
\set copy_b_in 'COPY p5.b FROM ' :'datafile'
INSERT INTO p5.runs SELECT 'in', 'a', 1, p5.time_copy(:'copy_a_in', 'p5.a');
INSERT INTO p5.runs SELECT 'in', 'b', 1, p5.time_copy(:'copy_b_in', 'p5.b');
INSERT INTO p5.runs SELECT 'in', 'a', 2, p5.time_copy(:'copy_a_in', 'p5.a');
INSERT INTO p5.runs SELECT 'in', 'b', 2, p5.time_copy(:'copy_b_in', 'p5.b');
INSERT INTO p5.runs SELECT 'in', 'a', 3, p5.time_copy(:'copy_a_in', 'p5.a');
INSERT INTO p5.runs SELECT 'in', 'b', 3, p5.time_copy(:'copy_b_in', 'p5.b');

-- Set hint bits and the visibility map before reading, so no COPY TO pays
-- for that.
VACUUM (FREEZE, ANALYZE) p5.a, p5.b;

-- Both tables must hold the same rows.
SELECT count(*) AS rows_a FROM p5.a \gset
SELECT count(*) AS rows_b FROM p5.b \gset
SELECT count(*) AS mismatches
  FROM p5.a JOIN p5.b USING (id)
 WHERE a.sector::text <> b.sector::text OR a.role::text <> b.role::text \gset
SELECT CASE WHEN :rows_a = :rows AND :rows_b = :rows AND :mismatches = 0
			THEN 'ok' ELSE 'MISMATCH' END AS check_rows \gset
\echo P5 check: a :rows_a rows, b :rows_b rows, :mismatches differing rows: :check_rows

-- COPY TO, interleaved likewise.
\set copy_a_out 'COPY p5.a TO ' :'outfile'
\set copy_b_out 'COPY p5.b TO ' :'outfile'
INSERT INTO p5.runs SELECT 'out', 'a', 1, p5.time_copy(:'copy_a_out');
INSERT INTO p5.runs SELECT 'out', 'b', 1, p5.time_copy(:'copy_b_out');
INSERT INTO p5.runs SELECT 'out', 'a', 2, p5.time_copy(:'copy_a_out');
INSERT INTO p5.runs SELECT 'out', 'b', 2, p5.time_copy(:'copy_b_out');
INSERT INTO p5.runs SELECT 'out', 'a', 3, p5.time_copy(:'copy_a_out');
INSERT INTO p5.runs SELECT 'out', 'b', 3, p5.time_copy(:'copy_b_out');

-- Every run, then the ratios of the best runs.
SELECT 'P5 run: COPY ' || upper(what) || ' table ' || tbl || ' #' || run
	   || ': ' || round(ms::numeric, 1) || ' ms' AS run
  FROM p5.runs ORDER BY what, run, tbl \g (format=unaligned tuples_only)

SELECT pg_size_pretty(pg_relation_size('p5.a')) AS size_a,
	   pg_size_pretty(pg_relation_size('p5.b')) AS size_b,
	   pg_size_pretty((pg_stat_file(:'datafile')).size) AS size_file \gset

SELECT round((min(ms) FILTER (WHERE what = 'in' AND tbl = 'a'))::numeric, 1) AS in_a,
	   round((min(ms) FILTER (WHERE what = 'in' AND tbl = 'b'))::numeric, 1) AS in_b,
	   round((min(ms) FILTER (WHERE what = 'out' AND tbl = 'a'))::numeric, 1) AS out_a,
	   round((min(ms) FILTER (WHERE what = 'out' AND tbl = 'b'))::numeric, 1) AS out_b,
	   round((min(ms) FILTER (WHERE what = 'in' AND tbl = 'a') /
			  min(ms) FILTER (WHERE what = 'in' AND tbl = 'b'))::numeric, 3) AS ratio_in,
	   round((min(ms) FILTER (WHERE what = 'out' AND tbl = 'a') /
			  min(ms) FILTER (WHERE what = 'out' AND tbl = 'b'))::numeric, 3) AS ratio_out
  FROM p5.runs \gset

\echo P5 copy-in ratio = :ratio_in (rows :rows, file :size_file; best of 3: vocabulary :in_a ms, enum :in_b ms; tables :size_a vs :size_b)
\echo P5 copy-out ratio = :ratio_out (rows :rows; best of 3: vocabulary :out_a ms, enum :out_b ms)

SELECT CASE WHEN :ratio_in <= 1.1 AND :ratio_out <= 1.1 AND :'check_rows' = 'ok'
			THEN 'PASS' ELSE 'FAIL' END AS verdict \gset
\echo P5 summary: :verdict (copy-in :ratio_in x, copy-out :ratio_out x, target <= 1.1 x, :rows rows)

DROP SCHEMA p5 CASCADE;
