/*-------------------------------------------------------------------------
 *
 * fuzz_import.c
 *	  libFuzzer target for the import's cell parsers (src/import/parse_*.c):
 *	  dates (ImportParseDate), amounts (ImportParseAmount), lists
 *	  (ImportSplitList) and the edit distance (ImportDistance).
 *
 * Every input goes, with its exact length and without a copy, to each
 * parser, and the result is checked:
 *
 *	- date: a known status; an accepted date is a real day of the years
 *	  1000-9999, and its ISO and day/month/year forms read back the same;
 *	- amount: a known status, also with buffers too small for the result;
 *	  an accepted amount is [-]digits[.digits], and written back in the
 *	  Indonesian form (1.234.567,89) it reads back the same;
 *	- list: every item lies inside the input, is not empty, has no blank
 *	  at either end and holds no separator of the cell's kind; the count
 *	  returned is the number of items;
 *	- distance: of the input's two halves, symmetric, at most the longer
 *	  length and at least the difference of lengths; zero to itself.
 *
 * test/fuzz/fuzz_import.c
 *
 *-------------------------------------------------------------------------
 */
#include "fuzz_common.h"

#include "import/parse.h"

static void
Fail(const char *what, const char *input, size_t len)
{
	FuzzFail(NULL, what, input, len);
}

static bool
StatusIsKnown(ImportParseStatus s)
{
	return s >= IMPORT_OK && s <= IMPORT_ENGLISH_GROUPING;
}

static bool
IsLeap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static void
CheckDate(const char *input, size_t len)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	ImportDate	d;
	ImportDate	again;
	ImportParseStatus s = ImportParseDate(input, len, &d);
	char		buf[32];
	int			n;

	if (!StatusIsKnown(s))
		Fail("date: unknown status", input, len);
	if (s != IMPORT_OK)
		return;
	if (d.year < 1000 || d.year > 9999 || d.month < 1 || d.month > 12 || d.day < 1 ||
		d.day > (d.month == 2 && IsLeap(d.year) ? 29 : days[d.month - 1]))
		Fail("date: accepted a day that does not exist", input, len);
	n = snprintf(buf, sizeof(buf), "%04d-%02d-%02d", d.year, d.month, d.day);
	if (ImportParseDate(buf, n, &again) != IMPORT_OK ||
		again.year != d.year || again.month != d.month || again.day != d.day)
		Fail("date: the ISO form does not read back the same", input, len);
	n = snprintf(buf, sizeof(buf), "%d/%d/%04d", d.day, d.month, d.year);
	if (ImportParseDate(buf, n, &again) != IMPORT_OK ||
		again.year != d.year || again.month != d.month || again.day != d.day)
		Fail("date: the day/month/year form does not read back the same", input, len);
}

static void
CheckAmount(const char *input, size_t len)
{
	char		out[IMPORT_MAX_AMOUNT_TEXT];
	char		small[4];
	char		form[3 * IMPORT_MAX_AMOUNT_TEXT];
	char		again[IMPORT_MAX_AMOUNT_TEXT];
	ImportParseStatus s = ImportParseAmount(input, len, out, sizeof(out));
	ImportParseStatus s_small = ImportParseAmount(input, len, small, sizeof(small));
	size_t		olen;
	size_t		i;
	size_t		start;
	size_t		int_end;
	size_t		f = 0;
	int			dots = 0;
	int			digits = 0;

	if (!StatusIsKnown(s) || !StatusIsKnown(s_small))
		Fail("amount: unknown status", input, len);
	if (s_small == IMPORT_OK && (s != IMPORT_OK || strcmp(small, out) != 0))
		Fail("amount: a small buffer gave another amount", input, len);
	if (s != IMPORT_OK)
		return;
	olen = strlen(out);
	for (i = 0; i < olen; i++)
	{
		if (out[i] == '.')
			dots++;
		else if (out[i] >= '0' && out[i] <= '9')
			digits++;
		else if (!(out[i] == '-' && i == 0))
			Fail("amount: result is not [-]digits[.digits]", input, len);
	}
	if (dots > 1 || digits == 0 || out[olen - 1] == '.')
		Fail("amount: result is not [-]digits[.digits]", input, len);

	/* written back the Indonesian way */
	start = out[0] == '-' ? 1 : 0;
	int_end = start;
	while (int_end < olen && out[int_end] != '.')
		int_end++;
	if (start == 1)
		form[f++] = '-';
	form[f++] = 'R';
	form[f++] = 'p';
	form[f++] = ' ';
	for (i = start; i < int_end; i++)
	{
		if (i > start && (int_end - i) % 3 == 0)
			form[f++] = '.';
		form[f++] = out[i];
	}
	if (int_end < olen)
	{
		form[f++] = ',';
		for (i = int_end + 1; i < olen; i++)
			form[f++] = out[i];
	}
	if (ImportParseAmount(form, f, again, sizeof(again)) != IMPORT_OK ||
		strcmp(again, out) != 0)
	{
		/*
		 * Known refusals: d,ddd without dots reads as English grouping;
		 * a group of thousands after a leading 0 (0.032 from 0032) is no
		 * grouping anyone writes, and reads as a misplaced decimal point.
		 */
		if (!(int_end - start <= 3 && out[start] != '0' && olen - int_end == 4) &&
			!(int_end - start > 3 && out[start] == '0'))
			Fail("amount: the Indonesian form does not read back the same", input, len);
	}
}

typedef struct ListCheck
{
	const char *input;
	size_t		len;
	bool		strong;
	int			items;
} ListCheck;

static bool
Blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

static void
CheckItem(void *arg, const char *start, size_t len)
{
	ListCheck  *lc = (ListCheck *) arg;
	size_t		i;

	if (start < lc->input || start + len > lc->input + lc->len || len == 0)
		Fail("list: item outside the input or empty", lc->input, lc->len);
	if (Blank(start[0]) || Blank(start[len - 1]))
		Fail("list: item not trimmed", lc->input, lc->len);
	for (i = 0; i < len; i++)
		if (lc->strong ? (start[i] == ';' || start[i] == '\n' || start[i] == '\r')
			: start[i] == ',')
			Fail("list: item holds a separator", lc->input, lc->len);
	lc->items++;
}

static void
CheckList(const char *input, size_t len)
{
	ListCheck	lc = {input, len, false, 0};
	int			n;

	lc.strong = memchr(input, ';', len) || memchr(input, '\n', len) ||
		memchr(input, '\r', len);
	n = ImportSplitList(input, len, CheckItem, &lc);
	if (n != lc.items)
		Fail("list: count differs from the items", input, len);
}

static void
CheckDistance(const char *input, size_t len)
{
	size_t		half = len / 2;
	size_t		alen = half < IMPORT_MAX_DISTANCE_LEN ? half : IMPORT_MAX_DISTANCE_LEN;
	size_t		blen = len - half < IMPORT_MAX_DISTANCE_LEN ? len - half : IMPORT_MAX_DISTANCE_LEN;
	int			ab = ImportDistance(input, half, input + half, len - half);
	int			ba = ImportDistance(input + half, len - half, input, half);
	size_t		longer = alen > blen ? alen : blen;
	size_t		diff = alen > blen ? alen - blen : blen - alen;

	if (ab != ba)
		Fail("distance: not symmetric", input, len);
	if (ab < 0 || (size_t) ab > longer || (size_t) ab < diff)
		Fail("distance: out of bounds", input, len);
	if (ImportDistance(input, len, input, len) != 0)
		Fail("distance: not zero to itself", input, len);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char *const dates[] = {
		"2026-06-30", "30/06/2026", "30-06-2026", "30 Juni 2026", "30 Jun 2026",
		"29 Februari 2024", "31 Des 2025", "1/7/2026", " 17 Agustus 1945 ",
	};
	static const char *const amounts[] = {
		"500000000", "500.000.000", "Rp 500.000.000,00", "-12,5", "Rp. 1.250.000,50",
	};
	size_t		i;
	ImportDate	d;
	char		out[IMPORT_MAX_AMOUNT_TEXT];

	(void) argc;
	(void) argv;
	/* the documented forms are accepted */
	for (i = 0; i < lengthof(dates); i++)
		if (ImportParseDate(dates[i], strlen(dates[i]), &d) != IMPORT_OK)
			Fail("date: a documented form is refused", dates[i], strlen(dates[i]));
	for (i = 0; i < lengthof(amounts); i++)
		if (ImportParseAmount(amounts[i], strlen(amounts[i]), out, sizeof(out)) != IMPORT_OK)
			Fail("amount: a documented form is refused", amounts[i], strlen(amounts[i]));
	if (ImportParseAmount("1,5 M", 5, out, sizeof(out)) != IMPORT_ABBREVIATION ||
		ImportParseAmount("300 jt", 6, out, sizeof(out)) != IMPORT_ABBREVIATION)
		Fail("amount: an abbreviation is not refused as one", "1,5 M", 5);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *input = (const char *) data;

	CheckDate(input, size);
	CheckAmount(input, size);
	CheckList(input, size);
	CheckDistance(input, size);
	return 0;
}
