--
-- Scoring over the registry: one evaluation's criteria, dimensions and
-- result, one indicator's actual, achievement and progress.  Expected
-- values are computed by hand in the comments.
--
SET search_path = partnership, public;
\set VERBOSITY default

INSERT INTO partner (id, name, sector) VALUES
	(97001, 'Dinas Kesehatan', 'pemerintah'), (97002, 'Bappeda', 'pemerintah'),
	(97003, 'PT Sehat', 'swasta'), (97004, 'Posyandu Melati', 'masyarakat'),
	(97005, 'Universitas Negeri', 'akademisi');
INSERT INTO partnership (id, code, name, formality, horizon, owner_id)
VALUES (97001, 'SCORE-1', 'Gizi anak', 'informal', 'operational', 97001);
INSERT INTO member (partnership_id, partner_id, roles) VALUES
	(97001, 97001, '{lead}'), (97001, 97002, '{advisor}'), (97001, 97003, '{funder}'),
	(97001, 97004, '{beneficiary}'), (97001, 97005, '{evaluator}');

INSERT INTO evaluation (id, partnership_id, kind, period_end) VALUES
	(97001, 97001, 'midterm', '2026-06-30'), (97002, 97001, 'monitoring', '2026-07-31'),
	(97003, 97001, 'monitoring', '2026-08-31'), (97004, 97001, 'monitoring', '2026-09-30'),
	(97005, 97001, 'final', '2026-12-31');

-- Evaluation 97001.
-- trust (process): government 5, 5; private 3; community 4: B = (5 + 3 + 4)
--   / 3 = 4.0 strength, index 75, gap 2 (divergent), n 4, mean 4.25.
-- clear_goals (process): government 4, private 4: B 4, index 75, gap 0.
-- funding (risk, reverse): government 2 -> 4, private 5 -> 1, academia
--   1 -> 5: B = 10/3 = 3.3333 borderline, index 58.33, gap 4, mean 3.3333.
-- innovation (outcome): community 3, academia 2: B 2.5 concern, index
--   37.50, gap 1.
INSERT INTO response (evaluation_id, partnership_id, respondent_id, criterion, score) VALUES
	(97001, 97001, 97001, 'trust', 5), (97001, 97001, 97002, 'trust', 5),
	(97001, 97001, 97003, 'trust', 3), (97001, 97001, 97004, 'trust', 4),
	(97001, 97001, 97001, 'clear_goals', 4), (97001, 97001, 97003, 'clear_goals', 4),
	(97001, 97001, 97001, 'funding', 2), (97001, 97001, 97003, 'funding', 5),
	(97001, 97001, 97005, 'funding', 1),
	(97001, 97001, 97004, 'innovation', 3), (97001, 97001, 97005, 'innovation', 2);
SELECT * FROM evaluation_criteria(97001);

-- Dimensions: outcome 37.50 (C), process (75 + 75) / 2 = 75.00 (BB),
-- risk 58.33 (CC).  Overall (37.50 + 75 + 75 + 58.33) / 4 = 61.4575 ->
-- 61.46 (B); 5 respondents from 4 sectors: sufficient.
SELECT * FROM evaluation_dimensions(97001);
SELECT * FROM evaluation_result(97001);

-- Sufficiency at its boundary (min_respondents 3, two sectors):
-- 97002 one respondent; 97003 three respondents from two sectors (exactly
-- enough); 97004 two respondents of one sector; 97005 no responses.
INSERT INTO response (evaluation_id, partnership_id, respondent_id, criterion, score) VALUES
	(97002, 97001, 97001, 'trust', 5),
	(97003, 97001, 97001, 'trust', 4), (97003, 97001, 97002, 'trust', 2), (97003, 97001, 97003, 'trust', 5),
	(97004, 97001, 97001, 'trust', 4), (97004, 97001, 97002, 'trust', 4);
SELECT e.id, r.*
FROM evaluation e, LATERAL evaluation_result(e.id) r
WHERE e.partnership_id = 97001 ORDER BY e.id;
-- No such evaluation: no row.
SELECT count(*) FROM evaluation_result(97999);

-- The thresholds are settings: with gap_threshold 2.5 the trust gap of 2
-- is no longer divergent; with min_respondents 4 evaluation 97003 is no
-- longer sufficient.
BEGIN;
UPDATE setting SET value = 2.5 WHERE name = 'gap_threshold';
UPDATE setting SET value = 4 WHERE name = 'min_respondents';
SELECT criterion, gap, divergent FROM evaluation_criteria(97001) WHERE criterion = 'trust';
SELECT respondents, sufficient FROM evaluation_result(97003);
ROLLBACK;

-- Indicators.
-- 97001 incremental increase 0 -> 100, measured 30 and 25: actual 55,
--   achievement 55.00, progress 55.00.
-- 97002 level decrease 20 -> 10, latest (June) 12: achievement (20 - 12) /
--   10 = 80.00, progress (12 - 20) / (10 - 20) = 80.00.
-- 97003 no measurements: actual NULL, 0 measurements, NULL results.
-- 97004 level increase, target = baseline 5, measured 6: achievement
--   120.00, progress NULL.
-- 97005 incremental decrease, target 0, measured 0: achievement 100.00.
INSERT INTO indicator (id, partnership_id, code, name, unit, direction, aggregation, baseline, target, target_on) VALUES
	(97001, 97001, 'kader', 'Kader terlatih', 'orang', 'increase', 'incremental', 0, 100, '2026-12-31'),
	(97002, 97001, 'stunting', 'Prevalensi stunting', '%', 'turun', 'level', 20, 10, '2027-12-31'),
	(97003, 97001, 'posyandu', 'Posyandu aktif', 'unit', 'increase', 'level', 10, 20, '2027-12-31'),
	(97004, 97001, 'puskesmas', 'Puskesmas', 'unit', 'increase', 'level', 5, 5, '2027-12-31'),
	(97005, 97001, 'gizi_buruk', 'Kasus gizi buruk baru', 'kasus', 'decrease', 'incremental', 3, 0, '2027-12-31');
INSERT INTO measurement (indicator_id, partnership_id, period_end, value) VALUES
	(97001, 97001, '2026-03-31', 30), (97001, 97001, '2026-06-30', 25),
	(97002, 97001, '2025-12-31', 18), (97002, 97001, '2026-06-30', 12), (97002, 97001, '2026-03-31', 15),
	(97004, 97001, '2026-06-30', 6),
	(97005, 97001, '2026-06-30', 0);
SELECT i.id, i.code, r.*
FROM indicator i, LATERAL indicator_result(i.id) r
WHERE i.partnership_id = 97001 ORDER BY i.id;
SELECT count(*) FROM indicator_result(97999);

-- The labels are deliberate.
SELECT p.oid::regprocedure AS function, p.provolatile, p.proisstrict, p.proparallel,
	   p.prosecdef, p.proconfig
FROM pg_proc p
WHERE p.pronamespace = 'partnership'::regnamespace
  AND p.proname IN ('evaluation_criteria', 'evaluation_dimensions', 'evaluation_result',
					'indicator_result')
ORDER BY 1::text;
