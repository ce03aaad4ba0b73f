/*-------------------------------------------------------------------------
 *
 * scan.c
 *	  Direct scans of the registry's tables for its checks: enforcement of
 *	  the rules (src/rules), signing (trigger_agreement.c) and the
 *	  multi-institution lookups (institution.c).  They read what the SPI
 *	  queries they replace read when run by RegistryExecute: as the
 *	  registry (no privilege check, no row-level security: a check must see
 *	  every row of the partnership, as a foreign key does), with the latest
 *	  snapshot after a command counter increment, or the snapshot the
 *	  caller gives.  Scans are index probes on bigint key columns (one on
 *	  a name column for the mapping of roles); tables and indexes are found
 *	  by name in the extension's schema and used only when they are the
 *	  extension's own, the index one of the table it is opened with
 *	  (registry/catalog.c).
 *
 * src/registry/scan.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/relscan.h"
#include "access/stratnum.h"
#include "access/table.h"
#include "storage/bufmgr.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_am.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "storage/procarray.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/fmgroids.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/snapmgr.h"
#include "utils/varlena.h"

#include "registry/registry.h"
#include "registry/scan.h"
#include "rules/judge.h"
#include "vocabulary/fmgr.h"


/*
 * Indexes already found to lead with the columns their scans probe, so the
 * check below runs once per index and backend, not on every open; any
 * relcache invalidation of one (REINDEX, DROP, a new definition) makes it
 * be checked again.
 */
#define VERIFIED_INDEXES 32
static Oid	verified_indexes[VERIFIED_INDEXES];
static int	nverified = 0;

static void
RegistryScanInvalidate(Datum arg, Oid relid)
{
	int			i;

	for (i = 0; i < nverified; i++)
		if (!OidIsValid(relid) || verified_indexes[i] == relid)
		{
			nverified = 0;
			return;
		}
}

/*
 * Does the index lead with these columns ("a,b"), each bigint (the first
 * may be a name, for RegistryScanProbeName)?  Refuse it if not.
 */
static void
RegistryScanVerifyIndex(RegistryScan *t, const char *table, const char *index,
						const char *keys)
{
	static bool registered = false;
	Oid			indexid = RelationGetRelid(t->index);
	char	   *list;
	char	   *key;
	char	   *save = NULL;
	int			i;
	bool		ok;

	for (i = 0; i < nverified; i++)
		if (verified_indexes[i] == indexid)
			return;

	list = pstrdup(keys);
	/* valid, btree, whole (no predicate): its order is the columns' own */
	ok = t->index->rd_index->indrelid == RelationGetRelid(t->heap) &&
		t->index->rd_index->indisvalid &&
		t->index->rd_rel->relam == BTREE_AM_OID &&
		heap_attisnull(t->index->rd_indextuple, Anum_pg_index_indpred, NULL);
	i = 0;
	for (key = strtok_r(list, ",", &save); ok && key != NULL;
		 key = strtok_r(NULL, ",", &save), i++)
	{
		AttrNumber	att = (i < t->index->rd_index->indnkeyatts) ?
			t->index->rd_index->indkey.values[i] : InvalidAttrNumber;

		ok = att > 0 &&
			strcmp(NameStr(TupleDescAttr(RelationGetDescr(t->heap), att - 1)->attname),
				   key) == 0 &&
			(TupleDescAttr(RelationGetDescr(t->heap), att - 1)->atttypid == INT8OID ||
			 (i == 0 &&
			  TupleDescAttr(RelationGetDescr(t->heap), att - 1)->atttypid == NAMEOID)) &&
			t->index->rd_indoption[i] == 0 &&
			t->index->rd_indcollation[i] ==
			TupleDescAttr(RelationGetDescr(t->heap), att - 1)->attcollation;
	}
	if (!ok)
		ereport(ERROR,
				errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				errmsg("index \"%s\" of the registry is not the one the extension created",
					   index),
				errdetail("The registry's checks need a valid btree index on table \"%s\" that leads with (%s).",
						  table, keys),
				errhint("Recreate the index as partnership's install script defines it."));
	pfree(list);

	if (!registered)
	{
		CacheRegisterRelcacheCallback(RegistryScanInvalidate, (Datum) 0);
		registered = true;
	}
	if (nverified < VERIFIED_INDEXES)
		verified_indexes[nverified++] = indexid;
}

/*
 * Open a table and one of its indexes (or none) for scans.  keys names the
 * columns the scans probe, in order ("partnership_id,agreement_id"; bigint
 * for RegistryScanProbe, one of type name for RegistryScanProbeName):
 * the index must lead with them, or a probe would compare the wrong
 * columns and find nothing.
 */
void
RegistryScanOpen(RegistryScan *t, const char *table, const char *index,
				 const char *keys)
{
	t->heap = table_open(RegistryRelationId(table), AccessShareLock);
	t->index = index ? index_open(RegistryRelationId(index), AccessShareLock) : NULL;
	t->slot = table_slot_create(t->heap, NULL);
	t->natts = 0;
	t->name_key = false;
	if (t->index)
	{
		AttrNumber	lead = t->index->rd_index->indkey.values[0];

		RegistryScanVerifyIndex(t, table, index, keys);
		t->name_key = lead > 0 &&
			TupleDescAttr(RelationGetDescr(t->heap), lead - 1)->atttypid == NAMEOID;
	}
}

void
RegistryScanClose(RegistryScan *t)
{
	ExecDropSingleTupleTableSlot(t->slot);
	if (t->index)
		index_close(t->index, AccessShareLock);
	table_close(t->heap, AccessShareLock);
}

/* Scan keys for rows whose leading bigint key columns equal keys[]. */
static void
RegistryScanBigintKeys(RegistryScan *t, ScanKey skey, int nkeys,
					   const int64 *keys)
{
	int			i;

	/* the keys were verified at open: bigint, or a leading name */
	if (t->name_key)
		elog(ERROR, "index \"%s\" leads with a name column, not bigint",
			 RelationGetRelationName(t->index));
	for (i = 0; i < nkeys; i++)
		ScanKeyInit(&skey[i], i + 1, BTEqualStrategyNumber, F_INT8EQ,
					Int64GetDatum(keys[i]));
}

/* An index scan for rows whose leading bigint key columns equal keys[]. */
IndexScanDesc
RegistryScanProbe(RegistryScan *t, Snapshot snapshot, int nkeys, const int64 *keys)
{
	ScanKeyData skey[INDEX_MAX_KEYS];
	IndexScanDesc scan;

	RegistryScanBigintKeys(t, skey, nkeys, keys);
	scan = index_beginscan(t->heap, t->index, snapshot, nkeys, 0);
	index_rescan(scan, skey, nkeys, NULL, 0);
	return scan;
}

/*
 * The same scan again (one that RegistryScanProbe began with nkeys keys),
 * for other keys: cheaper than a new scan for each of many probes.
 */
void
RegistryScanReprobe(RegistryScan *t, IndexScanDesc scan, int nkeys,
					const int64 *keys)
{
	ScanKeyData skey[INDEX_MAX_KEYS];

	RegistryScanBigintKeys(t, skey, nkeys, keys);
	index_rescan(scan, skey, nkeys, NULL, 0);
}

/*
 * An index scan for rows whose leading column, of type name, equals *key
 * (which the caller keeps until the scan ends: the scan keeps its address).
 */
IndexScanDesc
RegistryScanProbeName(RegistryScan *t, Snapshot snapshot, Name key)
{
	ScanKeyData skey;
	IndexScanDesc scan;

	if (!t->name_key)
		elog(ERROR, "index \"%s\" does not lead with a name column",
			 RelationGetRelationName(t->index));
	ScanKeyInit(&skey, 1, BTEqualStrategyNumber, F_NAMEEQ, NameGetDatum(key));
	scan = index_beginscan(t->heap, t->index, snapshot, 1, 0);
	index_rescan(scan, &skey, 1, NULL, 0);
	return scan;
}

/*
 * The number of a column of the table, by name.  Callers name columns by
 * string literals, row after row: the answer is kept by the literal's
 * address, so that only the first row of a scan pays for the lookup.
 */
int
RegistryScanAttnum(RegistryScan *t, const char *column)
{
	int			i;
	int			att;

	for (i = 0; i < t->natts; i++)
		if (t->att_names[i] == column)
			return t->att_numbers[i];
	att = RegistryAttnum(t->heap, column);
	if (t->natts < REGISTRY_SCAN_ATTS)
	{
		t->att_names[t->natts] = column;
		t->att_numbers[t->natts] = att;
		t->natts++;
	}
	return att;
}

/* Column accessors on a target's current row. */
Datum
RegistryScanGet(RegistryScan *t, int att, bool *isnull)
{
	return slot_getattr(t->slot, att, isnull);
}

int64
RegistryScanInt64(RegistryScan *t, int att, bool *isnull)
{
	Datum		d = RegistryScanGet(t, att, isnull);

	return *isnull ? 0 : DatumGetInt64(d);
}

char *
RegistryScanText(RegistryScan *t, int att)
{
	bool		isnull;
	Datum		d = RegistryScanGet(t, att, &isnull);

	return isnull ? NULL : TextDatumGetCString(d);
}

bool
RegistryScanDate(RegistryScan *t, int att, DateADT *date)
{
	bool		isnull;
	Datum		d = RegistryScanGet(t, att, &isnull);

	if (!isnull)
		*date = DatumGetDateADT(d);
	return !isnull;
}

VocabularyCode
RegistryScanCode(RegistryScan *t, int att, const Vocabulary *vocab)
{
	bool		isnull;
	Datum		d = RegistryScanGet(t, att, &isnull);

	if (isnull)
		elog(ERROR, "unexpected null %s in \"%s\"", vocab->type_name,
			 RelationGetRelationName(t->heap));
	return VocabularyCheckCode(vocab, d);
}

/*
 * A date as YYYY-MM-DD whatever the session's DateStyle ("infinity" and
 * "-infinity" as date_out writes them): how every message and every rule
 * detail of the extension writes a day.
 */
char *
RegistryDateText(DateADT date)
{
	int			year;
	int			month;
	int			day;

	if (DATE_IS_NOBEGIN(date))
		return pstrdup("-infinity");
	if (DATE_IS_NOEND(date))
		return pstrdup("infinity");
	j2date(date + POSTGRES_EPOCH_JDATE, &year, &month, &day);
	return psprintf("%04d-%02d-%02d", year, month, day);
}

/*
 * Does the text hold anything but white space?  The one definition of
 * blank text in C: only spaces, tabs, line breaks, form feeds and vertical
 * tabs (C's isspace() in the C locale), so that a tab-only objective is
 * blank for the rules and for signing alike.  SQL's is partnership.is_blank().
 */
bool
RegistryTextNotBlank(text *t)
{
	const char *p = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			i;

	for (i = 0; i < len; i++)
		if (p[i] != ' ' && p[i] != '\t' && p[i] != '\n' && p[i] != '\r' &&
			p[i] != '\f' && p[i] != '\v')
			return true;
	return false;
}

/* Does a text[] hold a non-blank element? */
bool
RegistryArrayHasText(Datum value)
{
	ArrayType  *array = DatumGetArrayTypeP(value);
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			i;

	deconstruct_array(array, TEXTOID, -1, false, TYPALIGN_INT,
					  &elems, &nulls, &n);
	for (i = 0; i < n; i++)
		if (!nulls[i] && RegistryTextNotBlank(DatumGetTextPP(elems[i])))
			return true;
	return false;
}

/*
 * What an SPI query run by RegistryExecute would have seen: the latest
 * snapshot, after a command counter increment.
 *
 * In parallel mode PostgreSQL starts no command and takes no new query
 * snapshot.  The leader and the workers of a parallel plan (computing the
 * policies' sets, institution.c) still read the rows as committed now, each
 * in a snapshot of its own taken when it reads, as they read the
 * catalogues: the statement's snapshot is the transaction's under
 * REPEATABLE READ, and the sets read in it would still hold a mapping
 * revoked since.  (GetLatestSnapshot refuses parallel mode because it
 * would move the shared SecondarySnapshot; a private one moves nothing,
 * and the process's xmin, already set by the query, keeps its rows.)
 */
static SnapshotData ParallelModeSnapshotData = {SNAPSHOT_MVCC};

Snapshot
RegistryScanSnapshot(void)
{
	if (IsInParallelMode())
		return RegisterSnapshot(GetSnapshotData(&ParallelModeSnapshotData));
	CommandCounterIncrement();
	return RegisterSnapshot(GetLatestSnapshot());
}

/*
 * The number of rows of a registry table the planner's statistics expect
 * (for choices that depend on the registry's size, not on its exact count).
 */
double
RegistryRowsEstimate(const char *table)
{
	Relation	rel = table_open(RegistryRelationId(table), AccessShareLock);
	double		n = rel->rd_rel->reltuples;

	/* never analyzed: about forty rows of a registry table fit a page */
	if (n < 0)
		n = (double) RelationGetNumberOfBlocks(rel) * 40.0;
	table_close(rel, AccessShareLock);
	return n;
}

/*
 * Walk up the partner tree from partner id, by the partners' primary key,
 * as the registry reads (the latest snapshot, like a foreign key): the
 * partner, its parent, and so on.  True as soon as found(partner, arg) is;
 * false at the top, at a partner without a row, or at a partner already
 * passed (parent_id may form a cycle, made before partner_tree_trigger).
 */
bool
RegistryPartnerAncestor(Snapshot snapshot, int64 id,
						bool (*found) (int64 partner, void *arg), void *arg)
{
	RegistryScan partner;
	IndexScanDesc scan = NULL;
	int			parent_att;
	RegistryIds path;
	bool		result = false;

	RegistryScanOpen(&partner, "partner", "partner_pkey", "id");
	parent_att = RegistryScanAttnum(&partner, "parent_id");
	RegistryIdsInit(&path);
	for (;;)
	{
		bool		isnull = true;
		int			i;

		if (found(id, arg))
		{
			result = true;
			break;
		}
		for (i = 0; i < path.n && path.ids[i] != id; i++)
			;
		if (i < path.n)
			break;
		RegistryIdsAdd(&path, id);

		if (scan == NULL)
			scan = RegistryScanProbe(&partner, snapshot, 1, &id);
		else
			RegistryScanReprobe(&partner, scan, 1, &id);
		if (index_getnext_slot(scan, ForwardScanDirection, partner.slot))
			id = RegistryScanInt64(&partner, parent_att, &isnull);
		if (isnull)
			break;
	}
	if (scan != NULL)
		index_endscan(scan);
	pfree(path.ids);
	RegistryScanClose(&partner);
	return result;
}

void
RegistryIdsInit(RegistryIds *l)
{
	l->size = 64;
	l->n = 0;
	l->ids = palloc(sizeof(int64) * l->size);
}

void
RegistryIdsAdd(RegistryIds *l, int64 id)
{
	if (l->n == l->size)
	{
		l->size *= 2;
		l->ids = repalloc(l->ids, sizeof(int64) * l->size);
	}
	l->ids[l->n++] = id;
}

/* Is id one of ids[0 .. nids - 1], sorted ascending?  A binary search. */
bool
RegistryIdsContain(const int64 *ids, int nids, int64 id)
{
	int			lo = 0,
				hi = nids - 1;

	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (ids[mid] == id)
			return true;
		if (ids[mid] < id)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return false;
}

/*
 * One text column of the row of table with this id, read by its primary
 * key (table_pkey); NULL when there is no such row.  int_column, when not
 * NULL, names a bigint column of the row whose value goes to *int_value
 * (0 if NULL).
 */
char *
RegistryLookupText(Snapshot snapshot, const char *table, const char *column,
				   int64 id, const char *int_column, int64 *int_value)
{
	RegistryScan t;
	IndexScanDesc scan;
	char	   *result = NULL;
	char		index[NAMEDATALEN];

	snprintf(index, sizeof(index), "%s_pkey", table);
	RegistryScanOpen(&t, table, index, "id");
	scan = RegistryScanProbe(&t, snapshot, 1, &id);
	if (index_getnext_slot(scan, ForwardScanDirection, t.slot))
	{
		result = RegistryScanText(&t, RegistryScanAttnum(&t, column));
		if (int_column)
		{
			bool		isnull;

			*int_value = RegistryScanInt64(&t, RegistryScanAttnum(&t, int_column),
										   &isnull);
			if (isnull)
				*int_value = 0;
		}
	}
	index_endscan(scan);
	RegistryScanClose(&t);
	return result;
}

/*
 * A row as a message names it for the user: its column (a partner's name,
 * a partnership's code), quoted; its id when there is no such row (the
 * user typed a wrong id).  Read with the statement's snapshot.  Only for
 * rows the caller may know of: partners are shared, and a partnership
 * the institution trigger let a row be written to.
 */
char *
RegistryKeyName(const char *table, const char *column, int64 id)
{
	char	   *name = RegistryLookupText(GetActiveSnapshot(), table, column, id,
										  NULL, NULL);

	if (name == NULL)
		return psprintf(INT64_FORMAT, id);
	return psprintf("\"%s\"", name);
}

/* Text order of the session's default collation, NULL last (ORDER BY). */
int
RegistryTextCmp(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return (a == NULL) - (b == NULL);
	return varstr_cmp(a, strlen(a), b, strlen(b), DEFAULT_COLLATION_OID);
}


/*
 * The required clause kinds (clause_kind.required) that an agreement has
 * no clause of, in text order of their codes: a List of
 * RegistryClauseKind *.  Decided by the rules' own definition
 * (RulesMissingClauses), from the agreement's clauses read here.
 */
List *
RegistryMissingClauses(Snapshot snapshot, int64 partnership_id,
					   int64 agreement_id)
{
	RegistryScan clause;
	IndexScanDesc scan;
	FactsClause *clauses = NULL;
	FactsClauseKind *kinds;
	int			nkinds;
	int			n = 0,
				size = 0;
	int64		keys[2];
	int			c_kind;
	List	   *missing = NIL;
	ListCell   *lc;

	RegistryScanOpen(&clause, "agreement_clause", "agreement_clause_partnership_idx",
					 "partnership_id,agreement_id");
	c_kind = RegistryScanAttnum(&clause, "kind");
	keys[0] = partnership_id;
	keys[1] = agreement_id;
	scan = RegistryScanProbe(&clause, snapshot, 2, keys);
	while (index_getnext_slot(scan, ForwardScanDirection, clause.slot))
	{
		if (n == size)
		{
			size = size ? size * 2 : 8;
			clauses = clauses ? repalloc(clauses, sizeof(FactsClause) * size) :
				palloc(sizeof(FactsClause) * size);
		}
		clauses[n].agreement_id = agreement_id;
		clauses[n].kind = RegistryScanText(&clause, c_kind);
		n++;
	}
	index_endscan(scan);
	RegistryScanClose(&clause);

	kinds = FactsRequiredClauseKinds(snapshot, &nkinds);
	/* at signing every required kind applies (RulesMissingClauses) */
	foreach(lc, RulesMissingClauses(kinds, nkinds, clauses, n, agreement_id,
									false, 0))
	{
		FactsClauseKind *k = lfirst(lc);
		RegistryClauseKind *rk = palloc(sizeof(RegistryClauseKind));

		rk->code = k->code;
		rk->label_en = k->label_en;
		rk->label_id = k->label_id;
		missing = lappend(missing, rk);
	}
	return missing;
}
