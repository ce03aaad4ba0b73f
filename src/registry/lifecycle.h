/*-------------------------------------------------------------------------
 *
 * lifecycle.h
 *	  A partnership's whole life (doc/registry.md#the-end-of-a-partnership):
 *	  what the guard of trigger_lifecycle.c asks about the window after the
 *	  end (trigger_span.c).
 *
 * src/registry/lifecycle.h
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
 * measurement: final_report_days after ended_on, or after the day the
 * end was recorded if later); raises 55000 for those tables once the window has closed;
 * false for every other table, and under a 1.0.0 schema (no ended_on).
 * The caller is connected to SPI and holds the partnership's lock.
 */
extern bool LifecycleAfterEndAllows(Relation rel, int64 partnership_id,
									const char *code, const char *status);

/* Does the installed schema have the 1.1.0 columns (partnership.ended_on)? */
extern bool LifecycleSchemaHasEnd(void);

/*
 * The partnership's rows that registry_date_trigger keeps within its dates
 * (payments, measurements, evaluation periods) whose day is cmp ("<", ">")
 * $2, for partnership $1: what (in partnership.language, for messages:
 * a payment by its amount, a measurement by its indicator's code, an
 * evaluation by its kind, as the user knows them), day, how many, the
 * table.  The end (trigger_span.c) and the partnership's dates
 * (trigger_dates.c) ask it from the partnership's side.
 */
#define LIFECYCLE_DATED_ROWS(cmp) \
	"SELECT w.what, w.day, pg_catalog.count(*) OVER (), w.tbl FROM (" \
	" SELECT @extschema@.message('MSG_DATED_DISBURSEMENT'," \
	"  d.amount::pg_catalog.text, c.currency) AS what," \
	"  d.paid_on AS day, 'disbursement' AS tbl" \
	"  FROM @extschema@.disbursement d JOIN @extschema@.commitment c" \
	"  ON c.partnership_id OPERATOR(pg_catalog.=) d.partnership_id" \
	"  AND c.id OPERATOR(pg_catalog.=) d.commitment_id" \
	"  WHERE d.partnership_id OPERATOR(pg_catalog.=) $1" \
	"  AND d.paid_on OPERATOR(pg_catalog." cmp ") $2" \
	" UNION ALL SELECT @extschema@.message('MSG_DATED_MEASUREMENT', i.code)," \
	"  m.period_end, 'measurement'" \
	"  FROM @extschema@.measurement m JOIN @extschema@.indicator i" \
	"  ON i.partnership_id OPERATOR(pg_catalog.=) m.partnership_id" \
	"  AND i.id OPERATOR(pg_catalog.=) m.indicator_id" \
	"  WHERE m.partnership_id OPERATOR(pg_catalog.=) $1" \
	"  AND m.period_end OPERATOR(pg_catalog." cmp ") $2" \
	" UNION ALL SELECT @extschema@.message('MSG_DATED_EVALUATION'," \
	"  pg_catalog.lower(@extschema@.label(kind))), period_end, 'evaluation'" \
	"  FROM @extschema@.evaluation WHERE partnership_id OPERATOR(pg_catalog.=) $1" \
	"  AND period_end OPERATOR(pg_catalog." cmp ") $2" \
	") w"

/*
 * The agreements the end of partnership_id terminated in this transaction
 * (*n of them; NULL when none), which the end's rules judge as in force.
 */
extern const int64 *LifecycleEndedAgreements(int64 partnership_id, int *n);

/* The first day of a partnership's planning: a year before it starts. */
extern DateADT LifecyclePlanningStart(DateADT starts_on);

/*
 * Inside the window, only a final evaluation, one still open at the end,
 * and their responses change.
 */
extern void LifecycleAfterEndCheckRow(Relation rel, HeapTuple tuple,
									  HeapTuple was, bool existing,
									  int64 partnership_id);

#endif							/* PARTNERSHIP_LIFECYCLE_H */
