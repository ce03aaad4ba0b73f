/*-------------------------------------------------------------------------
 *
 * likert.c
 *	  The likert(score, sector) aggregate: an exact, sector-balanced summary
 *	  of 1-5 agreement scores (doc/scoring.md).
 *
 * The transition state holds, for every sector, the number of responses
 * and the sum of their scores, as plain integers.  Adding a row is two
 * additions, with no allocation and no numeric arithmetic, so the
 * aggregate costs about what avg(smallint) costs.  Every result is computed
 * once per group in the final function from those integers: each value is
 * an exact fraction that is rounded once, half away from zero, to a fixed
 * display scale (means and gap 4 decimals, index 2 decimals).  The status
 * band is that of the reported balanced mean, so a reader can always
 * reproduce it with factor_status(balanced_mean).
 *
 * The balanced mean B = (1/k) * sum(S_s / N_s) over the k responding
 * sectors is the fraction sum(S_s * prod(N_t, t != s)) / (k * prod(N_t)).
 * It is computed in 128-bit integers when the product of the counts
 * certainly fits, and with numeric (arbitrary precision) integers
 * otherwise, so it stays exact for any count.
 *
 * The aggregate is parallel safe: partial states are combined by adding
 * their totals and travel between processes as a compact bytea.
 *
 * src/scoring/likert.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "fmgr.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "port/pg_bitutils.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "compat.h"
#include "scoring/scoring.h"
#include "vocabulary/vocabulary.h"
#include "vocabulary/fmgr.h"

#ifndef HAVE_INT128
#error "likert() needs a compiler with 128-bit integers"
#endif

/* Scores are 1..LIKERT_MAX_SCORE. */
#define LIKERT_MIN_SCORE	1
#define LIKERT_MAX_SCORE	5

/* Most responses in one group: 2^48, far beyond any real evaluation. */
#define LIKERT_MAX_RESPONSES	(INT64CONST(1) << 48)

/* Display scales of the results. */
#define LIKERT_MEAN_SCALE	4
#define LIKERT_INDEX_SCALE	2

/*
 * Sectors a state has room for: the seven of the sector vocabulary.  Kept
 * small on purpose, as a grouped aggregate holds one state per group.
 */
#define LIKERT_SECTORS		7

/* The transition state: respondents and sum of scores per sector. */
typedef struct LikertState
{
	int64		n[LIKERT_SECTORS];
	int64		sum[LIKERT_SECTORS];
} LikertState;

/* The responding sectors of a state, and the grand totals. */
typedef struct LikertTotals
{
	int			k;				/* number of responding sectors */
	int			sector[LIKERT_SECTORS]; /* their codes */
	int64		n[LIKERT_SECTORS];	/* respondents per sector */
	int64		s[LIKERT_SECTORS];	/* sum of scores per sector */
	int64		n_all;			/* all respondents */
	int64		s_all;			/* sum of all scores */
	VocabularySet sectors;		/* responding sectors */
} LikertTotals;

/* Cached result row descriptor of the final function. */
typedef struct LikertFinalCache
{
	TupleDesc	tupdesc;
} LikertFinalCache;

PG_FUNCTION_INFO_V1(likert_transfn);
PG_FUNCTION_INFO_V1(likert_combinefn);
PG_FUNCTION_INFO_V1(likert_serializefn);
PG_FUNCTION_INFO_V1(likert_deserializefn);
PG_FUNCTION_INFO_V1(likert_finalfn);

/* ------------------------------------------------------------------------
 * Transition, combine, serialize, deserialize
 * ------------------------------------------------------------------------
 */

/* A fresh, zeroed state in the aggregate's memory context. */
static LikertState *
LikertNewState(FunctionCallInfo fcinfo, const char *fname)
{
	MemoryContext aggcontext;

	if (!AggCheckCallContext(fcinfo, &aggcontext))
		elog(ERROR, "%s called in non-aggregate context", fname);
	if (SectorVocabulary.nterms > LIKERT_SECTORS)
		elog(ERROR, "likert() has room for %d sectors, not %d",
			 LIKERT_SECTORS, SectorVocabulary.nterms);
	return (LikertState *) MemoryContextAllocZero(aggcontext,
												  sizeof(LikertState));
}

/*
 * likert_transfn(state, score smallint, sector [, reverse boolean]):
 * count one response.  A NULL score (a question left unanswered) is
 * skipped; a score outside 1..5 or a NULL sector is an error.  With
 * reverse true the response counts as 6 - score.
 */
Datum
likert_transfn(PG_FUNCTION_ARGS)
{
	LikertState *state = PG_ARGISNULL(0) ? NULL :
		(LikertState *) PG_GETARG_POINTER(0);
	int			score;
	int			sector;

	if (PG_ARGISNULL(1))
	{
		if (state == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(state);
	}

	score = PG_GETARG_INT16(1);
	if (unlikely(score < LIKERT_MIN_SCORE || score > LIKERT_MAX_SCORE))
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg_cat(MSG_LIKERT_SCORE_RANGE, score),
				errdetail_cat(MSG_LIKERT_SCORE_RANGE_DETAIL),
				errhint_cat(MSG_LIKERT_SCORE_RANGE_HINT));

	if (unlikely(PG_ARGISNULL(2)))
		ereport(ERROR,
				errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				errmsg_cat(MSG_LIKERT_NO_SECTOR, score),
				errdetail_cat(MSG_LIKERT_NO_SECTOR_DETAIL),
				errhint_cat(MSG_LIKERT_NO_SECTOR_HINT));
	sector = DatumGetVocabularyCode(PG_GETARG_DATUM(2));
	if (unlikely(sector >= SectorVocabulary.nterms))
		ereport(ERROR,
				errcode(ERRCODE_DATA_CORRUPTED),
				errmsg_cat(MSG_TYPE_INTERNAL_VALUE, sector,
						   SectorVocabulary.type_name));

	if (PG_NARGS() > 3)
	{
		if (unlikely(PG_ARGISNULL(3)))
			ereport(ERROR,
					errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					errmsg_cat(MSG_LIKERT_NULL_REVERSE, score),
					errdetail_cat(MSG_LIKERT_NULL_REVERSE_DETAIL),
					errhint_cat(MSG_LIKERT_NULL_REVERSE_HINT));
		if (PG_GETARG_BOOL(3))
			score = LIKERT_MAX_SCORE + LIKERT_MIN_SCORE - score;
	}

	if (state == NULL)
		state = LikertNewState(fcinfo, "likert_transfn");

	state->n[sector]++;
	state->sum[sector] += score;

	PG_RETURN_POINTER(state);
}

/* likert_combinefn(state, state): add two partial states */
Datum
likert_combinefn(PG_FUNCTION_ARGS)
{
	LikertState *state1 = PG_ARGISNULL(0) ? NULL :
		(LikertState *) PG_GETARG_POINTER(0);
	LikertState *state2 = PG_ARGISNULL(1) ? NULL :
		(LikertState *) PG_GETARG_POINTER(1);
	int			t;

	if (state2 == NULL)
	{
		if (state1 == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(state1);
	}
	if (state1 == NULL)
	{
		/* state2 may live in a short-lived context: copy it */
		state1 = LikertNewState(fcinfo, "likert_combinefn");
		memcpy(state1, state2, sizeof(LikertState));
		PG_RETURN_POINTER(state1);
	}

	for (t = 0; t < LIKERT_SECTORS; t++)
	{
		state1->n[t] += state2->n[t];
		state1->sum[t] += state2->sum[t];
	}

	PG_RETURN_POINTER(state1);
}

/*
 * likert_serializefn(state) -> bytea: a 16-bit mask of the sectors that
 * have responses, then for each of them (in code order) the number of
 * respondents and the sum of their scores as int64.
 */
Datum
likert_serializefn(PG_FUNCTION_ARGS)
{
	LikertState *state;
	StringInfoData buf;
	uint16		mask = 0;
	int			t;

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "likert_serializefn called in non-aggregate context");
	state = (LikertState *) PG_GETARG_POINTER(0);

	for (t = 0; t < LIKERT_SECTORS; t++)
		if (state->n[t] != 0)
			mask |= VOCABULARY_BIT(t);

	pq_begintypsend(&buf);
	pq_sendint16(&buf, mask);
	for (t = 0; t < LIKERT_SECTORS; t++)
		if (mask & VOCABULARY_BIT(t))
		{
			pq_sendint64(&buf, state->n[t]);
			pq_sendint64(&buf, state->sum[t]);
		}

	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* likert_deserializefn(bytea, internal) -> state: inverse of the above */
Datum
likert_deserializefn(PG_FUNCTION_ARGS)
{
	bytea	   *sstate;
	LikertState *state;
	StringInfoData buf;
	uint16		mask;
	int			t;

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "likert_deserializefn called in non-aggregate context");
	sstate = PG_GETARG_BYTEA_PP(0);

	initStringInfo(&buf);
	appendBinaryStringInfo(&buf, VARDATA_ANY(sstate), VARSIZE_ANY_EXHDR(sstate));

	state = (LikertState *) palloc0(sizeof(LikertState));
	mask = (uint16) pq_getmsgint(&buf, 2);
	if (mask >= (1U << LIKERT_SECTORS))
		elog(ERROR, "invalid sector mask %u in a likert state", mask);
	for (t = 0; t < LIKERT_SECTORS; t++)
		if (mask & VOCABULARY_BIT(t))
		{
			state->n[t] = pq_getmsgint64(&buf);
			state->sum[t] = pq_getmsgint64(&buf);
			if (state->n[t] <= 0 ||
				state->sum[t] < state->n[t] * LIKERT_MIN_SCORE ||
				state->sum[t] > state->n[t] * LIKERT_MAX_SCORE)
				elog(ERROR, "inconsistent sector totals in a likert state");
		}
	pq_getmsgend(&buf);
	pfree(buf.data);

	PG_RETURN_POINTER(state);
}

/* ------------------------------------------------------------------------
 * Exact arithmetic for the final function
 * ------------------------------------------------------------------------
 */

/* round(num / den * 10^scale), half away from zero, for num >= 0, den > 0 */
static int64
RoundScaled128(int128 num, int128 den, int scale)
{
	int128		p = 1;
	int			i;

	for (i = 0; i < scale; i++)
		p *= 10;
	return (int64) ((2 * num * p + den) / (2 * den));
}

/* The numeric value q / 10^scale, displayed with exactly scale decimals. */
static Datum
ScaledNumeric(int64 q, int scale)
{
	return NumericGetDatum(int64_div_fast_to_numeric(q, scale));
}

static Numeric
NumericFromInt64(int64 v)
{
	return int64_to_numeric(v);
}

static Numeric
NumericMul(Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_mul,
											   NumericGetDatum(a),
											   NumericGetDatum(b)));
}

static Numeric
NumericAdd(Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_add,
											   NumericGetDatum(a),
											   NumericGetDatum(b)));
}

/* numeric version of RoundScaled128, for integers beyond 128 bits */
static int64
RoundScaledNumeric(Numeric num, Numeric den, int64 factor)
{
	Numeric		two = NumericFromInt64(2);
	Numeric		top;
	Numeric		bottom;
	Datum		q;

	top = NumericAdd(NumericMul(NumericMul(two, num), NumericFromInt64(factor)),
					 den);
	bottom = NumericMul(two, den);
	q = DirectFunctionCall2(numeric_div_trunc, NumericGetDatum(top),
							NumericGetDatum(bottom));
	return DatumGetInt64(DirectFunctionCall1(numeric_int8, q));
}

/*
 * Collect the responding sectors of a state and the grand totals.
 */
static void
LikertSum(const LikertState *state, LikertTotals *tot)
{
	int			t;

	memset(tot, 0, sizeof(LikertTotals));
	for (t = 0; t < LIKERT_SECTORS; t++)
	{
		int64		n = state->n[t];
		int64		s = state->sum[t];

		if (n == 0)
			continue;
		tot->sector[tot->k] = t;
		tot->n[tot->k] = n;
		tot->s[tot->k] = s;
		tot->k++;
		tot->n_all += n;
		tot->s_all += s;
		tot->sectors |= VOCABULARY_BIT(t);
	}

	/* keeps every product of the final function within 128 bits */
	if (tot->n_all >= LIKERT_MAX_RESPONSES)
		ereport(ERROR,
				errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				errmsg_cat(MSG_LIKERT_TOO_MANY, (long long) tot->n_all),
				errdetail_cat(MSG_LIKERT_TOO_MANY_DETAIL),
				errhint_cat(MSG_LIKERT_TOO_MANY_HINT));
}

/*
 * The balanced mean: round(B * 10^4) and round(I * 10^2) with
 * I = (B - 1) * 25, each rounded once from the exact fraction.
 */
static void
LikertBalanced(const LikertTotals *tot, int64 *b_scaled, int64 *i_scaled)
{
	int			bits = 0;
	int			j;

	/*
	 * The numerator sum(S_s * prod(N_t, t != s)) is at most 7 * 5 *
	 * prod(N_t); with the rounding factors 2 * 10^4 * 25 on top, 128 bits
	 * certainly suffice when prod(N_t) < 2^90.
	 */
	for (j = 0; j < tot->k; j++)
		bits += pg_leftmost_one_pos64((uint64) tot->n[j]) + 1;

	if (bits <= 90)
	{
		int128		num = 0;
		int128		den = tot->k;
		int			m;

		for (j = 0; j < tot->k; j++)
		{
			int128		term = tot->s[j];

			for (m = 0; m < tot->k; m++)
				if (m != j)
					term *= tot->n[m];
			num += term;
			den *= tot->n[j];
		}
		*b_scaled = RoundScaled128(num, den, LIKERT_MEAN_SCALE);
		*i_scaled = RoundScaled128(25 * (num - den), den, LIKERT_INDEX_SCALE);
	}
	else
	{
		Numeric		num = NumericFromInt64(0);
		Numeric		den = NumericFromInt64(tot->k);
		Numeric		excess;

		for (j = 0; j < tot->k; j++)
		{
			Numeric		term = NumericFromInt64(tot->s[j]);
			int			m;

			for (m = 0; m < tot->k; m++)
				if (m != j)
					term = NumericMul(term, NumericFromInt64(tot->n[m]));
			num = NumericAdd(num, term);
			den = NumericMul(den, NumericFromInt64(tot->n[j]));
		}
		*b_scaled = RoundScaledNumeric(num, den, 10000);
		excess = DatumGetNumeric(DirectFunctionCall2(numeric_sub,
													 NumericGetDatum(num),
													 NumericGetDatum(den)));
		*i_scaled = RoundScaledNumeric(NumericMul(NumericFromInt64(25), excess),
									   den, 100);
	}
}

/*
 * The Wilder band of the reported balanced mean (scaled by 10^4), so that
 * status always equals factor_status(balanced_mean).
 */
static const char *
LikertStatus(int64 b_scaled)
{
	if (b_scaled >= 40000)
		return ScoringStatusName(SCORING_BAND_STRENGTH);
	if (b_scaled >= 30000)
		return ScoringStatusName(SCORING_BAND_BORDERLINE);
	return ScoringStatusName(SCORING_BAND_CONCERN);
}

/*
 * The perception gap: the highest sector mean minus the lowest, exactly,
 * rounded to mean_scale.  Means are compared by cross-multiplication
 * (S_a * N_b against S_b * N_a), which cannot overflow 128 bits.
 */
static int64
LikertGap(const LikertTotals *tot)
{
	int			hi = 0;
	int			lo = 0;
	int			j;
	int128		num;
	int128		den;

	for (j = 1; j < tot->k; j++)
	{
		if ((int128) tot->s[j] * tot->n[hi] > (int128) tot->s[hi] * tot->n[j])
			hi = j;
		if ((int128) tot->s[j] * tot->n[lo] < (int128) tot->s[lo] * tot->n[j])
			lo = j;
	}
	num = (int128) tot->s[hi] * tot->n[lo] - (int128) tot->s[lo] * tot->n[hi];
	den = (int128) tot->n[hi] * tot->n[lo];
	return RoundScaled128(num, den, LIKERT_MEAN_SCALE);
}

/*
 * likert_finalfn(state) -> likert_summary (n, mean, balanced_mean, gap,
 * sectors, index, status); NULL when no response was counted.
 */
Datum
likert_finalfn(PG_FUNCTION_ARGS)
{
	LikertState *state;
	LikertFinalCache *cache;
	LikertTotals tot;
	int64		b_scaled;
	int64		i_scaled;
	Datum		values[7];
	bool		nulls[7] = {false, false, false, false, false, false, false};

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "likert_finalfn called in non-aggregate context");
	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	state = (LikertState *) PG_GETARG_POINTER(0);

	LikertSum(state, &tot);
	if (tot.n_all == 0)
		PG_RETURN_NULL();

	cache = (LikertFinalCache *) fcinfo->flinfo->fn_extra;
	if (cache == NULL)
	{
		TupleDesc	tupdesc;
		MemoryContext old;

		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "return type of likert must be a row type");
		if (tupdesc->natts != 7)
			elog(ERROR, "likert_summary must have 7 attributes, not %d",
				 tupdesc->natts);
		old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		cache = (LikertFinalCache *) palloc(sizeof(LikertFinalCache));
		cache->tupdesc = BlessTupleDesc(CreateTupleDescCopy(tupdesc));
		MemoryContextSwitchTo(old);
		fcinfo->flinfo->fn_extra = cache;
	}

	LikertBalanced(&tot, &b_scaled, &i_scaled);

	values[0] = Int64GetDatum(tot.n_all);
	values[1] = ScaledNumeric(RoundScaled128(tot.s_all, tot.n_all,
											 LIKERT_MEAN_SCALE),
							  LIKERT_MEAN_SCALE);
	values[2] = ScaledNumeric(b_scaled, LIKERT_MEAN_SCALE);
	values[3] = ScaledNumeric(LikertGap(&tot), LIKERT_MEAN_SCALE);
	values[4] = VocabularySetGetDatum(tot.sectors);
	values[5] = ScaledNumeric(i_scaled, LIKERT_INDEX_SCALE);
	values[6] = CStringGetTextDatum(LikertStatus(b_scaled));

	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(cache->tupdesc,
													  values, nulls)));
}
