-- test/bench/p5_copy.sql
--
-- Benchmark P5 (doc/performance.md): COPY in and out of :rows rows with sector and role
-- columns, against the same table with native enums of the same labels.
-- Run by test/bench/p5_copy.sh in ONE psql session (so the module stays
-- loaded from start to end) on a throwaway cluster; it sets :rows,
-- :'datafile' (written here once, read by every COPY FROM) and :'outfile'
-- (overwritten by every COPY TO).  Both tables are UNLOGGED, so neither
-- COPY FROM pays for WAL and the times compare the type input and output
-- functions rather than the disk.  Each COPY is timed in the server, by
-- wall clock and by the backend's CPU time; the ratios use CPU time when
-- it can be read (Linux), since on a busy machine the wall clock also
-- counts the time the backend waits for a core.
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

-- CPU time (user + system) of this backend so far, in milliseconds, from
-- Linux's /proc/self/stat (utime and stime in USER_HZ = 100 ticks per
-- second); NULL where that is not readable.  The ratios use CPU time: on a
-- shared machine the wall clock also counts time spent waiting for a core.
CREATE FUNCTION p5.cpu_ms()
	RETURNS float8
	LANGUAGE plpgsql AS
$$
DECLARE
	f text[];
BEGIN
	f := string_to_array(regexp_replace(pg_read_file('/proc/self/stat'),
										'^.*\) ', ''), ' ');
	RETURN (f[12]::float8 + f[13]::float8) * 10;
EXCEPTION
	WHEN OTHERS THEN
		RETURN NULL;
END
$$;

-- Time one COPY statement inside the server: wall clock and CPU, in ms.
CREATE FUNCTION p5.time_copy(stmt text, truncate_first regclass DEFAULT NULL,
							 OUT wall_ms float8, OUT cpu_ms float8)
	LANGUAGE plpgsql AS
$$
DECLARE
	t0 timestamptz;
	c0 float8;
BEGIN
	IF truncate_first IS NOT NULL THEN
		EXECUTE format('TRUNCATE %s', truncate_first);
	END IF;
	c0 := p5.cpu_ms();
	t0 := clock_timestamp();
	EXECUTE stmt;
	wall_ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
	cpu_ms := p5.cpu_ms() - c0;
END
$$;

-- The data, once: canonical words (the only spellings an enum accepts),
-- every sector and role equally often and in every combination.
SELECT round((p5.time_copy(format(
	$q$COPY (SELECT i,
				   (ARRAY['government','private','nonprofit','community',
						  'academia','media','international'])[1 + i %% 7],
				   (ARRAY['lead','funder','manager','implementer','advisor',
						  'provider','beneficiary','evaluator'])[1 + (i / 7) %% 8]
			 FROM generate_series(1, %s) AS i) TO %L$q$,
	:rows, :'datafile'))).wall_ms::numeric) AS gen_ms \gset
\echo P5 generated :rows rows in :gen_ms ms

-- COPY FROM, interleaved A, B, A, B, A, B; each run truncates first (one
-- transaction per call, so the previous run's files are gone).
CREATE TABLE p5.runs (what text, tbl text, run int, ms float8, cpu float8);
\set copy_a_in 'COPY p5.a FROM ' :'datafile'
\set copy_b_in 'COPY p5.b FROM ' :'datafile'
INSERT INTO p5.runs SELECT 'in', 'a', 1, * FROM p5.time_copy(:'copy_a_in', 'p5.a');
INSERT INTO p5.runs SELECT 'in', 'b', 1, * FROM p5.time_copy(:'copy_b_in', 'p5.b');
INSERT INTO p5.runs SELECT 'in', 'a', 2, * FROM p5.time_copy(:'copy_a_in', 'p5.a');
INSERT INTO p5.runs SELECT 'in', 'b', 2, * FROM p5.time_copy(:'copy_b_in', 'p5.b');
INSERT INTO p5.runs SELECT 'in', 'a', 3, * FROM p5.time_copy(:'copy_a_in', 'p5.a');
INSERT INTO p5.runs SELECT 'in', 'b', 3, * FROM p5.time_copy(:'copy_b_in', 'p5.b');

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
INSERT INTO p5.runs SELECT 'out', 'a', 1, * FROM p5.time_copy(:'copy_a_out');
INSERT INTO p5.runs SELECT 'out', 'b', 1, * FROM p5.time_copy(:'copy_b_out');
INSERT INTO p5.runs SELECT 'out', 'a', 2, * FROM p5.time_copy(:'copy_a_out');
INSERT INTO p5.runs SELECT 'out', 'b', 2, * FROM p5.time_copy(:'copy_b_out');
INSERT INTO p5.runs SELECT 'out', 'a', 3, * FROM p5.time_copy(:'copy_a_out');
INSERT INTO p5.runs SELECT 'out', 'b', 3, * FROM p5.time_copy(:'copy_b_out');

-- Every run, then the ratios of the best runs: of CPU time when it could
-- be read, else of the wall clock (shown too).
SELECT 'P5 run: COPY ' || upper(what) || ' table ' || tbl || ' #' || run
	   || ': ' || round(ms::numeric) || ' ms wall, '
	   || coalesce(round(cpu::numeric) || ' ms CPU', 'CPU time unknown') AS run
  FROM p5.runs ORDER BY what, run, tbl \g (format=unaligned tuples_only)

SELECT pg_size_pretty(pg_relation_size('p5.a')) AS size_a,
	   pg_size_pretty(pg_relation_size('p5.b')) AS size_b,
	   pg_size_pretty((pg_stat_file(:'datafile')).size) AS size_file \gset

CREATE VIEW p5.best AS
SELECT what,
	   min(ms) FILTER (WHERE tbl = 'a') AS wall_a,
	   min(ms) FILTER (WHERE tbl = 'b') AS wall_b,
	   min(cpu) FILTER (WHERE tbl = 'a') AS cpu_a,
	   min(cpu) FILTER (WHERE tbl = 'b') AS cpu_b,
	   bool_and(cpu IS NOT NULL) AS have_cpu
  FROM p5.runs GROUP BY what;

SELECT what,
	   CASE WHEN have_cpu THEN 'CPU' ELSE 'wall-clock' END AS basis,
	   round((CASE WHEN have_cpu THEN cpu_a / cpu_b ELSE wall_a / wall_b END)::numeric, 3) AS ratio,
	   round((wall_a / wall_b)::numeric, 3) AS wall_ratio,
	   round(wall_a::numeric) AS wall_a, round(wall_b::numeric) AS wall_b,
	   coalesce(round(cpu_a::numeric)::text, '?') AS cpu_a,
	   coalesce(round(cpu_b::numeric)::text, '?') AS cpu_b
  FROM p5.best WHERE what = 'in' \gset in_
SELECT what,
	   CASE WHEN have_cpu THEN 'CPU' ELSE 'wall-clock' END AS basis,
	   round((CASE WHEN have_cpu THEN cpu_a / cpu_b ELSE wall_a / wall_b END)::numeric, 3) AS ratio,
	   round((wall_a / wall_b)::numeric, 3) AS wall_ratio,
	   round(wall_a::numeric) AS wall_a, round(wall_b::numeric) AS wall_b,
	   coalesce(round(cpu_a::numeric)::text, '?') AS cpu_a,
	   coalesce(round(cpu_b::numeric)::text, '?') AS cpu_b
  FROM p5.best WHERE what = 'out' \gset out_

\echo P5 copy-in ratio = :in_ratio (:in_basis time, best of 3; rows :rows, file :size_file, tables :size_a vs :size_b; vocabulary :in_cpu_a ms CPU / :in_wall_a ms wall, enum :in_cpu_b ms CPU / :in_wall_b ms wall; wall-clock ratio :in_wall_ratio)
\echo P5 copy-out ratio = :out_ratio (:out_basis time, best of 3; rows :rows; vocabulary :out_cpu_a ms CPU / :out_wall_a ms wall, enum :out_cpu_b ms CPU / :out_wall_b ms wall; wall-clock ratio :out_wall_ratio)

SELECT CASE WHEN :in_ratio <= 1.1 AND :out_ratio <= 1.1 AND :'check_rows' = 'ok'
			THEN 'PASS' ELSE 'FAIL' END AS verdict \gset
\echo P5 summary: :verdict (copy-in :in_ratio x, copy-out :out_ratio x, :in_basis time, target <= 1.1 x, :rows rows)

DROP SCHEMA p5 CASCADE;
