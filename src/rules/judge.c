/*-------------------------------------------------------------------------
 *
 * judge.c
 *	  The judgement: the rule catalogue applied to one partnership's facts
 *	  (facts.h), with no I/O.  Each rule is decided here and only here,
 *	  whoever asks: check(), check_all(), activation, the end of a
 *	  partnership and the commit-time check.  The messages come from the
 *	  message catalogue (src/messages/rules.def) in the session's language;
 *	  the JSON details name the offending members, activities, agreements
 *	  and risks.
 *
 *	  The facts the rules and the triggers share are defined once, here:
 *	  a current member (RulesMemberIsCurrent), the agreement in force
 *	  (agreement_in_force), the clause kinds an agreement lacks
 *	  (RulesMissingClauses).  Blank text is defined in registry/scan.c
 *	  (RegistryTextNotBlank), where the rows are read.
 *
 * src/rules/judge.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "lib/stringinfo.h"
#include "port/pg_bitutils.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/fmgrprotos.h"
#include "utils/json.h"

#include "messages.h"
#include "partnership.h"
#include "registry/registry.h"
#include "registry/scan.h"
#include "rules/judge.h"
#include "vocabulary/fmgr.h"

const RuleDef RuleDefs[NUM_RULES] = {
#define RULE(id, code, severity, binds_end) {code, severity, binds_end},
	RULE_LIST
#undef RULE
};

/*
 * Must the rule hold for a partnership to end (move into completed or
 * terminated)?  Every rule does but those that judge a running
 * partnership only.
 */
bool
RulesBindsTheEnd(const char *code)
{
	int			r;

	for (r = 0; r < NUM_RULES; r++)
		if (strcmp(RuleDefs[r].code, code) == 0)
			return RuleDefs[r].binds_end;
	return true;
}

/* ----------------------------------------------------------------
 * The shared facts
 * ----------------------------------------------------------------
 */

/* A current member: joined by today (or undated), not yet left. */
bool
RulesMemberIsCurrent(const FactsMember *m, DateADT today)
{
	return (!m->has_left_on || m->left_on > today) &&
		(!m->has_joined_on || m->joined_on <= today);
}

/*
 * Is agreement a newer than b?  The later start first, then the higher
 * version, then the later id: versions count within one chain (PKS v1,
 * Adendum I v2), so that a new PKS beside an older chain is version 1 and
 * still the newer.  The report views order their agreements the same way
 * (effective_from DESC NULLS LAST, version DESC, id DESC).
 */
static bool
agreement_newer(const FactsAgreement *a, const FactsAgreement *b)
{
	if (a->has_from != b->has_from)
		return a->has_from;
	if (a->has_from && a->effective_from != b->effective_from)
		return a->effective_from > b->effective_from;
	if (a->version != b->version)
		return a->version > b->version;
	return a->id > b->id;
}


/* Is id one of the agreements the end judges as in force (RulesJudgement)? */
static bool
ended_by_the_end(const RulesJudgement *end, int64 id)
{
	int			i;

	for (i = 0; i < end->nended_agreements; i++)
		if (end->ended_agreements[i] == id)
			return true;
	return false;
}

/*
 * The agreement in force: the newest signed pks or addendum
 * (agreement_newer) whose effective period (from a start, to an end or
 * open) holds on the day it is judged; NULL when there is none.  end: as
 * the end judges a partnership it is ending (NULL otherwise).  The end itself terminates
 * the agreements still signed on its ended_on (trigger_span.c, before the
 * rules run), so for the end those count as signed, and the day is
 * ended_on if that is earlier: the end judges the partnership as it ran,
 * not the agreements it has just ended (else agreement_covers_members and
 * agreement_clauses would never bind an end).  So do the others the end
 * is given (end->ended_agreements: those signed before its transaction,
 * and of a suspended partnership those that left signed while it was
 * suspended; enforce.c, agreements_ending_with).  One terminated while the
 * partnership was active, even the same day, stays terminated.
 */
static const FactsAgreement *
agreement_in_force(const PartnershipFacts *f, DateADT today,
				   const RulesJudgement *end)
{
	const FactsAgreement *best = NULL;
	int			i;

	if (end != NULL && f->has_ended_on && f->ended_on < today)
		today = f->ended_on;
	for (i = 0; i < f->nagreements; i++)
	{
		const FactsAgreement *a = &f->agreements[i];
		bool		in_force_at_end = end != NULL &&
			(a->status == AGREEMENT_STATUS_TERMINATED ||
			 a->status == AGREEMENT_STATUS_SUPERSEDED) &&
			ended_by_the_end(end, a->id);

		if ((a->kind != AGREEMENT_KIND_PKS && a->kind != AGREEMENT_KIND_ADDENDUM) ||
			(a->status != AGREEMENT_STATUS_SIGNED && !in_force_at_end))
			continue;
		if (!a->has_from || a->effective_from > today)
			continue;
		if (a->has_to && a->effective_to < today)
			continue;
		if (best == NULL || agreement_newer(a, best))
			best = a;
	}
	return best;
}

/*
 * The required clause kinds (kinds, in text order of their codes) that
 * agreement_id has no clause of: a List of FactsClauseKind *, same order.
 * A kind made required after the agreement was signed (signed_on, when
 * has_signed_on) does not apply to it: catalogue edits apply to agreements
 * signed after them.  An agreement being signed passes has_signed_on =
 * false, so every required kind applies.  The SQL twin is
 * clause_required_for().
 */
List *
RulesMissingClauses(const FactsClauseKind *kinds, int nkinds,
					const FactsClause *clauses, int nclauses,
					int64 agreement_id, bool has_signed_on, DateADT signed_on)
{
	List	   *missing = NIL;
	int			k,
				c;

	for (k = 0; k < nkinds; k++)
	{
		bool		present = false;

		if (kinds[k].has_since && has_signed_on &&
			signed_on < kinds[k].required_since)
			continue;
		for (c = 0; c < nclauses && !present; c++)
			present = clauses[c].agreement_id == agreement_id &&
				clauses[c].kind != NULL &&
				strcmp(clauses[c].kind, kinds[k].code) == 0;
		if (!present)
			missing = lappend(missing, (void *) &kinds[k]);
	}
	return missing;
}

/* ----------------------------------------------------------------
 * Writing violations
 * ----------------------------------------------------------------
 */

/* JSON building: "key": value pairs in an object being written. */
static void
json_sep(StringInfo buf)
{
	if (buf->len > 0 && buf->data[buf->len - 1] != '{' &&
		buf->data[buf->len - 1] != '[')
		appendStringInfoChar(buf, ',');
}

/*
 * The keys of a detail whose values name an object (a partner, an
 * activity, a risk) rather than say what offends: RulesOffenceKey leaves
 * them out.
 */
static const char *const label_keys[] = {"name", "activity", "description"};

/* The end of the JSON string that begins at s (a '"'): past its closing quote. */
static const char *
json_string_end(const char *s)
{
	for (s++; *s != '\0' && *s != '"'; s++)
		if (*s == '\\' && s[1] != '\0')
			s++;
	return *s == '"' ? s + 1 : s;
}

/* Is the string token [start, end) one of label_keys, quoted? */
static bool
is_label_key(const char *start, const char *end)
{
	int			i;

	for (i = 0; i < lengthof(label_keys); i++)
	{
		size_t		len = strlen(label_keys[i]);

		if ((size_t) (end - start) == len + 2 &&
			strncmp(start + 1, label_keys[i], len) == 0)
			return true;
	}
	return false;
}

/*
 * The offence of v (or its detail), as JSON text written by json_key and
 * json_str above, without the label keys and their values: a JSON object,
 * or the empty string of an offence that is only the rule's.  The scan
 * knows strings from the rest, so a label inside a value is left alone.
 */
char *
RulesOffenceKey(const RuleViolation *v)
{
	const char *s = v->offence ? v->offence : v->detail;
	StringInfoData key;

	initStringInfo(&key);
	while (*s != '\0')
	{
		if (*s == '"')
		{
			const char *end = json_string_end(s);

			if (*end == ':' && is_label_key(s, end))
			{
				/*
				 * The key, its colon and its value (a string or null), and
				 * one comma beside them, so that the key stays JSON.
				 */
				s = end + 1;
				if (*s == '"')
					s = json_string_end(s);
				else if (strncmp(s, "null", 4) == 0)
					s += 4;
				if (*s == ',')
					s++;
				else if (key.len > 0 && key.data[key.len - 1] == ',')
					key.data[--key.len] = '\0';
				continue;
			}
			appendBinaryStringInfo(&key, s, end - s);
			s = end;
			continue;
		}
		appendStringInfoChar(&key, *s++);
	}
	return key.data;
}

static void
json_key(StringInfo buf, const char *key)
{
	json_sep(buf);
	escape_json(buf, key);
	appendStringInfoChar(buf, ':');
}

static void
json_str(StringInfo buf, const char *key, const char *value)
{
	json_key(buf, key);
	if (value == NULL)
		appendStringInfoString(buf, "null");
	else
		escape_json(buf, value);
}

static void
json_int(StringInfo buf, const char *key, int64 value)
{
	json_key(buf, key);
	appendStringInfo(buf, INT64_FORMAT, value);
}

static void
json_date(StringInfo buf, const char *key, bool present, DateADT date)
{
	json_str(buf, key, present ? RegistryDateText(date) : NULL);
}

static void
json_list(StringInfo buf, const char *key, StringInfo items)
{
	json_key(buf, key);
	appendStringInfo(buf, "[%s]", items->data);
}

static char *
roles_text(VocabularySet roles)
{
	char		buf[VOCABULARY_MAX_SET_TEXT];

	VocabularyFormatSet(&RoleVocabulary, roles, buf, sizeof(buf));
	return pstrdup(buf);
}

/* A member as a JSON object: partner_id, name, sector, roles. */
static void
json_member(StringInfo buf, const FactsMember *m)
{
	json_sep(buf);
	appendStringInfoChar(buf, '{');
	json_int(buf, "partner_id", m->partner_id);
	json_str(buf, "name", m->name);
	json_str(buf, "sector", SectorVocabulary.terms[m->sector].canonical);
	json_str(buf, "roles", roles_text(m->roles));
	appendStringInfoChar(buf, '}');
}

/* A JSON array of sector names. */
static void
json_sectors(StringInfo buf, const char *key, VocabularySet sectors)
{
	int			i;

	json_key(buf, key);
	appendStringInfoChar(buf, '[');
	for (i = 0; i < SectorVocabulary.nterms; i++)
		if (sectors & VOCABULARY_BIT(i))
		{
			json_sep(buf);
			escape_json(buf, SectorVocabulary.terms[i].canonical);
		}
	appendStringInfoChar(buf, ']');
}

/* The violations found so far, indexed by rule. */
typedef struct Verdict
{
	const RulesCatalogue *catalogue;
	char	   *message[NUM_RULES];
	StringInfo	detail[NUM_RULES];
	const char *offence[NUM_RULES]; /* see RuleViolation; NULL: the detail */
} Verdict;

static bool
rule_on(const Verdict *v, RuleId rule)
{
	return v->catalogue->severity[rule] != RULE_SEVERITY_OFF;
}

/* Record a violation; returns its detail object, open for more keys. */
static StringInfo
violate(Verdict *v, RuleId rule, char *message)
{
	StringInfo	buf = makeStringInfo();

	appendStringInfoChar(buf, '{');
	v->message[rule] = message;
	v->detail[rule] = buf;
	return buf;
}

/* ----------------------------------------------------------------
 * The rules
 * ----------------------------------------------------------------
 */

/* date + months (make_interval(months => n)), as a timestamp Datum */
static Datum
date_plus_months(DateADT date, int months)
{
	Interval	iv;

	memset(&iv, 0, sizeof(iv));
	iv.month = months;
	return DirectFunctionCall2(date_pl_interval, DateADTGetDatum(date),
							   IntervalPGetDatum(&iv));
}

/*
 * Is the period from start to end (both days included) longer (sign 1) or
 * shorter (sign -1) than months?  Counted twice, the day after its end
 * against start plus the months, and its end against the day before start
 * plus the months, and only a period that is longer (shorter) by both
 * counts is: where a month is shorter the calendar gives two answers
 * (2024-02-29 plus 12 months is 2025-02-28, so the year from 29 February
 * ends on 28 February by the second count; the year from 1 March 2027 ends
 * on 29 February 2028 by the first), and the registry takes the one that
 * does not warn.  A period from 2025-01-01 to 2025-12-31 runs 12 months by
 * both.
 */
static bool
period_beyond(DateADT start, DateADT end, int months, int sign)
{
	PGFunction	cmp = sign > 0 ? date_gt_timestamp : date_lt_timestamp;

	return DatumGetBool(DirectFunctionCall2(cmp, DateADTGetDatum(end + 1),
											date_plus_months(start, months))) &&
		DatumGetBool(DirectFunctionCall2(cmp, DateADTGetDatum(end),
										 date_plus_months(start - 1, months)));
}

/* Does the run fit the horizon's bounds (period_beyond)? */
static bool
horizon_fits(const PartnershipFacts *f, const RulesCatalogue *cat)
{
	if (!f->has_starts_on)
		return true;
	if (f->horizon == HORIZON_STRATEGIC)
		return !f->has_ends_on ||
			!period_beyond(f->starts_on, f->ends_on,
						   cat->settings[SETTING_STRATEGIC_MIN_MONTHS], -1);
	return f->has_ends_on &&
		!period_beyond(f->starts_on, f->ends_on,
					   cat->settings[SETTING_OPERATIONAL_MAX_MONTHS], 1);
}

/* The interval as the detail names it: "6 months", "45 days", ... */
static char *
interval_text(const Interval *iv)
{
	if (iv->day == 0)
		return psprintf("%d months", iv->month);
	if (iv->month == 0)
		return psprintf("%d days", iv->day);
	return psprintf("%d months %d days", iv->month, iv->day);
}

static const FactsAgreement *agreement_ran_out(const PartnershipFacts *f,
											 DateADT today);
static bool agreement_taken_over(const PartnershipFacts *f,
								 const FactsAgreement *in_force, DateADT today);

/* The rules on the partnership row and its agreement in force. */
static void
judge_partnership(Verdict *v, const PartnershipFacts *f,
				  const FactsAgreement *in_force, DateADT today)
{
	const RulesCatalogue *cat = v->catalogue;
	bool		running = f->status == PARTNERSHIP_STATUS_ACTIVE ||
		f->status == PARTNERSHIP_STATUS_SUSPENDED;
	bool		strategic = f->horizon == HORIZON_STRATEGIC;

	if (rule_on(v, RULE_HAS_OBJECTIVES) && !f->has_objectives)
		violate(v, RULE_HAS_OBJECTIVES, MessageFormat(MSG_RULE_HAS_OBJECTIVES, 1));

	if (f->formality == FORMALITY_FORMAL && rule_on(v, RULE_AGREEMENT_IN_FORCE) &&
		in_force == NULL)
	{
		StringInfo	d = violate(v, RULE_AGREEMENT_IN_FORCE,
								MessageFormat(MSG_RULE_AGREEMENT_IN_FORCE, 1));
		const FactsAgreement *ran_out = agreement_ran_out(f, today);

		if (ran_out != NULL)
		{
			json_int(d, "agreement_id", ran_out->id);
			json_str(d, "number", ran_out->number);
			json_date(d, "effective_to", true, ran_out->effective_to);
			json_str(d, "fix", MessageFormat(MSG_RULE_AGREEMENT_RAN_OUT_FIX, 1));
		}
	}

	if (rule_on(v, RULE_HORIZON_DURATION) && !horizon_fits(f, cat))
	{
		int			bound = cat->settings[strategic ? SETTING_STRATEGIC_MIN_MONTHS :
										  SETTING_OPERATIONAL_MAX_MONTHS];
		StringInfo	d = violate(v, RULE_HORIZON_DURATION,
								MessageFormat(strategic ? MSG_RULE_HORIZON_STRATEGIC :
											  MSG_RULE_HORIZON_OPERATIONAL, 1, bound));

		json_str(d, "horizon", strategic ? "strategic" : "operational");
		json_date(d, "starts_on", f->has_starts_on, f->starts_on);
		json_date(d, "ends_on", f->has_ends_on, f->ends_on);
		json_int(d, strategic ? "strategic_min_months" : "operational_max_months", bound);
	}

	/*
	 * due: the last closed evaluation (or the start) + the interval.  After
	 * a period, the interval counts from the day after it, the period's end
	 * day included (as horizon_fits counts): six months after a period that
	 * ends on 30 June is 31 December, not 30 December, the day before the
	 * next half-year's evaluation could be closed.
	 */
	if (running && rule_on(v, RULE_EVALUATION_DUE) && f->has_interval &&
		(f->has_last_closed || f->has_starts_on))
	{
		Datum		ts = DirectFunctionCall2(date_pl_interval,
											 DateADTGetDatum(f->has_last_closed ?
															 f->last_closed + 1 : f->starts_on),
											 IntervalPGetDatum(&f->evaluation_interval));
		DateADT		due_on = DatumGetDateADT(DirectFunctionCall1(timestamp_date, ts)) -
			(f->has_last_closed ? 1 : 0);

		if (due_on < today)
		{
			StringInfo	d = violate(v, RULE_EVALUATION_DUE,
									MessageFormat(MSG_RULE_EVALUATION_DUE, 1,
												  RegistryDateText(due_on)));

			json_date(d, "last_closed_evaluation", f->has_last_closed, f->last_closed);
			json_date(d, "due_on", true, due_on);
			json_str(d, "evaluation_interval", interval_text(&f->evaluation_interval));
		}
	}

	if (in_force != NULL && rule_on(v, RULE_AGREEMENT_EXPIRING) && in_force->has_to &&
		in_force->effective_to <= today + cat->settings[SETTING_EXPIRY_WARNING_DAYS] &&
		!agreement_taken_over(f, in_force, today))
	{
		int			days = cat->settings[SETTING_EXPIRY_WARNING_DAYS];
		StringInfo	d = violate(v, RULE_AGREEMENT_EXPIRING,
								MessageFormat(MSG_RULE_AGREEMENT_EXPIRING, days,
											  in_force->number ? in_force->number : "?",
											  RegistryDateText(in_force->effective_to), days));

		json_int(d, "agreement_id", in_force->id);
		json_str(d, "number", in_force->number);
		json_date(d, "effective_to", true, in_force->effective_to);
		json_int(d, "days_left", in_force->effective_to - today);
		json_int(d, "expiry_warning_days", days);
		json_str(d, "fix", MessageFormat(MSG_RULE_AGREEMENT_EXPIRING_FIX, 1));
	}
}

/*
 * Is a signed pks or addendum to take over from the agreement in force, no
 * later than the day after it ends (a renewal signed ahead, which leaves
 * the agreement it amends in force to its end: trigger_agreement.c)?  Then
 * its end is no gap to warn of.  The views ask takes_over(), its SQL
 * twin (src/sql/70_reports.sql).
 */
static bool
agreement_taken_over(const PartnershipFacts *f, const FactsAgreement *in_force,
					 DateADT today)
{
	int			i;

	for (i = 0; i < f->nagreements; i++)
	{
		const FactsAgreement *a = &f->agreements[i];

		if ((a->kind == AGREEMENT_KIND_PKS || a->kind == AGREEMENT_KIND_ADDENDUM) &&
			a->status == AGREEMENT_STATUS_SIGNED && a->has_from &&
			a->effective_from > today &&
			a->effective_from <= in_force->effective_to + 1 &&
			(!a->has_to || a->effective_to > in_force->effective_to))
			return true;
	}
	return false;
}

/*
 * The newest signed pks or addendum (agreement_newer) that ran out on its
 * own date (effective_to before today): why a partnership that had an
 * agreement in force has none now.
 */
static const FactsAgreement *
agreement_ran_out(const PartnershipFacts *f, DateADT today)
{
	const FactsAgreement *best = NULL;
	int			i;

	for (i = 0; i < f->nagreements; i++)
	{
		const FactsAgreement *a = &f->agreements[i];

		if ((a->kind == AGREEMENT_KIND_PKS || a->kind == AGREEMENT_KIND_ADDENDUM) &&
			a->status == AGREEMENT_STATUS_SIGNED && a->has_to &&
			a->effective_to < today && (best == NULL || agreement_newer(a, best)))
			best = a;
	}
	return best;
}

/*
 * The rules of time: a running partnership near or past its own end, an
 * agreement that outlasts the partnership, a signed MoU near its end.
 */
static void
judge_time(Verdict *v, const PartnershipFacts *f, DateADT today)
{
	int			days = v->catalogue->settings[SETTING_EXPIRY_WARNING_DAYS];
	bool		running = f->status == PARTNERSHIP_STATUS_ACTIVE ||
		f->status == PARTNERSHIP_STATUS_SUSPENDED;
	StringInfoData items;
	int			n = 0;
	int			i;

	if (running && f->has_ends_on && f->ends_on >= today &&
		f->ends_on <= today + days && rule_on(v, RULE_PARTNERSHIP_ENDING))
	{
		StringInfo	d = violate(v, RULE_PARTNERSHIP_ENDING,
								MessageFormat(MSG_RULE_PARTNERSHIP_ENDING, f->ends_on - today,
											  RegistryDateText(f->ends_on), f->ends_on - today));

		json_date(d, "ends_on", true, f->ends_on);
		json_int(d, "days_left", f->ends_on - today);
		json_int(d, "expiry_warning_days", days);
		json_str(d, "fix", MessageFormat(MSG_RULE_PARTNERSHIP_ENDING_FIX, 1));
	}

	if (running && f->has_ends_on && f->ends_on < today &&
		rule_on(v, RULE_PARTNERSHIP_OVERDUE))
	{
		StringInfo	d = violate(v, RULE_PARTNERSHIP_OVERDUE,
								MessageFormat(MSG_RULE_PARTNERSHIP_OVERDUE, 1,
											  RegistryDateText(f->ends_on),
											  VocabularyLabel(&PartnershipStatusVocabulary,
															  f->status, partnership_language)));

		json_date(d, "ends_on", true, f->ends_on);
		json_int(d, "days_overdue", today - f->ends_on);
		json_str(d, "fix", MessageFormat(MSG_RULE_PARTNERSHIP_OVERDUE_FIX, 1));
	}

	if (f->has_ends_on && rule_on(v, RULE_AGREEMENT_OUTLASTS_PARTNERSHIP))
	{
		initStringInfo(&items);
		for (i = 0; i < f->nagreements; i++)
		{
			const FactsAgreement *a = &f->agreements[i];

			if (a->status != AGREEMENT_STATUS_DRAFT && a->status != AGREEMENT_STATUS_SIGNED)
				continue;
			if (a->has_to && a->effective_to <= f->ends_on)
				continue;
			n++;
			json_sep(&items);
			appendStringInfoChar(&items, '{');
			json_int(&items, "agreement_id", a->id);
			json_str(&items, "number", a->number);
			json_str(&items, "kind", AgreementKindVocabulary.terms[a->kind].canonical);
			json_str(&items, "status", AgreementStatusVocabulary.terms[a->status].canonical);
			json_date(&items, "effective_to", a->has_to, a->effective_to);
			appendStringInfoChar(&items, '}');
		}
		if (n > 0)
		{
			StringInfo	d = violate(v, RULE_AGREEMENT_OUTLASTS_PARTNERSHIP,
									MessageFormat(MSG_RULE_AGREEMENT_OUTLASTS_PARTNERSHIP, n, n));

			json_date(d, "ends_on", true, f->ends_on);
			json_list(d, "agreements", &items);
			json_str(d, "fix", MessageFormat(MSG_RULE_AGREEMENT_OUTLASTS_PARTNERSHIP_FIX, 1));
		}
	}

	if (rule_on(v, RULE_MOU_EXPIRING))
	{
		const FactsAgreement *mou = NULL;

		/* the newest signed MoU ending within the window */
		for (i = 0; i < f->nagreements; i++)
		{
			const FactsAgreement *a = &f->agreements[i];

			if (a->kind == AGREEMENT_KIND_MOU && a->status == AGREEMENT_STATUS_SIGNED &&
				a->has_to && a->effective_to >= today && a->effective_to <= today + days &&
				(!a->has_from || a->effective_from <= today) &&
				(mou == NULL || agreement_newer(a, mou)))
				mou = a;
		}
		if (mou != NULL)
		{
			StringInfo	d = violate(v, RULE_MOU_EXPIRING,
									MessageFormat(MSG_RULE_MOU_EXPIRING, days,
												  mou->number ? mou->number : "?",
												  RegistryDateText(mou->effective_to), days));

			json_int(d, "agreement_id", mou->id);
			json_str(d, "number", mou->number);
			json_date(d, "effective_to", true, mou->effective_to);
			json_int(d, "days_left", mou->effective_to - today);
			json_int(d, "expiry_warning_days", days);
			json_str(d, "fix", MessageFormat(MSG_RULE_MOU_EXPIRING_FIX, 1));
		}
	}
}

/* The party row of a partner in an agreement, or NULL. */
static const FactsParty *
party_of(const PartnershipFacts *f, int64 agreement_id, int64 partner_id)
{
	int			i;

	for (i = 0; i < f->nparties; i++)
		if (f->parties[i].agreement_id == agreement_id &&
			f->parties[i].partner_id == partner_id)
			return &f->parties[i];
	return NULL;
}

/* The member row of a partner, or NULL (members are in partner_id order). */
static const FactsMember *
member_of(const PartnershipFacts *f, int64 partner_id)
{
	int			lo = 0,
				hi = f->nmembers - 1;

	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (f->members[mid].partner_id == partner_id)
			return &f->members[mid];
		if (f->members[mid].partner_id < partner_id)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return NULL;
}

/* The rules on the members (and on the parties of the agreement in force). */
static void
judge_members(Verdict *v, const PartnershipFacts *f,
			  const FactsAgreement *in_force, DateADT today)
{
	VocabularySet sectors = 0;
	VocabularySet start_sectors = 0;
	int			ncurrent = 0;
	int			nleads = 0;
	int			nroleless = 0;
	int			ndependent = 0;
	int			nuncommitted = 0;
	int			nuncovered = 0;
	int			nlate = 0;
	bool		have_evaluator = false;
	VocabularySet conflicting = VOCABULARY_BIT(ROLE_LEAD) |
		VOCABULARY_BIT(ROLE_FUNDER) | VOCABULARY_BIT(ROLE_MANAGER) |
		VOCABULARY_BIT(ROLE_IMPLEMENTER);
	StringInfoData leads,
				roleless,
				dependent,
				uncommitted,
				uncovered,
				late;
	int			i;

	initStringInfo(&leads);
	initStringInfo(&roleless);
	initStringInfo(&dependent);
	initStringInfo(&uncommitted);
	initStringInfo(&uncovered);
	initStringInfo(&late);

	/* the sectors involved from the start */
	for (i = 0; i < f->nmembers; i++)
	{
		const FactsMember *m = &f->members[i];

		if (f->has_starts_on &&
			(!m->has_joined_on || m->joined_on <= f->starts_on))
			start_sectors |= VOCABULARY_BIT(m->sector);
	}

	for (i = 0; i < f->nmembers; i++)
	{
		const FactsMember *m = &f->members[i];

		if (!RulesMemberIsCurrent(m, today))
			continue;
		ncurrent++;
		sectors |= VOCABULARY_BIT(m->sector);
		if (m->roles & VOCABULARY_BIT(ROLE_LEAD))
		{
			nleads++;
			json_member(&leads, m);
		}
		if (m->roles == 0)
		{
			nroleless++;
			json_member(&roleless, m);
		}
		if (m->roles & VOCABULARY_BIT(ROLE_EVALUATOR))
		{
			have_evaluator = true;
			if (m->roles & conflicting)
			{
				ndependent++;
				json_member(&dependent, m);
			}
		}
		if ((m->roles & VOCABULARY_BIT(ROLE_FUNDER)) && !m->committed)
		{
			nuncommitted++;
			json_member(&uncommitted, m);
		}
		if (in_force != NULL)
		{
			const FactsParty *p = party_of(f, in_force->id, m->partner_id);

			if (p == NULL || p->roles != m->roles || !p->has_responsibility)
			{
				nuncovered++;
				json_sep(&uncovered);
				appendStringInfoChar(&uncovered, '{');
				json_int(&uncovered, "partner_id", m->partner_id);
				json_str(&uncovered, "name", m->name);
				json_str(&uncovered, "roles", roles_text(m->roles));
				json_str(&uncovered, "party_roles", p ? roles_text(p->roles) : NULL);
				json_str(&uncovered, "problem",
						 p == NULL ? "not_a_party" :
						 p->roles != m->roles ? "roles_differ" :
						 "no_responsibility");
				appendStringInfoChar(&uncovered, '}');
			}
		}
		if (f->has_starts_on && !(start_sectors & VOCABULARY_BIT(m->sector)))
		{
			nlate++;
			json_member(&late, m);
		}
	}

	if (rule_on(v, RULE_CROSS_SECTOR) && pg_popcount32(sectors) < 2)
	{
		int			n = pg_popcount32(sectors);
		StringInfo	d = violate(v, RULE_CROSS_SECTOR,
								MessageFormat(MSG_RULE_CROSS_SECTOR, n, n));

		json_sectors(d, "sectors", sectors);
		json_int(d, "current_members", ncurrent);
		/* fewer than two sectors, whichever: the members are context */
		v->offence[RULE_CROSS_SECTOR] = "";
	}

	if (rule_on(v, RULE_GOVERNMENT_MEMBER) &&
		!(sectors & VOCABULARY_BIT(SECTOR_GOVERNMENT)))
	{
		StringInfo	d = violate(v, RULE_GOVERNMENT_MEMBER,
								MessageFormat(MSG_RULE_GOVERNMENT_MEMBER, 1));

		json_sectors(d, "sectors", sectors);
		/* the sectors are context: a member of another sector changes nothing */
		v->offence[RULE_GOVERNMENT_MEMBER] = "";
	}

	if (rule_on(v, RULE_SINGLE_LEAD) && nleads != 1)
	{
		StringInfo	d = violate(v, RULE_SINGLE_LEAD,
								nleads == 0 ?
								MessageFormat(MSG_RULE_SINGLE_LEAD_NONE, 0) :
								MessageFormat(MSG_RULE_SINGLE_LEAD_MANY, nleads, nleads));

		json_int(d, "leads", nleads);
		json_list(d, "members", &leads);
	}

	if (rule_on(v, RULE_ROLES_DEFINED) && nroleless > 0)
	{
		StringInfo	d = violate(v, RULE_ROLES_DEFINED,
								MessageFormat(MSG_RULE_ROLES_DEFINED, nroleless, nroleless));

		json_list(d, "members", &roleless);
	}

	if (rule_on(v, RULE_EVALUATOR_INDEPENDENT) && ndependent > 0)
	{
		StringInfo	d = violate(v, RULE_EVALUATOR_INDEPENDENT,
								MessageFormat(MSG_RULE_EVALUATOR_INDEPENDENT, ndependent,
											  ndependent));

		json_list(d, "members", &dependent);
	}

	if (rule_on(v, RULE_FUNDER_COMMITTED) && nuncommitted > 0)
	{
		StringInfo	d = violate(v, RULE_FUNDER_COMMITTED,
								MessageFormat(MSG_RULE_FUNDER_COMMITTED, nuncommitted,
											  nuncommitted));

		json_list(d, "members", &uncommitted);
	}

	if (f->formality == FORMALITY_FORMAL && in_force != NULL &&
		rule_on(v, RULE_AGREEMENT_COVERS_MEMBERS) && nuncovered > 0)
	{
		StringInfo	d = violate(v, RULE_AGREEMENT_COVERS_MEMBERS,
								MessageFormat(MSG_RULE_AGREEMENT_COVERS_MEMBERS, nuncovered,
											  nuncovered,
											  in_force->number ? in_force->number : "?"));

		json_int(d, "agreement_id", in_force->id);
		json_str(d, "number", in_force->number);
		json_list(d, "members", &uncovered);
	}

	if (rule_on(v, RULE_EVALUATOR_ASSIGNED) && !have_evaluator)
		violate(v, RULE_EVALUATOR_ASSIGNED, MessageFormat(MSG_RULE_EVALUATOR_ASSIGNED, 1));

	if (rule_on(v, RULE_EARLY_INVOLVEMENT) && nlate > 0)
	{
		StringInfo	d = violate(v, RULE_EARLY_INVOLVEMENT,
								MessageFormat(MSG_RULE_EARLY_INVOLVEMENT, nlate, nlate));

		json_date(d, "starts_on", true, f->starts_on);
		json_sectors(d, "sectors_at_start", start_sectors);
		json_list(d, "members", &late);
	}
}

/* The clause kinds the agreement in force lacks. */
static void
judge_clauses(Verdict *v, const PartnershipFacts *f, const FactsAgreement *in_force)
{
	StringInfoData codes,
				text;
	List	   *missing;
	ListCell   *lc;
	StringInfo	d;

	if (f->formality != FORMALITY_FORMAL || in_force == NULL ||
		!rule_on(v, RULE_AGREEMENT_CLAUSES))
		return;
	missing = RulesMissingClauses(v->catalogue->required_kinds,
								  v->catalogue->nrequired_kinds,
								  f->clauses, f->nclauses, in_force->id,
								  in_force->has_signed_on, in_force->signed_on);
	if (missing == NIL)
		return;

	initStringInfo(&codes);
	initStringInfo(&text);
	foreach(lc, missing)
	{
		FactsClauseKind *k = lfirst(lc);

		json_sep(&codes);
		escape_json(&codes, k->code);
		if (text.len > 0)
			appendStringInfoString(&text, ", ");
		appendStringInfoString(&text, k->code);
	}
	d = violate(v, RULE_AGREEMENT_CLAUSES,
				MessageFormat(MSG_RULE_AGREEMENT_CLAUSES, list_length(missing),
							  in_force->number ? in_force->number : "?",
							  list_length(missing), text.data));
	json_int(d, "agreement_id", in_force->id);
	json_str(d, "number", in_force->number);
	json_list(d, "missing_clauses", &codes);
}

/* Draft or signed agreements longer than max_agreement_years, or signed without end. */
static void
judge_agreement_lengths(Verdict *v, const PartnershipFacts *f)
{
	int			max_years = v->catalogue->settings[SETTING_MAX_AGREEMENT_YEARS];
	StringInfoData items;
	int			n = 0;
	int			i;
	StringInfo	d;

	if (!rule_on(v, RULE_AGREEMENT_MAX_DURATION))
		return;
	initStringInfo(&items);
	for (i = 0; i < f->nagreements; i++)
	{
		const FactsAgreement *a = &f->agreements[i];
		bool		too_long;

		if ((a->status != AGREEMENT_STATUS_DRAFT && a->status != AGREEMENT_STATUS_SIGNED) ||
			!a->has_from)
			continue;
		if (!a->has_to)
			too_long = a->status == AGREEMENT_STATUS_SIGNED;
		else
			too_long = period_beyond(a->effective_from, a->effective_to,
									 max_years * MONTHS_PER_YEAR, 1);
		if (!too_long)
			continue;
		n++;
		json_sep(&items);
		appendStringInfoChar(&items, '{');
		json_int(&items, "agreement_id", a->id);
		json_str(&items, "number", a->number);
		json_str(&items, "kind", AgreementKindVocabulary.terms[a->kind].canonical);
		json_str(&items, "status", AgreementStatusVocabulary.terms[a->status].canonical);
		json_date(&items, "effective_from", true, a->effective_from);
		json_date(&items, "effective_to", a->has_to, a->effective_to);
		appendStringInfoChar(&items, '}');
	}
	if (n == 0)
		return;
	d = violate(v, RULE_AGREEMENT_MAX_DURATION,
				MessageFormat(MSG_RULE_AGREEMENT_MAX_DURATION, n, n, max_years));
	json_int(d, "max_agreement_years", max_years);
	json_list(d, "agreements", &items);
}

/*
 * Open activities (planned, in progress) without exactly one accountable
 * partner, and assignments of open activities to partners that are not
 * current members.
 */
static void
judge_raci(Verdict *v, const PartnershipFacts *f, DateADT today)
{
	StringInfoData activities,
				assignees;
	int			nactivities = 0,
				nassignees = 0;
	int			i,
				j;
	char	   *message;
	StringInfo	d;

	if (!rule_on(v, RULE_RACI_ACCOUNTABLE))
		return;
	initStringInfo(&activities);
	initStringInfo(&assignees);
	for (i = 0; i < f->nactivities; i++)
	{
		const FactsActivity *a = &f->activities[i];
		int			naccountable = 0;

		if (a->status != ACTIVITY_STATUS_PLANNED && a->status != ACTIVITY_STATUS_IN_PROGRESS)
			continue;
		for (j = 0; j < f->nassignments; j++)
		{
			const FactsAssignment *s = &f->assignments[j];
			const FactsMember *m;

			if (s->activity_id != a->id)
				continue;
			if (s->raci == RACI_A)
				naccountable++;
			m = member_of(f, s->partner_id);
			if (m != NULL && RulesMemberIsCurrent(m, today))
				continue;
			nassignees++;
			json_sep(&assignees);
			appendStringInfoChar(&assignees, '{');
			json_int(&assignees, "activity_id", a->id);
			json_str(&assignees, "activity", a->name);
			json_int(&assignees, "partner_id", s->partner_id);
			json_str(&assignees, "name", s->partner_name);
			json_str(&assignees, "raci", RaciVocabulary.terms[s->raci].canonical);
			appendStringInfoChar(&assignees, '}');
		}
		if (naccountable == 1)
			continue;
		nactivities++;
		json_sep(&activities);
		appendStringInfoChar(&activities, '{');
		json_int(&activities, "activity_id", a->id);
		json_str(&activities, "name", a->name);
		json_str(&activities, "status", ActivityStatusVocabulary.terms[a->status].canonical);
		json_int(&activities, "accountable", naccountable);
		appendStringInfoChar(&activities, '}');
	}
	if (nactivities == 0 && nassignees == 0)
		return;

	if (nassignees == 0)
		message = MessageFormat(MSG_RULE_RACI_ACTIVITIES, nactivities, nactivities);
	else if (nactivities == 0)
		message = MessageFormat(MSG_RULE_RACI_ASSIGNEES, nassignees, nassignees);
	else
		message = MessageFormat(MSG_RULE_RACI_BOTH, 1,
								MessageFormat(MSG_RULE_RACI_ACTIVITIES, nactivities,
											  nactivities),
								MessageFormat(MSG_RULE_RACI_ASSIGNEES, nassignees,
											  nassignees));
	d = violate(v, RULE_RACI_ACCOUNTABLE, message);
	json_list(d, "activities", &activities);
	json_list(d, "assignees", &assignees);
}

/* Open risks rated 10 or more (high; 20 or more: critical) without a mitigation. */
static void
judge_risks(Verdict *v, const PartnershipFacts *f)
{
	StringInfoData items;
	int			n = 0;
	int			i;
	StringInfo	d;

	if (!rule_on(v, RULE_RISK_UNMITIGATED))
		return;
	initStringInfo(&items);
	for (i = 0; i < f->nrisks; i++)
	{
		const FactsRisk *r = &f->risks[i];

		if (r->status != RISK_STATUS_OPEN || r->rating < RISK_RATING_HIGH || r->mitigated)
			continue;
		n++;
		json_sep(&items);
		appendStringInfoChar(&items, '{');
		json_int(&items, "risk_id", r->id);
		json_str(&items, "challenge", ChallengeVocabulary.terms[r->challenge].canonical);
		json_int(&items, "rating", r->rating);
		json_str(&items, "level", r->rating >= RISK_RATING_CRITICAL ? "critical" : "high");
		json_str(&items, "description", r->description);
		appendStringInfoChar(&items, '}');
	}
	if (n == 0)
		return;
	d = violate(v, RULE_RISK_UNMITIGATED, MessageFormat(MSG_RULE_RISK_UNMITIGATED, n, n));
	json_list(d, "risks", &items);
}

/*
 * Every rule on the facts as of one day, into a fresh verdict; end: as the
 * end judges a partnership it is ending (agreement_in_force), or NULL.
 */
static void
judge_on(Verdict *v, const PartnershipFacts *f, const RulesCatalogue *catalogue,
		 DateADT today, const RulesJudgement *end)
{
	const FactsAgreement *in_force = agreement_in_force(f, today, end);

	memset(v, 0, sizeof(Verdict));
	v->catalogue = catalogue;
	judge_partnership(v, f, in_force, today);
	judge_members(v, f, in_force, today);
	judge_clauses(v, f, in_force);
	judge_raci(v, f, today);
	judge_agreement_lengths(v, f);
	judge_risks(v, f);
	judge_time(v, f, today);
}

static int
day_cmp(const void *a, const void *b)
{
	DateADT		x = *(const DateADT *) a;
	DateADT		y = *(const DateADT *) b;

	return x < y ? -1 : x > y;
}

/*
 * The days on which a date already recorded changes what the rules see (a
 * member's left_on or joined_on, the day after an agreement's end, an
 * agreement's start), after from and up to until, in order (repeats
 * kept); *ndays of them.
 */
static DateADT *
recorded_days(const PartnershipFacts *f, DateADT from, DateADT until, int *ndays)
{
	DateADT    *days = palloc(sizeof(DateADT) * (2 * f->nmembers + 2 * f->nagreements + 1));
	int			n = 0;
	int			i;

#define RECORDED_DAY(d) \
	do { \
		if ((d) > from && (d) <= until) \
			days[n++] = (d); \
	} while (0)

	for (i = 0; i < f->nmembers; i++)
	{
		if (f->members[i].has_left_on)
			RECORDED_DAY(f->members[i].left_on);
		if (f->members[i].has_joined_on)
			RECORDED_DAY(f->members[i].joined_on);
	}
	for (i = 0; i < f->nagreements; i++)
	{
		if (f->agreements[i].has_to)
			RECORDED_DAY(f->agreements[i].effective_to + 1);
		if (f->agreements[i].has_from)
			RECORDED_DAY(f->agreements[i].effective_from);
	}
#undef RECORDED_DAY
	if (n > 1)
		qsort(days, n, sizeof(DateADT), day_cmp);
	*ndays = n;
	return days;
}

/*
 * Foresight: the error rules that hold today but that a date already
 * recorded will break within expiry_warning_days (a member leaving or
 * joining, an agreement ending or starting).  The facts are judged again
 * on each such day, in order; the first day a rule breaks is reported as
 * a warning of that rule ("from <day>: <what it will say then>").
 * agreement_in_force is left to agreement_expiring, which says the same.
 */
static void
foresee(Verdict *now, Verdict *ahead, DateADT *breaks_on,
		const PartnershipFacts *f, const RulesCatalogue *catalogue, DateADT today)
{
	DateADT		limit = today + catalogue->settings[SETTING_EXPIRY_WARNING_DAYS];
	int			ndays;
	DateADT    *days = recorded_days(f, today, limit, &ndays);
	int			i;
	int			r;

	memset(ahead, 0, sizeof(Verdict));
	for (i = 0; i < ndays; i++)
	{
		Verdict		then;

		if (i > 0 && days[i] == days[i - 1])
			continue;
		judge_on(&then, f, catalogue, days[i], NULL);
		for (r = 0; r < NUM_RULES; r++)
		{
			if (catalogue->severity[r] != RULE_SEVERITY_ERROR ||
				r == RULE_AGREEMENT_IN_FORCE || now->message[r] != NULL ||
				ahead->message[r] != NULL || then.message[r] == NULL)
				continue;
			ahead->message[r] = then.message[r];
			ahead->detail[r] = then.detail[r];
			breaks_on[r] = days[i];
		}
	}
	pfree(days);
}

/*
 * Hindsight looks back over the latest HINDSIGHT_MAX_DAYS recorded days at
 * most, each a judgement of the whole partnership: a partnership with
 * tens of thousands of members on as many days would otherwise cost a
 * check their square.  An error older than that is dated as a change's
 * (no broke_on), which only the end of a suspended partnership sees.
 */
#define HINDSIGHT_MAX_DAYS 256

/*
 * Hindsight: the day an error rule that fails today broke because a date
 * already recorded was reached (a member's left_on or joined_on, an
 * agreement's end or start), or 0 when the rule did not break that way (it
 * failed from the partnership's start, or a change broke it).  The verdict
 * only changes on those days, so the facts are judged on the eve of each
 * of them, latest first, until the rule held.  agreement_in_force carries
 * its own fix (the agreement that ran out).
 */
static void
hindsight(const Verdict *now, DateADT *broke_on, const PartnershipFacts *f,
		  const RulesCatalogue *catalogue, DateADT today,
		  const RulesJudgement *end)
{
	DateADT    *days;
	int			ndays;
	int			pending = 0;
	int			judged = 0;
	int			i;
	int			r;

	for (r = 0; r < NUM_RULES; r++)
	{
		broke_on[r] = 0;
		if (now->message[r] != NULL && r != RULE_AGREEMENT_IN_FORCE &&
			catalogue->severity[r] == RULE_SEVERITY_ERROR)
			pending++;
	}
	if (pending == 0)
		return;

	days = recorded_days(f, f->has_starts_on ? f->starts_on : DATEVAL_NOBEGIN,
						 today, &ndays);

	for (i = ndays - 1; i >= 0 && pending > 0 && judged < HINDSIGHT_MAX_DAYS; i--)
	{
		Verdict		eve;

		if (i < ndays - 1 && days[i] == days[i + 1])
			continue;
		judged++;
		judge_on(&eve, f, catalogue, days[i] - 1, end);
		for (r = 0; r < NUM_RULES; r++)
		{
			if (now->message[r] == NULL || r == RULE_AGREEMENT_IN_FORCE ||
				catalogue->severity[r] != RULE_SEVERITY_ERROR ||
				broke_on[r] != 0 || eve.message[r] != NULL)
				continue;
			broke_on[r] = days[i];
			pending--;
		}
	}
	pfree(days);
}

/*
 * Apply the catalogue to one partnership's facts: every rule that is not
 * off, a List of RuleViolation * in catalogue order.  A completed or
 * terminated partnership is judged only on its way there (how->ending):
 * once final, nothing it could still fix is left to report.
 */
List *
RulesJudge(const PartnershipFacts *f, const RulesCatalogue *catalogue,
		   const RulesJudgement *how)
{
	Verdict		v;
	Verdict		ahead;
	DateADT		breaks_on[NUM_RULES];
	DateADT		broke_on[NUM_RULES];
	bool		running = f->status == PARTNERSHIP_STATUS_ACTIVE ||
		f->status == PARTNERSHIP_STATUS_SUSPENDED;
	List	   *result = NIL;
	int			r;

	if (PartnershipStatusIsFinal(f->status) && !how->ending)
		return NIL;
	judge_on(&v, f, catalogue, how->today, how->ending ? how : NULL);
	memset(&ahead, 0, sizeof(ahead));
	memset(broke_on, 0, sizeof(broke_on));
	if (how->foresight && running)
		foresee(&v, &ahead, breaks_on, f, catalogue, how->today);
	if (how->hindsight && (running || how->ending))
		hindsight(&v, broke_on, f, catalogue, how->today,
				  how->ending ? how : NULL);

	for (r = 0; r < NUM_RULES; r++)
	{
		RuleViolation *violation;

		if (v.message[r] == NULL && ahead.message[r] == NULL)
			continue;
		violation = palloc(sizeof(RuleViolation));
		violation->code = RuleDefs[r].code;
		violation->broke_on = 0;
		violation->offence = NULL;
		if (v.message[r] != NULL)
		{
			violation->severity = catalogue->severity[r];
			violation->message = v.message[r];
			violation->offence = v.offence[r];
			if (v.detail[r] == NULL)
				v.detail[r] = violate(&v, r, v.message[r]);
			violation->broke_on = broke_on[r];
			if (broke_on[r] != 0)
			{
				json_date(v.detail[r], "broke_on", true, broke_on[r]);
				json_str(v.detail[r], "fix", MessageFormat(MSG_RULE_HINDSIGHT_FIX, 1));
			}
			appendStringInfoChar(v.detail[r], '}');
			violation->detail = v.detail[r]->data;
		}
		else
		{
			StringInfoData d;

			violation->severity = RULE_SEVERITY_WARNING;
			violation->message = MessageFormat(MSG_RULE_FORESIGHT, 1,
											   RegistryDateText(breaks_on[r]),
											   ahead.message[r]);
			initStringInfo(&d);
			appendStringInfoChar(&d, '{');
			json_date(&d, "breaks_on", true, breaks_on[r]);
			json_int(&d, "days_left", breaks_on[r] - how->today);
			json_str(&d, "fix", MessageFormat(MSG_RULE_FORESIGHT_FIX, 1));
			json_key(&d, "then");
			if (ahead.detail[r] != NULL)
			{
				appendStringInfoString(&d, ahead.detail[r]->data);
				appendStringInfoChar(&d, '}');
			}
			else
				appendStringInfoString(&d, "{}");
			appendStringInfoChar(&d, '}');
			violation->detail = d.data;
		}
		result = lappend(result, violation);
	}
	return result;
}
