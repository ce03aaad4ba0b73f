/*-------------------------------------------------------------------------
 *
 * language.c
 *	  Parsing of the language argument of label(x, lang) and
 *	  grade_label(index, lang).
 *
 * Like the vocabulary core (vocabulary.c) this uses no backend facilities:
 * it takes bytes and a length and returns a result, and the caller
 * (PartnershipParseLanguage in partnership.c) reports the error.  So it
 * builds unchanged into the fuzz harness (test/fuzz/fuzz_text.c), which
 * checks it against a reference model on every input.
 *
 * src/vocabulary/language.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "partnership.h"

/*
 * Does str[start..end) equal the lower-case ASCII word, ignoring ASCII
 * case?  Only ASCII letters fold: pg_strcasecmp, used before, also folds
 * bytes above 127 with the C library's tolower(), which in a single-byte
 * locale can map a non-ASCII letter onto an ASCII one.
 */
static bool
EqualsFolded(const char *str, size_t start, size_t end, const char *word)
{
	size_t		i;

	if (end - start != strlen(word))
		return false;
	for (i = start; i < end; i++)
	{
		char		c = str[i];

		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (c != word[i - start])
			return false;
	}
	return true;
}

/*
 * Parse a language from str[0..len): "en" or "id" in any ASCII case, with
 * any number of spaces around it.  Returns false for anything else (a NUL
 * byte included); *lang is then unchanged.
 */
bool
PartnershipLanguageFromText(const char *str, size_t len,
							PartnershipLanguage *lang)
{
	size_t		start = 0;
	size_t		end = len;

	while (start < end && str[start] == ' ')
		start++;
	while (end > start && str[end - 1] == ' ')
		end--;

	if (EqualsFolded(str, start, end, "en"))
	{
		*lang = PARTNERSHIP_LANGUAGE_EN;
		return true;
	}
	if (EqualsFolded(str, start, end, "id"))
	{
		*lang = PARTNERSHIP_LANGUAGE_ID;
		return true;
	}
	return false;
}
