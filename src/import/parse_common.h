/*-------------------------------------------------------------------------
 *
 * parse_common.h
 *	  Byte helpers shared by the import parsers (parse_*.c); static inline,
 *	  backend-independent.
 *
 * src/import/parse_common.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PARTNERSHIP_IMPORT_PARSE_COMMON_H
#define PARTNERSHIP_IMPORT_PARSE_COMMON_H

#include "import/parse.h"

static inline bool
ImportIsBlank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' ||
		c == '\f';
}

static inline bool
ImportIsDigit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static inline char
ImportFold(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : (char) c;
}

/*
 * Trim blanks and no-break spaces (UTF-8 C2 A0, as spreadsheets write
 * them) from both ends of str[*start..*end).
 */
static inline void
ImportTrim(const char *str, size_t *start, size_t *end)
{
	for (;;)
	{
		if (*start < *end && ImportIsBlank((unsigned char) str[*start]))
			(*start)++;
		else if (*end - *start >= 2 && (unsigned char) str[*start] == 0xC2 &&
				 (unsigned char) str[*start + 1] == 0xA0)
			*start += 2;
		else
			break;
	}
	for (;;)
	{
		if (*end > *start && ImportIsBlank((unsigned char) str[*end - 1]))
			(*end)--;
		else if (*end - *start >= 2 && (unsigned char) str[*end - 2] == 0xC2 &&
				 (unsigned char) str[*end - 1] == 0xA0)
			*end -= 2;
		else
			break;
	}
}

#endif							/* PARTNERSHIP_IMPORT_PARSE_COMMON_H */
