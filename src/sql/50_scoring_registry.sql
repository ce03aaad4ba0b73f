
/* ------------------------------------------------------------------------
 * Scoring of the registry (doc/scoring.md): one evaluation's criteria,
 * dimensions and overall result, and one indicator's actual, achievement
 * and progress.  Needs the registry tables (20_registry.sql) and the
 * settings table (30_rules.sql: gap_threshold, min_respondents; the
 * defaults 1.5 and 3 apply when a row is missing).  See doc/scoring.md.
 *
 * Every function reads one evaluation's or one indicator's rows through
 * their keys (response_pkey, measurement_pkey), so its cost does not grow
 * with the registry.  They are SECURITY INVOKER: row-level security and
 * the caller's grants hold.
 * ------------------------------------------------------------------------
 */

CREATE FUNCTION @extschema@.evaluation_criteria(evaluation_id pg_catalog.int8)
	RETURNS TABLE (
		criterion pg_catalog.text,
		dimension @extschema@.dimension,
		weight pg_catalog.numeric,
		reverse pg_catalog.bool,
		n pg_catalog.int8,
		mean pg_catalog.numeric,
		balanced_mean pg_catalog.numeric,
		gap pg_catalog.numeric,
		divergent pg_catalog.bool,
		sectors @extschema@.sectorset,
		index pg_catalog.numeric,
		status pg_catalog.text
	)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT c.code, c.dimension, c.weight, c.reverse,
		   (s.l).n, (s.l).mean, (s.l).balanced_mean, (s.l).gap,
		   (s.l).gap >= coalesce((SELECT t.value FROM @extschema@.setting t
								  WHERE t.name = 'gap_threshold'), 1.5),
		   (s.l).sectors, (s.l).index, (s.l).status
	FROM (SELECT r.criterion,
				 @extschema@.likert(r.score, p.sector, c.reverse) AS l
		  FROM @extschema@.response r
		  JOIN @extschema@.criterion c ON c.code = r.criterion
		  JOIN @extschema@.partner p ON p.id = r.respondent_id
		  WHERE r.evaluation_id = $1
		  GROUP BY r.criterion) s
	JOIN @extschema@.criterion c ON c.code = s.criterion
	ORDER BY c.dimension, c.code
$$;
COMMENT ON FUNCTION @extschema@.evaluation_criteria(pg_catalog.int8) IS 'per criterion answered in one evaluation: likert() summary of its scores (reverse criteria scored 6 - score), divergent when gap >= setting gap_threshold (1.5)';

CREATE FUNCTION @extschema@.evaluation_dimensions(evaluation_id pg_catalog.int8)
	RETURNS TABLE (
		dimension @extschema@.dimension,
		criteria pg_catalog.int4,
		index pg_catalog.numeric,
		grade pg_catalog.text,
		status pg_catalog.text
	)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT x.dimension, x.criteria, x.index, @extschema@.grade(x.index),
		   @extschema@.factor_status(x.index / 25 + 1)
	FROM (SELECT c.dimension, count(*)::int4 AS criteria,
				 round(sum(c.weight * c.index) / sum(c.weight), 2) AS index
		  FROM @extschema@.evaluation_criteria($1) c
		  GROUP BY c.dimension) x
	ORDER BY x.dimension
$$;
COMMENT ON FUNCTION @extschema@.evaluation_dimensions(pg_catalog.int8) IS 'per dimension (outcome, process, risk) of one evaluation: weighted mean of its criteria''s indexes (weights from criterion), SAKIP grade, and the Wilder band of the matching mean (index / 25 + 1)';

CREATE FUNCTION @extschema@.evaluation_result(evaluation_id pg_catalog.int8)
	RETURNS TABLE (
		criteria pg_catalog.int4,
		index pg_catalog.numeric,
		grade pg_catalog.text,
		respondents pg_catalog.int8,
		sectors @extschema@.sectorset,
		sufficient pg_catalog.bool
	)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT c.criteria, c.index, @extschema@.grade(c.index),
		   w.respondents, w.sectors,
		   w.respondents >= coalesce((SELECT t.value FROM @extschema@.setting t
									  WHERE t.name = 'min_respondents'), 3)
		   AND @extschema@.cardinality(w.sectors) >= 2
	FROM @extschema@.evaluation e
	CROSS JOIN LATERAL (
		SELECT count(*)::int4 AS criteria,
			   round(sum(k.weight * k.index) / sum(k.weight), 2) AS index
		FROM @extschema@.evaluation_criteria(e.id) k) c
	CROSS JOIN LATERAL (
		SELECT count(*) AS respondents,
			   coalesce(@extschema@.sectors(p.sector), '{}') AS sectors
		FROM (SELECT DISTINCT r.respondent_id FROM @extschema@.response r
			  WHERE r.evaluation_id = e.id) d
		JOIN @extschema@.partner p ON p.id = d.respondent_id) w
	WHERE e.id = $1
$$;
COMMENT ON FUNCTION @extschema@.evaluation_result(pg_catalog.int8) IS 'overall result of one evaluation (no row when it does not exist): weighted mean of its criteria''s indexes, SAKIP grade, respondents and their sectors, and sufficient when at least setting min_respondents (3) respondents from at least two sectors answered';

CREATE FUNCTION @extschema@.indicator_result(indicator_id pg_catalog.int8)
	RETURNS TABLE (
		actual pg_catalog.numeric,
		measurements pg_catalog.int8,
		last_period_end pg_catalog.date,
		achievement pg_catalog.numeric,
		progress pg_catalog.numeric
	)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT a.actual, a.measurements, a.last_period_end,
		   @extschema@.achievement(i.baseline, i.target, a.actual, i.direction),
		   @extschema@.progress(i.baseline, i.target, a.actual)
	FROM @extschema@.indicator i
	CROSS JOIN LATERAL (
		SELECT CASE WHEN i.aggregation::pg_catalog.text = 'level'
					THEN (SELECT m.value FROM @extschema@.measurement m
						  WHERE m.indicator_id = i.id
						  ORDER BY m.period_end DESC LIMIT 1)
					ELSE sum(m.value) END AS actual,
			   count(*) AS measurements,
			   max(m.period_end) AS last_period_end
		FROM @extschema@.measurement m
		WHERE m.indicator_id = i.id) a
	WHERE i.id = $1
$$;
COMMENT ON FUNCTION @extschema@.indicator_result(pg_catalog.int8) IS 'one indicator (no row when it does not exist): actual value (sum of measurements when incremental, the latest by period_end when level; NULL without measurements), number of measurements, last period, achievement() and progress() against its baseline and target';
