/*-------------------------------------------------------------------------
 *
 * types.c
 *	  SQL-callable functions of the vocabulary element types: input and
 *	  output, binary send/receive, labels, comparison and hashing.
 *
 * Input, output, send, receive and label need to know which vocabulary a
 * value belongs to, so each element type gets its own thin entry points,
 * stamped out by VOCABULARY_TYPE_FUNCTIONS below.  Comparison and hashing
 * only look at the one-byte code, so every element type shares them.
 *
 * The binary form is the canonical word as text, as for enums: a client
 * that knows nothing of the codes can still read and write it, and the
 * receive function accepts exactly what the input function accepts.
 *
 * src/vocabulary/types.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"

#include "messages.h"
#include "partnership.h"
#include "vocabulary/vocabulary.h"
#include "vocabulary/fmgr.h"

/* ----------------------------------------------------------------
 * Shared helpers
 * ----------------------------------------------------------------
 */

/*
 * Report a failed parse of input[0..input_len) as SQLSTATE 22P02, naming
 * the value and listing the accepted words.  The value and the offending
 * word are quoted through PartnershipEchoInput, so a long input gives a
 * short message.  With an error-saving context (PostgreSQL 16+) the error
 * is saved there and the function returns; otherwise it does not return.
 */
void
VocabularyReportParseError(const Vocabulary *vocab,
						   const VocabularyParseError *error,
						   const char *input, size_t input_len,
						   bool is_set, Node *escontext)
{
	char		accepted[2048];
	const char *type_name = is_set ? vocab->set_type_name : vocab->type_name;
	char	   *value = PartnershipEchoInput(input, input_len);
	char	   *word = PartnershipEchoInput(error->word, error->word_len);

	VocabularyAcceptedWords(vocab, accepted, sizeof(accepted));

	switch (error->status)
	{
		case VOCABULARY_REFUSED_WORD:
			partnership_errsave(escontext,
								errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
								errmsg_cat(MSG_TYPE_INVALID_INPUT, type_name, value),
								errdetail_cat(error->refusal->detail),
								errhint_cat(error->refusal->hint));
			break;
		case VOCABULARY_BAD_SET_SYNTAX:
			partnership_errsave(escontext,
								errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
								errmsg_cat(MSG_TYPE_INVALID_INPUT, type_name, value),
								errdetail_cat(MSG_TYPE_SET_BRACES),
								errhint_cat(MSG_TYPE_SET_BRACES_HINT,
											vocab->terms[0].canonical,
											vocab->terms[1].canonical));
			break;
		case VOCABULARY_EMPTY_WORD:
			if (is_set)
				partnership_errsave(escontext,
									errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
									errmsg_cat(MSG_TYPE_INVALID_INPUT, type_name, value),
									errdetail_cat(MSG_TYPE_SET_EMPTY_ELEMENT),
									errhint_cat(MSG_TYPE_SET_EMPTY_ELEMENT_HINT));
			else
				partnership_errsave(escontext,
									errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
									errmsg_cat(MSG_TYPE_INVALID_INPUT, type_name, value),
									errdetail_cat(MSG_TYPE_BLANK),
									errhint_cat(MSG_TYPE_ACCEPTED, accepted));
			break;
		case VOCABULARY_UNKNOWN_WORD:
		case VOCABULARY_OK:
			if (is_set)
				partnership_errsave(escontext,
									errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
									errmsg_cat(MSG_TYPE_INVALID_INPUT, type_name, value),
									errdetail_cat(MSG_TYPE_NOT_A_TERM, word,
												  vocab->type_name),
									errhint_cat(MSG_TYPE_ACCEPTED, accepted));
			else
				partnership_errsave(escontext,
									errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
									errmsg_cat(MSG_TYPE_INVALID_INPUT, type_name, value),
									errhint_cat(MSG_TYPE_ACCEPTED, accepted));
			break;
	}
}

/* The display label of a term in the given language. */
const char *
VocabularyLabel(const Vocabulary *vocab, VocabularyCode code, int language)
{
	const VocabularyTerm *term = &vocab->terms[code];

	return language == PARTNERSHIP_LANGUAGE_ID ? term->label_id : term->label_en;
}

/*
 * Check a stored value before using it as an index into the term table.
 * Values only come from our own input and receive functions, but a damaged
 * page or a binary-coerced "char" must not read past the table.
 */
VocabularyCode
VocabularyCheckCode(const Vocabulary *vocab, Datum value)
{
	int			code = DatumGetVocabularyCode(value);

	if (!VocabularyCodeIsValid(vocab, code))
		ereport(ERROR,
				errcode(ERRCODE_DATA_CORRUPTED),
				errmsg_cat(MSG_TYPE_INTERNAL_VALUE, code, vocab->type_name));
	return (VocabularyCode) code;
}

/* Parse text input; on a saved soft error returns false. */
static bool
VocabularyInput(const Vocabulary *vocab, const char *str, size_t len,
				VocabularyCode *code, Node *escontext)
{
	VocabularyParseError error;

	if (VocabularyParseWord(vocab, str, len, code, &error) == VOCABULARY_OK)
		return true;
	VocabularyReportParseError(vocab, &error, str, len, false, escontext);
	return false;
}

static Datum
VocabularyIn(const Vocabulary *vocab, FunctionCallInfo fcinfo)
{
	char	   *str = PG_GETARG_CSTRING(0);
	VocabularyCode code;

	if (!VocabularyInput(vocab, str, strlen(str), &code,
						 PARTNERSHIP_ESCONTEXT(fcinfo)))
		PG_RETURN_NULL();
	PG_RETURN_VOCABULARY_CODE(code);
}

static Datum
VocabularyOut(const Vocabulary *vocab, FunctionCallInfo fcinfo)
{
	VocabularyCode code = VocabularyCheckCode(vocab, PG_GETARG_DATUM(0));

	PG_RETURN_CSTRING(pstrdup(vocab->terms[code].canonical));
}

static Datum
VocabularyRecv(const Vocabulary *vocab, FunctionCallInfo fcinfo)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			nbytes;
	char	   *str;
	VocabularyCode code;
	VocabularyParseError error;

	/* the whole rest of the message, converted from the client encoding */
	str = pq_getmsgtext(buf, buf->len - buf->cursor, &nbytes);
	if (VocabularyReceiveWord(vocab, str, nbytes, &code, &error) != VOCABULARY_OK)
		VocabularyReportParseError(vocab, &error, str, nbytes, false, NULL);
	pfree(str);
	PG_RETURN_VOCABULARY_CODE(code);
}

static Datum
VocabularySend(const Vocabulary *vocab, FunctionCallInfo fcinfo)
{
	VocabularyCode code = VocabularyCheckCode(vocab, PG_GETARG_DATUM(0));
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendtext(&buf, vocab->terms[code].canonical,
				strlen(vocab->terms[code].canonical));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

static Datum
VocabularyLabelDatum(const Vocabulary *vocab, FunctionCallInfo fcinfo)
{
	VocabularyCode code = VocabularyCheckCode(vocab, PG_GETARG_DATUM(0));
	int			language = partnership_language;

	if (PG_NARGS() > 1)
		language = PartnershipParseLanguage(PG_GETARG_TEXT_PP(1));
	PG_RETURN_TEXT_P(cstring_to_text(VocabularyLabel(vocab, code, language)));
}

/*
 * Entry points of one element type.  NAME_label serves both label(x), which
 * follows partnership.language, and label(x, lang).
 */
#define VOCABULARY_TYPE_FUNCTIONS(name, vocab) \
PG_FUNCTION_INFO_V1(name##_in); \
Datum name##_in(PG_FUNCTION_ARGS) { return VocabularyIn(&(vocab), fcinfo); } \
PG_FUNCTION_INFO_V1(name##_out); \
Datum name##_out(PG_FUNCTION_ARGS) { return VocabularyOut(&(vocab), fcinfo); } \
PG_FUNCTION_INFO_V1(name##_recv); \
Datum name##_recv(PG_FUNCTION_ARGS) { return VocabularyRecv(&(vocab), fcinfo); } \
PG_FUNCTION_INFO_V1(name##_send); \
Datum name##_send(PG_FUNCTION_ARGS) { return VocabularySend(&(vocab), fcinfo); } \
PG_FUNCTION_INFO_V1(name##_label); \
Datum name##_label(PG_FUNCTION_ARGS) { return VocabularyLabelDatum(&(vocab), fcinfo); }

/* ----------------------------------------------------------------
 * The element types
 * ----------------------------------------------------------------
 */

/* every vocabulary of vocabulary/terms.def */
#define VOCABULARY(name, sql_name, variable, type, set_type, refusals) \
	VOCABULARY_TYPE_FUNCTIONS(sql_name, variable)
#define TERM(name, id, canonical, label_en, label_id, standard_code, \
			 pentahelix, ...)
#define END_VOCABULARY(name)
#include "vocabulary/terms.def"
#undef VOCABULARY
#undef TERM
#undef END_VOCABULARY

/* ----------------------------------------------------------------
 * Comparison and hashing, shared by every element type
 * ----------------------------------------------------------------
 */

static inline int
VocabularyCompare(FunctionCallInfo fcinfo)
{
	VocabularyCode a = PG_GETARG_VOCABULARY_CODE(0);
	VocabularyCode b = PG_GETARG_VOCABULARY_CODE(1);

	return (a > b) - (a < b);
}

/* btree support: three-way comparison in vocabulary order */
PG_FUNCTION_INFO_V1(vocabulary_cmp);
Datum
vocabulary_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(VocabularyCompare(fcinfo));
}

/* a = b */
PG_FUNCTION_INFO_V1(vocabulary_eq);
Datum
vocabulary_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(VocabularyCompare(fcinfo) == 0);
}

/* a <> b */
PG_FUNCTION_INFO_V1(vocabulary_ne);
Datum
vocabulary_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(VocabularyCompare(fcinfo) != 0);
}

/* a < b */
PG_FUNCTION_INFO_V1(vocabulary_lt);
Datum
vocabulary_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(VocabularyCompare(fcinfo) < 0);
}

/* a <= b */
PG_FUNCTION_INFO_V1(vocabulary_le);
Datum
vocabulary_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(VocabularyCompare(fcinfo) <= 0);
}

/* a > b */
PG_FUNCTION_INFO_V1(vocabulary_gt);
Datum
vocabulary_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(VocabularyCompare(fcinfo) > 0);
}

/* a >= b */
PG_FUNCTION_INFO_V1(vocabulary_ge);
Datum
vocabulary_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(VocabularyCompare(fcinfo) >= 0);
}

/* hash support: equality compares the code only, so hash the code only */
PG_FUNCTION_INFO_V1(vocabulary_hash);
Datum
vocabulary_hash(PG_FUNCTION_ARGS)
{
	return hash_uint32((uint32) PG_GETARG_VOCABULARY_CODE(0));
}

/* extended (64-bit, seeded) hash support */
PG_FUNCTION_INFO_V1(vocabulary_hash_extended);
Datum
vocabulary_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_uint32_extended((uint32) PG_GETARG_VOCABULARY_CODE(0),
								PG_GETARG_INT64(1));
}

/* larger of two values, for max() */
PG_FUNCTION_INFO_V1(vocabulary_larger);
Datum
vocabulary_larger(PG_FUNCTION_ARGS)
{
	PG_RETURN_VOCABULARY_CODE(Max(PG_GETARG_VOCABULARY_CODE(0),
								  PG_GETARG_VOCABULARY_CODE(1)));
}

/* smaller of two values, for min() */
PG_FUNCTION_INFO_V1(vocabulary_smaller);
Datum
vocabulary_smaller(PG_FUNCTION_ARGS)
{
	PG_RETURN_VOCABULARY_CODE(Min(PG_GETARG_VOCABULARY_CODE(0),
								  PG_GETARG_VOCABULARY_CODE(1)));
}
