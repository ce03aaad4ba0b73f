/*-------------------------------------------------------------------------
 *
 * calendar.c
 *	  The half-years of the reports over time (doc/reports.md#reports-over-
 *	  time): half_years(from_day, to_day), the first days (1 January,
 *	  1 July) of the half-years from the one holding from_day to the one
 *	  holding to_day (none when to_day is before from_day).
 *
 * A set-returning function in C rather than generate_series() over
 * timestamps, for the planner's sake: generate_series() with arguments
 * that are not constants is estimated at 1 000 rows, so a view with one
 * row per partnership per half-year was estimated at a thousand rows a
 * partnership, and at registry scale its cost crossed the JIT thresholds
 * (a second of compiling before the first row, even for a role that reads
 * ten partnerships).  half_years() is declared with the number of rows a
 * partnership typically has (ROWS 10: five years), and costs no interval
 * arithmetic per row.
 *
 * src/reports/calendar.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "utils/date.h"
#include "utils/datetime.h"

/* The half-years still to return: from next to last, both first days. */
typedef struct HalfYears
{
	DateADT		next;
	DateADT		last;
} HalfYears;

/* The first day of the half-year holding day. */
static DateADT
HalfYearStart(DateADT day)
{
	int			year;
	int			month;
	int			mday;

	j2date(day + POSTGRES_EPOCH_JDATE, &year, &month, &mday);
	return date2j(year, month <= 6 ? 1 : 7, 1) - POSTGRES_EPOCH_JDATE;
}

/* The first day of the half-year after the one starting on start. */
static DateADT
NextHalfYear(DateADT start)
{
	int			year;
	int			month;
	int			mday;

	j2date(start + POSTGRES_EPOCH_JDATE, &year, &month, &mday);
	if (month < 7)
		return date2j(year, 7, 1) - POSTGRES_EPOCH_JDATE;
	return date2j(year + 1, 1, 1) - POSTGRES_EPOCH_JDATE;
}

/*
 * half_years(from_day date, to_day date) RETURNS SETOF date: nothing when
 * to_day is before from_day (a partnership called off before its start
 * has no half-year, even the one its start falls in), or either day is
 * infinite.
 */
PG_FUNCTION_INFO_V1(half_years);
Datum
half_years(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	HalfYears  *state;

	if (SRF_IS_FIRSTCALL())
	{
		DateADT		from_day = PG_GETARG_DATEADT(0);
		DateADT		to_day = PG_GETARG_DATEADT(1);

		funcctx = SRF_FIRSTCALL_INIT();
		state = MemoryContextAlloc(funcctx->multi_call_memory_ctx,
								   sizeof(HalfYears));
		if (DATE_NOT_FINITE(from_day) || DATE_NOT_FINITE(to_day) ||
			to_day < from_day)
		{
			state->next = 1;
			state->last = 0;
		}
		else
		{
			state->next = HalfYearStart(from_day);
			state->last = HalfYearStart(to_day);
		}
		funcctx->user_fctx = state;
	}
	funcctx = SRF_PERCALL_SETUP();
	state = funcctx->user_fctx;
	if (state->next <= state->last)
	{
		DateADT		start = state->next;

		state->next = NextHalfYear(start);
		SRF_RETURN_NEXT(funcctx, DateADTGetDatum(start));
	}
	SRF_RETURN_DONE(funcctx);
}
