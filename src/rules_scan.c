/*-------------------------------------------------------------------------
 *
 * rules_scan.c
 *	  The rows enforcement decides the rules from, read by direct index
 *	  scans.  Activation and the commit-time checks run once per partnership
 *	  in the registry's write path, where the executor start-up of an SPI
 *	  query per group of rows was most of the cost of a check: these scans
 *	  gather the same rows as members_query and findings_query in rules.c
 *	  (which check() still runs, as the caller) and hand them to the same
 *	  rule code.
 *
 *	  Like the SQL they replace in enforcement, they read as the registry
 *	  (no privilege check, no row-level security: a rule must see every
 *	  row of the partnership, as a foreign key does) with the latest
 *	  snapshot after a command counter increment, which is what an SPI
 *	  query run under RegistryExecute saw.  Every scan is an index RegistryScanProbe led
 *	  by partnership_id, an agreement's or an activity's key, or a primary
 *	  key; only clause_kind, a catalogue of a dozen rows, is read whole.
 *
 * src/rules_scan.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/genam.h"
#include "utils/date.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/timestamp.h"

#include "compat.h"
#include "registry.h"
#include "registry_scan.h"
#include "rules_rows.h"
#include "vocabulary_fmgr.h"

/* Joined by today and not yet left. */
static bool
member_is_current(bool has_joined, DateADT joined, bool has_left, DateADT left,
				  DateADT today)
{
	return (!has_left || left > today) && (!has_joined || joined <= today);
}

/* ----------------------------------------------------------------
 * The partnership (partnership_query)
 * ----------------------------------------------------------------
 */

/* date + make_interval(months => months), a timestamp */
static Datum
date_plus_months(DateADT date, int months)
{
	Interval	iv;

	memset(&iv, 0, sizeof(iv));
	iv.month = months;
	return DirectFunctionCall2(date_pl_interval, DateADTGetDatum(date),
							   IntervalPGetDatum(&iv));
}

/* date + 1 */
static Datum
next_day(DateADT date)
{
	return DirectFunctionCall2(date_pli, DateADTGetDatum(date), Int32GetDatum(1));
}

/* The newest signed pks or addendum in force today. */
static void
scan_agreement_in_force(PartnershipRow *row, Snapshot snapshot,
						int64 partnership_id, DateADT today)
{
	RegistryScan	agreement;
	IndexScanDesc scan;
	int32		best_version = 0;
	int			a_id,
				a_kind,
				a_status,
				a_number,
				a_version,
				a_from,
				a_to;

	RegistryScanOpen(&agreement, "agreement", "agreement_partnership_id_key",
					 "partnership_id");
	a_id = RegistryScanAttnum(&agreement, "id");
	a_kind = RegistryScanAttnum(&agreement, "kind");
	a_status = RegistryScanAttnum(&agreement, "status");
	a_number = RegistryScanAttnum(&agreement, "number");
	a_version = RegistryScanAttnum(&agreement, "version");
	a_from = RegistryScanAttnum(&agreement, "effective_from");
	a_to = RegistryScanAttnum(&agreement, "effective_to");
	scan = RegistryScanProbe(&agreement, snapshot, 1, &partnership_id);
	while (index_getnext_slot(scan, ForwardScanDirection, agreement.slot))
	{
		VocabularyCode kind = RegistryScanCode(&agreement, a_kind, &AgreementKindVocabulary);
		DateADT		from = 0,
					to = 0;
		bool		has_to;
		bool		isnull;
		int32		version;

		if ((kind != AGREEMENT_KIND_PKS && kind != AGREEMENT_KIND_ADDENDUM) ||
			RegistryScanCode(&agreement, a_status, &AgreementStatusVocabulary) !=
			AGREEMENT_STATUS_SIGNED)
			continue;
		if (!RegistryScanDate(&agreement, a_from, &from) || from > today)
			continue;
		has_to = RegistryScanDate(&agreement, a_to, &to);
		if (has_to && to < today)
			continue;
		version = DatumGetInt32(RegistryScanGet(&agreement, a_version, &isnull));
		if (row->has_agreement && version <= best_version)
			continue;
		best_version = version;
		row->has_agreement = true;
		row->agreement_id = RegistryScanInt64(&agreement, a_id, &isnull);
		row->agreement_number = RegistryScanText(&agreement, a_number);
		row->agreement_to = has_to ? to : 0;
		row->expiring = has_to;	/* refined below, once the setting is known */
	}
	index_endscan(scan);
	RegistryScanClose(&agreement);
}

/* The latest period_end of the closed evaluations. */
static void
scan_last_closed(PartnershipRow *row, Snapshot snapshot, int64 partnership_id)
{
	VocabularyCode closed = EVALUATION_STATUS_CLOSED;
	RegistryScan	evaluation;
	IndexScanDesc scan;
	int			e_status,
				e_end;

	RegistryScanOpen(&evaluation, "evaluation", "evaluation_partnership_idx",
					 "partnership_id");
	e_status = RegistryScanAttnum(&evaluation, "status");
	e_end = RegistryScanAttnum(&evaluation, "period_end");
	scan = RegistryScanProbe(&evaluation, snapshot, 1, &partnership_id);
	while (index_getnext_slot(scan, ForwardScanDirection, evaluation.slot))
	{
		DateADT		end;

		if (RegistryScanCode(&evaluation, e_status, &EvaluationStatusVocabulary) != closed ||
			!RegistryScanDate(&evaluation, e_end, &end))
			continue;
		if (!row->has_last_closed || end > row->last_closed)
			row->last_closed = end;
		row->has_last_closed = true;
	}
	index_endscan(scan);
	RegistryScanClose(&evaluation);
}

/*
 * The partnership's row as partnership_query computes it; false when there
 * is no such partnership.
 */
bool
RulesScanPartnership(int64 partnership_id, int strategic_min_months,
					 int operational_max_months, int expiry_warning_days,
					 PartnershipRow *row)
{
	Snapshot	snapshot = RegistryScanSnapshot();
	DateADT		today = GetSQLCurrentDate();
	RegistryScan	partnership;
	IndexScanDesc scan;
	bool		found;
	bool		isnull;
	Datum		d;

	memset(row, 0, sizeof(PartnershipRow));
	RegistryScanOpen(&partnership, "partnership", "partnership_pkey", "id");
	scan = RegistryScanProbe(&partnership, snapshot, 1, &partnership_id);
	found = index_getnext_slot(scan, ForwardScanDirection, partnership.slot);
	if (found)
	{
		VocabularyCode status;
		Interval   *interval = NULL;

		row->code = RegistryScanText(&partnership, RegistryScanAttnum(&partnership, "code"));
		row->formal = RegistryScanCode(&partnership, RegistryScanAttnum(&partnership, "formality"),
							   &FormalityVocabulary) ==
			RulesTermCode(&FormalityVocabulary, "formal");
		row->strategic = RegistryScanCode(&partnership, RegistryScanAttnum(&partnership, "horizon"),
								  &HorizonVocabulary) ==
			RulesTermCode(&HorizonVocabulary, "strategic");
		status = RegistryScanCode(&partnership, RegistryScanAttnum(&partnership, "status"),
						  &PartnershipStatusVocabulary);
		row->status = pstrdup(PartnershipStatusVocabulary.terms[status].canonical);
		row->has_starts_on = RegistryScanDate(&partnership, RegistryScanAttnum(&partnership, "starts_on"),
									  &row->starts_on);
		row->has_ends_on = RegistryScanDate(&partnership, RegistryScanAttnum(&partnership, "ends_on"),
									&row->ends_on);
		d = RegistryScanGet(&partnership, RegistryScanAttnum(&partnership, "objectives"), &isnull);
		row->has_objectives = !isnull && RegistryArrayHasText(d);
		d = RegistryScanGet(&partnership, RegistryScanAttnum(&partnership, "evaluation_interval"), &isnull);
		if (!isnull)
			interval = DatumGetIntervalP(d);

		/* the run against the horizon's bounds (end days are inclusive) */
		if (!row->has_starts_on)
			row->horizon_ok = true;
		else if (row->strategic)
			row->horizon_ok = !row->has_ends_on ||
				DatumGetBool(DirectFunctionCall2(date_ge_timestamp,
												 next_day(row->ends_on),
												 date_plus_months(row->starts_on,
																  strategic_min_months)));
		else
			row->horizon_ok = row->has_ends_on &&
				DatumGetBool(DirectFunctionCall2(date_le_timestamp,
												 next_day(row->ends_on),
												 date_plus_months(row->starts_on,
																  operational_max_months)));

		/* the evaluation due: the last closed one (or the start) + interval */
		scan_last_closed(row, snapshot, partnership_id);
		if (interval != NULL && (row->has_last_closed || row->has_starts_on))
		{
			Datum		ts = DirectFunctionCall2(date_pl_interval,
												 DateADTGetDatum(row->has_last_closed ?
																 row->last_closed :
																 row->starts_on),
												 IntervalPGetDatum(interval));

			row->due_on = DatumGetDateADT(DirectFunctionCall1(timestamp_date, ts));
			row->has_due = true;
		}
		if (interval != NULL)
		{
			int			months = interval->month;
			int			days = interval->day;

			if (days == 0)
				row->interval_text = psprintf("%d months", months);
			else if (months == 0)
				row->interval_text = psprintf("%d days", days);
			else
				row->interval_text = psprintf("%d months %d days", months, days);
		}

		scan_agreement_in_force(row, snapshot, partnership_id, today);
		if (row->expiring)
			row->expiring = DatumGetBool(DirectFunctionCall2(date_le,
															 DateADTGetDatum(row->agreement_to),
															 DirectFunctionCall2(date_pli,
																				 DateADTGetDatum(today),
																				 Int32GetDatum(expiry_warning_days))));
	}
	index_endscan(scan);
	RegistryScanClose(&partnership);
	UnregisterSnapshot(snapshot);
	return found;
}

/* ----------------------------------------------------------------
 * The members (members_query)
 * ----------------------------------------------------------------
 */
MemberRow *
RulesScanMembers(int64 partnership_id, bool have_agreement, int64 agreement_id,
				 int *nmembers)
{
	Snapshot	snapshot = RegistryScanSnapshot();
	DateADT		today = GetSQLCurrentDate();
	RegistryScan	member,
				partner,
				commitment,
				party;
	IndexScanDesc scan;
	MemberRow  *rows;
	int			n = 0;
	int			size = 8;
	Datum		zero = NumericGetDatum(int64_to_numeric(0));
	int			m_partner,
				m_roles,
				m_joined,
				m_left,
				p_name,
				p_sector,
				c_amount,
				a_roles,
				a_resp;

	RegistryScanOpen(&member, "member", "member_pkey",
					 "partnership_id,partner_id");
	RegistryScanOpen(&partner, "partner", "partner_pkey", "id");
	RegistryScanOpen(&commitment, "commitment", "commitment_partnership_idx",
					 "partnership_id,partner_id");
	RegistryScanOpen(&party, "agreement_party", "agreement_party_pkey",
					 "agreement_id,partner_id");
	m_partner = RegistryScanAttnum(&member, "partner_id");
	m_roles = RegistryScanAttnum(&member, "roles");
	m_joined = RegistryScanAttnum(&member, "joined_on");
	m_left = RegistryScanAttnum(&member, "left_on");
	p_name = RegistryScanAttnum(&partner, "name");
	p_sector = RegistryScanAttnum(&partner, "sector");
	c_amount = RegistryScanAttnum(&commitment, "amount");
	a_roles = RegistryScanAttnum(&party, "roles");
	a_resp = RegistryScanAttnum(&party, "responsibilities");

	rows = palloc0(sizeof(MemberRow) * size);
	scan = RegistryScanProbe(&member, snapshot, 1, &partnership_id);
	while (index_getnext_slot(scan, ForwardScanDirection, member.slot))
	{
		MemberRow  *m;
		bool		isnull;
		bool		found;
		bool		has_left;
		DateADT		left_on = 0;
		Datum		d;
		int64		keys[2];
		IndexScanDesc sub;

		if (n == size)
		{
			size *= 2;
			rows = repalloc(rows, sizeof(MemberRow) * size);
		}
		m = &rows[n];
		memset(m, 0, sizeof(MemberRow));
		m->partner_id = RegistryScanInt64(&member, m_partner, &isnull);
		d = RegistryScanGet(&member, m_roles, &isnull);
		m->roles = isnull ? 0 : DatumGetVocabularySet(d);
		m->has_joined_on = RegistryScanDate(&member, m_joined, &m->joined_on);
		has_left = RegistryScanDate(&member, m_left, &left_on);
		m->is_current = member_is_current(m->has_joined_on, m->joined_on,
										  has_left, left_on, today);

		/* the organisation (members_query joins it: no partner, no row) */
		sub = RegistryScanProbe(&partner, snapshot, 1, &m->partner_id);
		found = index_getnext_slot(sub, ForwardScanDirection, partner.slot);
		if (found)
		{
			m->name = RegistryScanText(&partner, p_name);
			m->sector = RegistryScanCode(&partner, p_sector, &SectorVocabulary);
		}
		index_endscan(sub);
		if (!found)
			continue;

		/* a commitment with an amount above zero */
		keys[0] = partnership_id;
		keys[1] = m->partner_id;
		sub = RegistryScanProbe(&commitment, snapshot, 2, keys);
		while (!m->committed &&
			   index_getnext_slot(sub, ForwardScanDirection, commitment.slot))
		{
			d = RegistryScanGet(&commitment, c_amount, &isnull);
			if (!isnull && DatumGetBool(DirectFunctionCall2(numeric_gt, d, zero)))
				m->committed = true;
		}
		index_endscan(sub);

		/* the party row in the agreement in force */
		if (have_agreement)
		{
			keys[0] = agreement_id;
			keys[1] = m->partner_id;
			sub = RegistryScanProbe(&party, snapshot, 2, keys);
			if (index_getnext_slot(sub, ForwardScanDirection, party.slot))
			{
				m->is_party = true;
				d = RegistryScanGet(&party, a_roles, &isnull);
				m->party_roles = isnull ? 0 : DatumGetVocabularySet(d);
				d = RegistryScanGet(&party, a_resp, &isnull);
				m->has_responsibility = !isnull && RegistryArrayHasText(d);
			}
			index_endscan(sub);
		}
		n++;
	}
	index_endscan(scan);

	RegistryScanClose(&party);
	RegistryScanClose(&commitment);
	RegistryScanClose(&partner);
	RegistryScanClose(&member);
	UnregisterSnapshot(snapshot);

	/* members_query orders by partner_id, as the primary key scan does */
	*nmembers = n;
	return rows;
}

/* ----------------------------------------------------------------
 * The row-level findings (findings_query)
 * ----------------------------------------------------------------
 */
typedef struct FindingList
{
	FindingRow *rows;
	int			n;
	int			size;
} FindingList;

static FindingRow *
finding_add(FindingList *list, const char *rule)
{
	FindingRow *row;

	if (list->n == list->size)
	{
		list->size = list->size ? list->size * 2 : 8;
		list->rows = list->rows ?
			repalloc(list->rows, sizeof(FindingRow) * list->size) :
			palloc(sizeof(FindingRow) * list->size);
	}
	row = &list->rows[list->n++];
	memset(row, 0, sizeof(FindingRow));
	row->rule = rule;
	return row;
}

/* findings_query's ORDER BY rule, id, name (NULLs last) */
static int
finding_cmp(const void *pa, const void *pb)
{
	const FindingRow *a = (const FindingRow *) pa;
	const FindingRow *b = (const FindingRow *) pb;
	int			c = RegistryTextCmp(a->rule, b->rule);

	if (c != 0)
		return c;
	if (a->has_id != b->has_id)
		return a->has_id ? -1 : 1;
	if (a->has_id && a->id != b->id)
		return a->id < b->id ? -1 : 1;
	c = RegistryTextCmp(a->name, b->name);
	if (c != 0)
		return c;
	/* ties (assignees of one activity): by partner */
	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	return 0;
}

/* Required clause kinds the agreement lacks. */
static void
find_missing_clauses(FindingList *list, Snapshot snapshot,
					 int64 partnership_id, int64 agreement_id)
{
	ListCell   *lc;

	foreach(lc, RegistryMissingClauses(snapshot, partnership_id, agreement_id))
	{
		RegistryClauseKind *k = lfirst(lc);
		FindingRow *row = finding_add(list, "agreement_clauses");

		row->name = k->code;
		row->extra = k->label_en;
		row->extra2 = k->label_id;
	}
}

/* Draft or signed agreements longer than max_years, or signed without end. */
static void
find_long_agreements(FindingList *list, Snapshot snapshot,
					 int64 partnership_id, int max_years)
{
	VocabularyCode draft = AGREEMENT_STATUS_DRAFT;
	VocabularyCode signed_ = AGREEMENT_STATUS_SIGNED;
	RegistryScan	agreement;
	IndexScanDesc scan;
	Interval	years;
	int			a_id,
				a_number,
				a_kind,
				a_status,
				a_from,
				a_to;

	memset(&years, 0, sizeof(years));
	years.month = max_years * MONTHS_PER_YEAR;

	RegistryScanOpen(&agreement, "agreement", "agreement_partnership_id_key",
					 "partnership_id");
	a_id = RegistryScanAttnum(&agreement, "id");
	a_number = RegistryScanAttnum(&agreement, "number");
	a_kind = RegistryScanAttnum(&agreement, "kind");
	a_status = RegistryScanAttnum(&agreement, "status");
	a_from = RegistryScanAttnum(&agreement, "effective_from");
	a_to = RegistryScanAttnum(&agreement, "effective_to");
	scan = RegistryScanProbe(&agreement, snapshot, 1, &partnership_id);
	while (index_getnext_slot(scan, ForwardScanDirection, agreement.slot))
	{
		VocabularyCode status = RegistryScanCode(&agreement, a_status,
										 &AgreementStatusVocabulary);
		DateADT		from = 0,
					to = 0;
		bool		has_to;
		bool		too_long;
		bool		isnull;

		if (status != draft && status != signed_)
			continue;
		if (!RegistryScanDate(&agreement, a_from, &from))
			continue;
		has_to = RegistryScanDate(&agreement, a_to, &to);
		if (!has_to)
			too_long = (status == signed_);
		else
		{
			/* effective_to + 1 > effective_from + make_interval(years => N) */
			Datum		end_plus_one = DirectFunctionCall2(date_pli,
														   DateADTGetDatum(to),
														   Int32GetDatum(1));
			Datum		limit = DirectFunctionCall2(date_pl_interval,
													DateADTGetDatum(from),
													IntervalPGetDatum(&years));

			too_long = DatumGetBool(DirectFunctionCall2(date_gt_timestamp,
														end_plus_one, limit));
		}
		if (too_long)
		{
			FindingRow *row = finding_add(list, "agreement_max_duration");

			row->has_id = true;
			row->id = RegistryScanInt64(&agreement, a_id, &isnull);
			row->name = RegistryScanText(&agreement, a_number);
			row->has_d1 = true;
			row->d1 = from;
			row->has_d2 = has_to;
			row->d2 = to;
			row->extra = pstrdup(AgreementKindVocabulary.terms[RegistryScanCode(&agreement, a_kind, &AgreementKindVocabulary)].canonical);
			row->extra2 = pstrdup(AgreementStatusVocabulary.terms[status].canonical);
		}
	}
	index_endscan(scan);
	RegistryScanClose(&agreement);
}

/* Open activities without exactly one A, and their non-member assignees. */
static void
find_raci_gaps(FindingList *list, Snapshot snapshot, int64 partnership_id)
{
	VocabularyCode planned = RulesTermCode(&ActivityStatusVocabulary, "planned");
	VocabularyCode in_progress = RulesTermCode(&ActivityStatusVocabulary, "in_progress");
	VocabularyCode accountable = RulesTermCode(&RaciVocabulary, "A");
	DateADT		today = GetSQLCurrentDate();
	RegistryScan	activity,
				assignment,
				member,
				partner;
	IndexScanDesc scan;
	int			t_id,
				t_name,
				t_status,
				s_partner,
				s_raci,
				m_joined,
				m_left,
				p_name;

	RegistryScanOpen(&activity, "activity", "activity_partnership_id_key",
					 "partnership_id");
	RegistryScanOpen(&assignment, "assignment", "assignment_pkey",
					 "activity_id");
	RegistryScanOpen(&member, "member", "member_pkey",
					 "partnership_id,partner_id");
	RegistryScanOpen(&partner, "partner", "partner_pkey", "id");
	t_id = RegistryScanAttnum(&activity, "id");
	t_name = RegistryScanAttnum(&activity, "name");
	t_status = RegistryScanAttnum(&activity, "status");
	s_partner = RegistryScanAttnum(&assignment, "partner_id");
	s_raci = RegistryScanAttnum(&assignment, "raci");
	m_joined = RegistryScanAttnum(&member, "joined_on");
	m_left = RegistryScanAttnum(&member, "left_on");
	p_name = RegistryScanAttnum(&partner, "name");

	scan = RegistryScanProbe(&activity, snapshot, 1, &partnership_id);
	while (index_getnext_slot(scan, ForwardScanDirection, activity.slot))
	{
		VocabularyCode status = RegistryScanCode(&activity, t_status,
										 &ActivityStatusVocabulary);
		IndexScanDesc sub;
		int64		activity_id;
		char	   *name;
		int64		naccountable = 0;
		bool		isnull;

		if (status != planned && status != in_progress)
			continue;
		activity_id = RegistryScanInt64(&activity, t_id, &isnull);
		name = RegistryScanText(&activity, t_name);

		sub = RegistryScanProbe(&assignment, snapshot, 1, &activity_id);
		while (index_getnext_slot(sub, ForwardScanDirection, assignment.slot))
		{
			VocabularyCode raci = RegistryScanCode(&assignment, s_raci, &RaciVocabulary);
			int64		keys[2];
			IndexScanDesc msub;
			bool		current = false;

			if (raci == accountable)
				naccountable++;

			/* a current member? */
			keys[0] = partnership_id;
			keys[1] = RegistryScanInt64(&assignment, s_partner, &isnull);
			msub = RegistryScanProbe(&member, snapshot, 2, keys);
			if (index_getnext_slot(msub, ForwardScanDirection, member.slot))
			{
				DateADT		joined = 0,
							left = 0;
				bool		has_joined = RegistryScanDate(&member, m_joined, &joined);
				bool		has_left = RegistryScanDate(&member, m_left, &left);

				current = member_is_current(has_joined, joined, has_left, left,
											today);
			}
			index_endscan(msub);
			if (!current)
			{
				IndexScanDesc psub = RegistryScanProbe(&partner, snapshot, 1, &keys[1]);

				/* findings_query joins the partner: no partner, no row */
				if (index_getnext_slot(psub, ForwardScanDirection, partner.slot))
				{
					FindingRow *row = finding_add(list, "raci_assignee");

					row->has_id = true;
					row->id = activity_id;
					row->name = name;
					row->has_n = true;
					row->n = keys[1];
					row->extra = RegistryScanText(&partner, p_name);
					row->extra2 = pstrdup(RaciVocabulary.terms[raci].canonical);
				}
				index_endscan(psub);
			}
		}
		index_endscan(sub);

		if (naccountable != 1)
		{
			FindingRow *row = finding_add(list, "raci_accountable");

			row->has_id = true;
			row->id = activity_id;
			row->name = name;
			row->has_n = true;
			row->n = naccountable;
			row->extra = pstrdup(ActivityStatusVocabulary.terms[status].canonical);
		}
	}
	index_endscan(scan);
	RegistryScanClose(&partner);
	RegistryScanClose(&member);
	RegistryScanClose(&assignment);
	RegistryScanClose(&activity);
}

/* Open risks rated 10 or more without a mitigation. */
static void
find_unmitigated_risks(FindingList *list, Snapshot snapshot,
					   int64 partnership_id)
{
	VocabularyCode open = RulesTermCode(&RiskStatusVocabulary, "open");
	RegistryScan	risk;
	IndexScanDesc scan;
	int			r_id,
				r_challenge,
				r_description,
				r_likelihood,
				r_impact,
				r_mitigation,
				r_status;

	RegistryScanOpen(&risk, "risk", "risk_partnership_idx", "partnership_id");
	r_id = RegistryScanAttnum(&risk, "id");
	r_challenge = RegistryScanAttnum(&risk, "challenge");
	r_description = RegistryScanAttnum(&risk, "description");
	r_likelihood = RegistryScanAttnum(&risk, "likelihood");
	r_impact = RegistryScanAttnum(&risk, "impact");
	r_mitigation = RegistryScanAttnum(&risk, "mitigation");
	r_status = RegistryScanAttnum(&risk, "status");
	scan = RegistryScanProbe(&risk, snapshot, 1, &partnership_id);
	while (index_getnext_slot(scan, ForwardScanDirection, risk.slot))
	{
		bool		isnull;
		int			rating;
		Datum		mitigation;

		if (RegistryScanCode(&risk, r_status, &RiskStatusVocabulary) != open)
			continue;
		rating = DatumGetInt16(RegistryScanGet(&risk, r_likelihood, &isnull)) *
			DatumGetInt16(RegistryScanGet(&risk, r_impact, &isnull));
		if (rating < 10)
			continue;
		mitigation = RegistryScanGet(&risk, r_mitigation, &isnull);
		if (!isnull && RegistryTextNotBlank(DatumGetTextPP(mitigation)))
			continue;
		{
			FindingRow *row = finding_add(list, "risk_unmitigated");

			row->has_id = true;
			row->id = RegistryScanInt64(&risk, r_id, &isnull);
			row->name = pstrdup(ChallengeVocabulary.terms[RegistryScanCode(&risk, r_challenge, &ChallengeVocabulary)].canonical);
			row->has_n = true;
			row->n = rating;
			row->extra = RegistryScanText(&risk, r_description);
		}
	}
	index_endscan(scan);
	RegistryScanClose(&risk);
}

/*
 * The findings of findings_query: clauses (clauses true: a formal
 * partnership with an agreement in force, agreement_id), agreements longer
 * than max_years, RACI gaps, unmitigated risks; ordered as the query
 * orders them.
 */
FindingRow *
RulesScanFindings(int64 partnership_id, bool clauses, int64 agreement_id,
				  int max_years, int *nrows)
{
	Snapshot	snapshot = RegistryScanSnapshot();
	FindingList list = {NULL, 0, 0};

	if (clauses)
		find_missing_clauses(&list, snapshot, partnership_id, agreement_id);
	find_long_agreements(&list, snapshot, partnership_id, max_years);
	find_raci_gaps(&list, snapshot, partnership_id);
	find_unmitigated_risks(&list, snapshot, partnership_id);
	UnregisterSnapshot(snapshot);

	if (list.n > 1)
		qsort(list.rows, list.n, sizeof(FindingRow), finding_cmp);
	*nrows = list.n;
	return list.rows;
}
