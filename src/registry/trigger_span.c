/*-------------------------------------------------------------------------
 *
 * trigger_span.c
 *	  A partnership's span (doc/registry.md#the-end-of-a-partnership): what
 *	  it needs to be proposed (an owner and a first day), what its end sets
 *	  and ends, and the window after the end in which the final report is
 *	  still recorded.
 *
 *	  Completing or terminating a partnership sets ended_on (default today,
 *	  never a day to come, nor before a member joined, and for a completion
 *	  not before starts_on: a partnership called off before its start is
 *	  terminated, no earlier than a year before it); a
 *	  termination needs an end_reason.  In the same statement every
 *	  agreement of the partnership still signed, unless it had run out by
 *	  then, becomes "terminated" on ended_on, its termination_reason saying
 *	  that the partnership completed or was terminated, and why: no
 *	  agreement of a final partnership is ever in force.  The agreements are
 *	  changed as the caller, through their own triggers and the audit, before
 *	  the partnership row turns final (this trigger is BEFORE ROW), so the
 *	  guard still lets them through.
 *
 *	  After the end, the registry's guard (trigger_lifecycle.c) asks
 *	  LifecycleAfterEndAllows: a final evaluation, an evaluation still open
 *	  at the end, their responses and measurements may be written for
 *	  final_report_days (setting, default 90) after ended_on, or after the
 *	  day the end was recorded when that is later (an end recorded late,
 *	  or imported, leaves the whole window); then the partnership is
 *	  read-only.
 *
 * src/registry/trigger_span.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"

#include "registry/lifecycle.h"
#include "messages.h"
#include "registry/registry.h"
#include "rules/rules.h"
#include "registry/scan.h"
#include "vocabulary/fmgr.h"

PG_FUNCTION_INFO_V1(partnership_span_trigger);

#define FINAL_REPORT_DAYS_DEFAULT 90

static const char *
SpanStatusName(VocabularyCode code)
{
	if (!VocabularyCodeIsValid(&PartnershipStatusVocabulary, code))
		elog(ERROR, "invalid partnership_status code %d", (int) code);
	return PartnershipStatusVocabulary.terms[code].canonical;
}

/* Setting final_report_days; the caller is connected to SPI. */
int
LifecycleFinalReportDays(void)
{
	static SPIPlanPtr plan = NULL;
	bool		isnull;
	Datum		d;

	if (plan == NULL)
		plan = RegistryPreparePlan("SELECT value::pg_catalog.int4 FROM @extschema@.setting"
								   " WHERE name OPERATOR(pg_catalog.=) 'final_report_days'",
								   0, NULL);
	RegistryExecute(plan, NULL, NULL, 1);
	if (SPI_processed == 0)
		return FINAL_REPORT_DAYS_DEFAULT;
	d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	return isnull ? FINAL_REPORT_DAYS_DEFAULT : DatumGetInt32(d);
}

/* Is rel one of the tables the final report writes? */
static bool
IsFinalReportTable(Relation rel)
{
	const char *name = RelationGetRelationName(rel);

	return strcmp(name, "evaluation") == 0 || strcmp(name, "response") == 0 ||
		strcmp(name, "measurement") == 0;
}

bool
LifecycleSchemaHasEnd(void)
{
	Oid			relid = get_relname_relid("partnership", RegistrySchema());

	return OidIsValid(relid) &&
		get_attnum(relid, "ended_on") != InvalidAttrNumber;
}

bool
LifecycleAfterEndAllows(Relation rel, int64 partnership_id, const char *code,
						const char *status)
{
	static SPIPlanPtr plan = NULL;
	int			days;
	DateADT		ended_on;
	DateADT		until;
	bool		isnull;
	Datum		d;

	if (!IsFinalReportTable(rel) || !LifecycleSchemaHasEnd())
		return false;
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	/*
	 * The day the end was recorded is the audit's: the last move of the
	 * row into a final status (the audit is append-only and written by the
	 * registry alone; a restored database without it falls back on
	 * ended_on).
	 */
	RegistryExecuteById(&plan,
						"SELECT p.ended_on, GREATEST(p.ended_on, (SELECT pg_catalog.max(a.at)"
						"  FROM @extschema@.audit a"
						"  WHERE a.partnership_id OPERATOR(pg_catalog.=) p.id"
						"  AND a.relation OPERATOR(pg_catalog.=) 'partnership'"
						"  AND a.operation OPERATOR(pg_catalog.=) 'UPDATE'"
						"  AND (a.new OPERATOR(pg_catalog.->>) 'status') OPERATOR(pg_catalog.=)"
						"   ANY ('{completed,terminated}'::pg_catalog.text[])"
						"  AND NOT (a.old OPERATOR(pg_catalog.->>) 'status') OPERATOR(pg_catalog.=)"
						"   ANY ('{completed,terminated}'::pg_catalog.text[]))::pg_catalog.date)"
						" FROM @extschema@.partnership p"
						" WHERE p.id OPERATOR(pg_catalog.=) $1",
						partnership_id, 1);
	isnull = true;
	if (SPI_processed > 0)
		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	if (isnull)
	{
		SPI_finish();
		return false;
	}
	ended_on = DatumGetDateADT(d);
	until = DatumGetDateADT(SPI_getbinval(SPI_tuptable->vals[0],
										  SPI_tuptable->tupdesc, 2, &isnull));
	days = LifecycleFinalReportDays();
	SPI_finish();
	until += days;
	if (RegistryToday() <= until)
		return true;
	ereport(ERROR,
			errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			errmsg_cat(MSG_AFTER_END_CLOSED, code, status, RegistryDateText(ended_on),
					   RelationGetRelationName(rel)),
			errdetail_cat(MSG_AFTER_END_CLOSED_DETAIL, RegistryDateText(until)),
			errtable(rel));
	return false;				/* keep compiler quiet */
}

/* The partnership's code, for a message. */
static char *
PartnershipCode(int64 partnership_id)
{
	static SPIPlanPtr plan = NULL;
	char	   *code = psprintf(INT64_FORMAT, partnership_id);
	MemoryContext caller = CurrentMemoryContext;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	RegistryExecuteById(&plan,
						"SELECT code FROM @extschema@.partnership"
						" WHERE id OPERATOR(pg_catalog.=) $1",
						partnership_id, 1);
	if (SPI_processed > 0)
		code = MemoryContextStrdup(caller,
								   SPI_getvalue(SPI_tuptable->vals[0],
												SPI_tuptable->tupdesc, 1));
	SPI_finish();
	return code;
}

static void
RefuseNotFinal(Relation rel, int64 partnership_id)
{
	ereport(ERROR,
			errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			errmsg_cat(MSG_AFTER_END_ONLY_FINAL, PartnershipCode(partnership_id)),
			errdetail_cat(MSG_AFTER_END_ONLY_FINAL_DETAIL),
			errhint_cat(MSG_AFTER_END_ONLY_FINAL_HINT),
			errtable(rel));
}

/* The evaluation row's kind, or its status. */
static VocabularyCode
EvaluationCode(Relation rel, HeapTuple tuple, const char *column)
{
	bool		isnull;
	Datum		d = RegistryGetAttr(tuple, rel, RegistryAttnum(rel, column), &isnull);

	return isnull ? -1 : DatumGetVocabularyCode(d);
}

/*
 * Inside the window, a final evaluation and its responses are written, and
 * so is an evaluation that was still open at the end: it is answered and
 * closed (or deleted), or it would stay open for ever.  No evaluation of
 * another kind is opened after the end.  The row is new (an INSERT: was
 * NULL, existing false), there already (a DELETE, or the row an UPDATE
 * changes: existing), or the new row of an UPDATE of was.
 */
void
LifecycleAfterEndCheckRow(Relation rel, HeapTuple tuple, HeapTuple was,
						  bool existing, int64 partnership_id)
{
	static SPIPlanPtr plan = NULL;
	const char *name = RelationGetRelationName(rel);
	bool		isnull;
	Datum		d;

	if (strcmp(name, "evaluation") == 0)
	{
		VocabularyCode kind = EvaluationCode(rel, tuple, "kind");
		bool		allowed = kind == EVALUATION_KIND_FINAL;

		if (!allowed && existing)
			allowed = EvaluationCode(rel, tuple, "status") == EVALUATION_STATUS_OPEN;
		else if (!allowed && was != NULL)
			allowed = EvaluationCode(rel, was, "status") == EVALUATION_STATUS_OPEN &&
				EvaluationCode(rel, was, "kind") == kind;
		if (!allowed)
			RefuseNotFinal(rel, partnership_id);
	}
	else if (strcmp(name, "response") == 0)
	{
		bool		allowed = false;

		d = RegistryGetAttr(tuple, rel, RegistryAttnum(rel, "evaluation_id"), &isnull);
		if (isnull)
			return;				/* NOT NULL refuses it */
		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		/* only the response's own partnership: see RegistryExecuteByIds */
		RegistryExecuteByIds(&plan,
							 "SELECT kind::pg_catalog.text OPERATOR(pg_catalog.=) 'final'"
							 " OR status::pg_catalog.text OPERATOR(pg_catalog.=) 'open'"
							 " FROM @extschema@.evaluation"
							 " WHERE id OPERATOR(pg_catalog.=) $1"
							 " AND partnership_id OPERATOR(pg_catalog.=) $2",
							 DatumGetInt64(d), partnership_id, 1);

		/*
		 * No evaluation: this is the cascade of its deletion, which its own
		 * check let through (a response naming none is the foreign key's to
		 * refuse).
		 */
		if (SPI_processed == 0)
			allowed = true;
		else
			allowed = DatumGetBool(SPI_getbinval(SPI_tuptable->vals[0],
												 SPI_tuptable->tupdesc, 1, &isnull));
		SPI_finish();
		if (!allowed)
			RefuseNotFinal(rel, partnership_id);
	}
}

/*
 * The first row of a query of the end's checks (kept in *plan): its first
 * column as text (a name) and its second as a date, in the caller's memory
 * context.  False if there is none.
 */
static bool
EndCheckFirstRow(SPIPlanPtr *plan, const char *sql, int nargs, Oid *argtypes,
				 Datum *values, char **name, DateADT *day)
{
	MemoryContext caller = CurrentMemoryContext;
	bool		found;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (*plan == NULL)
		*plan = RegistryPreparePlan(sql, nargs, argtypes);
	RegistryExecute(*plan, values, NULL, 1);
	found = SPI_processed > 0;
	if (found)
	{
		bool		isnull;

		*name = MemoryContextStrdup(caller,
									SPI_getvalue(SPI_tuptable->vals[0],
												 SPI_tuptable->tupdesc, 1));
		*day = DatumGetDateADT(SPI_getbinval(SPI_tuptable->vals[0],
											 SPI_tuptable->tupdesc, 2, &isnull));
	}
	SPI_finish();
	return found;
}

/*
 * The end must not leave behind the rows that the date triggers
 * (registry_date_trigger, 'within') keep inside the partnership's dates:
 * the payments, measurements and evaluation periods dated after ended_on
 * (a back-dated end, or a period still to come).  Nor may a back-dated end
 * fall before a member joined: a member recorded as having joined
 * (joined_on by today) after ended_on would be a member of a partnership
 * that had already ended; one who is to join later (a partnership called
 * off before its start) never joined, and is let be.  Nor may a member be
 * recorded as leaving after ended_on (a member leaves at the latest with
 * the partnership; the members of an ended partnership would dwindle
 * afterwards).  The latest row, or member, is named.
 */
static void
CheckEndAfterRows(Relation rel, int64 partnership_id, const char *code,
				  DateADT ended_on, DateADT today)
{
	static SPIPlanPtr plan_rows = NULL;
	static SPIPlanPtr plan_members = NULL;
	static SPIPlanPtr plan_leaving = NULL;
	Oid			argtypes[3] = {INT8OID, DATEOID, DATEOID};
	Datum		values[3];
	char	   *what;
	DateADT		day;

	values[0] = Int64GetDatum(partnership_id);
	values[1] = DateADTGetDatum(ended_on);
	values[2] = DateADTGetDatum(today);
	if (EndCheckFirstRow(&plan_rows,
						 LIFECYCLE_DATED_ROWS(">") " ORDER BY w.day DESC, w.what LIMIT 1",
						 2, argtypes, values, &what, &day))
		ereport(ERROR,
				errcode(ERRCODE_CHECK_VIOLATION),
				errmsg_cat(MSG_END_DATE_BEFORE_ROWS, code, RegistryDateText(ended_on),
						   what, RegistryDateText(day)),
				errdetail_cat(MSG_END_DATE_BEFORE_ROWS_DETAIL),
				day > today ?
				errhint_cat(MSG_END_DATE_BEFORE_FUTURE_ROW_HINT) :
				errhint_cat(MSG_END_DATE_BEFORE_ROWS_HINT, RegistryDateText(day)),
				errtablecol(rel, RegistryAttnum(rel, "ended_on")),
				errtableconstraint(rel, "partnership_ended_on_check"));
	if (EndCheckFirstRow(&plan_members,
						 "SELECT pt.name, m.joined_on"
						 " FROM @extschema@.member m"
						 " JOIN @extschema@.partner pt ON pt.id OPERATOR(pg_catalog.=) m.partner_id"
						 " WHERE m.partnership_id OPERATOR(pg_catalog.=) $1"
						 " AND m.joined_on OPERATOR(pg_catalog.>) $2"
						 " AND m.joined_on OPERATOR(pg_catalog.<=) $3"
						 " ORDER BY m.joined_on DESC, m.partner_id LIMIT 1",
						 3, argtypes, values, &what, &day))
		ereport(ERROR,
				errcode(ERRCODE_CHECK_VIOLATION),
				errmsg_cat(MSG_END_DATE_BEFORE_MEMBER, code, RegistryDateText(ended_on),
						   what, RegistryDateText(day)),
				errhint_cat(MSG_END_DATE_BEFORE_MEMBER_HINT, RegistryDateText(day)),
				errtablecol(rel, RegistryAttnum(rel, "ended_on")),
				errtableconstraint(rel, "partnership_ended_on_check"));
	if (EndCheckFirstRow(&plan_leaving,
						 "SELECT pt.name, m.left_on"
						 " FROM @extschema@.member m"
						 " JOIN @extschema@.partner pt ON pt.id OPERATOR(pg_catalog.=) m.partner_id"
						 " WHERE m.partnership_id OPERATOR(pg_catalog.=) $1"
						 " AND m.left_on OPERATOR(pg_catalog.>) $2"
						 " ORDER BY m.left_on DESC, m.partner_id LIMIT 1",
						 2, argtypes, values, &what, &day))
		ereport(ERROR,
				errcode(ERRCODE_CHECK_VIOLATION),
				errmsg_cat(MSG_END_DATE_BEFORE_MEMBER_LEFT, code, RegistryDateText(ended_on),
						   what, RegistryDateText(day)),
				errhint_cat(MSG_END_DATE_BEFORE_MEMBER_LEFT_HINT),
				errtablecol(rel, RegistryAttnum(rel, "ended_on")),
				errtableconstraint(rel, "partnership_ended_on_check"));
}

/*
 * The agreements each end of this transaction terminated, for the rules
 * the end runs after it in the same statement (LifecycleEndedAgreements):
 * they judge those as the agreements in force at the end (with those that
 * left signed before the end, which enforce.c finds).  Kept in
 * TopTransactionContext, forgotten with the transaction.
 */
typedef struct EndedAgreements
{
	int64		partnership_id;
	int			n;
	int64	   *ids;
} EndedAgreements;

static List *ended_agreements = NIL;
static LocalTransactionId ended_lxid = InvalidLocalTransactionId;

const int64 *
LifecycleEndedAgreements(int64 partnership_id, int *n)
{
	ListCell   *lc;

	*n = 0;
	if (ended_lxid != MyProc->lxid)
		return NULL;
	foreach(lc, ended_agreements)
	{
		EndedAgreements *e = (EndedAgreements *) lfirst(lc);

		if (e->partnership_id == partnership_id)
		{
			*n = e->n;
			return e->ids;
		}
	}
	return NULL;
}

/* Remember what EndAgreements just terminated (SPI_tuptable: the ids). */
static void
RememberEndedAgreements(int64 partnership_id)
{
	MemoryContext old = MemoryContextSwitchTo(TopTransactionContext);
	EndedAgreements *e = NULL;
	ListCell   *lc;
	uint64		i;

	if (ended_lxid != MyProc->lxid)
	{
		ended_agreements = NIL;
		ended_lxid = MyProc->lxid;
	}
	foreach(lc, ended_agreements)
		if (((EndedAgreements *) lfirst(lc))->partnership_id == partnership_id)
			e = (EndedAgreements *) lfirst(lc);
	if (e == NULL)
	{
		e = palloc(sizeof(EndedAgreements));
		e->partnership_id = partnership_id;
		ended_agreements = lappend(ended_agreements, e);
	}
	e->n = (int) SPI_processed;
	e->ids = palloc(sizeof(int64) * Max(e->n, 1));
	for (i = 0; i < SPI_processed; i++)
	{
		bool		isnull;

		e->ids[i] = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[i],
												SPI_tuptable->tupdesc, 1, &isnull));
	}
	MemoryContextSwitchTo(old);
}

/*
 * Every agreement still signed ends with the partnership, but for those
 * that had run out by ended_on: their own end says why they are no longer
 * in force, and terminated_on would record an end they never had.
 */
static void
EndAgreements(int64 partnership_id, DateADT ended_on, const char *reason)
{
	static SPIPlanPtr plan = NULL;
	Datum		values[3];
	int64		held;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (plan == NULL)
	{
		Oid			argtypes[3] = {INT8OID, DATEOID, TEXTOID};

		plan = RegistryPreparePlan("UPDATE @extschema@.agreement"
								   " SET status = 'terminated'::@extschema@.agreement_status,"
								   " terminated_on = $2, termination_reason = $3"
								   " WHERE partnership_id OPERATOR(pg_catalog.=) $1"
								   " AND status::pg_catalog.text OPERATOR(pg_catalog.=) 'signed'"
								   " AND (effective_to IS NULL"
								   " OR effective_to OPERATOR(pg_catalog.>=) $2)"
								   " RETURNING id",
								   3, argtypes);
	}
	values[0] = Int64GetDatum(partnership_id);
	values[1] = DateADTGetDatum(ended_on);
	values[2] = CStringGetTextDatum(reason);
	held = RulesHoldChecks(partnership_id);
	PG_TRY();
	{
		RegistryExecuteAsCaller(plan, values, NULL, 0);
	}
	PG_FINALLY();
	{
		RulesReleaseChecks(held);
	}
	PG_END_TRY();
	RememberEndedAgreements(partnership_id);
	SPI_finish();
	/* the agreements' guard cached the status from before this move */
	RegistryForgetPartnership();
}

static bool
TextIsBlank(HeapTuple tuple, Relation rel, int attnum)
{
	bool		isnull;
	Datum		d = RegistryGetAttr(tuple, rel, attnum, &isnull);

	return isnull || !RegistryTextNotBlank(DatumGetTextPP(d));
}

/*
 * BEFORE INSERT OR UPDATE FOR EACH ROW on partnership, after the lifecycle
 * trigger has checked the move: an owner and starts_on from "proposed" on;
 * ended_on and end_reason only for a final partnership, set (and its
 * agreements ended) by the move into completed or terminated.
 */
Datum
partnership_span_trigger(PG_FUNCTION_ARGS)
{
	static Oid	cached_relid = InvalidOid;
	static int	att_id,
				att_code,
				att_status,
				att_owner,
				att_starts,
				att_ended,
				att_reason;
	TriggerData *trigdata;
	Relation	rel;
	HeapTuple	oldtup = NULL;
	HeapTuple	newtup;
	VocabularyCode oldstatus = PARTNERSHIP_STATUS_DRAFT;
	VocabularyCode newstatus;
	bool		isnull;
	bool		ended_null;
	bool		moved;
	char	   *code;

	trigdata = RegistryTriggerCheck(fcinfo, "partnership_span_trigger", true,
									true, REGISTRY_ON_INSERT | REGISTRY_ON_UPDATE);
	if (RegistryRestoring())
		return RegistryPassThrough(trigdata);
	rel = trigdata->tg_relation;
	if (cached_relid != RelationGetRelid(rel))
	{
		att_id = RegistryAttnum(rel, "id");
		att_code = RegistryAttnum(rel, "code");
		att_status = RegistryAttnum(rel, "status");
		att_owner = RegistryAttnum(rel, "owner_id");
		att_starts = RegistryAttnum(rel, "starts_on");
		att_ended = RegistryAttnum(rel, "ended_on");
		att_reason = RegistryAttnum(rel, "end_reason");
		cached_relid = RelationGetRelid(rel);
	}
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		oldtup = trigdata->tg_trigtuple;
		newtup = trigdata->tg_newtuple;
		oldstatus = DatumGetVocabularyCode(RegistryGetAttr(oldtup, rel, att_status,
														   &isnull));
	}
	else
		newtup = trigdata->tg_trigtuple;
	newstatus = DatumGetVocabularyCode(RegistryGetAttr(newtup, rel, att_status,
													   &isnull));
	moved = (oldtup == NULL || oldstatus != newstatus);
	code = SPI_getvalue(newtup, RelationGetDescr(rel), att_code);

	/* from proposed on: an owner and a first day */
	if (newstatus != PARTNERSHIP_STATUS_DRAFT)
	{
		bool		owner_null;
		bool		starts_null;
		bool		old_owner_null = true;
		bool		old_starts_null = true;

		(void) RegistryGetAttr(newtup, rel, att_owner, &owner_null);
		(void) RegistryGetAttr(newtup, rel, att_starts, &starts_null);
		if (oldtup != NULL)
		{
			(void) RegistryGetAttr(oldtup, rel, att_owner, &old_owner_null);
			(void) RegistryGetAttr(oldtup, rel, att_starts, &old_starts_null);
		}
		if (owner_null && (moved || !old_owner_null))
			ereport(ERROR,
					errcode(ERRCODE_CHECK_VIOLATION),
					errmsg_cat(MSG_START_NEEDS_OWNER, code, SpanStatusName(newstatus)),
					errdetail_cat(MSG_START_NEEDS_DETAIL),
					errhint_cat(MSG_START_NEEDS_OWNER_HINT),
					errtableconstraint(rel, "partnership_owner_required"));
		if (starts_null && (moved || !old_starts_null))
			ereport(ERROR,
					errcode(ERRCODE_CHECK_VIOLATION),
					errmsg_cat(MSG_START_NEEDS_STARTS_ON, code, SpanStatusName(newstatus)),
					errdetail_cat(MSG_START_NEEDS_DETAIL),
					errhint_cat(MSG_START_NEEDS_STARTS_ON_HINT),
					errtableconstraint(rel, "partnership_starts_on_required"));
	}

	(void) RegistryGetAttr(newtup, rel, att_ended, &ended_null);
	if (!PartnershipStatusIsFinal(newstatus))
	{
		/* ended_on and end_reason belong to the end */
		(void) RegistryGetAttr(newtup, rel, att_reason, &isnull);
		if (!ended_null || !isnull)
			ereport(ERROR,
					errcode(ERRCODE_CHECK_VIOLATION),
					errmsg_cat(MSG_END_NOT_FINAL, code, SpanStatusName(newstatus)),
					errhint_cat(MSG_END_NOT_FINAL_HINT),
					errtableconstraint(rel, "partnership_end_check"));
		return PointerGetDatum(newtup);
	}
	if (oldtup == NULL || PartnershipStatusIsFinal(oldstatus))
		return PointerGetDatum(newtup); /* the lifecycle trigger refused it */

	/* the move into completed or terminated */
	{
		DateADT		today = RegistryToday();
		DateADT		ended_on;
		bool		reason_blank = TextIsBlank(newtup, rel, att_reason);
		char	   *reason;
		Datum		d;

		if (ended_null)
		{
			int			cols[1] = {att_ended};
			Datum		vals[1] = {DateADTGetDatum(today)};
			bool		nulls[1] = {false};

			newtup = heap_modify_tuple_by_cols(newtup, RelationGetDescr(rel), 1,
											   cols, vals, nulls);
			ended_on = today;
		}
		else
			ended_on = DatumGetDateADT(RegistryGetAttr(newtup, rel, att_ended,
													   &isnull));
		if (ended_on > today)
			ereport(ERROR,
					errcode(ERRCODE_CHECK_VIOLATION),
					errmsg_cat(MSG_END_DATE_FUTURE, code, RegistryDateText(ended_on)),
					errhint_cat(MSG_END_DATE_HINT),
					errtablecol(rel, RegistryAttnum(rel, "ended_on")),
					errtableconstraint(rel, "partnership_ended_on_check"));

		/*
		 * A partnership that is called off before its start (activated
		 * ahead of it, or proposed) is terminated on the day it was called
		 * off, during its planning (LifecyclePlanningStart: no earlier
		 * than a year before the start); only completing it needs it to
		 * have started.
		 */
		d = RegistryGetAttr(newtup, rel, att_starts, &isnull);
		if (!isnull && ended_on < DatumGetDateADT(d) &&
			(newstatus != PARTNERSHIP_STATUS_TERMINATED ||
			 ended_on < LifecyclePlanningStart(DatumGetDateADT(d))))
			ereport(ERROR,
					errcode(ERRCODE_CHECK_VIOLATION),
					errmsg_cat(MSG_END_DATE_BEFORE_START, code, RegistryDateText(ended_on),
							   RegistryDateText(DatumGetDateADT(d))),
					errhint_cat(MSG_END_BEFORE_START_HINT),
					errtablecol(rel, RegistryAttnum(rel, "ended_on")),
					errtableconstraint(rel, "partnership_ended_on_check"));
		CheckEndAfterRows(rel, RegistryGetInt64(newtup, rel, att_id), code,
						  ended_on, today);

		if (newstatus == PARTNERSHIP_STATUS_TERMINATED)
		{
			if (reason_blank)
				ereport(ERROR,
						errcode(ERRCODE_CHECK_VIOLATION),
						errmsg_cat(MSG_END_REASON_REQUIRED, code),
						errdetail_cat(MSG_END_REASON_REQUIRED_DETAIL),
						errhint_cat(MSG_END_REASON_REQUIRED_HINT),
						errtablecol(rel, RegistryAttnum(rel, "end_reason")),
						errtableconstraint(rel, "partnership_end_reason_check"));
			reason = MessageFormat(MSG_END_AGREEMENT_TERMINATED, 0, code,
								   RegistryDateText(ended_on),
								   TextDatumGetCString(RegistryGetAttr(newtup, rel,
																	   att_reason,
																	   &isnull)));
		}
		else if (reason_blank)
			reason = MessageFormat(MSG_END_AGREEMENT_COMPLETED, 0, code,
								   RegistryDateText(ended_on));
		else
			reason = MessageFormat(MSG_END_AGREEMENT_COMPLETED_REASON, 0, code,
								   RegistryDateText(ended_on),
								   TextDatumGetCString(RegistryGetAttr(newtup, rel,
																	   att_reason,
																	   &isnull)));

		EndAgreements(RegistryGetInt64(newtup, rel, att_id), ended_on, reason);
	}
	return PointerGetDatum(newtup);
}
