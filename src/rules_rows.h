/*-------------------------------------------------------------------------
 *
 * rules_rows.h
 *	  The rows the rules are decided from (rules.c), gathered either by the
 *	  SQL queries of rules.c (check(): as the caller, in its snapshot) or by
 *	  direct index scans (rules_scan.c: enforcement, as the registry owner,
 *	  with the latest snapshot).
 *
 * src/rules_rows.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PARTNERSHIP_RULES_ROWS_H
#define PARTNERSHIP_RULES_ROWS_H

#include "utils/date.h"

#include "vocabulary.h"

/*
 * The partnership itself, with its binding agreement in force (the newest
 * signed pks or addendum whose effective period holds today) and its last
 * closed evaluation (see partnership_query in rules.c).
 */
typedef struct PartnershipRow
{
	char	   *code;
	bool		formal;
	bool		strategic;
	char	   *status;			/* canonical word */
	bool		has_starts_on;
	DateADT		starts_on;
	bool		has_ends_on;
	DateADT		ends_on;
	bool		has_objectives; /* a non-blank objective */
	bool		horizon_ok;		/* the run fits the horizon's bounds */
	bool		has_agreement;
	int64		agreement_id;
	char	   *agreement_number;
	DateADT		agreement_to;	/* 0 when open-ended */
	bool		expiring;		/* ends within expiry_warning_days */
	bool		has_last_closed;
	DateADT		last_closed;
	bool		has_due;
	DateADT		due_on;			/* last closed (or start) + interval */
	char	   *interval_text;	/* "6 months", "45 days", "1 months 15 days" */
} PartnershipRow;

/* One member of the partnership, ordered by partner_id. */
typedef struct MemberRow
{
	int64		partner_id;
	char	   *name;			/* the partner's name */
	VocabularyCode sector;		/* the partner's sector */
	VocabularySet roles;
	bool		is_current;		/* joined by today, not yet left */
	bool		has_joined_on;
	DateADT		joined_on;
	bool		committed;		/* a commitment with an amount above zero */
	bool		is_party;		/* a party of the agreement in force */
	VocabularySet party_roles;
	bool		has_responsibility; /* a non-blank responsibility there */
} MemberRow;

/*
 * One row-level finding: a missing clause kind, an agreement too long, an
 * open activity without exactly one A or with a non-member assignee, an
 * unmitigated high risk.  What the fields hold depends on the rule (see
 * findings_query in rules.c); rows are ordered by rule, id, name.
 */
typedef struct FindingRow
{
	const char *rule;
	bool		has_id;
	int64		id;
	char	   *name;
	bool		has_n;
	int64		n;
	bool		has_d1;
	DateADT		d1;
	bool		has_d2;
	DateADT		d2;
	char	   *extra;
	char	   *extra2;
} FindingRow;

extern VocabularyCode RulesTermCode(const Vocabulary *vocab,
								   const char *canonical);
extern bool RulesScanPartnership(int64 partnership_id, int strategic_min_months,
								 int operational_max_months,
								 int expiry_warning_days, PartnershipRow *row);
extern MemberRow *RulesScanMembers(int64 partnership_id, bool have_agreement,
								   int64 agreement_id, int *nmembers);
extern FindingRow *RulesScanFindings(int64 partnership_id, bool clauses,
									 int64 agreement_id, int max_years,
									 int *nrows);

#endif							/* PARTNERSHIP_RULES_ROWS_H */
