/*-------------------------------------------------------------------------
 *
 * rules.h
 *	  The stakeholder and structure rules (doc/rules.md), as the rest of
 *	  the extension sees them.  The engine lives in src/rules/: facts.c
 *	  gathers a partnership's rows, judge.c applies the catalogue
 *	  (catalogue.c) to them, check.c answers check() and check_all(),
 *	  enforce.c enforces the error rules at activation, at the end and at
 *	  commit.
 *
 * src/rules/rules.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PARTNERSHIP_RULES_H
#define PARTNERSHIP_RULES_H

#include "nodes/pg_list.h"
#include "utils/date.h"

/* Severity of a rule, as set in the catalogue partnership.rule. */
typedef enum RuleSeverity
{
	RULE_SEVERITY_ERROR,
	RULE_SEVERITY_WARNING,
	RULE_SEVERITY_OFF
} RuleSeverity;

/* The severity a text names (rules/severity.c); false if none. */
extern bool RuleSeverityFromText(const char *str, size_t len,
								 RuleSeverity *severity);

/* One violation of one rule, as check() reports it. */
typedef struct RuleViolation
{
	const char *code;			/* rule code, e.g. "single_lead" */
	RuleSeverity severity;		/* error or warning (never off) */
	char	   *message;		/* in the session's language */
	char	   *detail;			/* JSON object, as text */
	DateADT		broke_on;		/* an error a recorded date broke: that day
								 * (judge.c, hindsight); else 0 */
	const char *offence;		/* what makes it the same violation when the
								 * detail also describes the rest of the
								 * partnership (judge.c); NULL: the detail */
} RuleViolation;

/* What enforcement found about the partnership itself. */
typedef struct RulesPartnershipInfo
{
	bool		found;			/* false when no such partnership */
	char	   *code;			/* partnership.code */
	int			status;			/* partnership.status, a vocabulary code */
} RulesPartnershipInfo;

/* Must the rule hold for a partnership to end?  (src/rules/judge.c) */
extern bool RulesBindsTheEnd(const char *code);

/*
 * The errors (RuleViolation *) the commit-time check would refuse of the
 * partnership now (src/rules/enforce.c); *found: it exists.
 */
extern List *RulesCommitRefusals(int64 partnership_id, bool *found);

/*
 * A row of the partnership, or a partner's sector, is being written: the
 * commit checks again what this transaction checked before
 * (src/rules/enforce.c).
 */
extern void RulesNoteChange(int64 partnership_id);
extern void RulesNoteSectorChange(int64 partner_id);

/*
 * A statement of the registry's own writes the partnership's rows inside
 * another: its row events do not check the half-made state (hold, then
 * release with what hold returned).
 */
extern int64 RulesHoldChecks(int64 partnership_id);
extern void RulesReleaseChecks(int64 was);

#endif							/* PARTNERSHIP_RULES_H */
