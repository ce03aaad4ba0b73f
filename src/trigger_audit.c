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
#include "catalog/pg_index.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/relcache.h"
#include "utils/syscache.h"

#include "registry.h"

PG_FUNCTION_INFO_V1(audit_trigger);
PG_FUNCTION_INFO_V1(audit_refuse_trigger);

typedef struct AuditPlan
{
	Oid			relid;			/* hash key */
	SPIPlanPtr	plan;
} AuditPlan;

static HTAB *audit_plans = NULL;

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

/*
 * AFTER INSERT OR UPDATE OR DELETE FOR EACH ROW on every registry table:
 * one audit row per change.
 */
Datum
audit_trigger(PG_FUNCTION_ARGS)
{
	static text *op_text[3] = {NULL, NULL, NULL};
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

	trigdata = RegistryTriggerCheck(fcinfo, "audit_trigger", false, true,
									REGISTRY_ON_INSERT | REGISTRY_ON_UPDATE |
									REGISTRY_ON_DELETE);
	rel = trigdata->tg_relation;
	desc = RelationGetDescr(rel);

	if (op_text[0] == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);

		op_text[0] = cstring_to_text("INSERT");
		op_text[1] = cstring_to_text("UPDATE");
		op_text[2] = cstring_to_text("DELETE");
		MemoryContextSwitchTo(old);
	}

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
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
	values[0] = PointerGetDatum(op_text[op]);

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
