/*-------------------------------------------------------------------------
 *
 * vocabulary.c
 *	  Parsing and formatting of vocabulary words and sets.
 *
 * Input is matched after normalisation: leading and trailing blanks are
 * dropped, ASCII letters are lowered, '_' and '-' count as blanks, and any
 * run of blanks counts as one.  So "Sektor  Swasta", "sektor-swasta" and
 * "SEKTOR_SWASTA" are all the Indonesian alias "sektor swasta".  Codes
 * (spellings made of digits, such as IATI organisation type "10") are the
 * exception: they match only as written, see CodeIsExact.
 *
 * Nothing here allocates memory or reports errors: callers pass buffers and
 * receive a status, so this file builds unchanged into the fuzz harness.
 *
 * src/vocabulary/vocabulary.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "vocabulary/vocabulary.h"

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

/*
 * A normalised word made only of digits can only be a code (IATI
 * organisation type or role), and a code is accepted only as the table
 * writes it, with nothing but blanks around it.  Normalisation alone would
 * read "-10" or "_10_" as "10" (government), because '-' and '_' fold to
 * blanks: a number with a sign must not silently become a sector.  Other
 * sloppy forms ("+10", "010", "10.0", "1 0") need no check here: they do
 * not normalise to a spelling of the table.
 *
 * Returns false when the word is all digits but the input, less the blanks
 * around it, is longer than the word: then some '-' or '_' was folded away.
 */
static bool
CodeIsExact(const char *str, size_t len, const char *word, int wlen)
{
	size_t		start = 0;
	size_t		end = len;
	int			i;

	for (i = 0; i < wlen; i++)
	{
		if (word[i] < '0' || word[i] > '9')
			return true;		/* a word, not a code */
	}
	while (start < end && IS_BLANK(str[start]))
		start++;
	while (end > start && IS_BLANK(str[end - 1]))
		end--;
	return end - start == (size_t) wlen;
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
 * Look a normalised word up by scanning the tables in order: each term's
 * canonical word, then its aliases, then the refusals.  On a match with a
 * term sets *code; on a match with a refusal sets *refusal.
 */
static VocabularyParseStatus
ScanForWord(const Vocabulary *vocab, const char *word, int wlen,
			VocabularyCode *code, const VocabularyRefusal **refusal)
{
	const VocabularyRefusal *r;
	int			t;

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
	for (r = vocab->refusals; r && r->word; r++)
	{
		if (SpellingMatches(word, wlen, r->word))
		{
			*refusal = r;
			return VOCABULARY_REFUSED_WORD;
		}
	}
	return VOCABULARY_UNKNOWN_WORD;
}

/*
 * The spelling index: one open-addressing hash table shared by every
 * vocabulary, from (vocabulary, folded spelling) to a term or a refusal.
 * Scanning every spelling for each value made text input, and so COPY FROM,
 * much slower than an enum's; with the index a word costs a hash of a few
 * machine words, usually one probe and one memcmp.
 *
 * A vocabulary is indexed the first time one of its words is parsed, in
 * static memory (it depends only on the constant tables, so each process
 * builds its own copy; nothing is allocated).  Each spelling is stored
 * folded character by character the way SpellingMatches folds it, so a
 * normalised word matches a spelling exactly when it equals the folded
 * spelling.  The index holds the spellings ScanForWord compares, in the same
 * order with the first of equal ones kept (spellings longer than any
 * normalised word can be are left out: they never match), so it gives
 * exactly the scan's answers.  A vocabulary that no longer fits is scanned.
 */
#define SPELLING_INDEX_SIZE		1024	/* slots; a power of two */
#define SPELLING_INDEX_FILL		768 /* most slots used, so probes stay short */
#define SPELLING_POOL_SIZE		16384	/* bytes of folded spellings */
#define MAX_KNOWN_VOCABULARIES	64

/*
 * Room a folded spelling takes in the pool: its bytes, a NUL, and zeros up
 * to a multiple of 8, so it can be hashed a uint64 at a time.
 */
#define FOLDED_SIZE(len)		TYPEALIGN(sizeof(uint64), (len) + 1)

typedef struct SpellingSlot
{
	const Vocabulary *vocab;	/* NULL when the slot is free */
	const char *folded;			/* the folded spelling, in spelling_pool */
	uint32		hash;
	int16		len;			/* length of the spelling */
	int16		value;			/* term code, or -1 - index of a refusal */
} SpellingSlot;

/* A vocabulary seen by the index, and whether it is in it. */
typedef struct KnownVocabulary
{
	const Vocabulary *vocab;
	bool		indexed;
} KnownVocabulary;

static SpellingSlot spelling_index[SPELLING_INDEX_SIZE];
static int	spelling_index_used = 0;
static uint64 spelling_pool[SPELLING_POOL_SIZE / sizeof(uint64)];
static size_t spelling_pool_used = 0;	/* in bytes */
static KnownVocabulary known_vocabularies[MAX_KNOWN_VOCABULARIES];
static int	known_vocabulary_count = 0;

/*
 * Hash a folded word of len bytes, seeded with the vocabulary's address.
 * The bytes from len up to the next multiple of 8 must be zero.
 */
static uint32
HashFolded(const Vocabulary *vocab, const char *word, int len)
{
	uint64		hash = (uint64) (uintptr_t) vocab ^ ((uint64) len << 56);
	int			i;

	for (i = 0; i < len; i += sizeof(uint64))
	{
		uint64		chunk;

		memcpy(&chunk, word + i, sizeof(uint64));
		hash = (hash ^ chunk) * UINT64CONST(0x9E3779B97F4A7C15);
		hash ^= hash >> 29;
	}
	hash ^= hash >> 32;
	return (uint32) hash;
}

/* Add one spelling, unless an equal one of the vocabulary is there. */
static void
IndexSpelling(const Vocabulary *vocab, const char *spelling, int value)
{
	int			len = (int) strlen(spelling);
	char	   *folded = (char *) spelling_pool + spelling_pool_used;
	uint32		hash;
	uint32		i;
	int			c;

	if (len > VOCABULARY_MAX_WORD)
		return;					/* no normalised word is that long */
	for (c = 0; c < len; c++)
		folded[c] = FoldChar(spelling[c]);	/* the rest of the pool is zero */
	hash = HashFolded(vocab, folded, len);

	for (i = hash & (SPELLING_INDEX_SIZE - 1);
		 spelling_index[i].vocab != NULL;
		 i = (i + 1) & (SPELLING_INDEX_SIZE - 1))
	{
		const SpellingSlot *slot = &spelling_index[i];

		if (slot->vocab == vocab && slot->hash == hash && slot->len == len &&
			memcmp(slot->folded, folded, len) == 0)
		{
			/* the first one wins, as in the scan; give the room back */
			memset(folded, 0, len);
			return;
		}
	}
	spelling_index[i].vocab = vocab;
	spelling_index[i].folded = folded;
	spelling_index[i].hash = hash;
	spelling_index[i].len = (int16) len;
	spelling_index[i].value = (int16) value;
	spelling_index_used++;
	spelling_pool_used += FOLDED_SIZE(len);
}

/* Index every spelling of a vocabulary, in scan order; false if full. */
static bool
IndexVocabulary(const Vocabulary *vocab)
{
	const VocabularyRefusal *r;
	const char *const *alias;
	int			count = 0;
	size_t		bytes = 0;
	int			t;

	for (t = 0; t < vocab->nterms; t++)
	{
		count++;
		bytes += FOLDED_SIZE(strlen(vocab->terms[t].canonical));
		for (alias = vocab->terms[t].aliases; alias && *alias; alias++)
		{
			count++;
			bytes += FOLDED_SIZE(strlen(*alias));
		}
	}
	for (r = vocab->refusals; r && r->word; r++)
	{
		count++;
		bytes += FOLDED_SIZE(strlen(r->word));
	}
	if (spelling_index_used + count > SPELLING_INDEX_FILL ||
		spelling_pool_used + bytes > SPELLING_POOL_SIZE)
		return false;

	for (t = 0; t < vocab->nterms; t++)
	{
		IndexSpelling(vocab, vocab->terms[t].canonical, t);
		for (alias = vocab->terms[t].aliases; alias && *alias; alias++)
			IndexSpelling(vocab, *alias, t);
	}
	for (r = vocab->refusals; r && r->word; r++)
		IndexSpelling(vocab, r->word, -1 - (int) (r - vocab->refusals));
	return true;
}

/*
 * Is the vocabulary in the index?  Indexes it if it was never seen; false
 * if it does not fit (then the caller scans).
 */
static bool
VocabularyIsIndexed(const Vocabulary *vocab)
{
	int			i;

	for (i = 0; i < known_vocabulary_count; i++)
	{
		if (known_vocabularies[i].vocab == vocab)
			return known_vocabularies[i].indexed;
	}
	if (known_vocabulary_count >= MAX_KNOWN_VOCABULARIES ||
		vocab->nterms > VOCABULARY_MAX_TERMS)
		return false;
	known_vocabularies[known_vocabulary_count].vocab = vocab;
	known_vocabularies[known_vocabulary_count].indexed = IndexVocabulary(vocab);
	return known_vocabularies[known_vocabulary_count++].indexed;
}

/*
 * Look a normalised word of wlen (1..VOCABULARY_MAX_WORD) bytes up, through
 * the index when the vocabulary is in it; same results as ScanForWord.  The
 * word's buffer must have room up to the next multiple of 8 bytes; it is
 * zero-padded here for hashing.
 */
static VocabularyParseStatus
LookupWord(const Vocabulary *vocab, char *word, int wlen,
		   VocabularyCode *code, const VocabularyRefusal **refusal)
{
	uint32		hash;
	bool		indexed_checked = false;

	memset(word + wlen, 0, TYPEALIGN(sizeof(uint64), wlen) - wlen);
	hash = HashFolded(vocab, word, wlen);

	for (;;)
	{
		uint32		i;

		for (i = hash & (SPELLING_INDEX_SIZE - 1);
			 spelling_index[i].vocab != NULL;
			 i = (i + 1) & (SPELLING_INDEX_SIZE - 1))
		{
			const SpellingSlot *slot = &spelling_index[i];

			if (slot->vocab != vocab || slot->hash != hash ||
				slot->len != wlen || memcmp(slot->folded, word, wlen) != 0)
				continue;
			if (slot->value >= 0)
			{
				*code = (VocabularyCode) slot->value;
				return VOCABULARY_OK;
			}
			*refusal = &vocab->refusals[-1 - slot->value];
			return VOCABULARY_REFUSED_WORD;
		}

		/* Not found: a real miss only if the vocabulary was indexed. */
		if (indexed_checked)
			return VOCABULARY_UNKNOWN_WORD;
		if (!VocabularyIsIndexed(vocab))
			return ScanForWord(vocab, word, wlen, code, refusal);
		indexed_checked = true;
	}
}

/*
 * Parse one word of the vocabulary from str[0..len).  On success sets *code
 * and returns VOCABULARY_OK; otherwise fills *error (if not NULL).
 */
VocabularyParseStatus
VocabularyParseWord(const Vocabulary *vocab, const char *str, size_t len,
					VocabularyCode *code, VocabularyParseError *error)
{
	/* room to zero-pad the longest word to a multiple of 8 for hashing */
	char		word[TYPEALIGN(sizeof(uint64), VOCABULARY_MAX_WORD)];
	int			wlen;
	VocabularyParseStatus status = VOCABULARY_UNKNOWN_WORD;
	const VocabularyRefusal *refusal = NULL;

	wlen = NormaliseWord(str, len, word, VOCABULARY_MAX_WORD);
	if (wlen == 0)
		status = VOCABULARY_EMPTY_WORD;
	else if (wlen > 0 && CodeIsExact(str, len, word, wlen))
	{
		status = LookupWord(vocab, word, wlen, code, &refusal);
		if (status == VOCABULARY_OK)
			return VOCABULARY_OK;
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

/* Record a set-syntax failure covering the whole input str[0..len). */
static VocabularyParseStatus
SetSyntaxError(const char *str, size_t len, VocabularyParseError *error)
{
	if (error)
	{
		error->status = VOCABULARY_BAD_SET_SYNTAX;
		error->word = str;
		error->word_len = (int) Min(len, (size_t) PG_INT32_MAX);
		error->refusal = NULL;
	}
	return VOCABULARY_BAD_SET_SYNTAX;
}

/*
 * Parse a set from str[0..len): "{word,word,...}", or the same list without
 * braces.  Words are any accepted spelling of the vocabulary, optionally
 * double-quoted; duplicates fold.  "{}" is the empty set.
 */
VocabularyParseStatus
VocabularyParseSet(const Vocabulary *vocab, const char *str, size_t len,
				   VocabularySet *set, VocabularyParseError *error)
{
	const char *p = str;
	const char *end = str + len;
	VocabularySet result = 0;

	while (p < end && IS_BLANK(*p))
		p++;
	while (end > p && IS_BLANK(end[-1]))
		end--;

	if (p < end && *p == '{')
	{
		if (end - p < 2 || end[-1] != '}')
			return SetSyntaxError(str, len, error);
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
				return SetSyntaxError(str, len, error);
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

/*
 * The binary form of a value, as the *_recv functions get it: the bytes of
 * its text form and nothing else, data[0..len).  A value is received
 * exactly when the same bytes are accepted as text input.  The length is
 * the message's, never strlen(): a NUL byte (which text input cannot hold)
 * is then a byte of the value that no spelling contains, so it makes the
 * value invalid, rather than ending it early and letting what follows it
 * through unchecked.  The server's encoding check in pq_getmsgtext()
 * already refuses NUL bytes; this does not rely on it.
 */
VocabularyParseStatus
VocabularyReceiveWord(const Vocabulary *vocab, const char *data, size_t len,
					  VocabularyCode *code, VocabularyParseError *error)
{
	return VocabularyParseWord(vocab, data, len, code, error);
}

/* The binary form of a set: as VocabularyReceiveWord, for the set syntax. */
VocabularyParseStatus
VocabularyReceiveSet(const Vocabulary *vocab, const char *data, size_t len,
					 VocabularySet *set, VocabularyParseError *error)
{
	return VocabularyParseSet(vocab, data, len, set, error);
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
