/*-------------------------------------------------------------------------
 *
 * catalog.c
 *	  Which relations are the extension's own.  Code that runs as the
 *	  registry owner (triggers, enforcement, audit) reads and writes only
 *	  tables that are members of extension "partnership" in the
 *	  extension's own schema: a trigger function attached to anyone else's
 *	  table refuses to run before it reads or prepares anything, and the
 *	  direct index scans open tables and indexes only after the same check
 *	  (an index must also belong to the table it is opened for).  See
 *	  doc/security.md.
 *
 * The answers are kept per backend and forgotten on any relcache
 * invalidation: DROP EXTENSION, a dropped or recreated table or index, a
 * REINDEX all send one, and between them the answers cannot change.
 *
 * src/registry/catalog.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "catalog/dependency.h"
#include "catalog/index.h"
#include "catalog/indexing.h"
#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "catalog/pg_extension.h"
#include "commands/extension.h"
#include "utils/fmgroids.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"

#include "registry/registry.h"

#define REGISTRY_EXTENSION_NAME "partnership"

/* The extension and its schema, once looked up; InvalidOid before. */
static Oid	registry_extension = InvalidOid;
static Oid	registry_schema = InvalidOid;

/* Relations found to be the extension's own (tables and their indexes). */
#define REGISTRY_MEMBERS 128
static Oid	registry_members[REGISTRY_MEMBERS];
static int	nmembers = 0;

static bool callback_registered = false;

static void
RegistryCatalogInvalidate(Datum arg, Oid relid)
{
	registry_extension = InvalidOid;
	registry_schema = InvalidOid;
	nmembers = 0;
}

/*
 * The schema of an extension (commands/extension.c has this as a static
 * function before PostgreSQL 16).
 */
static Oid
ExtensionSchema(Oid extension)
{
	Relation	rel;
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tuple;
	Oid			schema = InvalidOid;

	rel = table_open(ExtensionRelationId, AccessShareLock);
	ScanKeyInit(&key, Anum_pg_extension_oid, BTEqualStrategyNumber,
				F_OIDEQ, ObjectIdGetDatum(extension));
	scan = systable_beginscan(rel, ExtensionOidIndexId, true, NULL, 1, &key);
	tuple = systable_getnext(scan);
	if (HeapTupleIsValid(tuple))
		schema = ((Form_pg_extension) GETSTRUCT(tuple))->extnamespace;
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	return schema;
}

/*
 * Look up the extension and its schema; error when it is not installed.
 * The catalogue lookups here and below may process invalidations, which
 * reset the cache under our feet: callers work on the values returned in
 * *extension and *schema, never on the statics.
 */
static void
RegistryCatalogLoad(Oid *extension, Oid *schema)
{
	if (!OidIsValid(registry_extension))
	{
		Oid			ext;
		Oid			nsp;

		if (!callback_registered)
		{
			CacheRegisterRelcacheCallback(RegistryCatalogInvalidate, (Datum) 0);
			callback_registered = true;
		}
		ext = get_extension_oid(REGISTRY_EXTENSION_NAME, true);
		if (!OidIsValid(ext))
			ereport(ERROR,
					errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					errmsg_cat(MSG_REGISTRY_NOT_INSTALLED,
							   REGISTRY_EXTENSION_NAME),
					errhint_cat(MSG_REGISTRY_NOT_INSTALLED_HINT,
								REGISTRY_EXTENSION_NAME));
		nsp = ExtensionSchema(ext);
		nmembers = 0;
		registry_extension = ext;
		registry_schema = nsp;
	}
	*extension = registry_extension;
	*schema = registry_schema;
}

/* The schema of the extension (where every registry table lives). */
Oid
RegistrySchema(void)
{
	Oid			extension;
	Oid			schema;

	RegistryCatalogLoad(&extension, &schema);
	return schema;
}

/*
 * Is relid a relation of the extension: a member of it (pg_depend 'e'),
 * in its schema, or an index of such a table?
 */
bool
RegistryIsOwnRelation(Oid relid)
{
	Oid			extension;
	Oid			schema;
	Oid			table = relid;
	int			i;

	RegistryCatalogLoad(&extension, &schema);
	for (i = 0; i < nmembers; i++)
		if (registry_members[i] == relid)
			return true;

	/* an index counts as its table's: indexes are not extension members */
	if (get_rel_relkind(relid) == RELKIND_INDEX)
		table = IndexGetRelation(relid, false);
	if (get_rel_relkind(table) != RELKIND_RELATION ||
		get_rel_namespace(table) != schema ||
		get_rel_namespace(relid) != schema ||
		getExtensionOfObject(RelationRelationId, table) != extension)
		return false;

	/* remember it, unless an invalidation emptied the cache meanwhile */
	if (registry_extension == extension && nmembers < REGISTRY_MEMBERS)
		registry_members[nmembers++] = relid;
	return true;
}

/* The refusal of a relation that is not one of the extension's tables. */
static void
RefuseForeignRelation(Relation rel, const char *what)
{
	ereport(ERROR,
			errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
			errmsg_cat(MSG_REGISTRY_NOT_OWN_TABLE,
					   what, REGISTRY_EXTENSION_NAME),
			errdetail_cat(MSG_REGISTRY_NOT_OWN_TABLE_DETAIL,
						  get_namespace_name(RelationGetNamespace(rel)),
						  RelationGetRelationName(rel)),
			errhint_cat(MSG_REGISTRY_NOT_OWN_TABLE_HINT));
}

/*
 * Refuse, before anything else runs, a relation that is not one of the
 * extension's tables: the code that called this would otherwise read or
 * write (as the registry owner) whatever the caller put there.  what names
 * the refusing code for the message, e.g. a trigger function.
 */
void
RegistryCheckOwnRelation(Relation rel, const char *what)
{
	if (RelationGetForm(rel)->relkind == RELKIND_RELATION &&
		RegistryIsOwnRelation(RelationGetRelid(rel)))
		return;
	RefuseForeignRelation(rel, what);
}

/*
 * The same for the import's staging tables: a table of schema
 * partnership_import that belongs to the extension.
 */
void
RegistryCheckOwnStagingTable(Relation rel, const char *what)
{
	Oid			extension;
	Oid			schema;
	Oid			relid = RelationGetRelid(rel);

	RegistryCatalogLoad(&extension, &schema);
	if (RelationGetForm(rel)->relkind == RELKIND_RELATION &&
		RelationGetNamespace(rel) == get_namespace_oid("partnership_import", true) &&
		getExtensionOfObject(RelationRelationId, relid) == extension)
		return;
	RefuseForeignRelation(rel, what);
}

/*
 * The OID of a table or index of the registry by name, checked to be the
 * extension's own (see RegistryIsOwnRelation).
 */
Oid
RegistryRelationId(const char *name)
{
	Oid			relid = get_relname_relid(name, RegistrySchema());

	if (!OidIsValid(relid) || !RegistryIsOwnRelation(relid))
		ereport(ERROR,
				errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				errmsg_cat(MSG_REGISTRY_RELATION_MISSING,
						   name, REGISTRY_EXTENSION_NAME),
				errhint_cat(MSG_REGISTRY_RELATION_MISSING_HINT));
	return relid;
}
