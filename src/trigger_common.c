/*-------------------------------------------------------------------------
 *
 * trigger_common.c
 *	  Helpers shared by the registry's C triggers: checking that a trigger
 *	  function was called the way its CREATE TRIGGER says, preparing SPI
 *	  plans whose text names the extension's schema explicitly (written as
 *	  @extschema@ in the query text and replaced by the quoted schema name
 *	  once, when the plan is prepared and kept), running them under the
 *	  right snapshot, and reading columns of trigger tuples.
 *
 * src/trigger_common.c
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
#include "utils/guc.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "registry.h"

/*
 * Schema and owner of the registry: those of the table the current trigger
 * is on (every registry table is created by the extension script).
 */
static Oid	registry_namespace = InvalidOid;
static Oid	registry_owner = InvalidOid;

/*
 * Check that a trigger function runs as a trigger of the expected timing,
 * level and events, with core's wording (see periods.c and
 * contrib/spi/refint.c); returns the trigger data.
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
				errmsg("function \"%s\" was not called by trigger manager",
					   funcname));

	trigdata = (TriggerData *) fcinfo->context;
	ev = trigdata->tg_event;
	/* every registry trigger sits on a table of the extension's schema */
	registry_namespace = RelationGetNamespace(trigdata->tg_relation);
	registry_owner = RelationGetForm(trigdata->tg_relation)->relowner;

	if (before ? !TRIGGER_FIRED_BEFORE(ev) : !TRIGGER_FIRED_AFTER(ev))
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg("function \"%s\" must be fired %s", funcname,
					   before ? "BEFORE" : "AFTER"));

	if (row ? !TRIGGER_FIRED_FOR_ROW(ev) : !TRIGGER_FIRED_FOR_STATEMENT(ev))
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg("function \"%s\" must be fired for %s", funcname,
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
				errmsg("function \"%s\" cannot be fired for this event",
					   funcname));

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
 */
bool
RegistryRestoring(void)
{
	return application_name != NULL &&
		strcmp(application_name, "pg_restore") == 0 &&
		superuser();
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
 * Prepare and keep a plan.  Every @extschema@ in the text becomes the
 * extension's schema, quoted; the rest of the text qualifies its names
 * with pg_catalog, so the plan means the same whatever the search_path.
 * The caller is connected to SPI.
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

	nspname = get_namespace_name(registry_namespace);
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

	plan = SPI_prepare(buf.data, nargs, argtypes);
	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed for \"%s\": %s", buf.data,
			 SPI_result_code_string(SPI_result));
	if (SPI_keepplan(plan) != 0)
		elog(ERROR, "SPI_keepplan failed");
	pfree(buf.data);
	return plan;
}

/*
 * Run a prepared plan as the caller.  Under REPEATABLE READ and
 * SERIALIZABLE the checks read the latest committed state, as core's
 * foreign keys do: a check made after locking a parent row must see what
 * the previous lock holder wrote.
 */
int
RegistryExecuteAsCaller(SPIPlanPtr plan, Datum *values, const char *nulls,
						long tcount)
{
	int			ret;

	if (IsolationUsesXactSnapshot())
		ret = SPI_execute_snapshot(plan, values, nulls, GetLatestSnapshot(),
								   InvalidSnapshot, false, true, tcount);
	else
		ret = SPI_execute_plan(plan, values, nulls, false, tcount);
	if (ret < 0)
		elog(ERROR, "SPI_execute_plan failed: %s",
			 SPI_result_code_string(ret));
	return ret;
}

/*
 * Run a check or lock as the owner of the registry tables, like core's
 * foreign keys (ri_PerformCheck): the checks must see and lock every row
 * whatever the caller may read, and row-level security does not apply.
 * An error restores the user at (sub)transaction abort.
 */
int
RegistryExecute(SPIPlanPtr plan, Datum *values, const char *nulls,
				long tcount)
{
	Oid			save_userid;
	int			save_sec_context;
	int			ret;

	GetUserIdAndSecContext(&save_userid, &save_sec_context);
	SetUserIdAndSecContext(registry_owner,
						   save_sec_context | SECURITY_LOCAL_USERID_CHANGE |
						   SECURITY_NOFORCE_RLS);
	ret = RegistryExecuteAsCaller(plan, values, nulls, tcount);
	SetUserIdAndSecContext(save_userid, save_sec_context);
	return ret;
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

	if (isnull)
		elog(ERROR, "unexpected null in column %d of \"%s\"", attnum,
			 RelationGetRelationName(rel));
	return DatumGetInt64(d);
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
