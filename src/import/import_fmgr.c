/*-------------------------------------------------------------------------
 *
 * import_fmgr.c
 *	  SQL entry points of the import's parsers (doc/import.md): each cell
 *	  form has a function that returns the value (and fails on a bad cell,
 *	  for direct use) and a *_problem function that returns the fix in the
 *	  session's language, or NULL when the cell is fine, which
 *	  partnership.import() reports with the cell's line and field.
 *
 *	  The parsers themselves are backend-independent (parse_*.c); the
 *	  vocabulary lookups reuse the types' own parser (vocabulary.c).
 *
 * src/import/import_fmgr.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/rel.h"
#include "utils/syscache.h"

#include "import/parse.h"
#include "messages.h"
#include "partnership.h"
#include "registry/registry.h"
#include "vocabulary/vocabulary.h"

PG_FUNCTION_INFO_V1(import_date);
PG_FUNCTION_INFO_V1(import_date_problem);
PG_FUNCTION_INFO_V1(import_amount);
PG_FUNCTION_INFO_V1(import_amount_problem);
PG_FUNCTION_INFO_V1(import_list);
PG_FUNCTION_INFO_V1(import_term);
PG_FUNCTION_INFO_V1(import_term_problem);
PG_FUNCTION_INFO_V1(import_word);
PG_FUNCTION_INFO_V1(import_words);
PG_FUNCTION_INFO_V1(import_distance);
PG_FUNCTION_INFO_V1(import_message);

/* The fix for a failed parse. */
static char *
ProblemText(ImportParseStatus status, bool amount)
{
	switch (status)
	{
		case IMPORT_OK:
		case IMPORT_BLANK:
			return NULL;
		case IMPORT_TOO_LONG:
			return MessageFormat(MSG_IMPORT_TOO_LONG, 1,
								 amount ? IMPORT_MAX_AMOUNT_TEXT - 2 : IMPORT_MAX_CELL);
		case IMPORT_BAD_DAY:
			return MessageFormat(MSG_IMPORT_DATE_DAY, 1);
		case IMPORT_SHORT_YEAR:
			return MessageFormat(MSG_IMPORT_DATE_SHORT_YEAR, 1);
		case IMPORT_SERIAL:
			return MessageFormat(MSG_IMPORT_DATE_SERIAL, 1);
		case IMPORT_ABBREVIATION:
			return MessageFormat(MSG_IMPORT_AMOUNT_ABBREVIATION, 1);
		case IMPORT_GROUPING:
			return MessageFormat(MSG_IMPORT_AMOUNT_GROUPING, 1);
		case IMPORT_ENGLISH_GROUPING:
			return MessageFormat(MSG_IMPORT_AMOUNT_ENGLISH, 1);
		case IMPORT_BAD_FORM:
			break;
	}
	return MessageFormat(amount ? MSG_IMPORT_AMOUNT_FORM : MSG_IMPORT_DATE_FORM, 1);
}

static ImportParseStatus
ParseDateArg(text *t, DateADT *result)
{
	ImportDate	d;
	ImportParseStatus status;

	status = ImportParseDate(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &d);
	if (status == IMPORT_OK)
		*result = date2j(d.year, d.month, d.day) - POSTGRES_EPOCH_JDATE;
	return status;
}

/* import_date(text) -> date: NULL for a blank cell. */
Datum
import_date(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	DateADT		result;
	ImportParseStatus status = ParseDateArg(t, &result);

	if (status == IMPORT_BLANK)
		PG_RETURN_NULL();
	if (status != IMPORT_OK)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_DATETIME_FORMAT),
				errmsg_cat(MSG_IMPORT_ERR_DATE,
						   PartnershipEchoInput(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t))),
				errhint("%s", ProblemText(status, false)));
	PG_RETURN_DATEADT(result);
}

Datum
import_date_problem(PG_FUNCTION_ARGS)
{
	DateADT		result;
	char	   *problem = ProblemText(ParseDateArg(PG_GETARG_TEXT_PP(0), &result),
									  false);

	if (problem == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(problem));
}

/* import_amount(text) -> numeric: NULL for a blank cell. */
Datum
import_amount(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	char		buf[IMPORT_MAX_AMOUNT_TEXT];
	ImportParseStatus status;

	status = ImportParseAmount(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), buf, sizeof(buf));
	if (status == IMPORT_BLANK)
		PG_RETURN_NULL();
	if (status != IMPORT_OK)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				errmsg_cat(MSG_IMPORT_ERR_AMOUNT,
						   PartnershipEchoInput(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t))),
				errhint("%s", ProblemText(status, true)));
	return DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

Datum
import_amount_problem(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	char		buf[IMPORT_MAX_AMOUNT_TEXT];
	char	   *problem;

	problem = ProblemText(ImportParseAmount(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t),
											buf, sizeof(buf)), true);
	if (problem == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(problem));
}

static void
CollectItem(void *arg, const char *start, size_t len)
{
	ArrayBuildState *state = (ArrayBuildState *) arg;

	accumArrayResult(state, PointerGetDatum(cstring_to_text_with_len(start, len)),
					 false, TEXTOID, CurrentMemoryContext);
}

/*
 * import_list(text) -> text[]: the items of a list cell ('{}' when blank).
 * Not strict: \copy reads an empty CSV cell as NULL, and an empty list cell
 * is an empty list, as the registry's list columns default to.
 */
Datum
import_list(PG_FUNCTION_ARGS)
{
	text	   *t;
	ArrayBuildState *state;

	if (PG_ARGISNULL(0))
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(TEXTOID));
	t = PG_GETARG_TEXT_PP(0);
	state = initArrayResult(TEXTOID, CurrentMemoryContext, false);
	if (ImportSplitList(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), CollectItem, state) == 0)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(TEXTOID));
	PG_RETURN_DATUM(makeArrayResult(state, CurrentMemoryContext));
}

/* The vocabularies a term_alias row or an import cell may name. */
static const Vocabulary *const import_vocabularies[] = {
	&SectorVocabulary, &RoleVocabulary, &FormalityVocabulary,
	&HorizonVocabulary, &PartnershipStatusVocabulary,
	&AgreementKindVocabulary, &AgreementStatusVocabulary,
	&ActivityStatusVocabulary, &CommitmentKindVocabulary,
	&DirectionVocabulary, &AggregationVocabulary, &DimensionVocabulary,
	&EvaluationKindVocabulary, &EvaluationStatusVocabulary,
	&ChallengeVocabulary, &RiskStatusVocabulary, &RaciVocabulary,
	&SeverityVocabulary,
};

/* The vocabulary of an element type of the extension, or NULL. */
static const Vocabulary *
VocabularyOfType(Oid typid)
{
	HeapTuple	tup;
	const Vocabulary *result = NULL;

	tup = SearchSysCache1(TYPEOID, ObjectIdGetDatum(typid));
	if (HeapTupleIsValid(tup))
	{
		Form_pg_type typ = (Form_pg_type) GETSTRUCT(tup);

		if (typ->typnamespace == RegistrySchema())
		{
			int			i;

			for (i = 0; i < (int) lengthof(import_vocabularies); i++)
				if (strcmp(NameStr(typ->typname), import_vocabularies[i]->type_name) == 0)
				{
					result = import_vocabularies[i];
					break;
				}
		}
		ReleaseSysCache(tup);
	}
	return result;
}

static const Vocabulary *
VocabularyArg(FunctionCallInfo fcinfo)
{
	Oid			typid = PG_GETARG_OID(0);
	const Vocabulary *vocab = VocabularyOfType(typid);

	if (vocab == NULL)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg_cat(MSG_IMPORT_ERR_TYPE, format_type_be(typid)),
				errhint_cat(MSG_IMPORT_ERR_TYPE_HINT));
	return vocab;
}

/*
 * A term_alias row, before its CHECK constraints test it: a blank alias, an
 * alias that is already a word of the type (the import reads it as it is),
 * and a term the type does not read are refused with the constraint's
 * SQLSTATE and name, a message naming the value and a hint with the fix.
 * An unknown vocabulary is VocabularyArg's error, as import_term() gives it.
 */
void
ImportCheckAlias(Relation rel, HeapTuple newtup)
{
	TupleDesc	desc = RelationGetDescr(rel);
	bool		isnull;
	Datum		typid = heap_getattr(newtup, RegistryAttnum(rel, "vocabulary"), desc, &isnull);
	const Vocabulary *vocab;
	char	   *alias;
	char	   *term;
	VocabularyCode code;
	VocabularyParseError error;
	char		accepted[2048];

	if (isnull)
		return;					/* NOT NULL refuses it */
	vocab = VocabularyOfType(DatumGetObjectId(typid));
	if (vocab == NULL)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg_cat(MSG_IMPORT_ERR_TYPE, format_type_be(DatumGetObjectId(typid))),
				errhint_cat(MSG_IMPORT_ERR_TYPE_HINT));
	alias = SPI_getvalue(newtup, desc, RegistryAttnum(rel, "alias"));
	term = SPI_getvalue(newtup, desc, RegistryAttnum(rel, "term"));
	if (alias != NULL)
	{
		/* blank as the CHECK has it: btrim() trims spaces */
		if (strspn(alias, " ") == strlen(alias))
			ereport(ERROR,
					errcode(ERRCODE_CHECK_VIOLATION),
					errmsg_cat(MSG_ALIAS_BLANK, vocab->type_name),
					errhint_cat(MSG_ALIAS_BLANK_HINT),
					errtableconstraint(rel, "term_alias_alias_check"));
		if (VocabularyParseWord(vocab, alias, strlen(alias), &code,
								&error) == VOCABULARY_OK)
			ereport(ERROR,
					errcode(ERRCODE_CHECK_VIOLATION),
					errmsg_cat(MSG_ALIAS_IS_WORD, alias, vocab->type_name,
							   vocab->terms[code].canonical),
					errhint_cat(MSG_ALIAS_IS_WORD_HINT),
					errtableconstraint(rel, "term_alias_alias_check"));
	}
	if (term != NULL &&
		VocabularyParseWord(vocab, term, strlen(term), &code, &error) != VOCABULARY_OK)
	{
		VocabularyAcceptedWords(vocab, accepted, sizeof(accepted));
		ereport(ERROR,
				errcode(ERRCODE_CHECK_VIOLATION),
				errmsg_cat(MSG_ALIAS_TERM_UNKNOWN, term, vocab->type_name),
				errhint_cat(MSG_ALIAS_TERM_UNKNOWN_HINT, accepted),
				errtableconstraint(rel, "term_alias_term_check"));
	}
}

/*
 * import_term(vocabulary regtype, word text) -> text: the canonical word
 * the type's own input reads for word, or NULL when it reads none (no
 * error: the caller tries the aliases, then reports the problem).
 */
Datum
import_term(PG_FUNCTION_ARGS)
{
	const Vocabulary *vocab = VocabularyArg(fcinfo);
	text	   *t = PG_GETARG_TEXT_PP(1);
	VocabularyCode code;
	VocabularyParseError error;

	if (VocabularyParseWord(vocab, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t),
							&code, &error) != VOCABULARY_OK)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(vocab->terms[code].canonical));
}

/*
 * import_word(vocabulary regtype, word text) -> text: the canonical word
 * of the type's own input, else of the DBA's aliases (term_alias: the
 * DBA's rows before the shipped ones), else NULL.  The aliases are read
 * only for a word the type does not know, through a kept plan whose names
 * are all qualified, run as the caller under the registry's search_path.
 */
static text *
WordLookup(const Vocabulary *vocab, Datum typid, text *t)
{
	static SPIPlanPtr plan = NULL;
	VocabularyCode code;
	VocabularyParseError error;
	Datum		values[2];
	text	   *result = NULL;
	int			nestlevel;
	int			ret;

	if (VocabularyParseWord(vocab, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t),
							&code, &error) == VOCABULARY_OK)
		return cstring_to_text(vocab->terms[code].canonical);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (plan == NULL)
	{
		Oid			argtypes[2] = {REGTYPEOID, TEXTOID};

		plan = RegistryPreparePlan(
			"SELECT @extschema@.import_term(a.vocabulary, a.term)"
			" FROM @extschema@.term_alias a"
			" WHERE a.vocabulary OPERATOR(pg_catalog.=) $1"
			"   AND pg_catalog.lower(pg_catalog.btrim(a.alias))"
			"       OPERATOR(pg_catalog.=) pg_catalog.lower(pg_catalog.btrim($2))"
			" ORDER BY a.builtin LIMIT 1", 2, argtypes);
	}
	values[0] = typid;
	values[1] = PointerGetDatum(t);
	nestlevel = RegistrySetSearchPath();
	ret = SPI_execute_plan(plan, values, NULL, true, 1);
	RegistryRestoreSearchPath(nestlevel);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_plan failed: %s", SPI_result_code_string(ret));
	if (SPI_processed > 0)
	{
		bool		isnull;
		Datum		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);

		if (!isnull)
			result = DatumGetTextPP(SPI_datumTransfer(d, false, -1));
	}
	SPI_finish();
	return result;
}

Datum
import_word(PG_FUNCTION_ARGS)
{
	const Vocabulary *vocab = VocabularyArg(fcinfo);
	text	   *result = WordLookup(vocab, PG_GETARG_DATUM(0), PG_GETARG_TEXT_PP(1));

	if (result == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(result);
}

/*
 * import_words(vocabulary regtype, words text[]) -> text[]: import_word of
 * every element, in order; NULL for an element neither reads (and for a
 * NULL element).
 */
Datum
import_words(PG_FUNCTION_ARGS)
{
	const Vocabulary *vocab = VocabularyArg(fcinfo);
	ArrayType  *words = PG_GETARG_ARRAYTYPE_P(1);
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			i;
	int			dims[1];
	int			lbs[1] = {1};

	if (ARR_NDIM(words) > 1)
		ereport(ERROR,
				errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				errmsg_cat(MSG_IMPORT_ERR_DIMENSIONS));
	deconstruct_array(words, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	if (n == 0)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(TEXTOID));
	for (i = 0; i < n; i++)
	{
		if (!nulls[i])
		{
			text	   *w = WordLookup(vocab, PG_GETARG_DATUM(0),
									   DatumGetTextPP(elems[i]));

			nulls[i] = (w == NULL);
			elems[i] = PointerGetDatum(w);
		}
	}
	dims[0] = n;
	PG_RETURN_ARRAYTYPE_P(construct_md_array(elems, nulls, 1, dims, lbs, TEXTOID,
											 -1, false, TYPALIGN_INT));
}

/* import_term_problem(vocabulary, word): the fix for an unread word. */
Datum
import_term_problem(PG_FUNCTION_ARGS)
{
	const Vocabulary *vocab = VocabularyArg(fcinfo);
	text	   *t = PG_GETARG_TEXT_PP(1);
	VocabularyCode code;
	VocabularyParseError error;
	char		accepted[2048];

	switch (VocabularyParseWord(vocab, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t),
								&code, &error))
	{
		case VOCABULARY_OK:
			PG_RETURN_NULL();
		case VOCABULARY_REFUSED_WORD:
			PG_RETURN_TEXT_P(cstring_to_text(MessageFormat(MSG_IMPORT_WORD_REFUSED, 1,
														   vocab->type_name,
														   MessageText(error.refusal->detail, 1),
														   MessageText(error.refusal->hint, 1))));
		default:
			break;
	}
	VocabularyAcceptedWords(vocab, accepted, sizeof(accepted));
	PG_RETURN_TEXT_P(cstring_to_text(MessageFormat(MSG_IMPORT_WORD, 1,
												   vocab->type_name, accepted)));
}

/* import_distance(a, b) -> int: Levenshtein, ASCII case folded. */
Datum
import_distance(PG_FUNCTION_ARGS)
{
	text	   *a = PG_GETARG_TEXT_PP(0);
	text	   *b = PG_GETARG_TEXT_PP(1);

	PG_RETURN_INT32(ImportDistance(VARDATA_ANY(a), VARSIZE_ANY_EXHDR(a),
								   VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b)));
}

/*
 * The problems import() writes itself, by short name, each taking up to
 * three %s arguments.
 */
static const struct
{
	const char *name;
	MessageId	id;
}			import_messages[] = {
	{"required", MSG_IMPORT_REQUIRED},
	{"scale", MSG_IMPORT_SCALE},
	{"interval", MSG_IMPORT_INTERVAL},
	{"positive", MSG_IMPORT_AMOUNT_POSITIVE},
	{"iati", MSG_IMPORT_IATI},
	{"email", MSG_IMPORT_EMAIL},
	{"phone", MSG_IMPORT_PHONE},
	{"currency", MSG_IMPORT_CURRENCY},
	{"date_order", MSG_IMPORT_DATE_ORDER},
	{"unknown", MSG_IMPORT_UNKNOWN_NAME},
	{"unknown_none", MSG_IMPORT_UNKNOWN_NAME_NONE},
	{"ambiguous", MSG_IMPORT_AMBIGUOUS_NAME},
	{"duplicate", MSG_IMPORT_DUPLICATE},
	{"exists", MSG_IMPORT_EXISTS},
	{"amends_required", MSG_IMPORT_AMENDS_REQUIRED},
	{"amends_not_addendum", MSG_IMPORT_AMENDS_NOT_ADDENDUM},
	{"amends_cycle", MSG_IMPORT_AMENDS_CYCLE},
	{"parent_cycle", MSG_IMPORT_PARENT_CYCLE},
	{"amends_draft", MSG_IMPORT_AMENDS_DRAFT},
	{"amends_terminated", MSG_IMPORT_AMENDS_TERMINATED},
	{"clause_kind", MSG_IMPORT_CLAUSE_KIND},
	{"not_member", MSG_IMPORT_NOT_MEMBER},
	{"commitment_none", MSG_IMPORT_COMMITMENT_NONE},
	{"commitment_ambiguous", MSG_IMPORT_COMMITMENT_AMBIGUOUS},
	{"commitment_line", MSG_IMPORT_COMMITMENT_LINE},
	{"only_ended", MSG_IMPORT_ONLY_ENDED},
	{"only_terminated", MSG_IMPORT_ONLY_TERMINATED},
	{"rules", MSG_IMPORT_RULES},
	{"rules_legacy", MSG_IMPORT_RULES_LEGACY},
	{"rules_ended", MSG_IMPORT_RULES_ENDED},
	{"rules_commit", MSG_IMPORT_RULES_COMMIT},
	{"refused", MSG_IMPORT_REFUSED},
	{"count", MSG_IMPORT_COUNT},
};

/* import_message(name, a, b, c) -> text, in the session's language. */
Datum
import_message(PG_FUNCTION_ARGS)
{
	char	   *name;
	const char *args[3];
	int			i;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	name = text_to_cstring(PG_GETARG_TEXT_PP(0));

	for (i = 0; i < 3; i++)
		args[i] = PG_ARGISNULL(i + 1) ? "" : text_to_cstring(PG_GETARG_TEXT_PP(i + 1));
	for (i = 0; i < (int) lengthof(import_messages); i++)
		if (strcmp(import_messages[i].name, name) == 0)
			PG_RETURN_TEXT_P(cstring_to_text(MessageFormat(import_messages[i].id, 1,
														   args[0], args[1], args[2])));
	ereport(ERROR,
			errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			errmsg_cat(MSG_IMPORT_ERR_MESSAGE, name));
	PG_RETURN_NULL();
}
