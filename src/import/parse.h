/*-------------------------------------------------------------------------
 *
 * parse.h
 *	  The import's tolerant parsers of spreadsheet cells (doc/import.md):
 *	  dates, amounts, lists, and the edit distance that names the closest
 *	  existing names.
 *
 * Like the vocabulary core (vocabulary.c) these use no backend facilities:
 * they take bytes and a length, write into caller-supplied buffers and
 * return a status, and the SQL entry points (import_fmgr.c) turn the
 * status into a value, an error or a problem text.  So they build
 * unchanged into the fuzz harness (test/fuzz/fuzz_import.c).
 *
 * src/import/parse.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PARTNERSHIP_IMPORT_PARSE_H
#define PARTNERSHIP_IMPORT_PARSE_H

#include "c.h"

/* Longest cell the parsers read; longer is refused (IMPORT_TOO_LONG). */
#define IMPORT_MAX_CELL			4096

/* Longest canonical amount text, with its NUL: digits, '-', '.'. */
#define IMPORT_MAX_AMOUNT_TEXT	64

typedef enum ImportParseStatus
{
	IMPORT_OK,
	IMPORT_BLANK,				/* empty or only blanks */
	IMPORT_TOO_LONG,			/* longer than IMPORT_MAX_CELL */
	IMPORT_BAD_FORM,			/* not one of the accepted forms */
	IMPORT_BAD_DAY,				/* a date form, but no such day */
	IMPORT_SHORT_YEAR,			/* a date with a two-digit year */
	IMPORT_SERIAL,				/* a spreadsheet serial number (46203) */
	IMPORT_ABBREVIATION,		/* an amount like 1,5 M or 300 jt */
	IMPORT_GROUPING,			/* an amount with misplaced separators */
	IMPORT_ENGLISH_GROUPING		/* an amount like 500,000,000 */
} ImportParseStatus;

/* A day of the proleptic Gregorian calendar. */
typedef struct ImportDate
{
	int			year;
	int			month;
	int			day;
} ImportDate;

/*
 * A date: 2026-06-30, 30/06/2026, 30-06-2026, 30 Juni 2026, 30 Jun 2026
 * (Indonesian and English month names and their abbreviations, any case),
 * blanks around; day and month may have one digit.
 */
extern ImportParseStatus ImportParseDate(const char *str, size_t len,
										 ImportDate *date);

/*
 * An amount: 500000000, 500.000.000, Rp 500.000.000,00, -12,5 (Indonesian
 * thousands '.' in groups of three, decimal ','; optional Rp or Rp.;
 * optional leading '-').  On IMPORT_OK, out holds the amount as a plain
 * decimal text (digits, optional '-', optional '.'), NUL-terminated.
 */
extern ImportParseStatus ImportParseAmount(const char *str, size_t len,
										   char *out, size_t outlen);

/*
 * A list: items separated by ';' or line breaks when the cell holds any,
 * else by ','; blanks around items trimmed, empty items skipped.  Calls
 * item(arg, start, len) for each item in order; returns the count.
 */
typedef void (*ImportListItem) (void *arg, const char *start, size_t len);
extern int	ImportSplitList(const char *str, size_t len, ImportListItem item,
							void *arg);

/*
 * Levenshtein distance between two byte strings, ASCII letters folded,
 * each cut at IMPORT_MAX_DISTANCE_LEN bytes.
 */
#define IMPORT_MAX_DISTANCE_LEN 255
extern int	ImportDistance(const char *a, size_t alen, const char *b,
						   size_t blen);

#endif							/* PARTNERSHIP_IMPORT_PARSE_H */
