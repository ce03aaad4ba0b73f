/*-------------------------------------------------------------------------
 *
 * severity.c
 *	  Reading a rule's severity from the text of the catalogue column
 *	  partnership.rule.severity.
 *
 * The rule engine reads the catalogue as text (rules.c) and maps it to a
 * RuleSeverity here, through the severity vocabulary's own parser, so the
 * catalogue and the engine can never disagree on a spelling.  No backend
 * facilities are used, so this builds unchanged into the fuzz harness
 * (test/fuzz/fuzz_text.c), which checks it on every input.
 *
 * src/rules/severity.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "rules/rules.h"
#include "vocabulary/vocabulary.h"

/*
 * The severity that str[0..len) names, by its canonical word (the
 * vocabulary's codes are positions, not to be relied on here).  Returns
 * false when the text is no severity; *severity is then
 * RULE_SEVERITY_ERROR, so that an unreadable value enforces the rule
 * rather than switching it off.
 */
bool
RuleSeverityFromText(const char *str, size_t len, RuleSeverity *severity)
{
	VocabularyCode code;
	const char *canonical;

	*severity = RULE_SEVERITY_ERROR;
	if (str == NULL ||
		VocabularyParseWord(&SeverityVocabulary, str, len, &code,
							NULL) != VOCABULARY_OK)
		return false;

	canonical = SeverityVocabulary.terms[code].canonical;
	if (strcmp(canonical, "warning") == 0)
		*severity = RULE_SEVERITY_WARNING;
	else if (strcmp(canonical, "off") == 0)
		*severity = RULE_SEVERITY_OFF;
	else if (strcmp(canonical, "error") != 0)
		return false;			/* a severity this engine does not know */
	return true;
}
