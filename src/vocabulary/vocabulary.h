/*-------------------------------------------------------------------------
 *
 * vocabulary.h
 *	  The table-driven mechanism behind every closed vocabulary of the
 *	  extension (sector, role, formality, horizon, statuses, ...).
 *
 * A vocabulary is a small ordered list of terms.  A value of a vocabulary
 * type is the term's position in that list (its "code"), stored in one byte
 * and passed by value, so comparing two values compares their positions and
 * the sort order is the order in which the terms are listed.  A set of terms
 * of one vocabulary is a 16-bit mask with bit N standing for code N.
 *
 * The parsing and formatting core (vocabulary.c) uses no backend facilities
 * at all: it reports failures as status codes, and the fmgr layer turns them
 * into ereport()s.  That keeps it small enough to fuzz outside the server
 * (test/fuzz) while being the very code the extension runs.
 *
 * src/vocabulary/vocabulary.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PARTNERSHIP_VOCABULARY_H
#define PARTNERSHIP_VOCABULARY_H

#include "c.h"

#include "messages.h"

/* Sets are uint16 masks, so a vocabulary has at most this many terms. */
#define VOCABULARY_MAX_TERMS	16

/* Longest input word we try to match, after trimming; longer is invalid. */
#define VOCABULARY_MAX_WORD		64

/* Longest text form of a set: every canonical word plus braces and commas. */
#define VOCABULARY_MAX_SET_TEXT 512

typedef uint8 VocabularyCode;
typedef uint16 VocabularySet;

/* One term of a vocabulary. */
typedef struct VocabularyTerm
{
	const char *canonical;		/* the English word: output form */
	const char *label_en;		/* display label in English */
	const char *label_id;		/* display label in Indonesian */
	const char *const *aliases; /* other accepted spellings, NULL-terminated */
	int			standard_code;	/* IATI (or similar) code, 0 when none */
	char		pentahelix;		/* Pentahelix letter, '\0' when none */
} VocabularyTerm;

/*
 * A spelling that looks like a term but must be refused with its own
 * explanation, e.g. IATI organisation type 30 (a public-private partnership
 * is not one organisation's sector).
 */
typedef struct VocabularyRefusal
{
	const char *word;
	MessageId	detail;			/* why the word is refused (catalogue entry) */
	MessageId	hint;			/* what to write instead (catalogue entry) */
} VocabularyRefusal;

typedef struct Vocabulary
{
	const char *type_name;		/* SQL name of the element type */
	const char *set_type_name;	/* SQL name of the set type, or NULL */
	const VocabularyTerm *terms;
	int			nterms;
	const VocabularyRefusal *refusals;	/* NULL-word-terminated, or NULL */
} Vocabulary;

/* Outcome of parsing a word or a set. */
typedef enum VocabularyParseStatus
{
	VOCABULARY_OK,
	VOCABULARY_UNKNOWN_WORD,	/* not a spelling of any term */
	VOCABULARY_REFUSED_WORD,	/* matched a refusal; see refusal */
	VOCABULARY_EMPTY_WORD,		/* blank input, or an empty set element */
	VOCABULARY_BAD_SET_SYNTAX	/* unbalanced or misplaced braces */
} VocabularyParseStatus;

/* Details of a failed parse, for the error report. */
typedef struct VocabularyParseError
{
	VocabularyParseStatus status;
	const char *word;			/* start of the offending word in the input */
	int			word_len;		/* its length */
	const VocabularyRefusal *refusal;	/* set for VOCABULARY_REFUSED_WORD */
} VocabularyParseError;

/*
 * The vocabularies themselves (vocabulary/terms.c, from the definition list
 * vocabulary/terms.def), and the code of every term: NAME_ID, e.g.
 * SECTOR_GOVERNMENT, PARTNERSHIP_STATUS_DRAFT, with NAME_NTERMS after the
 * last.  Code that tests a term uses these constants, never its word.
 */
#define VOCABULARY(name, sql_name, variable, type, set_type, refusals) \
	extern const Vocabulary variable; \
	enum {
#define TERM(name, id, canonical, label_en, label_id, standard_code, \
			 pentahelix, ...) \
	name##_##id,
#define END_VOCABULARY(name) name##_NTERMS };
#include "vocabulary/terms.def"
#undef VOCABULARY
#undef TERM
#undef END_VOCABULARY

/* Parsing and formatting core (vocabulary.c). */
extern VocabularyParseStatus VocabularyParseWord(const Vocabulary *vocab,
												 const char *str, size_t len,
												 VocabularyCode *code,
												 VocabularyParseError *error);
extern VocabularyParseStatus VocabularyParseSet(const Vocabulary *vocab,
												const char *str, size_t len,
												VocabularySet *set,
												VocabularyParseError *error);
extern VocabularyParseStatus VocabularyReceiveWord(const Vocabulary *vocab,
												   const char *data,
												   size_t len,
												   VocabularyCode *code,
												   VocabularyParseError *error);
extern VocabularyParseStatus VocabularyReceiveSet(const Vocabulary *vocab,
												  const char *data,
												  size_t len,
												  VocabularySet *set,
												  VocabularyParseError *error);
extern size_t VocabularyFormatSet(const Vocabulary *vocab, VocabularySet set,
								  char *buf, size_t buflen);
extern size_t VocabularyAcceptedWords(const Vocabulary *vocab,
									  char *buf, size_t buflen);
extern bool VocabularyCodeIsValid(const Vocabulary *vocab, int code);
extern bool VocabularySetIsValid(const Vocabulary *vocab, uint32 set);
extern VocabularySet VocabularyAllMembers(const Vocabulary *vocab);

#endif							/* PARTNERSHIP_VOCABULARY_H */
