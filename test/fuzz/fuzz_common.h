/*-------------------------------------------------------------------------
 *
 * fuzz_common.h
 *	  What the libFuzzer targets of test/fuzz share: the list of
 *	  vocabularies, the failure report, the reference model of word
 *	  parsing, and the checks of error structs and set round trips.
 *
 * The targets are built from the unchanged backend-independent sources of
 * src/ (vocabulary/vocabulary.c, vocabulary/terms.c, vocabulary/language.c,
 * rules/severity.c)
 * against the server headers only; they link no PostgreSQL library.
 *
 * test/fuzz/fuzz_common.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PARTNERSHIP_FUZZ_COMMON_H
#define PARTNERSHIP_FUZZ_COMMON_H

#include "postgres.h"

#include <stdio.h>
#include <stdlib.h>

#include "vocabulary/vocabulary.h"

/*
 * port.h routes the printf family to libpgport's implementations; the
 * harness links no PostgreSQL library, so use the C library's.
 */
#undef fprintf
#undef printf
#undef snprintf
#undef vsnprintf

/* Every vocabulary of src/vocabulary/vocabulary.h (run.sh checks the list). */
extern const Vocabulary *const fuzz_vocabularies[];
extern const int fuzz_nvocabularies;

/* Report a broken invariant and abort, so libFuzzer saves the input. */
extern void FuzzFail(const Vocabulary *vocab, const char *what,
					 const char *input, size_t len) pg_attribute_noreturn();

#define CHECK(cond, vocab, input, len) \
	do { \
		if (unlikely(!(cond))) \
			FuzzFail((vocab), #cond, (input), (len)); \
	} while (0)

/* Checks shared by the targets. */
extern bool FuzzStatusIsKnown(VocabularyParseStatus status);
extern void FuzzCheckError(const Vocabulary *vocab,
						   VocabularyParseStatus status,
						   const VocabularyParseError *error,
						   const char *input, size_t len);
extern void FuzzCheckSetRoundTrip(const Vocabulary *vocab, VocabularySet set,
								  const char *input, size_t len);
extern char *FuzzFormatSetChecked(const Vocabulary *vocab, VocabularySet set,
								  size_t buflen);
extern void FuzzCheckAcceptedWords(const Vocabulary *vocab, size_t buflen);

/*
 * The reference model of word parsing (fuzz_common.c): the documented
 * rules, written plainly.  FuzzModelInit must run first.
 */
extern void FuzzModelInit(void);
extern VocabularyParseStatus FuzzModelParseWord(int vocab_index,
												const char *str, size_t len,
												int *code,
												const VocabularyRefusal **refusal);
extern void FuzzCheckAgainstModel(int vocab_index, const char *input,
								  size_t len, VocabularyParseStatus status,
								  VocabularyCode code,
								  const VocabularyParseError *error);

/* The deterministic self-check of every table (fuzz_common.c). */
extern void FuzzSelfCheck(void);

/* libFuzzer's entry points, defined by each target. */
extern int	LLVMFuzzerInitialize(int *argc, char ***argv);
extern int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif							/* PARTNERSHIP_FUZZ_COMMON_H */
