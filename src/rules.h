/*-------------------------------------------------------------------------
 *
 * rules.h
 *	  The stakeholder and structure rules of SPEC 6: evaluating the rule
 *	  catalogue for one partnership (rules.c) and enforcing it at
 *	  activation and at commit (rules_enforce.c).
 *
 * src/rules.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PARTNERSHIP_RULES_H
#define PARTNERSHIP_RULES_H

#include "nodes/pg_list.h"

/* Severity of a rule, as set in the catalogue partnership.rule. */
typedef enum RuleSeverity
{
	RULE_SEVERITY_ERROR,
	RULE_SEVERITY_WARNING,
	RULE_SEVERITY_OFF
} RuleSeverity;

/* The severity a text names (rules_severity.c); false if none. */
extern bool RuleSeverityFromText(const char *str, size_t len,
								 RuleSeverity *severity);

/* One violation of one rule, as check() reports it. */
typedef struct RuleViolation
{
	const char *code;			/* rule code, e.g. "single_lead" */
	RuleSeverity severity;		/* error or warning (never off) */
	char	   *message;		/* in the session's language */
	char	   *detail;			/* JSON object, as text */
} RuleViolation;

/* What RulesEvaluate found about the partnership itself. */
typedef struct RulesPartnershipInfo
{
	bool		found;			/* false when no such partnership */
	char	   *code;			/* partnership.code */
	char	   *status;			/* partnership.status, canonical word */
} RulesPartnershipInfo;

/*
 * Evaluate every rule of the catalogue that is not 'off' for one
 * partnership; returns a List of RuleViolation *, in catalogue order.
 * The caller must be connected to SPI.  With enforce false the queries run
 * as the caller in its snapshot (check()); with enforce true they run as
 * the owner of the registry tables with the latest snapshot, which the
 * enforcement triggers need after locking the partnership (the registry's
 * trigger-call check must have run, to know the owner).
 */
extern List *RulesEvaluate(int64 partnership_id, bool enforce,
						   RulesPartnershipInfo *info);

/* Must the rule hold for a partnership to end?  (rules.c) */
extern bool RulesBindsTheEnd(const char *code);

#endif							/* PARTNERSHIP_RULES_H */
