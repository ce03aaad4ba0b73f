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
 * src/rules/check.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rls.h"
#include "utils/snapmgr.h"

#include "messages.h"
#include "registry.h"
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

static bool
id_visible(const int64 *ids, int nids, int64 id)
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
	Snapshot	snapshot;
	RulesCatalogue catalogue;
	FactsReader *reader;
	PartnershipFacts facts;
	bool		found = false;
	int64	   *ids;
	int			nids;
	RulesJudgement how = {GetSQLCurrentDate(), false, true};

	InitMaterializedSRF(fcinfo, 0);
	check_privileges();
	snapshot = RegisterSnapshot(GetActiveSnapshot());
	if (partnership_id >= 0 &&
		(!visible_partnerships(partnership_id, &ids, &nids) || nids > 0))
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
	if (!found)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg_cat(MSG_CHECK_NO_PARTNERSHIP, partnership_id),
				errdetail_cat(MSG_CHECK_NOT_VISIBLE_DETAIL),
				errhint_cat(MSG_CHECK_NO_PARTNERSHIP_HINT));
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(partnership_check_all);

/*
 * check_all(): check() of every partnership the caller can see, in one
 * pass over the registry, (partnership_id, rule, severity, message,
 * detail) in partnership_id order, then catalogue order.
 */
Datum
partnership_check_all(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Snapshot	snapshot;
	RulesCatalogue catalogue;
	FactsReader *reader;
	PartnershipFacts facts;
	MemoryContext per_partnership;
	MemoryContext old;
	RulesJudgement how = {GetSQLCurrentDate(), false, true};
	int64	   *ids = NULL;
	int			nids = 0;
	bool		filtered;

	InitMaterializedSRF(fcinfo, 0);
	check_privileges();
	snapshot = RegisterSnapshot(GetActiveSnapshot());
	filtered = visible_partnerships(-1, &ids, &nids);
	RulesReadCatalogue(&catalogue, snapshot, false);

	per_partnership = AllocSetContextCreate(CurrentMemoryContext,
											"partnership check_all",
											ALLOCSET_DEFAULT_SIZES);
	reader = FactsBegin(snapshot, true, 0);
	for (;;)
	{
		bool		more;

		CHECK_FOR_INTERRUPTS();
		MemoryContextReset(per_partnership);
		old = MemoryContextSwitchTo(per_partnership);
		more = FactsNext(reader, &facts);
		if (more && (!filtered || id_visible(ids, nids, facts.id)))
			put_violations(rsinfo, true, facts.id,
						   RulesJudge(&facts, &catalogue, &how));
		MemoryContextSwitchTo(old);
		if (!more)
			break;
	}
	FactsEnd(reader);
	MemoryContextDelete(per_partnership);
	UnregisterSnapshot(snapshot);
	return (Datum) 0;
}
