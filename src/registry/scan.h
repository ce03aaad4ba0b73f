/*-------------------------------------------------------------------------
 *
 * scan.h
 *	  Reading a partnership's rows by direct index scans, for the checks in
 *	  the registry's write path (enforcement of the rules, signing), where
 *	  the executor start-up of an SPI query per lookup was most of their
 *	  cost.  See registry/scan.c.
 *
 * src/registry/scan.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PARTNERSHIP_REGISTRY_SCAN_H
#define PARTNERSHIP_REGISTRY_SCAN_H

#include "access/genam.h"
#include "executor/tuptable.h"
#include "nodes/pg_list.h"
#include "utils/date.h"
#include "utils/rel.h"
#include "utils/snapshot.h"

#include "vocabulary/vocabulary.h"

/* A table of the registry and one of its indexes (or none), opened. */
#define REGISTRY_SCAN_ATTS	16

typedef struct RegistryScan
{
	Relation	heap;
	Relation	index;
	TupleTableSlot *slot;		/* the current row */
	bool		name_key;		/* the index leads with a name column */
	/* columns found by name, keyed by the name's address (see RegistryScanAttnum) */
	int			natts;
	const char *att_names[REGISTRY_SCAN_ATTS];
	int			att_numbers[REGISTRY_SCAN_ATTS];
} RegistryScan;

/* A list of ids, grown as scans find them (RegistryIdsAdd). */
typedef struct RegistryIds
{
	int64	   *ids;
	int			n;
	int			size;
} RegistryIds;

/* A required clause kind an agreement lacks. */
typedef struct RegistryClauseKind
{
	char	   *code;
	char	   *label_en;
	char	   *label_id;
} RegistryClauseKind;

extern Snapshot RegistryScanSnapshot(void);
extern void RegistryScanOpen(RegistryScan *t, const char *table,
							 const char *index, const char *keys);
extern void RegistryScanClose(RegistryScan *t);
extern IndexScanDesc RegistryScanProbe(RegistryScan *t, Snapshot snapshot,
									   int nkeys, const int64 *keys);
extern void RegistryScanReprobe(RegistryScan *t, IndexScanDesc scan,
								int nkeys, const int64 *keys);
extern IndexScanDesc RegistryScanProbeName(RegistryScan *t, Snapshot snapshot,
										   Name key);
extern int	RegistryScanAttnum(RegistryScan *t, const char *column);
extern char *RegistryKeyName(const char *table, const char *column, int64 id);
extern char *RegistryLookupText(Snapshot snapshot, const char *table,
								const char *column, int64 id,
								const char *int_column, int64 *int_value);
extern Datum RegistryScanGet(RegistryScan *t, int att, bool *isnull);
extern int64 RegistryScanInt64(RegistryScan *t, int att, bool *isnull);
extern char *RegistryScanText(RegistryScan *t, int att);
extern bool RegistryScanDate(RegistryScan *t, int att, DateADT *date);
extern VocabularyCode RegistryScanCode(RegistryScan *t, int att,
									   const Vocabulary *vocab);
extern char *RegistryDateText(DateADT date);
extern bool RegistryTextNotBlank(text *t);
extern bool RegistryArrayHasText(Datum value);
extern void RegistryIdsInit(RegistryIds *l);
extern void RegistryIdsAdd(RegistryIds *l, int64 id);
extern bool RegistryIdsContain(const int64 *ids, int nids, int64 id);
extern double RegistryRowsEstimate(const char *table);
extern bool RegistryPartnerAncestor(Snapshot snapshot, int64 id,
									bool (*found) (int64 partner, void *arg),
									void *arg);
extern int	RegistryTextCmp(const char *a, const char *b);
extern List *RegistryMissingClauses(Snapshot snapshot, int64 partnership_id,
									int64 agreement_id);

#endif							/* PARTNERSHIP_REGISTRY_SCAN_H */
