/*-------------------------------------------------------------------------
 *
 * trigger_row_dates.c
 *	  Sensible dates (doc/registry.md#sensible-dates): a signature, a
 *	  commitment, a payment or a termination is not dated in the future (a
 *	  termination before the signature is trigger_constraints.c's to
 *	  refuse); a
 *	  disbursement, a measurement and an evaluation period fall within the
 *	  partnership's dates (starts_on to ended_on, or to ends_on while it
 *	  runs); and an evaluation is closed only with responses, once its
 *	  period has ended.
 *
 *	  registry_date_trigger serves every dated table: its arguments name the
 *	  column and the checks ('past', 'within' or both).  An UPDATE that
 *	  leaves the date and the partnership as they were is not checked again,
 *	  so a row recorded before these rules stays editable.  The bounds are
 *	  read when a row is written; the partnership's own dates are checked
 *	  against its rows from its side (trigger_dates.c).
 *
 * src/registry/trigger_row_dates.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/rel.h"

#include "messages.h"
#include "registry/registry.h"
#include "registry/scan.h"
#include "vocabulary/fmgr.h"

PG_FUNCTION_INFO_V1(registry_date_trigger);
PG_FUNCTION_INFO_V1(evaluation_close_trigger);

/*
 * BEFORE INSERT OR UPDATE FOR EACH ROW on a dated table; TG_ARGV[0] names
 * the date column, TG_ARGV[1] the checks: 'past' (not after today),
 * 'within' (inside the partnership's dates) or 'past,within'.
 */
Datum
registry_date_trigger(PG_FUNCTION_ARGS)
{
	static SPIPlanPtr plan = NULL;
	TriggerData *trigdata;
	Relation	rel;
	HeapTuple	newtup;
	const char *column;
	const char *checks;
	int			att_date;
	int			att_partnership;
	Datum		d;
	bool		isnull;
	DateADT		date;
	int64		partnership_id;
	char		constraint[NAMEDATALEN * 2];

	trigdata = RegistryTriggerCheck(fcinfo, "registry_date_trigger", true, true,
									REGISTRY_ON_INSERT | REGISTRY_ON_UPDATE);
	if (RegistryRestoring())
		return RegistryPassThrough(trigdata);
	rel = trigdata->tg_relation;
	if (trigdata->tg_trigger->tgnargs != 2)
		elog(ERROR, "registry_date_trigger needs two arguments");
	column = trigdata->tg_trigger->tgargs[0];
	checks = trigdata->tg_trigger->tgargs[1];
	att_date = RegistryAttnum(rel, column);
	att_partnership = RegistryAttnum(rel, "partnership_id");
	newtup = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ?
		trigdata->tg_newtuple : trigdata->tg_trigtuple;

	d = RegistryGetAttr(newtup, rel, att_date, &isnull);
	if (isnull)
		return PointerGetDatum(newtup);
	date = DatumGetDateADT(d);
	partnership_id = RegistryGetInt64(newtup, rel, att_partnership);
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		bool		oldnull;
		Datum		od = RegistryGetAttr(trigdata->tg_trigtuple, rel, att_date,
										 &oldnull);

		if (!oldnull && DatumGetDateADT(od) == date &&
			RegistryGetInt64(trigdata->tg_trigtuple, rel, att_partnership) ==
			partnership_id)
			return PointerGetDatum(newtup);
	}

	if (strstr(checks, "past") != NULL && date > RegistryToday())
	{
		snprintf(constraint, sizeof(constraint), "%s_%s_check",
				 RelationGetRelationName(rel), column);
		ereport(ERROR,
				errcode(ERRCODE_CHECK_VIOLATION),
				errmsg_cat(MSG_DATE_FUTURE, column, RegistryDateText(date),
						   RelationGetRelationName(rel)),
				errdetail_cat(MSG_DATE_FUTURE_DETAIL, RegistryDateText(RegistryToday())),
				errhint_cat(MSG_DATE_FUTURE_HINT),
				errtablecolconstraint(rel, att_date, constraint));
	}

	if (strstr(checks, "within") != NULL)
	{
		bool		starts_null;
		bool		end_null;
		bool		running;
		DateADT		starts_on = 0;
		DateADT		end = 0;
		char	   *code;
		MemoryContext caller = CurrentMemoryContext;

		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		RegistryExecuteById(&plan,
							"SELECT starts_on, COALESCE(ended_on, ends_on), code,"
							" ended_on IS NULL"
							" FROM @extschema@.partnership"
							" WHERE id OPERATOR(pg_catalog.=) $1",
							partnership_id, 1);
		if (SPI_processed == 0)
		{
			SPI_finish();
			return PointerGetDatum(newtup); /* the foreign key refuses it */
		}
		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1,
						  &starts_null);
		if (!starts_null)
			starts_on = DatumGetDateADT(d);
		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2,
						  &end_null);
		if (!end_null)
			end = DatumGetDateADT(d);
		code = MemoryContextStrdup(caller,
								   SPI_getvalue(SPI_tuptable->vals[0],
												SPI_tuptable->tupdesc, 3));
		running = DatumGetBool(SPI_getbinval(SPI_tuptable->vals[0],
											 SPI_tuptable->tupdesc, 4, &isnull));
		SPI_finish();

		snprintf(constraint, sizeof(constraint), "%s_within_partnership",
				 RelationGetRelationName(rel));
		if (!starts_null && date < starts_on)
			ereport(ERROR,
					errcode(ERRCODE_CHECK_VIOLATION),
					errmsg_cat(MSG_DATE_BEFORE_START, column, RegistryDateText(date),
							   RelationGetRelationName(rel), code,
							   RegistryDateText(starts_on)),
					errdetail_cat(MSG_DATE_WINDOW_DETAIL),
					errhint_cat(MSG_DATE_WINDOW_HINT),
					errtablecolconstraint(rel, att_date, constraint));
		if (!end_null && date > end)
			ereport(ERROR,
					errcode(ERRCODE_CHECK_VIOLATION),
					errmsg_cat(MSG_DATE_AFTER_END, column, RegistryDateText(date),
							   RelationGetRelationName(rel), code,
							   RegistryDateText(end)),
					errdetail_cat(MSG_DATE_WINDOW_DETAIL),
			/* a partnership still running past its planned end: extend it */
					running && date <= RegistryToday() ?
					errhint_cat(MSG_DATE_AFTER_PLANNED_END_HINT, RegistryDateText(end)) :
					errhint_cat(MSG_DATE_WINDOW_HINT),
					errtablecolconstraint(rel, att_date, constraint));
	}
	return PointerGetDatum(newtup);
}

/*
 * BEFORE INSERT OR UPDATE OF status FOR EACH ROW on evaluation: closing
 * needs at least one response and a period that has ended.  A new row
 * that is already closed has no response (a response names an existing
 * evaluation), and none could be added to it: it is refused as a closing
 * without responses.
 */
Datum
evaluation_close_trigger(PG_FUNCTION_ARGS)
{
	static SPIPlanPtr plan = NULL;
	TriggerData *trigdata;
	Relation	rel;
	HeapTuple	oldtup;
	HeapTuple	newtup;
	bool		isnull;
	VocabularyCode oldstatus;
	VocabularyCode newstatus;
	int64		id;
	int64		partnership_id;
	DateADT		period_end;
	bool		any;
	char	   *code = NULL;
	MemoryContext caller = CurrentMemoryContext;

	trigdata = RegistryTriggerCheck(fcinfo, "evaluation_close_trigger", true,
									true, REGISTRY_ON_INSERT | REGISTRY_ON_UPDATE);
	if (RegistryRestoring())
		return RegistryPassThrough(trigdata);
	rel = trigdata->tg_relation;
	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
	{
		/* a new row is judged as if it were opened, then closed */
		newtup = trigdata->tg_trigtuple;
		oldstatus = EVALUATION_STATUS_OPEN;
	}
	else
	{
		oldtup = trigdata->tg_trigtuple;
		newtup = trigdata->tg_newtuple;
		oldstatus = DatumGetVocabularyCode(RegistryGetAttr(oldtup, rel,
														   RegistryAttnum(rel, "status"),
														   &isnull));
	}
	newstatus = DatumGetVocabularyCode(RegistryGetAttr(newtup, rel,
													   RegistryAttnum(rel, "status"),
													   &isnull));
	if (oldstatus != EVALUATION_STATUS_OPEN || newstatus != EVALUATION_STATUS_CLOSED)
		return PointerGetDatum(newtup);

	id = RegistryGetInt64(newtup, rel, RegistryAttnum(rel, "id"));
	partnership_id = RegistryGetInt64(newtup, rel, RegistryAttnum(rel, "partnership_id"));
	period_end = DatumGetDateADT(RegistryGetAttr(newtup, rel,
												 RegistryAttnum(rel, "period_end"),
												 &isnull));

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	RegistryExecuteByIds(&plan,
						 "SELECT EXISTS (SELECT FROM @extschema@.response r"
						 "  WHERE r.evaluation_id OPERATOR(pg_catalog.=) $1),"
						 " (SELECT p.code FROM @extschema@.partnership p"
						 "  WHERE p.id OPERATOR(pg_catalog.=) $2)",
						 id, partnership_id, 1);
	any = DatumGetBool(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc,
									 1, &isnull));
	code = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2);
	code = (code != NULL) ? MemoryContextStrdup(caller, code) :
		MemoryContextStrdup(caller, psprintf(INT64_FORMAT, partnership_id));
	SPI_finish();

	if (!any)
		ereport(ERROR,
				errcode(ERRCODE_CHECK_VIOLATION),
				errmsg_cat(MSG_CLOSE_NO_RESPONSES, id, code),
				errdetail_cat(MSG_CLOSE_NO_RESPONSES_DETAIL),
				errhint_cat(MSG_CLOSE_NO_RESPONSES_HINT),
				errtableconstraint(rel, "evaluation_responses_check"));
	if (period_end > RegistryToday())
		ereport(ERROR,
				errcode(ERRCODE_CHECK_VIOLATION),
				errmsg_cat(MSG_CLOSE_PERIOD_FUTURE, id, code, RegistryDateText(period_end)),
				errhint_cat(MSG_CLOSE_PERIOD_FUTURE_HINT),
				errtableconstraint(rel, "evaluation_period_end_check"));
	return PointerGetDatum(newtup);
}
