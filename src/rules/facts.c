/*-------------------------------------------------------------------------
 *
 * facts.c
 *	  Gathering the facts the rules are judged from (facts.h), by direct
 *	  index scans of the registry's tables, in one of two modes over the
 *	  same code:
 *
 *	  - one partnership: every scan is a probe of an index led by
 *		partnership_id (or the partnership's primary key);
 *	  - the whole registry in one pass: the same indexes read from end to
 *		end, in partnership_id order, and merged: each table's cursor is
 *		advanced while its rows belong to the partnership at hand.
 *
 *	  Only the partner (a member's or an assignee's name and sector) is
 *	  probed by its key, through a cache kept for the reader's life: the
 *	  same organisations recur across partnerships.
 *
 *	  The scans read as the registry does, with no privilege check and no
 *	  row-level security: a rule must see every row of the partnership it
 *	  judges, as a foreign key does.  What a caller may see is decided
 *	  before (check.c).  Nothing is judged here: the rows are stored as
 *	  they are, and judge.c decides what they mean.
 *
 * src/rules/facts.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/relscan.h"
#include "access/tableam.h"
#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/fmgrprotos.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/rel.h"

#include "compat.h"
#include "registry/registry.h"
#include "registry/scan.h"
#include "rules/facts.h"
#include "vocabulary/fmgr.h"

/*
 * One table read in partnership_id order, with one row of look-ahead.  Its
 * index scan begins at the first fetch and ends as soon as it has no more
 * rows: a B-tree scan keeps some 27 kB of position state, and one
 * partnership's reads then hold one or two scans at a time instead of ten
 * (doc/performance.md, "The heap's high-water mark").
 */
typedef struct FactsCursor
{
	RegistryScan t;
	IndexScanDesc scan;			/* NULL before the first fetch and when done */
	FactsReader *reader;
	int			att_partnership;
	int			att_ended_on;	/* partnership.ended_on; 0: a 1.0.0 schema */
	bool		have_row;		/* t.slot holds a row not yet consumed */
	bool		done;
	int64		row_partnership;	/* partnership_id of that row */
} FactsCursor;

/* An organisation, as members and assignments name it. */
typedef struct FactsPartner
{
	int64		id;				/* hash key */
	bool		found;
	char	   *name;
	VocabularyCode sector;
} FactsPartner;

struct FactsReader
{
	Snapshot	snapshot;
	bool		whole;
	int64		partnership_id; /* the one partnership, unless whole */
	MemoryContext context;		/* the partner cache and the scans' state */
	FactsCursor partnership;
	FactsCursor member;
	FactsCursor commitment;
	FactsCursor agreement;
	FactsCursor party;
	FactsCursor clause;
	FactsCursor activity;
	FactsCursor assignment;
	FactsCursor evaluation;
	FactsCursor risk;
	RegistryScan partner;
	IndexScanDesc partner_scan; /* one scan, probed again for each partner */
	HTAB	   *partners;
	Datum		zero;			/* numeric 0 */
};

/* Growing arrays: double when full. */
#define FACTS_APPEND(array, n, size) \
	do { \
		if ((n) == (size)) \
		{ \
			(size) = (size) ? (size) * 2 : 8; \
			(array) = (array) ? repalloc((array), sizeof(*(array)) * (size)) : \
				palloc(sizeof(*(array)) * (size)); \
		} \
	} while (0)

static void
cursor_open(FactsReader *r, FactsCursor *c, const char *table,
			const char *index, const char *partnership_column)
{
	memset(c, 0, sizeof(FactsCursor));
	c->reader = r;
	RegistryScanOpen(&c->t, table, index, partnership_column);
	c->att_partnership = RegistryScanAttnum(&c->t, partnership_column);
	if (strcmp(table, "partnership") == 0)
		c->att_ended_on = Max(SPI_fnumber(RelationGetDescr(c->t.heap), "ended_on"), 0);
}

static void
cursor_end_scan(FactsCursor *c)
{
	if (c->scan != NULL)
		index_endscan(c->scan);
	c->scan = NULL;
}

static void
cursor_close(FactsCursor *c)
{
	cursor_end_scan(c);
	RegistryScanClose(&c->t);
}

/*
 * The next row of the cursor's index scan: the whole index, or one
 * partnership's key.  The scan allocates state as it goes (btree's
 * position and kill lists): in the reader's context, which lives as long
 * as the scan, not in the caller's, which check_all() resets per
 * partnership.
 */
static bool
cursor_fetch(FactsCursor *c)
{
	FactsReader *r = c->reader;
	MemoryContext old;
	bool		found;

	if (c->done)
		return false;
	old = MemoryContextSwitchTo(r->context);
	if (c->scan == NULL)
		c->scan = r->whole ?
			RegistryScanProbe(&c->t, r->snapshot, 0, NULL) :
			RegistryScanProbe(&c->t, r->snapshot, 1, &r->partnership_id);
	found = index_getnext_slot(c->scan, ForwardScanDirection, c->t.slot);
	MemoryContextSwitchTo(old);
	if (!found)
	{
		c->done = true;
		cursor_end_scan(c);
	}
	return found;
}

/*
 * Does the cursor's slot hold a row of partnership pid?  Rows of lower ids
 * (there are none, the foreign keys see to it) are skipped; a row of a
 * higher id is kept for its partnership.  The caller consumes the row by
 * clearing have_row.
 */
static bool
cursor_row_for(FactsCursor *c, int64 pid)
{
	for (;;)
	{
		if (!c->have_row)
		{
			bool		isnull;

			if (!cursor_fetch(c))
				return false;
			c->have_row = true;
			c->row_partnership = RegistryScanInt64(&c->t, c->att_partnership, &isnull);
		}
		if (c->row_partnership < pid)
		{
			c->have_row = false;
			continue;
		}
		return c->row_partnership == pid;
	}
}

/* The organisation of a member or an assignee, by its key, cached. */
static FactsPartner *
partner_lookup(FactsReader *r, int64 id)
{
	FactsPartner *p;
	bool		found;

	p = hash_search(r->partners, &id, HASH_ENTER, &found);
	if (!found)
	{
		MemoryContext old = MemoryContextSwitchTo(r->context);

		if (r->partner_scan == NULL)
			r->partner_scan = RegistryScanProbe(&r->partner, r->snapshot, 1, &id);
		else
			RegistryScanReprobe(&r->partner, r->partner_scan, 1, &id);
		p->found = index_getnext_slot(r->partner_scan, ForwardScanDirection,
									  r->partner.slot);
		p->name = NULL;
		p->sector = 0;
		if (p->found)
		{
			p->name = RegistryScanText(&r->partner,
									   RegistryScanAttnum(&r->partner, "name"));
			p->sector = RegistryScanCode(&r->partner,
										 RegistryScanAttnum(&r->partner, "sector"),
										 &SectorVocabulary);
		}
		MemoryContextSwitchTo(old);
	}
	return p;
}

/*
 * Start reading: one partnership's facts, or (whole_registry) every
 * partnership's in partnership_id order.  The snapshot must stay
 * registered until FactsEnd.
 */
FactsReader *
FactsBegin(Snapshot snapshot, bool whole_registry, int64 partnership_id)
{
	FactsReader *r = palloc0(sizeof(FactsReader));
	HASHCTL		ctl;

	r->snapshot = snapshot;
	r->whole = whole_registry;
	r->partnership_id = partnership_id;
	r->context = AllocSetContextCreate(CurrentMemoryContext, "partnership facts",
									   ALLOCSET_DEFAULT_SIZES);
	cursor_open(r, &r->partnership, "partnership", "partnership_pkey", "id");
	cursor_open(r, &r->member, "member", "member_pkey", "partnership_id");
	cursor_open(r, &r->commitment, "commitment", "commitment_partnership_idx",
				"partnership_id");
	cursor_open(r, &r->agreement, "agreement", "agreement_partnership_id_key",
				"partnership_id");
	cursor_open(r, &r->party, "agreement_party", "agreement_party_partnership_idx",
				"partnership_id");
	cursor_open(r, &r->clause, "agreement_clause", "agreement_clause_partnership_idx",
				"partnership_id");
	cursor_open(r, &r->activity, "activity", "activity_partnership_id_key",
				"partnership_id");
	cursor_open(r, &r->assignment, "assignment", "assignment_partnership_idx",
				"partnership_id");
	cursor_open(r, &r->evaluation, "evaluation", "evaluation_partnership_idx",
				"partnership_id");
	cursor_open(r, &r->risk, "risk", "risk_partnership_idx", "partnership_id");
	RegistryScanOpen(&r->partner, "partner", "partner_pkey", "id");

	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = sizeof(int64);
	ctl.entrysize = sizeof(FactsPartner);
	ctl.hcxt = r->context;
	r->partners = hash_create("partnership facts partners", 256, &ctl,
							  HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	r->zero = NumericGetDatum(int64_to_numeric(0));
	return r;
}

void
FactsEnd(FactsReader *r)
{
	if (r->partner_scan != NULL)
		index_endscan(r->partner_scan);
	RegistryScanClose(&r->partner);
	cursor_close(&r->risk);
	cursor_close(&r->evaluation);
	cursor_close(&r->assignment);
	cursor_close(&r->activity);
	cursor_close(&r->clause);
	cursor_close(&r->party);
	cursor_close(&r->agreement);
	cursor_close(&r->commitment);
	cursor_close(&r->member);
	cursor_close(&r->partnership);
	MemoryContextDelete(r->context);
	pfree(r);
}

/* The partnership row itself. */
static void
read_partnership(FactsCursor *c, PartnershipFacts *f)
{
	RegistryScan *t = &c->t;
	bool		isnull;
	Datum		d;

	f->id = c->row_partnership;
	f->code = RegistryScanText(t, RegistryScanAttnum(t, "code"));
	f->formality = RegistryScanCode(t, RegistryScanAttnum(t, "formality"),
									&FormalityVocabulary);
	f->horizon = RegistryScanCode(t, RegistryScanAttnum(t, "horizon"),
								  &HorizonVocabulary);
	f->status = RegistryScanCode(t, RegistryScanAttnum(t, "status"),
								 &PartnershipStatusVocabulary);
	f->has_starts_on = RegistryScanDate(t, RegistryScanAttnum(t, "starts_on"),
										&f->starts_on);
	f->has_ends_on = RegistryScanDate(t, RegistryScanAttnum(t, "ends_on"),
									  &f->ends_on);
	f->has_ended_on = c->att_ended_on > 0 &&
		RegistryScanDate(t, c->att_ended_on, &f->ended_on);
	d = RegistryScanGet(t, RegistryScanAttnum(t, "objectives"), &isnull);
	f->has_objectives = !isnull && RegistryArrayHasText(d);
	d = RegistryScanGet(t, RegistryScanAttnum(t, "evaluation_interval"), &isnull);
	f->has_interval = !isnull;
	if (!isnull)
		f->evaluation_interval = *DatumGetIntervalP(d);
}

/* The members, with their organisation and whether they committed. */
static void
read_members(FactsReader *r, PartnershipFacts *f)
{
	RegistryScan *m = &r->member.t;
	RegistryScan *c = &r->commitment.t;
	int			m_partner = RegistryScanAttnum(m, "partner_id");
	int			m_roles = RegistryScanAttnum(m, "roles");
	int			m_joined = RegistryScanAttnum(m, "joined_on");
	int			m_left = RegistryScanAttnum(m, "left_on");
	int			c_partner = RegistryScanAttnum(c, "partner_id");
	int			c_amount = RegistryScanAttnum(c, "amount");
	int64	   *funders = NULL;
	int			nfunders = 0,
				size = 0,
				j;

	/* partners with a commitment above zero, in partner_id order */
	while (cursor_row_for(&r->commitment, f->id))
	{
		bool		isnull;
		int64		partner_id = RegistryScanInt64(c, c_partner, &isnull);
		Datum		amount = RegistryScanGet(c, c_amount, &isnull);

		r->commitment.have_row = false;
		if (isnull || !DatumGetBool(DirectFunctionCall2(numeric_gt, amount, r->zero)))
			continue;
		if (nfunders > 0 && funders[nfunders - 1] == partner_id)
			continue;
		FACTS_APPEND(funders, nfunders, size);
		funders[nfunders++] = partner_id;
	}

	size = 0;
	j = 0;
	while (cursor_row_for(&r->member, f->id))
	{
		FactsMember *fm;
		FactsPartner *p;
		bool		isnull;
		Datum		d;
		int64		partner_id = RegistryScanInt64(m, m_partner, &isnull);

		r->member.have_row = false;
		p = partner_lookup(r, partner_id);
		if (!p->found)
			continue;			/* cannot be: member_partner_fkey */
		FACTS_APPEND(f->members, f->nmembers, size);
		fm = &f->members[f->nmembers++];
		fm->partner_id = partner_id;
		fm->name = p->name;
		fm->sector = p->sector;
		d = RegistryScanGet(m, m_roles, &isnull);
		fm->roles = isnull ? 0 : DatumGetVocabularySet(d);
		fm->has_joined_on = RegistryScanDate(m, m_joined, &fm->joined_on);
		fm->has_left_on = RegistryScanDate(m, m_left, &fm->left_on);
		/* both lists are in partner_id order */
		while (j < nfunders && funders[j] < partner_id)
			j++;
		fm->committed = j < nfunders && funders[j] == partner_id;
	}
	if (funders)
		pfree(funders);
}

static void
read_agreements(FactsReader *r, PartnershipFacts *f)
{
	RegistryScan *a = &r->agreement.t;
	RegistryScan *p = &r->party.t;
	RegistryScan *c = &r->clause.t;
	int			size = 0;

	while (cursor_row_for(&r->agreement, f->id))
	{
		FactsAgreement *fa;
		bool		isnull;

		r->agreement.have_row = false;
		FACTS_APPEND(f->agreements, f->nagreements, size);
		fa = &f->agreements[f->nagreements++];
		fa->id = RegistryScanInt64(a, RegistryScanAttnum(a, "id"), &isnull);
		fa->number = RegistryScanText(a, RegistryScanAttnum(a, "number"));
		fa->kind = RegistryScanCode(a, RegistryScanAttnum(a, "kind"),
									&AgreementKindVocabulary);
		fa->status = RegistryScanCode(a, RegistryScanAttnum(a, "status"),
									  &AgreementStatusVocabulary);
		fa->version = DatumGetInt32(RegistryScanGet(a, RegistryScanAttnum(a, "version"),
													&isnull));
		fa->has_from = RegistryScanDate(a, RegistryScanAttnum(a, "effective_from"),
										&fa->effective_from);
		fa->has_to = RegistryScanDate(a, RegistryScanAttnum(a, "effective_to"),
									  &fa->effective_to);
		fa->has_signed_on = RegistryScanDate(a, RegistryScanAttnum(a, "signed_on"),
											 &fa->signed_on);
	}

	size = 0;
	while (cursor_row_for(&r->party, f->id))
	{
		FactsParty *fp;
		bool		isnull;
		Datum		d;

		r->party.have_row = false;
		FACTS_APPEND(f->parties, f->nparties, size);
		fp = &f->parties[f->nparties++];
		fp->agreement_id = RegistryScanInt64(p, RegistryScanAttnum(p, "agreement_id"), &isnull);
		fp->partner_id = RegistryScanInt64(p, RegistryScanAttnum(p, "partner_id"), &isnull);
		d = RegistryScanGet(p, RegistryScanAttnum(p, "roles"), &isnull);
		fp->roles = isnull ? 0 : DatumGetVocabularySet(d);
		d = RegistryScanGet(p, RegistryScanAttnum(p, "responsibilities"), &isnull);
		fp->has_responsibility = !isnull && RegistryArrayHasText(d);
	}

	size = 0;
	while (cursor_row_for(&r->clause, f->id))
	{
		FactsClause *fc;
		bool		isnull;

		r->clause.have_row = false;
		FACTS_APPEND(f->clauses, f->nclauses, size);
		fc = &f->clauses[f->nclauses++];
		fc->agreement_id = RegistryScanInt64(c, RegistryScanAttnum(c, "agreement_id"), &isnull);
		fc->kind = RegistryScanText(c, RegistryScanAttnum(c, "kind"));
	}
}

static void
read_activities(FactsReader *r, PartnershipFacts *f)
{
	RegistryScan *a = &r->activity.t;
	RegistryScan *s = &r->assignment.t;
	int			size = 0;

	while (cursor_row_for(&r->activity, f->id))
	{
		FactsActivity *fa;
		bool		isnull;

		r->activity.have_row = false;
		FACTS_APPEND(f->activities, f->nactivities, size);
		fa = &f->activities[f->nactivities++];
		fa->id = RegistryScanInt64(a, RegistryScanAttnum(a, "id"), &isnull);
		fa->name = RegistryScanText(a, RegistryScanAttnum(a, "name"));
		fa->status = RegistryScanCode(a, RegistryScanAttnum(a, "status"),
									  &ActivityStatusVocabulary);
	}

	size = 0;
	while (cursor_row_for(&r->assignment, f->id))
	{
		FactsAssignment *fs;
		FactsPartner *p;
		bool		isnull;

		r->assignment.have_row = false;
		FACTS_APPEND(f->assignments, f->nassignments, size);
		fs = &f->assignments[f->nassignments++];
		fs->activity_id = RegistryScanInt64(s, RegistryScanAttnum(s, "activity_id"), &isnull);
		fs->partner_id = RegistryScanInt64(s, RegistryScanAttnum(s, "partner_id"), &isnull);
		fs->raci = RegistryScanCode(s, RegistryScanAttnum(s, "raci"), &RaciVocabulary);
		p = partner_lookup(r, fs->partner_id);
		fs->partner_name = p->name;
	}
}

/* The latest period end of the closed evaluations. */
static void
read_evaluations(FactsReader *r, PartnershipFacts *f)
{
	RegistryScan *e = &r->evaluation.t;
	int			e_status = RegistryScanAttnum(e, "status");
	int			e_end = RegistryScanAttnum(e, "period_end");

	while (cursor_row_for(&r->evaluation, f->id))
	{
		DateADT		end;

		r->evaluation.have_row = false;
		if (RegistryScanCode(e, e_status, &EvaluationStatusVocabulary) !=
			EVALUATION_STATUS_CLOSED ||
			!RegistryScanDate(e, e_end, &end))
			continue;
		if (!f->has_last_closed || end > f->last_closed)
			f->last_closed = end;
		f->has_last_closed = true;
	}
}

static void
read_risks(FactsReader *r, PartnershipFacts *f)
{
	RegistryScan *k = &r->risk.t;
	int			size = 0;

	while (cursor_row_for(&r->risk, f->id))
	{
		FactsRisk  *fr;
		bool		isnull;
		Datum		d;

		r->risk.have_row = false;
		FACTS_APPEND(f->risks, f->nrisks, size);
		fr = &f->risks[f->nrisks++];
		fr->id = RegistryScanInt64(k, RegistryScanAttnum(k, "id"), &isnull);
		fr->challenge = RegistryScanCode(k, RegistryScanAttnum(k, "challenge"),
										 &ChallengeVocabulary);
		fr->status = RegistryScanCode(k, RegistryScanAttnum(k, "status"),
									  &RiskStatusVocabulary);
		fr->rating = DatumGetInt16(RegistryScanGet(k, RegistryScanAttnum(k, "likelihood"), &isnull)) *
			DatumGetInt16(RegistryScanGet(k, RegistryScanAttnum(k, "impact"), &isnull));
		d = RegistryScanGet(k, RegistryScanAttnum(k, "mitigation"), &isnull);
		fr->mitigated = !isnull && RegistryTextNotBlank(DatumGetTextPP(d));
		fr->description = RegistryScanText(k, RegistryScanAttnum(k, "description"));
	}
}

/*
 * The next partnership's facts, allocated in the current memory context;
 * false when there are no more (or, for one partnership, when it does not
 * exist).
 */
bool
FactsNext(FactsReader *r, PartnershipFacts *f)
{
	memset(f, 0, sizeof(PartnershipFacts));
	r->partnership.have_row = false;
	if (!cursor_fetch(&r->partnership))
		return false;
	{
		bool		isnull;

		r->partnership.row_partnership =
			RegistryScanInt64(&r->partnership.t, r->partnership.att_partnership,
							  &isnull);
	}
	read_partnership(&r->partnership, f);
	if (!r->whole)
	{
		/* its one row is read: the tables below need no partnership scan */
		r->partnership.done = true;
		cursor_end_scan(&r->partnership);
	}
	read_members(r, f);
	read_agreements(r, f);
	read_activities(r, f);
	read_evaluations(r, f);
	read_risks(r, f);
	return true;
}

static int
clause_kind_cmp(const void *a, const void *b)
{
	return RegistryTextCmp(((const FactsClauseKind *) a)->code,
						   ((const FactsClauseKind *) b)->code);
}

/*
 * The required clause kinds of the catalogue, in text order of their
 * codes (clause_kind is a catalogue of a dozen rows: read whole).
 */
FactsClauseKind *
FactsRequiredClauseKinds(Snapshot snapshot, int *nkinds)
{
	RegistryScan kind;
	TableScanDesc seq;
	FactsClauseKind *kinds = NULL;
	int			n = 0,
				size = 0;
	int			k_required,
				k_code,
				k_en,
				k_id,
				k_since;

	RegistryScanOpen(&kind, "clause_kind", NULL, NULL);
	k_required = RegistryScanAttnum(&kind, "required");
	k_code = RegistryScanAttnum(&kind, "code");
	k_en = RegistryScanAttnum(&kind, "label_en");
	k_id = RegistryScanAttnum(&kind, "label_id");
	/* absent from a 1.0.0 schema not yet updated: every kind always applies */
	k_since = SPI_fnumber(RelationGetDescr(kind.heap), "required_since");
	seq = table_beginscan(kind.heap, snapshot, 0, NULL);
	while (table_scan_getnextslot(seq, ForwardScanDirection, kind.slot))
	{
		bool		isnull;
		Datum		required = RegistryScanGet(&kind, k_required, &isnull);

		if (isnull || !DatumGetBool(required))
			continue;
		FACTS_APPEND(kinds, n, size);
		kinds[n].code = RegistryScanText(&kind, k_code);
		kinds[n].label_en = RegistryScanText(&kind, k_en);
		kinds[n].label_id = RegistryScanText(&kind, k_id);
		kinds[n].has_since = k_since > 0 &&
			RegistryScanDate(&kind, k_since, &kinds[n].required_since);
		n++;
	}
	table_endscan(seq);
	RegistryScanClose(&kind);
	if (n > 1)
		qsort(kinds, n, sizeof(FactsClauseKind), clause_kind_cmp);
	*nkinds = n;
	return kinds;
}
