
/* ------------------------------------------------------------------------
 * Scoring (doc/scoring.md): the likert() aggregate and the functions that
 * grade, band and rate plain values.  See doc/scoring.md.
 * ------------------------------------------------------------------------
 */

CREATE TYPE @extschema@.likert_summary AS (
	n pg_catalog.int8,
	mean pg_catalog.numeric,
	balanced_mean pg_catalog.numeric,
	gap pg_catalog.numeric,
	sectors @extschema@.sectorset,
	index pg_catalog.numeric,
	status pg_catalog.text
);
COMMENT ON TYPE @extschema@.likert_summary IS 'result of likert(): an exact, sector-balanced summary of 1-5 agreement scores';
COMMENT ON COLUMN @extschema@.likert_summary.n IS 'number of scores counted (NULL scores are skipped)';
COMMENT ON COLUMN @extschema@.likert_summary.mean IS 'plain mean of all scores, 4 decimals';
COMMENT ON COLUMN @extschema@.likert_summary.balanced_mean IS 'mean of the per-sector means over the responding sectors, so every sector weighs the same; 4 decimals';
COMMENT ON COLUMN @extschema@.likert_summary.gap IS 'perception gap: highest minus lowest per-sector mean (0 with one sector), 4 decimals';
COMMENT ON COLUMN @extschema@.likert_summary.sectors IS 'the responding sectors';
COMMENT ON COLUMN @extschema@.likert_summary.index IS 'index (balanced_mean - 1) / 4 * 100, 0 to 100, 2 decimals';
COMMENT ON COLUMN @extschema@.likert_summary.status IS 'Wilder band of the reported balanced mean, as factor_status(balanced_mean): strength (>= 4.0), borderline (3.0 to < 4.0), concern (< 3.0)';

-- The aggregate's support functions (internal state: respondents and score sums per sector).
CREATE FUNCTION @extschema@.likert_transfn(pg_catalog.internal, pg_catalog.int2, @extschema@.sector)
	RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'likert_transfn'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.likert_transfn(pg_catalog.internal, pg_catalog.int2, @extschema@.sector, pg_catalog.bool)
	RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'likert_transfn'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.likert_combinefn(pg_catalog.internal, pg_catalog.internal)
	RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'likert_combinefn'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION @extschema@.likert_serializefn(pg_catalog.internal)
	RETURNS pg_catalog.bytea AS 'MODULE_PATHNAME', 'likert_serializefn'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.likert_deserializefn(pg_catalog.bytea, pg_catalog.internal)
	RETURNS pg_catalog.internal AS 'MODULE_PATHNAME', 'likert_deserializefn'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.likert_finalfn(pg_catalog.internal)
	RETURNS @extschema@.likert_summary AS 'MODULE_PATHNAME', 'likert_finalfn'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.likert_transfn(pg_catalog.internal, pg_catalog.int2, @extschema@.sector) IS 'transition function of likert(score, sector): count one response';
COMMENT ON FUNCTION @extschema@.likert_transfn(pg_catalog.internal, pg_catalog.int2, @extschema@.sector, pg_catalog.bool) IS 'transition function of likert(score, sector, reverse): count one response, as 6 - score when reverse';
COMMENT ON FUNCTION @extschema@.likert_combinefn(pg_catalog.internal, pg_catalog.internal) IS 'combine function of likert(): add two partial states';
COMMENT ON FUNCTION @extschema@.likert_serializefn(pg_catalog.internal) IS 'serialize function of likert(): state to bytea for parallel workers';
COMMENT ON FUNCTION @extschema@.likert_deserializefn(pg_catalog.bytea, pg_catalog.internal) IS 'deserialize function of likert(): bytea to state';
COMMENT ON FUNCTION @extschema@.likert_finalfn(pg_catalog.internal) IS 'final function of likert(): the exact summary of the counted responses';

CREATE AGGREGATE @extschema@.likert(pg_catalog.int2, @extschema@.sector) (
	SFUNC = @extschema@.likert_transfn,
	STYPE = pg_catalog.internal,
	SSPACE = 112,
	FINALFUNC = @extschema@.likert_finalfn,
	COMBINEFUNC = @extschema@.likert_combinefn,
	SERIALFUNC = @extschema@.likert_serializefn,
	DESERIALFUNC = @extschema@.likert_deserializefn,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.likert(pg_catalog.int2, @extschema@.sector) IS 'exact sector-balanced summary of 1-5 agreement scores: n, mean, balanced_mean, gap, sectors, index, status; NULL scores skipped, NULL sector or a score outside 1-5 an error';

CREATE AGGREGATE @extschema@.likert(pg_catalog.int2, @extschema@.sector, pg_catalog.bool) (
	SFUNC = @extschema@.likert_transfn,
	STYPE = pg_catalog.internal,
	SSPACE = 112,
	FINALFUNC = @extschema@.likert_finalfn,
	COMBINEFUNC = @extschema@.likert_combinefn,
	SERIALFUNC = @extschema@.likert_serializefn,
	DESERIALFUNC = @extschema@.likert_deserializefn,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE @extschema@.likert(pg_catalog.int2, @extschema@.sector, pg_catalog.bool) IS 'likert(score, sector) for criteria that may be phrased as problems: counts 6 - score when reverse is true';

-- Grades and bands.
CREATE FUNCTION @extschema@.grade(index pg_catalog.numeric)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'scoring_grade'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.grade(pg_catalog.numeric) IS 'SAKIP grade of an index 0-100, lower bounds exclusive: AA > 90, A > 80, BB > 70, B > 60, CC > 50, C > 30, D';

CREATE FUNCTION @extschema@.grade_label(index pg_catalog.numeric, lang pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'scoring_grade_label'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.grade_label(pg_catalog.numeric, pg_catalog.text) IS 'label of the SAKIP grade of an index in a language: ''id'' (Sangat Memuaskan ... Sangat Kurang) or ''en'' (Excellent ... Very poor)';

CREATE FUNCTION @extschema@.grade_label(index pg_catalog.numeric)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'scoring_grade_label_default'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.grade_label(pg_catalog.numeric) IS 'label of the SAKIP grade of an index in the language of setting partnership.language';

CREATE FUNCTION @extschema@.factor_status(mean pg_catalog.numeric)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'scoring_factor_status'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.factor_status(pg_catalog.numeric) IS 'Wilder band of a 1-5 mean: strength (>= 4.0), borderline (3.0 to < 4.0), concern (< 3.0)';

-- Indicators.
CREATE FUNCTION @extschema@.achievement(baseline pg_catalog.numeric, target pg_catalog.numeric, actual pg_catalog.numeric, direction @extschema@.direction)
	RETURNS pg_catalog.numeric AS 'MODULE_PATHNAME', 'scoring_achievement'
	LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.achievement(pg_catalog.numeric, pg_catalog.numeric, pg_catalog.numeric, @extschema@.direction) IS 'percent of target achieved, uncapped, 2 decimals: increase actual/target*100, decrease (2*target-actual)/target*100; target 0: 100 when actual is on the target''s good side (>= 0 increase, <= 0 decrease), else 0; baseline unused and may be NULL';

CREATE FUNCTION @extschema@.progress(baseline pg_catalog.numeric, target pg_catalog.numeric, actual pg_catalog.numeric)
	RETURNS pg_catalog.numeric AS 'MODULE_PATHNAME', 'scoring_progress'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.progress(pg_catalog.numeric, pg_catalog.numeric, pg_catalog.numeric) IS 'percent of the way from baseline to target covered, (actual-baseline)/(target-baseline)*100, uncapped, 2 decimals; NULL when target = baseline';

-- Risks and stakeholders.
CREATE FUNCTION @extschema@.risk_level(likelihood pg_catalog.int4, impact pg_catalog.int4)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'scoring_risk_level'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.risk_level(pg_catalog.int4, pg_catalog.int4) IS 'level of a risk rated 1-5 on likelihood and impact: rating likelihood*impact low <= 4, medium 5-9, high 10-16, critical >= 20';

CREATE FUNCTION @extschema@.stakeholder_quadrant(influence pg_catalog.int4, interest pg_catalog.int4)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'scoring_stakeholder_quadrant'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.stakeholder_quadrant(pg_catalog.int4, pg_catalog.int4) IS 'Mendelow quadrant of a stakeholder rated 1-5 (high = 4 or 5): manage_closely (both high), keep_satisfied (influence), keep_informed (interest), monitor';
