/*-------------------------------------------------------------------------
 *
 * sets.c
 *	  SQL-callable functions of the vocabulary set types (sectorset,
 *	  roleset): input and output, binary send/receive, comparison, hashing,
 *	  the set algebra, cardinality and unnest.
 *
 * A set is a 16-bit mask of element codes.  Only input, output, send and
 * receive need the vocabulary; the algebra works on masks and is shared by
 * every set type, with the element type's one-byte code standing for a
 * one-element set wherever an operator takes an element.
 *
 * Sets sort like the sorted lists of their members: {} first, then
 * {government} < {government,private} < {private}.  That order is what a
 * reader expects from ORDER BY; containment is asked with @> and <@.
 *
 * src/vocabulary/sets.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "port/pg_bitutils.h"
#include "utils/builtins.h"

#include "messages.h"
#include "partnership.h"
#include "vocabulary/vocabulary.h"
#include "vocabulary/fmgr.h"

/* ----------------------------------------------------------------
 * Input and output, per set type
 * ----------------------------------------------------------------
 */

/* Reject a stored mask with bits beyond the vocabulary. */
static VocabularySet
VocabularyCheckSet(const Vocabulary *vocab, Datum value)
{
	uint32		set = DatumGetVocabularySet(value);

	if (!VocabularySetIsValid(vocab, set))
		ereport(ERROR,
				errcode(ERRCODE_DATA_CORRUPTED),
				errmsg_cat(MSG_TYPE_INTERNAL_VALUE, (int) set,
						   vocab->set_type_name));
	return (VocabularySet) set;
}

static Datum
VocabularySetIn(const Vocabulary *vocab, FunctionCallInfo fcinfo)
{
	char	   *str = PG_GETARG_CSTRING(0);
	size_t		len = strlen(str);
	VocabularySet set;
	VocabularyParseError error;

	if (VocabularyParseSet(vocab, str, len, &set, &error) == VOCABULARY_OK)
		PG_RETURN_VOCABULARY_SET(set);
	/* returns only with a soft error saved (PostgreSQL 16+) */
	VocabularyReportParseError(vocab, &error, str, len, true,
							   PARTNERSHIP_ESCONTEXT(fcinfo));
	PG_RETURN_NULL();
}

static Datum
VocabularySetOut(const Vocabulary *vocab, FunctionCallInfo fcinfo)
{
	VocabularySet set = VocabularyCheckSet(vocab, PG_GETARG_DATUM(0));
	char		buf[VOCABULARY_MAX_SET_TEXT];

	VocabularyFormatSet(vocab, set, buf, sizeof(buf));
	PG_RETURN_CSTRING(pstrdup(buf));
}

/* The binary form is the text form, as for the element types. */
static Datum
VocabularySetRecv(const Vocabulary *vocab, FunctionCallInfo fcinfo)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			nbytes;
	char	   *str;
	VocabularySet set;
	VocabularyParseError error;

	/* the whole rest of the message, converted from the client encoding */
	str = pq_getmsgtext(buf, buf->len - buf->cursor, &nbytes);
	if (VocabularyReceiveSet(vocab, str, nbytes, &set, &error) != VOCABULARY_OK)
		VocabularyReportParseError(vocab, &error, str, nbytes, true, NULL);
	pfree(str);
	PG_RETURN_VOCABULARY_SET(set);
}

static Datum
VocabularySetSend(const Vocabulary *vocab, FunctionCallInfo fcinfo)
{
	VocabularySet set = VocabularyCheckSet(vocab, PG_GETARG_DATUM(0));
	char		text[VOCABULARY_MAX_SET_TEXT];
	size_t		len;
	StringInfoData buf;

	len = VocabularyFormatSet(vocab, set, text, sizeof(text));
	pq_begintypsend(&buf);
	pq_sendtext(&buf, text, len);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

#define VOCABULARY_SET_FUNCTIONS(name, vocab) \
PG_FUNCTION_INFO_V1(name##_in); \
Datum name##_in(PG_FUNCTION_ARGS) { return VocabularySetIn(&(vocab), fcinfo); } \
PG_FUNCTION_INFO_V1(name##_out); \
Datum name##_out(PG_FUNCTION_ARGS) { return VocabularySetOut(&(vocab), fcinfo); } \
PG_FUNCTION_INFO_V1(name##_recv); \
Datum name##_recv(PG_FUNCTION_ARGS) { return VocabularySetRecv(&(vocab), fcinfo); } \
PG_FUNCTION_INFO_V1(name##_send); \
Datum name##_send(PG_FUNCTION_ARGS) { return VocabularySetSend(&(vocab), fcinfo); }

/* sectorset, roleset */
VOCABULARY_SET_FUNCTIONS(sectorset, SectorVocabulary)
VOCABULARY_SET_FUNCTIONS(roleset, RoleVocabulary)

/* ----------------------------------------------------------------
 * Comparison and hashing, shared by every set type
 * ----------------------------------------------------------------
 */

/*
 * Three-way comparison in the order of sorted member lists.  At the lowest
 * element where the sets differ, the set holding it is smaller, unless the
 * other set has no members beyond that point (it is then a prefix, and
 * smaller).
 */
static int
VocabularySetCompare(VocabularySet a, VocabularySet b)
{
	uint32		diff = (uint32) (a ^ b);
	int			k;
	uint32		above;

	if (diff == 0)
		return 0;
	k = pg_rightmost_one_pos32(diff);
	above = ~((2U << k) - 1);
	if (a & (1U << k))
		return (b & above) == 0 ? 1 : -1;
	else
		return (a & above) == 0 ? -1 : 1;
}

#define SET_ARG(n) PG_GETARG_VOCABULARY_SET(n)
#define ELEM_BIT(n) VOCABULARY_BIT(PG_GETARG_VOCABULARY_CODE(n))

/* btree support: three-way comparison */
PG_FUNCTION_INFO_V1(vocabulary_set_cmp);
Datum
vocabulary_set_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(VocabularySetCompare(SET_ARG(0), SET_ARG(1)));
}

/* a = b */
PG_FUNCTION_INFO_V1(vocabulary_set_eq);
Datum
vocabulary_set_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(SET_ARG(0) == SET_ARG(1));
}

/* a <> b */
PG_FUNCTION_INFO_V1(vocabulary_set_ne);
Datum
vocabulary_set_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(SET_ARG(0) != SET_ARG(1));
}

/* a < b */
PG_FUNCTION_INFO_V1(vocabulary_set_lt);
Datum
vocabulary_set_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(VocabularySetCompare(SET_ARG(0), SET_ARG(1)) < 0);
}

/* a <= b */
PG_FUNCTION_INFO_V1(vocabulary_set_le);
Datum
vocabulary_set_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(VocabularySetCompare(SET_ARG(0), SET_ARG(1)) <= 0);
}

/* a > b */
PG_FUNCTION_INFO_V1(vocabulary_set_gt);
Datum
vocabulary_set_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(VocabularySetCompare(SET_ARG(0), SET_ARG(1)) > 0);
}

/* a >= b */
PG_FUNCTION_INFO_V1(vocabulary_set_ge);
Datum
vocabulary_set_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(VocabularySetCompare(SET_ARG(0), SET_ARG(1)) >= 0);
}

/* hash support: equality compares the mask, so hash the mask */
PG_FUNCTION_INFO_V1(vocabulary_set_hash);
Datum
vocabulary_set_hash(PG_FUNCTION_ARGS)
{
	return hash_uint32((uint32) SET_ARG(0));
}

/* extended (64-bit, seeded) hash support */
PG_FUNCTION_INFO_V1(vocabulary_set_hash_extended);
Datum
vocabulary_set_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_uint32_extended((uint32) SET_ARG(0), PG_GETARG_INT64(1));
}

/* ----------------------------------------------------------------
 * Set algebra, shared by every set type
 * ----------------------------------------------------------------
 */

/* set @> set */
PG_FUNCTION_INFO_V1(vocabulary_set_contains);
Datum
vocabulary_set_contains(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL((SET_ARG(0) & SET_ARG(1)) == SET_ARG(1));
}

/* set <@ set */
PG_FUNCTION_INFO_V1(vocabulary_set_contained);
Datum
vocabulary_set_contained(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL((SET_ARG(0) & SET_ARG(1)) == SET_ARG(0));
}

/* set @> element */
PG_FUNCTION_INFO_V1(vocabulary_set_contains_elem);
Datum
vocabulary_set_contains_elem(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL((SET_ARG(0) & ELEM_BIT(1)) != 0);
}

/* element <@ set */
PG_FUNCTION_INFO_V1(vocabulary_elem_contained);
Datum
vocabulary_elem_contained(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL((SET_ARG(1) & ELEM_BIT(0)) != 0);
}

/* set <@ element: the set is empty or just that element */
PG_FUNCTION_INFO_V1(vocabulary_set_contained_elem);
Datum
vocabulary_set_contained_elem(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL((SET_ARG(0) & ~ELEM_BIT(1)) == 0);
}

/* element @> set: the set is empty or just that element */
PG_FUNCTION_INFO_V1(vocabulary_elem_contains);
Datum
vocabulary_elem_contains(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL((SET_ARG(1) & ~ELEM_BIT(0)) == 0);
}

/* set && set: at least one common member */
PG_FUNCTION_INFO_V1(vocabulary_set_overlaps);
Datum
vocabulary_set_overlaps(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL((SET_ARG(0) & SET_ARG(1)) != 0);
}

/* set | set */
PG_FUNCTION_INFO_V1(vocabulary_set_union);
Datum
vocabulary_set_union(PG_FUNCTION_ARGS)
{
	PG_RETURN_VOCABULARY_SET(SET_ARG(0) | SET_ARG(1));
}

/* set | element; also the transition function of sectors() and roles() */
PG_FUNCTION_INFO_V1(vocabulary_set_add);
Datum
vocabulary_set_add(PG_FUNCTION_ARGS)
{
	PG_RETURN_VOCABULARY_SET(SET_ARG(0) | ELEM_BIT(1));
}

/* element | set */
PG_FUNCTION_INFO_V1(vocabulary_elem_add);
Datum
vocabulary_elem_add(PG_FUNCTION_ARGS)
{
	PG_RETURN_VOCABULARY_SET(ELEM_BIT(0) | SET_ARG(1));
}

/* element | element */
PG_FUNCTION_INFO_V1(vocabulary_elem_pair);
Datum
vocabulary_elem_pair(PG_FUNCTION_ARGS)
{
	PG_RETURN_VOCABULARY_SET(ELEM_BIT(0) | ELEM_BIT(1));
}

/* set & set */
PG_FUNCTION_INFO_V1(vocabulary_set_intersect);
Datum
vocabulary_set_intersect(PG_FUNCTION_ARGS)
{
	PG_RETURN_VOCABULARY_SET(SET_ARG(0) & SET_ARG(1));
}

/* set - set */
PG_FUNCTION_INFO_V1(vocabulary_set_difference);
Datum
vocabulary_set_difference(PG_FUNCTION_ARGS)
{
	PG_RETURN_VOCABULARY_SET(SET_ARG(0) & ~SET_ARG(1));
}

/* set - element */
PG_FUNCTION_INFO_V1(vocabulary_set_remove);
Datum
vocabulary_set_remove(PG_FUNCTION_ARGS)
{
	PG_RETURN_VOCABULARY_SET(SET_ARG(0) & ~ELEM_BIT(1));
}

/* element -> one-element set (the cast) */
PG_FUNCTION_INFO_V1(vocabulary_set_from_elem);
Datum
vocabulary_set_from_elem(PG_FUNCTION_ARGS)
{
	PG_RETURN_VOCABULARY_SET(ELEM_BIT(0));
}

/* cardinality(set): number of members */
PG_FUNCTION_INFO_V1(vocabulary_set_cardinality);
Datum
vocabulary_set_cardinality(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(pg_popcount32((uint32) SET_ARG(0)));
}

/* unnest(set): the members, one row each, in vocabulary order */
PG_FUNCTION_INFO_V1(vocabulary_set_unnest);
Datum
vocabulary_set_unnest(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	uint32	   *remaining;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext oldcontext;

		funcctx = SRF_FIRSTCALL_INIT();
		oldcontext = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		remaining = (uint32 *) palloc(sizeof(uint32));
		*remaining = (uint32) SET_ARG(0);
		funcctx->user_fctx = remaining;
		MemoryContextSwitchTo(oldcontext);
	}

	funcctx = SRF_PERCALL_SETUP();
	remaining = (uint32 *) funcctx->user_fctx;

	if (*remaining != 0)
	{
		int			code = pg_rightmost_one_pos32(*remaining);

		*remaining &= *remaining - 1;
		SRF_RETURN_NEXT(funcctx, VocabularyCodeGetDatum((VocabularyCode) code));
	}
	SRF_RETURN_DONE(funcctx);
}
