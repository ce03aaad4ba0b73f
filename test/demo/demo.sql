-- The main job's demo: run by test/scripts/demo.sh (make demo) in a
-- throwaway cluster.  Statements meant to fail are wrapped so that the
-- demo shows the error and goes on.
\set ON_ERROR_STOP 1
\pset footer off

CREATE EXTENSION partnership;
SET search_path = partnership, public;

\echo
\echo '== Vocabulary types: typed in English or Indonesian, stored in one byte'
SELECT 'Pemerintah'::sector                          AS "Pemerintah",
       'LSM'::sector                                 AS "LSM",
       '70'::sector                                  AS "IATI 70",
       'penyandang dana'::role                       AS "penyandang dana",
       'jangka panjang'::horizon                     AS "jangka panjang",
       'tidak formal'::formality                     AS "tidak formal";

\echo
\echo '== Sets of sectors and roles'
SELECT '{swasta, LSM, masyarakat}'::sectorset        AS sectors,
       is_cross_sector('{swasta, LSM, masyarakat}')  AS cross_sector,
       pentahelix_coverage('{government,private,community,academia,media}') AS pentahelix,
       '{koordinator}'::roleset | 'pelaksana'::role  AS roles;

\echo
\echo '== Labels follow partnership.language'
SET partnership.language = 'id';
SELECT s AS sector, label(s) AS label, iati_code(s), pentahelix(s)
FROM unnest('{government,private,nonprofit,community,academia,media,international}'::sectorset) s;
RESET partnership.language;

\echo
\echo '== Bad input is refused with SQLSTATE 22P02 and a hint'
\set ON_ERROR_STOP 0
\set VERBOSITY default
SELECT '30'::sector;
\echo 'SQLSTATE' :LAST_ERROR_SQLSTATE
SELECT '{government, governance}'::sectorset;
\echo 'SQLSTATE' :LAST_ERROR_SQLSTATE
\set ON_ERROR_STOP 1

\echo
\echo '######################################################################'
\echo '## Kabupaten Sukamaju: a sample registry of cross-sector partnerships'
\echo '######################################################################'
\ir ../sample/sukamaju.sql
SELECT pg_catalog.count(*) AS partners FROM partnership.partner;

\echo
\echo '== partnership_report.partnerships: one row per partnership (1/2: who and what)'
SELECT partnership_code AS code,
       left(partnership_name, 32) AS name,
       formality || '/' || horizon AS type,
       status,
       left(lead_name, 24) AS lead,
       member_count AS members,
       sector_count AS sectors,
       agreement_kind AS agreement,
       days_to_expiry AS expires_in
FROM partnership_report.partnerships
ORDER BY partnership_code;

\echo
\echo '== partnership_report.partnerships (2/2: money, results, rules, risks)'
SELECT partnership_code AS code,
       to_char(committed_total / 1e6, 'FM999G990') AS "committed Rp jt",
       to_char(disbursed_total / 1e6, 'FM999G990') AS "paid Rp jt",
       latest_evaluation_on AS evaluated,
       latest_evaluation_index AS "index",
       latest_evaluation_grade AS grade,
       latest_evaluation_grade_label AS grade_label,
       error_count AS errors,
       warning_count AS warnings,
       open_risks,
       highest_risk_level AS top_risk
FROM partnership_report.partnerships
ORDER BY partnership_code;

\echo
\echo '== partnership_report.compliance: every rule violation now (labels in Indonesian)'
SET partnership.language = 'id';
SELECT partnership_code AS kode,
       partnership_status_label AS status,
       rule AS aturan,
       severity AS tingkat,
       message AS pesan
FROM partnership_report.compliance
ORDER BY partnership_code, severity, rule;
RESET partnership.language;

\echo
\echo '== partnership_report.evaluations: index, SAKIP grade, sufficiency'
SELECT partnership_code AS code,
       evaluation_id AS id,
       kind,
       period_end,
       status,
       respondents,
       sector_count AS sectors,
       sufficient,
       outcome_index AS outcome,
       process_index AS process,
       risk_index AS risk,
       index,
       grade,
       grade_label,
       divergent_criteria AS divergent
FROM partnership_report.evaluations
ORDER BY partnership_code, period_end;

\echo
\echo '== partnership_report.evaluation_criteria: where sectors disagree (SKM-01, first round)'
SELECT criterion_label AS criterion,
       dimension,
       responses AS n,
       mean,
       balanced_mean,
       gap,
       divergent,
       status,
       index
FROM partnership_report.evaluation_criteria
WHERE partnership_code = 'SKM-01'
  AND evaluation_id = (SELECT min(evaluation_id) FROM partnership_report.evaluations
                       WHERE partnership_code = 'SKM-01')
ORDER BY dimension, criterion;

\echo
\echo '== partnership_report.indicators: actual, achievement and progress'
SELECT partnership_code AS code,
       left(indicator_name, 40) AS indicator,
       unit,
       direction,
       aggregation,
       baseline,
       target,
       actual,
       achievement_percent AS "achieved %",
       progress_percent AS "progress %"
FROM partnership_report.indicators
ORDER BY partnership_code, indicator_code;

\echo
\echo '== partnership_report.funding: commitments and disbursements (Rp juta)'
SELECT partnership_code AS code,
       left(partner_name, 40) AS partner,
       sector,
       kind,
       to_char(committed / 1e6, 'FM999G990') AS committed,
       to_char(disbursed / 1e6, 'FM999G990') AS disbursed,
       disbursed_percent AS "paid %",
       last_paid_on
FROM partnership_report.funding AS f
ORDER BY f.partnership_code, f.committed DESC;

\echo
\echo '== partnership_report.agreements_expiring: renew these soon'
SELECT partnership_code AS code,
       partnership_name,
       lead_name,
       kind,
       number,
       effective_to,
       days_to_expiry
FROM partnership_report.agreements_expiring
ORDER BY days_to_expiry;

\echo
\echo '== A whole life (1/4): SKM-05 renewed its PKS with partnership.amend(), one call plus the signatures'
SELECT partnership_code AS code, kind, number, version, status, effective_from, effective_to, in_force
FROM partnership_report.agreements
WHERE partnership_code IN ('SKM-01', 'SKM-05')
ORDER BY partnership_code, version;

\echo
\echo '== A whole life (2/4): ended partnerships, their end, and their agreements (none in force)'
SELECT p.code, p.status, p.ended_on, left(coalesce(p.end_reason, '-'), 40) AS end_reason,
       a.number, a.status AS agreement_status, a.terminated_on, left(a.termination_reason, 60) AS why
FROM partnership.partnership p
LEFT JOIN partnership.agreement a ON a.partnership_id = p.id
WHERE p.ended_on IS NOT NULL
ORDER BY p.code, a.id;
\echo 'SKM-10: the final evaluation, recorded after the end (setting final_report_days):'
SELECT partnership_code AS code, kind, period_end, status, respondents, index, grade
FROM partnership_report.evaluations
WHERE partnership_code = 'SKM-10' ORDER BY period_end;

\echo
\echo '== A whole life (3/4): partnership_report.semesters, the twice-yearly report (SKM-01, SKM-10)'
SELECT partnership_code AS code, left(owner_name, 28) AS owner, period_start, period_end, status,
       agreement_number AS agreement,
       to_char(committed / 1e6, 'FM999G990') AS "committed Rp jt",
       to_char(disbursed / 1e6, 'FM999G990') AS "paid Rp jt",
       measurements, closed_evaluations AS evaluations, evaluation_index AS "index", evaluated
FROM partnership_report.semesters
WHERE partnership_code IN ('SKM-01', 'SKM-10')
ORDER BY partnership_code, period_start;
\echo 'Half-years in which an active partnership was not evaluated:'
SELECT partnership_code AS code, period_start, period_end, status
FROM partnership_report.semesters
WHERE NOT evaluated AND status = 'active' AND period_end < current_date
ORDER BY partnership_code, period_start;

\echo
\echo '== A whole life (4/4): the work plan (partnership_report.activities) and payments by half-year'
SELECT partnership_code AS code, left(activity_name, 40) AS activity, due_on, status,
       overdue, days_overdue, left(accountable, 30) AS accountable, left(responsible, 40) AS responsible
FROM partnership_report.activities
WHERE is_open
ORDER BY due_on;
SELECT year, half, count(*) AS payments, to_char(sum(amount) / 1e6, 'FM999G990') AS "paid Rp jt"
FROM partnership_report.disbursements
GROUP BY year, half ORDER BY year, half;

\echo
\echo '== partnership_report.risks: open risks, highest first'
SELECT partnership_code AS code,
       challenge_label AS challenge,
       left(description, 46) AS risk,
       rating,
       level,
       coalesce(left(mitigation, 36), '(none)') AS mitigation,
       unmitigated
FROM partnership_report.risks
WHERE status = 'open'
ORDER BY rating DESC, partnership_code;

\echo
\echo '== Refused: signing a PKS that lacks clauses and signatures (SQLSTATE 23514)'
SELECT number, status, parties, parties_signed, missing_required_clauses
FROM partnership_report.agreements WHERE partnership_code = 'SKM-07';
\set ON_ERROR_STOP 0
UPDATE partnership.agreement SET status = 'signed'
WHERE partnership_id = (SELECT id FROM partnership.partnership WHERE code = 'SKM-07');
\echo 'SQLSTATE' :LAST_ERROR_SQLSTATE
\set ON_ERROR_STOP 1

\echo
\echo '== Refused: reopening a completed partnership (SQLSTATE 55000)'
\set ON_ERROR_STOP 0
UPDATE partnership.partnership SET status = 'active' WHERE code = 'SKM-04';
\echo 'SQLSTATE' :LAST_ERROR_SQLSTATE
\set ON_ERROR_STOP 1

\echo
\echo '== Refused: terminating without a reason, and a payment dated before the start (SQLSTATE 23514)'
\set ON_ERROR_STOP 0
UPDATE partnership.partnership SET status = 'terminated' WHERE code = 'SKM-08';
\echo 'SQLSTATE' :LAST_ERROR_SQLSTATE
INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount, paid_on)
SELECT c.id, c.partnership_id, 1000, date '1990-01-01' FROM partnership.commitment c
JOIN partnership.partnership p ON p.id = c.partnership_id WHERE p.code = 'SKM-01' LIMIT 1;
\echo 'SQLSTATE' :LAST_ERROR_SQLSTATE
\set ON_ERROR_STOP 1

\echo
\echo 'Every report above is a view of schema partnership_report (list them with: \\dv partnership_report.*);'
\echo 'doc/reports.md describes every column.'
