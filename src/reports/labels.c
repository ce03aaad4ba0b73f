/*-------------------------------------------------------------------------
 *
 * labels.c
 *	  The small label functions of the report views: the language of the
 *	  labels, the labels of the scoring codes (risk levels, Wilder
 *	  statuses, stakeholder quadrants) and the labels of a set of sectors
 *	  or roles.
 *
 * The views call these once per row, so each is a table lookup in C: no
 * catalogue query, no SQL function call, no setting parsed per call.  The
 * labels are compiled in (as the vocabulary labels of vocabulary/terms.c
 * are): there is no label table a DBA edits, hence nothing to cache or
 * invalidate.  See doc/reports.md.
 *
 * src/reports/labels.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"

#include "partnership.h"
#include "vocabulary/vocabulary.h"
#include "vocabulary/fmgr.h"

/* A scoring code and its labels. */
typedef struct TermLabel
{
	const char *code;
	const char *label_en;
	const char *label_id;
} TermLabel;

static const TermLabel term_labels[] =
{
	/* risk levels: risk_level() */
	{"low", "low", "rendah"},
	{"medium", "medium", "sedang"},
	{"high", "high", "tinggi"},
	{"critical", "critical", "kritis"},
	/* Wilder bands: factor_status(), likert() */
	{"strength", "strength", "kekuatan"},
	{"borderline", "borderline", "ambang batas"},
	{"concern", "concern", "perlu perhatian"},
	/* Mendelow quadrants: stakeholder_quadrant() */
	{"manage_closely", "manage closely", "kelola secara dekat"},
	{"keep_satisfied", "keep satisfied", "jaga kepuasan"},
	{"keep_informed", "keep informed", "beri informasi"},
	{"monitor", "monitor", "pantau"},
};

/*
 * The label of a code in a language; other text comes back as it is (the
 * same datum, not copied).
 */
static Datum
TermLabelDatum(text *term, bool indonesian)
{
	const char *str = VARDATA_ANY(term);
	size_t		len = VARSIZE_ANY_EXHDR(term);
	int			i;

	for (i = 0; i < lengthof(term_labels); i++)
	{
		const TermLabel *t = &term_labels[i];

		if (strlen(t->code) == len && memcmp(t->code, str, len) == 0)
			return PointerGetDatum(cstring_to_text(indonesian ? t->label_id
												   : t->label_en));
	}
	return PointerGetDatum(term);
}

/* report_language(): 'id' or 'en', from setting partnership.language */
PG_FUNCTION_INFO_V1(report_language);
Datum
report_language(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(partnership_language == PARTNERSHIP_LANGUAGE_ID
									 ? "id" : "en"));
}

/* term_label(term text, lang text): Indonesian for 'id', else English */
PG_FUNCTION_INFO_V1(term_label_lang);
Datum
term_label_lang(PG_FUNCTION_ARGS)
{
	text	   *lang = PG_GETARG_TEXT_PP(1);
	bool		indonesian = VARSIZE_ANY_EXHDR(lang) == 2 &&
		memcmp(VARDATA_ANY(lang), "id", 2) == 0;

	PG_RETURN_DATUM(TermLabelDatum(PG_GETARG_TEXT_PP(0), indonesian));
}

/* term_label(term text): in the language of partnership.language */
PG_FUNCTION_INFO_V1(term_label);
Datum
term_label(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(TermLabelDatum(PG_GETARG_TEXT_PP(0),
								   partnership_language == PARTNERSHIP_LANGUAGE_ID));
}

/*
 * The labels of the members of a set in partnership.language, in the
 * vocabulary's order, joined by ", "; NULL for the empty set (as
 * string_agg over no rows gave).
 */
static Datum
SetLabelDatum(const Vocabulary *vocab, FunctionCallInfo fcinfo)
{
	VocabularySet set = PG_GETARG_VOCABULARY_SET(0);
	StringInfoData buf;
	int			t;

	if (set == 0)
		PG_RETURN_NULL();
	initStringInfo(&buf);
	for (t = 0; t < vocab->nterms; t++)
	{
		if ((set & VOCABULARY_BIT(t)) == 0)
			continue;
		if (buf.len > 0)
			appendStringInfoString(&buf, ", ");
		appendStringInfoString(&buf, VocabularyLabel(vocab, (VocabularyCode) t,
													 partnership_language));
	}
	PG_RETURN_TEXT_P(cstring_to_text_with_len(buf.data, buf.len));
}

/* set_label(sectorset) */
PG_FUNCTION_INFO_V1(sectorset_label);
Datum
sectorset_label(PG_FUNCTION_ARGS)
{
	return SetLabelDatum(&SectorVocabulary, fcinfo);
}

/* set_label(roleset) */
PG_FUNCTION_INFO_V1(roleset_label);
Datum
roleset_label(PG_FUNCTION_ARGS)
{
	return SetLabelDatum(&RoleVocabulary, fcinfo);
}
