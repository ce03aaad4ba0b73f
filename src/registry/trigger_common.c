/*-------------------------------------------------------------------------
 *
 * trigger_common.c
 *	  Helpers shared by the registry's C triggers: checking that a trigger
 *	  function was called the way its CREATE TRIGGER says, on a table of
 *	  the extension; preparing SPI plans whose text names the extension's
 *	  schema explicitly (written as @extschema@ in the query text and
 *	  replaced by the quoted schema name once, when the plan is prepared and
 *	  kept); running them under the right snapshot and under a search_path
 *	  of our own; and reading columns of trigger tuples.
 *
 * Plans run as the registry owner must mean what the extension wrote,
 * whoever calls: every name in their text is qualified (@extschema@,
 * pg_catalog, OPERATOR(pg_catalog.=)), and they are prepared and run with
 * search_path = pg_catalog, pg_temp, so that neither the parse nor a
 * re-parse after an invalidation (the plan cache re-analyses under the
 * current search_path) can resolve anything in a schema or temporary
 * object of the caller.  The schema substituted for @extschema@ is the
 * extension's, never that of the table a trigger fired on, so a kept plan
 * is the same in every context.  See doc/security.md.
 *
 * src/registry/trigger_common.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/pg_type.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/guc.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "registry/registry.h"

/*
 * Owner of the registry: that of the table the current trigger is on,
 * which RegistryTriggerCheck has verified to be one of the extension's.
 */
static Oid	registry_owner = InvalidOid;

/* The only search_path under which the registry's plans are parsed and run. */
#define REGISTRY_SEARCH_PATH "pg_catalog, pg_temp"

/*
 * Check that a trigger function runs as a trigger on one of the
 * extension's tables, of the expected timing, level and events, with
 * core's wording for the latter (see periods.c and contrib/spi/refint.c);
 * returns the trigger data.  The table check comes first: on any other
 * table the function does nothing at all.
 */
TriggerData *
RegistryTriggerCheck(FunctionCallInfo fcinfo, const char *funcname,
					 bool before, bool row, int events)
{
	TriggerData *trigdata;
	TriggerEvent ev;
	int			event;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg_cat(MSG_TRIGGER_NOT_TRIGGER, funcname));

	trigdata = (TriggerData *) fcinfo->context;
	ev = trigdata->tg_event;
	RegistryCheckOwnRelation(trigdata->tg_relation,
							 MessageFormat(MSG_TRIGGER_FUNCTION, 1, funcname));
	registry_owner = RelationGetForm(trigdata->tg_relation)->relowner;

	if (before ? !TRIGGER_FIRED_BEFORE(ev) : !TRIGGER_FIRED_AFTER(ev))
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg_cat(MSG_TRIGGER_WRONG_TIMING, funcname,
						   before ? "BEFORE" : "AFTER"));

	if (row ? !TRIGGER_FIRED_FOR_ROW(ev) : !TRIGGER_FIRED_FOR_STATEMENT(ev))
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg_cat(MSG_TRIGGER_WRONG_LEVEL, funcname,
						   row ? "ROW" : "STATEMENT"));

	if (TRIGGER_FIRED_BY_INSERT(ev))
		event = REGISTRY_ON_INSERT;
	else if (TRIGGER_FIRED_BY_UPDATE(ev))
		event = REGISTRY_ON_UPDATE;
	else if (TRIGGER_FIRED_BY_DELETE(ev))
		event = REGISTRY_ON_DELETE;
	else
		event = REGISTRY_ON_TRUNCATE;

	if ((events & event) == 0)
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg_cat(MSG_TRIGGER_WRONG_EVENT, funcname));

	return trigdata;
}

/*
 * Is this session pg_restore run by a superuser?  Then the registry's
 * triggers let restored rows through unchecked and unaudited: they were
 * checked when first written, the dump holds their audit trail, and a
 * restore loads signed agreements and final partnerships as they are.  A
 * superuser can disable triggers anyway, so this grants nothing new; any
 * other session is checked as always.  (pg_restore names its sessions
 * "pg_restore" unless PGAPPNAME says otherwise.)
 *
 * Any client may call itself pg_restore, so the role the session acts as
 * (the login role, or the one SET ROLE chose) must be a superuser, not
 * only the current user: inside a foreign key's cascade or a SECURITY
 * DEFINER function the current user is the owner, a superuser, whoever
 * started the statement.
 */
bool
RegistryRestoring(void)
{
	return application_name != NULL &&
		strcmp(application_name, "pg_restore") == 0 &&
		superuser() && superuser_arg(GetOuterUserId());
}

/* What a BEFORE ROW trigger returns to let the row through unchanged. */
Datum
RegistryPassThrough(TriggerData *trigdata)
{
	if (!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		TRIGGER_FIRED_AFTER(trigdata->tg_event))
		return PointerGetDatum(NULL);
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
		return PointerGetDatum(trigdata->tg_newtuple);
	return PointerGetDatum(trigdata->tg_trigtuple);
}

/*
 * Set search_path to REGISTRY_SEARCH_PATH until RegistryRestoreSearchPath
 * (or the abort of the (sub)transaction) puts the caller's back, as a
 * function's SET clause does; returns the GUC nesting level to restore.
 */
int
RegistrySetSearchPath(void)
{
	int			nestlevel = NewGUCNestLevel();

	(void) set_config_option("search_path", REGISTRY_SEARCH_PATH,
							 PGC_USERSET, PGC_S_SESSION, GUC_ACTION_SAVE,
							 true, 0, false);
	return nestlevel;
}

void
RegistryRestoreSearchPath(int nestlevel)
{
	AtEOXact_GUC(true, nestlevel);
}

/*
 * Prepare and keep a plan.  Every @extschema@ in the text becomes the
 * extension's schema, quoted; the rest of the text qualifies its names
 * with pg_catalog; and it is parsed under REGISTRY_SEARCH_PATH, so the
 * plan means the same whatever the caller's search_path.  The caller is
 * connected to SPI.
 */
SPIPlanPtr
RegistryPreparePlan(const char *sql, int nargs, Oid *argtypes)
{
	static const char placeholder[] = "@extschema@";
	char	   *nspname;
	const char *schema;
	StringInfoData buf;
	const char *p;
	const char *hit;
	SPIPlanPtr	plan;
	int			nestlevel;

	nspname = get_namespace_name(RegistrySchema());
	if (nspname == NULL)
		elog(ERROR, "schema of the registry tables not found");
	schema = quote_identifier(nspname);

	initStringInfo(&buf);
	for (p = sql; (hit = strstr(p, placeholder)) != NULL;
		 p = hit + sizeof(placeholder) - 1)
	{
		appendBinaryStringInfo(&buf, p, hit - p);
		appendStringInfoString(&buf, schema);
	}
	appendStringInfoString(&buf, p);

	nestlevel = RegistrySetSearchPath();
	plan = SPI_prepare(buf.data, nargs, argtypes);
	RegistryRestoreSearchPath(nestlevel);
	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed for \"%s\": %s", buf.data,
			 SPI_result_code_string(SPI_result));
	if (SPI_keepplan(plan) != 0)
		elog(ERROR, "SPI_keepplan failed");
	pfree(buf.data);
	return plan;
}

/*
 * Run a prepared plan as the caller, under REGISTRY_SEARCH_PATH, through
 * snapshot when it is given (read-only), else the statement's.  Under
 * REPEATABLE READ and SERIALIZABLE the checks read the latest committed
 * state, as core's foreign keys do: a check made after locking a parent
 * row must see what the previous lock holder wrote.
 */
static int
ExecutePlan(SPIPlanPtr plan, Datum *values, const char *nulls,
			Snapshot snapshot, long tcount)
{
	int			ret;
	int			nestlevel = RegistrySetSearchPath();

	if (snapshot != InvalidSnapshot)
		ret = SPI_execute_snapshot(plan, values, nulls, snapshot,
								   InvalidSnapshot, true, false, tcount);
	else if (IsolationUsesXactSnapshot())
		ret = SPI_execute_snapshot(plan, values, nulls, GetLatestSnapshot(),
								   InvalidSnapshot, false, true, tcount);
	else
		ret = SPI_execute_plan(plan, values, nulls, false, tcount);
	RegistryRestoreSearchPath(nestlevel);
	if (ret < 0)
		elog(ERROR, "SPI_execute_plan failed: %s",
			 SPI_result_code_string(ret));
	return ret;
}

int
RegistryExecuteAsCaller(SPIPlanPtr plan, Datum *values, const char *nulls,
						long tcount)
{
	return ExecutePlan(plan, values, nulls, InvalidSnapshot, tcount);
}

/*
 * Run a check or lock as owner (the owner of the registry tables), like core's
 * foreign keys (ri_PerformCheck): the checks must see and lock every row
 * whatever the caller may read, and row-level security does not apply.
 * The switch is a security-restricted operation, as for core's
 * maintenance commands: whatever runs inside cannot change the session
 * (no SET ROLE, no temporary objects, no prepared statements) to outlive
 * it.  An error restores the user at (sub)transaction abort.
 */
static int
ExecuteAsOwner(Oid owner, SPIPlanPtr plan, Datum *values, const char *nulls,
			   Snapshot snapshot, long tcount)
{
	Oid			save_userid;
	int			save_sec_context;
	int			ret;

	if (!OidIsValid(owner))
		elog(ERROR, "registry query run outside a registry trigger");
	GetUserIdAndSecContext(&save_userid, &save_sec_context);
	SetUserIdAndSecContext(owner,
						   save_sec_context | SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_RESTRICTED_OPERATION |
						   SECURITY_NOFORCE_RLS);
	ret = ExecutePlan(plan, values, nulls, snapshot, tcount);
	SetUserIdAndSecContext(save_userid, save_sec_context);
	return ret;
}

int
RegistryExecuteAsOwner(Oid owner, SPIPlanPtr plan, Datum *values,
					   const char *nulls, long tcount)
{
	return ExecuteAsOwner(owner, plan, values, nulls, InvalidSnapshot, tcount);
}

/* The same, as the owner of the table the current trigger fired on. */
int
RegistryExecute(SPIPlanPtr plan, Datum *values, const char *nulls,
				long tcount)
{
	return ExecuteAsOwner(registry_owner, plan, values, nulls, InvalidSnapshot,
						  tcount);
}

/*
 * The rows as they stood before this transaction wrote anything: the
 * latest snapshot, command id 0, so that none of the transaction's own
 * rows, in any of its subtransactions, is visible (every row it inserted
 * is invisible, every row it deleted or updated still visible).
 * Registered; the caller unregisters it.
 */
Snapshot
RegistryBeforeTransactionSnapshot(void)
{
	Snapshot	before = RegisterSnapshot(GetLatestSnapshot());

	before->curcid = FirstCommandId;
	return before;
}

/* RegistryExecute on the rows as they stood before this transaction, read-only. */
int
RegistryExecuteBeforeTransaction(SPIPlanPtr plan, Datum *values,
								 const char *nulls, long tcount)
{
	Snapshot	before = RegistryBeforeTransactionSnapshot();
	int			ret;

	ret = ExecuteAsOwner(registry_owner, plan, values, nulls, before, tcount);
	UnregisterSnapshot(before);
	return ret;
}

/*
 * CURRENT_DATE as the triggers read it: the day the transaction started,
 * in the session's time zone.
 */
DateADT
RegistryToday(void)
{
	TimestampTz start = GetCurrentTransactionStartTimestamp();

	return DatumGetDateADT(DirectFunctionCall1(timestamptz_date,
											   TimestampTzGetDatum(start)));
}

/*
 * The common case of the triggers' lookups: a query with one bigint
 * parameter (an id), prepared and kept on first use in *plan, run as the
 * registry owner.  The caller is connected to SPI.
 */
int
RegistryExecuteById(SPIPlanPtr *plan, const char *sql, int64 id, long tcount)
{
	Datum		values[1];

	if (*plan == NULL)
	{
		Oid			argtypes[1] = {INT8OID};

		*plan = RegistryPreparePlan(sql, 1, argtypes);
	}
	values[0] = Int64GetDatum(id);
	return RegistryExecute(*plan, values, NULL, tcount);
}

/*
 * The same with two bigint parameters: a row's id and the partnership it
 * must belong to.  A lookup by id alone would find another partnership's
 * row, and a trigger's error would then name what the caller may not see
 * (doc/access.md): with the partnership the guard p01_institution let the
 * caller write, a row of any other partnership is simply not found, and the
 * foreign key answers instead.
 */
int
RegistryExecuteByIds(SPIPlanPtr *plan, const char *sql, int64 id,
					 int64 partnership_id, long tcount)
{
	Datum		values[2];

	if (*plan == NULL)
	{
		Oid			argtypes[2] = {INT8OID, INT8OID};

		*plan = RegistryPreparePlan(sql, 2, argtypes);
	}
	values[0] = Int64GetDatum(id);
	values[1] = Int64GetDatum(partnership_id);
	return RegistryExecute(*plan, values, NULL, tcount);
}

/* Attribute number of a column the trigger needs; can't-happen if absent. */
int
RegistryAttnum(Relation rel, const char *colname)
{
	int			attnum = SPI_fnumber(RelationGetDescr(rel), colname);

	if (attnum <= 0)
		elog(ERROR, "column \"%s\" not found in table \"%s\"",
			 colname, RelationGetRelationName(rel));
	return attnum;
}

Datum
RegistryGetAttr(HeapTuple tuple, Relation rel, int attnum, bool *isnull)
{
	return heap_getattr(tuple, attnum, RelationGetDescr(rel), isnull);
}

/* A NOT NULL bigint column (a key). */
int64
RegistryGetInt64(HeapTuple tuple, Relation rel, int attnum)
{
	bool		isnull;
	Datum		d = heap_getattr(tuple, attnum, RelationGetDescr(rel), &isnull);

	/*
	 * BEFORE triggers run before the NOT NULL constraints are checked:
	 * report the NULL as the constraint would.
	 */
	if (isnull)
		ereport(ERROR,
				errcode(ERRCODE_NOT_NULL_VIOLATION),
				errmsg_cat(MSG_REGISTRY_NULL_KEY,
						   NameStr(TupleDescAttr(RelationGetDescr(rel), attnum - 1)->attname),
						   RelationGetRelationName(rel)),
				errtablecol(rel, attnum));
	return DatumGetInt64(d);
}

/*
 * ereport() auxiliary: the table, the column and the constraint of an
 * error, as a client reads them (PG_DIAG_COLUMN_NAME: the import names the
 * cell from it).  errtablecol() and errtableconstraint() together would set
 * the schema and table twice, which elog.c does not allow.
 */
int
errtablecolconstraint(Relation rel, int attnum, const char *conname)
{
	errtableconstraint(rel, conname);
	return err_generic_string(PG_DIAG_COLUMN_NAME,
							  NameStr(TupleDescAttr(RelationGetDescr(rel),
													attnum - 1)->attname));
}

/*
 * Are two versions of a row equal in every column but the listed ones?
 * Compares stored images (detoasting as needed), like core's foreign keys.
 */
bool
RegistryTuplesEqualExcept(Relation rel, HeapTuple a, HeapTuple b,
						  const int *except, int nexcept)
{
	TupleDesc	desc = RelationGetDescr(rel);
	int			i;

	for (i = 1; i <= desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i - 1);
		bool		skip = false;
		bool		nulla;
		bool		nullb;
		Datum		da;
		Datum		db;
		int			j;

		if (att->attisdropped)
			continue;
		for (j = 0; j < nexcept; j++)
			if (except[j] == i)
				skip = true;
		if (skip)
			continue;

		da = heap_getattr(a, i, desc, &nulla);
		db = heap_getattr(b, i, desc, &nullb);
		if (nulla != nullb)
			return false;
		if (!nulla && !datum_image_eq(da, db, att->attbyval, att->attlen))
			return false;
	}
	return true;
}
