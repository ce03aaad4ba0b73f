/*-------------------------------------------------------------------------
 *
 * fmgr.h
 *	  Datum conversions and error reporting for vocabulary types, shared by
 *	  the element types (vocabulary/types.c), the set types
 *	  (vocabulary/sets.c) and the C code that reads them from tuples.
 *
 * src/vocabulary/fmgr.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PARTNERSHIP_VOCABULARY_FMGR_H
#define PARTNERSHIP_VOCABULARY_FMGR_H

#include "fmgr.h"
#include "nodes/nodes.h"

#include "vocabulary/vocabulary.h"

/* An element is one byte, passed by value; a set is two bytes. */
#define DatumGetVocabularyCode(X)	((VocabularyCode) DatumGetUInt8(X))
#define VocabularyCodeGetDatum(X)	UInt8GetDatum(X)
#define PG_GETARG_VOCABULARY_CODE(n) DatumGetVocabularyCode(PG_GETARG_DATUM(n))
#define PG_RETURN_VOCABULARY_CODE(x) return VocabularyCodeGetDatum(x)

#define DatumGetVocabularySet(X)	((VocabularySet) DatumGetUInt16(X))
#define VocabularySetGetDatum(X)	UInt16GetDatum(X)
#define PG_GETARG_VOCABULARY_SET(n) DatumGetVocabularySet(PG_GETARG_DATUM(n))
#define PG_RETURN_VOCABULARY_SET(x) return VocabularySetGetDatum(x)

/* Bit of one element in a set. */
#define VOCABULARY_BIT(code)		((VocabularySet) (1U << (code)))

extern void VocabularyReportParseError(const Vocabulary *vocab,
									   const VocabularyParseError *error,
									   const char *input, size_t input_len,
									   bool is_set, Node *escontext);
extern const char *VocabularyLabel(const Vocabulary *vocab,
								   VocabularyCode code, int language);
extern VocabularyCode VocabularyCheckCode(const Vocabulary *vocab, Datum value);

#endif							/* PARTNERSHIP_VOCABULARY_FMGR_H */
