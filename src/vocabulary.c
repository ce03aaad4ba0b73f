/*-------------------------------------------------------------------------
 *
 * vocabulary.c
 *	  Parsing and formatting of vocabulary words and sets.
 *
 * Input is matched after normalisation: leading and trailing blanks are
 * dropped, ASCII letters are lowered, '_' and '-' count as blanks, and any
 * run of blanks counts as one.  So "Sektor  Swasta", "sektor-swasta" and
 * "SEKTOR_SWASTA" are all the Indonesian alias "sektor swasta".
 *
 * Nothing here allocates memory or reports errors: callers pass buffers and
 * receive a status, so this file builds unchanged into the fuzz harness.
 *
 * src/vocabulary.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "vocabulary.h"

#define IS_BLANK(c) ((c) == ' ' || (c) == '\t' || (c) == '\n' || \
					 (c) == '\r' || (c) == '\f' || (c) == '\v')

/* Fold one character the way matching does: lower case, '_' and '-' blank. */
static inline char
FoldChar(char c)
{
	if (c >= 'A' && c <= 'Z')
		return c + ('a' - 'A');
	if (c == '_' || c == '-' || IS_BLANK(c))
		return ' ';
	return c;
}

/*
 * Normalise str[0..len) into buf; returns the normalised length, or -1 when
 * it does not fit (no term is that long, so the word is unknown).
 */
static int
NormaliseWord(const char *str, size_t len, char *buf, size_t buflen)
{
	size_t		start = 0;
	size_t		end = len;
	size_t		i;
	int			n = 0;
	bool		pending_blank = false;

	while (start < end && FoldChar(str[start]) == ' ')
		start++;
	while (end > start && FoldChar(str[end - 1]) == ' ')
		end--;

	for (i = start; i < end; i++)
	{
		char		c = FoldChar(str[i]);

		if (c == ' ')
		{
			pending_blank = true;
			continue;
		}
		if (pending_blank)
		{
			if ((size_t) n >= buflen)
				return -1;
			buf[n++] = ' ';
			pending_blank = false;
		}
		if ((size_t) n >= buflen)
			return -1;
		buf[n++] = c;
	}
	return n;
}

/* Does the normalised word equal the table spelling (folded on the fly)? */
static bool
SpellingMatches(const char *word, int len, const char *spelling)
{
	int			i;

	for (i = 0; i < len; i++)
	{
		if (spelling[i] == '\0' || FoldChar(spelling[i]) != word[i])
			return false;
	}
	return spelling[len] == '\0';
}

/*
 * Parse one word of the vocabulary from str[0..len).  On success sets *code
 * and returns VOCABULARY_OK; otherwise fills *error (if not NULL).
 */
VocabularyParseStatus
VocabularyParseWord(const Vocabulary *vocab, const char *str, size_t len,
					VocabularyCode *code, VocabularyParseError *error)
{
	char		word[VOCABULARY_MAX_WORD];
	int			wlen;
	int			t;
	VocabularyParseStatus status = VOCABULARY_UNKNOWN_WORD;
	const VocabularyRefusal *refusal = NULL;

	wlen = NormaliseWord(str, len, word, sizeof(word));
	if (wlen == 0)
		status = VOCABULARY_EMPTY_WORD;
	else if (wlen > 0)
	{
		for (t = 0; t < vocab->nterms; t++)
		{
			const VocabularyTerm *term = &vocab->terms[t];
			const char *const *alias;

			if (SpellingMatches(word, wlen, term->canonical))
			{
				*code = (VocabularyCode) t;
				return VOCABULARY_OK;
			}
			for (alias = term->aliases; alias && *alias; alias++)
			{
				if (SpellingMatches(word, wlen, *alias))
				{
					*code = (VocabularyCode) t;
					return VOCABULARY_OK;
				}
			}
		}
		for (refusal = vocab->refusals; refusal && refusal->word; refusal++)
		{
			if (SpellingMatches(word, wlen, refusal->word))
			{
				status = VOCABULARY_REFUSED_WORD;
				break;
			}
		}
	}

	if (error)
	{
		error->status = status;
		error->word = str;
		error->word_len = (int) Min(len, (size_t) PG_INT32_MAX);
		error->refusal = (status == VOCABULARY_REFUSED_WORD) ? refusal : NULL;
	}
	return status;
}

/* Record a set-syntax failure covering the whole input. */
static VocabularyParseStatus
SetSyntaxError(const char *str, VocabularyParseError *error)
{
	if (error)
	{
		error->status = VOCABULARY_BAD_SET_SYNTAX;
		error->word = str;
		error->word_len = (int) Min(strlen(str), (size_t) PG_INT32_MAX);
		error->refusal = NULL;
	}
	return VOCABULARY_BAD_SET_SYNTAX;
}

/*
 * Parse a set: "{word,word,...}", or the same list without braces.  Words
 * are any accepted spelling of the vocabulary, optionally double-quoted;
 * duplicates fold.  "{}" is the empty set.
 */
VocabularyParseStatus
VocabularyParseSet(const Vocabulary *vocab, const char *str,
				   VocabularySet *set, VocabularyParseError *error)
{
	const char *p = str;
	const char *end = str + strlen(str);
	VocabularySet result = 0;

	while (p < end && IS_BLANK(*p))
		p++;
	while (end > p && IS_BLANK(end[-1]))
		end--;

	if (p < end && *p == '{')
	{
		if (end - p < 2 || end[-1] != '}')
			return SetSyntaxError(str, error);
		p++;
		end--;
		/* "{ }" is the empty set */
		{
			const char *q = p;

			while (q < end && IS_BLANK(*q))
				q++;
			if (q == end)
			{
				*set = 0;
				return VOCABULARY_OK;
			}
		}
	}

	for (;;)
	{
		const char *comma = memchr(p, ',', end - p);
		const char *wend = comma ? comma : end;
		const char *ws = p;
		const char *we = wend;
		const char *q;
		VocabularyCode code;
		VocabularyParseStatus status;

		for (q = ws; q < we; q++)
		{
			if (*q == '{' || *q == '}')
				return SetSyntaxError(str, error);
		}

		/* strip optional double quotes around the element */
		while (ws < we && IS_BLANK(*ws))
			ws++;
		while (we > ws && IS_BLANK(we[-1]))
			we--;
		if (we - ws >= 2 && *ws == '"' && we[-1] == '"')
		{
			ws++;
			we--;
		}

		status = VocabularyParseWord(vocab, ws, we - ws, &code, error);
		if (status != VOCABULARY_OK)
			return status;
		result |= (VocabularySet) (1 << code);

		if (comma == NULL)
			break;
		p = comma + 1;
	}

	*set = result;
	return VOCABULARY_OK;
}

/* Append src to buf at *pos, keeping buf NUL-terminated; false if cut. */
static bool
AppendText(char *buf, size_t buflen, size_t *pos, const char *src)
{
	size_t		n = strlen(src);

	if (*pos + n + 1 > buflen)
		return false;
	memcpy(buf + *pos, src, n);
	*pos += n;
	buf[*pos] = '\0';
	return true;
}

/*
 * Write the canonical text of a set, "{a,b}", members in vocabulary order.
 * Returns the length written; buflen must be at least
 * VOCABULARY_MAX_SET_TEXT.
 */
size_t
VocabularyFormatSet(const Vocabulary *vocab, VocabularySet set,
					char *buf, size_t buflen)
{
	size_t		pos = 0;
	bool		first = true;
	int			t;

	buf[0] = '\0';
	AppendText(buf, buflen, &pos, "{");
	for (t = 0; t < vocab->nterms; t++)
	{
		if ((set & (1 << t)) == 0)
			continue;
		if (!first)
			AppendText(buf, buflen, &pos, ",");
		AppendText(buf, buflen, &pos, vocab->terms[t].canonical);
		first = false;
	}
	AppendText(buf, buflen, &pos, "}");
	return pos;
}

/*
 * Write the list of accepted spellings for an error hint:
 * "government (pemerintah, pemda, 10), private (swasta, ...), ...".
 * Returns the length written (cut short, never overflowing, if buflen is
 * too small).
 */
size_t
VocabularyAcceptedWords(const Vocabulary *vocab, char *buf, size_t buflen)
{
	size_t		pos = 0;
	int			t;

	buf[0] = '\0';
	for (t = 0; t < vocab->nterms; t++)
	{
		const VocabularyTerm *term = &vocab->terms[t];
		const char *const *alias;

		if (t > 0)
			AppendText(buf, buflen, &pos, ", ");
		AppendText(buf, buflen, &pos, term->canonical);
		for (alias = term->aliases; alias && *alias; alias++)
		{
			AppendText(buf, buflen, &pos, alias == term->aliases ? " (" : ", ");
			AppendText(buf, buflen, &pos, *alias);
		}
		if (term->aliases && *term->aliases)
			AppendText(buf, buflen, &pos, ")");
	}
	return pos;
}

/* Is code a term of this vocabulary? */
bool
VocabularyCodeIsValid(const Vocabulary *vocab, int code)
{
	return code >= 0 && code < vocab->nterms;
}

/* Does the mask name only terms of this vocabulary? */
bool
VocabularySetIsValid(const Vocabulary *vocab, uint32 set)
{
	return (set & ~(uint32) VocabularyAllMembers(vocab)) == 0;
}

/* The set holding every term of the vocabulary. */
VocabularySet
VocabularyAllMembers(const Vocabulary *vocab)
{
	return (VocabularySet) ((1U << vocab->nterms) - 1);
}
