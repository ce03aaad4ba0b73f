/*-------------------------------------------------------------------------
 *
 * check.c
 *	  partnership.check(partnership_id) and partnership.check_all(): the
 *	  violations of the rule catalogue, for one partnership or for every
 *	  partnership of the registry in one pass.  Both gather the facts by
 *	  the same scans (facts.c) and judge them by the same code (judge.c)
 *	  as enforcement; they differ from it in whose view they take:
 *
 *	  - the caller's snapshot (the statement's), not the latest one;
 *	  - the caller's privileges: SELECT on every table the facts come
 *		from, as the SQL that check() ran up to 1.0.0 needed;
 *	  - the caller's visibility: where row-level security applies to the
 *		caller on partnership.partnership, only the partnerships the caller
 *		can SELECT there are judged (check() of another one says it does
 *		not exist, as for an id that was never used).  A partnership the
 *		caller can see is judged whole, from all its rows: the registry's
 *		policies grant a partnership's rows together with the partnership
 *		(doc/security.md), and partners are the shared address book.
 *
 *	  A report view reads check() per partnership (LATERAL), so that a
 *	  filter on one partnership reaches its index and costs one check.  Read
 *	  whole, the same view would judge the registry one partnership at a
 *	  time: so check() counts its calls within one query (the function's
 *	  FmgrInfo lives as long as the query's plan node), and once they are
 *	  many (a sixteenth of the registry, at least 32) judges every
 *	  partnership the caller can see in one pass, as check_all() does, and
 *	  answers the remaining calls from that.  Both ways give the same rows (sql/rules_paths.sql).
 *
 * src/rules/check.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/table.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "storage/bufmgr.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rls.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "messages.h"
#include "registry/registry.h"
#include "registry/scan.h"
#include "rules/judge.h"

/* The tables the facts and the catalogue are read from. */
static const char *const fact_tables[] = {
	"partnership", "member", "partner", "commitment", "agreement",
	"agreement_party", "agreement_clause", "clause_kind", "activity",
	"assignment", "evaluation", "risk", "rule", "setting"
};

/* The caller must be allowed to SELECT from every table read. */
static void
check_privileges(void)
{
	int			i;

	for (i = 0; i < lengthof(fact_tables); i++)
	{
		Oid			relid = RegistryRelationId(fact_tables[i]);

		if (pg_class_aclcheck(relid, GetUserId(), ACL_SELECT) != ACLCHECK_OK)
			aclcheck_error(ACLCHECK_NO_PRIV, OBJECT_TABLE, get_rel_name(relid));
	}
}

/*
 * The partnerships the caller can see, when row-level security limits
 * them: a sorted array of ids (*nids), from a query the caller runs in
 * its snapshot; false when every row is visible (no policy applies).
 * With one_id >= 0 only that partnership is asked for.
 */
static bool
visible_partnerships(int64 one_id, int64 **ids, int *nids)
{
	static SPIPlanPtr all_plan = NULL;
	static SPIPlanPtr one_plan = NULL;
	SPIPlanPtr *plan = one_id >= 0 ? &one_plan : &all_plan;
	MemoryContext caller = CurrentMemoryContext;
	Datum		values[1];
	int			nestlevel;
	int			ret;
	uint64		i;

	if (check_enable_rls(RegistryRelationId("partnership"), InvalidOid, false) !=
		RLS_ENABLED)
		return false;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (*plan == NULL)
	{
		Oid			argtypes[1] = {INT8OID};

		*plan = one_id >= 0 ?
			RegistryPreparePlan("SELECT p.id FROM @extschema@.partnership p"
								" WHERE p.id OPERATOR(pg_catalog.=) $1", 1, argtypes) :
			RegistryPreparePlan("SELECT p.id FROM @extschema@.partnership p"
								" ORDER BY p.id", 0, NULL);
	}
	values[0] = Int64GetDatum(one_id);
	nestlevel = RegistrySetSearchPath();
	/* read-only: in the caller's snapshot, the one the facts are read in */
	ret = SPI_execute_plan(*plan, one_id >= 0 ? values : NULL, NULL, true, 0);
	RegistryRestoreSearchPath(nestlevel);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute_plan failed: %s", SPI_result_code_string(ret));

	*nids = (int) SPI_processed;
	*ids = MemoryContextAlloc(caller, sizeof(int64) * Max(SPI_processed, 1));
	for (i = 0; i < SPI_processed; i++)
	{
		bool		isnull;

		(*ids)[i] = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[i],
												SPI_tuptable->tupdesc, 1, &isnull));
	}
	SPI_finish();
	return true;
}

/*
 * An id that names no partnership, or one the caller cannot see: the same
 * error, so that it does not tell which.
 */
static void
report_no_partnership(int64 partnership_id)
{
	ereport(ERROR,
			errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			errmsg_cat(MSG_CHECK_NO_PARTNERSHIP, partnership_id),
			errdetail_cat(MSG_CHECK_NOT_VISIBLE_DETAIL),
			errhint_cat(MSG_CHECK_NO_PARTNERSHIP_HINT));
}

/* Emit the violations of one partnership as rows of the result. */
static void
put_violations(ReturnSetInfo *rsinfo, bool with_id, int64 id, List *violations)
{
	ListCell   *lc;

	foreach(lc, violations)
	{
		RuleViolation *v = (RuleViolation *) lfirst(lc);
		Datum		values[5];
		bool		nulls[5] = {false, false, false, false, false};
		int			n = 0;

		if (with_id)
			values[n++] = Int64GetDatum(id);
		values[n++] = CStringGetTextDatum(v->code);
		values[n++] = CStringGetTextDatum(v->severity == RULE_SEVERITY_ERROR ?
										  "error" : "warning");
		values[n++] = CStringGetTextDatum(v->message);
		values[n++] = DirectFunctionCall1(jsonb_in, CStringGetDatum(v->detail));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
}

/*
 * check() judges the whole registry in one pass, and answers the rest of
 * the query from it, once the query has called it for more than a
 * sixteenth of the registry's partnerships, and at least CHECK_ONE_BY_ONE
 * times (see the file header).  One partnership costs a few times what it
 * costs within the one pass: a query that reads the whole registry pays
 * little for the calls made one by one before the switch, and one that
 * checks a few thousand partnerships of a large registry never switches.
 */
#define CHECK_ONE_BY_ONE	32
#define CHECK_SHARE_OF_REGISTRY 16

/* One partnership's verdict, kept for the rest of the query. */
typedef struct CheckedPartnership
{
	int64		id;				/* hash key */
	List	   *violations;		/* of RuleViolation * */
} CheckedPartnership;

/* check()'s state for one query. */
typedef struct CheckQueryState
{
	int			calls;
	double		switch_after;	/* calls, then one pass */
	HTAB	   *registry;		/* every visible partnership's verdict, once
								 * built */
} CheckQueryState;

/*
 * Judge every partnership the caller can see, in one pass, calling emit
 * with each one's violations; allocations live in the current context
 * unless emit copies them.
 */
typedef void (*JudgedFn) (void *arg, int64 id, List *violations);

static void
judge_registry(JudgedFn emit, void *arg)
{
	Snapshot	snapshot;
	RulesCatalogue catalogue;
	FactsReader *reader;
	PartnershipFacts facts;
	MemoryContext per_partnership;
	MemoryContext old;
	RulesJudgement how = {GetSQLCurrentDate(), false, true, true};
	int64	   *ids = NULL;
	int			nids = 0;
	bool		filtered;

	snapshot = RegisterSnapshot(GetActiveSnapshot());
	filtered = visible_partnerships(-1, &ids, &nids);
	RulesReadCatalogue(&catalogue, snapshot, false);

	per_partnership = AllocSetContextCreate(CurrentMemoryContext,
											"partnership check, one partnership",
											ALLOCSET_DEFAULT_SIZES);
	reader = FactsBegin(snapshot, true, 0);
	for (;;)
	{
		bool		more;

		CHECK_FOR_INTERRUPTS();
		MemoryContextReset(per_partnership);
		old = MemoryContextSwitchTo(per_partnership);
		more = FactsNext(reader, &facts);
		if (more && (!filtered || RegistryIdsContain(ids, nids, facts.id)))
			emit(arg, facts.id, RulesJudge(&facts, &catalogue, &how));
		MemoryContextSwitchTo(old);
		if (!more)
			break;
	}
	FactsEnd(reader);
	MemoryContextDelete(per_partnership);
	UnregisterSnapshot(snapshot);
}

/* Where keep_verdict keeps the verdicts. */
typedef struct KeptVerdicts
{
	HTAB	   *registry;
	MemoryContext context;
} KeptVerdicts;

/* judge_registry's emit for check(): keep a copy of each verdict. */
static void
keep_verdict(void *arg, int64 id, List *violations)
{
	KeptVerdicts *kept = (KeptVerdicts *) arg;
	HTAB	   *registry = kept->registry;
	CheckedPartnership *entry;
	MemoryContext old = MemoryContextSwitchTo(kept->context);
	ListCell   *lc;
	bool		found;

	entry = hash_search(registry, &id, HASH_ENTER, &found);
	entry->violations = NIL;
	foreach(lc, violations)
	{
		RuleViolation *v = lfirst(lc);
		RuleViolation *copy = palloc(sizeof(RuleViolation));

		copy->code = v->code;	/* a constant of the rule list */
		copy->severity = v->severity;
		copy->message = pstrdup(v->message);
		copy->detail = pstrdup(v->detail);
		copy->broke_on = v->broke_on;
		copy->offence = v->offence ? pstrdup(v->offence) : NULL;
		entry->violations = lappend(entry->violations, copy);
	}
	MemoryContextSwitchTo(old);
}

/* The verdicts of the whole registry, for the rest of the query. */
static HTAB *
build_registry(MemoryContext context)
{
	HASHCTL		ctl;
	KeptVerdicts kept;

	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = sizeof(int64);
	ctl.entrysize = sizeof(CheckedPartnership);
	ctl.hcxt = context;
	kept.registry = hash_create("partnership check, whole registry", 1024, &ctl,
								HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	kept.context = context;
	judge_registry(keep_verdict, &kept);
	return kept.registry;
}

PG_FUNCTION_INFO_V1(partnership_check);

/*
 * check(partnership_id): every current violation of the rule catalogue
 * for one partnership, (rule, severity, message, detail), catalogue order.
 */
Datum
partnership_check(PG_FUNCTION_ARGS)
{
	int64		partnership_id = PG_GETARG_INT64(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	CheckQueryState *state = (CheckQueryState *) fcinfo->flinfo->fn_extra;
	bool		found = false;

	InitMaterializedSRF(fcinfo, 0);
	if (state == NULL)
	{
		state = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt,
									   sizeof(CheckQueryState));
		fcinfo->flinfo->fn_extra = state;
	}
	if (state->calls++ == 0)
	{
		check_privileges();
		state->switch_after = Max(CHECK_ONE_BY_ONE,
								  RegistryRowsEstimate("partnership") / CHECK_SHARE_OF_REGISTRY);
	}

	if (state->registry == NULL && state->calls > state->switch_after)
		state->registry = build_registry(fcinfo->flinfo->fn_mcxt);

	if (state->registry != NULL)
	{
		CheckedPartnership *entry = hash_search(state->registry, &partnership_id,
												HASH_FIND, NULL);

		found = entry != NULL;
		if (found)
			put_violations(rsinfo, false, partnership_id, entry->violations);
	}
	else if (partnership_id >= 0)
	{
		Snapshot	snapshot = RegisterSnapshot(GetActiveSnapshot());
		RulesCatalogue catalogue;
		RulesJudgement how = {GetSQLCurrentDate(), false, true, true};
		FactsReader *reader;
		PartnershipFacts facts;
		int64	   *ids;
		int			nids;

		if (!visible_partnerships(partnership_id, &ids, &nids) || nids > 0)
		{
			RulesReadCatalogue(&catalogue, snapshot, false);
			reader = FactsBegin(snapshot, false, partnership_id);
			found = FactsNext(reader, &facts);
			if (found)
				put_violations(rsinfo, false, partnership_id,
							   RulesJudge(&facts, &catalogue, &how));
			FactsEnd(reader);
		}
		UnregisterSnapshot(snapshot);
	}
	if (!found)
		report_no_partnership(partnership_id);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(partnership_check_all);

/*
 * check_all(): check() of every partnership the caller can see, in one
 * pass over the registry, (partnership_id, rule, severity, message,
 * detail) in partnership_id order, then catalogue order.
 */
/* judge_registry's emit for check_all(): rows of the result. */
static void
put_verdict(void *arg, int64 id, List *violations)
{
	put_violations((ReturnSetInfo *) arg, true, id, violations);
}

Datum
partnership_check_all(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	InitMaterializedSRF(fcinfo, 0);
	check_privileges();
	judge_registry(put_verdict, rsinfo);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(partnership_commit_check);

/*
 * commit_check(partnership_id): what the commit-time check would refuse
 * of the partnership if the transaction committed now, in check()'s
 * columns: the errors of an active partnership that this transaction
 * broke (an error it had, the same, before the transaction is excused, as
 * at commit: doc/rules.md, "Time"); nothing for a partnership that is not
 * active.  Judged as the commit judges, by enforce.c: the latest committed
 * rows and this transaction's, the catalogue as it stands.  The caller
 * needs what check() needs, and sees what check() lets it see: a
 * partnership row-level security hides from it does not exist.
 */
Datum
partnership_commit_check(PG_FUNCTION_ARGS)
{
	int64		partnership_id = PG_GETARG_INT64(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	bool		found = false;
	int64	   *ids;
	int			nids;

	InitMaterializedSRF(fcinfo, 0);
	check_privileges();
	if (partnership_id >= 0)
	{
		bool		visible;

		/*
		 * Whether the caller sees the partnership, judged in the state the
		 * facts are read in, the latest: under REPEATABLE READ the
		 * caller's own snapshot could still show it a partnership that has
		 * since been given to another institution, whose latest rows the
		 * facts would then show.
		 */
		PushActiveSnapshot(GetLatestSnapshot());
		visible = !visible_partnerships(partnership_id, &ids, &nids) || nids > 0;
		PopActiveSnapshot();
		if (visible)
			put_violations(rsinfo, false, partnership_id,
						   RulesCommitRefusals(partnership_id, &found));
	}
	if (!found)
		report_no_partnership(partnership_id);
	return (Datum) 0;
}
