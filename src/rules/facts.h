/*-------------------------------------------------------------------------
 *
 * facts.h
 *	  The facts the rules are judged from: one partnership's rows as they
 *	  are stored, gathered by direct index scans (facts.c) and judged, with
 *	  no further I/O, by judge.c.  One structure, two ways of filling it:
 *	  one partnership (enforcement, check()) or every partnership of the
 *	  registry in one pass (check_all()).
 *
 * src/rules/facts.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PARTNERSHIP_RULES_FACTS_H
#define PARTNERSHIP_RULES_FACTS_H

#include "datatype/timestamp.h"
#include "utils/date.h"
#include "utils/snapshot.h"

#include "vocabulary/vocabulary.h"

/* A member row with its organisation's name and sector. */
typedef struct FactsMember
{
	int64		partner_id;
	char	   *name;
	VocabularyCode sector;
	VocabularySet roles;
	bool		has_joined_on;
	DateADT		joined_on;
	bool		has_left_on;
	DateADT		left_on;
	bool		committed;		/* a commitment with an amount above zero */
} FactsMember;

typedef struct FactsAgreement
{
	int64		id;
	char	   *number;
	VocabularyCode kind;
	VocabularyCode status;
	int32		version;
	bool		has_from;
	DateADT		effective_from;
	bool		has_to;
	DateADT		effective_to;
	bool		has_signed_on;
	DateADT		signed_on;
} FactsAgreement;

/* A party of an agreement. */
typedef struct FactsParty
{
	int64		agreement_id;
	int64		partner_id;
	VocabularySet roles;
	bool		has_responsibility; /* a non-blank responsibility */
} FactsParty;

/* A clause of an agreement (its kind). */
typedef struct FactsClause
{
	int64		agreement_id;
	char	   *kind;
} FactsClause;

typedef struct FactsActivity
{
	int64		id;
	char	   *name;
	VocabularyCode status;
} FactsActivity;

/* An assignment, with the assignee's name. */
typedef struct FactsAssignment
{
	int64		activity_id;
	int64		partner_id;
	char	   *partner_name;
	VocabularyCode raci;
} FactsAssignment;

typedef struct FactsRisk
{
	int64		id;
	VocabularyCode challenge;
	VocabularyCode status;
	int			rating;			/* likelihood x impact */
	bool		mitigated;		/* a non-blank mitigation */
	char	   *description;
} FactsRisk;

/* One partnership: its row and the rows of its child tables. */
typedef struct PartnershipFacts
{
	int64		id;
	char	   *code;
	VocabularyCode formality;
	VocabularyCode horizon;
	VocabularyCode status;
	bool		has_starts_on;
	DateADT		starts_on;
	bool		has_ends_on;
	DateADT		ends_on;
	bool		has_ended_on;	/* final, and the schema records the end */
	DateADT		ended_on;
	bool		has_objectives; /* a non-blank objective */
	bool		has_interval;
	Interval	evaluation_interval;
	bool		has_last_closed;	/* a closed evaluation with a period end */
	DateADT		last_closed;	/* the latest such period end */

	int			nmembers;		/* ordered by partner_id */
	FactsMember *members;
	int			nagreements;	/* ordered by id */
	FactsAgreement *agreements;
	int			nparties;		/* ordered by agreement_id */
	FactsParty *parties;
	int			nclauses;
	FactsClause *clauses;
	int			nactivities;	/* ordered by id */
	FactsActivity *activities;
	int			nassignments;
	FactsAssignment *assignments;
	int			nrisks;			/* ordered by id */
	FactsRisk  *risks;
} PartnershipFacts;

/* A required clause kind of the catalogue partnership.clause_kind. */
typedef struct FactsClauseKind
{
	char	   *code;
	char	   *label_en;
	char	   *label_id;
	bool		has_since;		/* required_since is set */
	DateADT		required_since; /* first signing day it applies to */
} FactsClauseKind;

/* Reading partnerships' facts: one, or all in partnership_id order. */
typedef struct FactsReader FactsReader;

extern FactsReader *FactsBegin(Snapshot snapshot, bool whole_registry,
							   int64 partnership_id);
extern bool FactsNext(FactsReader *reader, PartnershipFacts *facts);
extern void FactsEnd(FactsReader *reader);

/* The required clause kinds, in text order of their codes. */
extern FactsClauseKind *FactsRequiredClauseKinds(Snapshot snapshot, int *nkinds);

#endif							/* PARTNERSHIP_RULES_FACTS_H */
