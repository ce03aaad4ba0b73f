/*-------------------------------------------------------------------------
 *
 * staging.c
 *	  Who staged a row of the import's staging tables (partnership_import.*,
 *	  doc/import.md#the-staging-tables).  A BEFORE ROW trigger records the
 *	  current user as staged_by on every insert, whatever the row says, so
 *	  that no role stages rows in another's name for that role's import();
 *	  an update keeps the row's staged_by.  With multi-institution mode on,
 *	  a role changes or deletes only the rows it staged itself (a superuser
 *	  or the registry owner any): the tables are one scratch space that
 *	  every write role shares, since \copy refuses a table under row-level
 *	  security (doc/access.md#the-imports-staging-sheets).  The roles then
 *	  also share each table's line sequence, so a row's line must be one
 *	  the sequence has handed out: a line staged ahead of it would be
 *	  taken from the role the sequence hands it to next, which could then
 *	  stage nothing (a duplicate key) and could not remove the row in its
 *	  way.  For the same reason the write level may draw from the
 *	  sequences but not set them.
 *
 *	  A BEFORE INSERT statement trigger numbers a sheet's lines from 2 again
 *	  when it is staged into an empty table (with the mode off), so that a
 *	  problem's line stays the row Excel shows after the staged rows were
 *	  deleted or their \copy rolled back.
 *
 * src/import/staging.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/tableam.h"
#include "catalog/dependency.h"
#include "commands/trigger.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "storage/bufmgr.h"
#include "storage/procarray.h"
#include "utils/fmgroids.h"
#include "utils/fmgrprotos.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "messages.h"
#include "registry/registry.h"

PG_FUNCTION_INFO_V1(import_staging_trigger);
PG_FUNCTION_INFO_V1(import_lines_trigger);

/* The first line of a sheet: line 1 is its header. */
#define IMPORT_FIRST_LINE 2

/*
 * The trigger data of funcname, called as a trigger on one of the
 * extension's staging tables (on any other table it does nothing at all).
 */
static TriggerData *
StagingTriggerData(FunctionCallInfo fcinfo, const char *funcname)
{
	TriggerData *trigdata;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg_cat(MSG_TRIGGER_NOT_TRIGGER, funcname));
	trigdata = (TriggerData *) fcinfo->context;
	RegistryCheckOwnStagingTable(trigdata->tg_relation,
								 MessageFormat(MSG_TRIGGER_FUNCTION, 1, funcname));
	return trigdata;
}

/*
 * With multi-institution mode on, refuse a staged row whose line is ahead
 * of the table's line sequence (see the head of this file).  The line the
 * identity default drew is never ahead: the sequence handed it out before
 * this trigger runs.
 */
/*
 * The staging table's line sequence (its line identity).  Looked up in
 * pg_depend once per table and kept: the row check runs for every staged
 * row, and a table keeps its identity sequence while it keeps its OID.
 */
static Oid
StagingLineSequence(Relation rel)
{
	static Oid	cached_relid = InvalidOid;
	static Oid	cached_seqid = InvalidOid;

	if (cached_relid != RelationGetRelid(rel))
	{
		cached_seqid = getIdentitySequence(RelationGetRelid(rel),
										   RegistryAttnum(rel, "line"), false);
		cached_relid = RelationGetRelid(rel);
	}
	return cached_seqid;
}

static void
StagingCheckLine(Relation rel, HeapTuple tuple)
{
	int			att = RegistryAttnum(rel, "line");
	Oid			seqid;
	bool		isnull;
	int64		line;
	int64		handed_out = PG_INT64_MIN;
	LOCAL_FCINFO(fcinfo, 1);
	Datum		last;

	line = DatumGetInt64(heap_getattr(tuple, att, RelationGetDescr(rel), &isnull));
	if (isnull)
		return;					/* the primary key refuses it */
	seqid = StagingLineSequence(rel);

	/* NULL: the sequence has handed nothing out yet */
	InitFunctionCallInfoData(*fcinfo, NULL, 1, InvalidOid, NULL, NULL);
	fcinfo->args[0].value = ObjectIdGetDatum(seqid);
	fcinfo->args[0].isnull = false;
	last = pg_sequence_last_value(fcinfo);
	if (!fcinfo->isnull)
		handed_out = DatumGetInt64(last);
	if (line > handed_out)
		ereport(ERROR,
				errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				errmsg_cat(MSG_IMPORT_STAGED_LINE_AHEAD, line,
						   RelationGetRelationName(rel)),
				errdetail_cat(MSG_IMPORT_STAGED_LINE_AHEAD_DETAIL),
				errhint_cat(MSG_IMPORT_STAGED_LINE_AHEAD_HINT),
				errtablecol(rel, att));
}

/*
 * BEFORE INSERT OR UPDATE OR DELETE FOR EACH ROW on each staging table.
 */
Datum
import_staging_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;
	Relation	rel;
	TupleDesc	desc;
	int			att;
	int			cols[1];
	Datum		vals[1];
	bool		nulls[1] = {false};
	NameData	me;

	trigdata = StagingTriggerData(fcinfo, "import_staging_trigger");
	rel = trigdata->tg_relation;
	if (!TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		TRIGGER_FIRED_BY_TRUNCATE(trigdata->tg_event))
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg_cat(MSG_TRIGGER_WRONG_EVENT, "import_staging_trigger"));
	if (RegistryRestoring())
		return RegistryPassThrough(trigdata);
	desc = RelationGetDescr(rel);
	att = RegistryAttnum(rel, "staged_by");
	namestrcpy(&me, GetUserNameFromId(GetUserId(), false));
	cols[0] = att;

	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
	{
		if (InstitutionRestricted())
			StagingCheckLine(rel, trigdata->tg_trigtuple);
		vals[0] = NameGetDatum(&me);
		return PointerGetDatum(heap_modify_tuple_by_cols(trigdata->tg_trigtuple,
														 desc, 1, cols, vals,
														 nulls));
	}

	/* UPDATE or DELETE: the row's own role, unless the mode is off */
	if (InstitutionRestricted())
	{
		bool		isnull;
		Datum		owner = heap_getattr(trigdata->tg_trigtuple, att, desc, &isnull);

		if (isnull || strcmp(NameStr(*DatumGetName(owner)), NameStr(me)) != 0)
			ereport(ERROR,
					errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
					errmsg_cat(MSG_IMPORT_STAGED_OTHER, RelationGetRelationName(rel),
							   isnull ? "-" : NameStr(*DatumGetName(owner))),
					errdetail_cat(MSG_IMPORT_STAGED_OTHER_DETAIL),
					errhint_cat(MSG_IMPORT_STAGED_OTHER_HINT),
					errtable(rel));
	}
	if (TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
		return PointerGetDatum(trigdata->tg_trigtuple);

	/* an update keeps who staged the row, and a line moves only backwards */
	{
		bool		isnull;

		if (InstitutionRestricted())
			StagingCheckLine(rel, trigdata->tg_newtuple);

		vals[0] = heap_getattr(trigdata->tg_trigtuple, att, desc, &isnull);
		nulls[0] = isnull;
		return PointerGetDatum(heap_modify_tuple_by_cols(trigdata->tg_newtuple,
														 desc, 1, cols, vals,
														 nulls));
	}
}

/*
 * Does the table hold a row that is, or may again be, there: committed and
 * not deleted, being staged by a transaction still running, or deleted by
 * one still running (this one's own DELETE, which a ROLLBACK undoes)?  Only
 * rows deleted for good or never committed leave the table empty, so that
 * the lines never start again below a line that a rollback brings back.
 */
static bool
StagingTableHasRows(Relation rel)
{
	TransactionId oldest = GetOldestNonRemovableTransactionId(rel);
	TableScanDesc scan = table_beginscan(rel, SnapshotAny, 0, NULL);
	HeapScanDesc hscan = (HeapScanDesc) scan;
	HeapTuple	tuple;
	bool		found = false;

	while (!found && (tuple = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		LockBuffer(hscan->rs_cbuf, BUFFER_LOCK_SHARE);
		switch (HeapTupleSatisfiesVacuum(tuple, oldest, hscan->rs_cbuf))
		{
			case HEAPTUPLE_DEAD:
			case HEAPTUPLE_RECENTLY_DEAD:
				break;
			case HEAPTUPLE_LIVE:
			case HEAPTUPLE_INSERT_IN_PROGRESS:
			case HEAPTUPLE_DELETE_IN_PROGRESS:
				found = true;
				break;
		}
		LockBuffer(hscan->rs_cbuf, BUFFER_LOCK_UNLOCK);
	}
	table_endscan(scan);
	return found;
}

/*
 * BEFORE INSERT FOR EACH STATEMENT on each staging table: into an empty
 * table, the lines count from IMPORT_FIRST_LINE again.  The sequence is
 * the table's (its line identity), set as the table's owner, since the
 * roles that stage may only draw from it.  With multi-institution mode on
 * the lines count on: another role may be staging rows this one cannot see.
 */
Datum
import_lines_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;
	Relation	rel;
	Oid			seqid;
	Oid			save_userid;
	int			save_sec_context;

	trigdata = StagingTriggerData(fcinfo, "import_lines_trigger");
	rel = trigdata->tg_relation;
	if (!TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_STATEMENT(trigdata->tg_event) ||
		!TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg_cat(MSG_TRIGGER_WRONG_EVENT, "import_lines_trigger"));
	if (RegistryRestoring() || InstitutionModeOn() || StagingTableHasRows(rel))
		return PointerGetDatum(NULL);

	seqid = StagingLineSequence(rel);
	GetUserIdAndSecContext(&save_userid, &save_sec_context);
	SetUserIdAndSecContext(RelationGetForm(rel)->relowner,
						   save_sec_context | SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_RESTRICTED_OPERATION);
	PG_TRY();
	{
		(void) DirectFunctionCall3(setval3_oid, ObjectIdGetDatum(seqid),
								   Int64GetDatum(IMPORT_FIRST_LINE),
								   BoolGetDatum(false));
	}
	PG_FINALLY();
	{
		SetUserIdAndSecContext(save_userid, save_sec_context);
	}
	PG_END_TRY();
	return PointerGetDatum(NULL);
}
