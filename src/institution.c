/*-------------------------------------------------------------------------
 *
 * institution.c
 *	  Multi-institution mode (doc/access.md): the functions behind the
 *	  row-level security policies of src/sql/82_institutions.sql, and the
 *	  trigger that refuses a write outside the caller's partnerships.
 *
 *	  A role acts for the institutions institution_role maps it to and for
 *	  every partner below them (partner.parent_id): it reads and changes the
 *	  partnerships they own, and reads those in which one of its mapped
 *	  institutions is a member.  The lookups read the registry's tables by
 *	  direct scans (src/registry/scan.c), as the registry owner's queries
 *	  would, because the tables are themselves behind the policies, and
 *	  with nothing a caller could shadow.  The sets are kept for the rest
 *	  of the statement (and are computed again after any change the
 *	  statement's transaction made), so a query pays for them once however
 *	  many of its plans read them, and for the next statements while
 *	  nothing is written (SetStillCurrent).  The switch, setting
 *	  multi_institution, is kept for the session and dropped when the
 *	  setting changes (rules_catalogue_changed sends the invalidation).
 *
 * src/institution.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "access/stratnum.h"
#include "catalog/dependency.h"
#include "catalog/pg_class.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_opfamily.h"
#include "catalog/pg_type.h"
#include "commands/extension.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "nodes/pathnodes.h"
#include "nodes/supportnodes.h"
#include "optimizer/optimizer.h"
#include "parser/parse_func.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

#include "messages.h"
#include "registry/registry.h"
#include "registry/scan.h"
#include "vocabulary/fmgr.h"

PG_FUNCTION_INFO_V1(partnership_multi_institution);
PG_FUNCTION_INFO_V1(partnership_institution_mode_off);
PG_FUNCTION_INFO_V1(partnership_institution_mode_off_support);
PG_FUNCTION_INFO_V1(partnership_institution_scope);
PG_FUNCTION_INFO_V1(partnership_visible_partnerships);
PG_FUNCTION_INFO_V1(partnership_writable_partnerships);
PG_FUNCTION_INFO_V1(partnership_institution_set_contains);
PG_FUNCTION_INFO_V1(partnership_institution_set_contains_support);
PG_FUNCTION_INFO_V1(partnership_in_institution_scope);
PG_FUNCTION_INFO_V1(partnership_in_visible_partnerships);
PG_FUNCTION_INFO_V1(partnership_in_writable_partnerships);
PG_FUNCTION_INFO_V1(partnership_institution_covers);
PG_FUNCTION_INFO_V1(partnership_institution_reads);
PG_FUNCTION_INFO_V1(partnership_institution_writes);
PG_FUNCTION_INFO_V1(partnership_institution_guard);
PG_FUNCTION_INFO_V1(partnership_institution_role_trigger);

/* ------------------------------------------------------------------------
 * Queries, run as the registry owner ($1 is always the role's name).  A
 * mapping row is the role's when it is bound to the role that has the
 * name now (role_oid, MAPPING_IS_ROLES): a role dropped and created again
 * under its name gets no mapping of the old one.
 * ------------------------------------------------------------------------
 */

#define MAPPING_IS_ROLES(r) \
" AND " r ".role_name OPERATOR(pg_catalog.=) $1" \
" AND " r ".role_oid OPERATOR(pg_catalog.=) (SELECT a.oid FROM pg_catalog.pg_roles a" \
"  WHERE a.rolname OPERATOR(pg_catalog.=) $1)"

/* Partnership $2: code, owner, owner's name, and is the role a member? */
static const char *const partnership_query =
"SELECT p.code, p.owner_id, o.name,"
" EXISTS (SELECT 1 FROM @extschema@.member m"
"  JOIN @extschema@.institution_role r ON r.partner_id OPERATOR(pg_catalog.=) m.partner_id"
"  WHERE m.partnership_id OPERATOR(pg_catalog.=) p.id"
MAPPING_IS_ROLES("r") ")"
" FROM @extschema@.partnership p"
" LEFT JOIN @extschema@.partner o ON o.id OPERATOR(pg_catalog.=) p.owner_id"
" WHERE p.id OPERATOR(pg_catalog.=) $2";

/* The names of the role's institutions, for messages: A", "B */
static const char *const institutions_query =
"SELECT pg_catalog.string_agg(p.name, '\", \"' ORDER BY p.name)"
" FROM @extschema@.institution_role r"
" JOIN @extschema@.partner p ON p.id OPERATOR(pg_catalog.=) r.partner_id"
" WHERE true" MAPPING_IS_ROLES("r");

/* A partner's name ($2; $1 unused, for the common signature). */
static const char *const partner_name_query =
"SELECT p.name FROM @extschema@.partner p"
" WHERE p.id OPERATOR(pg_catalog.=) $2 AND $1 IS NOT NULL";

/*
 * Partner $2 ($1 unused), locked FOR UPDATE: a new member's foreign key
 * takes FOR KEY SHARE on the partner, which this lock waits for, so that a
 * membership committed meanwhile is seen by the query below.
 */
static const char *const partner_lock_query =
"SELECT 1 FROM @extschema@.partner p"
" WHERE p.id OPERATOR(pg_catalog.=) $2 AND $1 IS NOT NULL FOR UPDATE";

/* Is partner $2 a member of a partnership outside the array $3? */
static const char *const foreign_member_query =
"SELECT EXISTS (SELECT 1 FROM @extschema@.member m"
" WHERE m.partner_id OPERATOR(pg_catalog.=) $2"
"  AND m.partnership_id OPERATOR(pg_catalog.<>) ALL ($3)) AND $1 IS NOT NULL";

/*
 * Partnership $2 ($1 unused), locked FOR KEY SHARE: a partnership that
 * holds the id now is an upsert's conflict or a key violation, for
 * PostgreSQL to settle, and the lock makes a concurrent delete of it wait
 * for the insert (or the insert for the delete, which it then sees).
 */
static const char *const live_id_query =
"SELECT 1 FROM @extschema@.partnership p"
" WHERE p.id OPERATOR(pg_catalog.=) $2 AND $1 IS NOT NULL FOR KEY SHARE";

/* Does the audit trail record partnership $2 ($1 unused)? */
static const char *const audited_query =
"SELECT EXISTS (SELECT 1 FROM @extschema@.audit a"
" WHERE a.partnership_id OPERATOR(pg_catalog.=) $2) AND $1 IS NOT NULL";

static const char *const mode_query =
"SELECT s.value OPERATOR(pg_catalog.<>) 0::pg_catalog.numeric"
" FROM @extschema@.setting s"
" WHERE s.name OPERATOR(pg_catalog.=) 'multi_institution'";

/* ------------------------------------------------------------------------
 * Running the queries
 * ------------------------------------------------------------------------
 */

/* The owner of the registry tables (bypasses row-level security). */
static Oid
RegistryOwner(void)
{
	Oid			relid = RegistryRelationId("partnership");
	HeapTuple	tuple;
	Oid			owner;

	tuple = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	if (!HeapTupleIsValid(tuple))
		elog(ERROR, "cache lookup failed for relation %u", relid);
	owner = ((Form_pg_class) GETSTRUCT(tuple))->relowner;
	ReleaseSysCache(tuple);
	return owner;
}

/*
 * Does the current role pass row-level security on the registry anyway
 * (a superuser, a role with BYPASSRLS, the owner or a member of it)?  Then
 * the mode does not concern it, as the policies do not.
 */
static bool
InstitutionBypass(void)
{
	Oid			user = GetUserId();

	return has_privs_of_role(user, RegistryOwner()) ||
		has_bypassrls_privilege(user);
}

/*
 * Does multi-institution mode restrict the current role (the mode is on and
 * the role does not bypass row-level security)?
 */
bool
InstitutionRestricted(void)
{
	return InstitutionModeOn() && !InstitutionBypass();
}

/* The current role's name as a Datum of type name. */
static Datum
CurrentRoleName(void)
{
	Name		n = (Name) palloc0(NAMEDATALEN);

	namestrcpy(n, GetUserNameFromId(GetUserId(), false));
	return NameGetDatum(n);
}

/*
 * Run one of the queries above as the registry owner, with the role's
 * name as $1 and, when the query has one, arg2 as $2 (types: name, then
 * argtype), through the triggers' own switch (RegistryExecuteAsOwner: a
 * security-restricted operation).  The caller is connected to SPI.
 */
static void
RunAsOwner3(SPIPlanPtr *plan, const char *sql, Oid argtype, Datum arg2,
			Oid argtype3, Datum arg3)
{
	Datum		values[3];
	Oid			types[3] = {NAMEOID, argtype, argtype3};
	int			nargs = OidIsValid(argtype3) ? 3 : OidIsValid(argtype) ? 2 : 1;
	if (*plan == NULL)
		*plan = RegistryPreparePlan(sql, nargs, types);
	values[0] = CurrentRoleName();
	values[1] = arg2;
	values[2] = arg3;

	(void) RegistryExecuteAsOwner(RegistryOwner(), *plan, values, NULL, 0);
	if (SPI_processed > 1)
		elog(ERROR, "institution lookup returned " UINT64_FORMAT " rows",
			 SPI_processed);
}

static void
RunAsOwner(SPIPlanPtr *plan, const char *sql, Oid argtype, Datum arg2)
{
	RunAsOwner3(plan, sql, argtype, arg2, InvalidOid, (Datum) 0);
}

/* Column col of the only row of the last query; *isnull when none. */
static Datum
ResultColumn(int col, bool *isnull)
{
	if (SPI_processed == 0)
	{
		*isnull = true;
		return (Datum) 0;
	}
	return SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, col,
						 isnull);
}

static bool Covers(int64 partner_id, bool fresh);
static ArrayType *MappedSet(bool fresh, Snapshot snapshot);
static bool CoversIn(Snapshot snapshot, ArrayType *mapped, int64 partner_id);
static bool SortedIdsContain(ArrayType *ids, int64 id);

/* RegistryPartnerAncestor's test for Covers: one of the mapped (arg)? */
static bool
IsMapped(int64 partner, void *arg)
{
	return SortedIdsContain((ArrayType *) arg, partner);
}

/* ------------------------------------------------------------------------
 * The switch
 * ------------------------------------------------------------------------
 */

static int	mode_cached = -1;	/* -1: not read; 0: off; 1: on */
static uint64 mode_generation = 0;
static Oid	setting_relid = InvalidOid;
static bool callback_registered = false;

static void
InstitutionInvalidate(Datum arg, Oid relid)
{
	if (!OidIsValid(relid) || relid == setting_relid)
	{
		mode_cached = -1;
		mode_generation++;
	}
}

/* Is multi-institution mode on?  Kept until setting changes. */
bool
InstitutionModeOn(void)
{
	static SPIPlanPtr plan = NULL;
	uint64		generation;
	bool		isnull;
	bool		on;

	/* take in other sessions' committed changes of the setting first */
	AcceptInvalidationMessages();
	if (mode_cached >= 0)
		return mode_cached == 1;

	if (!callback_registered)
	{
		CacheRegisterRelcacheCallback(InstitutionInvalidate, (Datum) 0);
		callback_registered = true;
	}
	setting_relid = RegistryRelationId("setting");
	generation = mode_generation;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	RunAsOwner(&plan, mode_query, InvalidOid, (Datum) 0);
	on = DatumGetBool(ResultColumn(1, &isnull));
	on = on && !isnull;
	SPI_finish();

	if (generation == mode_generation)
		mode_cached = on ? 1 : 0;
	return on;
}

/* ------------------------------------------------------------------------
 * The sets of ids, kept for the statement and while nothing is written
 * ------------------------------------------------------------------------
 */

typedef enum InstitutionSet
{
	SET_SCOPE,
	SET_VISIBLE,
	SET_WRITABLE,
	SET_MAPPED,
	NUM_SETS
} InstitutionSet;

/*
 * What a kept value was computed for: the transaction, the statement, the
 * command within it (a change the transaction made since starts a new
 * command) and the role; for a set, also the committed state it was read
 * in (SetStillCurrent).
 */
typedef struct StatementKey
{
	LocalTransactionId lxid;
	TimestampTz statement;
	CommandId	command;
	Oid			user;
	uint64		completions;	/* of the set's snapshot; 0: not kept beyond
								 * the statement */
} StatementKey;

static void
CurrentKey(StatementKey *key)
{
	key->lxid = MyLocalTransactionId();
	key->statement = GetCurrentStatementStartTimestamp();
	key->command = GetCurrentCommandId(false);
	key->user = GetUserId();
	key->completions = 0;
}

static bool
SameKey(const StatementKey *a, const StatementKey *b)
{
	return a->lxid == b->lxid && a->statement == b->statement &&
		a->command == b->command && a->user == b->user;
}

/*
 * A kept set's ids, and the queries that test rows against them without a
 * copy (KeptSetContains): a set replaced while one of them runs is freed
 * by the last to end.
 */
typedef struct KeptIds
{
	ArrayType  *ids;
	int			holders;		/* queries holding it */
	bool		replaced;		/* no longer set_value's */
} KeptIds;

static StatementKey set_key[NUM_SETS];
static KeptIds *set_value[NUM_SETS];

static void
FreeKeptIds(KeptIds *kept)
{
	pfree(kept->ids);
	pfree(kept);
}

/* The ids of a set (a sorted bigint array without NULLs), and how many. */
static const int64 *
SetIds(ArrayType *set, int *n)
{
	*n = ArrayGetNItems(ARR_NDIM(set), ARR_DIMS(set));
	return (const int64 *) ARR_DATA_PTR(set);
}

/* qsort order of ids */
static int
CompareIds(const void *a, const void *b)
{
	int64		x = *(const int64 *) a;
	int64		y = *(const int64 *) b;

	return (x > y) - (x < y);
}

/* Sort the list and drop repeated ids. */
static void
IdsSortUnique(RegistryIds *l)
{
	int			i;
	int			n = 0;

	qsort(l->ids, l->n, sizeof(int64), CompareIds);
	for (i = 0; i < l->n; i++)
		if (n == 0 || l->ids[n - 1] != l->ids[i])
			l->ids[n++] = l->ids[i];
	l->n = n;
}

/* The list, sorted and unique, as a bigint array (palloc'd); frees it. */
static ArrayType *
IdsArray(RegistryIds *l)
{
	Datum	   *values;
	ArrayType  *result;
	int			i;

	IdsSortUnique(l);
	values = palloc(sizeof(Datum) * (l->n > 0 ? l->n : 1));
	for (i = 0; i < l->n; i++)
		values[i] = Int64GetDatum(l->ids[i]);
	result = construct_array(values, l->n, INT8OID, sizeof(int64),
							 FLOAT8PASSBYVAL, TYPALIGN_DOUBLE);
	pfree(values);
	pfree(l->ids);
	return result;
}

/*
 * Probe t's index for key (the scan *scan, begun by the first probe and
 * reused by the next) and add the bigint column of each row found to out.
 */
static void
AddProbed(RegistryScan *t, IndexScanDesc *scan, Snapshot snapshot, int64 key,
		  const char *column, RegistryIds *out)
{
	int			att = RegistryScanAttnum(t, column);

	if (*scan == NULL)
		*scan = RegistryScanProbe(t, snapshot, 1, &key);
	else
		RegistryScanReprobe(t, *scan, 1, &key);
	while (index_getnext_slot(*scan, ForwardScanDirection, t->slot))
	{
		bool		isnull;
		int64		id = RegistryScanInt64(t, att, &isnull);

		if (!isnull)
			RegistryIdsAdd(out, id);
	}
}

/*
 * The institutions the role is mapped to in snapshot, as a sorted bigint
 * array (palloc'd): a direct index scan of institution_role_pkey by the
 * role's name, keeping the rows bound to this role (role_oid; see the
 * queries above).  Sorted here, not trusted to come sorted from the index:
 * a binary search over them is the policies' test.
 */
static ArrayType *
MappedInstitutions(Snapshot snapshot)
{
	RegistryScan t;
	IndexScanDesc scan;
	NameData	role;
	int			partner_att;
	int			oid_att;
	RegistryIds ids;

	RegistryIdsInit(&ids);
	namestrcpy(&role, GetUserNameFromId(GetUserId(), false));
	RegistryScanOpen(&t, "institution_role", "institution_role_pkey",
					 "role_name,partner_id");
	partner_att = RegistryScanAttnum(&t, "partner_id");
	oid_att = RegistryScanAttnum(&t, "role_oid");
	scan = RegistryScanProbeName(&t, snapshot, &role);
	while (index_getnext_slot(scan, ForwardScanDirection, t.slot))
	{
		bool		isnull;
		bool		oid_null;
		int64		partner = RegistryScanInt64(&t, partner_att, &isnull);
		Datum		bound = RegistryScanGet(&t, oid_att, &oid_null);

		if (!isnull && !oid_null && DatumGetObjectId(bound) == GetUserId())
			RegistryIdsAdd(&ids, partner);
	}
	index_endscan(scan);
	RegistryScanClose(&t);
	return IdsArray(&ids);
}

/*
 * The role's institutions and every partner below them (partner.parent_id,
 * by partner_parent_idx), sorted: breadth first from the mapped ones, each
 * partner once, so that a cycle in the tree (one made before
 * partner_tree_trigger) ends the walk.
 */
static ArrayType *
ScopeIds(Snapshot snapshot, ArrayType *mapped)
{
	int			nroots;
	const int64 *roots = SetIds(mapped, &nroots);
	RegistryScan t;
	IndexScanDesc scan = NULL;
	int			id_att;
	RegistryIds scope;
	HASHCTL		ctl;
	HTAB	   *seen;
	int			i;

	RegistryIdsInit(&scope);
	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = sizeof(int64);
	ctl.entrysize = sizeof(int64);
	ctl.hcxt = CurrentMemoryContext;
	seen = hash_create("institution scope", 256, &ctl,
					   HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	for (i = 0; i < nroots; i++)
	{
		(void) hash_search(seen, &roots[i], HASH_ENTER, NULL);
		RegistryIdsAdd(&scope, roots[i]);
	}

	RegistryScanOpen(&t, "partner", "partner_parent_idx", "parent_id");
	id_att = RegistryScanAttnum(&t, "id");
	/* scope.ids grows as children are found: the list is the queue */
	for (i = 0; i < scope.n; i++)
	{
		int64		parent = scope.ids[i];

		if (scan == NULL)
			scan = RegistryScanProbe(&t, snapshot, 1, &parent);
		else
			RegistryScanReprobe(&t, scan, 1, &parent);
		while (index_getnext_slot(scan, ForwardScanDirection, t.slot))
		{
			bool		isnull;
			bool		found;
			int64		child = RegistryScanInt64(&t, id_att, &isnull);

			if (isnull)
				continue;
			(void) hash_search(seen, &child, HASH_ENTER, &found);
			if (!found)
				RegistryIdsAdd(&scope, child);
		}
	}
	if (scan != NULL)
		index_endscan(scan);
	RegistryScanClose(&t);
	hash_destroy(seen);
	return IdsArray(&scope);
}

/*
 * A scope finds its partnerships by partnership_owner_idx, one probe per
 * partner, while it holds less than a tenth of the registry's partners: a
 * partnership found through the index costs about ten times one read
 * with the whole table, so a larger scope (a province, a Bappeda) reads
 * partnership once.  Measured at 100 000 partnerships and 25 000
 * partners, for a scope of 7 541: 155 ms by the index, 34 ms by one read.
 */
#define SCOPE_SHARE_FOR_PROBES 0.1

/*
 * The partnerships owned within scope (sorted), and with members those in
 * which a mapped institution is a member (member_partner_idx).
 */
static ArrayType *
PartnershipIds(Snapshot snapshot, ArrayType *mapped, ArrayType *scope,
			   bool members)
{
	int			nscope;
	const int64 *scope_ids = SetIds(scope, &nscope);
	RegistryScan t;
	IndexScanDesc scan = NULL;
	RegistryIds ids;
	int			i;

	RegistryIdsInit(&ids);
	if (nscope <= SCOPE_SHARE_FOR_PROBES * RegistryRowsEstimate("partner"))
	{
		RegistryScanOpen(&t, "partnership", "partnership_owner_idx", "owner_id");
		for (i = 0; i < nscope; i++)
			AddProbed(&t, &scan, snapshot, scope_ids[i], "id", &ids);
		if (scan != NULL)
			index_endscan(scan);
		RegistryScanClose(&t);
	}
	else
	{
		TableScanDesc seq;
		int			id_att;
		int			owner_att;

		RegistryScanOpen(&t, "partnership", NULL, NULL);
		id_att = RegistryScanAttnum(&t, "id");
		owner_att = RegistryScanAttnum(&t, "owner_id");
		seq = table_beginscan(t.heap, snapshot, 0, NULL);
		while (table_scan_getnextslot(seq, ForwardScanDirection, t.slot))
		{
			bool		isnull;
			int64		owner = RegistryScanInt64(&t, owner_att, &isnull);
			int64		id;

			if (isnull || !RegistryIdsContain(scope_ids, nscope, owner))
				continue;
			id = RegistryScanInt64(&t, id_att, &isnull);
			if (!isnull)
				RegistryIdsAdd(&ids, id);
		}
		table_endscan(seq);
		RegistryScanClose(&t);
	}

	if (members)
	{
		int			nmapped;
		const int64 *mapped_ids = SetIds(mapped, &nmapped);

		scan = NULL;
		RegistryScanOpen(&t, "member", "member_partner_idx", "partner_id");
		for (i = 0; i < nmapped; i++)
			AddProbed(&t, &scan, snapshot, mapped_ids[i], "partnership_id", &ids);
		if (scan != NULL)
			index_endscan(scan);
		RegistryScanClose(&t);
	}
	return IdsArray(&ids);
}

/*
 * Is a set kept from an earlier statement still the set?  It is when it
 * was read while this session's transaction had written nothing (no
 * transaction id), none has been assigned since, and no transaction that
 * wrote has ended since it was read: PostgreSQL counts those endings, and
 * two snapshots taken at the same count see the same committed rows (as
 * GetSnapshotData relies on to reuse a snapshot).  A dashboard's role then
 * computes its sets once for as long as nobody writes, not once a query;
 * any write, anywhere, makes the next statement compute them again.
 */
static bool
SetStillCurrent(const StatementKey *kept)
{
	/* the leader of a parallel plan may not take the latest snapshot */
	if (kept->completions == 0 || kept->user != GetUserId() ||
		TransactionIdIsValid(GetTopTransactionIdIfAny()) || IsInParallelMode())
		return false;
	return GetLatestSnapshot()->snapXactCompletionCount == kept->completions;
}

/*
 * The count of ended transactions that wrote, for a set about to be read
 * (SetStillCurrent), or 0 when the set is for this statement only.  Taken
 * before the set's snapshot, which is then as new or newer: a set is never
 * kept for a count older than the rows it read.  (A registered snapshot is
 * a copy, whose count PostgreSQL clears.)
 */
static uint64
SetCompletions(void)
{
	if (TransactionIdIsValid(GetTopTransactionIdIfAny()) || IsInParallelMode())
		return 0;
	return GetLatestSnapshot()->snapXactCompletionCount;
}

/* Keep value (palloc'd, freed here) as set which of the statement key. */
static void
KeepSet(InstitutionSet which, ArrayType *value, const StatementKey *key)
{
	MemoryContext old;
	KeptIds    *kept = set_value[which];

	set_value[which] = NULL;
	if (kept != NULL && kept->holders > 0)
		kept->replaced = true;
	else if (kept != NULL)
		FreeKeptIds(kept);
	old = MemoryContextSwitchTo(TopMemoryContext);
	kept = palloc0(sizeof(KeptIds));
	kept->ids = (ArrayType *) PG_DETOAST_DATUM_COPY(PointerGetDatum(value));
	MemoryContextSwitchTo(old);
	set_value[which] = kept;
	pfree(value);
	set_key[which] = *key;
}

/*
 * One of the sets for the current role, as kept for the statement (or from
 * an earlier one, SetStillCurrent).  They
 * are computed by direct scans of the registry's tables (as the registry
 * owner reads them: no query, nothing a caller could shadow) in one
 * snapshot of the rows as committed now (RegistryScanSnapshot); the sets
 * a set is computed from (the mapping, the scope) are kept with it, so
 * that the policy of partnership, which asks for the scope and the
 * visible partnerships, walks the tree once.
 */
static KeptIds *
InstitutionSetKeptIds(InstitutionSet which)
{
	StatementKey key;
	Snapshot	snapshot;
	ArrayType  *mapped;
	ArrayType  *scope = NULL;
	ArrayType  *partnerships = NULL;
	uint64		completions;

	CurrentKey(&key);
	if (set_value[which] != NULL && SameKey(&key, &set_key[which]))
		return set_value[which];
	if (set_value[which] != NULL && SetStillCurrent(&set_key[which]))
	{
		/* this statement's now: its later asks need no count, nor a new set */
		key.completions = set_key[which].completions;
		set_key[which] = key;
		return set_value[which];
	}

	completions = SetCompletions();
	snapshot = RegistryScanSnapshot();
	mapped = MappedInstitutions(snapshot);
	if (which != SET_MAPPED)
		scope = ScopeIds(snapshot, mapped);
	if (which == SET_VISIBLE || which == SET_WRITABLE)
		partnerships = PartnershipIds(snapshot, mapped, scope,
									  which == SET_VISIBLE);
	UnregisterSnapshot(snapshot);
	/* for the command the lookup ended in (its scans count one more) */
	CurrentKey(&key);
	key.completions = completions;
	KeepSet(SET_MAPPED, mapped, &key);
	if (scope != NULL)
		KeepSet(SET_SCOPE, scope, &key);
	if (partnerships != NULL)
		KeepSet(which, partnerships, &key);
	return set_value[which];
}

/* The ids of one of the sets, as kept (not to be freed nor kept). */
static ArrayType *
InstitutionSetKept(InstitutionSet which)
{
	return InstitutionSetKeptIds(which)->ids;
}

/* One of the sets for the current role, a palloc'd copy. */
static ArrayType *
InstitutionSetFor(InstitutionSet which)
{
	return (ArrayType *) PG_DETOAST_DATUM_COPY(PointerGetDatum(InstitutionSetKept(which)));
}

/* multi_institution(): is the mode on? */
Datum
partnership_multi_institution(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(InstitutionModeOn());
}

/*
 * The most partnerships a role may read for its policies to be planned as
 * one index condition on them (institution_mode_off_support and
 * institution_set_contains_support).  Measured at
 * 100 000 partnerships (doc/performance.md): a role reading 17 or 93
 * partnerships read every report view whole faster that way, up to a
 * hundred times; one reading 267 read some views 2.5 times slower, one
 * reading 538 up to 5 times slower.
 */
#define INSTITUTION_PLANNED_PARTNERSHIPS 128

/*
 * institution_mode_off(): is the mode off?  The first test of every policy
 * (src/sql/82_institutions.sql), which the planner settles through the
 * support function below.
 */
Datum
partnership_institution_mode_off(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!InstitutionModeOn());
}

/*
 * The planner's support of institution_mode_off() (SupportRequestSimplify),
 * so that a policy "institution_mode_off() OR partnership_id = ANY (...)"
 * costs nothing with the mode off and is one index-friendly condition
 * with the mode on:
 *
 * - mode on when a query (not a write: see
 *   institution_set_contains_support) is planned, for a role that reads at
 *   most INSTITUTION_PLANNED_PARTNERSHIPS partnerships: the call is false, the
 *   OR keeps only the set's test, which institution_set_contains_support
 *   makes "partnership_id = ANY ((SELECT visible_partnerships()))", which
 *   the planner estimates as a short array (a few
 *   partnerships, not half the table) and uses as an index condition.  A
 *   plan kept after the mode is switched off would only be stricter than
 *   it should, and switching the mode invalidates the plans of every table
 *   with policies (InstitutionInvalidatePlans).
 * - mode off, or a role that reads more partnerships: the call becomes
 *   "(SELECT institution_mode_off())", an InitPlan evaluated once per
 *   query, so a plan kept after the mode is switched on still asks at run
 *   time.  The planner cannot see through it and reads about half of each
 *   table as passing, so it reads tables whole and joins by hashing, which
 *   suits a role that reads much of the registry: for such a role the
 *   short-array estimate would be wrong by orders of magnitude, and the
 *   nested loops it leads to grow with the square of its partnerships
 *   (doc/access.md#how-the-policies-stay-cheap).  The subquery's own call
 *   is left alone (its query has no sublinks), which ends the recursion.
 *
 * Only a query whose expressions are processed for sublinks (root given,
 * parse->hasSubLinks) gets the subquery; elsewhere the call stays a call.
 */
Datum
partnership_institution_mode_off_support(PG_FUNCTION_ARGS)
{
	Node	   *rawreq = (Node *) PG_GETARG_POINTER(0);
	SupportRequestSimplify *req;
	Query	   *query;
	SubLink    *sublink;

	if (!IsA(rawreq, SupportRequestSimplify))
		PG_RETURN_POINTER(NULL);
	req = (SupportRequestSimplify *) rawreq;
	if (req->root == NULL || !req->root->parse->hasSubLinks)
		PG_RETURN_POINTER(NULL);

	if (InstitutionModeOn() && req->root->parse->commandType == CMD_SELECT)
	{
		ArrayType  *visible = InstitutionSetKept(SET_VISIBLE);

		if (ArrayGetNItems(ARR_NDIM(visible), ARR_DIMS(visible)) <=
			INSTITUTION_PLANNED_PARTNERSHIPS)
			PG_RETURN_POINTER(makeBoolConst(false, false));
	}

	query = makeNode(Query);
	query->commandType = CMD_SELECT;
	query->querySource = QSRC_ORIGINAL;
	query->canSetTag = true;
	query->jointree = makeFromExpr(NIL, NULL);
	query->targetList = list_make1(makeTargetEntry((Expr *) copyObject(req->fcall),
												   1, pstrdup("institution_mode_off"),
												   false));
	sublink = makeNode(SubLink);
	sublink->subLinkType = EXPR_SUBLINK;
	sublink->subLinkId = 0;
	sublink->testexpr = NULL;
	sublink->operName = NIL;
	sublink->subselect = (Node *) query;
	sublink->location = -1;
	PG_RETURN_POINTER(sublink);
}

/* institution_scope(): the role's institutions and the partners below. */
Datum
partnership_institution_scope(PG_FUNCTION_ARGS)
{
	PG_RETURN_ARRAYTYPE_P(InstitutionSetFor(SET_SCOPE));
}

/* visible_partnerships(): the partnerships the role may read. */
Datum
partnership_visible_partnerships(PG_FUNCTION_ARGS)
{
	PG_RETURN_ARRAYTYPE_P(InstitutionSetFor(SET_VISIBLE));
}

/* writable_partnerships(): the partnerships the role may change. */
Datum
partnership_writable_partnerships(PG_FUNCTION_ARGS)
{
	PG_RETURN_ARRAYTYPE_P(InstitutionSetFor(SET_WRITABLE));
}

/* ------------------------------------------------------------------------
 * Membership of one id in a set: the per-row test of the policies
 * ------------------------------------------------------------------------
 */

/*
 * institution_set_contains(ids, id): is id one of ids?  The policies test
 * each row's partnership (or owner) against a set computed once per query
 * (an InitPlan of visible_partnerships(), writable_partnerships() or
 * institution_scope()); "id = ANY (ids)" would compare the row with every
 * element, so that a role reading n partnerships paid n comparisons a row.
 * The sets are sorted (IdsArray): a binary search costs
 * log2(n).  For an array with NULL elements the answer is that of = ANY;
 * for an unsorted one the search may miss an element, never find one that
 * is not there, so a policy can only show too little.
 */
static bool
SortedIdsContain(ArrayType *ids, int64 id)
{
	int			n;
	const int64 *elements = SetIds(ids, &n);

	Assert(!ARR_HASNULL(ids) && ARR_ELEMTYPE(ids) == INT8OID);
	return RegistryIdsContain(elements, n, id);
}

Datum
partnership_institution_set_contains(PG_FUNCTION_ARGS)
{
	ArrayType  *ids = PG_GETARG_ARRAYTYPE_P(0);
	int64		id = PG_GETARG_INT64(1);
	int			n = ArrayGetNItems(ARR_NDIM(ids), ARR_DIMS(ids));

	if (ARR_ELEMTYPE(ids) != INT8OID)
		elog(ERROR, "institution_set_contains() expects a bigint array");

	if (ARR_HASNULL(ids))
	{
		Datum	   *values;
		bool	   *nulls;
		bool		saw_null = false;
		int			i;

		deconstruct_array(ids, INT8OID, sizeof(int64), FLOAT8PASSBYVAL,
						  TYPALIGN_DOUBLE, &values, &nulls, &n);
		for (i = 0; i < n; i++)
		{
			if (nulls[i])
				saw_null = true;
			else if (DatumGetInt64(values[i]) == id)
				PG_RETURN_BOOL(true);
		}
		if (saw_null)
			PG_RETURN_NULL();
		PG_RETURN_BOOL(false);
	}

	PG_RETURN_BOOL(SortedIdsContain(ids, id));
}

/*
 * in_institution_scope(id), in_visible_partnerships(id) and
 * in_writable_partnerships(id): institution_set_contains((SELECT set()),
 * id) without the array.  An InitPlan's value is copied into the query's
 * memory twice (the function's result, then the InitPlan's row) for each
 * table whose policy tests it, 800 kB at 100 000 partnerships for a role
 * that reads them all; these read the set kept for the session instead
 * (InstitutionSetKeptIds), with no copy.  What the policies become in a
 * query for a role that reads many partnerships
 * (institution_set_contains_support).
 *
 * The set is taken once for the query, as an InitPlan's is, and held
 * until the query's memory goes (a set replaced meanwhile is freed by its
 * last holder): a loop that writes while it reads such a query does not
 * make every row compute the set again, and a cursor fetched after SET
 * ROLE goes on with the set of the role whose privileges opened it.  It
 * is taken again in another transaction (a function's expressions can
 * outlive a query: PL/pgSQL keeps them for the transaction).
 *
 * In a parallel plan each worker computes the set itself, as committed now
 * (RegistryScanSnapshot), as the leader does.
 */
typedef struct KeptSetHolder
{
	KeptIds    *kept;
	LocalTransactionId lxid;
	MemoryContextCallback release;
} KeptSetHolder;

static void
ReleaseKeptSet(void *arg)
{
	KeptSetHolder *holder = (KeptSetHolder *) arg;
	KeptIds    *kept = holder->kept;

	holder->kept = NULL;
	if (kept != NULL && --kept->holders == 0 && kept->replaced)
		FreeKeptIds(kept);
}

static bool
KeptSetContains(FunctionCallInfo fcinfo, InstitutionSet which)
{
	KeptSetHolder *holder = (KeptSetHolder *) fcinfo->flinfo->fn_extra;

	if (holder == NULL)
	{
		holder = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt,
										sizeof(KeptSetHolder));
		holder->release.func = ReleaseKeptSet;
		holder->release.arg = holder;
		MemoryContextRegisterResetCallback(fcinfo->flinfo->fn_mcxt,
										   &holder->release);
		fcinfo->flinfo->fn_extra = holder;
	}
	if (holder->kept == NULL || holder->lxid != MyLocalTransactionId())
	{
		KeptIds    *kept = InstitutionSetKeptIds(which);

		ReleaseKeptSet(holder);
		kept->holders++;
		holder->kept = kept;
		holder->lxid = MyLocalTransactionId();
	}
	return SortedIdsContain(holder->kept->ids, PG_GETARG_INT64(0));
}

Datum
partnership_in_institution_scope(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(KeptSetContains(fcinfo, SET_SCOPE));
}

Datum
partnership_in_visible_partnerships(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(KeptSetContains(fcinfo, SET_VISIBLE));
}

Datum
partnership_in_writable_partnerships(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(KeptSetContains(fcinfo, SET_WRITABLE));
}

/* "id = ANY (ids)" for the arguments (ids, id) of institution_set_contains. */
static Node *
SetContainsAsAny(List *args)
{
	ScalarArrayOpExpr *any = makeNode(ScalarArrayOpExpr);
	Node	   *id = copyObject(lsecond(args));
	Node	   *ids = copyObject(linitial(args));

	any->opno = get_opfamily_member(INTEGER_BTREE_FAM_OID, INT8OID, INT8OID,
									BTEqualStrategyNumber);
	any->opfuncid = get_opcode(any->opno);
	any->hashfuncid = InvalidOid;
	any->negfuncid = InvalidOid;
	any->useOr = true;
	any->inputcollid = InvalidOid;
	any->args = lappend(list_make1(id), ids);
	any->location = -1;
	return (Node *) any;
}

/*
 * The sets of the policies (in InstitutionSet order), the function that
 * answers for one row whether an id is in each, from the row (see
 * SetContainsAs), and the one that answers from the kept set
 * (KeptSetContains).
 */
enum
{
	POLICY_SET,
	POLICY_SET_PROBE,
	POLICY_SET_KEPT
};
static const char *const policy_sets[][3] = {
	{"institution_scope", "institution_covers", "in_institution_scope"},
	{"visible_partnerships", "institution_reads", "in_visible_partnerships"},
	{"writable_partnerships", "institution_writes", "in_writable_partnerships"},
};

/*
 * Which of policy_sets the first argument of institution_set_contains()
 * is: a scalar subquery of one of those functions of the extension, which
 * return sorted sets, or the InitPlan it became; -1 for anything else.
 * SetFunctionWhich: which of them a call is.
 */
static int
PolicySetFunctionWhich(Oid fn, int column)
{
	char	   *name;
	int			i;

	if (get_func_namespace(fn) != RegistrySchema() ||
		!OidIsValid(getExtensionOfObject(ProcedureRelationId, fn)))
		return -1;
	name = get_func_name(fn);
	for (i = 0; i < lengthof(policy_sets); i++)
		if (strcmp(name, policy_sets[i][column]) == 0)
			return i;
	return -1;
}

static int
SetFunctionWhich(Expr *expr)
{
	if (!IsA(expr, FuncExpr) || ((FuncExpr *) expr)->args != NIL)
		return -1;
	return PolicySetFunctionWhich(((FuncExpr *) expr)->funcid, POLICY_SET);
}

static int
SetContainsWhichSet(Node *arg, PlannerInfo *root)
{
	/* while the query is simplified: the subquery itself */
	if (IsA(arg, SubLink))
	{
		SubLink    *sublink = (SubLink *) arg;
		Query	   *query;

		if (sublink->subLinkType != EXPR_SUBLINK || !IsA(sublink->subselect, Query))
			return -1;
		query = (Query *) sublink->subselect;
		/* exactly SELECT f(): no FROM, WHERE, grouping, ordering or limit */
		if (query->commandType != CMD_SELECT || query->rtable != NIL ||
			list_length(query->targetList) != 1 ||
			(query->jointree && query->jointree->quals) ||
			query->havingQual || query->groupClause || query->groupingSets ||
			query->distinctClause || query->sortClause || query->limitCount ||
			query->limitOffset || query->setOperations || query->cteList ||
			query->hasAggs || query->hasWindowFuncs || query->hasTargetSRFs)
			return -1;
		return SetFunctionWhich(linitial_node(TargetEntry, query->targetList)->expr);
	}

	/* once estimated: the InitPlan the subquery became, a bare Result */
	if (IsA(arg, Param) && ((Param *) arg)->paramkind == PARAM_EXEC && root != NULL)
	{
		ListCell   *lc;

		foreach(lc, root->init_plans)
		{
			SubPlan    *subplan = lfirst_node(SubPlan, lc);
			Plan	   *plan;

			if (!list_member_int(subplan->setParam, ((Param *) arg)->paramid))
				continue;
			plan = list_nth(root->glob->subplans, subplan->plan_id - 1);
			if (!IsA(plan, Result) || plan->lefttree != NULL || plan->qual != NIL ||
				((Result *) plan)->resconstantqual != NULL ||
				list_length(plan->targetlist) != 1)
				return -1;
			return SetFunctionWhich(linitial_node(TargetEntry, plan->targetlist)->expr);
		}
	}
	return -1;
}

/*
 * The call of a function that answers of the second argument what the
 * call of institution_set_contains() answers against a whole set, for the
 * set of institution_scope(), visible_partnerships() or
 * writable_partnerships(): from the row (POLICY_SET_PROBE:
 * institution_covers(), institution_reads(), institution_writes()) or
 * from the kept set (POLICY_SET_KEPT: in_institution_scope(),
 * in_visible_partnerships(), in_writable_partnerships()).
 */
static Node *
SetContainsAs(FuncExpr *fcall, int set, int column)
{
	Oid			argtypes[1] = {INT8OID};
	List	   *name;
	Oid			fn;

	name = list_make1(makeString(get_namespace_name(RegistrySchema())));
	name = lappend(name, makeString(pstrdup(policy_sets[set][column])));
	fn = LookupFuncName(name, 1, argtypes, true);
	if (!OidIsValid(fn) ||
		getExtensionOfObject(ProcedureRelationId, fn) !=
		getExtensionOfObject(ProcedureRelationId, fcall->funcid))
		return NULL;
	return (Node *) makeFuncExpr(fn, BOOLOID,
								 list_make1(copyObject(lsecond(fcall->args))),
								 InvalidOid, InvalidOid, COERCE_EXPLICIT_CALL);
}

/*
 * The planner's support of institution_set_contains():
 *
 * Both rewrites apply only to a call whose first argument is one of the
 * policies' sorted sets (SetContainsWhichSet), during planning: for any
 * other array the call stays what it says, so that its answer never
 * depends on the session.
 *
 * - SupportRequestSimplify: in INSERT, UPDATE and DELETE, the call
 *   becomes the test of the one row (SetContainsAs): a write reaches
 *   few rows, and the sets would be computed again after every change the
 *   statement's transaction made, each time reading every partnership of
 *   the role (a load of n partnerships by one institution cost n squared).
 *   In a query, mode on, for a role that reads at most
 *   INSTITUTION_PLANNED_PARTNERSHIPS partnerships, the call becomes
 *   "id = ANY (ids)", which the planner estimates from a short array and
 *   uses as an index condition (see institution_mode_off_support, which
 *   drops the policy's first test in the same case).  For a role that
 *   reads more, it becomes the test against the set kept for the session
 *   (SetContainsAs, POLICY_SET_KEPT: in_visible_partnerships() and the
 *   others), a binary search per row with no copy of the set.  With the
 *   mode off the call stays: the policy's first test is true, and the set
 *   is never computed.
 * - SupportRequestSelectivity, for institution_set_contains() and for
 *   in_visible_partnerships() and the others: with the mode on (or once
 *   rewritten), the share of the registry's partnerships the role reads;
 *   otherwise the selectivity of "id = ANY (ids)" (the function's COST is
 *   that comparison's too).
 */
Datum
partnership_institution_set_contains_support(PG_FUNCTION_ARGS)
{
	Node	   *rawreq = (Node *) PG_GETARG_POINTER(0);

	if (IsA(rawreq, SupportRequestSimplify))
	{
		SupportRequestSimplify *req = (SupportRequestSimplify *) rawreq;
		ArrayType  *visible;

		int			set;

		/* only the policies' own sets: the rewrites below need them sorted */
		if (req->root == NULL || list_length(req->fcall->args) != 2 ||
			(set = SetContainsWhichSet(linitial(req->fcall->args), req->root)) < 0)
			PG_RETURN_POINTER(NULL);
		if (req->root->parse->commandType != CMD_SELECT)
			PG_RETURN_POINTER(SetContainsAs(req->fcall, set, POLICY_SET_PROBE));
		if (!InstitutionModeOn())
			PG_RETURN_POINTER(NULL);
		visible = InstitutionSetKept(SET_VISIBLE);
		if (ArrayGetNItems(ARR_NDIM(visible), ARR_DIMS(visible)) >
			INSTITUTION_PLANNED_PARTNERSHIPS)
			PG_RETURN_POINTER(SetContainsAs(req->fcall, set, POLICY_SET_KEPT));
		PG_RETURN_POINTER(SetContainsAsAny(req->fcall->args));
	}
	if (IsA(rawreq, SupportRequestSelectivity))
	{
		SupportRequestSelectivity *req = (SupportRequestSelectivity *) rawreq;
		int			nargs = list_length(req->args);

		/* institution_set_contains(ids, id), or in_...(id) it became */
		if (nargs == 1 ? PolicySetFunctionWhich(req->funcid, POLICY_SET_KEPT) < 0 :
			nargs != 2)
			PG_RETURN_POINTER(NULL);
		if (nargs == 1 ||
			(SetContainsWhichSet(linitial(req->args), req->root) >= 0 &&
			 InstitutionModeOn()))
		{
			/*
			 * The share of the registry the role reads: what passes of any
			 * table whose rows hang off partnerships, or whose owners are
			 * the role's.  (What = ANY would be estimated at, a handful of
			 * rows, makes a role that reads most of the registry look as if
			 * it read almost nothing, and its joins be planned for that.)
			 */
			ArrayType  *visible = InstitutionSetKept(SET_VISIBLE);
			double		n = ArrayGetNItems(ARR_NDIM(visible), ARR_DIMS(visible));
			double		total = RegistryRowsEstimate("partnership");

			req->selectivity = total > n ? n / total : 1.0;
		}
		else
			req->selectivity = clause_selectivity(req->root, SetContainsAsAny(req->args),
												  req->varRelid, req->jointype,
												  req->sjinfo);
		PG_RETURN_POINTER(req);
	}
	PG_RETURN_POINTER(NULL);
}

/*
 * The tests of one row for writes (SetContainsAs): does the role act
 * for partner id (institution_covers), and may it read (institution_reads)
 * or change (institution_writes) partnership id?  The same answers as
 * membership of the sets, from the partnership's row (its owner, whether a
 * mapped institution is a member) as the guard trigger reads it.
 *
 * Two answers are kept for the statement, one partnership each: the
 * guard's (judged once the written row is locked, from the mapping as
 * committed then) and the policies' (judged when the scan reached the
 * row).  The guard takes only its own, so that a mapping removed while a
 * write waited for its row is seen; the policies take the guard's when it
 * is there, the fresher of the two.
 */
typedef struct ProbeAnswer
{
	StatementKey key;
	int64		id;				/* -1: none */
	bool		reads;
	bool		writes;
} ProbeAnswer;

static ProbeAnswer guard_answer = {.id = -1};
static ProbeAnswer policy_answer = {.id = -1};

static bool
ProbeKept(ProbeAnswer *answer, int64 id, bool *reads, bool *writes)
{
	StatementKey key;

	CurrentKey(&key);
	if (answer->id != id || !SameKey(&key, &answer->key))
		return false;
	*reads = answer->reads;
	*writes = answer->writes;
	return true;
}

/*
 * Partnership id in snapshot (direct index scans, no query a caller could
 * shadow): its owner, and whether one of the mapped institutions is a
 * member.  False if there is no such partnership.
 */
static bool
PartnershipOwnerAndMember(Snapshot snapshot, int64 id, ArrayType *mapped,
						  bool *owner_null, int64 *owner, bool *member)
{
	RegistryScan t;
	IndexScanDesc scan;
	bool		found;

	RegistryScanOpen(&t, "partnership", "partnership_pkey", "id");
	scan = RegistryScanProbe(&t, snapshot, 1, &id);
	found = index_getnext_slot(scan, ForwardScanDirection, t.slot);
	if (found)
		*owner = RegistryScanInt64(&t, RegistryScanAttnum(&t, "owner_id"), owner_null);
	index_endscan(scan);
	RegistryScanClose(&t);

	*member = false;
	if (found)
	{
		int			partner_att;

		RegistryScanOpen(&t, "member", "member_pkey", "partnership_id");
		partner_att = RegistryScanAttnum(&t, "partner_id");
		scan = RegistryScanProbe(&t, snapshot, 1, &id);
		while (!*member &&
			   index_getnext_slot(scan, ForwardScanDirection, t.slot))
		{
			bool		isnull;
			int64		partner = RegistryScanInt64(&t, partner_att, &isnull);

			*member = !isnull && SortedIdsContain(mapped, partner);
		}
		index_endscan(scan);
		RegistryScanClose(&t);
	}
	return found;
}

static void
ProbePartnership(int64 id, bool guard, bool *reads, bool *writes)
{
	ProbeAnswer *answer = guard ? &guard_answer : &policy_answer;
	Snapshot	snapshot;
	ArrayType  *mapped;
	bool		member = false;
	bool		covered = false;
	bool		owner_null = true;
	int64		owner = 0;

	if (ProbeKept(&guard_answer, id, reads, writes) ||
		(!guard && ProbeKept(&policy_answer, id, reads, writes)))
		return;

	/* nothing kept, should a scan below fail and the error be caught */
	answer->id = -1;
	/*
	 * One snapshot for the partnership, its members and the partner tree
	 * (and, for the guard, the mapping): the answer of one committed state.
	 */
	snapshot = RegistryScanSnapshot();
	mapped = MappedSet(guard, snapshot);
	if (ArrayGetNItems(ARR_NDIM(mapped), ARR_DIMS(mapped)) > 0 &&
		PartnershipOwnerAndMember(snapshot, id, mapped, &owner_null, &owner,
								  &member) &&
		!owner_null)
		covered = CoversIn(snapshot, mapped, owner);
	UnregisterSnapshot(snapshot);
	answer->writes = covered;
	answer->reads = covered || member;
	answer->id = id;
	CurrentKey(&answer->key);
	*reads = answer->reads;
	*writes = answer->writes;
}

/* institution_covers(partner_id): does the role act for this partner? */
Datum
partnership_institution_covers(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(Covers(PG_GETARG_INT64(0), false));
}

/* institution_reads(partnership_id): may the role read the partnership? */
Datum
partnership_institution_reads(PG_FUNCTION_ARGS)
{
	bool		reads;
	bool		writes;

	ProbePartnership(PG_GETARG_INT64(0), false, &reads, &writes);
	PG_RETURN_BOOL(reads);
}

/* institution_writes(partnership_id): may the role change it? */
Datum
partnership_institution_writes(PG_FUNCTION_ARGS)
{
	bool		reads;
	bool		writes;

	ProbePartnership(PG_GETARG_INT64(0), false, &reads, &writes);
	PG_RETURN_BOOL(writes);
}

/* ------------------------------------------------------------------------
 * The guard trigger
 * ------------------------------------------------------------------------
 */

/*
 * The institutions the role is mapped to: as kept for the statement, or
 * (fresh, for the guard's checks, which run once the written row is
 * locked) in snapshot, so that a mapping removed meanwhile is seen.
 */
static ArrayType *
MappedSet(bool fresh, Snapshot snapshot)
{
	if (fresh)
		return MappedInstitutions(snapshot);
	return InstitutionSetKept(SET_MAPPED);
}

/* Is partner_id, or a partner above it in snapshot, one of mapped? */
static bool
CoversIn(Snapshot snapshot, ArrayType *mapped, int64 partner_id)
{
	return ArrayGetNItems(ARR_NDIM(mapped), ARR_DIMS(mapped)) > 0 &&
		RegistryPartnerAncestor(snapshot, partner_id, IsMapped, mapped);
}

/* Does the role act for this partner (fresh: as MappedSet)? */
static bool
Covers(int64 partner_id, bool fresh)
{
	Snapshot	snapshot = RegistryScanSnapshot();
	bool		covered = CoversIn(snapshot, MappedSet(fresh, snapshot),
								   partner_id);

	UnregisterSnapshot(snapshot);
	return covered;
}

/* The names of the role's institutions ("A", "B" inside the quotes), or NULL. */
static char *
InstitutionNames(void)
{
	static SPIPlanPtr plan = NULL;
	bool		isnull;
	Datum		d;

	RunAsOwner(&plan, institutions_query, InvalidOid, (Datum) 0);
	d = ResultColumn(1, &isnull);
	return isnull ? NULL : TextDatumGetCString(d);
}

static char *
PartnerName(int64 partner_id)
{
	static SPIPlanPtr plan = NULL;
	bool		isnull;
	Datum		d;

	RunAsOwner(&plan, partner_name_query, INT8OID, Int64GetDatum(partner_id));
	d = ResultColumn(1, &isnull);
	return isnull ? psprintf(INT64_FORMAT, partner_id) : TextDatumGetCString(d);
}

/* The detail and hint of a refusal: whom the role acts for. */
static int
RefusalDetail(MessageId detail)
{
	char	   *names = InstitutionNames();
	const char *role = GetUserNameFromId(GetUserId(), false);

	if (names == NULL)
	{
		errdetail_cat(MSG_INSTITUTION_UNMAPPED_DETAIL, role);
		return errhint_cat(MSG_INSTITUTION_UNMAPPED_HINT);
	}
	return errdetail_cat(detail, role, names);
}

/*
 * Refuse a write to partnership id unless one of the role's institutions,
 * or one above, owns it.  A partnership the role does not read at all is
 * named by the id the caller gave and nothing else, whether it exists or
 * not; one it reads as a member's is named with its owner.
 */
static void
CheckWritable(int64 id)
{
	static SPIPlanPtr plan = NULL;
	bool		reads;
	bool		writes;

	/*
	 * The guard's own answer, judged after the row was locked: never the
	 * one a policy's test of the row kept when the scan reached it, which a
	 * mapping removed or a partnership given away meanwhile would have made
	 * stale.  The write's WITH CHECK of the same row then reuses this one.
	 */
	ProbePartnership(id, true, &reads, &writes);
	if (writes)
		return;

	if (reads)
	{
		const char *role = GetUserNameFromId(GetUserId(), false);
		char	   *names = InstitutionNames();
		char	   *code = NULL;
		char	   *owner_name = NULL;

		RunAsOwner(&plan, partnership_query, INT8OID, Int64GetDatum(id));
		if (SPI_processed == 1)
		{
			code = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
			owner_name = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3);
		}
		ereport(ERROR,
				errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				errmsg_cat(MSG_INSTITUTION_READ_ONLY,
						   code ? code : psprintf(INT64_FORMAT, id), role),
				errdetail_cat(MSG_INSTITUTION_READ_ONLY_DETAIL,
							  owner_name ? owner_name : "-", role,
							  names ? names : "-"));
	}
	ereport(ERROR,
			errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
			errmsg_cat(MSG_INSTITUTION_DENIED, psprintf(INT64_FORMAT, id)),
			RefusalDetail(MSG_INSTITUTION_DENIED_DETAIL));
}

/* A row of a table that hangs off a partnership (partnership_id). */
static void
GuardPartnershipRow(Relation rel, HeapTuple oldtuple, HeapTuple newtuple)
{
	int			att = RegistryAttnum(rel, "partnership_id");
	int64		old_id = 0;

	if (oldtuple != NULL)
	{
		old_id = RegistryGetInt64(oldtuple, rel, att);
		CheckWritable(old_id);
	}
	if (newtuple != NULL)
	{
		int64		new_id = RegistryGetInt64(newtuple, rel, att);

		if (oldtuple == NULL || new_id != old_id)
			CheckWritable(new_id);
	}
}

/*
 * A row's id never changes: every check reads the row by its id, and
 * another id may be another institution's row (a partnership's, say, whose
 * members a date check would then name).
 */
static void
GuardId(Relation rel, HeapTuple oldtuple, HeapTuple newtuple)
{
	int			id_att = SPI_fnumber(RelationGetDescr(rel), "id");

	if (oldtuple == NULL || newtuple == NULL || id_att <= 0)
		return;
	if (RegistryGetInt64(oldtuple, rel, id_att) !=
		RegistryGetInt64(newtuple, rel, id_att))
		ereport(ERROR,
				errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				errmsg_cat(MSG_INSTITUTION_ID_CHANGE, RelationGetRelationName(rel)),
				errdetail_cat(MSG_INSTITUTION_ID_CHANGE_DETAIL),
				errhint_cat(MSG_INSTITUTION_ID_CHANGE_HINT),
				errtable(rel));
}

/*
 * A new partnership never takes the id of one the audit trail records: the
 * audit rows of a deleted partnership keep its id, and the policy on audit
 * would show them to the roles of the new one.
 */
static void
GuardNewPartnershipId(Relation rel, HeapTuple newtuple)
{
	static SPIPlanPtr live_plan = NULL;
	static SPIPlanPtr plan = NULL;
	int64		id = RegistryGetInt64(newtuple, rel, RegistryAttnum(rel, "id"));
	bool		isnull;

	RunAsOwner(&live_plan, live_id_query, INT8OID, Int64GetDatum(id));
	if (SPI_processed > 0)
		return;
	RunAsOwner(&plan, audited_query, INT8OID, Int64GetDatum(id));
	if (DatumGetBool(ResultColumn(1, &isnull)) && !isnull)
		ereport(ERROR,
				errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				errmsg_cat(MSG_INSTITUTION_ID_USED, id),
				errdetail_cat(MSG_INSTITUTION_ID_USED_DETAIL),
				errhint_cat(MSG_INSTITUTION_ID_USED_HINT),
				errtable(rel));
}

/* partnership itself: the old row must be the role's, the new owner too. */
static void
GuardPartnership(Relation rel, HeapTuple oldtuple, HeapTuple newtuple)
{
	int			id_att = RegistryAttnum(rel, "id");
	int			owner_att = RegistryAttnum(rel, "owner_id");
	bool		old_null = true;
	bool		new_null;
	Datum		old_owner = (Datum) 0;
	Datum		new_owner;
	char	   *code;

	if (oldtuple != NULL)
	{
		CheckWritable(RegistryGetInt64(oldtuple, rel, id_att));
		old_owner = RegistryGetAttr(oldtuple, rel, owner_att, &old_null);
	}
	if (newtuple == NULL)
		return;
	new_owner = RegistryGetAttr(newtuple, rel, owner_att, &new_null);
	if (oldtuple != NULL && old_null == new_null &&
		(new_null || DatumGetInt64(old_owner) == DatumGetInt64(new_owner)))
		return;

	code = SPI_getvalue(newtuple, RelationGetDescr(rel),
						RegistryAttnum(rel, "code"));
	if (new_null)
		ereport(ERROR,
				errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				errmsg_cat(MSG_INSTITUTION_NO_OWNER, code ? code : "-"),
				errhint_cat(MSG_INSTITUTION_NO_OWNER_HINT),
				errtablecol(rel, owner_att));
	if (!Covers(DatumGetInt64(new_owner), true))
		ereport(ERROR,
				errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				errmsg_cat(oldtuple == NULL ? MSG_INSTITUTION_NEW_PARTNERSHIP :
						   MSG_INSTITUTION_GIVE, code ? code : "-",
						   PartnerName(DatumGetInt64(new_owner))),
				RefusalDetail(MSG_INSTITUTION_DENIED_DETAIL),
				errtablecol(rel, owner_att));
}

/*
 * partner: the tree decides what a role sees, so a role places a partner
 * only within its own institutions' tree: a new partner under one of them
 * (or under none), and a move only from below one of them to below one
 * of them.  The sector decides how the rules judge every partnership the
 * partner is a member of, so a role changes it only when all of them are
 * its own (the commit-time check would otherwise judge, and name, another
 * institution's partnership).  Everything else about partners (the shared
 * address book) is as for any writer.
 */
static void
GuardPartner(Relation rel, HeapTuple oldtuple, HeapTuple newtuple)
{
	int			parent_att = RegistryAttnum(rel, "parent_id");
	bool		old_null = true;
	bool		new_null;
	Datum		old_parent = (Datum) 0;
	Datum		new_parent;
	char	   *name;

	if (newtuple == NULL)
		return;					/* a DELETE: the foreign keys decide */
	if (oldtuple != NULL)
	{
		int			sector_att = RegistryAttnum(rel, "sector");
		bool		old_snull;
		bool		new_snull;
		Datum		old_sector = RegistryGetAttr(oldtuple, rel, sector_att, &old_snull);
		Datum		new_sector = RegistryGetAttr(newtuple, rel, sector_att, &new_snull);

		if (old_snull != new_snull ||
			(!old_snull && DatumGetVocabularyCode(old_sector) != DatumGetVocabularyCode(new_sector)))
		{
			static SPIPlanPtr lock_plan = NULL;
			static SPIPlanPtr plan = NULL;
			int64		partner_id = RegistryGetInt64(oldtuple, rel,
													  RegistryAttnum(rel, "id"));
			ArrayType  *writable;
			bool		isnull;
			Datum		d;

			/*
			 * Lock first, then look: a transaction adding the partner to
			 * another institution's partnership holds FOR KEY SHARE on it
			 * until it ends, and its membership must count here once it
			 * commits (the query reads the latest committed rows).
			 */
			RunAsOwner(&lock_plan, partner_lock_query, INT8OID,
					   Int64GetDatum(partner_id));
			writable = InstitutionSetFor(SET_WRITABLE);
			RunAsOwner3(&plan, foreign_member_query, INT8OID,
						Int64GetDatum(partner_id),
						INT8ARRAYOID, PointerGetDatum(writable));
			d = ResultColumn(1, &isnull);
			if (!isnull && DatumGetBool(d))
			{
				name = SPI_getvalue(oldtuple, RelationGetDescr(rel),
									RegistryAttnum(rel, "name"));
				ereport(ERROR,
						errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
						errmsg_cat(MSG_INSTITUTION_PARTNER_SECTOR, name ? name : "-"),
						errdetail_cat(MSG_INSTITUTION_PARTNER_SECTOR_DETAIL));
			}
		}
	}
	new_parent = RegistryGetAttr(newtuple, rel, parent_att, &new_null);
	if (oldtuple != NULL)
	{
		old_parent = RegistryGetAttr(oldtuple, rel, parent_att, &old_null);
		if (old_null == new_null &&
			(new_null || DatumGetInt64(old_parent) == DatumGetInt64(new_parent)))
			return;
	}
	else if (new_null)
		return;

	name = SPI_getvalue(newtuple, RelationGetDescr(rel),
						RegistryAttnum(rel, "name"));
	if (oldtuple != NULL && (old_null || new_null ||
							 !Covers(DatumGetInt64(old_parent), true)))
		ereport(ERROR,
				errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				errmsg_cat(MSG_INSTITUTION_TREE_MOVE, name ? name : "-"),
				RefusalDetail(MSG_INSTITUTION_TREE_DETAIL),
				errtablecol(rel, parent_att));
	if (!Covers(DatumGetInt64(new_parent), true))
		ereport(ERROR,
				errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				errmsg_cat(MSG_INSTITUTION_TREE, name ? name : "-",
						   PartnerName(DatumGetInt64(new_parent))),
				RefusalDetail(MSG_INSTITUTION_TREE_DETAIL),
				errtablecol(rel, parent_att));
}

/*
 * The mode is being switched: when this transaction commits, every
 * session drops its plans of the tables with row-level security (a
 * relcache invalidation of each), so that none keeps a policy planned for
 * the other mode (institution_mode_off_support).
 */
static void
InstitutionInvalidatePlans(void)
{
	Relation	pg_class_rel;
	SysScanDesc scan;
	HeapTuple	tuple;
	Oid			schema = RegistrySchema();

	pg_class_rel = table_open(RelationRelationId, AccessShareLock);
	scan = systable_beginscan(pg_class_rel, InvalidOid, false, NULL, 0, NULL);
	while (HeapTupleIsValid(tuple = systable_getnext(scan)))
	{
		Form_pg_class form = (Form_pg_class) GETSTRUCT(tuple);

		if (form->relnamespace == schema && form->relrowsecurity)
			CacheInvalidateRelcacheByRelid(form->oid);
	}
	systable_endscan(scan);
	table_close(pg_class_rel, AccessShareLock);
}

/* setting: only the owner or a superuser touches multi_institution. */
static void
GuardSetting(Relation rel, HeapTuple oldtuple, HeapTuple newtuple)
{
	int			name_att = RegistryAttnum(rel, "name");
	bool		touched = false;
	char	   *name;

	if (oldtuple != NULL)
	{
		name = SPI_getvalue(oldtuple, RelationGetDescr(rel), name_att);
		touched |= name != NULL && strcmp(name, "multi_institution") == 0;
	}
	if (newtuple != NULL)
	{
		name = SPI_getvalue(newtuple, RelationGetDescr(rel), name_att);
		touched |= name != NULL && strcmp(name, "multi_institution") == 0;
	}
	if (touched && !InstitutionBypass())
		ereport(ERROR,
				errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				errmsg_cat(MSG_INSTITUTION_SWITCH),
				errdetail_cat(MSG_INSTITUTION_SWITCH_DETAIL));
	if (touched)
		InstitutionInvalidatePlans();
}

/*
 * BEFORE INSERT OR UPDATE OR DELETE FOR EACH ROW on partner, setting,
 * partnership and every table that hangs off a partnership.  Named p01 so
 * that it fires before every other row trigger (the agreement trigger p05,
 * the guard p10, the checks): a write to a partnership the caller may not
 * change is refused before anything could tell it about that partnership
 * (its status, its agreements).
 */
Datum
partnership_institution_guard(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;
	Relation	rel;
	const char *relname;
	HeapTuple	oldtuple = NULL;
	HeapTuple	newtuple = NULL;

	trigdata = RegistryTriggerCheck(fcinfo, "institution_guard", true, true,
									REGISTRY_ON_INSERT | REGISTRY_ON_UPDATE |
									REGISTRY_ON_DELETE);
	rel = trigdata->tg_relation;
	relname = RelationGetRelationName(rel);

	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
		newtuple = trigdata->tg_trigtuple;
	else if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		oldtuple = trigdata->tg_trigtuple;
		newtuple = trigdata->tg_newtuple;
	}
	else
		oldtuple = trigdata->tg_trigtuple;

	if (creating_extension || RegistryRestoring())
		return RegistryPassThrough(trigdata);

	if (strcmp(relname, "setting") == 0)
	{
		GuardSetting(rel, oldtuple, newtuple);
		return RegistryPassThrough(trigdata);
	}

	if (!InstitutionModeOn() || InstitutionBypass())
		return RegistryPassThrough(trigdata);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	GuardId(rel, oldtuple, newtuple);
	if (strcmp(relname, "partner") == 0)
		GuardPartner(rel, oldtuple, newtuple);
	else if (strcmp(relname, "partnership") == 0)
	{
		GuardPartnership(rel, oldtuple, newtuple);
		if (oldtuple == NULL)
			GuardNewPartnershipId(rel, newtuple);
	}
	else
		GuardPartnershipRow(rel, oldtuple, newtuple);
	SPI_finish();

	return RegistryPassThrough(trigdata);
}

/*
 * BEFORE INSERT OR UPDATE FOR EACH ROW on institution_role: bind the row
 * to a role (role_oid), so that the mapping is that role's and no later
 * role's that takes the name after a DROP ROLE (PostgreSQL tells an
 * extension nothing of DROP ROLE, and the row stays).
 *
 * - A row written without role_oid (grant_access(), a DBA's INSERT) is
 *   bound to the role that has the name now; a name no role has is
 *   refused.
 * - A row that comes with role_oid (a restore, or a DBA's explicit
 *   rebind) keeps it only while it is the oid of the role of that name,
 *   and is left unbound (NULL: it maps no role) otherwise: the role it was
 *   written for is gone, or the dump comes from another server.
 * - An UPDATE keeps a binding to the role of the row's name, or binds the
 *   row to it when it sets that role's oid on purpose; otherwise it keeps
 *   the old binding while the name stays, and unbinds the row when the
 *   name changes.  Rewriting the rows (a partner merge) binds none anew,
 *   and neither does renaming a row away and back.
 * - On a superuser's pg_restore an unbound row stays unbound.
 */
Datum
partnership_institution_role_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;
	Relation	rel;
	HeapTuple	newtuple;
	int			name_att;
	int			oid_att;
	bool		isnull;
	bool		carried_null;
	Name		role;
	Oid			current;
	Oid			carried;
	Oid			bound;
	Datum		value;
	bool		value_null;

	trigdata = RegistryTriggerCheck(fcinfo, "institution_role_trigger", true,
									true, REGISTRY_ON_INSERT | REGISTRY_ON_UPDATE);
	rel = trigdata->tg_relation;
	newtuple = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ?
		trigdata->tg_newtuple : trigdata->tg_trigtuple;
	name_att = RegistryAttnum(rel, "role_name");
	oid_att = RegistryAttnum(rel, "role_oid");

	role = DatumGetName(RegistryGetAttr(newtuple, rel, name_att, &isnull));
	if (isnull)
		return PointerGetDatum(newtuple);	/* the NOT NULL constraint's */
	current = get_role_oid(NameStr(*role), true);
	value = RegistryGetAttr(newtuple, rel, oid_att, &carried_null);
	carried = carried_null ? InvalidOid : DatumGetObjectId(value);

	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		bool		old_null;
		Datum		old = RegistryGetAttr(trigdata->tg_trigtuple, rel, oid_att,
										  &old_null);
		bool		same_name;

		same_name = namestrcmp(DatumGetName(RegistryGetAttr(trigdata->tg_trigtuple,
															 rel, name_att,
															 &isnull)),
							   NameStr(*role)) == 0;
		if (!carried_null && OidIsValid(current) && carried == current)
			bound = carried;	/* the name's own role: kept, or bound on purpose */
		else if (same_name)
			bound = old_null ? InvalidOid : DatumGetObjectId(old);
		else
			bound = InvalidOid; /* another name, another role's: none */
	}
	else if (!carried_null)
		bound = (carried == current) ? carried : InvalidOid;
	else if (OidIsValid(current) && !RegistryRestoring())
		bound = current;
	else if (RegistryRestoring())
		bound = InvalidOid;
	else
		ereport(ERROR,
				errcode(ERRCODE_UNDEFINED_OBJECT),
				errmsg_cat(MSG_INSTITUTION_ROLE_UNKNOWN, NameStr(*role)),
				errdetail_cat(MSG_INSTITUTION_ROLE_UNKNOWN_DETAIL),
				errhint_cat(MSG_INSTITUTION_ROLE_UNKNOWN_HINT),
				errtable(rel));

	value = ObjectIdGetDatum(bound);
	value_null = !OidIsValid(bound);
	return PointerGetDatum(heap_modify_tuple_by_cols(newtuple,
													 RelationGetDescr(rel),
													 1, &oid_att, &value,
													 &value_null));
}
