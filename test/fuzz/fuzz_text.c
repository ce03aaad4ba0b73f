/*-------------------------------------------------------------------------
 *
 * fuzz_text.c
 *	  libFuzzer target for the extension's other text parsers: the
 *	  language argument of label(x, lang) and grade_label(index, lang)
 *	  (PartnershipLanguageFromText, src/vocabulary/language.c) and a rule's severity
 *	  as the rule engine reads it from the catalogue (RuleSeverityFromText,
 *	  src/rules/severity.c).
 *
 * Every input goes, with its exact length and without a copy, to both
 * parsers, and each result is checked against a reference model:
 *
 *	- language: accepted exactly when the input is "en" or "id" in one of
 *	  its four spellings of case, with only spaces around it; "en" means
 *	  English, "id" Indonesian; a refusal leaves the result untouched;
 *	- severity: the severity vocabulary's reference model (fuzz_common.c)
 *	  names a term exactly when the parser accepts, and the severity is
 *	  that term's (error, warning, off by canonical word); anything else
 *	  reads as error, so an unreadable value enforces the rule.
 *
 * test/fuzz/fuzz_text.c
 *
 *-------------------------------------------------------------------------
 */
#include "fuzz_common.h"

#include "partnership.h"
#include "rules/rules.h"

/* The spellings a language may have, less the spaces around them. */
static const struct
{
	const char *text;
	PartnershipLanguage lang;
}			model_languages[] = {
	{"en", PARTNERSHIP_LANGUAGE_EN}, {"eN", PARTNERSHIP_LANGUAGE_EN},
	{"En", PARTNERSHIP_LANGUAGE_EN}, {"EN", PARTNERSHIP_LANGUAGE_EN},
	{"id", PARTNERSHIP_LANGUAGE_ID}, {"iD", PARTNERSHIP_LANGUAGE_ID},
	{"Id", PARTNERSHIP_LANGUAGE_ID}, {"ID", PARTNERSHIP_LANGUAGE_ID},
};

/* The severity each canonical word of the vocabulary stands for. */
static const struct
{
	const char *canonical;
	RuleSeverity severity;
}			model_severities[] = {
	{"error", RULE_SEVERITY_ERROR},
	{"warning", RULE_SEVERITY_WARNING},
	{"off", RULE_SEVERITY_OFF},
};

static int	severity_index = -1;	/* of SeverityVocabulary in the list */

static bool
ModelLanguage(const char *str, size_t len, PartnershipLanguage *lang)
{
	size_t		lead = 0;
	size_t		trail = 0;
	size_t		i;

	while (lead < len && str[lead] == ' ')
		lead++;
	while (trail < len - lead && str[len - 1 - trail] == ' ')
		trail++;
	for (i = 0; i < lengthof(model_languages); i++)
	{
		if (len - lead - trail == strlen(model_languages[i].text) &&
			memcmp(str + lead, model_languages[i].text, len - lead - trail) == 0)
		{
			*lang = model_languages[i].lang;
			return true;
		}
	}
	return false;
}

static bool
ModelSeverity(const char *str, size_t len, RuleSeverity *severity)
{
	const VocabularyRefusal *refusal;
	int			code;
	size_t		i;

	*severity = RULE_SEVERITY_ERROR;
	if (FuzzModelParseWord(severity_index, str, len, &code,
						   &refusal) != VOCABULARY_OK)
		return false;
	for (i = 0; i < lengthof(model_severities); i++)
	{
		if (strcmp(SeverityVocabulary.terms[code].canonical,
				   model_severities[i].canonical) == 0)
		{
			*severity = model_severities[i].severity;
			return true;
		}
	}
	return false;
}

static void
CheckLanguage(const char *input, size_t len)
{
	PartnershipLanguage lang = (PartnershipLanguage) 0x5a5a;
	PartnershipLanguage model_lang = (PartnershipLanguage) 0x5a5a;
	bool		ok = PartnershipLanguageFromText(input, len, &lang);
	bool		model_ok = ModelLanguage(input, len, &model_lang);

	if (ok != model_ok)
		FuzzFail(NULL, "language accepted or refused otherwise than by the reference model",
				 input, len);
	if (ok && lang != model_lang)
		FuzzFail(NULL, "language parsed to another language than the reference model's",
				 input, len);
	if (!ok && lang != (PartnershipLanguage) 0x5a5a)
		FuzzFail(NULL, "a refused language changed the result", input, len);
}

static void
CheckSeverity(const char *input, size_t len)
{
	RuleSeverity severity = (RuleSeverity) 0x5a5a;
	RuleSeverity model_severity;
	bool		ok = RuleSeverityFromText(input, len, &severity);
	bool		model_ok = ModelSeverity(input, len, &model_severity);

	if (ok != model_ok)
		FuzzFail(&SeverityVocabulary,
				 "severity accepted or refused otherwise than by the reference model",
				 input, len);
	if (severity != model_severity)
		FuzzFail(&SeverityVocabulary,
				 "severity differs from the reference model's (or is not error when refused)",
				 input, len);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	int			v;
	int			t;
	size_t		i;

	(void) argc;
	(void) argv;
	FuzzModelInit();
	for (v = 0; v < fuzz_nvocabularies; v++)
		if (fuzz_vocabularies[v] == &SeverityVocabulary)
			severity_index = v;
	CHECK(severity_index >= 0, NULL, NULL, 0);

	/* every severity spelling reads as its term's severity */
	for (t = 0; t < SeverityVocabulary.nterms; t++)
	{
		const VocabularyTerm *term = &SeverityVocabulary.terms[t];
		const char *const *alias;

		CheckSeverity(term->canonical, strlen(term->canonical));
		for (alias = term->aliases; alias && *alias; alias++)
			CheckSeverity(*alias, strlen(*alias));
	}
	/* and every severity has its canonical word in the vocabulary */
	for (i = 0; i < lengthof(model_severities); i++)
	{
		RuleSeverity severity;
		const char *word = model_severities[i].canonical;

		if (!RuleSeverityFromText(word, strlen(word), &severity) ||
			severity != model_severities[i].severity)
			FuzzFail(&SeverityVocabulary, "a severity of the engine does not parse",
					 word, strlen(word));
	}
	for (i = 0; i < lengthof(model_languages); i++)
		CheckLanguage(model_languages[i].text, strlen(model_languages[i].text));
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	CheckLanguage((const char *) data, size);
	CheckSeverity((const char *) data, size);
	return 0;
}
