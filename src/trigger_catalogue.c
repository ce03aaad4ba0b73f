/*-------------------------------------------------------------------------
 *
 * trigger_catalogue.c
 *	  The preloaded catalogues (clause_kind, criterion, rule) and pg_dump.
 *	  Rows shipped by the extension carry builtin = true and are left out of
 *	  dumps (pg_extension_config_dump ... 'WHERE NOT builtin'), because the
 *	  install script re-creates them.  So that a DBA's edit of a shipped row
 *	  survives a dump and restore:
 *	  - catalogue_edit_trigger (BEFORE INSERT OR UPDATE) clears builtin when
 *	    a shipped row is changed, and lets no one but an extension script
 *	    set it, so the edited row is dumped;
 *	  - catalogue_merge_trigger (BEFORE INSERT, ENABLE ALWAYS so it also
 *	    fires during a restore with session_replication_role = replica)
 *	    turns the restored INSERT of an edited row into an UPDATE of the
 *	    shipped row the install script has just created, instead of a
 *	    duplicate key error.
 *
 * src/trigger_catalogue.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "commands/extension.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"
#include "utils/rel.h"

#include "registry.h"

PG_FUNCTION_INFO_V1(catalogue_edit_trigger);
PG_FUNCTION_INFO_V1(catalogue_merge_trigger);

static HeapTuple
SetBuiltin(Relation rel, HeapTuple tuple, int attnum, bool value)
{
	int			cols[1] = {attnum};
	Datum		vals[1] = {BoolGetDatum(value)};
	bool		nulls[1] = {false};

	return heap_modify_tuple_by_cols(tuple, RelationGetDescr(rel), 1, cols,
									 vals, nulls);
}

/*
 * BEFORE INSERT OR UPDATE FOR EACH ROW on a catalogue: builtin is true only
 * for unedited rows that an extension script wrote.
 */
Datum
catalogue_edit_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;
	Relation	rel;
	int			attnum;
	bool		isnull;
	HeapTuple	newtup;

	trigdata = RegistryTriggerCheck(fcinfo, "catalogue_edit_trigger", true,
									true, REGISTRY_ON_INSERT | REGISTRY_ON_UPDATE);
	if (RegistryRestoring())
		return RegistryPassThrough(trigdata);
	rel = trigdata->tg_relation;
	attnum = RegistryAttnum(rel, "builtin");	/* cold path: catalogue edits */

	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
	{
		newtup = trigdata->tg_trigtuple;
		if (!creating_extension &&
			DatumGetBool(RegistryGetAttr(newtup, rel, attnum, &isnull)))
			newtup = SetBuiltin(rel, newtup, attnum, false);
		return PointerGetDatum(newtup);
	}

	newtup = trigdata->tg_newtuple;
	if (!creating_extension)
	{
		bool		oldbuiltin;
		int			except[1] = {attnum};

		oldbuiltin = DatumGetBool(RegistryGetAttr(trigdata->tg_trigtuple, rel,
												  attnum, &isnull));
		/* an edit of a shipped row makes it the DBA's, so it is dumped */
		if (oldbuiltin &&
			!RegistryTuplesEqualExcept(rel, trigdata->tg_trigtuple, newtup,
									   except, 1))
			oldbuiltin = false;
		if (DatumGetBool(RegistryGetAttr(newtup, rel, attnum, &isnull)) != oldbuiltin)
			newtup = SetBuiltin(rel, newtup, attnum, oldbuiltin);
	}
	return PointerGetDatum(newtup);
}

typedef struct MergePlan
{
	Oid			relid;
	SPIPlanPtr	plan;
} MergePlan;

static HTAB *merge_plans = NULL;

/* UPDATE the shipped row of the same code with every column of $1. */
static SPIPlanPtr
MergePlanFor(Relation rel)
{
	Oid			relid = RelationGetRelid(rel);
	MergePlan  *entry;
	TupleDesc	desc = RelationGetDescr(rel);
	StringInfoData cols;
	StringInfoData vals;
	StringInfoData sql;
	Oid			argtypes[1];
	int			i;

	if (merge_plans == NULL)
	{
		HASHCTL		ctl;

		ctl.keysize = sizeof(Oid);
		ctl.entrysize = sizeof(MergePlan);
		ctl.hcxt = TopMemoryContext;
		merge_plans = hash_create("partnership catalogue plans", 8, &ctl,
								  HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	entry = hash_search(merge_plans, &relid, HASH_FIND, NULL);
	if (entry != NULL)
		return entry->plan;

	initStringInfo(&cols);
	initStringInfo(&vals);
	for (i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);
		const char *name;

		if (att->attisdropped || att->attgenerated)
			continue;
		name = quote_identifier(NameStr(att->attname));
		if (strcmp(NameStr(att->attname), "code") == 0)
			continue;
		if (cols.len > 0)
		{
			appendStringInfoString(&cols, ", ");
			appendStringInfoString(&vals, ", ");
		}
		appendStringInfoString(&cols, name);
		appendStringInfo(&vals, "($1).%s", name);
	}
	initStringInfo(&sql);
	appendStringInfo(&sql,
					 "UPDATE ONLY @extschema@.%s AS t SET (%s) = ROW(%s)"
					 " WHERE t.code OPERATOR(pg_catalog.=) ($1).code AND t.builtin",
					 quote_identifier(RelationGetRelationName(rel)),
					 cols.data, vals.data);
	argtypes[0] = RelationGetForm(rel)->reltype;

	{
		SPIPlanPtr	plan = RegistryPreparePlan(sql.data, 1, argtypes);
		bool		found;

		entry = hash_search(merge_plans, &relid, HASH_ENTER, &found);
		entry->plan = plan;
	}
	return entry->plan;
}

/*
 * BEFORE INSERT FOR EACH ROW on a catalogue (ENABLE ALWAYS): inserting a
 * row whose code is a shipped row's updates that row instead.
 */
Datum
catalogue_merge_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;
	Relation	rel;
	Datum		values[1];
	uint64		merged;

	trigdata = RegistryTriggerCheck(fcinfo, "catalogue_merge_trigger", true,
									true, REGISTRY_ON_INSERT);
	rel = trigdata->tg_relation;
	if (creating_extension)
		return PointerGetDatum(trigdata->tg_trigtuple);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	values[0] = heap_copy_tuple_as_datum(trigdata->tg_trigtuple,
										 RelationGetDescr(rel));
	RegistryExecuteAsCaller(MergePlanFor(rel), values, NULL, 0);
	merged = SPI_processed;
	SPI_finish();

	/* merged into the shipped row: skip the insert */
	return merged > 0 ? PointerGetDatum(NULL) :
		PointerGetDatum(trigdata->tg_trigtuple);
}
