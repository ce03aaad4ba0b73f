--
-- The sector type: input in English, Indonesian and IATI codes, output,
-- comparison, hashing, indexes, casts, labels and classifications.
--
SET search_path = partnership, public;

-- Every operator class of the extension is valid for its access method.
SELECT amname, opcname
FROM pg_opclass opc LEFT JOIN pg_am am ON am.oid = opcmethod
WHERE opc.oid >= 16384 AND NOT amvalidate(opc.oid);

-- Every accepted spelling, and the value it means.  Input is trimmed and
-- case-insensitive; '_' and '-' count as blanks.
CREATE TABLE sector_spelling (spelling text, expected text);
INSERT INTO sector_spelling VALUES
  ('government', 'government'), ('pemerintah', 'government'),
  ('pemda', 'government'), ('instansi pemerintah', 'government'),
  ('pemerintah daerah', 'government'), ('pemerintah pusat', 'government'),
  ('10', 'government'), ('11', 'government'), ('15', 'government'),
  ('private', 'private'), ('swasta', 'private'), ('sektor swasta', 'private'),
  ('badan usaha', 'private'), ('dunia usaha', 'private'), ('bisnis', 'private'),
  ('business', 'private'), ('perusahaan', 'private'),
  ('70', 'private'), ('71', 'private'), ('72', 'private'), ('73', 'private'),
  ('nonprofit', 'nonprofit'), ('nirlaba', 'nonprofit'),
  ('organisasi nirlaba', 'nonprofit'), ('lsm', 'nonprofit'),
  ('ornop', 'nonprofit'), ('ngo', 'nonprofit'), ('yayasan', 'nonprofit'),
  ('non profit', 'nonprofit'), ('foundation', 'nonprofit'),
  ('21', 'nonprofit'), ('22', 'nonprofit'), ('23', 'nonprofit'),
  ('24', 'nonprofit'), ('60', 'nonprofit'),
  ('community', 'community'), ('masyarakat', 'community'),
  ('komunitas', 'community'), ('kelompok masyarakat', 'community'),
  ('warga', 'community'),
  ('academia', 'academia'), ('akademisi', 'academia'),
  ('perguruan tinggi', 'academia'), ('universitas', 'academia'),
  ('akademik', 'academia'), ('academic', 'academia'),
  ('university', 'academia'), ('kampus', 'academia'), ('80', 'academia'),
  ('media', 'media'), ('pers', 'media'), ('press', 'media'),
  ('media massa', 'media'), ('mass media', 'media'),
  ('international', 'international'), ('internasional', 'international'),
  ('lembaga internasional', 'international'), ('multilateral', 'international'),
  ('international organisation', 'international'), ('40', 'international'),
  -- case, blanks, '_' and '-'
  ('Pemerintah', 'government'), ('  SWASTA  ', 'private'),
  ('Sektor   Swasta', 'private'), ('sektor-swasta', 'private'),
  ('SEKTOR_SWASTA', 'private'), (E'\tLSM\n', 'nonprofit'),
  ('Non-Profit', 'nonprofit'), ('Perguruan Tinggi', 'academia');

SELECT count(*) AS spellings,
       count(*) FILTER (WHERE spelling::sector::text = expected) AS correct
FROM sector_spelling;
SELECT spelling, spelling::sector AS parsed, expected
FROM sector_spelling WHERE spelling::sector::text <> expected;

-- An Indonesian spelling, in any case, is the sector it names.
SELECT 'Pemerintah'::partnership.sector;

-- Invalid input: 22P02, the value quoted, a hint listing the words.
SELECT 'governance'::sector;
\echo :LAST_ERROR_SQLSTATE
SELECT ''::sector;
\echo :LAST_ERROR_SQLSTATE
SELECT 'pemerintahan'::sector;
\echo :LAST_ERROR_SQLSTATE
SELECT '12'::sector;
\echo :LAST_ERROR_SQLSTATE
SELECT 'sektor  swasta x'::sector;
\echo :LAST_ERROR_SQLSTATE
SELECT repeat('x', 80)::sector IS NULL;
\echo :LAST_ERROR_SQLSTATE
-- IATI 30 (public-private partnership) and 90 (other) have their own hint.
SELECT '30'::partnership.sector;
\echo :LAST_ERROR_SQLSTATE
SELECT ' 90 '::sector;
\echo :LAST_ERROR_SQLSTATE

-- IATI codes count only as the table writes them, blanks around them
-- aside: a sign, '-' or '_', a leading zero, a decimal point or an inner
-- blank makes the value invalid ('-10' is no government).  Role codes too.
CREATE FUNCTION pg_temp.try_parse(t text, typ text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	result text;
BEGIN
	EXECUTE format('SELECT %L::partnership.%I::text', t, typ) INTO result;
	RETURN result;
EXCEPTION WHEN OTHERS THEN
	RETURN 'ERROR ' || SQLSTATE;
END $$;
SELECT t AS input, pg_temp.try_parse(t, 'sector') AS sector
FROM unnest(ARRAY['10', ' 10 ', E'\t70\n', '40', '-10', '+10', ' 010', '010',
                  '10.0', '10.', '_10', '10_', '10-', '-10-', '1 0', '1-0',
                  '1e1', '0x0a', '-70', '+70', '-30', '_90']) AS t;
SELECT t AS input, pg_temp.try_parse(t, 'role') AS role
FROM unnest(ARRAY['4', ' 4 ', '-4', '+4', '04', '4.0', '_2', '2_']) AS t;
SELECT t AS input, pg_temp.try_parse(t, 'sectorset') AS sectorset
FROM unnest(ARRAY['{10,70}', '{ 10 , "70" }', '{-10}', '{10,-70}', '{"-10"}',
                  '{+10}', '-10']) AS t;
-- the whole error, once
SELECT '-10'::sector;
\echo :LAST_ERROR_SQLSTATE

-- Output is the canonical word; order is the order of the vocabulary.
SELECT s, s::text AS as_text, iati_code(s), pentahelix(s),
       label(s, 'en') AS label_en, label(s, 'id') AS label_id
FROM unnest('{international,media,academia,community,nonprofit,private,government}'::sectorset) s
ORDER BY s;

SELECT 'government'::sector < 'private'::sector AS lt,
       'media'::sector <= 'media'::sector AS le,
       'international'::sector > 'academia'::sector AS gt,
       'pemerintah'::sector >= 'government'::sector AS ge,
       'swasta'::sector = 'private'::sector AS eq,
       'swasta'::sector <> 'lsm'::sector AS ne;

-- label() follows partnership.language; an unknown language is an error.
SET partnership.language = 'id';
SELECT label('private'::sector);
SET partnership.language = 'en';
SELECT label('private'::sector);
SELECT label('private'::sector, 'ID'), label('private'::sector, ' en ');
SELECT label('private'::sector, 'fr');
\echo :LAST_ERROR_SQLSTATE
SET partnership.language = 'fr';
SET partnership.language = 'english';
SHOW partnership.language;
RESET partnership.language;

-- Casts: to and from text and varchar, on assignment too.
CREATE TABLE sector_cast (s sector);
INSERT INTO sector_cast VALUES ('Yayasan'::text), ('pers'::varchar);
INSERT INTO sector_cast SELECT 'komunitas'::text;
SELECT s AS value, s::text AS as_text, s::varchar AS as_varchar FROM sector_cast ORDER BY 1;
INSERT INTO sector_cast VALUES ('nope'::text);
\echo :LAST_ERROR_SQLSTATE
DROP TABLE sector_cast;

-- Distinct values hash apart, with both hash functions.
SELECT count(DISTINCT sector_hash(s)) AS hashes,
       count(DISTINCT sector_hash_extended(s, 0)) AS hashes_extended,
       count(DISTINCT sector_hash_extended(s, 42)) AS hashes_seeded
FROM unnest('{government,private,nonprofit,community,academia,media,international}'::sectorset) s;

-- A btree index on a sector column is used for equality and ranges.
CREATE TABLE sector_indexed AS
  SELECT i, (array['government','private','nonprofit','community',
                   'academia','media','international'])[1 + i % 7]::sector AS s
  FROM generate_series(1, 7000) i;
CREATE INDEX sector_indexed_s ON sector_indexed (s);
CREATE INDEX sector_indexed_h ON sector_indexed USING hash (s);
ANALYZE sector_indexed;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM sector_indexed WHERE s = 'media';
EXPLAIN (COSTS OFF) SELECT count(*) FROM sector_indexed WHERE s > 'academia';
DROP INDEX sector_indexed_s;
EXPLAIN (COSTS OFF) SELECT count(*) FROM sector_indexed WHERE s = 'media';
RESET enable_seqscan;
RESET enable_bitmapscan;
SELECT s, count(*) FROM sector_indexed GROUP BY s ORDER BY s;
SELECT count(*) FROM sector_indexed WHERE s = 'pers';

-- Sort, merge and hash joins agree.
SET enable_hashjoin = off;
SET enable_mergejoin = on;
SET enable_nestloop = off;
SELECT count(*) FROM sector_indexed a JOIN sector_indexed b USING (s) WHERE a.i < 100;
SET enable_hashjoin = on;
SET enable_mergejoin = off;
SELECT count(*) FROM sector_indexed a JOIN sector_indexed b USING (s) WHERE a.i < 100;
RESET enable_hashjoin;
RESET enable_mergejoin;
RESET enable_nestloop;

-- Binary COPY round trip: the binary form is the word, checked on receive.
CREATE TABLE sector_binary (i int, s sector);
\copy sector_indexed (i, s) TO 'results/sector.bin' WITH (FORMAT binary)
\copy sector_binary FROM 'results/sector.bin' WITH (FORMAT binary)
SELECT count(*) AS rows,
       count(*) FILTER (WHERE a.s = b.s) AS same
FROM sector_indexed a JOIN sector_binary b USING (i);
-- the text form survives COPY too
\copy sector_binary TO 'results/sector.txt'
TRUNCATE sector_binary;
\copy sector_binary FROM 'results/sector.txt'
SELECT count(*) FROM sector_binary;

DROP TABLE sector_indexed, sector_binary, sector_spelling;
