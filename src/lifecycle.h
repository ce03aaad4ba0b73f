/*-------------------------------------------------------------------------
 *
 * lifecycle.h
 *	  A partnership's whole life (doc/registry.md#the-end-of-a-partnership):
 *	  what the guard of trigger_lifecycle.c asks about the window after the
 *	  end (trigger_span.c).
 *
 * src/lifecycle.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PARTNERSHIP_LIFECYCLE_H
#define PARTNERSHIP_LIFECYCLE_H

#include "utils/date.h"
#include "utils/rel.h"

/* Setting final_report_days (default 90); the caller is connected to SPI. */
extern int	LifecycleFinalReportDays(void);

/*
 * May rows of table rel still be written for a final partnership?  True
 * inside the window for the final report (evaluation, response,
 * measurement); raises 55000 for those tables once the window has closed;
 * false for every other table, and under a 1.0.0 schema (no ended_on).
 * The caller is connected to SPI and holds the partnership's lock.
 */
extern bool LifecycleAfterEndAllows(Relation rel, int64 partnership_id,
									const char *code, const char *status);

/* Does the installed schema have the 1.1.0 columns (partnership.ended_on)? */
extern bool LifecycleSchemaHasEnd(void);

/* Inside the window, only a final evaluation and its responses change. */
extern void LifecycleAfterEndCheckRow(Relation rel, HeapTuple tuple,
									  int64 partnership_id);

#endif							/* PARTNERSHIP_LIFECYCLE_H */
