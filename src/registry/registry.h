/*-------------------------------------------------------------------------
 *
 * registry.h
 *	  Declarations shared by the registry's C triggers (trigger_*.c):
 *	  trigger-call checks, prepared SPI plans
 *	  with schema-qualified text, and the partnership write guard.
 *
 * src/registry/registry.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PARTNERSHIP_REGISTRY_H
#define PARTNERSHIP_REGISTRY_H

#include "access/htup.h"
#include "access/tupdesc.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "utils/date.h"

#include "compat.h"			/* MyLocalTransactionId() */
#include "vocabulary/vocabulary.h"

/* Vocabulary codes (SECTOR_GOVERNMENT, ...) come from vocabulary.h. */

#define PartnershipStatusIsFinal(s) \
	((s) == PARTNERSHIP_STATUS_COMPLETED || (s) == PARTNERSHIP_STATUS_TERMINATED)

/* Which events a trigger function accepts (bit mask). */
#define REGISTRY_ON_INSERT		0x01
#define REGISTRY_ON_UPDATE		0x02
#define REGISTRY_ON_DELETE		0x04
#define REGISTRY_ON_TRUNCATE	0x08

/* The extension's own relations (registry/catalog.c). */
extern Oid	RegistrySchema(void);
extern bool RegistryIsOwnRelation(Oid relid);
extern void RegistryCheckOwnRelation(Relation rel, const char *what);
extern void RegistryCheckOwnStagingTable(Relation rel, const char *what);
extern Oid	RegistryRelationId(const char *name);

extern TriggerData *RegistryTriggerCheck(FunctionCallInfo fcinfo,
										 const char *funcname, bool before,
										 bool row, int events);
extern bool RegistryRestoring(void);
extern Datum RegistryPassThrough(TriggerData *trigdata);
extern int	RegistrySetSearchPath(void);
extern void RegistryRestoreSearchPath(int nestlevel);
extern SPIPlanPtr RegistryPreparePlan(const char *sql, int nargs,
									  Oid *argtypes);
extern int	RegistryExecuteAsOwner(Oid owner, SPIPlanPtr plan, Datum *values,
								   const char *nulls, long tcount);
extern int	RegistryExecute(SPIPlanPtr plan, Datum *values, const char *nulls,
							long tcount);
extern Snapshot RegistryBeforeTransactionSnapshot(void);
extern int	RegistryExecuteBeforeTransaction(SPIPlanPtr plan, Datum *values,
											 const char *nulls, long tcount);
extern DateADT RegistryToday(void);
extern int	RegistryExecuteById(SPIPlanPtr *plan, const char *sql, int64 id,
								long tcount);
extern int	RegistryExecuteByIds(SPIPlanPtr *plan, const char *sql, int64 id,
								 int64 partnership_id, long tcount);
extern int	RegistryExecuteAsCaller(SPIPlanPtr plan, Datum *values,
									const char *nulls, long tcount);
extern int	RegistryAttnum(Relation rel, const char *colname);
extern int	errtablecolconstraint(Relation rel, int attnum, const char *conname);
extern Datum RegistryGetAttr(HeapTuple tuple, Relation rel, int attnum,
							 bool *isnull);
extern int64 RegistryGetInt64(HeapTuple tuple, Relation rel, int attnum);
extern bool RegistryTuplesEqualExcept(Relation rel, HeapTuple a, HeapTuple b,
									  const int *except, int nexcept);

/* A term_alias row, with its own messages (import/import_fmgr.c). */
extern void ImportCheckAlias(Relation rel, HeapTuple newtup);

/* Multi-institution mode (institution.c, doc/access.md). */
extern bool InstitutionModeOn(void);
extern bool InstitutionRestricted(void);

/* The constraints users hit, tested with their own messages (trigger_constraints.c). */
extern const char *DocumentKindCanonical(const char *word);
extern HeapTuple RegistryCatalogueWord(Relation rel, HeapTuple tuple,
									   int attnum, const char *catalogue,
									   const char *index);
extern void RegistryCheckRow(Relation rel, HeapTuple oldtup, HeapTuple newtup,
							 bool from_guard);

/* The partnership guard (trigger_lifecycle.c). */
extern VocabularyCode RegistryLockPartnership(int64 partnership_id,
											  Relation rel);
extern void RegistryForgetPartnership(void);

/*
 * The signed (or superseded) addenda that amend agreement $1, by name: an
 * agreement has one, and its chain goes on from there (signing and
 * amend() refuse a second).  Callers add their conditions and LIMIT.
 */
#define REGISTRY_SIGNED_ADDENDA_OF \
	"SELECT COALESCE(number, '#' OPERATOR(pg_catalog.||) id::pg_catalog.text)" \
	" FROM @extschema@.agreement" \
	" WHERE amends_id OPERATOR(pg_catalog.=) $1" \
	" AND status OPERATOR(@extschema@.=) ANY" \
	" ('{signed,superseded}'::@extschema@.agreement_status[])"

#endif							/* PARTNERSHIP_REGISTRY_H */
