/*-------------------------------------------------------------------------
 *
 * plan_shape.c
 *	  The signing checks (trigger_agreement.c) read one partnership's rows
 *	  through SPI plans that are prepared once per backend and kept (the
 *	  rules read by direct index scans, src/rules/facts.c, and plan
 *	  nothing).  A kept
 *	  plan is planned from the statistics of the moment: when the registry
 *	  starts empty (a first load, a migration) the first plans see tiny
 *	  tables and choose sequential scans, hash joins and hashed subplans,
 *	  which are right for ten rows and cost O(registry) per call later on;
 *	  the generic plan keeps that shape until something invalidates it.
 *	  (Benchmark P1 saw each check read tens of thousands of rows after a
 *	  few thousand partnerships: the load grew quadratically.)
 *
 *	  Every query of these checks is a lookup of one partnership's rows by
 *	  an index that leads with partnership_id (or a primary key), so the
 *	  right plan never depends on the statistics.  While they run, these
 *	  functions set the planner's enable_seqscan, enable_hashjoin and
 *	  enable_mergejoin off (so the tiny-table plans use the indexes too and
 *	  stay right as the tables grow), enable_bitmapscan off (a plain index
 *	  scan starts faster for the few rows of one partnership) and jit off (a lookup never pays for
 *	  compilation; the disable costs would otherwise cross jit_above_cost),
 *	  as a function's SET clause would, and restore them afterwards.  An
 *	  error restores them at (sub)transaction abort.
 *
 * src/registry/plan_shape.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "utils/guc.h"

#include "registry/plan_shape.h"

/* Start: returns the GUC nest level to pass to PlanShapeIndexLookupsEnd. */
int
PlanShapeIndexLookupsBegin(void)
{
	static const char *const off[] = {
		"enable_seqscan", "enable_bitmapscan", "enable_hashjoin",
		"enable_mergejoin", "jit"
	};
	int			nestlevel = NewGUCNestLevel();
	int			i;

	for (i = 0; i < lengthof(off); i++)
		(void) set_config_option(off[i], "off", PGC_USERSET, PGC_S_SESSION,
								 GUC_ACTION_SAVE, true, 0, false);
	return nestlevel;
}

/* End: restore the caller's settings. */
void
PlanShapeIndexLookupsEnd(int nestlevel)
{
	AtEOXact_GUC(true, nestlevel);
}
