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
 * May rows of table rel still be written for a final partnership that
 * ended on *ended_on (NULL when unknown)?  True inside the window for the
 * final report (evaluation, response, measurement); raises 55000 for those
 * tables once the window has closed; false for every other table.
 */
extern bool LifecycleAfterEndAllows(Relation rel, const char *code,
									const char *status, bool ended_null,
									DateADT ended_on);

/* Inside the window, only a final evaluation and its responses change. */
extern void LifecycleAfterEndCheckRow(Relation rel, HeapTuple tuple,
									  int64 partnership_id);

#endif							/* PARTNERSHIP_LIFECYCLE_H */
