/*-------------------------------------------------------------------------
 *
 * apply_lock.c
 *	  The lock that lets one partnership.import(apply => true) load at a
 *	  time (doc/import.md, "Concurrency").
 *
 *	  It is an advisory lock in a space of the extension's own (field4 of
 *	  the tag: SQL's advisory lock functions use 1 and 2, the rules'
 *	  commit-time check 0x5052, the partner tree 0x5054), so that no
 *	  session can take it with pg_advisory_lock() and hold every import
 *	  back; only a role that may write the registry takes it.  pg_locks
 *	  shows it as locktype advisory with objsubid 20553.
 *
 * src/import/apply_lock.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "miscadmin.h"
#include "storage/lock.h"
#include "utils/acl.h"
#include "utils/lsyscache.h"

#include "registry/registry.h"

#define IMPORT_LOCK_SPACE 0x5049

PG_FUNCTION_INFO_V1(import_lock);

/*
 * import_lock() -> void: wait for the lock and hold it until the end of
 * the transaction.  The caller must be allowed to INSERT partnerships, as
 * every import that loads anything must.
 */
Datum
import_lock(PG_FUNCTION_ARGS)
{
	Oid			relid = RegistryRelationId("partnership");
	LOCKTAG		tag;

	if (pg_class_aclcheck(relid, GetUserId(), ACL_INSERT) != ACLCHECK_OK)
		aclcheck_error(ACLCHECK_NO_PRIV, OBJECT_TABLE, get_rel_name(relid));
	SET_LOCKTAG_ADVISORY(tag, MyDatabaseId, 0, 0, IMPORT_LOCK_SPACE);
	(void) LockAcquire(&tag, ExclusiveLock, false, false);
	PG_RETURN_VOID();
}
