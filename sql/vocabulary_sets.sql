--
-- The set types sectorset and roleset: text form, operators, the set laws
-- over every possible set, ordering, hashing, indexes, aggregates (serial
-- and parallel) and the sector-only functions.
--
SET search_path = partnership, public;

-- Text form: canonical members in vocabulary order, duplicates folded.
SELECT '{swasta, LSM, masyarakat}'::partnership.sectorset;
SELECT '{media,government,pers,10}'::sectorset, '{}'::sectorset,
       ' { } '::sectorset, '{"sektor swasta", "perguruan tinggi"}'::sectorset;
-- a bare list (or a single word) is accepted without braces
SELECT 'pemerintah, swasta'::sectorset, 'lead'::roleset;
SELECT '{koordinator,pelaksana,2,4}'::roleset;

-- Invalid sets: 22P02 with the offending word or the syntax named.
SELECT '{government,nope}'::sectorset;
\echo :LAST_ERROR_SQLSTATE
SELECT '{government,,private}'::sectorset;
\echo :LAST_ERROR_SQLSTATE
SELECT '{government'::sectorset;
\echo :LAST_ERROR_SQLSTATE
SELECT '{{government}}'::sectorset;
\echo :LAST_ERROR_SQLSTATE
SELECT 'government}'::sectorset;
\echo :LAST_ERROR_SQLSTATE
SELECT ''::sectorset;
\echo :LAST_ERROR_SQLSTATE
SELECT '{30}'::sectorset;
\echo :LAST_ERROR_SQLSTATE
SELECT '{lead,boss}'::roleset;
\echo :LAST_ERROR_SQLSTATE

-- Operators, with a single element on either side.
SELECT '{government,private}'::sectorset @> '{private}'::sectorset AS contains,
       '{private}'::sectorset <@ '{government,private}'::sectorset AS contained,
       '{government,private}'::sectorset @> 'private'::sector AS has_member,
       'media'::sector <@ '{government,private}'::sectorset AS is_member,
       '{media}'::sectorset <@ 'media'::sector AS only_member,
       'media'::sector @> '{}'::sectorset AS elem_contains_empty,
       '{government,private}'::sectorset && '{private,media}'::sectorset AS overlaps,
       '{government}'::sectorset && '{media}'::sectorset AS disjoint_overlaps;
SELECT '{government}'::sectorset | '{media}'::sectorset AS union_sets,
       '{government}'::sectorset | 'media'::sector AS add_right,
       'media'::sector | '{government}'::sectorset AS add_left,
       'media'::sector | 'government'::sector AS pair,
       '{government,private,media}'::sectorset & '{private,media,academia}'::sectorset AS intersect,
       '{government,private,media}'::sectorset - '{private}'::sectorset AS difference,
       '{government,private,media}'::sectorset - 'media'::sector AS remove;
SELECT '{lead,funder}'::roleset @> 'lead'::role, '{lead}'::roleset | 'pelaksana'::role,
       '{lead,funder,evaluator}'::roleset & '{evaluator,implementer}'::roleset;

-- Casts: element to set on assignment, text both ways.
CREATE TABLE set_cast (s sectorset, r roleset);
INSERT INTO set_cast VALUES ('media'::sector, 'lead'::role),
  ('{swasta,lsm}'::text, '{donor}'::varchar);
SELECT s AS sectors, r AS roles, s::text AS as_text, r::varchar AS as_varchar FROM set_cast ORDER BY 1;
DROP TABLE set_cast;

-- cardinality, unnest, is_cross_sector, pentahelix_coverage.
SELECT cardinality('{}'::sectorset), cardinality('{government,private,media}'::sectorset),
       cardinality('{lead,funder,manager,implementer,advisor,provider,beneficiary,evaluator}'::roleset);
SELECT * FROM unnest('{international,government,media}'::sectorset) WITH ORDINALITY;
SELECT * FROM unnest('{}'::sectorset);
SELECT is_cross_sector('{government}'), is_cross_sector('{government,community}'),
       is_cross_sector('{}');
SELECT partnership.pentahelix_coverage('{government,private,community,academia,media}');
SELECT pentahelix_coverage('{}'), pentahelix_coverage('{nonprofit,international}'),
       pentahelix_coverage('{government}'), pentahelix_coverage('{government,private,nonprofit}'),
       pentahelix_coverage('{government,private,community,academia,media,nonprofit,international}');

-- The set laws over all 128 sector sets (and all 256 role sets): the
-- operators are a Boolean algebra, and ordering equals the order of the
-- sorted member lists.
CREATE TABLE all_sectorsets AS
  SELECT m, (SELECT sectors(s) FROM unnest('{government,private,nonprofit,community,academia,media,international}'::sectorset)
                 WITH ORDINALITY AS u(s, k)
             WHERE m & (1 << (k::int - 1)) <> 0) AS s,
         ARRAY(SELECT k FROM generate_series(1, 7) k WHERE m & (1 << (k - 1)) <> 0) AS members
  FROM generate_series(0, 127) m;
SELECT count(DISTINCT s) AS distinct_sets, count(DISTINCT s::text) AS distinct_texts,
       count(*) FILTER (WHERE s::text::sectorset = s) AS text_round_trips,
       count(*) FILTER (WHERE cardinality(s) = cardinality(members)) AS cardinalities
FROM all_sectorsets;
SELECT count(*) AS pairs,
  count(*) FILTER (WHERE a.s | b.s = b.s | a.s AND a.s & b.s = b.s & a.s) AS commutative,
  count(*) FILTER (WHERE a.s | (a.s & b.s) = a.s AND a.s & (a.s | b.s) = a.s) AS absorption,
  count(*) FILTER (WHERE (a.s - b.s) | (a.s & b.s) = a.s AND (a.s - b.s) & b.s = '{}') AS difference,
  count(*) FILTER (WHERE u.s - (a.s | b.s) = (u.s - a.s) & (u.s - b.s)
                     AND u.s - (a.s & b.s) = (u.s - a.s) | (u.s - b.s)) AS de_morgan,
  count(*) FILTER (WHERE cardinality(a.s | b.s) + cardinality(a.s & b.s)
                         = cardinality(a.s) + cardinality(b.s)) AS inclusion_exclusion,
  count(*) FILTER (WHERE (a.s @> b.s) = (a.s | b.s = a.s) AND (a.s <@ b.s) = (b.s @> a.s)) AS containment,
  count(*) FILTER (WHERE (a.s && b.s) = (a.s & b.s <> '{}')) AS overlap,
  count(*) FILTER (WHERE (a.s < b.s) = (a.members < b.members)
                     AND (a.s = b.s) = (a.members = b.members)
                     AND (a.s >= b.s) = (a.members >= b.members)) AS ordering,
  count(*) FILTER (WHERE sectorset_cmp(a.s, b.s) = -sectorset_cmp(b.s, a.s)) AS antisymmetric
FROM all_sectorsets a CROSS JOIN all_sectorsets b
  CROSS JOIN (SELECT s FROM all_sectorsets WHERE m = 127) u;
-- element operators agree with the one-element set
SELECT count(*) AS checks,
  count(*) FILTER (WHERE (a.s @> e) = (a.s @> e::sectorset)
                     AND (e <@ a.s) = (e::sectorset <@ a.s)
                     AND (a.s <@ e) = (a.s <@ e::sectorset)
                     AND (e @> a.s) = (e::sectorset @> a.s)
                     AND a.s | e = a.s | e::sectorset
                     AND e | a.s = a.s | e::sectorset
                     AND a.s - e = a.s - e::sectorset) AS agree
FROM all_sectorsets a
  CROSS JOIN unnest('{government,private,nonprofit,community,academia,media,international}'::sectorset) e;

CREATE TABLE all_rolesets AS
  SELECT m, (SELECT roles(r) FROM unnest('{lead,funder,manager,implementer,advisor,provider,beneficiary,evaluator}'::roleset)
                 WITH ORDINALITY AS u(r, k)
             WHERE m & (1 << (k::int - 1)) <> 0) AS r,
         ARRAY(SELECT k FROM generate_series(1, 8) k WHERE m & (1 << (k - 1)) <> 0) AS members
  FROM generate_series(0, 255) m;
SELECT count(*) AS pairs,
  count(*) FILTER (WHERE u.r - (a.r | b.r) = (u.r - a.r) & (u.r - b.r)
                     AND u.r - (a.r & b.r) = (u.r - a.r) | (u.r - b.r)) AS de_morgan,
  count(*) FILTER (WHERE (a.r - b.r) | (a.r & b.r) = a.r) AS difference,
  count(*) FILTER (WHERE (a.r < b.r) = (a.members < b.members)) AS ordering
FROM all_rolesets a CROSS JOIN all_rolesets b
  CROSS JOIN (SELECT r FROM all_rolesets WHERE m = 255) u;

-- Distinct sets hash apart, with both hash functions.
SELECT count(DISTINCT sectorset_hash(s)) AS sector_hashes,
       count(DISTINCT sectorset_hash_extended(s, 3)) AS sector_hashes_seeded
FROM all_sectorsets;
SELECT count(DISTINCT roleset_hash(r)) AS role_hashes,
       count(DISTINCT roleset_hash_extended(r, 3)) AS role_hashes_seeded
FROM all_rolesets;

-- A hash index on a roleset column, a btree index on a sectorset column.
CREATE TABLE roleset_indexed AS
  SELECT i, a.r, s.s FROM generate_series(1, 20) i, all_rolesets a, all_sectorsets s
  WHERE a.m = (i * 37 + s.m) % 256;
CREATE INDEX roleset_indexed_r ON roleset_indexed USING hash (r);
CREATE INDEX roleset_indexed_s ON roleset_indexed (s);
ANALYZE roleset_indexed;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM roleset_indexed WHERE r = '{lead,funder}';
EXPLAIN (COSTS OFF) SELECT count(*) FROM roleset_indexed WHERE s = '{government,media}';
RESET enable_seqscan;
RESET enable_bitmapscan;
SELECT count(*) FROM roleset_indexed WHERE r = '{lead,funder}';

-- Aggregates: {} for no rows, NULLs skipped.
SELECT sectors(s) FROM unnest('{}'::sectorset) s;
SELECT sectors(s) FROM (VALUES ('media'::sector), (NULL), ('pemda')) v(s);
SELECT sector_union(s) FROM (VALUES ('{media}'::sectorset), (NULL), ('{pemda,lsm}')) v(s);
SELECT roles(r), role_union(r::roleset) FROM (VALUES ('lead'::role), ('donor')) v(r);

-- The aggregates in a parallel plan give the serial result.  (Parallel
-- workers cannot read temporary tables, so this one is a plain table.)
CREATE TABLE set_parallel AS
  SELECT g,
         -- group g holds the first 1 + g % 7 sectors and a varying run of roles
         (array['government','private','nonprofit','community','academia','media','international'])[1 + (i / 50) % (1 + g % 7)]::sector AS s,
         (array['lead','funder','manager','implementer','advisor','provider','beneficiary','evaluator'])[1 + (g % 3 + (i / 50) % (1 + g % 6)) % 8]::role::roleset AS r
  FROM generate_series(1, 200000) i, LATERAL (SELECT i % 50 AS g) grp;
ANALYZE set_parallel;
CREATE TABLE set_serial_result AS
  SELECT g, sectors(s) AS s, role_union(r) AS r, sector_union(s::sectorset) AS u
  FROM set_parallel GROUP BY g;
SET force_parallel_mode = on;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET enable_hashagg = off;
EXPLAIN (COSTS OFF)
  SELECT g, sectors(s), role_union(r), sector_union(s::sectorset) FROM set_parallel GROUP BY g;
CREATE TABLE set_parallel_result AS
  SELECT g, sectors(s) AS s, role_union(r) AS r, sector_union(s::sectorset) AS u
  FROM set_parallel GROUP BY g;
EXPLAIN (COSTS OFF) SELECT sectors(s), roles(r2) FROM set_parallel, unnest(r) r2;
SELECT sectors(s), roles(r2) FROM set_parallel, unnest(r) r2;
RESET force_parallel_mode;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;
RESET enable_hashagg;
SELECT count(*) AS groups,
       count(*) FILTER (WHERE a.s = b.s AND a.r = b.r AND a.u = b.u) AS same,
       count(DISTINCT a.s) AS distinct_sectorsets, count(DISTINCT a.r) AS distinct_rolesets
FROM set_serial_result a JOIN set_parallel_result b USING (g);
SELECT g, s, r FROM set_parallel_result WHERE g < 8 ORDER BY g;

-- Binary COPY round trip of both set types.
CREATE TABLE set_binary (LIKE roleset_indexed);
\copy roleset_indexed TO 'results/sets.bin' WITH (FORMAT binary)
\copy set_binary FROM 'results/sets.bin' WITH (FORMAT binary)
SELECT count(*) AS rows, count(*) FILTER (WHERE a.r = b.r AND a.s = b.s) AS same
FROM roleset_indexed a JOIN set_binary b USING (i, r, s);

DROP TABLE all_sectorsets, all_rolesets, roleset_indexed, set_parallel,
  set_serial_result, set_parallel_result, set_binary;
