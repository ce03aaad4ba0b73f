/*-------------------------------------------------------------------------
 *
 * parse_list.c
 *	  Lists in one spreadsheet cell (objectives, roles, responsibilities,
 *	  clause kinds; doc/import.md): items separated by ';' or line breaks
 *	  when the cell holds any of them, else by ',' — so a cell of sentences
 *	  with commas inside them is split on its semicolons or lines only.
 *	  Blanks around items are trimmed and empty items skipped.
 *
 *	  And the edit distance the import uses to name the closest existing
 *	  names to an unknown one.  Backend-independent (see parse.h).
 *
 * src/import/parse_list.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "import/parse_common.h"

static bool
IsSeparator(char c, bool strong)
{
	if (strong)
		return c == ';' || c == '\n' || c == '\r';
	return c == ',';
}

int
ImportSplitList(const char *str, size_t len, ImportListItem item, void *arg)
{
	bool		strong = false;
	size_t		pos = 0;
	size_t		i;
	int			count = 0;

	for (i = 0; i < len; i++)
		if (str[i] == ';' || str[i] == '\n' || str[i] == '\r')
		{
			strong = true;
			break;
		}

	while (pos <= len)
	{
		size_t		start = pos;
		size_t		end;

		while (pos < len && !IsSeparator(str[pos], strong))
			pos++;
		end = pos;
		ImportTrim(str, &start, &end);
		if (end > start)
		{
			item(arg, str + start, end - start);
			count++;
		}
		pos++;					/* past the separator (or the end) */
	}
	return count;
}

int
ImportDistance(const char *a, size_t alen, const char *b, size_t blen)
{
	int			row[IMPORT_MAX_DISTANCE_LEN + 1];
	size_t		i;
	size_t		j;

	if (alen > IMPORT_MAX_DISTANCE_LEN)
		alen = IMPORT_MAX_DISTANCE_LEN;
	if (blen > IMPORT_MAX_DISTANCE_LEN)
		blen = IMPORT_MAX_DISTANCE_LEN;
	for (j = 0; j <= blen; j++)
		row[j] = (int) j;
	for (i = 1; i <= alen; i++)
	{
		int			diag = row[0];

		row[0] = (int) i;
		for (j = 1; j <= blen; j++)
		{
			int			up = row[j];
			int			best = diag +
				(ImportFold((unsigned char) a[i - 1]) !=
				 ImportFold((unsigned char) b[j - 1]));

			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[blen];
}
