/*-------------------------------------------------------------------------
 *
 * fuzz_common.c
 *	  The parts of the libFuzzer targets that they share: the vocabulary
 *	  list, the failure report, the reference model of word parsing, the
 *	  checks of error structs and set round trips, and the deterministic
 *	  self-check of the tables.
 *
 * test/fuzz/fuzz_common.c
 *
 *-------------------------------------------------------------------------
 */
#include "fuzz_common.h"

/* every vocabulary of the definition list */
const Vocabulary *const fuzz_vocabularies[] = {
#define VOCABULARY(name, sql_name, variable, type, set_type, refusals) &variable,
#define TERM(name, id, canonical, label_en, label_id, standard_code, \
			 pentahelix, ...)
#define END_VOCABULARY(name)
#include "vocabulary/terms.def"
#undef VOCABULARY
#undef TERM
#undef END_VOCABULARY
};

const int	fuzz_nvocabularies = lengthof(fuzz_vocabularies);

/* Buffer sizes tried for the accepted-words hint and the set text. */
static const size_t buffer_sizes[] = {1, 2, 3, 4, 7, 8, 15, 16, 31, 64, 100, 257};

void
FuzzFail(const Vocabulary *vocab, const char *what, const char *input,
		 size_t len)
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

/* Is the status one of the enum's values? */
bool
FuzzStatusIsKnown(VocabularyParseStatus status)
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
			return r->detail < NUM_MESSAGES && r->hint < NUM_MESSAGES;
	}
	return false;
}

/*
 * Check a failed parse's error struct against the status returned and the
 * input [input, input + len): the error word lies inside the input, and
 * names a refusal of the vocabulary exactly when the word was refused.
 */
void
FuzzCheckError(const Vocabulary *vocab, VocabularyParseStatus status,
			   const VocabularyParseError *error, const char *input,
			   size_t len)
{
	CHECK(FuzzStatusIsKnown(status), vocab, input, len);
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

/* ----------------------------------------------------------------
 * The reference model of word parsing
 *
 * Written from the documented rules (doc/types.md) rather than from
 * vocabulary.c: drop leading and trailing blanks, lower ASCII letters,
 * treat '_' and '-' as blanks and any run of blanks as one; then the first
 * term (canonical word, then aliases, in table order) whose spelling folds
 * to the same text, else the first refusal that does.  A normalised word
 * longer than VOCABULARY_MAX_WORD is unknown, and so is a normalised word
 * of digits only (a code) when the input holds a '-' or '_': codes match
 * only as written, between blanks.
 *
 * The folded spellings are computed once (FuzzModelInit), in table order,
 * and a word is compared with each spelling of its length in turn: a plain
 * linear scan, cheap enough to run on every input for every vocabulary.
 * ----------------------------------------------------------------
 */

typedef struct ModelSpelling
{
	char	   *folded;			/* the spelling, folded */
	size_t		len;
	int			code;			/* the term, or -1 for a refusal */
	const VocabularyRefusal *refusal;	/* the refusal, or NULL */
} ModelSpelling;

typedef struct ModelVocabulary
{
	ModelSpelling *spellings;	/* terms first, then refusals */
	int			nspellings;
} ModelVocabulary;

static ModelVocabulary *model;

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

static void
ModelAdd(ModelVocabulary *mv, const char *spelling, int code,
		 const VocabularyRefusal *refusal)
{
	ModelSpelling *s = &mv->spellings[mv->nspellings++];
	size_t		i;

	s->len = strlen(spelling);
	s->folded = malloc(s->len + 1);
	if (s->folded == NULL)
		abort();
	for (i = 0; i < s->len; i++)
		s->folded[i] = ModelFold(spelling[i]);
	s->folded[s->len] = '\0';
	s->code = code;
	s->refusal = refusal;
}

void
FuzzModelInit(void)
{
	int			v;

	if (model != NULL)
		return;
	model = calloc(fuzz_nvocabularies, sizeof(ModelVocabulary));
	if (model == NULL)
		abort();
	for (v = 0; v < fuzz_nvocabularies; v++)
	{
		const Vocabulary *vocab = fuzz_vocabularies[v];
		ModelVocabulary *mv = &model[v];
		const VocabularyRefusal *r;
		const char *const *alias;
		int			count = 0;
		int			t;

		for (t = 0; t < vocab->nterms; t++)
		{
			count++;
			for (alias = vocab->terms[t].aliases; alias && *alias; alias++)
				count++;
		}
		for (r = vocab->refusals; r && r->word; r++)
			count++;
		mv->spellings = calloc(count, sizeof(ModelSpelling));
		if (mv->spellings == NULL)
			abort();

		for (t = 0; t < vocab->nterms; t++)
		{
			ModelAdd(mv, vocab->terms[t].canonical, t, NULL);
			for (alias = vocab->terms[t].aliases; alias && *alias; alias++)
				ModelAdd(mv, *alias, t, NULL);
		}
		for (r = vocab->refusals; r && r->word; r++)
			ModelAdd(mv, r->word, -1, r);
	}
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

VocabularyParseStatus
FuzzModelParseWord(int vocab_index, const char *str, size_t len,
				   int *code, const VocabularyRefusal **refusal)
{
	const ModelVocabulary *mv = &model[vocab_index];

	/* one more than the longest word, to tell "too long" apart */
	char		word[VOCABULARY_MAX_WORD + 1];
	size_t		wlen = 0;
	size_t		i;
	int			s;

	*code = -1;
	*refusal = NULL;

	/* normalise: drop leading blanks, fold, squeeze runs of blanks */
	for (i = 0; i < len; i++)
	{
		char		c = ModelFold(str[i]);

		if (c == ' ' && (wlen == 0 || word[wlen - 1] == ' '))
			continue;
		if (wlen == sizeof(word))
			return VOCABULARY_UNKNOWN_WORD; /* longer than any word can be */
		word[wlen++] = c;
	}
	if (wlen > 0 && word[wlen - 1] == ' ')
		wlen--;					/* the trailing blank */

	if (wlen == 0)
		return VOCABULARY_EMPTY_WORD;
	if (wlen > VOCABULARY_MAX_WORD)
		return VOCABULARY_UNKNOWN_WORD;
	if (ModelIsDigits(word, wlen) &&
		(memchr(str, '-', len) != NULL || memchr(str, '_', len) != NULL))
		return VOCABULARY_UNKNOWN_WORD; /* "-10" is no code */

	/* terms come before refusals, so the first match is the answer */
	for (s = 0; s < mv->nspellings; s++)
	{
		const ModelSpelling *sp = &mv->spellings[s];

		if (sp->len != wlen || memcmp(sp->folded, word, wlen) != 0)
			continue;
		if (sp->code >= 0)
		{
			*code = sp->code;
			return VOCABULARY_OK;
		}
		*refusal = sp->refusal;
		return VOCABULARY_REFUSED_WORD;
	}
	return VOCABULARY_UNKNOWN_WORD;
}

/* Does a result of VocabularyParseWord agree with the model? */
void
FuzzCheckAgainstModel(int vocab_index, const char *input, size_t len,
					  VocabularyParseStatus status, VocabularyCode code,
					  const VocabularyParseError *error)
{
	const Vocabulary *vocab = fuzz_vocabularies[vocab_index];
	int			model_code;
	const VocabularyRefusal *model_refusal;
	VocabularyParseStatus model_status;

	model_status = FuzzModelParseWord(vocab_index, input, len, &model_code,
									  &model_refusal);
	if (model_status != status)
		FuzzFail(vocab, "word parse status differs from the reference model",
				 input, len);
	if (status == VOCABULARY_OK && model_code != code)
		FuzzFail(vocab, "word parses to another term than the reference model's",
				 input, len);
	if (status == VOCABULARY_REFUSED_WORD && model_refusal != error->refusal)
		FuzzFail(vocab, "word refused with another refusal than the reference model's",
				 input, len);
}

/* ----------------------------------------------------------------
 * Formatting and round trips
 * ----------------------------------------------------------------
 */

/*
 * Format a set into a buffer of exactly buflen bytes (heap-allocated, so a
 * one-byte overflow is caught) and check the result is a NUL-terminated
 * string that fits.  Returns a malloc'd copy of the text when it fitted
 * completely (buflen >= VOCABULARY_MAX_SET_TEXT), else NULL.
 */
char *
FuzzFormatSetChecked(const Vocabulary *vocab, VocabularySet set,
					 size_t buflen)
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

/*
 * A set must format and re-parse to itself, as text and as the binary form
 * a client sends back.  The buffer is on the stack (ASan guards it too):
 * this runs for every parsed set of every input.
 */
void
FuzzCheckSetRoundTrip(const Vocabulary *vocab, VocabularySet set,
					  const char *input, size_t len)
{
	char		text[VOCABULARY_MAX_SET_TEXT];
	size_t		n;
	VocabularySet again = 0xFFFF;
	VocabularyParseError error;

	CHECK(VocabularySetIsValid(vocab, set), vocab, input, len);
	n = VocabularyFormatSet(vocab, set, text, sizeof(text));
	CHECK(n > 1 && n < sizeof(text) && text[0] == '{' && text[n - 1] == '}' &&
		  text[n] == '\0', vocab, input, len);
	if (VocabularyParseSet(vocab, text, n, &again, &error) != VOCABULARY_OK ||
		again != set)
		FuzzFail(vocab, "formatted set does not re-parse to the same set",
				 text, n);
	again = 0xFFFF;
	if (VocabularyReceiveSet(vocab, text, n, &again, &error) != VOCABULARY_OK ||
		again != set)
		FuzzFail(vocab, "sent set is not received as the same set",
				 text, n);
}

/* The accepted-words hint must fit any buffer, cut short but terminated. */
void
FuzzCheckAcceptedWords(const Vocabulary *vocab, size_t buflen)
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

/* Parse a whole NUL-terminated word; returns the status, sets *code. */
static VocabularyParseStatus
ParseWordString(const Vocabulary *vocab, const char *word, VocabularyCode *code)
{
	VocabularyParseError error;

	return VocabularyParseWord(vocab, word, strlen(word), code, &error);
}

/*
 * Deterministic checks of the tables, once per process: every spelling
 * parses to its own term (text and binary form), every refused word is
 * refused with its own refusal, the model agrees on every spelling, every
 * set round-trips, and the hint and set text fit every buffer size.
 */
void
FuzzSelfCheck(void)
{
	int			v;

	FuzzModelInit();
	for (v = 0; v < fuzz_nvocabularies; v++)
	{
		const Vocabulary *vocab = fuzz_vocabularies[v];
		char		full[4096];
		size_t		full_len;
		size_t		buflen;
		size_t		i;
		uint32		set;
		int			t;
		const VocabularyRefusal *r;

		/* two terms at least: the set-syntax hint names two */
		CHECK(vocab->nterms >= 2 && vocab->nterms <= VOCABULARY_MAX_TERMS,
			  vocab, NULL, 0);
		CHECK(!VocabularyCodeIsValid(vocab, -1) &&
			  !VocabularyCodeIsValid(vocab, vocab->nterms), vocab, NULL, 0);

		for (t = 0; t < vocab->nterms; t++)
		{
			const VocabularyTerm *term = &vocab->terms[t];
			const char *const *alias;
			VocabularyCode code = 0xFF;
			VocabularyParseError error;

			CHECK(VocabularyCodeIsValid(vocab, t), vocab, NULL, 0);
			CHECK(strlen(term->canonical) < VOCABULARY_MAX_WORD, vocab,
				  term->canonical, strlen(term->canonical));
			if (ParseWordString(vocab, term->canonical, &code) != VOCABULARY_OK ||
				code != t)
				FuzzFail(vocab, "canonical word does not parse to its own term",
						 term->canonical, strlen(term->canonical));
			code = 0xFF;
			if (VocabularyReceiveWord(vocab, term->canonical,
									  strlen(term->canonical), &code,
									  &error) != VOCABULARY_OK || code != t)
				FuzzFail(vocab, "canonical word is not received as its own term",
						 term->canonical, strlen(term->canonical));
			FuzzCheckAgainstModel(v, term->canonical, strlen(term->canonical),
								  VOCABULARY_OK, t, NULL);
			for (alias = term->aliases; alias && *alias; alias++)
			{
				code = 0xFF;
				if (ParseWordString(vocab, *alias, &code) != VOCABULARY_OK ||
					code != t)
					FuzzFail(vocab, "alias does not parse to its own term (duplicate or unreachable alias?)",
							 *alias, strlen(*alias));
				FuzzCheckAgainstModel(v, *alias, strlen(*alias),
									  VOCABULARY_OK, t, NULL);
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
				FuzzFail(vocab, "refused word is not refused", r->word,
						 strlen(r->word));
			FuzzCheckAgainstModel(v, r->word, strlen(r->word),
								  VOCABULARY_REFUSED_WORD, 0, &error);
		}

		for (set = 0; set <= VocabularyAllMembers(vocab); set++)
		{
			char	   *text;

			FuzzCheckSetRoundTrip(vocab, (VocabularySet) set, NULL, 0);
			text = FuzzFormatSetChecked(vocab, (VocabularySet) set,
										VOCABULARY_MAX_SET_TEXT);
			CHECK(text != NULL, vocab, NULL, 0);
			free(text);
			for (i = 0; i < lengthof(buffer_sizes); i++)
				free(FuzzFormatSetChecked(vocab, (VocabularySet) set,
										  buffer_sizes[i]));
		}
		CHECK(!VocabularySetIsValid(vocab, (uint32) VocabularyAllMembers(vocab) + 1),
			  vocab, NULL, 0);

		/* the hint: every size from 1 to one past its full length */
		full_len = VocabularyAcceptedWords(vocab, full, sizeof(full));
		CHECK(full_len > 0 && full_len < sizeof(full) - 1, vocab, NULL, 0);
		for (buflen = 1; buflen <= full_len + 2; buflen++)
			FuzzCheckAcceptedWords(vocab, buflen);
	}
}
