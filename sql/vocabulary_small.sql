--
-- The small vocabularies: the two axes of the seed's partnership types
-- (formality, horizon) and the registry's statuses and kinds.  One
-- mechanism serves them all, so each is checked for its words, its order,
-- its labels and its refusal of other words.
--
SET search_path = partnership, public;

CREATE TABLE small_spelling (type regtype, spelling text, expected text);
INSERT INTO small_spelling VALUES
  ('formality', 'formal', 'formal'), ('formality', 'Resmi', 'formal'),
  ('formality', 'informal', 'informal'), ('formality', 'tidak formal', 'informal'),
  ('formality', 'non-formal', 'informal'), ('formality', 'tidak resmi', 'informal'),
  ('horizon', 'strategic', 'strategic'), ('horizon', 'strategis', 'strategic'),
  ('horizon', 'jangka panjang', 'strategic'), ('horizon', 'long-term', 'strategic'),
  ('horizon', 'operational', 'operational'), ('horizon', 'operasional', 'operational'),
  ('horizon', 'Jangka Pendek', 'operational'), ('horizon', 'short term', 'operational'),
  ('partnership_status', 'draf', 'draft'), ('partnership_status', 'diusulkan', 'proposed'),
  ('partnership_status', 'aktif', 'active'), ('partnership_status', 'ditangguhkan', 'suspended'),
  ('partnership_status', 'selesai', 'completed'), ('partnership_status', 'diakhiri', 'terminated'),
  ('agreement_kind', 'Nota Kesepahaman', 'mou'), ('agreement_kind', 'kesepakatan bersama', 'mou'),
  ('agreement_kind', 'perjanjian kerja sama', 'pks'), ('agreement_kind', 'PKS', 'pks'),
  ('agreement_kind', 'adendum', 'addendum'),
  ('agreement_status', 'ditandatangani', 'signed'), ('agreement_status', 'digantikan', 'superseded'),
  ('agreement_status', 'diakhiri', 'terminated'), ('agreement_status', 'draft', 'draft'),
  ('activity_status', 'direncanakan', 'planned'), ('activity_status', 'in progress', 'in_progress'),
  ('activity_status', 'sedang berjalan', 'in_progress'), ('activity_status', 'selesai', 'done'),
  ('activity_status', 'batal', 'cancelled'),
  ('commitment_kind', 'tunai', 'cash'), ('commitment_kind', 'in-kind', 'in_kind'),
  ('commitment_kind', 'natura', 'in_kind'),
  ('direction', 'naik', 'increase'), ('direction', 'menurun', 'decrease'),
  ('aggregation', 'kumulatif', 'incremental'), ('aggregation', 'nilai terakhir', 'level'),
  ('dimension', 'hasil', 'outcome'), ('dimension', 'proses', 'process'),
  ('dimension', 'tantangan', 'risk'),
  ('evaluation_kind', 'pemantauan', 'monitoring'), ('evaluation_kind', 'mid-term', 'midterm'),
  ('evaluation_kind', 'evaluasi akhir', 'final'),
  ('evaluation_status', 'terbuka', 'open'), ('evaluation_status', 'ditutup', 'closed'),
  ('challenge', 'perbedaan budaya', 'cultural_differences'),
  ('challenge', 'konflik kepentingan', 'conflict_of_interest'),
  ('challenge', 'kurangnya koordinasi', 'coordination'), ('challenge', 'pendanaan', 'funding'),
  ('challenge', 'lain-lain', 'other'),
  ('risk_status', 'dimitigasi', 'mitigated'), ('risk_status', 'ditutup', 'closed'),
  ('raci', 'r', 'R'), ('raci', 'Accountable', 'A'), ('raci', 'dikonsultasikan', 'C'),
  ('raci', 'diinformasikan', 'I'),
  ('severity', 'galat', 'error'), ('severity', 'peringatan', 'warning'),
  ('severity', 'nonaktif', 'off');

-- Parse each spelling through text input of its type.
CREATE FUNCTION pg_temp.parse(type regtype, spelling text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE result text;
BEGIN
  EXECUTE format('SELECT $1::%s::text', type) INTO result USING spelling;
  RETURN result;
END $$;
SELECT count(*) AS spellings,
       count(*) FILTER (WHERE pg_temp.parse(type, spelling) = expected) AS correct
FROM small_spelling;
SELECT type, spelling, pg_temp.parse(type, spelling), expected
FROM small_spelling WHERE pg_temp.parse(type, spelling) <> expected;

-- Words of one vocabulary are refused by another.
SELECT 'strategic'::formality;
\echo :LAST_ERROR_SQLSTATE
SELECT 'formal'::horizon;
\echo :LAST_ERROR_SQLSTATE
SELECT 'signed'::partnership_status;
\echo :LAST_ERROR_SQLSTATE
SELECT 'x'::raci;
\echo :LAST_ERROR_SQLSTATE

-- Order follows the lifecycle; labels in both languages.
SELECT s, label(s, 'en') AS en, label(s, 'id') AS id
FROM unnest(array['terminated','completed','suspended','active','proposed','draft']::partnership_status[]) s
ORDER BY s;
SELECT f, label(f, 'id') FROM unnest(array['informal','formal']::formality[]) f ORDER BY f;
SELECT h, label(h, 'id') FROM unnest(array['operational','strategic']::horizon[]) h ORDER BY h;
SELECT 'draft'::agreement_status < 'signed' AS draft_first,
       'planned'::activity_status < 'in_progress' AS planned_first,
       'error'::severity < 'warning' AND 'warning'::severity < 'off' AS severity_order;

DROP TABLE small_spelling;
