/*-------------------------------------------------------------------------
 *
 * ddl_guard.c
 *	  The extension's event trigger, at ddl_command_start, against two DDL
 *	  mistakes a DBA makes without a word from PostgreSQL:
 *
 *	  - DROP EXTENSION partnership (or DROP SCHEMA partnership CASCADE, or
 *	    DROP OWNED BY the extension's owner) on a
 *	    registry with rows deletes every partner, partnership and audit
 *	    row.  It is refused while the registry holds rows, unless the DBA
 *	    first sets partnership.allow_drop = on (superusers only).  An empty
 *	    registry drops as any extension does.
 *	  - ALTER TABLE ... ADD COLUMN on a table of the extension: pg_dump
 *	    dumps an extension table's rows but not its definition, so the
 *	    restore of such a table fails.  A warning names the table and the
 *	    column extra (jsonb) meant for local fields.
 *
 *	  See doc/registry.md.
 *
 * src/registry/ddl_guard.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "catalog/indexing.h"
#include "catalog/pg_class.h"
#include "catalog/pg_extension.h"
#include "access/tableam.h"
#include "executor/tuptable.h"
#include "catalog/namespace.h"
#include "commands/event_trigger.h"
#include "commands/extension.h"
#include "nodes/parsenodes.h"
#include "utils/lsyscache.h"
#include "utils/acl.h"
#include "utils/fmgroids.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "partnership.h"
#include "registry/registry.h"

PG_FUNCTION_INFO_V1(partnership_ddl_guard);

/* The owner of the extension (pg_extension has no syscache before 16). */
static Oid
ExtensionOwner(void)
{
	Relation	rel;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tuple;
	Oid			owner = InvalidOid;

	rel = table_open(ExtensionRelationId, AccessShareLock);
	ScanKeyInit(&key, Anum_pg_extension_extname, BTEqualStrategyNumber,
				F_NAMEEQ, CStringGetDatum("partnership"));
	scan = systable_beginscan(rel, ExtensionNameIndexId, true, NULL, 1, &key);
	tuple = systable_getnext(scan);
	if (HeapTupleIsValid(tuple))
		owner = ((Form_pg_extension) GETSTRUCT(tuple))->extowner;
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	return owner;
}

/* Does DROP OWNED name the extension's owner (it would drop the extension)? */
static bool
DropsOwner(DropOwnedStmt *stmt)
{
	Oid			owner = ExtensionOwner();
	ListCell   *lc;

	foreach(lc, stmt->roles)
		if (get_rolespec_oid(lfirst_node(RoleSpec, lc), true) == owner)
			return true;
	return false;
}

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

/* Warn when an ALTER TABLE adds a column to one of the extension's tables. */
static void
WarnLocalColumn(AlterTableStmt *stmt)
{
	ListCell   *lc;
	Oid			relid;

	if (creating_extension)
		return;					/* our own update scripts */
	relid = RangeVarGetRelid(stmt->relation, NoLock, true);
	if (!OidIsValid(relid) || get_rel_relkind(relid) != RELKIND_RELATION ||
		!RegistryIsOwnRelation(relid))
		return;
	foreach(lc, stmt->cmds)
	{
		AlterTableCmd *cmd = lfirst_node(AlterTableCmd, lc);

		if (cmd->subtype == AT_AddColumn)
			ereport(WARNING,
					errmsg_cat(MSG_DDL_LOCAL_COLUMN,
							   get_namespace_name(get_rel_namespace(relid)),
							   get_rel_name(relid)),
					errdetail_cat(MSG_DDL_LOCAL_COLUMN_DETAIL),
					errhint_cat(MSG_DDL_LOCAL_COLUMN_HINT));
	}
}

/*
 * Event trigger at ddl_command_start for DROP EXTENSION, DROP SCHEMA and
 * ALTER TABLE.
 */
Datum
partnership_ddl_guard(PG_FUNCTION_ARGS)
{
	EventTriggerData *trigdata;

	if (!CALLED_AS_EVENT_TRIGGER(fcinfo))
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg_cat(MSG_EVENT_TRIGGER_NOT_EVENT, "partnership_ddl_guard"));
	trigdata = (EventTriggerData *) fcinfo->context;
	if (trigdata->parsetree == NULL)
		PG_RETURN_VOID();

	if (IsA(trigdata->parsetree, AlterTableStmt))
	{
		WarnLocalColumn((AlterTableStmt *) trigdata->parsetree);
		PG_RETURN_VOID();
	}

	if (partnership_allow_drop)
		PG_RETURN_VOID();
	if (IsA(trigdata->parsetree, DropStmt) ?
		!DropsRegistry((DropStmt *) trigdata->parsetree) :
		!(IsA(trigdata->parsetree, DropOwnedStmt) &&
		  DropsOwner((DropOwnedStmt *) trigdata->parsetree)))
		PG_RETURN_VOID();

	if (TableHasRows("partner") || TableHasRows("partnership") ||
		TableHasRows("audit"))
		ereport(ERROR,
				errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				errmsg_cat(MSG_DDL_DROP_REGISTRY),
				errdetail_cat(MSG_DDL_DROP_REGISTRY_DETAIL),
				errhint_cat(MSG_DDL_DROP_REGISTRY_HINT));
	PG_RETURN_VOID();
}
