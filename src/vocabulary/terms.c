/*-------------------------------------------------------------------------
 *
 * terms.c
 *	  The closed vocabularies of the extension, as data: the term tables
 *	  and Vocabulary structures built from the definition list in
 *	  vocabulary/terms.def (which says how to add a term or a vocabulary).
 *
 * src/vocabulary/terms.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "vocabulary/vocabulary.h"

/*
 * sector's refusals: IATI organisation types that look like a sector but
 * are not one organisation's (the texts are catalogue entries).
 */
static const VocabularyRefusal sector_refusals[] = {
	{"30", MSG_SECTOR_IATI_30, MSG_SECTOR_IATI_30_HINT},
	{"90", MSG_SECTOR_IATI_90, MSG_SECTOR_IATI_90_HINT},
	{NULL, NUM_MESSAGES, NUM_MESSAGES}
};

/* The aliases of every term, NAME_ID_aliases[], NULL-terminated. */
#define VOCABULARY(name, sql_name, variable, type, set_type, refusals)
#define TERM(name, id, canonical, label_en, label_id, standard_code, \
			 pentahelix, ...) \
	static const char *const name##_##id##_aliases[] = {__VA_ARGS__};
#define END_VOCABULARY(name)
#include "vocabulary/terms.def"
#undef VOCABULARY
#undef TERM
#undef END_VOCABULARY

/* The terms of every vocabulary, NAME_terms[], in code order. */
#define VOCABULARY(name, sql_name, variable, type, set_type, refusals) \
	static const VocabularyTerm name##_terms[] = {
#define TERM(name, id, canonical, label_en, label_id, standard_code, \
			 pentahelix, ...) \
	[name##_##id] = {canonical, label_en, label_id, name##_##id##_aliases, \
					 standard_code, pentahelix},
#define END_VOCABULARY(name) };
#include "vocabulary/terms.def"
#undef VOCABULARY
#undef TERM
#undef END_VOCABULARY

/* The vocabularies; a set holds at most VOCABULARY_MAX_TERMS terms. */
#define VOCABULARY(name, sql_name, variable, type, set_type, refusals) \
	StaticAssertDecl(lengthof(name##_terms) == name##_NTERMS && \
					 name##_NTERMS <= VOCABULARY_MAX_TERMS, \
					 "vocabulary " type " has too many terms"); \
	const Vocabulary variable = { \
		type, set_type, name##_terms, lengthof(name##_terms), refusals \
	};
#define TERM(name, id, canonical, label_en, label_id, standard_code, \
			 pentahelix, ...)
#define END_VOCABULARY(name)
#include "vocabulary/terms.def"
#undef VOCABULARY
#undef TERM
#undef END_VOCABULARY
