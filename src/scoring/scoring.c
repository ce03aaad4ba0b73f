/*-------------------------------------------------------------------------
 *
 * scoring.c
 *	  The scoring functions of doc/scoring.md that work on plain values:
 *	  SAKIP grades of an index, Wilder status bands of a mean, indicator
 *	  achievement and progress, risk levels and the Mendelow stakeholder
 *	  quadrants.
 *
 * Every function here is pure (the one-argument grade_label() aside, which
 * reads partnership.language) and checks its inputs against their scales,
 * so that a value from the wrong scale (an index where a mean is expected,
 * a likelihood of 7) is an error rather than a plausible-looking answer.
 * Percentages are rounded once, exactly, to two decimals.
 *
 * src/scoring/scoring.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/numeric.h"

#include "compat.h"
#include "partnership.h"
#include "scoring/scoring.h"
#include "vocabulary/vocabulary.h"
#include "vocabulary/fmgr.h"

/* Decimals of achievement() and progress() percentages. */
#define SCORING_PERCENT_SCALE	2

/* One SAKIP grade: an index above floor (exclusive) earns it. */
typedef struct SakipGrade
{
	int			floor;			/* lower bound, exclusive; -1 for the last */
	const char *grade;
	const char *label_id;		/* official Indonesian label */
	const char *label_en;		/* English equivalent */
} SakipGrade;

/* Highest first; the first grade whose floor the index exceeds applies. */
static const SakipGrade sakip_grades[] = {
	{90, "AA", "Sangat Memuaskan", "Excellent"},
	{80, "A", "Memuaskan", "Very good"},
	{70, "BB", "Sangat Baik", "Good"},
	{60, "B", "Baik", "Fairly good"},
	{50, "CC", "Cukup", "Adequate"},
	{30, "C", "Kurang", "Poor"},
	{-1, "D", "Sangat Kurang", "Very poor"},
};

static const char *const status_names[] = {"concern", "borderline", "strength"};

PG_FUNCTION_INFO_V1(scoring_grade);
PG_FUNCTION_INFO_V1(scoring_grade_label);
PG_FUNCTION_INFO_V1(scoring_grade_label_default);
PG_FUNCTION_INFO_V1(scoring_factor_status);
PG_FUNCTION_INFO_V1(scoring_achievement);
PG_FUNCTION_INFO_V1(scoring_progress);
PG_FUNCTION_INFO_V1(scoring_risk_level);
PG_FUNCTION_INFO_V1(scoring_stakeholder_quadrant);

/*
 * Name of a Wilder band (SCORING_BAND_*): shared with likert.c.
 */
const char *
ScoringStatusName(int band)
{
	if (band < 0 || band >= lengthof(status_names))
		elog(ERROR, "invalid status band %d", band);
	return status_names[band];
}

/* ------------------------------------------------------------------------
 * Numeric helpers
 * ------------------------------------------------------------------------
 */

/*
 * The numeric constants the per-row paths use (zero to compare with, the
 * factors of PercentOf()), made once per backend: int64_to_numeric() is a
 * palloc each time, and the report views call these functions for every
 * row.
 */
static Numeric
NumericConstant(int64 value, Numeric *cache)
{
	if (*cache == NULL)
	{
		MemoryContext oldcontext = MemoryContextSwitchTo(TopMemoryContext);

		*cache = int64_to_numeric(value);
		MemoryContextSwitchTo(oldcontext);
	}
	return *cache;
}

static Numeric numeric_zero;
static Numeric numeric_two;
static Numeric numeric_hundred;
static Numeric numeric_twenty_thousand;

/* -1, 0 or 1 as a (not NaN) is below, at or above zero */
static int
NumericSign(Numeric a)
{
	Numeric		zero = NumericConstant(0, &numeric_zero);
	int			cmp = DatumGetInt32(DirectFunctionCall2(numeric_cmp,
														NumericGetDatum(a),
														NumericGetDatum(zero)));

	return (cmp > 0) - (cmp < 0);
}

static int
NumericCmpInt(Numeric a, int64 b)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp,
											 NumericGetDatum(a),
											 NumericGetDatum(int64_to_numeric(b))));
}

static char *
NumericText(Numeric a)
{
	return DatumGetCString(DirectFunctionCall1(numeric_out,
											   NumericGetDatum(a)));
}

static Numeric
NumericOp(PGFunction op, Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(op, NumericGetDatum(a),
											   NumericGetDatum(b)));
}

/*
 * round(a / b * 100, 2), exactly: a single rounding half away from zero,
 * computed with truncating division so no intermediate result is rounded.
 *
 * With n = |a| * 10^4 and d = |b|, the result times 100 is
 * trunc((2n + d) / 2d), signed.  The report views call this twice a row
 * (achievement() and progress()), so it takes as few numeric operations
 * as it can: one multiplication, two additions and the division, and when
 * the result fits an int4 (any percent below twenty million) the scale
 * comes from int64_div_fast_to_numeric() instead of a division by 100 and
 * round().
 */
static Datum
PercentOf(Numeric a, Numeric b)
{
	Numeric		hundred = NumericConstant(100, &numeric_hundred);
	Numeric		num;
	Numeric		den;
	Numeric		q;
	int			sign_a;
	int			sign_b;
	int32		hundredths;
	bool		overflow = false;

	if (numeric_is_nan(a) || numeric_is_nan(b))
		return NumericGetDatum(NumericOp(numeric_div,
										 NumericOp(numeric_mul, a, hundred),
										 b));

	sign_a = NumericSign(a);
	sign_b = NumericSign(b);
	num = a;
	if (sign_a < 0)
		num = DatumGetNumeric(DirectFunctionCall1(numeric_abs,
												  NumericGetDatum(a)));
	den = b;
	if (sign_b < 0)
		den = DatumGetNumeric(DirectFunctionCall1(numeric_abs,
												  NumericGetDatum(b)));

	num = NumericOp(numeric_mul, num,
					NumericConstant(20000, &numeric_twenty_thousand));
	q = NumericOp(numeric_div_trunc, NumericOp(numeric_add, num, den),
				  NumericOp(numeric_add, den, den));
	if ((sign_a < 0) != (sign_b < 0) && sign_a != 0)
		q = DatumGetNumeric(DirectFunctionCall1(numeric_uminus,
												NumericGetDatum(q)));

	hundredths = numeric_int4_opt_error(q, &overflow);
	if (!overflow)
		return NumericGetDatum(int64_div_fast_to_numeric(hundredths,
														 SCORING_PERCENT_SCALE));
	/* q / 100 is exact; round() only fixes the display scale */
	return DirectFunctionCall2(numeric_round,
							   NumericGetDatum(NumericOp(numeric_div, q, hundred)),
							   Int32GetDatum(SCORING_PERCENT_SCALE));
}

static Datum
PercentConstant(int percent)
{
	return NumericGetDatum(int64_div_fast_to_numeric((int64) percent * 100,
													 SCORING_PERCENT_SCALE));
}

/* ------------------------------------------------------------------------
 * Grades and bands
 * ------------------------------------------------------------------------
 */

/* The SAKIP grade of an index 0..100; anything else is an error. */
static const SakipGrade *
SakipGradeOf(Numeric index)
{
	int			g;

	if (numeric_is_nan(index) ||
		NumericCmpInt(index, 0) < 0 || NumericCmpInt(index, 100) > 0)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg_cat(MSG_SCORING_INDEX_RANGE, NumericText(index)),
				errdetail_cat(MSG_SCORING_INDEX_RANGE_DETAIL),
				errhint_cat(MSG_SCORING_INDEX_RANGE_HINT));

	for (g = 0; g < lengthof(sakip_grades) - 1; g++)
		if (NumericCmpInt(index, sakip_grades[g].floor) > 0)
			break;
	return &sakip_grades[g];
}

/* grade(index numeric) -> text: AA, A, BB, B, CC, C or D */
Datum
scoring_grade(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(SakipGradeOf(PG_GETARG_NUMERIC(0))->grade));
}

static Datum
GradeLabel(Numeric index, PartnershipLanguage lang)
{
	const SakipGrade *g = SakipGradeOf(index);

	return CStringGetTextDatum(lang == PARTNERSHIP_LANGUAGE_ID ?
							   g->label_id : g->label_en);
}

/* grade_label(index numeric, lang text) -> text */
Datum
scoring_grade_label(PG_FUNCTION_ARGS)
{
	PartnershipLanguage lang = PartnershipParseLanguage(PG_GETARG_TEXT_PP(1));

	PG_RETURN_DATUM(GradeLabel(PG_GETARG_NUMERIC(0), lang));
}

/* grade_label(index numeric) -> text, in the language of the setting */
Datum
scoring_grade_label_default(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(GradeLabel(PG_GETARG_NUMERIC(0),
							   (PartnershipLanguage) partnership_language));
}

/* factor_status(mean numeric) -> text: strength, borderline or concern */
Datum
scoring_factor_status(PG_FUNCTION_ARGS)
{
	Numeric		mean = PG_GETARG_NUMERIC(0);
	int			band;

	if (numeric_is_nan(mean) ||
		NumericCmpInt(mean, 1) < 0 || NumericCmpInt(mean, 5) > 0)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg_cat(MSG_SCORING_MEAN_RANGE, NumericText(mean)),
				errdetail_cat(MSG_SCORING_MEAN_RANGE_DETAIL),
				errhint_cat(MSG_SCORING_MEAN_RANGE_HINT));

	if (NumericCmpInt(mean, 4) >= 0)
		band = SCORING_BAND_STRENGTH;
	else if (NumericCmpInt(mean, 3) >= 0)
		band = SCORING_BAND_BORDERLINE;
	else
		band = SCORING_BAND_CONCERN;
	PG_RETURN_TEXT_P(cstring_to_text(ScoringStatusName(band)));
}

/* ------------------------------------------------------------------------
 * Indicators
 * ------------------------------------------------------------------------
 */

/*
 * achievement(baseline, target, actual numeric, direction) -> numeric:
 * percent of the target reached, uncapped.  Increase: actual / target.
 * Decrease: (2 * target - actual) / target.  A target of 0 gives 100 when
 * the actual is on the right side of it (>= 0 for increase, <= 0 for
 * decrease) and 0 otherwise.  The baseline does not enter the formula; it
 * is accepted (and may be NULL) so that achievement() and progress() read
 * alike.  NULL when target, actual or direction is NULL.
 */
Datum
scoring_achievement(PG_FUNCTION_ARGS)
{
	Numeric		target;
	Numeric		actual;
	VocabularyCode dir;
	bool		decrease;

	if (PG_ARGISNULL(1) || PG_ARGISNULL(2) || PG_ARGISNULL(3))
		PG_RETURN_NULL();
	target = PG_GETARG_NUMERIC(1);
	actual = PG_GETARG_NUMERIC(2);
	dir = VocabularyCheckCode(&DirectionVocabulary, PG_GETARG_DATUM(3));
	decrease = dir == DIRECTION_DECREASE;

	if (!numeric_is_nan(target) && NumericSign(target) == 0)
	{
		int			cmp = NumericSign(actual);
		bool		met = numeric_is_nan(actual) ? false :
			(decrease ? cmp <= 0 : cmp >= 0);

		PG_RETURN_DATUM(PercentConstant(met ? 100 : 0));
	}

	if (decrease)
		actual = NumericOp(numeric_sub,
						   NumericOp(numeric_mul, target,
									 NumericConstant(2, &numeric_two)),
						   actual);
	PG_RETURN_DATUM(PercentOf(actual, target));
}

/*
 * progress(baseline, target, actual numeric) -> numeric: the share of the
 * way from baseline to target covered, in percent, uncapped and negative
 * when moving away; NULL when target = baseline (no way to cover).
 */
Datum
scoring_progress(PG_FUNCTION_ARGS)
{
	Numeric		baseline = PG_GETARG_NUMERIC(0);
	Numeric		target = PG_GETARG_NUMERIC(1);
	Numeric		actual = PG_GETARG_NUMERIC(2);
	Numeric		way = NumericOp(numeric_sub, target, baseline);

	if (!numeric_is_nan(way) && NumericSign(way) == 0)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(PercentOf(NumericOp(numeric_sub, actual, baseline), way));
}

/* ------------------------------------------------------------------------
 * Risks and stakeholders
 * ------------------------------------------------------------------------
 */

/* A rating on a 1..5 scale, or an error naming it (msg takes the value). */
static void
CheckRating(int32 value, MessageId msg, MessageId detail, MessageId hint)
{
	if (value < 1 || value > 5)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg_cat(msg, value),
				errdetail_cat(detail),
				errhint_cat(hint));
}

/*
 * risk_level(likelihood int, impact int) -> text: the rating
 * likelihood * impact is low up to 4, medium 5-9, high 10-16, critical 20
 * and 25 (17-19 are not products of two ratings).
 */
Datum
scoring_risk_level(PG_FUNCTION_ARGS)
{
	int32		likelihood = PG_GETARG_INT32(0);
	int32		impact = PG_GETARG_INT32(1);
	int32		rating;
	const char *level;

	CheckRating(likelihood, MSG_SCORING_LIKELIHOOD_RANGE,
				MSG_SCORING_LIKELIHOOD_DETAIL, MSG_SCORING_LIKELIHOOD_HINT);
	CheckRating(impact, MSG_SCORING_IMPACT_RANGE,
				MSG_SCORING_IMPACT_DETAIL, MSG_SCORING_IMPACT_HINT);

	rating = likelihood * impact;
	if (rating <= 4)
		level = "low";
	else if (rating <= 9)
		level = "medium";
	else if (rating <= 16)
		level = "high";
	else
		level = "critical";
	PG_RETURN_TEXT_P(cstring_to_text(level));
}

/*
 * stakeholder_quadrant(influence int, interest int) -> text: Mendelow's
 * power-interest grid, "high" meaning 4 or 5.
 */
Datum
scoring_stakeholder_quadrant(PG_FUNCTION_ARGS)
{
	int32		influence = PG_GETARG_INT32(0);
	int32		interest = PG_GETARG_INT32(1);
	bool		high_influence;
	bool		high_interest;
	const char *quadrant;

	CheckRating(influence, MSG_SCORING_INFLUENCE_RANGE,
				MSG_SCORING_INFLUENCE_DETAIL, MSG_SCORING_INFLUENCE_HINT);
	CheckRating(interest, MSG_SCORING_INTEREST_RANGE,
				MSG_SCORING_INTEREST_DETAIL, MSG_SCORING_INTEREST_HINT);

	high_influence = influence >= 4;
	high_interest = interest >= 4;
	if (high_influence && high_interest)
		quadrant = "manage_closely";
	else if (high_influence)
		quadrant = "keep_satisfied";
	else if (high_interest)
		quadrant = "keep_informed";
	else
		quadrant = "monitor";
	PG_RETURN_TEXT_P(cstring_to_text(quadrant));
}
