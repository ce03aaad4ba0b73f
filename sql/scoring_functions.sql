--
-- Scoring functions on plain values: SAKIP grades, Wilder bands,
-- achievement and progress of indicators, risk levels, stakeholder
-- quadrants.  Boundaries are tested on both sides.
--
SET search_path = partnership, public;
\set VERBOSITY default

-- grade(): lower bounds exclusive, so exactly 90 is A, not AA.
SELECT i AS index, grade(i), grade_label(i, 'id') AS label_id, grade_label(i, 'en') AS label_en
FROM unnest(ARRAY[100, 90.01, 90, 80.01, 80, 70.01, 70, 60.01, 60, 50.01, 50,
				  30.01, 30, 0]::numeric[]) i;

-- grade_label(index) follows partnership.language; lang is trimmed, any case.
SET partnership.language = 'id';
SELECT grade_label(95), grade_label(55, ' EN ');
SET partnership.language = 'en';
SELECT grade_label(95);
RESET partnership.language;

-- An index outside 0..100, NaN, or an unknown language: 22023.
SELECT grade(100.01);
\echo :LAST_ERROR_SQLSTATE
SELECT grade(-0.5);
\echo :LAST_ERROR_SQLSTATE
SELECT grade('NaN');
\echo :LAST_ERROR_SQLSTATE
SELECT grade_label(50, 'fr');
\echo :LAST_ERROR_SQLSTATE
SELECT grade(NULL) IS NULL AS strict;

-- factor_status(): strength >= 4.0, borderline 3.0 to < 4.0, concern < 3.0.
SELECT m AS mean, factor_status(m)
FROM unnest(ARRAY[5, 4.0, 3.9999, 3.0, 2.9999, 1]::numeric[]) m;
SELECT factor_status(75);
\echo :LAST_ERROR_SQLSTATE
SELECT factor_status(0.99);
\echo :LAST_ERROR_SQLSTATE

-- achievement(baseline, target, actual, direction), percent, uncapped.
SELECT b AS baseline, t AS target, a AS actual, d AS direction,
	   achievement(b, t, a, d::partnership.direction), note
FROM (VALUES
	(0, 80, 50, 'increase', 'increase: 50 / 80 = 62.50'),
	(0, 80, 120, 'increase', 'increase, beyond target, uncapped: 150.00'),
	(0, 80, 80, 'increase', 'exactly on target: 100.00'),
	(0, 3, 1, 'increase', '1 / 3: 33.33'),
	(0, 3, 2, 'increase', '2 / 3: 66.67'),
	(0, 800, 1, 'increase', '0.125 rounds half away from zero: 0.13'),
	(0, 800, -1, 'increase', '-0.125: -0.13'),
	(20, 10, 8, 'decrease', 'decrease: (20 - 8) / 10 = 120.00'),
	(20, 10, 12, 'decrease', 'decrease: (20 - 12) / 10 = 80.00'),
	(20, 10, 10, 'decrease', 'decrease on target: 100.00'),
	(20, 10, 25, 'decrease', 'decrease, far off, uncapped: -50.00'),
	(5, 0, 0, 'decrease', 'target 0, decrease, actual 0: 100.00'),
	(5, 0, -1, 'decrease', 'target 0, decrease, actual below: 100.00'),
	(5, 0, 2, 'decrease', 'target 0, decrease, actual above: 0.00'),
	(-5, 0, 0, 'increase', 'target 0, increase, actual 0: 100.00'),
	(-5, 0, 3, 'increase', 'target 0, increase, actual above: 100.00'),
	(-5, 0, -1, 'increase', 'target 0, increase, actual below: 0.00'),
	(NULL, 10, 5, 'naik', 'baseline unused, may be NULL: 50.00'),
	(0, -80, 50, 'increase', 'negative target: -62.50'),
	(0, -80, -50, 'increase', 'both negative: 62.50'),
	(0, 100, 21474836.47, 'increase', 'largest percent formed as an int4 of hundredths: 21474836.47'),
	(0, 100, 21474836.475, 'increase', 'the next one up, by the numeric path: 21474836.48'),
	(0, 100, -21474836.49, 'increase', 'and below: -21474836.49'),
	(0, 0.0003, 1000000, 'increase', 'far beyond an int4: 333333333333.33'),
	(0, 0.07, 0.035, 'decrease', 'decimals: (0.14 - 0.035) / 0.07 = 150.00'),
	(0, 1e20, 3e19, 'decrease', 'large values: 170.00')
) v(b, t, a, d, note);
SELECT achievement(0, NULL, 5, 'increase') IS NULL AS no_target,
	   achievement(0, 10, NULL, 'increase') IS NULL AS no_actual,
	   achievement(0, 10, 5, NULL) IS NULL AS no_direction;

-- progress(baseline, target, actual): share of the way covered.
SELECT b AS baseline, t AS target, a AS actual, progress(b, t, a), note
FROM (VALUES
	(10, 20, 15, 'half way: 50.00'),
	(10, 20, 25, 'beyond, uncapped: 150.00'),
	(10, 20, 5, 'moving away: -50.00'),
	(0, 3, 2, '2 / 3: 66.67'),
	(100, 50, 75, 'decreasing indicator, half way: 50.00'),
	(100, 50, 40, 'decreasing indicator, beyond: 120.00'),
	(100, 50, 110, 'decreasing indicator, moving away: -20.00'),
	(10, 10, 12, 'target = baseline: NULL'),
	(0, 0, 0, 'target = baseline = 0: NULL')
) v(b, t, a, note);
SELECT progress(NULL, 1, 1) IS NULL AS strict;

-- risk_level(): rating = likelihood * impact; low <= 4, medium 5-9,
-- high 10-16, critical >= 20 (17-19 are not products of two ratings).
SELECT l AS likelihood,
	   string_agg(format('%s=%s', l * i, risk_level(l, i)), ' ' ORDER BY i) AS by_impact_1_to_5
FROM generate_series(1, 5) l, generate_series(1, 5) i
GROUP BY l ORDER BY l;
SELECT risk_level(0, 3);
\echo :LAST_ERROR_SQLSTATE
SELECT risk_level(3, 6);
\echo :LAST_ERROR_SQLSTATE

-- stakeholder_quadrant(): high means 4 or 5.
SELECT f AS influence,
	   string_agg(format('%s:%s', t, stakeholder_quadrant(f, t)), ' ' ORDER BY t) AS by_interest
FROM generate_series(1, 5) f, generate_series(1, 5) t
WHERE t IN (1, 3, 4, 5)
GROUP BY f ORDER BY f;
SELECT stakeholder_quadrant(6, 1);
\echo :LAST_ERROR_SQLSTATE
SELECT stakeholder_quadrant(4, 0);
\echo :LAST_ERROR_SQLSTATE

-- The labels are deliberate.
SELECT p.oid::regprocedure AS function, p.provolatile, p.proisstrict, p.proparallel
FROM pg_proc p
WHERE p.pronamespace = 'partnership'::regnamespace
  AND p.proname IN ('grade', 'grade_label', 'factor_status', 'achievement',
					'progress', 'risk_level', 'stakeholder_quadrant', 'likert')
ORDER BY 1::text;
