/*-------------------------------------------------------------------------
 *
 * parse_amount.c
 *	  Amounts as Indonesian spreadsheets hold them (doc/import.md):
 *	  500000000, 500.000.000, Rp 500.000.000,00 — thousands separated by
 *	  '.' in groups of three, decimals after ',', an optional Rp or Rp.
 *	  before, an optional '-'.  Refused, never guessed: abbreviations (1,5 M,
 *	  300 jt, 2 miliar), English grouping (500,000,000 or 1,500), a '.'
 *	  that is not a thousands separator (12.5), anything else.
 *	  Backend-independent (see parse.h).
 *
 * src/import/parse_amount.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "import/parse_common.h"

/* Words after a number that abbreviate a multiplier, lower case. */
static const char *const abbreviations[] = {
	"m", "jt", "juta", "rb", "ribu", "k", "miliar", "milyar", "mlyr", "t",
	"triliun", "b", "bn", "mn", "mio", "million", "billion", "thousand",
	"rbu", NULL
};

static bool
IsAbbreviation(const char *str, size_t start, size_t end)
{
	int			i;

	for (i = 0; abbreviations[i] != NULL; i++)
	{
		const char *w = abbreviations[i];
		size_t		k;

		if (strlen(w) != end - start)
			continue;
		for (k = 0; k < end - start; k++)
			if (ImportFold((unsigned char) str[start + k]) != w[k])
				break;
		if (k == end - start)
			return true;
	}
	return false;
}

/* Is str[start..end) d{1,3}(,ddd)+ — English thousands grouping? */
static bool
IsEnglishGrouping(const char *str, size_t start, size_t end)
{
	size_t		pos = start;
	int			lead = 0;
	int			groups = 0;

	while (pos < end && ImportIsDigit((unsigned char) str[pos]) && lead < 4)
		pos++, lead++;
	if (lead < 1 || lead > 3 || str[start] == '0')
		return false;
	while (pos < end)
	{
		int			k;

		if (str[pos] != ',')
			return false;
		pos++;
		for (k = 0; k < 3; k++, pos++)
			if (pos >= end || !ImportIsDigit((unsigned char) str[pos]))
				return false;
		groups++;
	}
	return groups > 0;
}

ImportParseStatus
ImportParseAmount(const char *str, size_t len, char *out, size_t outlen)
{
	size_t		start = 0;
	size_t		end = len;
	size_t		pos;
	size_t		body_start;
	size_t		body_end;
	size_t		comma = 0;
	int			ncommas = 0;
	int			ndots = 0;
	bool		negative = false;
	size_t		o = 0;
	size_t		i;

	if (len > IMPORT_MAX_CELL)
		return IMPORT_TOO_LONG;
	ImportTrim(str, &start, &end);
	if (start == end)
		return IMPORT_BLANK;
	pos = start;
	if (str[pos] == '-')
		negative = true, pos++;
	/* Rp, Rp. with blanks after */
	if (end - pos >= 2 && ImportFold((unsigned char) str[pos]) == 'r' &&
		ImportFold((unsigned char) str[pos + 1]) == 'p')
	{
		size_t		p2 = pos + 2;

		if (p2 < end && str[p2] == '.')
			p2++;
		ImportTrim(str, &p2, &end);
		pos = p2;
		if (!negative && pos < end && str[pos] == '-')
			negative = true, pos++;
	}
	body_start = pos;
	while (pos < end && (ImportIsDigit((unsigned char) str[pos]) ||
						 str[pos] == '.' || str[pos] == ','))
	{
		if (str[pos] == ',')
			ncommas++, comma = pos;
		else if (str[pos] == '.')
			ndots++;
		pos++;
	}
	body_end = pos;
	if (body_end == body_start || !ImportIsDigit((unsigned char) str[body_start]))
		return IMPORT_BAD_FORM;

	/* whatever follows the number: an abbreviation, or nothing */
	if (pos < end)
	{
		size_t		wstart;

		ImportTrim(str, &pos, &end);
		wstart = pos;
		while (pos < end && ImportFold((unsigned char) str[pos]) >= 'a' &&
			   ImportFold((unsigned char) str[pos]) <= 'z')
			pos++;
		if (pos < end && str[pos] == '.')
			pos++;
		if (pos == end && pos > wstart &&
			IsAbbreviation(str, wstart, str[pos - 1] == '.' ? pos - 1 : pos))
			return IMPORT_ABBREVIATION;
		return IMPORT_BAD_FORM;
	}

	if (ncommas > 1)
		return IsEnglishGrouping(str, body_start, body_end) ?
			IMPORT_ENGLISH_GROUPING : IMPORT_GROUPING;
	if (ncommas == 1 && ndots == 0 && IsEnglishGrouping(str, body_start, body_end))
		return IMPORT_ENGLISH_GROUPING;
	if (ncommas == 1 && ndots > 0 && comma < body_end &&
		memchr(str + comma, '.', body_end - comma) != NULL)
		return IMPORT_GROUPING; /* 1,500.00: English decimals */

	/* the integer part: digits, or d{1,3}(.ddd)+ */
	{
		size_t		int_end = ncommas == 1 ? comma : body_end;

		if (ndots > 0)
		{
			size_t		p = body_start;
			int			lead = 0;

			while (p < int_end && ImportIsDigit((unsigned char) str[p]))
				p++, lead++;
			/* no one groups thousands after a leading 0: 0.125 is decimal */
			if (lead > 3 || str[body_start] == '0')
				return IMPORT_GROUPING;
			while (p < int_end)
			{
				int			k;

				if (str[p] != '.')
					return IMPORT_GROUPING;
				p++;
				for (k = 0; k < 3; k++, p++)
					if (p >= int_end || !ImportIsDigit((unsigned char) str[p]))
						return IMPORT_GROUPING;
			}
		}
		if (ncommas == 1 && (comma + 1 >= body_end))
			return IMPORT_BAD_FORM;		/* "500," */

		if (negative)
		{
			if (o + 1 >= outlen)
				return IMPORT_TOO_LONG;
			out[o++] = '-';
		}
		for (i = body_start; i < body_end; i++)
		{
			char		c = str[i];

			if (c == '.')
				continue;
			if (o + 1 >= outlen)
				return IMPORT_TOO_LONG;
			out[o++] = c == ',' ? '.' : c;
		}
		out[o] = '\0';
	}
	return IMPORT_OK;
}
