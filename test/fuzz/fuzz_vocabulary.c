/*-------------------------------------------------------------------------
 *
 * fuzz_vocabulary.c
 *	  libFuzzer target for the vocabulary word and set parsers.
 *
 * This is built together with the unchanged src/vocabulary.c and
 * src/vocabulary_terms.c, the very code the extension runs, against the
 * server headers only (that core uses no backend facilities).  Every input
 * is fed to every vocabulary: to VocabularyParseWord with its exact length
 * (so it may hold NULs, and AddressSanitizer sees any read past its end) and
 * to VocabularyParseSet as a NUL-terminated copy.  The invariants below are
 * checked on every call and any violation aborts, which libFuzzer reports
 * as a crash:
 *
 *	- a status is one of the enum's values, and a word parse never reports
 *	  set syntax; the error struct agrees with the returned status;
 *	- a word parses exactly as a plain reference model of the documented
 *	  rules does (normalise, then the first matching term in table order,
 *	  else a refusal), whatever lookup structure vocabulary.c uses;
 *	- a parsed word's code is valid, and that term's canonical word parses
 *	  back to the same code; a plain word (no comma, brace or NUL) parses as
 *	  a set to exactly that one member;
 *	- a parsed set names only terms of the vocabulary, and formatting it
 *	  with VocabularyFormatSet and parsing the text again gives the same set;
 *	- a failed parse's error word lies inside the input;
 *	- VocabularyFormatSet and VocabularyAcceptedWords write NUL-terminated
 *	  text no longer than the buffer, whatever its size (buffers are sized
 *	  exactly so ASan catches a one-byte overflow);
 *	- parsing is deterministic.
 *
 * LLVMFuzzerInitialize also runs a deterministic self-check of the tables
 * (every canonical word and alias parses to its own term, every set of every
 * vocabulary round-trips, the accepted-words hint fits every buffer size up
 * to its full length), so running the binary once over the seed corpus is
 * the unit test (test/fuzz/run.sh does both).
 *
 * test/fuzz/fuzz_vocabulary.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <stdio.h>
#include <stdlib.h>

#include "vocabulary.h"

/*
 * port.h routes the printf family to libpgport's implementations; the
 * harness links no PostgreSQL library, so use the C library's.
 */
#undef fprintf
#undef printf
#undef snprintf
#undef vsnprintf

static const Vocabulary *const vocabularies[] = {
	&SectorVocabulary,
	&RoleVocabulary,
	&FormalityVocabulary,
	&HorizonVocabulary,
	&PartnershipStatusVocabulary,
	&AgreementKindVocabulary,
	&AgreementStatusVocabulary,
	&ActivityStatusVocabulary,
	&CommitmentKindVocabulary,
	&DirectionVocabulary,
	&AggregationVocabulary,
	&DimensionVocabulary,
	&EvaluationKindVocabulary,
	&EvaluationStatusVocabulary,
	&ChallengeVocabulary,
	&RiskStatusVocabulary,
	&RaciVocabulary,
	&SeverityVocabulary,
};

#define NVOCABULARIES lengthof(vocabularies)

/* Buffer sizes tried for the accepted-words hint and the set text. */
static const size_t buffer_sizes[] = {1, 2, 3, 4, 7, 8, 15, 16, 31, 64, 100, 257};

/* Report a broken invariant and abort, so libFuzzer saves the input. */
static void
Fail(const Vocabulary *vocab, const char *what, const char *input, size_t len)
{
	size_t		i;

	fprintf(stderr, "\nINVARIANT VIOLATED (vocabulary %s): %s\ninput (%zu bytes): \"",
			vocab ? vocab->type_name : "-", what, len);
	for (i = 0; input && i < len && i < 200; i++)
	{
		unsigned char c = (unsigned char) input[i];

		if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\')
			fputc(c, stderr);
		else
			fprintf(stderr, "\\x%02x", c);
	}
	fprintf(stderr, "\"\n");
	abort();
}

#define CHECK(cond, vocab, input, len) \
	do { \
		if (!(cond)) \
			Fail((vocab), #cond, (input), (len)); \
	} while (0)

/* Is the status one of the enum's values? */
static bool
StatusIsKnown(VocabularyParseStatus status)
{
	switch (status)
	{
		case VOCABULARY_OK:
		case VOCABULARY_UNKNOWN_WORD:
		case VOCABULARY_REFUSED_WORD:
		case VOCABULARY_EMPTY_WORD:
		case VOCABULARY_BAD_SET_SYNTAX:
			return true;
	}
	return false;
}

/* Is refusal an entry of the vocabulary's refusal list? */
static bool
RefusalBelongs(const Vocabulary *vocab, const VocabularyRefusal *refusal)
{
	const VocabularyRefusal *r;

	for (r = vocab->refusals; r && r->word; r++)
	{
		if (r == refusal)
			return r->detail != NULL && r->hint != NULL;
	}
	return false;
}

/*
 * Check a failed parse's error struct against the status returned and the
 * input [input, input + len).
 */
static void
CheckError(const Vocabulary *vocab, VocabularyParseStatus status,
		   const VocabularyParseError *error, const char *input, size_t len)
{
	CHECK(StatusIsKnown(status), vocab, input, len);
	CHECK(error->status == status, vocab, input, len);
	CHECK(error->word != NULL, vocab, input, len);
	CHECK(error->word >= input && error->word <= input + len, vocab, input, len);
	CHECK(error->word_len >= 0, vocab, input, len);
	CHECK((size_t) error->word_len <= (size_t) (input + len - error->word),
		  vocab, input, len);
	if (status == VOCABULARY_REFUSED_WORD)
		CHECK(RefusalBelongs(vocab, error->refusal), vocab, input, len);
	else
		CHECK(error->refusal == NULL, vocab, input, len);
}

/*
 * Reference model of word parsing, written from the documented rules
 * rather than from vocabulary.c: drop leading and trailing blanks, lower
 * ASCII letters, treat '_' and '-' as blanks and any run of blanks as one;
 * then the first term (canonical word, then aliases, in table order) whose
 * spelling folds to the same text, else the first refusal that does.  A
 * normalised word longer than VOCABULARY_MAX_WORD is unknown, and so is a
 * normalised word of digits only (a code) when the input holds a '-' or
 * '_': codes match only as written, between blanks.
 */
static char
ModelFold(char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 'a';
	if (c == '_' || c == '-' || c == ' ' || c == '\t' || c == '\n' ||
		c == '\r' || c == '\f' || c == '\v')
		return ' ';
	return c;
}

static bool
ModelSpellingIs(const char *word, size_t wlen, const char *spelling)
{
	size_t		i;

	if (strlen(spelling) != wlen)
		return false;
	for (i = 0; i < wlen; i++)
	{
		if (ModelFold(spelling[i]) != word[i])
			return false;
	}
	return true;
}

static bool
ModelIsDigits(const char *word, size_t wlen)
{
	size_t		i;

	for (i = 0; i < wlen; i++)
	{
		if (word[i] < '0' || word[i] > '9')
			return false;
	}
	return true;
}

static VocabularyParseStatus
ModelParseWord(const Vocabulary *vocab, const char *str, size_t len,
			   int *code, const VocabularyRefusal **refusal)
{
	char	   *word = malloc(len + 1);
	size_t		wlen = 0;
	size_t		i;
	int			t;
	const VocabularyRefusal *r;
	VocabularyParseStatus status = VOCABULARY_UNKNOWN_WORD;

	if (word == NULL)
		abort();
	for (i = 0; i < len; i++)
	{
		char		c = ModelFold(str[i]);

		if (c == ' ' && (wlen == 0 || word[wlen - 1] == ' '))
			continue;
		word[wlen++] = c;
	}
	if (wlen > 0 && word[wlen - 1] == ' ')
		wlen--;

	*code = -1;
	*refusal = NULL;
	if (wlen == 0)
		status = VOCABULARY_EMPTY_WORD;
	else if (ModelIsDigits(word, wlen) &&
			 (memchr(str, '-', len) != NULL || memchr(str, '_', len) != NULL))
		status = VOCABULARY_UNKNOWN_WORD;	/* "-10" is no code */
	else if (wlen <= VOCABULARY_MAX_WORD)
	{
		for (t = 0; t < vocab->nterms && *code < 0; t++)
		{
			const char *const *alias;

			if (ModelSpellingIs(word, wlen, vocab->terms[t].canonical))
				*code = t;
			for (alias = vocab->terms[t].aliases;
				 *code < 0 && alias && *alias; alias++)
			{
				if (ModelSpellingIs(word, wlen, *alias))
					*code = t;
			}
		}
		if (*code >= 0)
			status = VOCABULARY_OK;
		else
		{
			for (r = vocab->refusals; r && r->word; r++)
			{
				if (ModelSpellingIs(word, wlen, r->word))
				{
					*refusal = r;
					status = VOCABULARY_REFUSED_WORD;
					break;
				}
			}
		}
	}
	free(word);
	return status;
}

/* Does VocabularyParseWord agree with the model? */
static void
CheckAgainstModel(const Vocabulary *vocab, const char *input, size_t len,
				  VocabularyParseStatus status, VocabularyCode code,
				  const VocabularyParseError *error)
{
	int			model_code;
	const VocabularyRefusal *model_refusal;
	VocabularyParseStatus model_status;

	model_status = ModelParseWord(vocab, input, len, &model_code,
								  &model_refusal);
	if (model_status != status)
		Fail(vocab, "word parse status differs from the reference model",
			 input, len);
	if (status == VOCABULARY_OK && model_code != code)
		Fail(vocab, "word parses to another term than the reference model's",
			 input, len);
	if (status == VOCABULARY_REFUSED_WORD && model_refusal != error->refusal)
		Fail(vocab, "word refused with another refusal than the reference model's",
			 input, len);
}

/* Parse a whole NUL-terminated word; returns the status, sets *code. */
static VocabularyParseStatus
ParseWordString(const Vocabulary *vocab, const char *word, VocabularyCode *code)
{
	VocabularyParseError error;

	return VocabularyParseWord(vocab, word, strlen(word), code, &error);
}

/*
 * Format a set into a buffer of exactly buflen bytes (heap-allocated, so a
 * one-byte overflow is caught) and check the result is a NUL-terminated
 * string that fits.  Returns a malloc'd copy of the text when it fitted
 * completely (buflen >= VOCABULARY_MAX_SET_TEXT), else NULL.
 */
static char *
FormatSetChecked(const Vocabulary *vocab, VocabularySet set, size_t buflen)
{
	char	   *buf = malloc(buflen);
	size_t		n;
	char	   *result = NULL;

	if (buf == NULL)
		abort();
	n = VocabularyFormatSet(vocab, set, buf, buflen);
	CHECK(n < buflen, vocab, NULL, 0);
	CHECK(buf[n] == '\0' && strlen(buf) == n, vocab, buf, n);
	if (buflen >= VOCABULARY_MAX_SET_TEXT)
		result = strdup(buf);
	free(buf);
	return result;
}

/* A set must format and re-parse to itself. */
static void
CheckSetRoundTrip(const Vocabulary *vocab, VocabularySet set,
				  const char *input, size_t len)
{
	char	   *text = FormatSetChecked(vocab, set, VOCABULARY_MAX_SET_TEXT);
	VocabularySet again = 0xFFFF;
	VocabularyParseError error;
	VocabularyParseStatus status;

	CHECK(VocabularySetIsValid(vocab, set), vocab, input, len);
	CHECK(text != NULL && text[0] == '{', vocab, input, len);
	status = VocabularyParseSet(vocab, text, strlen(text), &again, &error);
	if (status != VOCABULARY_OK || again != set)
		Fail(vocab, "formatted set does not re-parse to the same set",
			 text, strlen(text));
	free(text);
}

/* The accepted-words hint must fit any buffer, cut short but terminated. */
static void
CheckAcceptedWords(const Vocabulary *vocab, size_t buflen)
{
	char	   *buf = malloc(buflen);
	size_t		n;

	if (buf == NULL)
		abort();
	n = VocabularyAcceptedWords(vocab, buf, buflen);
	CHECK(n < buflen, vocab, NULL, 0);
	CHECK(buf[n] == '\0' && strlen(buf) == n, vocab, buf, n);
	free(buf);
}

/*
 * Deterministic checks of the tables, once per process: every spelling
 * parses to its own term, every set round-trips, and the hint and set text
 * fit every buffer size.
 */
static void
SelfCheck(void)
{
	size_t		v;

	for (v = 0; v < NVOCABULARIES; v++)
	{
		const Vocabulary *vocab = vocabularies[v];
		char		full[4096];
		size_t		full_len;
		size_t		buflen;
		size_t		i;
		uint32		set;
		int			t;
		const VocabularyRefusal *r;

		CHECK(vocab->nterms >= 1 && vocab->nterms <= VOCABULARY_MAX_TERMS,
			  vocab, NULL, 0);
		CHECK(!VocabularyCodeIsValid(vocab, -1) &&
			  !VocabularyCodeIsValid(vocab, vocab->nterms), vocab, NULL, 0);

		for (t = 0; t < vocab->nterms; t++)
		{
			const VocabularyTerm *term = &vocab->terms[t];
			const char *const *alias;
			VocabularyCode code = 0xFF;

			CHECK(VocabularyCodeIsValid(vocab, t), vocab, NULL, 0);
			CHECK(strlen(term->canonical) < VOCABULARY_MAX_WORD, vocab,
				  term->canonical, strlen(term->canonical));
			if (ParseWordString(vocab, term->canonical, &code) != VOCABULARY_OK ||
				code != t)
				Fail(vocab, "canonical word does not parse to its own term",
					 term->canonical, strlen(term->canonical));
			for (alias = term->aliases; alias && *alias; alias++)
			{
				code = 0xFF;
				if (ParseWordString(vocab, *alias, &code) != VOCABULARY_OK ||
					code != t)
					Fail(vocab, "alias does not parse to its own term (duplicate or unreachable alias?)",
						 *alias, strlen(*alias));
			}
		}

		/* a refusal must not be shadowed by a spelling */
		for (r = vocab->refusals; r && r->word; r++)
		{
			VocabularyParseError error;
			VocabularyCode code = 0xFF;

			if (VocabularyParseWord(vocab, r->word, strlen(r->word),
									&code, &error) != VOCABULARY_REFUSED_WORD ||
				error.refusal != r)
				Fail(vocab, "refused word is not refused", r->word,
					 strlen(r->word));
		}

		for (set = 0; set <= VocabularyAllMembers(vocab); set++)
		{
			CheckSetRoundTrip(vocab, (VocabularySet) set, NULL, 0);
			for (i = 0; i < lengthof(buffer_sizes); i++)
				free(FormatSetChecked(vocab, (VocabularySet) set, buffer_sizes[i]));
		}
		CHECK(!VocabularySetIsValid(vocab, (uint32) VocabularyAllMembers(vocab) + 1),
			  vocab, NULL, 0);

		/* the hint: every size from 1 to one past its full length */
		full_len = VocabularyAcceptedWords(vocab, full, sizeof(full));
		CHECK(full_len > 0 && full_len < sizeof(full) - 1, vocab, NULL, 0);
		for (buflen = 1; buflen <= full_len + 2; buflen++)
			CheckAcceptedWords(vocab, buflen);
	}
}

int			LLVMFuzzerInitialize(int *argc, char ***argv);
int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc;
	(void) argv;
	SelfCheck();
	return 0;
}

/* Does the input hold a byte that makes it more than one set element? */
static bool
IsPlainWord(const char *s, size_t len)
{
	size_t		i;

	for (i = 0; i < len; i++)
	{
		if (s[i] == '\0' || s[i] == ',' || s[i] == '{' || s[i] == '}')
			return false;
	}
	return true;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *input = (const char *) data;
	char	   *cstr;
	size_t		clen;
	size_t		v;

	/* the NUL-terminated copy a type input function would see */
	cstr = malloc(size + 1);
	if (cstr == NULL)
		abort();
	memcpy(cstr, data, size);
	cstr[size] = '\0';
	clen = strlen(cstr);

	for (v = 0; v < NVOCABULARIES; v++)
	{
		const Vocabulary *vocab = vocabularies[v];
		VocabularyParseError error;
		VocabularyParseStatus status;
		VocabularyParseStatus status2;
		VocabularyCode code = 0xFF;
		VocabularyCode code2 = 0xFF;
		VocabularySet set = 0xFFFF;
		VocabularySet set2 = 0xFFFF;

		/* one word, exact length */
		memset(&error, 0x7f, sizeof(error));
		status = VocabularyParseWord(vocab, input, size, &code, &error);
		CHECK(StatusIsKnown(status) && status != VOCABULARY_BAD_SET_SYNTAX,
			  vocab, input, size);
		status2 = VocabularyParseWord(vocab, input, size, &code2, NULL);
		CHECK(status2 == status, vocab, input, size);
		CheckAgainstModel(vocab, input, size, status, code, &error);
		if (status == VOCABULARY_OK)
		{
			VocabularyCode again = 0xFF;

			CHECK(VocabularyCodeIsValid(vocab, code), vocab, input, size);
			CHECK(code2 == code, vocab, input, size);
			if (ParseWordString(vocab, vocab->terms[code].canonical, &again) != VOCABULARY_OK ||
				again != code)
				Fail(vocab, "canonical word of a parsed code does not re-parse to it",
					 input, size);

			/* a plain word is also a one-member set */
			if (IsPlainWord(input, size))
			{
				status2 = VocabularyParseSet(vocab, cstr, clen, &set2, &error);
				if (status2 != VOCABULARY_OK ||
					set2 != (VocabularySet) (1 << code))
					Fail(vocab, "a word parses but not as the one-member set",
						 input, size);
			}
		}
		else
			CheckError(vocab, status, &error, input, size);

		/* a set, NUL-terminated */
		memset(&error, 0x7f, sizeof(error));
		status = VocabularyParseSet(vocab, cstr, clen, &set, &error);
		CHECK(StatusIsKnown(status), vocab, input, size);
		status2 = VocabularyParseSet(vocab, cstr, clen, &set2, NULL);
		CHECK(status2 == status, vocab, input, size);
		if (status == VOCABULARY_OK)
		{
			CHECK(set2 == set, vocab, input, size);
			CheckSetRoundTrip(vocab, set, input, size);
		}
		else
			CheckError(vocab, status, &error, cstr, clen);
	}

	/*
	 * Formatting with input-chosen sets and buffer sizes: two bytes pick the
	 * vocabulary and buffer size, two more the mask (cut to valid members).
	 */
	if (size >= 4)
	{
		const Vocabulary *vocab = vocabularies[data[0] % NVOCABULARIES];
		size_t		buflen = 1 + data[1] % 600;
		VocabularySet set = (VocabularySet) ((data[2] << 8) | data[3]);

		set &= VocabularyAllMembers(vocab);
		free(FormatSetChecked(vocab, set, buflen));
		CheckAcceptedWords(vocab, buflen);
		CheckSetRoundTrip(vocab, set, input, size);
	}

	free(cstr);
	return 0;
}
