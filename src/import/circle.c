/*-------------------------------------------------------------------------
 *
 * circle.c
 *	  partnership.import_circle(parent int4[]): the rows of a staged tree
 *	  that lie on a circle, for partnership.import() (a partner that is its
 *	  own parent, or whose chain of parents comes back to it; an addendum
 *	  that amends itself, or addenda that amend each other in a circle).
 *
 *	  Row i (1-based) has parent[i], the row above it, or NULL.  Each row
 *	  has one parent at most, so the rows and their parents form chains
 *	  that end at a row without one or run into a circle; a row below a
 *	  circle is not on it.  One walk up from each row not yet seen, marking
 *	  the rows of the walk: a walk that meets a row of its own closes a
 *	  circle, one that meets a row of an earlier walk or a row without a
 *	  parent closes none.  Every row is walked over once, so the cost is
 *	  linear in the number of rows, however long the chains (a walk up
 *	  from every row would cost the square of a chain's length).
 *
 * src/import/circle.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(import_circle);

/* where the walks have been */
#define ROW_UNSEEN	0
#define ROW_ON_WALK 1			/* on the walk under way */
#define ROW_DONE	2			/* on an earlier walk */

/*
 * import_circle(parent int4[]) returns int4[]: the rows (1-based, in
 * ascending order) that lie on a circle.  A parent that is NULL or names
 * no row (below 1, above the number of elements) ends its chain; the
 * elements are read in storage order, whatever the array's dimensions.
 */
Datum
import_circle(PG_FUNCTION_ARGS)
{
	ArrayType  *array = PG_GETARG_ARRAYTYPE_P(0);
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int		   *parent;
	char	   *state;
	bool	   *on_circle;
	Datum	   *result;
	int			nresult = 0;
	int			i;

	deconstruct_array(array, INT4OID, sizeof(int32), true, TYPALIGN_INT,
					  &elems, &nulls, &n);

	/* parent as 0-based indexes, -1 for none */
	parent = palloc(sizeof(int) * Max(n, 1));
	for (i = 0; i < n; i++)
	{
		int32		p = nulls[i] ? 0 : DatumGetInt32(elems[i]);

		parent[i] = (p >= 1 && p <= n) ? p - 1 : -1;
	}
	state = palloc0(Max(n, 1));
	on_circle = palloc0(sizeof(bool) * Max(n, 1));

	for (i = 0; i < n; i++)
	{
		int			j;

		if (state[i] != ROW_UNSEEN)
			continue;
		for (j = i; j >= 0 && state[j] == ROW_UNSEEN; j = parent[j])
			state[j] = ROW_ON_WALK;
		/* met a row of its own walk: that row begins the circle it closed */
		if (j >= 0 && state[j] == ROW_ON_WALK)
		{
			int			k = j;

			do
			{
				on_circle[k] = true;
				k = parent[k];
			} while (k != j);
		}
		for (j = i; j >= 0 && state[j] == ROW_ON_WALK; j = parent[j])
			state[j] = ROW_DONE;
	}

	result = palloc(sizeof(Datum) * Max(n, 1));
	for (i = 0; i < n; i++)
		if (on_circle[i])
			result[nresult++] = Int32GetDatum(i + 1);
	PG_RETURN_ARRAYTYPE_P(construct_array(result, nresult, INT4OID,
										  sizeof(int32), true, TYPALIGN_INT));
}
