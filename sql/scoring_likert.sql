--
-- likert(score, sector): exact, sector-balanced summary of 1-5 scores.
-- Every expected value below is computed by hand in the comment above it.
--
SET search_path = partnership, public;
\set VERBOSITY default

CREATE TABLE scoring_likert_r (
	grp text NOT NULL,
	score smallint,
	sector partnership.sector
);

-- government 5, 4 (mean 4.5); private 2 (mean 2):
-- n 3, mean 11/3 = 3.6667, balanced (4.5 + 2) / 2 = 3.25, gap 2.5,
-- index (3.25 - 1) / 4 * 100 = 56.25, borderline.
INSERT INTO scoring_likert_r VALUES
	('basic', 5, 'government'), ('basic', 4, 'pemerintah'), ('basic', 2, 'swasta');

-- One sector with many respondents: government ten times 5, private 1,
-- community 3.  Plain mean 54 / 12 = 4.5 (it would read "strength"), but
-- balanced (5 + 1 + 3) / 3 = 3.0 exactly: borderline, index 50, gap 4.
INSERT INTO scoring_likert_r
	SELECT 'crowd', 5, 'government' FROM generate_series(1, 10);
INSERT INTO scoring_likert_r VALUES ('crowd', 1, 'private'), ('crowd', 3, 'community');

-- Balanced mean exactly 4.0: government 5, 4 (4.5), academia 4, 3 (3.5):
-- strength, index 75, gap 1.0, mean 4.0.
INSERT INTO scoring_likert_r VALUES
	('four', 5, 'government'), ('four', 4, 'government'),
	('four', 4, 'academia'), ('four', 3, 'academia');

-- Just below 3.0: government 3, 3, 3 (3), private 3, 3, 2 (8/3):
-- balanced (3 + 8/3) / 2 = 17/6 = 2.8333, concern, index 45.83,
-- gap 1/3 = 0.3333, mean 17/6 = 2.8333.
INSERT INTO scoring_likert_r VALUES
	('below3', 3, 'government'), ('below3', 3, 'government'), ('below3', 3, 'government'),
	('below3', 3, 'private'), ('below3', 3, 'private'), ('below3', 2, 'private');

-- Gap exactly 1.5 (the divergence threshold): government 4, 5 (4.5),
-- media 3 (3): balanced 3.75, index 68.75, mean 4.0.
INSERT INTO scoring_likert_r VALUES
	('gap15', 4, 'government'), ('gap15', 5, 'government'), ('gap15', 3, 'media');

-- One sector only: gap 0; balanced mean = mean = 7/3 = 2.3333, index 33.33.
INSERT INTO scoring_likert_r VALUES
	('single', 2, 'nonprofit'), ('single', 2, 'nonprofit'), ('single', 3, 'nonprofit');

-- NULL scores are skipped (an unanswered question): counts as one 5.
INSERT INTO scoring_likert_r VALUES
	('nulls', NULL, 'community'), ('nulls', 5, 'community'), ('nulls', NULL, NULL);

-- Only NULL scores: no summary at all (NULL), like avg().
INSERT INTO scoring_likert_r VALUES ('allnull', NULL, 'community');

-- All 1s and all 5s: index 0 and 100.
INSERT INTO scoring_likert_r VALUES
	('ones', 1, 'government'), ('ones', 1, 'private'),
	('fives', 5, 'government'), ('fives', 5, 'international');

-- Exact fractions: private 1, 2 (1.5) and government 1, 1, 1, 2, 2, 2, 2,
-- 2 (13/8 = 1.625): balanced (1.5 + 1.625) / 2 = 1.5625 exactly,
-- index 14.0625 -> 14.06; mean 16/10 = 1.6, gap 0.125.
INSERT INTO scoring_likert_r VALUES
	('round', 1, 'private'), ('round', 2, 'private'),
	('round', 1, 'government'), ('round', 1, 'government'), ('round', 1, 'government'),
	('round', 2, 'government'), ('round', 2, 'government'), ('round', 2, 'government'),
	('round', 2, 'government'), ('round', 2, 'government');

-- Rounding half away from zero, once, from the exact fraction: academia
-- 199 times 1 and once 2: 201 / 200 = 1.005, index 0.125 -> 0.13.
INSERT INTO scoring_likert_r
	SELECT 'half', CASE WHEN i = 1 THEN 2 ELSE 1 END, 'academia'
	FROM generate_series(1, 200) i;

SELECT grp, (likert(score, sector)).*
FROM scoring_likert_r GROUP BY grp ORDER BY grp;

-- Zero rows: NULL, not a summary of nothing.
SELECT likert(score, sector) IS NULL AS no_rows FROM scoring_likert_r WHERE false;

-- Values are rounded once from the exact fraction, and the status is the
-- band of the reported balanced mean (= factor_status(balanced_mean)).
-- Government 20000 times 4 and once 3: 80003 / 20001 = 3.99995000...,
-- reported as 4.0000 (index 74.99875... -> 75.00): strength.  Once 2
-- instead: 80002 / 20001 = 3.99990000... -> 3.9999, borderline.
SELECT low, (likert(s, 'government')).*
FROM (SELECT low, CASE WHEN i = 1 THEN low ELSE 4 END::smallint AS s
	  FROM generate_series(1, 20001) i, (VALUES (3), (2)) v(low)) x
GROUP BY low ORDER BY low DESC;

-- Reverse criteria (statements phrased as problems) count 6 - score.
-- 'basic' reversed: government 1, 2 (1.5), private 4: balanced 2.75,
-- mean 7/3 = 2.3333, index 43.75, concern.
SELECT (likert(score, sector, true)).*
FROM scoring_likert_r WHERE grp = 'basic';
SELECT (likert(score, sector, false)).balanced_mean
FROM scoring_likert_r WHERE grp = 'basic';
-- The same as passing 6 - score yourself:
SELECT likert(score, sector, true) = likert((6 - score)::smallint, sector) AS same
FROM scoring_likert_r WHERE grp = 'basic';

-- Invalid input: scores outside 1..5 (22023), a score without a sector and
-- a NULL reverse flag (22004).
SELECT likert(s::smallint, 'government') FROM (VALUES (3), (6)) v(s);
\echo :LAST_ERROR_SQLSTATE
SELECT likert(0::smallint, 'government');
\echo :LAST_ERROR_SQLSTATE
SELECT likert((-1)::smallint, 'government', true);
\echo :LAST_ERROR_SQLSTATE
SELECT likert(4::smallint, NULL::partnership.sector);
\echo :LAST_ERROR_SQLSTATE
SELECT likert(4::smallint, 'private', NULL);
\echo :LAST_ERROR_SQLSTATE

--
-- Against the plain SQL definition (per-sector averages, then their mean)
-- on pseudo-random data, whose score distribution differs by group and
-- sector: every field equal, over many groups.
--
CREATE TABLE scoring_likert_big AS
SELECT grp, sector_code,
	   (1 + least(4, (i * 7919 % 7) * (grp % 4 + 1 + sector_code % 2) / 2))::smallint AS score
FROM (SELECT i, (i % 97) AS grp, ((i * 2654435761) % 1000003 % 7)::int AS sector_code
	  FROM generate_series(1, 200000) i) g;
ALTER TABLE scoring_likert_big ADD COLUMN sector partnership.sector;
UPDATE scoring_likert_big SET sector = (ARRAY['government', 'private', 'nonprofit',
	'community', 'academia', 'media', 'international'])[sector_code + 1]::partnership.sector;
ANALYZE scoring_likert_big;

CREATE FUNCTION scoring_likert_reference(OUT grp int, OUT n bigint, OUT mean numeric,
	OUT balanced_mean numeric, OUT gap numeric, OUT sectors partnership.sectorset,
	OUT index numeric)
RETURNS SETOF record LANGUAGE sql AS $$
	SELECT grp, sum(n)::bigint, round(sum(s) / sum(n), 4), round(avg(m), 4),
		   round(max(m) - min(m), 4), partnership.sectors(sector),
		   round((avg(m) - 1) * 25, 2)
	FROM (SELECT grp, sector, count(*) AS n, sum(score) AS s, avg(score) AS m
		  FROM scoring_likert_big GROUP BY grp, sector) per_sector
	GROUP BY grp
$$;

SELECT count(*) AS groups, count(DISTINCT (l).status) AS statuses,
	   count(*) FILTER (WHERE (l).n = r.n AND (l).mean = r.mean
						AND (l).balanced_mean = r.balanced_mean AND (l).gap = r.gap
						AND (l).sectors = r.sectors AND (l).index = r.index
						AND (l).status = partnership.factor_status(r.balanced_mean)) AS equal
FROM (SELECT grp, likert(score, sector) AS l FROM scoring_likert_big GROUP BY grp) a
JOIN scoring_likert_reference() r USING (grp);

-- Large counts take the arbitrary-precision path (seven sectors of 5000
-- respondents: the product of the counts exceeds 2^90); same results.
CREATE TABLE scoring_likert_wide AS
SELECT 1 AS grp, (1 + least(4, (i / 7) % (1 + i % 7)))::smallint AS score,
	   (ARRAY['government', 'private', 'nonprofit', 'community', 'academia',
			  'media', 'international'])[1 + i % 7]::partnership.sector AS sector
FROM generate_series(1, 35000 - 3) i;
SELECT (likert(score, sector)).* FROM scoring_likert_wide;
SELECT round(avg(m), 4) AS balanced_mean, round((avg(m) - 1) * 25, 2) AS index,
	   round(max(m) - min(m), 4) AS gap
FROM (SELECT sector, avg(score) AS m FROM scoring_likert_wide GROUP BY sector) s;

-- Where exactness shows (a group found by the P3 benchmark): sector means
-- 1/1, 7/3, 14/5, 21/8, 13/3, 21/7, 10/3 give B = 111/40 = 2.775 and an
-- index of 355/8 = 44.375 exactly, a half, which rounds to 44.38.  The
-- plain SQL adds the repeating decimals of the thirds, gets 44.37499...
-- and rounds to 44.37: one unit off in the last place.
CREATE TABLE scoring_likert_half AS
SELECT score::smallint, sector::partnership.sector
FROM (VALUES (1, 'government'),
			 (2, 'private'), (2, 'private'), (3, 'private'),
			 (3, 'nonprofit'), (3, 'nonprofit'), (3, 'nonprofit'), (3, 'nonprofit'), (2, 'nonprofit'),
			 (3, 'community'), (3, 'community'), (3, 'community'), (3, 'community'),
			 (3, 'community'), (2, 'community'), (2, 'community'), (2, 'community'),
			 (5, 'academia'), (4, 'academia'), (4, 'academia'),
			 (3, 'media'), (3, 'media'), (3, 'media'), (3, 'media'), (3, 'media'), (3, 'media'), (3, 'media'),
			 (4, 'international'), (3, 'international'), (3, 'international')) v(score, sector);
SELECT (likert(score, sector)).balanced_mean, (likert(score, sector)).index AS likert_index,
	   (SELECT round((avg(m) - 1) * 25, 2)
		FROM (SELECT avg(score) AS m FROM scoring_likert_half GROUP BY sector) s) AS plain_sql_index
FROM scoring_likert_half;

--
-- Parallel aggregation: partial states are serialized in the workers,
-- combined in the leader, and give exactly the serial result.
--
SET max_parallel_workers_per_gather = 0;
CREATE TABLE scoring_likert_serial AS
SELECT grp, likert(score, sector) AS l FROM scoring_likert_big GROUP BY grp;
CREATE TABLE scoring_likert_serial_all AS
SELECT likert(score, sector, grp % 2 = 0) AS l FROM scoring_likert_big;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
SELECT set_config(CASE WHEN current_setting('server_version_num')::int >= 160000
					   THEN 'debug_parallel_query' ELSE 'force_parallel_mode' END,
				  'on', false) AS forced;

EXPLAIN (COSTS OFF)
SELECT likert(score, sector, grp % 2 = 0) FROM scoring_likert_big;
EXPLAIN (COSTS OFF)
SELECT grp, likert(score, sector) FROM scoring_likert_big GROUP BY grp;

-- The workers really ran and really split the table.
CREATE FUNCTION scoring_likert_workers(query text) RETURNS TABLE(launched int, split bool)
LANGUAGE plpgsql AS $$
DECLARE
	plan json;
BEGIN
	EXECUTE 'EXPLAIN (ANALYZE, FORMAT JSON, COSTS OFF, TIMING OFF) ' || query INTO plan;
	RETURN QUERY
	WITH RECURSIVE node(n) AS (
		SELECT plan -> 0 -> 'Plan'
		UNION ALL
		SELECT c FROM node, json_array_elements(n -> 'Plans') c
	)
	SELECT max((n ->> 'Workers Launched')::int),
		   bool_or(n ->> 'Node Type' = 'Seq Scan'
				   AND (n ->> 'Actual Rows')::bigint < 200000)
	FROM node;
END
$$;
SELECT launched > 0 AS workers_launched, split
FROM scoring_likert_workers('SELECT likert(score, sector, grp % 2 = 0) FROM scoring_likert_big');

SELECT (SELECT likert(score, sector, grp % 2 = 0) FROM scoring_likert_big)
	   = (SELECT l FROM scoring_likert_serial_all) AS same_total;
SELECT count(*) AS groups, count(*) FILTER (WHERE s.l = p.l) AS same
FROM scoring_likert_serial s
JOIN (SELECT grp, likert(score, sector) AS l FROM scoring_likert_big GROUP BY grp) p
USING (grp);

RESET ALL;
SET search_path = partnership, public;
DROP FUNCTION scoring_likert_workers(text);
DROP FUNCTION scoring_likert_reference();
DROP TABLE scoring_likert_r, scoring_likert_big, scoring_likert_wide, scoring_likert_half,
	scoring_likert_serial, scoring_likert_serial_all;
