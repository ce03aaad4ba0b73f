/*-------------------------------------------------------------------------
 *
 * judge.h
 *	  The rule catalogue and the judgement of a partnership's facts:
 *	  declarations shared by the files of src/rules/ (catalogue.c reads the
 *	  catalogue, judge.c applies it, check.c and enforce.c call both).
 *
 * src/rules/judge.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PARTNERSHIP_RULES_JUDGE_H
#define PARTNERSHIP_RULES_JUDGE_H

#include "nodes/pg_list.h"
#include "utils/snapshot.h"

#include "rules/rules.h"
#include "rules/facts.h"

/*
 * The rules, in catalogue order (the first failing error names the
 * violation): RULE(id, code, default severity, binds the end).  A rule
 * that does not bind the end judges a running partnership only and need
 * not hold for one to end (RulesBindsTheEnd).
 */
#define RULE_LIST \
	RULE(RULE_HAS_OBJECTIVES, "has_objectives", RULE_SEVERITY_ERROR, true) \
	RULE(RULE_CROSS_SECTOR, "cross_sector", RULE_SEVERITY_ERROR, true) \
	RULE(RULE_GOVERNMENT_MEMBER, "government_member", RULE_SEVERITY_ERROR, true) \
	RULE(RULE_SINGLE_LEAD, "single_lead", RULE_SEVERITY_ERROR, true) \
	RULE(RULE_ROLES_DEFINED, "roles_defined", RULE_SEVERITY_ERROR, true) \
	RULE(RULE_EVALUATOR_INDEPENDENT, "evaluator_independent", RULE_SEVERITY_ERROR, true) \
	RULE(RULE_FUNDER_COMMITTED, "funder_committed", RULE_SEVERITY_ERROR, true) \
	RULE(RULE_AGREEMENT_IN_FORCE, "agreement_in_force", RULE_SEVERITY_ERROR, false) \
	RULE(RULE_AGREEMENT_COVERS_MEMBERS, "agreement_covers_members", RULE_SEVERITY_ERROR, true) \
	RULE(RULE_AGREEMENT_CLAUSES, "agreement_clauses", RULE_SEVERITY_ERROR, true) \
	RULE(RULE_RACI_ACCOUNTABLE, "raci_accountable", RULE_SEVERITY_ERROR, true) \
	RULE(RULE_HORIZON_DURATION, "horizon_duration", RULE_SEVERITY_WARNING, true) \
	RULE(RULE_AGREEMENT_MAX_DURATION, "agreement_max_duration", RULE_SEVERITY_WARNING, true) \
	RULE(RULE_EVALUATOR_ASSIGNED, "evaluator_assigned", RULE_SEVERITY_WARNING, true) \
	RULE(RULE_EVALUATION_DUE, "evaluation_due", RULE_SEVERITY_WARNING, true) \
	RULE(RULE_EARLY_INVOLVEMENT, "early_involvement", RULE_SEVERITY_WARNING, true) \
	RULE(RULE_AGREEMENT_EXPIRING, "agreement_expiring", RULE_SEVERITY_WARNING, true) \
	RULE(RULE_RISK_UNMITIGATED, "risk_unmitigated", RULE_SEVERITY_WARNING, true) \
	RULE(RULE_PARTNERSHIP_ENDING, "partnership_ending", RULE_SEVERITY_WARNING, false) \
	RULE(RULE_PARTNERSHIP_OVERDUE, "partnership_overdue", RULE_SEVERITY_WARNING, false) \
	RULE(RULE_AGREEMENT_OUTLASTS_PARTNERSHIP, "agreement_outlasts_partnership", RULE_SEVERITY_WARNING, false) \
	RULE(RULE_MOU_EXPIRING, "mou_expiring", RULE_SEVERITY_WARNING, false)

typedef enum RuleId
{
#define RULE(id, code, severity, binds_end) id,
	RULE_LIST
#undef RULE
	NUM_RULES
} RuleId;

typedef struct RuleDef
{
	const char *code;
	RuleSeverity default_severity;
	bool		binds_end;
} RuleDef;

extern const RuleDef RuleDefs[NUM_RULES];

/* The thresholds the rules read from partnership.setting. */
#define RULE_SETTING_LIST \
	RULE_SETTING(SETTING_STRATEGIC_MIN_MONTHS, "strategic_min_months", 36) \
	RULE_SETTING(SETTING_OPERATIONAL_MAX_MONTHS, "operational_max_months", 12) \
	RULE_SETTING(SETTING_MAX_AGREEMENT_YEARS, "max_agreement_years", 5) \
	RULE_SETTING(SETTING_EXPIRY_WARNING_DAYS, "expiry_warning_days", 90)

typedef enum RuleSettingId
{
#define RULE_SETTING(id, name, default_value) id,
	RULE_SETTING_LIST
#undef RULE_SETTING
	NUM_RULE_SETTINGS
} RuleSettingId;

/*
 * Risk levels by rating (likelihood x impact, each 1-5): high from 10,
 * critical from 20 (low up to 4, medium 5-9: only the report views name
 * those, through partnership.risk_level()).
 */
#define RISK_RATING_HIGH		10
#define RISK_RATING_CRITICAL	20

/* What the judgement needs besides the facts. */
typedef struct RulesCatalogue
{
	RuleSeverity severity[NUM_RULES];
	int			settings[NUM_RULE_SETTINGS];
	FactsClauseKind *required_kinds;	/* text order of their codes */
	int			nrequired_kinds;
} RulesCatalogue;

/*
 * Read the catalogue: from the per-backend copy kept for enforcement
 * (cached, latest committed state) or in the given snapshot (check()).
 */
extern void RulesReadCatalogue(RulesCatalogue *catalogue, Snapshot snapshot,
							   bool cached);

/* Changes whenever the rules or settings may have (catalogue.c). */
extern uint64 RulesCatalogueGeneration(void);

/* How to judge. */
typedef struct RulesJudgement
{
	DateADT		today;			/* the day the facts are judged on */
	bool		ending;			/* the partnership is entering completed or
								 * terminated: judge it although it is final */
	bool		foresight;		/* also warn of error rules that the passing
								 * of time will break within
								 * expiry_warning_days (check()) */
	bool		hindsight;		/* also find the day a recorded date broke
								 * each failing error rule (check(), the
								 * end of a partnership) */
	const int64 *ended_agreements;	/* ending: the agreements it judges as
									 * in force though no longer signed
									 * (enforce.c, agreements_ending_with) */
	int			nended_agreements;
} RulesJudgement;

/* Apply the catalogue to one partnership's facts: a List of RuleViolation *. */
extern List *RulesJudge(const PartnershipFacts *facts,
						const RulesCatalogue *catalogue,
						const RulesJudgement *how);

/*
 * What makes two violations of one rule the same offence, as a JSON object
 * to compare (or the empty string: the rule broken is the whole offence):
 * the offence (or the detail) without the names it gives the objects it
 * cites, so that an object renamed is the same object.
 */
extern char *RulesOffenceKey(const RuleViolation *v);

/* The one definition of each fact the rules and the triggers share. */
extern bool RulesMemberIsCurrent(const FactsMember *m, DateADT today);
extern List *RulesMissingClauses(const FactsClauseKind *kinds, int nkinds,
								 const FactsClause *clauses, int nclauses,
								 int64 agreement_id, bool has_signed_on,
								 DateADT signed_on);

#endif							/* PARTNERSHIP_RULES_JUDGE_H */
