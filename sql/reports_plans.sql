--
-- Plans of the report views on a registry of realistic size (the benchmark
-- generator, test/bench/generate.sql, 3000 partnerships, triggers off,
-- ANALYZE): every view read whole runs set-based (hash joins over the
-- tables, no correlated subquery: no SubPlan, no nested loop over a large
-- table), and every view filtered on partnership_id or partnership_code
-- reads the large tables through their indexes only (no Seq Scan on them);
-- and, on the first 1 000 of them, no whole read regroups anything twice.
-- Everything is rolled back at the end.  See doc/reports.md, "Plans".
--
\getenv abs_srcdir PG_ABS_SRCDIR
SET client_min_messages = warning;
BEGIN;
\set ECHO none
\i :abs_srcdir/test/bench/generate.sql
\set ECHO all
SET LOCAL session_replication_role = replica;
SELECT bench.make_partners(1250) IS NULL AS made;
SELECT count(bench.load_one(i)) AS loaded FROM generate_series(1, 1000) AS i;
SELECT bench.enrich(min(id), max(id)) IS NULL AS enriched
FROM partnership.partnership WHERE code LIKE 'BP-%';
ANALYZE;

-- Read whole, no grouping runs more than once: an Aggregate rescanned
-- below a nested loop regroups its input once per outer row (the
-- partnerships view did so once per closed evaluation while its filter on
-- the evaluations' status was a cast to text, which the planner guessed
-- at 0.5 % of the rows, and did so at 1 000 partnerships, not at 3 000).
-- Executed, serially, so that Actual Loops counts the groupings, on the
-- first 1 000 partnerships before the other 2 000 are loaded.
SET LOCAL max_parallel_workers_per_gather = 0;
CREATE FUNCTION pg_temp.executed_plan(query text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
	plan jsonb;
BEGIN
	EXECUTE 'EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ' || query INTO plan;
	RETURN plan;
END $$;
SELECT c.relname AS view,
	(SELECT count(*) FROM jsonb_path_query(pg_temp.executed_plan(format('SELECT * FROM partnership_report.%I', c.relname)),
		'strict $.** ? (@."Node Type" == "Aggregate" && @."Actual Loops" > 1)')) AS regroupings
FROM pg_class c
WHERE c.relnamespace = 'partnership_report'::regnamespace AND c.relkind = 'v'
ORDER BY 1;
RESET max_parallel_workers_per_gather;

SELECT count(bench.load_one(i)) AS loaded FROM generate_series(1001, 3000) AS i;
SELECT bench.enrich(min(id), max(id)) IS NULL AS enriched
FROM partnership.partnership WHERE code LIKE 'BP-%' AND code > 'BP-0001000';
ANALYZE;

-- The tables that grow with the registry (a Seq Scan on one of them in a
-- filtered plan reads the whole registry): those the generator filled
-- with 500 rows or more; not audit (the views do not read it) and not the
-- partner pool (organisations, shared by the partnerships: the planner may
-- hash the pool whole rather than probe it 80-odd times for one
-- partnership's respondents, while it holds a few thousand rows).
CREATE TEMP TABLE large_table (relname name);
DO $$
DECLARE t name; n bigint;
BEGIN
	FOR t IN SELECT c.relname FROM pg_class c
		WHERE c.relnamespace = 'partnership'::regnamespace AND c.relkind = 'r'
		  AND c.relname NOT IN ('audit', 'partner')
	LOOP
		EXECUTE format('SELECT count(*) FROM partnership.%I', t) INTO n;
		IF n >= 500 THEN
			INSERT INTO large_table VALUES (t);
		END IF;
	END LOOP;
END $$;
SELECT string_agg(relname, ', ' ORDER BY relname) AS large_tables FROM large_table;

-- The shape of a plan: the large tables read whole, whether any index is
-- used, SubPlans, nested loops whose inner side is a large table read
-- whole, hash joins.
CREATE FUNCTION pg_temp.plan_shape(query text,
	OUT seq_scans text, OUT index_scans boolean, OUT subplans int, OUT hash_joins int)
LANGUAGE plpgsql AS $$
DECLARE
	line text;
	rel text;
	seqs text[] := '{}';
BEGIN
	index_scans := false; subplans := 0; hash_joins := 0;
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
		IF line ~ 'Seq Scan on ' THEN
			rel := substring(line FROM 'Seq Scan on (\w+)');
			IF rel IN (SELECT relname FROM large_table) THEN
				seqs := seqs || rel;
			END IF;
		ELSIF line ~ 'Index (Only )?Scan|Bitmap Index Scan' THEN
			index_scans := true;
		END IF;
		IF line ~ 'SubPlan' THEN
			subplans := subplans + 1;
		END IF;
		IF line ~ 'Hash (Left |Right |Full |Anti |Semi )?Join' THEN
			hash_joins := hash_joins + 1;
		END IF;
	END LOOP;
	SELECT string_agg(DISTINCT s, ',' ORDER BY s) INTO seq_scans FROM unnest(seqs) s;
END $$;

SELECT id AS pid, code AS pcode FROM partnership.partnership WHERE code = 'BP-0001234' \gset

-- Filtered by partnership_id and by partnership_code: indexes only.
SELECT c.relname AS view,
	i.seq_scans AS by_id_seq_scans, i.index_scans AS by_id_index, i.subplans AS by_id_subplans,
	k.seq_scans AS by_code_seq_scans, k.index_scans AS by_code_index
FROM pg_class c
CROSS JOIN LATERAL pg_temp.plan_shape(format('SELECT * FROM partnership_report.%I WHERE partnership_id = %s',
	c.relname, :pid)) i
CROSS JOIN LATERAL pg_temp.plan_shape(format('SELECT * FROM partnership_report.%I WHERE partnership_code = %L',
	c.relname, :'pcode')) k
WHERE c.relnamespace = 'partnership_report'::regnamespace AND c.relkind = 'v'
ORDER BY 1;

-- Read whole: set-based (hash joins, no SubPlan).
SELECT c.relname AS view, f.subplans, f.hash_joins > 0 AS hash_joins
FROM pg_class c
CROSS JOIN LATERAL pg_temp.plan_shape(format('SELECT * FROM partnership_report.%I', c.relname)) f
WHERE c.relnamespace = 'partnership_report'::regnamespace AND c.relkind = 'v'
ORDER BY 1;

-- The shared definitions are inlined: EXPLAIN VERBOSE of a full scan
-- names none of them (a call left would run once per row).
CREATE FUNCTION pg_temp.calls_left(query text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	line text;
	found text[] := '{}';
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (VERBOSE, COSTS OFF) ' || query LOOP
		found := found || ARRAY(SELECT m[1] FROM regexp_matches(line,
			'(is_current_member|is_effective|is_in_force|is_blank|report_findings|setting)\(', 'g') AS m);
	END LOOP;
	RETURN (SELECT string_agg(DISTINCT f, ',' ORDER BY f) FROM unnest(found) f);
END $$;
SELECT c.relname AS view, pg_temp.calls_left(format('SELECT * FROM partnership_report.%I', c.relname)) AS calls_left
FROM pg_class c
WHERE c.relnamespace = 'partnership_report'::regnamespace AND c.relkind = 'v'
ORDER BY 1;

-- The shared definitions' filters are estimated from the columns'
-- statistics (a vocabulary compared with its type's own =, not as text).
SELECT q AS filter,
	(x -> 0 -> 'Plan' ->> 'Plan Rows')::numeric
		/ greatest((x -> 0 -> 'Plan' ->> 'Actual Rows')::numeric, 1) BETWEEN 0.5 AND 2 AS estimated
FROM unnest(ARRAY[
	'agreement a WHERE partnership.is_effective(a.status, a.effective_from, a.effective_to)',
	'agreement a WHERE partnership.is_in_force(a.kind, a.status, a.effective_from, a.effective_to)']) AS q
CROSS JOIN LATERAL pg_temp.executed_plan('SELECT * FROM partnership.' || q) AS x;

ROLLBACK;
-- ANALYZE wrote the generated registry's sizes into pg_class in place
-- (not undone by the rollback): measure the tables again for later tests.
ANALYZE;
