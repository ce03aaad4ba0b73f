/*-------------------------------------------------------------------------
 *
 * partnership.h
 *	  Declarations shared by the C files of the partnership extension:
 *	  the module's settings and the helpers around them.
 *
 * src/partnership.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PARTNERSHIP_H
#define PARTNERSHIP_H

#include "fmgr.h"

#include "compat.h"			/* soft errors: PARTNERSHIP_ESCONTEXT, partnership_errsave */

/* Languages of labels and messages (setting partnership.language). */
typedef enum PartnershipLanguage
{
	PARTNERSHIP_LANGUAGE_EN,
	PARTNERSHIP_LANGUAGE_ID
} PartnershipLanguage;

extern int	partnership_language;
extern bool partnership_allow_drop;

extern PartnershipLanguage PartnershipParseLanguage(text *lang);

/* The backend-independent core of PartnershipParseLanguage (language.c). */
extern bool PartnershipLanguageFromText(const char *str, size_t len,
										PartnershipLanguage *lang);

/*
 * Longest part of a user's input that an error message echoes, in bytes
 * (PartnershipEchoInput).
 */
#define PARTNERSHIP_ECHO_MAX	64

extern char *PartnershipEchoInput(const char *str, size_t len);

#endif							/* PARTNERSHIP_H */
