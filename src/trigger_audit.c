/*-------------------------------------------------------------------------
 *
 * trigger_audit.c
 *	  The audit trail (SPEC 5): an AFTER ROW trigger on every registry table
 *	  writes one audit row per INSERT, UPDATE and DELETE, with who
 *	  (current_user, session_user), when, the table, the primary key of the
 *	  row as jsonb and the row before and after as jsonb.  One INSERT plan
 *	  per table is prepared on first use and kept: it takes the rows as
 *	  values of the table's row type, so the key and the jsonb images are
 *	  built by to_jsonb() without any per-row catalog lookup.  The insert
 *	  runs as the owner of the registry (writers get no privilege on audit);
 *	  the actor is taken before.  A second trigger makes audit append-only.
 *
 * src/trigger_audit.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "executor/tuptable.h"
#include "catalog/pg_index.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/array.h"
#include "utils/hsearch.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/relcache.h"
#include "utils/syscache.h"
#include "utils/tuplestore.h"

#include "registry.h"

PG_FUNCTION_INFO_V1(audit_trigger);
PG_FUNCTION_INFO_V1(audit_refuse_trigger);

typedef struct AuditPlan
{
	Oid			relid;			/* hash key */
	SPIPlanPtr	plan;
} AuditPlan;

static HTAB *audit_plans = NULL;

/* The operation names, as text datums kept for the backend's life. */
static Datum
AuditOpText(int op)
{
	static text *op_text[3] = {NULL, NULL, NULL};

	if (op_text[0] == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);

		op_text[0] = cstring_to_text("INSERT");
		op_text[1] = cstring_to_text("UPDATE");
		op_text[2] = cstring_to_text("DELETE");
		MemoryContextSwitchTo(old);
	}
	return PointerGetDatum(op_text[op]);
}

/*
 * INSERT INTO audit (...) VALUES (..., $1 operation, key of $2,
 * to_jsonb($3) old, to_jsonb($4) new), where $2..$4 are of the table's
 * row type and $2 is the row that exists (new, or old for DELETE).
 */
static SPIPlanPtr
AuditPlanFor(Relation rel)
{
	Oid			relid = RelationGetRelid(rel);
	AuditPlan  *entry;
	bool		found;
	StringInfoData sql;
	StringInfoData key;
	Oid			pkoid;
	Oid			argtypes[6];
	const char *pidexpr;
	HeapTuple	indtup;
	Form_pg_index index;
	int			i;

	if (audit_plans == NULL)
	{
		HASHCTL		ctl;

		ctl.keysize = sizeof(Oid);
		ctl.entrysize = sizeof(AuditPlan);
		ctl.hcxt = TopMemoryContext;
		audit_plans = hash_create("partnership audit plans", 32, &ctl,
								  HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	entry = hash_search(audit_plans, &relid, HASH_FIND, NULL);
	if (entry != NULL)
		return entry->plan;

	/* the row key: the primary key columns */
	pkoid = RelationGetPrimaryKeyIndex(rel);
	if (!OidIsValid(pkoid))
		elog(ERROR, "table \"%s\" has no primary key", RelationGetRelationName(rel));
	indtup = SearchSysCache1(INDEXRELID, ObjectIdGetDatum(pkoid));
	if (!HeapTupleIsValid(indtup))
		elog(ERROR, "cache lookup failed for index %u", pkoid);
	index = (Form_pg_index) GETSTRUCT(indtup);
	initStringInfo(&key);
	for (i = 0; i < index->indnkeyatts; i++)
	{
		const char *col;

		col = NameStr(TupleDescAttr(RelationGetDescr(rel),
									index->indkey.values[i] - 1)->attname);
		if (i > 0)
			appendStringInfoString(&key, ", ");
		appendStringInfo(&key, "%s, ($2).%s", quote_literal_cstr(col),
						 quote_identifier(col));
	}
	ReleaseSysCache(indtup);

	if (strcmp(RelationGetRelationName(rel), "partnership") == 0)
		pidexpr = "($2).id";
	else if (SPI_fnumber(RelationGetDescr(rel), "partnership_id") > 0)
		pidexpr = "($2).partnership_id";
	else
		pidexpr = "NULL";

	initStringInfo(&sql);
	appendStringInfo(&sql,
					 "INSERT INTO @extschema@.audit"
					 " (actor, session_actor, relation, operation, partnership_id,"
					 " row_key, old, new)"
					 " VALUES ($5, $6, %s, $1, %s,"
					 " pg_catalog.jsonb_build_object(%s),"
					 " pg_catalog.to_jsonb($3), pg_catalog.to_jsonb($4))",
					 quote_literal_cstr(RelationGetRelationName(rel)),
					 pidexpr, key.data);

	argtypes[0] = TEXTOID;
	argtypes[1] = argtypes[2] = argtypes[3] = RelationGetForm(rel)->reltype;
	argtypes[4] = argtypes[5] = NAMEOID;

	entry = hash_search(audit_plans, &relid, HASH_ENTER, &found);
	entry->plan = NULL;
	PG_TRY();
	{
		entry->plan = RegistryPreparePlan(sql.data, 6, argtypes);
	}
	PG_CATCH();
	{
		hash_search(audit_plans, &relid, HASH_REMOVE, NULL);
		PG_RE_THROW();
	}
	PG_END_TRY();
	return entry->plan;
}

/* ----------------------------------------------------------------
 * Statement-level audit: one prepared INSERT ... SELECT per table and
 * operation, fed with the statement's transition tables as arrays of the
 * table's row type (in batches), so a multi-row statement pays one executor
 * start per batch instead of one per row.  The old and new images of an
 * UPDATE are paired by position: the transition tables hold them in the
 * order the rows were updated, and two unnest() calls in one select list
 * advance in lockstep.
 * ----------------------------------------------------------------
 */

#define AUDIT_BATCH_ROWS 1000

typedef struct AuditBatchPlan
{
	Oid			relid;			/* hash key */
	SPIPlanPtr	plans[3];		/* INSERT, UPDATE, DELETE */
	Oid			rowtype;
	int16		typlen;
	bool		typbyval;
	char		typalign;
} AuditBatchPlan;

static HTAB *audit_batch_plans = NULL;

static AuditBatchPlan *
AuditBatchPlanFor(Relation rel, int op)
{
	static const char *const opname[3] = {"INSERT", "UPDATE", "DELETE"};
	Oid			relid = RelationGetRelid(rel);
	AuditBatchPlan *entry;
	bool		found;
	StringInfoData sql;
	StringInfoData key;
	const char *row;
	const char *pidcol;
	Oid			pkoid;
	HeapTuple	indtup;
	Form_pg_index index;
	Oid			argtypes[4];
	int			nargs;
	int			i;

	if (audit_batch_plans == NULL)
	{
		HASHCTL		ctl;

		ctl.keysize = sizeof(Oid);
		ctl.entrysize = sizeof(AuditBatchPlan);
		ctl.hcxt = TopMemoryContext;
		audit_batch_plans = hash_create("partnership audit batch plans", 32,
										&ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	entry = hash_search(audit_batch_plans, &relid, HASH_ENTER, &found);
	if (!found)
	{
		memset(entry->plans, 0, sizeof(entry->plans));
		entry->rowtype = RelationGetForm(rel)->reltype;
		get_typlenbyvalalign(entry->rowtype, &entry->typlen,
							 &entry->typbyval, &entry->typalign);
	}
	if (entry->plans[op] != NULL)
		return entry;

	/* the row that exists after the statement: new, or old for DELETE */
	row = (op == 2) ? "u.o" : "u.n";

	pkoid = RelationGetPrimaryKeyIndex(rel);
	if (!OidIsValid(pkoid))
		elog(ERROR, "table \"%s\" has no primary key", RelationGetRelationName(rel));
	indtup = SearchSysCache1(INDEXRELID, ObjectIdGetDatum(pkoid));
	if (!HeapTupleIsValid(indtup))
		elog(ERROR, "cache lookup failed for index %u", pkoid);
	index = (Form_pg_index) GETSTRUCT(indtup);
	initStringInfo(&key);
	for (i = 0; i < index->indnkeyatts; i++)
	{
		const char *col;

		col = NameStr(TupleDescAttr(RelationGetDescr(rel),
									index->indkey.values[i] - 1)->attname);
		if (i > 0)
			appendStringInfoString(&key, ", ");
		appendStringInfo(&key, "%s, (%s).%s", quote_literal_cstr(col), row,
						 quote_identifier(col));
	}
	ReleaseSysCache(indtup);

	if (strcmp(RelationGetRelationName(rel), "partnership") == 0)
		pidcol = "id";
	else if (SPI_fnumber(RelationGetDescr(rel), "partnership_id") > 0)
		pidcol = "partnership_id";
	else
		pidcol = NULL;

	initStringInfo(&sql);
	appendStringInfo(&sql,
					 "INSERT INTO @extschema@.audit"
					 " (actor, session_actor, relation, operation, partnership_id,"
					 " row_key, old, new)"
					 " SELECT $1, $2, %s, %s, ",
					 quote_literal_cstr(RelationGetRelationName(rel)),
					 quote_literal_cstr(opname[op]));
	if (pidcol)
		appendStringInfo(&sql, "(%s).%s, ", row, pidcol);
	else
		appendStringInfoString(&sql, "NULL, ");
	appendStringInfo(&sql, "pg_catalog.jsonb_build_object(%s), %s, %s",
					 key.data,
					 op == 0 ? "NULL" : "pg_catalog.to_jsonb(u.o)",
					 op == 2 ? "NULL" : "pg_catalog.to_jsonb(u.n)");
	/* set-returning functions in one select list advance in lockstep */
	if (op == 0)
		appendStringInfoString(&sql, " FROM (SELECT pg_catalog.unnest($3) AS n) AS u");
	else if (op == 1)
		appendStringInfoString(&sql, " FROM (SELECT pg_catalog.unnest($3) AS o,"
							   " pg_catalog.unnest($4) AS n) AS u");
	else
		appendStringInfoString(&sql, " FROM (SELECT pg_catalog.unnest($3) AS o) AS u");

	argtypes[0] = argtypes[1] = NAMEOID;
	argtypes[2] = argtypes[3] = get_array_type(entry->rowtype);
	if (!OidIsValid(argtypes[2]))
		elog(ERROR, "row type of \"%s\" has no array type",
			 RelationGetRelationName(rel));
	nargs = (op == 1) ? 4 : 3;
	entry->plans[op] = RegistryPreparePlan(sql.data, nargs, argtypes);
	return entry;
}

/* Read the next row of a transition table as a composite datum. */
static bool
AuditNextRow(Tuplestorestate *ts, int readptr, TupleTableSlot *slot,
			 Datum *result)
{
	HeapTuple	tuple;
	bool		should_free;

	tuplestore_select_read_pointer(ts, readptr);
	if (!tuplestore_gettupleslot(ts, true, false, slot))
		return false;
	tuple = ExecFetchSlotHeapTuple(slot, false, &should_free);
	*result = heap_copy_tuple_as_datum(tuple, slot->tts_tupleDescriptor);
	if (should_free)
		heap_freetuple(tuple);
	return true;
}

static void
AuditStatement(TriggerData *trigdata, Datum actor, Datum session_actor)
{
	Relation	rel = trigdata->tg_relation;
	TupleDesc	desc = RelationGetDescr(rel);
	int			op;
	AuditBatchPlan *entry;
	Tuplestorestate *oldts = NULL;
	Tuplestorestate *newts = NULL;
	int			oldptr = 0;
	int			newptr = 0;
	TupleTableSlot *slot;
	Datum	   *olds;
	Datum	   *news;
	MemoryContext batchcxt;
	MemoryContext oldcxt;
	bool		more = true;
	int			batches = 0;

	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
		op = 0;
	else if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
		op = 1;
	else
		op = 2;
	if (op != 0)
		oldts = trigdata->tg_oldtable;
	if (op != 2)
		newts = trigdata->tg_newtable;
	if ((op != 0 && oldts == NULL) || (op != 2 && newts == NULL))
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg("statement-level \"audit_trigger\" needs the transition tables of its event"),
				errhint("Create it with REFERENCING OLD TABLE and/or NEW TABLE."));

	/* read with our own pointers: other triggers may read these too */
	if (oldts)
	{
		oldptr = tuplestore_alloc_read_pointer(oldts, 0);
		tuplestore_select_read_pointer(oldts, oldptr);
		tuplestore_rescan(oldts);
	}
	if (newts)
	{
		newptr = tuplestore_alloc_read_pointer(newts, 0);
		tuplestore_select_read_pointer(newts, newptr);
		tuplestore_rescan(newts);
	}

	entry = AuditBatchPlanFor(rel, op);
	slot = MakeSingleTupleTableSlot(desc, &TTSOpsMinimalTuple);
	olds = palloc(sizeof(Datum) * AUDIT_BATCH_ROWS);
	news = palloc(sizeof(Datum) * AUDIT_BATCH_ROWS);
	batchcxt = AllocSetContextCreate(CurrentMemoryContext,
									 "partnership audit batch",
									 ALLOCSET_DEFAULT_SIZES);

	while (more)
	{
		bool		first = (batches++ == 0);
		int			n = 0;
		Datum		values[4];

		oldcxt = MemoryContextSwitchTo(batchcxt);
		while (n < AUDIT_BATCH_ROWS)
		{
			bool		got_old = false;
			bool		got_new = false;

			if (oldts)
				got_old = AuditNextRow(oldts, oldptr, slot, &olds[n]);
			if (newts)
				got_new = AuditNextRow(newts, newptr, slot, &news[n]);
			if (oldts == NULL)
				got_old = got_new;
			if (newts == NULL)
				got_new = got_old;
			if (!got_old || !got_new)
			{
				if (got_old != got_new)
					elog(ERROR, "transition tables of \"%s\" differ in length",
						 RelationGetRelationName(rel));
				more = false;
				break;
			}
			n++;
		}
		if (n == 1 && !more && first)
		{
			/* a one-row statement: the plain VALUES plan is cheaper */
			Datum		rv[6];
			char		rn[6] = {' ', ' ', ' ', ' ', ' ', ' '};

			rv[0] = AuditOpText(op);
			rv[1] = (op == 2) ? olds[0] : news[0];
			rv[2] = (op == 0) ? (Datum) 0 : olds[0];
			rv[3] = (op == 2) ? (Datum) 0 : news[0];
			if (op == 0)
				rn[2] = 'n';
			if (op == 2)
				rn[3] = 'n';
			rv[4] = actor;
			rv[5] = session_actor;
			MemoryContextSwitchTo(oldcxt);
			if (RegistryExecute(AuditPlanFor(rel), rv, rn, 0) != SPI_OK_INSERT)
				elog(ERROR, "could not write the audit row for \"%s\"",
					 RelationGetRelationName(rel));
		}
		else if (n > 0)
		{
			values[0] = actor;
			values[1] = session_actor;
			if (op == 0)
				values[2] = PointerGetDatum(construct_array(news, n, entry->rowtype,
															entry->typlen, entry->typbyval,
															entry->typalign));
			else
			{
				values[2] = PointerGetDatum(construct_array(olds, n, entry->rowtype,
															entry->typlen, entry->typbyval,
															entry->typalign));
				if (op == 1)
					values[3] = PointerGetDatum(construct_array(news, n, entry->rowtype,
																entry->typlen, entry->typbyval,
																entry->typalign));
			}
			MemoryContextSwitchTo(oldcxt);
			if (RegistryExecute(entry->plans[op], values, NULL, 0) != SPI_OK_INSERT)
				elog(ERROR, "could not write the audit rows for \"%s\"",
					 RelationGetRelationName(rel));
		}
		else
			MemoryContextSwitchTo(oldcxt);
		/* the slot may own a tuple read from a spilled tuplestore into batchcxt */
		ExecClearTuple(slot);
		MemoryContextReset(batchcxt);
	}
	ExecDropSingleTupleTableSlot(slot);
	MemoryContextDelete(batchcxt);
}

/*
 * AFTER INSERT OR UPDATE OR DELETE on every registry table: one audit row
 * per row changed.  FOR EACH STATEMENT with the transition tables (how the
 * extension installs it), or FOR EACH ROW.
 */
Datum
audit_trigger(PG_FUNCTION_ARGS)
{
		TriggerData *trigdata;
	Relation	rel;
	TupleDesc	desc;
	SPIPlanPtr	plan;
	Datum		values[6];
	char		nulls[6] = {' ', ' ', ' ', ' ', ' ', ' '};
	static Oid	actor_id = InvalidOid;
	static Oid	session_actor_id = InvalidOid;
	static NameData actor;
	static NameData session_actor;
	int			op;

	if (CALLED_AS_TRIGGER(fcinfo) &&
		TRIGGER_FIRED_FOR_STATEMENT(((TriggerData *) fcinfo->context)->tg_event))
		trigdata = RegistryTriggerCheck(fcinfo, "audit_trigger", false, false,
										REGISTRY_ON_INSERT | REGISTRY_ON_UPDATE |
										REGISTRY_ON_DELETE);
	else
		trigdata = RegistryTriggerCheck(fcinfo, "audit_trigger", false, true,
										REGISTRY_ON_INSERT | REGISTRY_ON_UPDATE |
										REGISTRY_ON_DELETE);
	if (RegistryRestoring())
		return RegistryPassThrough(trigdata);
	rel = trigdata->tg_relation;
	desc = RelationGetDescr(rel);

	/* who: taken before the insert runs as the owner of the registry */
	if (actor_id != GetUserId())
	{
		namestrcpy(&actor, GetUserNameFromId(GetUserId(), false));
		actor_id = GetUserId();
	}
	if (session_actor_id != GetSessionUserId())
	{
		namestrcpy(&session_actor, GetUserNameFromId(GetSessionUserId(), false));
		session_actor_id = GetSessionUserId();
	}

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	if (TRIGGER_FIRED_FOR_STATEMENT(trigdata->tg_event))
	{
		AuditStatement(trigdata, NameGetDatum(&actor), NameGetDatum(&session_actor));
		SPI_finish();
		return PointerGetDatum(NULL);
	}

	plan = AuditPlanFor(rel);

	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
	{
		op = 0;
		values[1] = values[3] = heap_copy_tuple_as_datum(trigdata->tg_trigtuple, desc);
		values[2] = (Datum) 0;
		nulls[2] = 'n';
	}
	else if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		op = 1;
		values[2] = heap_copy_tuple_as_datum(trigdata->tg_trigtuple, desc);
		values[1] = values[3] = heap_copy_tuple_as_datum(trigdata->tg_newtuple, desc);
	}
	else
	{
		op = 2;
		values[1] = values[2] = heap_copy_tuple_as_datum(trigdata->tg_trigtuple, desc);
		values[3] = (Datum) 0;
		nulls[3] = 'n';
	}
	values[0] = AuditOpText(op);

	values[4] = NameGetDatum(&actor);
	values[5] = NameGetDatum(&session_actor);

	if (RegistryExecute(plan, values, nulls, 0) != SPI_OK_INSERT)
		elog(ERROR, "could not write the audit row for \"%s\"",
			 RelationGetRelationName(rel));
	SPI_finish();
	return PointerGetDatum(NULL);
}

/*
 * BEFORE UPDATE OR DELETE FOR EACH ROW, and BEFORE TRUNCATE, on audit:
 * the trail is append-only.
 */
Datum
audit_refuse_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;
	const char *what;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg("function \"%s\" was not called by trigger manager",
					   "audit_refuse_trigger"));
	trigdata = (TriggerData *) fcinfo->context;
	if (!TRIGGER_FIRED_BEFORE(trigdata->tg_event))
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg("function \"%s\" must be fired BEFORE",
					   "audit_refuse_trigger"));
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
		what = "updated";
	else if (TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
		what = "deleted";
	else if (TRIGGER_FIRED_BY_TRUNCATE(trigdata->tg_event))
		what = "truncated";
	else
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg("function \"%s\" must be fired for UPDATE, DELETE or TRUNCATE",
					   "audit_refuse_trigger"));

	ereport(ERROR,
			errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			errmsg("audit rows cannot be %s", what),
			errdetail("Table \"%s\" is an append-only trail.",
					  RelationGetRelationName(trigdata->tg_relation)),
			errtable(trigdata->tg_relation));
	PG_RETURN_NULL();			/* keep compiler quiet */
}
