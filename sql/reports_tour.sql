--
-- The README's tour, as a test: create a partnership, sign its agreement,
-- activate it, evaluate it and read the reports.  (The README runs it in a
-- fresh database after CREATE EXTENSION partnership.)
--
SET search_path = partnership, public;

-- 1. Partners, typed in English or Indonesian.
INSERT INTO partner (name, sector) VALUES
  ('Dinas Kesehatan Kota Contoh', 'pemerintah'),
  ('PT Pangan Sehat (CSR)',       'swasta'),
  ('Yayasan Gizi Anak',           'yayasan'),
  ('Universitas Contoh',          'universitas');

-- 2. A formal, strategic partnership (it starts as a draft) and its members.
INSERT INTO partnership (code, name, formality, horizon, starts_on, ends_on, objectives, owner_id)
SELECT 'GIZI-1', 'Gerakan Gizi Anak', 'formal', 'strategis', current_date, current_date + 1095,
       '{Turunkan stunting 10%}', id
FROM partner WHERE name = 'Dinas Kesehatan Kota Contoh';

INSERT INTO member (partnership_id, partner_id, roles, joined_on)
SELECT p.id, pt.id, r.roles::roleset, current_date
FROM partnership p
CROSS JOIN (VALUES ('Dinas Kesehatan Kota Contoh', '{koordinator}'),
                   ('PT Pangan Sehat (CSR)',       '{penyandang dana}'),
                   ('Yayasan Gizi Anak',           '{pelaksana}'),
                   ('Universitas Contoh',          '{penilai}')) AS r(name, roles)
JOIN partner pt ON pt.name = r.name
WHERE p.code = 'GIZI-1';

INSERT INTO commitment (partnership_id, partner_id, kind, amount)
SELECT m.partnership_id, m.partner_id, 'cash', 500000000
FROM member m JOIN partnership p ON p.id = m.partnership_id
WHERE p.code = 'GIZI-1' AND m.roles @> 'funder'::role;

-- 3. A binding agreement (PKS): parties with roles, responsibilities and
--    signatures, every required clause; then sign it.
INSERT INTO agreement (partnership_id, kind, number, effective_from, effective_to, objectives)
SELECT id, 'pks', '440/PKS.01/2026', current_date, current_date + 1095, objectives
FROM partnership WHERE code = 'GIZI-1';

INSERT INTO agreement_party (agreement_id, partnership_id, partner_id, roles,
                             responsibilities, signatory_name, signed_on)
SELECT a.id, a.partnership_id, m.partner_id, m.roles,
       '{Melaksanakan peran sesuai rencana kerja}', 'Pimpinan ' || pt.name, current_date
FROM agreement a
JOIN member m ON m.partnership_id = a.partnership_id
JOIN partner pt ON pt.id = m.partner_id
WHERE a.number = '440/PKS.01/2026';

INSERT INTO agreement_clause (agreement_id, partnership_id, kind, body)
SELECT a.id, a.partnership_id, k.code, 'Pasal tentang ' || lower(k.label_id)
FROM agreement a CROSS JOIN clause_kind k
WHERE a.number = '440/PKS.01/2026' AND k.required;

UPDATE agreement SET status = 'signed' WHERE number = '440/PKS.01/2026';

-- 4. What is still missing, then activation (every error rule must hold,
--    else 23514 with the rule as constraint name).
SELECT rule, severity, message
FROM partnership.check((SELECT id FROM partnership WHERE code = 'GIZI-1'));
UPDATE partnership SET status = 'proposed' WHERE code = 'GIZI-1';
UPDATE partnership SET status = 'active'   WHERE code = 'GIZI-1';

-- 5. An evaluation: every member scores every criterion 1-5; close it.
INSERT INTO evaluation (partnership_id, kind, period_end)
SELECT id, 'monitoring', current_date FROM partnership WHERE code = 'GIZI-1';

INSERT INTO response (evaluation_id, partnership_id, respondent_id, criterion, score)
SELECT e.id, e.partnership_id, m.partner_id, c.code,
       CASE WHEN c.reverse THEN 2 ELSE 4 END   -- problem statements: disagree
FROM evaluation e
JOIN partnership p ON p.id = e.partnership_id
JOIN member m ON m.partnership_id = e.partnership_id
CROSS JOIN criterion c
WHERE p.code = 'GIZI-1';

UPDATE evaluation SET status = 'closed'
WHERE partnership_id = (SELECT id FROM partnership WHERE code = 'GIZI-1');

-- 6. The reports: plain SQL types, labels in partnership.language.
SET partnership.language = 'id';
SELECT partnership_code, status_label, member_count, sectors_label,
       agreement_number, days_to_expiry, committed_total,
       latest_evaluation_index, latest_evaluation_grade_label, warning_count
FROM partnership_report.partnerships WHERE partnership_code = 'GIZI-1';

SELECT kind_label, respondents, sufficient, index, grade, grade_label
FROM partnership_report.evaluations WHERE partnership_code = 'GIZI-1';

SELECT rule, severity, message
FROM partnership_report.compliance WHERE partnership_code = 'GIZI-1';
RESET partnership.language;
