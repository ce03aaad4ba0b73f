--
-- The role type: stakeholder roles in English, Indonesian and IATI
-- organisation role codes.
--
SET search_path = partnership, public;

CREATE TABLE role_spelling (spelling text, expected text);
INSERT INTO role_spelling VALUES
  ('lead', 'lead'), ('koordinator', 'lead'), ('penanggung jawab', 'lead'),
  ('pemimpin', 'lead'), ('ketua', 'lead'), ('accountable', 'lead'), ('2', 'lead'),
  ('funder', 'funder'), ('penyandang dana', 'funder'), ('pendana', 'funder'),
  ('donor', 'funder'), ('funding', 'funder'), ('1', 'funder'),
  ('manager', 'manager'), ('pengelola', 'manager'), ('extending', 'manager'),
  ('3', 'manager'),
  ('implementer', 'implementer'), ('pelaksana', 'implementer'),
  ('implementing', 'implementer'), ('4', 'implementer'),
  ('advisor', 'advisor'), ('pendamping', 'advisor'), ('narasumber', 'advisor'),
  ('tenaga ahli', 'advisor'), ('adviser', 'advisor'),
  ('provider', 'provider'), ('penyedia', 'provider'),
  ('penyedia sumber daya', 'provider'), ('resource provider', 'provider'),
  ('beneficiary', 'beneficiary'), ('penerima manfaat', 'beneficiary'),
  ('evaluator', 'evaluator'), ('pemantau', 'evaluator'), ('penilai', 'evaluator'),
  ('monitor', 'evaluator'),
  ('Penanggung-Jawab', 'lead'), ('  PENERIMA   MANFAAT ', 'beneficiary'),
  ('Tenaga_Ahli', 'advisor');

SELECT count(*) AS spellings,
       count(*) FILTER (WHERE spelling::role::text = expected) AS correct
FROM role_spelling;
SELECT spelling, spelling::role AS parsed, expected
FROM role_spelling WHERE spelling::role::text <> expected;

-- Invalid input.
SELECT 'boss'::role;
\echo :LAST_ERROR_SQLSTATE
SELECT '5'::role;
\echo :LAST_ERROR_SQLSTATE
SELECT '   '::role;
\echo :LAST_ERROR_SQLSTATE

-- Canonical output, order, IATI role codes, labels.
SELECT r, iati_role(r), label(r, 'en') AS label_en, label(r, 'id') AS label_id
FROM unnest('{evaluator,beneficiary,provider,advisor,implementer,manager,funder,lead}'::roleset) r
ORDER BY r;
SELECT max(r) AS last_role, min(r) AS first_role
FROM unnest('{lead,evaluator}'::roleset) r;

-- Distinct values hash apart.
SELECT count(DISTINCT role_hash(r)) AS hashes,
       count(DISTINCT role_hash_extended(r, 7)) AS hashes_seeded
FROM unnest('{lead,funder,manager,implementer,advisor,provider,beneficiary,evaluator}'::roleset) r;

-- A role column with btree and hash indexes.
CREATE TABLE role_indexed AS
  SELECT i, (array['lead','funder','manager','implementer','advisor',
                   'provider','beneficiary','evaluator'])[1 + i % 8]::role AS r
  FROM generate_series(1, 8000) i;
CREATE INDEX role_indexed_h ON role_indexed USING hash (r);
ANALYZE role_indexed;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM role_indexed WHERE r = 'pelaksana';
RESET enable_seqscan;
RESET enable_bitmapscan;
SELECT count(*) FROM role_indexed WHERE r = 'pelaksana';

-- Binary COPY round trip.
CREATE TABLE role_binary (i int, r role);
\copy role_indexed TO 'results/role.bin' WITH (FORMAT binary)
\copy role_binary FROM 'results/role.bin' WITH (FORMAT binary)
SELECT count(*) FILTER (WHERE a.r = b.r) AS same, count(*) AS rows
FROM role_indexed a JOIN role_binary b USING (i);

DROP TABLE role_indexed, role_binary, role_spelling;
