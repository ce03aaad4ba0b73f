/*-------------------------------------------------------------------------
 *
 * parse_date.c
 *	  Dates as people type them in Indonesian spreadsheets (doc/import.md):
 *	  2026-06-30, 30/06/2026, 30-06-2026, 30 Juni 2026, 30 Jun 2026, with
 *	  Indonesian and English month names and abbreviations in any case,
 *	  whatever the session's DateStyle.  Anything else is refused, never
 *	  guessed: a two-digit year, a spreadsheet serial number and a day that
 *	  does not exist each get their own status, so the caller can say how
 *	  to fix it.  Backend-independent (see parse.h).
 *
 * src/import/parse_date.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "import/parse_common.h"

/* Month names and abbreviations, lower case, with their month. */
static const struct
{
	const char *name;
	int			month;
}			month_names[] = {
	{"januari", 1}, {"january", 1}, {"jan", 1},
	{"februari", 2}, {"pebruari", 2}, {"february", 2}, {"feb", 2}, {"peb", 2},
	{"maret", 3}, {"march", 3}, {"mar", 3},
	{"april", 4}, {"apr", 4},
	{"mei", 5}, {"may", 5},
	{"juni", 6}, {"june", 6}, {"jun", 6},
	{"juli", 7}, {"july", 7}, {"jul", 7},
	{"agustus", 8}, {"august", 8}, {"agu", 8}, {"agt", 8}, {"ags", 8}, {"aug", 8},
	{"september", 9}, {"sept", 9}, {"sep", 9},
	{"oktober", 10}, {"october", 10}, {"okt", 10}, {"oct", 10},
	{"november", 11}, {"nopember", 11}, {"nov", 11}, {"nop", 11},
	{"desember", 12}, {"december", 12}, {"des", 12}, {"dec", 12},
};

static bool
IsLeap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static int
DaysIn(int year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	return month == 2 && IsLeap(year) ? 29 : days[month - 1];
}

/* Read 1..maxdigits digits at *pos; returns the count read (0: none). */
static int
ReadNumber(const char *str, size_t end, size_t *pos, int maxdigits, int *value)
{
	int			n = 0;

	*value = 0;
	while (*pos < end && ImportIsDigit((unsigned char) str[*pos]))
	{
		if (n == maxdigits)
			return maxdigits + 1;	/* too many digits */
		*value = *value * 10 + (str[*pos] - '0');
		(*pos)++;
		n++;
	}
	return n;
}

static bool
OneOrTwo(int ndigits)
{
	return ndigits == 1 || ndigits == 2;
}

/* Check the day, month and year of a date form read. */
static ImportParseStatus
Finish(int year, int yeardigits, int month, int day, ImportDate *date)
{
	if (yeardigits == 2)
		return IMPORT_SHORT_YEAR;
	if (yeardigits != 4 || year < 1000)
		return IMPORT_BAD_FORM;
	if (month < 1 || month > 12 || day < 1 || day > DaysIn(year, month))
		return IMPORT_BAD_DAY;
	date->year = year;
	date->month = month;
	date->day = day;
	return IMPORT_OK;
}

ImportParseStatus
ImportParseDate(const char *str, size_t len, ImportDate *date)
{
	size_t		start = 0;
	size_t		end = len;
	size_t		pos;
	int			first;
	int			n1;

	if (len > IMPORT_MAX_CELL)
		return IMPORT_TOO_LONG;
	ImportTrim(str, &start, &end);
	if (start == end)
		return IMPORT_BLANK;
	pos = start;
	n1 = ReadNumber(str, end, &pos, 6, &first);
	if (n1 == 0)
		return IMPORT_BAD_FORM;

	/* a bare number: a spreadsheet's day count, never a date here */
	if (pos == end)
		return n1 >= 4 && n1 <= 6 ? IMPORT_SERIAL : IMPORT_BAD_FORM;

	/* YYYY-MM-DD */
	if (n1 == 4 && str[pos] == '-')
	{
		int			month;
		int			day;

		pos++;
		if (!OneOrTwo(ReadNumber(str, end, &pos, 2, &month)) ||
			pos >= end || str[pos] != '-')
			return IMPORT_BAD_FORM;
		pos++;
		if (!OneOrTwo(ReadNumber(str, end, &pos, 2, &day)) || pos != end)
			return IMPORT_BAD_FORM;
		return Finish(first, 4, month, day, date);
	}

	if (n1 > 2)
		return IMPORT_BAD_FORM;

	/* DD/MM/YYYY and DD-MM-YYYY, one separator throughout */
	if (str[pos] == '/' || str[pos] == '-')
	{
		char		sep = str[pos];
		int			month;
		int			year;
		int			ny;

		pos++;
		if (!OneOrTwo(ReadNumber(str, end, &pos, 2, &month)) ||
			pos >= end || str[pos] != sep)
			return IMPORT_BAD_FORM;
		pos++;
		ny = ReadNumber(str, end, &pos, 4, &year);
		if (ny == 0 || ny > 4 || pos != end)
			return IMPORT_BAD_FORM;
		return Finish(year, ny, month, first, date);
	}

	/* DD Month YYYY */
	if (ImportIsBlank((unsigned char) str[pos]))
	{
		size_t		wstart;
		size_t		wlen;
		int			month = 0;
		int			year;
		int			ny;
		int			i;

		while (pos < end && ImportIsBlank((unsigned char) str[pos]))
			pos++;
		wstart = pos;
		while (pos < end && ImportFold((unsigned char) str[pos]) >= 'a' &&
			   ImportFold((unsigned char) str[pos]) <= 'z')
			pos++;
		wlen = pos - wstart;
		/* "30 Jun. 2026" */
		if (pos < end && str[pos] == '.')
			pos++;
		for (i = 0; i < (int) lengthof(month_names) && wlen > 0; i++)
		{
			const char *name = month_names[i].name;
			size_t		k;

			if (strlen(name) != wlen)
				continue;
			for (k = 0; k < wlen; k++)
				if (ImportFold((unsigned char) str[wstart + k]) != name[k])
					break;
			if (k == wlen)
			{
				month = month_names[i].month;
				break;
			}
		}
		if (month == 0 || pos >= end || !ImportIsBlank((unsigned char) str[pos]))
			return IMPORT_BAD_FORM;
		while (pos < end && ImportIsBlank((unsigned char) str[pos]))
			pos++;
		ny = ReadNumber(str, end, &pos, 4, &year);
		if (ny == 0 || ny > 4 || pos != end)
			return IMPORT_BAD_FORM;
		return Finish(year, ny, month, first, date);
	}
	return IMPORT_BAD_FORM;
}
