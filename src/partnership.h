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

/* Languages of labels and messages (setting partnership.language). */
typedef enum PartnershipLanguage
{
	PARTNERSHIP_LANGUAGE_EN,
	PARTNERSHIP_LANGUAGE_ID
} PartnershipLanguage;

extern int	partnership_language;

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

/*
 * Soft error reporting: on PostgreSQL 16 and later input functions report
 * bad input through the caller's error-saving context so that
 * pg_input_is_valid() works; before that they simply raise the error.
 */
#if PG_VERSION_NUM >= 160000
#define PARTNERSHIP_ESCONTEXT(fcinfo) ((fcinfo)->context)
#define partnership_errsave(escontext, ...) errsave(escontext, __VA_ARGS__)
#else
#define PARTNERSHIP_ESCONTEXT(fcinfo) ((Node *) NULL)
#define partnership_errsave(escontext, ...) ereport(ERROR, __VA_ARGS__)
#endif

#endif							/* PARTNERSHIP_H */
