/*-------------------------------------------------------------------------
 *
 * enforce.c
 *	  Enforcement of the rule catalogue: on activation of a partnership
 *	  (an AFTER UPDATE row trigger on partnership) and, while a partnership
 *	  is active, at commit (deferred constraint triggers on its member,
 *	  agreement, party, clause, commitment, activity and assignment rows
 *	  and on the partnership row itself).
 *
 * A deferred trigger fires once per changed row, but a partnership is
 * checked once per transaction: a backend-local hash, living in the
 * transaction's memory, remembers which partnerships were checked and at
 * which command.  A row event whose change is older than that check (its
 * tuple's cmin, or cmax for a delete, is not newer) was already seen by it
 * and is skipped; a change made after the check (possible after SET
 * CONSTRAINTS ... IMMEDIATE) triggers a new one.  The hash is dropped at
 * the end of the transaction and whenever a subtransaction aborts (the
 * rolled-back check may have seen rows that are gone), which only costs an
 * extra check.
 *
 * Concurrency: before re-reading, the commit-time check takes an advisory
 * lock of its own on the partnership id, and FOR SHARE on the partnership
 * row.  Two transactions that change the same partnership therefore check
 * it one after the other, and the check's queries run with the latest
 * snapshot (as the registry owner, like foreign keys), so the second sees
 * the first one's committed rows under any isolation level.  FOR SHARE,
 * which the registry's guard trigger already holds for every row change,
 * makes a concurrent activation wait; an advisory lock rather than FOR
 * UPDATE orders the checkers, so that two writers holding FOR SHARE do not
 * deadlock.
 *
 * src/rules/enforce.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "storage/lock.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "messages.h"
#include "partnership.h"
#include "registry/lifecycle.h"
#include "registry/registry.h"
#include "registry/scan.h"
#include "rules/judge.h"
#include "vocabulary/fmgr.h"

/* One partnership checked in the current transaction. */
typedef struct CheckedEntry
{
	int64		partnership_id; /* hash key */
	CommandId	checked_cid;	/* command the check ran in */
	bool		changed;		/* a row of it (a member's partner's sector)
								 * written since the check */
	SubTransactionId subid;		/* subtransaction it ran in */
	uint64		catalogue_generation;	/* of the rules it judged by */
	int			ended;			/* the final status an end of this
								 * transaction entered, -1 if none */
} CheckedEntry;

/* Partnerships checked in this transaction; NULL when none yet. */
static HTAB *checked = NULL;
static bool callbacks_registered = false;

/*
 * The subtransactions rolled back since the first check, as ranges of
 * subtransaction ids [first, last], ascending and disjoint: a rolled-back
 * subtransaction and its children, as far as checks ran in them (a check
 * that ran in one judged a state the rollback took away).  A range
 * absorbs the earlier ones it covers, so each rollback costs O(1)
 * amortized and the test of an entry a binary search.  In
 * TopTransactionContext, with the hash.
 */
typedef struct AbortedRange
{
	SubTransactionId first;
	SubTransactionId last;
} AbortedRange;

static AbortedRange *aborted = NULL;
static int	naborted = 0;
static int	aborted_size = 0;
static SubTransactionId last_checked_subid = InvalidSubTransactionId;

/* Checks run by this backend, for partnership.enforcement_checks(). */
static int64 checks_run = 0;

static SPIPlanPtr lock_plan = NULL;

static const char *const lock_query =
"SELECT p.status::pg_catalog.text FROM @extschema@.partnership p"
" WHERE p.id OPERATOR(pg_catalog.=) $1 FOR SHARE";

/*
 * The partnership lock of the commit-time check is an advisory lock in a
 * space of its own (field4 of the advisory lock tag; SQL's advisory lock
 * functions use 1 and 2), keyed by the partnership id; pg_locks shows it
 * as locktype advisory with objsubid 20562.
 */
#define RULES_LOCK_SPACE	0x5052

static void enforce_partnership(int64 partnership_id, CommandId change_cid);
static List *entering_refusals(int64 partnership_id, int entering,
							   RulesPartnershipInfo *info, List **excused);

/* Did the check of entry run in a subtransaction since rolled back? */
static bool
checked_in_aborted(const CheckedEntry *entry)
{
	int			lo = 0;
	int			hi = naborted - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (entry->subid < aborted[mid].first)
			hi = mid - 1;
		else if (entry->subid > aborted[mid].last)
			lo = mid + 1;
		else
			return true;
	}
	return false;
}

/*
 * Is the check of entry no longer to be relied on: by rules edited since
 * (RulesCatalogueGeneration), or of a state a rollback took away?
 */
static bool
check_is_stale(const CheckedEntry *entry)
{
	/* (a row written since is not staleness: the row's event checks it) */
	return entry->catalogue_generation != RulesCatalogueGeneration() ||
		checked_in_aborted(entry);
}

/*
 * Did this transaction end the partnership (now in status, its text), by
 * a check that is stale?  Then the commit judges the end again.
 */
static bool
end_is_stale(const CheckedEntry *entry, const char *status)
{
	return entry != NULL && entry->ended >= 0 &&
		strcmp(status, PartnershipStatusVocabulary.terms[entry->ended].canonical) == 0 &&
		check_is_stale(entry);
}

/*
 * Before the commit (or PREPARE TRANSACTION): check again every
 * partnership whose check is stale (check_is_stale: a severity made a
 * warning for a while and an error again, a savepoint rolled back): the
 * commit must not let through what the rules as committed refuse, though
 * no change is left to fire the deferred check.  An end is judged again
 * as an end (enforce_partnership).
 */
static void
recheck_stale(void)
{
	HASH_SEQ_STATUS status;
	CheckedEntry *entry;
	List	   *stale = NIL;
	ListCell   *lc;

	if (checked == NULL)
		return;
	hash_seq_init(&status, checked);
	while ((entry = (CheckedEntry *) hash_seq_search(&status)) != NULL)
		if (check_is_stale(entry))
			stale = lappend(stale, &entry->partnership_id);
	if (stale == NIL)
		return;
	/* the deferred triggers have run: the queries need a snapshot again */
	PushActiveSnapshot(GetTransactionSnapshot());
	foreach(lc, stale)
		enforce_partnership(*(int64 *) lfirst(lc), InvalidCommandId);
	PopActiveSnapshot();
	list_free(stale);
}

static void
rules_xact_callback(XactEvent event, void *arg)
{
	/* The hash and the ranges live in TopTransactionContext, freed with it. */
	switch (event)
	{
		case XACT_EVENT_PRE_COMMIT:
		case XACT_EVENT_PRE_PREPARE:
			recheck_stale();
			break;
		case XACT_EVENT_COMMIT:
		case XACT_EVENT_PARALLEL_COMMIT:
		case XACT_EVENT_ABORT:
		case XACT_EVENT_PARALLEL_ABORT:
		case XACT_EVENT_PREPARE:
			checked = NULL;
			aborted = NULL;
			naborted = aborted_size = 0;
			last_checked_subid = InvalidSubTransactionId;
			break;
		default:
			break;
	}
}

/*
 * A subtransaction rolled back: the checks that ran in it or its children
 * judged a state that is gone, and are stale (check_is_stale); the entries
 * stay, so that the commit checks them again (recheck_stale) whatever
 * fired before: forgetting them would let the commit pass a partnership
 * whose deferred check already ran, by rules edited since (an import's
 * dry run rolls back a subtransaction of its own).  Checks from before
 * the subtransaction judged a state the rollback leaves, and hold.  Every
 * id from mySubid to the last one a check ran in is the subtransaction or
 * one of its children: it was open while they began.
 */
static void
rules_subxact_callback(SubXactEvent event, SubTransactionId mySubid,
					   SubTransactionId parentSubid, void *arg)
{
	if (event != SUBXACT_EVENT_ABORT_SUB || checked == NULL ||
		last_checked_subid < mySubid)
		return;
	/* the ranges of its children are inside this one */
	while (naborted > 0 && aborted[naborted - 1].first >= mySubid)
		naborted--;
	if (naborted == aborted_size)
	{
		aborted_size = aborted_size ? aborted_size * 2 : 8;
		aborted = aborted ?
			repalloc(aborted, sizeof(AbortedRange) * aborted_size) :
			MemoryContextAlloc(TopTransactionContext,
							   sizeof(AbortedRange) * aborted_size);
	}
	aborted[naborted].first = mySubid;
	aborted[naborted].last = last_checked_subid;
	naborted++;
}

static CheckedEntry *
lookup_checked(int64 partnership_id, bool create)
{
	bool		found;
	CheckedEntry *entry;

	if (!callbacks_registered)
	{
		RegisterXactCallback(rules_xact_callback, NULL);
		RegisterSubXactCallback(rules_subxact_callback, NULL);
		callbacks_registered = true;
	}
	if (checked == NULL)
	{
		HASHCTL		ctl;

		if (!create)
			return NULL;
		memset(&ctl, 0, sizeof(ctl));
		ctl.keysize = sizeof(int64);
		ctl.entrysize = sizeof(CheckedEntry);
		ctl.hcxt = TopTransactionContext;
		checked = hash_create("partnership rule checks", 64, &ctl,
							  HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	entry = (CheckedEntry *) hash_search(checked, &partnership_id,
										 create ? HASH_ENTER : HASH_FIND,
										 &found);
	if (create && !found)
		entry->ended = -1;
	return entry;
}

/*
 * The partnership was checked in command cid; ended: the final status an
 * end entered (-1: a commit-time check or an activation, which leave what
 * an earlier end of the transaction recorded).
 */
static void
mark_checked(int64 partnership_id, CommandId cid, int ended)
{
	CheckedEntry *entry = lookup_checked(partnership_id, true);

	entry->checked_cid = cid;
	entry->changed = false;
	entry->subid = GetCurrentSubTransactionId();
	entry->catalogue_generation = RulesCatalogueGeneration();
	if (ended >= 0)
		entry->ended = ended;
	if (entry->subid > last_checked_subid)
		last_checked_subid = entry->subid;
}

/*
 * The audit's rows since a partnership's last suspension, as a condition
 * on g (an audit row) for the queries below: written after the audit row
 * of the move from active into suspended, in the order of writing (the
 * audit's id: its timestamp is its transaction's start, which a
 * transaction begun before the suspension and written after it would
 * precede).  $1 is the partnership.
 */
#define SINCE_SUSPENSION \
	" g.id OPERATOR(pg_catalog.>) (SELECT pg_catalog.max(s.id)" \
	"  FROM @extschema@.audit s" \
	"  WHERE s.partnership_id OPERATOR(pg_catalog.=) $1" \
	"  AND s.relation OPERATOR(pg_catalog.=) 'partnership'" \
	"  AND (s.new OPERATOR(pg_catalog.->>) 'status') OPERATOR(pg_catalog.=) 'suspended'" \
	"  AND (s.old OPERATOR(pg_catalog.->>) 'status') OPERATOR(pg_catalog.=) 'active')"

/*
 * The agreements that the end of partnership_id judges as in force
 * (judge.c, agreement_in_force), *n of them: the end judges the
 * partnership as it ran, not as the end, or a step just before it, left
 * it.  They are those the end itself terminated (LifecycleEndedAgreements),
 * those signed before this transaction (which it may have terminated or
 * superseded first: else doing so, adding a member who is no party and
 * ending the partnership in one transaction would escape
 * agreement_covers_members), and, of a partnership suspended when the
 * transaction began, those that left signed since it was suspended (no
 * commit-time check judged the suspended partnership without them).  One
 * terminated while the partnership was active stays terminated: that
 * commit judged the partnership without it.  An agreement signed and
 * terminated within this transaction (an import replaying a history) is
 * not among them.
 */
static int64 *
agreements_ending_with(int64 partnership_id, int *n)
{
	static SPIPlanPtr plan = NULL;
	RegistryIds ids;
	const int64 *own;
	int			nown;
	Snapshot	before;
	FactsReader *reader;
	PartnershipFacts was;
	bool		was_suspended = false;
	int			i;

	RegistryIdsInit(&ids);
	own = LifecycleEndedAgreements(partnership_id, &nown);
	for (i = 0; i < nown; i++)
		RegistryIdsAdd(&ids, own[i]);

	/* as committed before this transaction */
	before = RegistryBeforeTransactionSnapshot();
	reader = FactsBegin(before, false, partnership_id);
	if (FactsNext(reader, &was))
	{
		was_suspended = was.status == PARTNERSHIP_STATUS_SUSPENDED;
		for (i = 0; i < was.nagreements; i++)
			if (was.agreements[i].status == AGREEMENT_STATUS_SIGNED)
				RegistryIdsAdd(&ids, was.agreements[i].id);
	}
	FactsEnd(reader);
	UnregisterSnapshot(before);

	if (was_suspended)
	{
		Datum		values[1];
		uint64		k;

		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		if (plan == NULL)
		{
			Oid			types[1] = {INT8OID};

			/* the audit's moves out of signed since the last suspension */
			plan = RegistryPreparePlan(
									   "SELECT (g.row_key OPERATOR(pg_catalog.->>) 'id')::pg_catalog.int8"
									   " FROM @extschema@.audit g"
									   " WHERE g.partnership_id OPERATOR(pg_catalog.=) $1"
									   " AND g.relation OPERATOR(pg_catalog.=) 'agreement'"
									   " AND g.operation OPERATOR(pg_catalog.=) 'UPDATE'"
									   " AND (g.old OPERATOR(pg_catalog.->>) 'status') OPERATOR(pg_catalog.=) 'signed'"
									   " AND (g.new OPERATOR(pg_catalog.->>) 'status') OPERATOR(pg_catalog.<>) 'signed'"
									   " AND" SINCE_SUSPENSION,
									   1, types);
		}
		values[0] = Int64GetDatum(partnership_id);
		/* (this transaction's moves: the agreements signed before it, above) */
		if (RegistryExecuteBeforeTransaction(plan, values, NULL, 0) != SPI_OK_SELECT)
			elog(ERROR, "suspended agreements query failed");
		for (k = 0; k < SPI_processed; k++)
		{
			bool		isnull;
			Datum		d = SPI_getbinval(SPI_tuptable->vals[k],
										  SPI_tuptable->tupdesc, 1, &isnull);

			if (!isnull)
				RegistryIdsAdd(&ids, DatumGetInt64(d));
		}
		SPI_finish();
	}
	*n = ids.n;
	return ids.ids;
}

/*
 * Judge one partnership for enforcement: its facts as the registry owner
 * sees them with the latest snapshot (what a foreign key check would
 * see, after the locks taken here), the catalogue from the per-backend
 * copy.  With before_this_transaction, the partnership's rows as they
 * stood before this transaction changed anything, judged by the rules as
 * they stand now: the latest snapshot, blind to this transaction's own
 * writes (command id 0: every row it inserted is invisible, every row it
 * deleted or updated still visible).  The catalogue is never read through
 * that snapshot, so the per-backend copy cannot take in a stale state.  ending: the
 * partnership is entering completed or terminated.  A List of
 * RuleViolation *; info->found is false when the partnership does not
 * exist (in that state).
 */
static List *
RulesEvaluate(int64 partnership_id, RulesPartnershipInfo *info, bool ending,
			  bool before_this_transaction)
{
	Snapshot	snapshot = RegistryScanSnapshot();
	Snapshot	facts_snapshot = snapshot;
	RulesCatalogue catalogue;
	RulesJudgement how;
	FactsReader *reader;
	PartnershipFacts facts;
	List	   *violations = NIL;
	int64	   *ended = NULL;
	int			nended = 0;

	/* the rules as they stand now, whichever rows they judge */
	RulesReadCatalogue(&catalogue, snapshot, true);
	if (ending && !before_this_transaction)
		ended = agreements_ending_with(partnership_id, &nended);
	if (before_this_transaction)
	{
		facts_snapshot = RegistryBeforeTransactionSnapshot();
	}
	reader = FactsBegin(facts_snapshot, false, partnership_id);
	info->found = FactsNext(reader, &facts);
	if (info->found)
	{
		info->code = facts.code;
		info->status = facts.status;
		how.today = GetSQLCurrentDate();
		how.ending = ending;
		how.ended_agreements = ended;
		how.nended_agreements = nended;
		how.foresight = false;
		/* the end excuses only what a recorded date broke (below) */
		how.hindsight = ending;
		violations = RulesJudge(&facts, &catalogue, &how);
	}
	FactsEnd(reader);
	if (facts_snapshot != snapshot)
		UnregisterSnapshot(facts_snapshot);
	UnregisterSnapshot(snapshot);
	return violations;
}

/*
 * Is the offence now no more than the offence before: the same, or a part
 * of it (some of the offenders, each as it was, nothing new)?  Both are
 * RulesOffenceKey strings; the part is jsonb containment, which takes a
 * list for the set of its items: every key of the object now has the value
 * it had, and every item of a list is an item of the list before.  So a
 * user who mends one of two activities that time left without an
 * accountable member is not refused for the other (doc/rules.md, "Time").
 */
static bool
offence_within(const char *before, const char *now)
{
	Jsonb	   *b;
	Jsonb	   *n;
	JsonbIterator *it_before;
	JsonbIterator *it_now;

	if (strcmp(before, now) == 0)
		return true;
	if (before[0] != '{' || now[0] != '{')
		return false;
	b = DatumGetJsonbP(DirectFunctionCall1(jsonb_in, CStringGetDatum(before)));
	n = DatumGetJsonbP(DirectFunctionCall1(jsonb_in, CStringGetDatum(now)));
	it_before = JsonbIteratorInit(&b->root);
	it_now = JsonbIteratorInit(&n->root);
	return JsonbDeepContains(&it_before, &it_now);
}

/*
 * Was the violation there already (rule and offence: the same offending
 * members, agreements, activities, whatever they are called now
 * (RulesOffenceKey: a partner or an activity renamed is the same), or some
 * of them; for the rules whose detail also describes the rest of the
 * partnership, only what offends), in before?
 */
static bool
already_broken(List *before, const RuleViolation *v)
{
	char	   *offence = RulesOffenceKey(v);
	ListCell   *lc;

	foreach(lc, before)
	{
		RuleViolation *b = (RuleViolation *) lfirst(lc);

		if (b->severity == RULE_SEVERITY_ERROR && strcmp(b->code, v->code) == 0 &&
			offence_within(RulesOffenceKey(b), offence))
			return true;
	}
	return false;
}

/*
 * Was anything the rules read of a suspended partnership written while it
 * was suspended (before this transaction: the audit's rows of the tables
 * the commit-time check watches, the partnership row, the sectors of its
 * members' partners)?  Hindsight dates a break by today's rows judged on
 * past days, so it cannot tell what time broke from what such a change
 * broke (a role given, a date written back, a member added with a date
 * already past); only a suspended partnership whose rows nobody touched
 * holds errors that time alone made.
 */
static bool
changed_while_suspended(int64 partnership_id)
{
	static SPIPlanPtr plan = NULL;
	Datum		values[1];
	bool		changed = false;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (plan == NULL)
	{
		Oid			types[1] = {INT8OID};

		plan = RegistryPreparePlan(
								   "SELECT EXISTS (SELECT FROM @extschema@.audit g"
								   "  WHERE (g.partnership_id OPERATOR(pg_catalog.=) $1"
								   /* a row moved out is audited under its new partnership */
								   "   OR (g.old OPERATOR(pg_catalog.->>) 'partnership_id')::pg_catalog.int8"
								   "    OPERATOR(pg_catalog.=) $1)"
								   "  AND g.relation OPERATOR(pg_catalog.=) ANY ('{partnership,member,"
								   "agreement,agreement_party,agreement_clause,commitment,activity,"
								   "assignment}'::pg_catalog.text[])"
								   "  AND" SINCE_SUSPENSION ")"
								   " OR EXISTS (SELECT FROM @extschema@.audit g"
								   "  JOIN @extschema@.member m ON m.partnership_id OPERATOR(pg_catalog.=) $1"
								   "   AND m.partner_id OPERATOR(pg_catalog.=)"
								   "    (g.row_key OPERATOR(pg_catalog.->>) 'id')::pg_catalog.int8"
								   "  WHERE g.relation OPERATOR(pg_catalog.=) 'partner'"
								   "  AND (g.old OPERATOR(pg_catalog.->>) 'sector') IS DISTINCT FROM"
								   "   (g.new OPERATOR(pg_catalog.->>) 'sector')"
								   "  AND" SINCE_SUSPENSION ")",
								   1, types);
	}
	values[0] = Int64GetDatum(partnership_id);
	/* (what this transaction wrote, the end's own steps, is judged as new) */
	if (RegistryExecuteBeforeTransaction(plan, values, NULL, 0) != SPI_OK_SELECT)
		elog(ERROR, "suspension changes query failed");
	if (SPI_processed == 1)
	{
		bool		isnull;
		Datum		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc,
									  1, &isnull);

		changed = !isnull && DatumGetBool(d);
	}
	SPI_finish();
	return changed;
}

/*
 * The errors the partnership had before this transaction (the rules judged
 * on what was committed; ending: as the end judges them), if it was running
 * then, NIL otherwise.  An active partnership's errors are all excused: the
 * commit-time check lets none that a change made stand, so what it has,
 * time or a catalogue edit did (a rule a DBA made an error).  For the end
 * of a suspended partnership, whose changes no commit-time check judged,
 * only those a recorded date broke (broke_on: hindsight, judge.c), and
 * only when nothing the rules read was written while it was suspended
 * (changed_while_suspended): what a change broke while it was suspended,
 * back-dated or not, still fails its end.
 */
/*
 * Did the last errors_before() of an end withhold time's excuses because
 * the suspended partnership was changed while suspended?  The refusal's
 * hint then says so (report_violations).
 */
static bool end_judged_whole = false;

static List *
errors_before(int64 partnership_id, bool ending)
{
	RulesPartnershipInfo before;
	List	   *violations = RulesEvaluate(partnership_id, &before, ending, true);
	List	   *dated = NIL;
	ListCell   *lc;

	end_judged_whole = false;
	if (!before.found)
		return NIL;
	if (before.status == PARTNERSHIP_STATUS_ACTIVE)
		return violations;
	if (!ending || before.status != PARTNERSHIP_STATUS_SUSPENDED)
		return NIL;
	if (changed_while_suspended(partnership_id))
	{
		end_judged_whole = true;
		return NIL;
	}
	foreach(lc, violations)
	{
		RuleViolation *b = (RuleViolation *) lfirst(lc);

		if (b->broke_on != 0)
			dated = lappend(dated, b);
	}
	return dated;
}

/* Is any violation an error? */
static bool
has_errors(List *violations)
{
	ListCell   *lc;

	foreach(lc, violations)
	{
		RuleViolation *v = (RuleViolation *) lfirst(lc);

		if (v->severity == RULE_SEVERITY_ERROR)
			return true;
	}
	return false;
}

/*
 * The violations that refuse a partnership's move into entering (active,
 * completed or terminated; -1: the commit-time check of an active one):
 * its errors, at the end only those that bind it, less those excused.
 */
static List *
refused_violations(List *violations, int entering, List *excused)
{
	List	   *refused = NIL;
	ListCell   *lc;

	foreach(lc, violations)
	{
		RuleViolation *v = (RuleViolation *) lfirst(lc);

		if (v->severity != RULE_SEVERITY_ERROR)
			continue;
		if (PartnershipStatusIsFinal(entering) && !RulesBindsTheEnd(v->code))
			continue;
		if (already_broken(excused, v))
			continue;
		refused = lappend(refused, v);
	}
	return refused;
}

/*
 * Raise 23514 when the move into entering (see refused_violations) is
 * refused: the constraint name is the first failing rule's code, the
 * detail lists every failing rule.
 */
static void
report_violations(List *violations, const RulesPartnershipInfo *info,
				  int64 partnership_id, int entering, List *excused,
				  bool at_commit)
{
	List	   *refused = refused_violations(violations, entering, excused);
	StringInfoData detail;
	const char *first = NULL;
	int			nerrors = 0;
	ListCell   *lc;

	if (refused == NIL)
		return;
	initStringInfo(&detail);
	foreach(lc, refused)
	{
		RuleViolation *v = (RuleViolation *) lfirst(lc);

		if (first == NULL)
			first = v->code;
		nerrors++;
		appendStringInfo(&detail, "%s%s: %s", nerrors > 1 ? "; " : "",
						 v->code, v->message);
	}

	ereport(ERROR,
			errcode(ERRCODE_CHECK_VIOLATION),
			errmsg_cat(entering == PARTNERSHIP_STATUS_ACTIVE ? MSG_ENFORCE_ACTIVATE :
					   entering == PARTNERSHIP_STATUS_COMPLETED ? MSG_ENFORCE_COMPLETE :
					   entering == PARTNERSHIP_STATUS_TERMINATED ? MSG_ENFORCE_TERMINATE :
					   MSG_ENFORCE_ACTIVE,
					   info->code, first),
			errdetail_cat_plural(MSG_ENFORCE_DETAIL, nerrors, nerrors, detail.data),
			PartnershipStatusIsFinal(entering) && end_judged_whole ?
			errhint_cat(MSG_ENFORCE_SUSPENDED_END_HINT, partnership_id) :
			errhint_cat(at_commit ? MSG_ENFORCE_COMMIT_HINT : MSG_ENFORCE_HINT,
						partnership_id),
			err_generic_string(PG_DIAG_SCHEMA_NAME, "partnership"),
			err_generic_string(PG_DIAG_TABLE_NAME, "partnership"),
			err_generic_string(PG_DIAG_CONSTRAINT_NAME, first));
}

/*
 * What the commit-time check would refuse of the partnership if it ran
 * now (partnership.commit_check(), check.c): nothing unless the
 * partnership is active; else the errors this transaction broke, judged
 * as enforce_partnership judges them but without its locks (an inquiry
 * waits for no one).  *found is false when there is no such partnership.
 */
List *
RulesCommitRefusals(int64 partnership_id, bool *found)
{
	RulesPartnershipInfo info;
	CheckedEntry *entry = lookup_checked(partnership_id, false);
	List	   *violations;
	List	   *excused = NIL;

	/* an end of this transaction whose check is stale: judged as an end */
	if (entry != NULL && entry->ended >= 0 && check_is_stale(entry))
	{
		violations = entering_refusals(partnership_id, entry->ended, &info,
									   &excused);
		if (info.found && info.status == entry->ended)
		{
			*found = true;
			return refused_violations(violations, entry->ended, excused);
		}
	}
	violations = RulesEvaluate(partnership_id, &info, false, false);
	excused = NIL;
	*found = info.found;
	if (!info.found || info.status != PARTNERSHIP_STATUS_ACTIVE)
		return NIL;
	if (has_errors(violations))
		excused = errors_before(partnership_id, false);
	return refused_violations(violations, -1, excused);
}

/*
 * Judge a partnership entering a status (active, or an end: completed or
 * terminated): its violations, and in *excused the errors the entering
 * excuses; the caller is connected to SPI.  An error that time or a
 * catalogue edit caused must not keep a partnership from ending:
 * completing or terminating it is the way out check() names.  So the end
 * excuses an error that the running partnership already had before this
 * transaction, the same (errors_before: of a suspended one, only what a
 * recorded date broke).  What a change broke, in this transaction or while
 * the partnership was suspended, still fails the end.  Activation judges
 * everything.
 */
static List *
entering_refusals(int64 partnership_id, int entering, RulesPartnershipInfo *info,
				  List **excused)
{
	List	   *violations;

	*excused = NIL;
	violations = RulesEvaluate(partnership_id, info,
							   PartnershipStatusIsFinal(entering), false);
	if (info->found && PartnershipStatusIsFinal(entering) && has_errors(violations))
		*excused = errors_before(partnership_id, true);
	return violations;
}

/* ... and refuse it (at_commit: the end judged again before the commit). */
static void
judge_entering(int64 partnership_id, int entering, bool at_commit)
{
	RulesPartnershipInfo info;
	List	   *excused;
	List	   *violations = entering_refusals(partnership_id, entering, &info,
											   &excused);

	if (info.found)
		report_violations(violations, &info, partnership_id, entering, excused,
						  at_commit);
}

/*
 * A row of partnership_id is being written (the registry's BEFORE row
 * triggers call this for every row of every table the rules read): a
 * check this transaction made of it before has not seen the row.  The
 * row's command id cannot tell: a statement still running when a check
 * ran inside it (a function in its WHERE clause that activates the
 * partnership, or sets the constraints immediate) writes its rows after
 * the check with an older command id than the check's.
 */
void
RulesNoteChange(int64 partnership_id)
{
	CheckedEntry *entry;

	if (checked == NULL)
		return;
	entry = (CheckedEntry *) hash_search(checked, &partnership_id,
										 HASH_FIND, NULL);
	if (entry != NULL)
		entry->changed = true;
}

/*
 * The partnership whose rows a statement of the registry's own is writing
 * inside another (the end terminating its agreements, a signing
 * superseding the amended agreement), 0 when none: under SET CONSTRAINTS
 * ALL IMMEDIATE the inner statement's row events fire at its end, on a
 * state half made (the partnership still active, its agreements already
 * terminated; the amended agreement superseded, the addendum not yet
 * signed).  They are let pass: the outer statement's own check judges the
 * whole (the end's, in rules_activation; the addendum's row event).
 */
static int64 held_partnership = 0;

int64
RulesHoldChecks(int64 partnership_id)
{
	int64		was = held_partnership;

	held_partnership = partnership_id;
	return was;
}

void
RulesReleaseChecks(int64 was)
{
	held_partnership = was;
}

/*
 * The partnerships partner_id is a member of (*n of them), in
 * CurTransactionContext.
 */
static int64 *
partner_partnerships(int64 partner_id, int *n)
{
	static SPIPlanPtr plan = NULL;
	Datum		values[1];
	int64	   *ids;
	int			i;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (plan == NULL)
	{
		Oid			types[1] = {INT8OID};

		plan = RegistryPreparePlan("SELECT m.partnership_id FROM @extschema@.member m"
								   " WHERE m.partner_id OPERATOR(pg_catalog.=) $1",
								   1, types);
	}
	values[0] = Int64GetDatum(partner_id);
	if (RegistryExecute(plan, values, NULL, 0) != SPI_OK_SELECT)
		elog(ERROR, "partner membership query failed");
	*n = (int) SPI_processed;
	ids = (int64 *) MemoryContextAlloc(CurTransactionContext,
									   sizeof(int64) * Max(*n, 1));
	for (i = 0; i < *n; i++)
	{
		bool		isnull;

		ids[i] = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[i],
											 SPI_tuptable->tupdesc, 1, &isnull));
	}
	SPI_finish();
	return ids;
}

/*
 * A partner's sector is being set: the checks this transaction made
 * before of the partnerships the partner is a member of have not seen it.
 */
void
RulesNoteSectorChange(int64 partner_id)
{
	int64	   *ids;
	int			n;
	int			i;

	if (checked == NULL)
		return;
	ids = partner_partnerships(partner_id, &n);
	for (i = 0; i < n; i++)
		RulesNoteChange(ids[i]);
	pfree(ids);
}

/*
 * Was the partnership active before this transaction?  A transaction that
 * suspends it is judged at its commit as one that leaves it active: what
 * it broke before (or after) the suspension must not pass because the
 * partnership is suspended by the time it commits (the end of a suspended
 * partnership excuses what time broke, which those changes would then
 * seem).
 */
static bool
active_before(int64 partnership_id)
{
	static SPIPlanPtr plan = NULL;
	Datum		values[1];
	bool		active = false;

	if (plan == NULL)
	{
		Oid			types[1] = {INT8OID};

		plan = RegistryPreparePlan("SELECT p.status::pg_catalog.text OPERATOR(pg_catalog.=) 'active'"
								   " FROM @extschema@.partnership p"
								   " WHERE p.id OPERATOR(pg_catalog.=) $1", 1, types);
	}
	values[0] = Int64GetDatum(partnership_id);
	if (RegistryExecuteBeforeTransaction(plan, values, NULL, 0) != SPI_OK_SELECT)
		elog(ERROR, "partnership status query failed");
	if (SPI_processed == 1)
	{
		bool		isnull;
		Datum		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc,
									  1, &isnull);

		active = !isnull && DatumGetBool(d);
	}
	return active;
}

/*
 * Check one partnership for enforcement, unless this transaction already
 * checked it after the change at change_cid (InvalidCommandId: unknown)
 * and no row of it (no partner's sector) was written since, by the rules
 * as they stand: a rule or setting edited since in this transaction (a
 * severity made a warning around an import, and an error again) makes
 * that check stale.
 */
static void
enforce_partnership(int64 partnership_id, CommandId change_cid)
{
	CheckedEntry *entry = lookup_checked(partnership_id, false);
	CommandId	cid;
	Datum		values[1];
	char	   *status;
	RulesPartnershipInfo info;
	List	   *violations;
	LOCKTAG		tag;
	int			rc;

	if (entry != NULL && change_cid != InvalidCommandId &&
		change_cid <= entry->checked_cid && !entry->changed &&
		!check_is_stale(entry))
		return;
	if (held_partnership == partnership_id)
		return;

	/* Mark the command used, so later changes get a higher one. */
	cid = GetCurrentCommandId(true);

	/*
	 * FOR SHARE on the partnership row (which the registry's guard trigger
	 * already holds for this transaction's row changes) makes a concurrent
	 * status change, such as an activation, wait for us: a partnership that
	 * is not active now cannot become active before we commit, and its
	 * activation will then see our rows.  So only an active partnership
	 * needs the check, and the lock below.
	 */
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (lock_plan == NULL)
	{
		Oid			types[1] = {INT8OID};

		lock_plan = RegistryPreparePlan(lock_query, 1, types);
	}
	values[0] = Int64GetDatum(partnership_id);
	rc = RegistryExecute(lock_plan, values, NULL, 0);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "partnership lock query failed: %s",
			 SPI_result_code_string(rc));
	if (SPI_processed == 1)
	{
		bool		isnull;
		Datum		d = SPI_getbinval(SPI_tuptable->vals[0],
									  SPI_tuptable->tupdesc, 1, &isnull);

		status = isnull ? "" : TextDatumGetCString(d);
		if (strcmp(status, "active") == 0 ||
			(strcmp(status, "suspended") == 0 && active_before(partnership_id)))
		{
			/*
			 * Serialize the checks of one active partnership: the second
			 * transaction to get here waits until the first commits or
			 * aborts, then reads what it committed (the rule queries take
			 * their snapshot after the lock).  Taken only for active
			 * partnerships, so a bulk load of drafts holds no lock per
			 * partnership and cannot exhaust the lock table.
			 */
			SET_LOCKTAG_ADVISORY(tag, MyDatabaseId, (uint32) (partnership_id >> 32),
								 (uint32) partnership_id, RULES_LOCK_SPACE);
			(void) LockAcquire(&tag, ExclusiveLock, false, false);

			checks_run++;
			violations = RulesEvaluate(partnership_id, &info, false, false);
			if (info.found)
			{
				List	   *excused = NIL;

				/*
				 * Only what this transaction broke fails its commit: an
				 * error the active partnership already had, the same,
				 * before it (an agreement that ran out, a member's period
				 * that ended, anything time or a catalogue edit did) is
				 * reported by check() and the compliance report, and must
				 * not make an unrelated change fail (doc/rules.md,
				 * "Time").  A change that adds an offender to a rule
				 * already broken changes its detail, and fails.
				 */
				if (has_errors(violations))
					excused = errors_before(partnership_id, false);
				report_violations(violations, &info, partnership_id, -1, excused, true);
			}
		}
		else if (end_is_stale(entry, status))
		{
			/*
			 * Ended in this transaction, and the check of the end is stale:
			 * judge the end again, by the rules as they stand, so that an
			 * end judged while a rule was a warning does not leave a
			 * read-only partnership that breaks it.  A later change the
			 * registry lets an ended partnership have (its final report, a
			 * member's partner's sector) does not reopen its end.
			 */
			checks_run++;
			judge_entering(partnership_id, entry->ended, true);
		}
	}
	SPI_finish();

	mark_checked(partnership_id, cid, -1);
}

/* Command id of the change a row event stands for, if it can be known. */
static CommandId
change_command(HeapTuple tuple, bool deleted)
{
	HeapTupleHeader header;

	if (tuple == NULL)
		return InvalidCommandId;
	header = tuple->t_data;
	if (deleted)
	{
		if ((header->t_infomask & HEAP_XMAX_INVALID) ||
			(header->t_infomask & HEAP_XMAX_IS_MULTI) ||
			HEAP_XMAX_IS_LOCKED_ONLY(header->t_infomask) ||
			!TransactionIdIsCurrentTransactionId(HeapTupleHeaderGetRawXmax(header)))
			return InvalidCommandId;
		return HeapTupleHeaderGetCmax(header);
	}
	if (!TransactionIdIsCurrentTransactionId(HeapTupleHeaderGetRawXmin(header)))
		return InvalidCommandId;
	return HeapTupleHeaderGetCmin(header);
}

/* The partnership id of a row: the column named by the trigger argument. */
static bool
row_partnership(TriggerData *trigdata, HeapTuple tuple, int64 *id)
{
	Relation	rel = trigdata->tg_relation;
	const char *column = trigdata->tg_trigger->tgargs[0];
	int			attnum = SPI_fnumber(RelationGetDescr(rel), column);
	bool		isnull;
	Datum		d;

	if (attnum <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("column \"%s\" of table \"%s\" does not exist",
						column, RelationGetRelationName(rel)),
				 errhint("The argument of the rule triggers names the partnership id column.")));
	d = heap_getattr(tuple, attnum, RelationGetDescr(rel), &isnull);
	if (isnull)
		return false;
	*id = DatumGetInt64(d);
	return true;
}

static TriggerData *
check_trigger_call(FunctionCallInfo fcinfo, const char *funcname, int events)
{
	TriggerData *trigdata = RegistryTriggerCheck(fcinfo, funcname, false,
												 true, events);

	if (trigdata->tg_trigger->tgnargs != 1)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"%s\" needs one argument, the partnership id column",
						funcname)));
	return trigdata;
}

PG_FUNCTION_INFO_V1(partnership_rules_deferred);

/*
 * Deferred constraint trigger: re-check the row's partnership at commit,
 * once per transaction, when it is active.
 */
Datum
partnership_rules_deferred(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = check_trigger_call(fcinfo, "partnership_rules_deferred",
													  REGISTRY_ON_INSERT | REGISTRY_ON_UPDATE | REGISTRY_ON_DELETE);
	int64		id;

	/* pg_restore loads rows that were checked when first written */
	if (RegistryRestoring())
		return PointerGetDatum(NULL);

	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		CommandId	cid = change_command(trigdata->tg_newtuple, false);
		int64		old_id;

		if (row_partnership(trigdata, trigdata->tg_newtuple, &id))
			enforce_partnership(id, cid);
		/* A row moved to another partnership changes both. */
		if (row_partnership(trigdata, trigdata->tg_trigtuple, &old_id) &&
			old_id != id)
			enforce_partnership(old_id, cid);
	}
	else if (TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
	{
		if (row_partnership(trigdata, trigdata->tg_trigtuple, &id))
			enforce_partnership(id, change_command(trigdata->tg_trigtuple, true));
	}
	else if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
	{
		if (row_partnership(trigdata, trigdata->tg_trigtuple, &id))
			enforce_partnership(id, change_command(trigdata->tg_trigtuple, false));
	}
	return PointerGetDatum(NULL);
}

PG_FUNCTION_INFO_V1(partnership_rules_partner_deferred);

/*
 * Deferred constraint trigger on partner (UPDATE OF sector): a partner's
 * new sector can break cross_sector or government_member in every active
 * partnership it is a member of; re-check each of them at commit.
 */
Datum
partnership_rules_partner_deferred(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = check_trigger_call(fcinfo, "partnership_rules_partner_deferred",
											   REGISTRY_ON_UPDATE);
	HeapTuple	tuple = trigdata->tg_newtuple;
	CommandId	cid = change_command(tuple, false);
	int64		partner_id;
	int64	   *ids;
	int			nids;
	int			i;

	if (RegistryRestoring() ||
		!row_partnership(trigdata, tuple, &partner_id))
		return PointerGetDatum(NULL);

	ids = partner_partnerships(partner_id, &nids);
	for (i = 0; i < nids; i++)
		enforce_partnership(ids[i], cid);
	pfree(ids);
	return PointerGetDatum(NULL);
}

PG_FUNCTION_INFO_V1(partnership_rules_activation);

/*
 * AFTER UPDATE row trigger on partnership: a move into active from any
 * other status requires every 'error' rule to hold; a move from active or
 * suspended into completed or terminated requires every rule that binds
 * the end to hold, but for errors the partnership already had before this
 * transaction (errors_before).  Judging the end closes a gap of the
 * commit-time check, which judges active partnerships only: a change that
 * breaks a rule, followed
 * in the same transaction by the end of the partnership, would otherwise
 * leave a read-only partnership that breaks it forever.
 */
Datum
partnership_rules_activation(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = check_trigger_call(fcinfo, "partnership_rules_activation",
													  REGISTRY_ON_INSERT | REGISTRY_ON_UPDATE);
	TupleDesc	tupdesc = RelationGetDescr(trigdata->tg_relation);
	int			status_attnum = SPI_fnumber(tupdesc, "status");
	HeapTuple	newtuple;
	VocabularyCode new_status;
	int			old_status = -1;
	bool		isnull;
	int64		id;
	CommandId	cid;

	if (RegistryRestoring())
		return PointerGetDatum(NULL);
	if (status_attnum <= 0)
		elog(ERROR, "table \"%s\" has no column \"status\"",
			 RelationGetRelationName(trigdata->tg_relation));
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		newtuple = trigdata->tg_newtuple;
		old_status = VocabularyCheckCode(&PartnershipStatusVocabulary,
										 heap_getattr(trigdata->tg_trigtuple, status_attnum,
													  tupdesc, &isnull));
	}
	else if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
		newtuple = trigdata->tg_trigtuple;
	else
		return PointerGetDatum(NULL);

	new_status = VocabularyCheckCode(&PartnershipStatusVocabulary,
									 heap_getattr(newtuple, status_attnum,
												  tupdesc, &isnull));
	if (new_status == old_status)
		return PointerGetDatum(NULL);
	if (new_status != PARTNERSHIP_STATUS_ACTIVE &&
		!(PartnershipStatusIsFinal(new_status) &&
		  (old_status == PARTNERSHIP_STATUS_ACTIVE ||
		   old_status == PARTNERSHIP_STATUS_SUSPENDED)))
		return PointerGetDatum(NULL);
	if (!row_partnership(trigdata, newtuple, &id))
		return PointerGetDatum(NULL);

	cid = GetCurrentCommandId(true);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	checks_run++;
	judge_entering(id, new_status, false);
	SPI_finish();

	mark_checked(id, cid, PartnershipStatusIsFinal(new_status) ? new_status : -1);
	return PointerGetDatum(NULL);
}

PG_FUNCTION_INFO_V1(partnership_enforcement_checks);

/*
 * Number of rule checks the enforcement triggers ran in this session
 * (diagnostics: a transaction changing many rows of one partnership adds
 * one).
 */
Datum
partnership_enforcement_checks(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(checks_run);
}
