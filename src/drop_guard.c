/*-------------------------------------------------------------------------
 *
 * drop_guard.c
 *	  DROP EXTENSION partnership (or DROP SCHEMA partnership CASCADE) on a
 *	  registry with rows deletes every partner, partnership and audit row
 *	  without a word.  An event trigger at ddl_command_start refuses it
 *	  while the registry holds rows, unless the DBA first sets
 *	  partnership.allow_drop = on (superusers only) in the session.  An
 *	  empty registry drops as any extension does.  See doc/registry.md.
 *
 * src/drop_guard.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/table.h"
#include "access/tableam.h"
#include "executor/tuptable.h"
#include "commands/event_trigger.h"
#include "nodes/parsenodes.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "partnership.h"
#include "registry.h"

PG_FUNCTION_INFO_V1(partnership_drop_guard);

/* Does the DROP statement name the extension, or its schema? */
static bool
DropsRegistry(DropStmt *stmt)
{
	ListCell   *lc;

	if (stmt->removeType != OBJECT_EXTENSION &&
		stmt->removeType != OBJECT_SCHEMA)
		return false;
	foreach(lc, stmt->objects)
	{
		Node	   *object = lfirst(lc);

		if (IsA(object, String) &&
			strcmp(strVal(object), stmt->removeType == OBJECT_SCHEMA ?
				   get_namespace_name(RegistrySchema()) : "partnership") == 0)
			return true;
	}
	return false;
}

/* Does the table hold a row? */
static bool
TableHasRows(const char *name)
{
	Relation	rel = table_open(RegistryRelationId(name), AccessShareLock);
	Snapshot	snapshot = RegisterSnapshot(GetLatestSnapshot());
	TableScanDesc scan = table_beginscan(rel, snapshot, 0, NULL);
	TupleTableSlot *slot = table_slot_create(rel, NULL);
	bool		found = table_scan_getnextslot(scan, ForwardScanDirection, slot);

	ExecDropSingleTupleTableSlot(slot);
	table_endscan(scan);
	UnregisterSnapshot(snapshot);
	table_close(rel, AccessShareLock);
	return found;
}

/*
 * Event trigger at ddl_command_start for DROP EXTENSION and DROP SCHEMA.
 */
Datum
partnership_drop_guard(PG_FUNCTION_ARGS)
{
	EventTriggerData *trigdata;

	if (!CALLED_AS_EVENT_TRIGGER(fcinfo))
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg("function \"%s\" was not called by event trigger manager",
					   "partnership_drop_guard"));
	trigdata = (EventTriggerData *) fcinfo->context;

	if (partnership_allow_drop || trigdata->parsetree == NULL ||
		!IsA(trigdata->parsetree, DropStmt) ||
		!DropsRegistry((DropStmt *) trigdata->parsetree))
		PG_RETURN_VOID();

	if (TableHasRows("partner") || TableHasRows("partnership") ||
		TableHasRows("audit"))
		ereport(ERROR,
				errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				errmsg("extension \"partnership\" holds a registry and cannot be dropped"),
				errdetail("Dropping it would delete every partner, partnership, agreement and audit row of this database."),
				errhint("Dump the database first (pg_dump); then, as a superuser, SET partnership.allow_drop = on and drop again."));
	PG_RETURN_VOID();
}
