/*-------------------------------------------------------------------------
 *
 * rules.c
 *	  The stakeholder and structure rules of SPEC 6 evaluated for one
 *	  partnership, and partnership.check(), which reports their violations.
 *
 * The eighteen rules are evaluated from four set-based queries, each an
 * index lookup on one partnership's rows: the rule catalogue and the
 * threshold settings (two tiny tables), the partnership row with its
 * agreement in force and last closed evaluation, its members with their
 * sectors, commitments and agreement parties, and one query gathering the
 * row-level findings (missing clauses, long agreements, activities without
 * one accountable partner or with non-member assignees, unmitigated
 * risks).  The plans are prepared once per backend and kept (SPI_keepplan).
 * check() runs these queries as the caller; enforcement (activation and the
 * commit-time checks, in the registry's write path) reads the same rows by
 * direct index scans instead (rules_scan.c) and the catalogue from a
 * per-session copy.  Either way the rows land in the structs of
 * rules_rows.h and the rules themselves are decided here in C, which also
 * writes the messages (English or Indonesian, following
 * partnership.language) and the JSON details naming the offending members,
 * activities and agreements.
 *
 * src/rules.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "port/pg_bitutils.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/datetime.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/tuplestore.h"

#include "partnership.h"
#include "plan_shape.h"
#include "registry.h"
#include "rules.h"
#include "rules_rows.h"
#include "vocabulary.h"
#include "vocabulary_fmgr.h"

/* The rules, in catalogue order: the first failing one names an error. */
typedef enum RuleId
{
	RULE_HAS_OBJECTIVES,
	RULE_CROSS_SECTOR,
	RULE_GOVERNMENT_MEMBER,
	RULE_SINGLE_LEAD,
	RULE_ROLES_DEFINED,
	RULE_EVALUATOR_INDEPENDENT,
	RULE_FUNDER_COMMITTED,
	RULE_AGREEMENT_IN_FORCE,
	RULE_AGREEMENT_COVERS_MEMBERS,
	RULE_AGREEMENT_CLAUSES,
	RULE_RACI_ACCOUNTABLE,
	RULE_HORIZON_DURATION,
	RULE_AGREEMENT_MAX_DURATION,
	RULE_EVALUATOR_ASSIGNED,
	RULE_EVALUATION_DUE,
	RULE_EARLY_INVOLVEMENT,
	RULE_AGREEMENT_EXPIRING,
	RULE_RISK_UNMITIGATED,
	NUM_RULES
} RuleId;

/* Code and default severity of each rule (the catalogue may override). */
typedef struct RuleDef
{
	const char *code;
	RuleSeverity default_severity;
	bool		while_running;	/* judges a running partnership only: not
								 * required to end one (RulesBindsTheEnd) */
} RuleDef;

static const RuleDef rule_defs[NUM_RULES] = {
	{"has_objectives", RULE_SEVERITY_ERROR},
	{"cross_sector", RULE_SEVERITY_ERROR},
	{"government_member", RULE_SEVERITY_ERROR},
	{"single_lead", RULE_SEVERITY_ERROR},
	{"roles_defined", RULE_SEVERITY_ERROR},
	{"evaluator_independent", RULE_SEVERITY_ERROR},
	{"funder_committed", RULE_SEVERITY_ERROR},
	/* ending the agreement is how a partnership ends: not needed then */
	{"agreement_in_force", RULE_SEVERITY_ERROR, true},
	{"agreement_covers_members", RULE_SEVERITY_ERROR},
	{"agreement_clauses", RULE_SEVERITY_ERROR},
	{"raci_accountable", RULE_SEVERITY_ERROR},
	{"horizon_duration", RULE_SEVERITY_WARNING},
	{"agreement_max_duration", RULE_SEVERITY_WARNING},
	{"evaluator_assigned", RULE_SEVERITY_WARNING},
	{"evaluation_due", RULE_SEVERITY_WARNING},
	{"early_involvement", RULE_SEVERITY_WARNING},
	{"agreement_expiring", RULE_SEVERITY_WARNING},
	{"risk_unmitigated", RULE_SEVERITY_WARNING},
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
		if (strcmp(rule_defs[r].code, code) == 0)
			return !rule_defs[r].while_running;
	return true;
}

/* The thresholds the rules read from partnership.setting. */
typedef enum SettingId
{
	SETTING_STRATEGIC_MIN_MONTHS,
	SETTING_OPERATIONAL_MAX_MONTHS,
	SETTING_MAX_AGREEMENT_YEARS,
	SETTING_EXPIRY_WARNING_DAYS,
	NUM_RULE_SETTINGS
} SettingId;

typedef struct SettingDef
{
	const char *name;
	int			default_value;	/* used when the row is missing */
} SettingDef;

static const SettingDef setting_defs[NUM_RULE_SETTINGS] = {
	{"strategic_min_months", 36},
	{"operational_max_months", 12},
	{"max_agreement_years", 5},
	{"expiry_warning_days", 90},
};

/* The catalogue and the settings, in one round trip. */
static const char *const catalogue_query =
"SELECT 'rule'::pg_catalog.text, r.code, r.severity::pg_catalog.text, NULL::pg_catalog.int4"
" FROM partnership.rule r"
" UNION ALL"
" SELECT 'setting', s.name, NULL, pg_catalog.round(s.value)::pg_catalog.int4"
" FROM partnership.setting s";

/*
 * The partnership row, its binding agreement in force (the newest signed
 * pks or addendum whose effective period holds today) and its last closed
 * evaluation.  $2..$4 are strategic_min_months, operational_max_months and
 * expiry_warning_days.  End days are inclusive: a partnership from
 * 2025-01-01 to 2025-12-31 runs 12 months.
 */
static const char *const partnership_query =
"SELECT p.code, p.formality::pg_catalog.text, p.horizon::pg_catalog.text,"
"  p.status::pg_catalog.text, p.starts_on, p.ends_on,"
"  EXISTS (SELECT 1 FROM pg_catalog.unnest(p.objectives) AS o(t)"
"          WHERE pg_catalog.btrim(o.t) <> '') AS has_objectives,"
"  CASE WHEN p.starts_on IS NULL THEN true"
"       WHEN p.horizon::pg_catalog.text = 'strategic'"
"       THEN p.ends_on IS NULL"
"            OR p.ends_on + 1 >= p.starts_on + pg_catalog.make_interval(months => $2)"
"       ELSE p.ends_on IS NOT NULL"
"            AND p.ends_on + 1 <= p.starts_on + pg_catalog.make_interval(months => $3)"
"  END AS horizon_ok,"
"  a.id, a.number, a.kind::pg_catalog.text, a.effective_from, a.effective_to,"
"  a.effective_to IS NOT NULL AND a.effective_to <= CURRENT_DATE + $4 AS expiring,"
"  e.last_closed,"
"  (COALESCE(e.last_closed, p.starts_on) + p.evaluation_interval)::pg_catalog.date AS due_on,"
"  (SELECT CASE WHEN iv.d = 0 THEN iv.m || ' months'"
"               WHEN iv.m = 0 THEN iv.d || ' days'"
"               ELSE iv.m || ' months ' || iv.d || ' days' END"
"   FROM (SELECT (pg_catalog.date_part('year', p.evaluation_interval) * 12"
"                 + pg_catalog.date_part('month', p.evaluation_interval))::pg_catalog.int4 AS m,"
"                pg_catalog.date_part('day', p.evaluation_interval)::pg_catalog.int4 AS d) iv)"
" FROM partnership.partnership p"
" LEFT JOIN LATERAL ("
"   SELECT ag.id, ag.number, ag.kind, ag.effective_from, ag.effective_to"
"   FROM partnership.agreement ag"
"   WHERE ag.partnership_id = p.id"
"     AND ag.kind::pg_catalog.text IN ('pks', 'addendum')"
"     AND ag.status::pg_catalog.text = 'signed'"
"     AND ag.effective_from <= CURRENT_DATE"
"     AND (ag.effective_to IS NULL OR ag.effective_to >= CURRENT_DATE)"
"   ORDER BY ag.version DESC LIMIT 1) a ON true"
" LEFT JOIN LATERAL ("
"   SELECT pg_catalog.max(ev.period_end) AS last_closed"
"   FROM partnership.evaluation ev"
"   WHERE ev.partnership_id = p.id AND ev.status::pg_catalog.text = 'closed') e ON true"
" WHERE p.id = $1";

/*
 * The members with their organisation's name and sector, whether they are
 * current (joined by today, not yet left), whether they committed an
 * amount above zero, and their party row in the agreement in force ($2).
 * The parties and the commitments are read once each (materialized, by
 * index) rather than probed per member, and the partner by its key per
 * member (LATERAL ... OFFSET 0): the generic plan never scans a whole
 * table, whatever the size of the registry.
 */
static const char *const members_query =
"WITH ap AS MATERIALIZED ("
"   SELECT a.partner_id, a.roles,"
"     EXISTS (SELECT 1 FROM pg_catalog.unnest(a.responsibilities) AS r(t)"
"             WHERE pg_catalog.btrim(r.t) <> '') AS has_responsibility"
"   FROM partnership.agreement_party a WHERE a.agreement_id = $2),"
" cm AS MATERIALIZED ("
"   SELECT DISTINCT c.partner_id FROM partnership.commitment c"
"   WHERE c.partnership_id = $1 AND c.amount > 0)"
"SELECT m.partner_id, pt.name, pt.sector, m.roles,"
"  (m.left_on IS NULL OR m.left_on > CURRENT_DATE)"
"   AND (m.joined_on IS NULL OR m.joined_on <= CURRENT_DATE) AS is_current,"
"  m.joined_on,"
"  EXISTS (SELECT 1 FROM cm WHERE cm.partner_id = m.partner_id) AS committed,"
"  ap.partner_id IS NOT NULL AS is_party, ap.roles,"
"  COALESCE(ap.has_responsibility, false) AS has_responsibility"
" FROM partnership.member m"
" CROSS JOIN LATERAL (SELECT p.name, p.sector FROM partnership.partner p"
"   WHERE p.id = m.partner_id OFFSET 0) pt"
" LEFT JOIN ap ON ap.partner_id = m.partner_id"
" WHERE m.partnership_id = $1"
" ORDER BY m.partner_id";

/*
 * Row-level findings: (rule, id, name, n, from, to, extra).  $2 is the
 * agreement in force (or NULL), $3 max_agreement_years.
 */
static const char *const findings_query =
"SELECT 'agreement_clauses'::pg_catalog.text AS rule, NULL::pg_catalog.int8 AS id,"
"  ck.code AS name, NULL::pg_catalog.int8 AS n, NULL::pg_catalog.date AS d1,"
"  NULL::pg_catalog.date AS d2, ck.label_en AS extra, ck.label_id AS extra2"
" FROM partnership.clause_kind ck"
" WHERE $2 IS NOT NULL AND ck.required"
"   AND NOT EXISTS (SELECT 1 FROM partnership.agreement_clause c"
"                   WHERE c.partnership_id = $1 AND c.agreement_id = $2"
"                     AND c.kind = ck.code)"
" UNION ALL"
" SELECT 'agreement_max_duration', ag.id, ag.number, NULL, ag.effective_from,"
"  ag.effective_to, ag.kind::pg_catalog.text, ag.status::pg_catalog.text"
" FROM partnership.agreement ag"
" WHERE ag.partnership_id = $1"
"   AND ag.status::pg_catalog.text IN ('draft', 'signed')"
"   AND ag.effective_from IS NOT NULL"
"   AND CASE WHEN ag.effective_to IS NULL THEN ag.status::pg_catalog.text = 'signed'"
"       ELSE ag.effective_to + 1 > ag.effective_from + pg_catalog.make_interval(years => $3) END"
" UNION ALL"
" SELECT 'raci_accountable', x.id, x.name, x.n, NULL, NULL, x.status, NULL"
" FROM (SELECT a.id, a.name, a.status::pg_catalog.text AS status,"
"         (SELECT pg_catalog.count(*) FROM partnership.assignment s"
"          WHERE s.activity_id = a.id AND s.raci::pg_catalog.text = 'A') AS n"
"       FROM partnership.activity a"
"       WHERE a.partnership_id = $1"
"         AND a.status::pg_catalog.text IN ('planned', 'in_progress')) x"
" WHERE x.n <> 1"
" UNION ALL"
" SELECT 'raci_assignee', a.id, a.name, s.partner_id, NULL, NULL, pt.name,"
"  s.raci::pg_catalog.text"
" FROM partnership.activity a"
" JOIN partnership.assignment s ON s.activity_id = a.id"
" JOIN partnership.partner pt ON pt.id = s.partner_id"
" WHERE a.partnership_id = $1"
"   AND a.status::pg_catalog.text IN ('planned', 'in_progress')"
"   AND NOT EXISTS (SELECT 1 FROM partnership.member m"
"                   WHERE m.partnership_id = $1 AND m.partner_id = s.partner_id"
"                     AND (m.left_on IS NULL OR m.left_on > CURRENT_DATE)"
"                     AND (m.joined_on IS NULL OR m.joined_on <= CURRENT_DATE))"
" UNION ALL"
" SELECT 'risk_unmitigated', r.id, r.challenge::pg_catalog.text,"
"  (r.likelihood * r.impact)::pg_catalog.int8, NULL, NULL, r.description, NULL"
" FROM partnership.risk r"
" WHERE r.partnership_id = $1 AND r.status::pg_catalog.text = 'open'"
"   AND r.likelihood * r.impact >= 10"
"   AND (r.mitigation IS NULL OR pg_catalog.btrim(r.mitigation) = '')"
" ORDER BY 1, 2, 3";

/* Plans, prepared on first use and kept for the life of the backend. */
static SPIPlanPtr catalogue_plan = NULL;
static SPIPlanPtr partnership_plan = NULL;
static SPIPlanPtr members_plan = NULL;
static SPIPlanPtr findings_plan = NULL;

/* Vocabulary codes the rules look at, found by name once. */
static bool codes_ready = false;
static VocabularyCode sector_government;
static VocabularyCode role_lead;
static VocabularyCode role_funder;
static VocabularyCode role_manager;
static VocabularyCode role_implementer;
static VocabularyCode role_evaluator;


/* ----------------------------------------------------------------
 * Small helpers
 * ----------------------------------------------------------------
 */

/* The code of a term, by its canonical word (shared with rules_scan.c). */
VocabularyCode
RulesTermCode(const Vocabulary *vocab, const char *canonical)
{
	int			i;

	for (i = 0; i < vocab->nterms; i++)
		if (strcmp(vocab->terms[i].canonical, canonical) == 0)
			return (VocabularyCode) i;
	elog(ERROR, "term \"%s\" missing from vocabulary %s",
		 canonical, vocab->type_name);
	pg_unreachable();
}

static void
init_codes(void)
{
	if (codes_ready)
		return;
	sector_government = RulesTermCode(&SectorVocabulary, "government");
	role_lead = RulesTermCode(&RoleVocabulary, "lead");
	role_funder = RulesTermCode(&RoleVocabulary, "funder");
	role_manager = RulesTermCode(&RoleVocabulary, "manager");
	role_implementer = RulesTermCode(&RoleVocabulary, "implementer");
	role_evaluator = RulesTermCode(&RoleVocabulary, "evaluator");
	codes_ready = true;
}

static SPIPlanPtr
prepare_plan(const char *query, int nargs, Oid *argtypes)
{
	/*
	 * Every query looks up one partnership's rows by index whatever the
	 * parameter values: a generic plan is as good as a custom one and
	 * saves planning on every check.
	 */
	SPIPlanPtr	plan = SPI_prepare_cursor(query, nargs, argtypes,
										  CURSOR_OPT_GENERIC_PLAN);

	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed for rule query: %s",
			 SPI_result_code_string(SPI_result));
	if (SPI_keepplan(plan) != 0)
		elog(ERROR, "SPI_keepplan failed for rule query");
	return plan;
}

static void
prepare_plans(void)
{
	if (catalogue_plan == NULL)
		catalogue_plan = prepare_plan(catalogue_query, 0, NULL);
	if (partnership_plan == NULL)
	{
		Oid			types[4] = {INT8OID, INT4OID, INT4OID, INT4OID};

		partnership_plan = prepare_plan(partnership_query, 4, types);
	}
	if (members_plan == NULL)
	{
		Oid			types[2] = {INT8OID, INT8OID};

		members_plan = prepare_plan(members_query, 2, types);
	}
	if (findings_plan == NULL)
	{
		Oid			types[3] = {INT8OID, INT8OID, INT4OID};

		findings_plan = prepare_plan(findings_query, 3, types);
	}
}

/*
 * Run one rule query.  check() reads as the caller, in the caller's
 * snapshot.  Enforcement (enforce = true) reads as the owner of the
 * registry tables, like foreign keys, so that row-level security cannot
 * hide rows from the rules, and with the latest snapshot (a fresh one per
 * query under READ COMMITTED, the latest committed state under REPEATABLE
 * READ and SERIALIZABLE) so that it sees what concurrent transactions
 * committed before the partnership lock was granted.
 */
static void
run_plan(SPIPlanPtr plan, Datum *values, const char *nulls, bool enforce)
{
	int			rc;

	if (enforce)
		rc = RegistryExecute(plan, values, nulls, 0);
	else
		rc = SPI_execute_plan(plan, values, nulls, true, 0);

	if (rc != SPI_OK_SELECT)
		elog(ERROR, "rule query failed: %s", SPI_result_code_string(rc));
}

/* Column accessors for the current SPI result. */
static Datum
col(int row, int column, bool *isnull)
{
	return SPI_getbinval(SPI_tuptable->vals[row], SPI_tuptable->tupdesc,
						 column, isnull);
}

static char *
col_text(int row, int column)
{
	bool		isnull;
	Datum		d = col(row, column, &isnull);

	return isnull ? NULL : TextDatumGetCString(d);
}

static bool
col_bool(int row, int column)
{
	bool		isnull;
	Datum		d = col(row, column, &isnull);

	return !isnull && DatumGetBool(d);
}

static int64
col_int64(int row, int column, bool *isnull)
{
	Datum		d = col(row, column, isnull);

	return *isnull ? 0 : DatumGetInt64(d);
}

static bool
col_date(int row, int column, DateADT *date)
{
	bool		isnull;
	Datum		d = col(row, column, &isnull);

	if (!isnull)
		*date = DatumGetDateADT(d);
	return !isnull;
}

/* A date as ISO text, whatever DateStyle says. */
static char *
date_text(DateADT date)
{
	int			year,
				month,
				day;

	if (DATE_IS_NOBEGIN(date))
		return pstrdup("-infinity");
	if (DATE_IS_NOEND(date))
		return pstrdup("infinity");
	j2date(date + POSTGRES_EPOCH_JDATE, &year, &month, &day);
	return psprintf("%04d-%02d-%02d", year, month, day);
}

static bool
lang_id(void)
{
	return partnership_language == PARTNERSHIP_LANGUAGE_ID;
}

/* Pick the message of the session's language. */
#define MSG(en, id) (lang_id() ? (id) : (en))

/* JSON building: "key": value pairs in an object being written. */
static void
json_sep(StringInfo buf)
{
	if (buf->len > 0 && buf->data[buf->len - 1] != '{' &&
		buf->data[buf->len - 1] != '[')
		appendStringInfoChar(buf, ',');
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
	json_str(buf, key, present ? date_text(date) : NULL);
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
json_member(StringInfo buf, const MemberRow *m)
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

/* ----------------------------------------------------------------
 * Evaluation
 * ----------------------------------------------------------------
 */

/* Collected violations, indexed by rule. */
typedef struct Findings
{
	RuleSeverity severity[NUM_RULES];
	char	   *message[NUM_RULES];
	StringInfo	detail[NUM_RULES];
} Findings;

static bool
rule_on(const Findings *f, RuleId rule)
{
	return f->severity[rule] != RULE_SEVERITY_OFF;
}

/* Start the detail object of a violated rule; returns its buffer. */
static StringInfo
violate(Findings *f, RuleId rule, char *message)
{
	StringInfo	buf = makeStringInfo();

	appendStringInfoChar(buf, '{');
	f->message[rule] = message;
	f->detail[rule] = buf;
	return buf;
}

/*
 * The severity of a catalogue row, from the text of its severity column
 * (the canonical word).  A value that names no severity cannot come from
 * the column's type; should it ever, the rule is enforced.
 */
static RuleSeverity
parse_severity(const char *text)
{
	RuleSeverity severity;

	(void) RuleSeverityFromText(text, text ? strlen(text) : 0, &severity);
	return severity;
}

/*
 * The severities and thresholds as enforcement last read them, kept per
 * backend: activation and the commit-time checks would otherwise read two
 * catalogue tables on every check.  Every change to partnership.rule or
 * partnership.setting (and any DDL on them) invalidates the relcache entry
 * of the table (rules_catalogue_changed below), which reaches this backend
 * through rules_catalogue_invalidate: at once for its own changes, at the
 * next transaction start or lock for other sessions' commits.  The
 * generation counter keeps a read during which an invalidation arrived
 * from being kept: that read's snapshot may predate the change.
 * check() does not use this copy: it reads the catalogue in the caller's
 * snapshot.
 */
static bool catalogue_cached = false;
static uint64 catalogue_generation = 0;
static Oid	catalogue_relids[2] = {InvalidOid, InvalidOid};
static RuleSeverity cached_severity[NUM_RULES];
static int	cached_settings[NUM_RULE_SETTINGS];

static void
rules_catalogue_invalidate(Datum arg, Oid relid)
{
	if (!OidIsValid(relid) || relid == catalogue_relids[0] ||
		relid == catalogue_relids[1])
	{
		catalogue_cached = false;
		catalogue_generation++;
		/* the tables may have been re-created: find them again */
		catalogue_relids[0] = catalogue_relids[1] = InvalidOid;
	}
}

/* Read the severities of the catalogue and the thresholds. */
static void
read_catalogue(Findings *f, int *settings, bool enforce)
{
	static bool callback_registered = false;
	uint64		generation;
	uint64		i;
	int			r;

	if (enforce)
	{
		/*
		 * Take in other sessions' committed changes first, as a lock on the
		 * tables would: the copy must not lag behind what a query run now
		 * would read.
		 */
		AcceptInvalidationMessages();
		if (catalogue_cached)
		{
			memcpy(f->severity, cached_severity, sizeof(cached_severity));
			memcpy(settings, cached_settings, sizeof(cached_settings));
			return;
		}
		/* ready for invalidations before reading */
		if (!callback_registered)
		{
			CacheRegisterRelcacheCallback(rules_catalogue_invalidate, (Datum) 0);
			callback_registered = true;
		}
		if (!OidIsValid(catalogue_relids[0]))
		{
			catalogue_relids[0] = RegistryRelationId("rule");
			catalogue_relids[1] = RegistryRelationId("setting");
		}
	}
	generation = catalogue_generation;

	for (r = 0; r < NUM_RULES; r++)
		f->severity[r] = rule_defs[r].default_severity;
	for (r = 0; r < NUM_RULE_SETTINGS; r++)
		settings[r] = setting_defs[r].default_value;

	run_plan(catalogue_plan, NULL, NULL, enforce);
	for (i = 0; i < SPI_processed; i++)
	{
		char	   *kind = col_text(i, 1);
		char	   *name = col_text(i, 2);

		if (strcmp(kind, "rule") == 0)
		{
			for (r = 0; r < NUM_RULES; r++)
				if (strcmp(rule_defs[r].code, name) == 0)
					f->severity[r] = parse_severity(col_text(i, 3));
		}
		else
		{
			bool		isnull;
			Datum		d = col(i, 4, &isnull);

			for (r = 0; r < NUM_RULE_SETTINGS; r++)
				if (strcmp(setting_defs[r].name, name) == 0 && !isnull)
					settings[r] = DatumGetInt32(d);
		}
	}
	SPI_freetuptable(SPI_tuptable);

	if (enforce)
	{
		if (generation == catalogue_generation)
		{
			memcpy(cached_severity, f->severity, sizeof(cached_severity));
			memcpy(cached_settings, settings, sizeof(cached_settings));
			catalogue_cached = true;
		}
	}
}

/*
 * AFTER INSERT OR UPDATE OR DELETE FOR EACH ROW (row triggers are what a
 * logical replication apply worker fires) and AFTER TRUNCATE on
 * partnership.rule and partnership.setting: every backend's copy of the
 * catalogue (above) is dropped, this one's at the end of the statement,
 * the others' when this transaction commits.
 */
PG_FUNCTION_INFO_V1(rules_catalogue_changed);

Datum
rules_catalogue_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;

	bool		row = CALLED_AS_TRIGGER(fcinfo) &&
		TRIGGER_FIRED_FOR_ROW(((TriggerData *) fcinfo->context)->tg_event);

	trigdata = RegistryTriggerCheck(fcinfo, "rules_catalogue_changed", false,
									row, REGISTRY_ON_INSERT | REGISTRY_ON_UPDATE |
									REGISTRY_ON_DELETE |
									(row ? 0 : REGISTRY_ON_TRUNCATE));
	CacheInvalidateRelcache(trigdata->tg_relation);
	return PointerGetDatum(NULL);
}

/* The rules on the members (and on the agreement parties). */
static void
check_members(Findings *f, MemberRow *members, int nmembers,
			  bool formal, bool have_agreement, const char *agreement_number,
			  int64 agreement_id, bool have_starts_on, DateADT starts_on)
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
	VocabularySet conflicting = VOCABULARY_BIT(role_lead) |
		VOCABULARY_BIT(role_funder) | VOCABULARY_BIT(role_manager) |
		VOCABULARY_BIT(role_implementer);
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

	for (i = 0; i < nmembers; i++)
	{
		MemberRow  *m = &members[i];

		if (have_starts_on &&
			(!m->has_joined_on || m->joined_on <= starts_on))
			start_sectors |= VOCABULARY_BIT(m->sector);
	}

	for (i = 0; i < nmembers; i++)
	{
		MemberRow  *m = &members[i];

		if (!m->is_current)
			continue;
		ncurrent++;
		sectors |= VOCABULARY_BIT(m->sector);
		if (m->roles & VOCABULARY_BIT(role_lead))
		{
			nleads++;
			json_member(&leads, m);
		}
		if (m->roles == 0)
		{
			nroleless++;
			json_member(&roleless, m);
		}
		if (m->roles & VOCABULARY_BIT(role_evaluator))
		{
			have_evaluator = true;
			if (m->roles & conflicting)
			{
				ndependent++;
				json_member(&dependent, m);
			}
		}
		if ((m->roles & VOCABULARY_BIT(role_funder)) && !m->committed)
		{
			nuncommitted++;
			json_member(&uncommitted, m);
		}
		if (have_agreement &&
			(!m->is_party || m->party_roles != m->roles ||
			 !m->has_responsibility))
		{
			nuncovered++;
			json_sep(&uncovered);
			appendStringInfoChar(&uncovered, '{');
			json_int(&uncovered, "partner_id", m->partner_id);
			json_str(&uncovered, "name", m->name);
			json_str(&uncovered, "roles", roles_text(m->roles));
			json_str(&uncovered, "party_roles",
					 m->is_party ? roles_text(m->party_roles) : NULL);
			json_str(&uncovered, "problem",
					 !m->is_party ? "not_a_party" :
					 m->party_roles != m->roles ? "roles_differ" :
					 "no_responsibility");
			appendStringInfoChar(&uncovered, '}');
		}
		if (have_starts_on && !(start_sectors & VOCABULARY_BIT(m->sector)))
		{
			nlate++;
			json_member(&late, m);
		}
	}

	if (rule_on(f, RULE_CROSS_SECTOR) && pg_popcount32(sectors) < 2)
	{
		StringInfo	d = violate(f, RULE_CROSS_SECTOR,
								psprintf(MSG("current members come from %d sector(s); at least two are needed",
											 "anggota saat ini berasal dari %d sektor; minimal dua sektor diperlukan"),
										 pg_popcount32(sectors)));

		json_sectors(d, "sectors", sectors);
		json_int(d, "current_members", ncurrent);
	}

	if (rule_on(f, RULE_GOVERNMENT_MEMBER) &&
		!(sectors & VOCABULARY_BIT(sector_government)))
	{
		StringInfo	d = violate(f, RULE_GOVERNMENT_MEMBER,
								pstrdup(MSG("no current member is a government institution",
											"tidak ada anggota saat ini dari instansi pemerintah")));

		json_sectors(d, "sectors", sectors);
	}

	if (rule_on(f, RULE_SINGLE_LEAD) && nleads != 1)
	{
		StringInfo	d = violate(f, RULE_SINGLE_LEAD,
								nleads == 0 ?
								pstrdup(MSG("no current member holds the lead role; exactly one must",
											"tidak ada anggota saat ini yang berperan sebagai koordinator; harus tepat satu")) :
								psprintf(MSG("%d current members hold the lead role; exactly one must",
											 "%d anggota saat ini berperan sebagai koordinator; harus tepat satu"),
										 nleads));

		json_int(d, "leads", nleads);
		json_key(d, "members");
		appendStringInfo(d, "[%s]", leads.data);
	}

	if (rule_on(f, RULE_ROLES_DEFINED) && nroleless > 0)
	{
		StringInfo	d = violate(f, RULE_ROLES_DEFINED,
								psprintf(MSG("%d current member(s) hold no role",
											 "%d anggota saat ini belum memiliki peran"),
										 nroleless));

		json_key(d, "members");
		appendStringInfo(d, "[%s]", roleless.data);
	}

	if (rule_on(f, RULE_EVALUATOR_INDEPENDENT) && ndependent > 0)
	{
		StringInfo	d = violate(f, RULE_EVALUATOR_INDEPENDENT,
								psprintf(MSG("%d member(s) are evaluator and also lead, funder, manager or implementer",
											 "%d anggota menjadi penilai sekaligus koordinator, penyandang dana, pengelola atau pelaksana"),
										 ndependent));

		json_key(d, "members");
		appendStringInfo(d, "[%s]", dependent.data);
	}

	if (rule_on(f, RULE_FUNDER_COMMITTED) && nuncommitted > 0)
	{
		StringInfo	d = violate(f, RULE_FUNDER_COMMITTED,
								psprintf(MSG("%d funder(s) have no commitment with an amount above zero",
											 "%d penyandang dana belum memiliki komitmen dengan jumlah di atas nol"),
										 nuncommitted));

		json_key(d, "members");
		appendStringInfo(d, "[%s]", uncommitted.data);
	}

	if (formal && have_agreement &&
		rule_on(f, RULE_AGREEMENT_COVERS_MEMBERS) && nuncovered > 0)
	{
		StringInfo	d = violate(f, RULE_AGREEMENT_COVERS_MEMBERS,
								psprintf(MSG("%d current member(s) are not a party of agreement \"%s\" with the same roles and a responsibility",
											 "%d anggota saat ini bukan pihak dalam perjanjian \"%s\" dengan peran yang sama dan minimal satu tanggung jawab"),
										 nuncovered,
										 agreement_number ? agreement_number : "?"));

		json_int(d, "agreement_id", agreement_id);
		json_str(d, "number", agreement_number);
		json_key(d, "members");
		appendStringInfo(d, "[%s]", uncovered.data);
	}

	if (rule_on(f, RULE_EVALUATOR_ASSIGNED) && !have_evaluator)
		violate(f, RULE_EVALUATOR_ASSIGNED,
				pstrdup(MSG("no current member holds the evaluator role",
							"belum ada anggota saat ini yang berperan sebagai penilai")));

	if (rule_on(f, RULE_EARLY_INVOLVEMENT) && nlate > 0)
	{
		StringInfo	d = violate(f, RULE_EARLY_INVOLVEMENT,
								psprintf(MSG("%d current member(s) belong to a sector that was not involved from the start",
											 "%d anggota saat ini berasal dari sektor yang tidak dilibatkan sejak awal"),
										 nlate));

		json_date(d, "starts_on", true, starts_on);
		json_sectors(d, "sectors_at_start", start_sectors);
		json_key(d, "members");
		appendStringInfo(d, "[%s]", late.data);
	}
}

/* The row-level findings (findings_query, or RulesScanFindings). */
static void
check_findings(Findings *f, const FindingRow *rows, int nrows,
			   const char *agreement_number, int64 agreement_id, int max_years)
{
	StringInfoData clauses,
				clause_list,
				agreements,
				activities,
				assignees,
				risks;
	int			nclauses = 0,
				nagreements = 0,
				nactivities = 0,
				nassignees = 0,
				nrisks = 0;
	int			i;

	initStringInfo(&clauses);
	initStringInfo(&clause_list);
	initStringInfo(&agreements);
	initStringInfo(&activities);
	initStringInfo(&assignees);
	initStringInfo(&risks);

	for (i = 0; i < nrows; i++)
	{
		const char *rule = rows[i].rule;
		int64		id = rows[i].id;
		char	   *name = rows[i].name;
		int64		n = rows[i].n;
		char	   *extra = rows[i].extra;
		char	   *extra2 = rows[i].extra2;

		if (strcmp(rule, "agreement_clauses") == 0)
		{
			nclauses++;
			json_sep(&clauses);
			escape_json(&clauses, name);
			if (clause_list.len > 0)
				appendStringInfoString(&clause_list, ", ");
			appendStringInfoString(&clause_list, name);
		}
		else if (strcmp(rule, "agreement_max_duration") == 0)
		{
			DateADT		from = rows[i].d1;
			DateADT		to = rows[i].d2;
			bool		has_from = rows[i].has_d1;
			bool		has_to = rows[i].has_d2;

			nagreements++;
			json_sep(&agreements);
			appendStringInfoChar(&agreements, '{');
			json_int(&agreements, "agreement_id", id);
			json_str(&agreements, "number", name);
			json_str(&agreements, "kind", extra);
			json_str(&agreements, "status", extra2);
			json_date(&agreements, "effective_from", has_from, from);
			json_date(&agreements, "effective_to", has_to, to);
			appendStringInfoChar(&agreements, '}');
		}
		else if (strcmp(rule, "raci_accountable") == 0)
		{
			nactivities++;
			json_sep(&activities);
			appendStringInfoChar(&activities, '{');
			json_int(&activities, "activity_id", id);
			json_str(&activities, "name", name);
			json_str(&activities, "status", extra);
			json_int(&activities, "accountable", n);
			appendStringInfoChar(&activities, '}');
		}
		else if (strcmp(rule, "raci_assignee") == 0)
		{
			nassignees++;
			json_sep(&assignees);
			appendStringInfoChar(&assignees, '{');
			json_int(&assignees, "activity_id", id);
			json_str(&assignees, "activity", name);
			json_int(&assignees, "partner_id", n);
			json_str(&assignees, "name", extra);
			json_str(&assignees, "raci", extra2);
			appendStringInfoChar(&assignees, '}');
		}
		else if (strcmp(rule, "risk_unmitigated") == 0)
		{
			nrisks++;
			json_sep(&risks);
			appendStringInfoChar(&risks, '{');
			json_int(&risks, "risk_id", id);
			json_str(&risks, "challenge", name);
			json_int(&risks, "rating", n);
			json_str(&risks, "level", n >= 20 ? "critical" : "high");
			json_str(&risks, "description", extra);
			appendStringInfoChar(&risks, '}');
		}
	}

	if (rule_on(f, RULE_AGREEMENT_CLAUSES) && nclauses > 0)
	{
		StringInfo	d = violate(f, RULE_AGREEMENT_CLAUSES,
								psprintf(MSG("agreement \"%s\" lacks %d required clause kind(s): %s",
											 "perjanjian \"%s\" tidak memuat %d jenis klausul wajib: %s"),
										 agreement_number ? agreement_number : "?",
										 nclauses, clause_list.data));

		json_int(d, "agreement_id", agreement_id);
		json_str(d, "number", agreement_number);
		json_key(d, "missing_clauses");
		appendStringInfo(d, "[%s]", clauses.data);
	}

	if (rule_on(f, RULE_RACI_ACCOUNTABLE) && (nactivities > 0 || nassignees > 0))
	{
		StringInfo	d = violate(f, RULE_RACI_ACCOUNTABLE,
								psprintf(MSG("%d open activit(ies) lack exactly one accountable (A) partner and %d assignment(s) name a partner that is not a current member",
											 "%d kegiatan terbuka tidak memiliki tepat satu penanggung jawab (A) dan %d penugasan menunjuk mitra yang bukan anggota saat ini"),
										 nactivities, nassignees));

		json_key(d, "activities");
		appendStringInfo(d, "[%s]", activities.data);
		json_key(d, "assignees");
		appendStringInfo(d, "[%s]", assignees.data);
	}

	if (rule_on(f, RULE_AGREEMENT_MAX_DURATION) && nagreements > 0)
	{
		StringInfo	d = violate(f, RULE_AGREEMENT_MAX_DURATION,
								psprintf(MSG("%d agreement(s) run longer than %d years or have no end",
											 "%d perjanjian berjangka waktu lebih dari %d tahun atau tanpa batas akhir"),
										 nagreements, max_years));

		json_int(d, "max_agreement_years", max_years);
		json_key(d, "agreements");
		appendStringInfo(d, "[%s]", agreements.data);
	}

	if (rule_on(f, RULE_RISK_UNMITIGATED) && nrisks > 0)
	{
		StringInfo	d = violate(f, RULE_RISK_UNMITIGATED,
								psprintf(MSG("%d open high or critical risk(s) have no mitigation",
											 "%d risiko terbuka bertingkat tinggi atau kritis belum memiliki mitigasi"),
										 nrisks));

		json_key(d, "risks");
		appendStringInfo(d, "[%s]", risks.data);
	}
}

/*
 * Evaluate the rules for one partnership.  See rules.h.
 */
static List *
rules_evaluate(int64 partnership_id, bool enforce, RulesPartnershipInfo *info)
{
	Findings	f;
	int			settings[NUM_RULE_SETTINGS];
	Datum		values[4];
	char		nulls[4];
	bool		isnull;
	bool		running;
	MemberRow  *members;
	int			nmembers;
	FindingRow *findings;
	int			nfindings;
	PartnershipRow p;
	bool		found;
	List	   *result = NIL;
	int			r;
	uint64		i;
	int			plan_nestlevel;

	init_codes();
	prepare_plans();
	memset(&f, 0, sizeof(f));
	/* index lookups whatever the statistics (plan_shape.c) */
	plan_nestlevel = PlanShapeIndexLookupsBegin();

	read_catalogue(&f, settings, enforce);

	/*
	 * The partnership itself: by direct index scans for enforcement
	 * (rules_scan.c), by partnership_query for check().
	 */
	if (enforce)
		found = RulesScanPartnership(partnership_id,
									 settings[SETTING_STRATEGIC_MIN_MONTHS],
									 settings[SETTING_OPERATIONAL_MAX_MONTHS],
									 settings[SETTING_EXPIRY_WARNING_DAYS], &p);
	else
	{
		values[0] = Int64GetDatum(partnership_id);
		values[1] = Int32GetDatum(settings[SETTING_STRATEGIC_MIN_MONTHS]);
		values[2] = Int32GetDatum(settings[SETTING_OPERATIONAL_MAX_MONTHS]);
		values[3] = Int32GetDatum(settings[SETTING_EXPIRY_WARNING_DAYS]);
		memset(nulls, ' ', sizeof(nulls));
		run_plan(partnership_plan, values, nulls, enforce);
		found = SPI_processed > 0;
		memset(&p, 0, sizeof(p));
		if (found)
		{
			p.code = col_text(0, 1);
			p.formal = strcmp(col_text(0, 2), "formal") == 0;
			p.strategic = strcmp(col_text(0, 3), "strategic") == 0;
			p.status = col_text(0, 4);
			p.has_starts_on = col_date(0, 5, &p.starts_on);
			p.has_ends_on = col_date(0, 6, &p.ends_on);
			p.has_objectives = col_bool(0, 7);
			p.horizon_ok = col_bool(0, 8);
			p.agreement_id = col_int64(0, 9, &isnull);
			p.has_agreement = !isnull;
			p.agreement_number = col_text(0, 10);
			(void) col_date(0, 13, &p.agreement_to);
			p.expiring = col_bool(0, 14);
			p.has_last_closed = col_date(0, 15, &p.last_closed);
			p.has_due = col_date(0, 16, &p.due_on);
			p.interval_text = col_text(0, 17);
		}
		SPI_freetuptable(SPI_tuptable);
	}
	if (!found)
	{
		info->found = false;
		PlanShapeIndexLookupsEnd(plan_nestlevel);
		return NIL;
	}
	info->found = true;
	info->code = p.code;
	info->status = p.status;
	running = strcmp(p.status, "active") == 0 ||
		strcmp(p.status, "suspended") == 0;

	if (rule_on(&f, RULE_HAS_OBJECTIVES) && !p.has_objectives)
		violate(&f, RULE_HAS_OBJECTIVES,
				pstrdup(MSG("the partnership states no objective",
							"kemitraan belum menyatakan tujuan")));

	if (p.formal && rule_on(&f, RULE_AGREEMENT_IN_FORCE) && !p.has_agreement)
		violate(&f, RULE_AGREEMENT_IN_FORCE,
				pstrdup(MSG("the formal partnership has no binding agreement (pks or addendum) in force",
							"kemitraan formal belum memiliki perjanjian kerja sama (PKS atau adendum) yang berlaku")));

	if (rule_on(&f, RULE_HORIZON_DURATION) && !p.horizon_ok)
	{
		StringInfo	d;

		if (p.strategic)
			d = violate(&f, RULE_HORIZON_DURATION,
						psprintf(MSG("a strategic partnership should run at least %d months",
									 "kemitraan strategis sebaiknya berjalan minimal %d bulan"),
								 settings[SETTING_STRATEGIC_MIN_MONTHS]));
		else
			d = violate(&f, RULE_HORIZON_DURATION,
						psprintf(MSG("an operational partnership should run at most %d months and have an end date",
									 "kemitraan operasional sebaiknya berjalan paling lama %d bulan dan memiliki tanggal berakhir"),
								 settings[SETTING_OPERATIONAL_MAX_MONTHS]));
		json_str(d, "horizon", p.strategic ? "strategic" : "operational");
		json_date(d, "starts_on", p.has_starts_on, p.starts_on);
		json_date(d, "ends_on", p.has_ends_on, p.ends_on);
		json_int(d, p.strategic ? "strategic_min_months" : "operational_max_months",
				 settings[p.strategic ? SETTING_STRATEGIC_MIN_MONTHS :
						  SETTING_OPERATIONAL_MAX_MONTHS]);
	}

	if (running && rule_on(&f, RULE_EVALUATION_DUE) && p.has_due &&
		p.due_on < GetSQLCurrentDate())
	{
		StringInfo	d = violate(&f, RULE_EVALUATION_DUE,
								psprintf(MSG("an evaluation has been due since %s",
											 "evaluasi sudah jatuh tempo sejak %s"),
										 date_text(p.due_on)));

		json_date(d, "last_closed_evaluation", p.has_last_closed, p.last_closed);
		json_date(d, "due_on", true, p.due_on);
		json_str(d, "evaluation_interval", p.interval_text);
	}

	if (p.has_agreement && rule_on(&f, RULE_AGREEMENT_EXPIRING) && p.expiring)
	{
		StringInfo	d = violate(&f, RULE_AGREEMENT_EXPIRING,
								psprintf(MSG("agreement \"%s\" ends on %s, within %d days",
											 "perjanjian \"%s\" berakhir pada %s, dalam %d hari"),
										 p.agreement_number ? p.agreement_number : "?",
										 date_text(p.agreement_to),
										 settings[SETTING_EXPIRY_WARNING_DAYS]));

		json_int(d, "agreement_id", p.agreement_id);
		json_str(d, "number", p.agreement_number);
		json_date(d, "effective_to", true, p.agreement_to);
		json_int(d, "days_left", p.agreement_to - GetSQLCurrentDate());
		json_int(d, "expiry_warning_days", settings[SETTING_EXPIRY_WARNING_DAYS]);
	}
	/*
	 * The members, then the row-level findings: by direct index scans for
	 * enforcement (rules_scan.c), by the SQL queries for check().
	 */
	if (enforce)
		members = RulesScanMembers(partnership_id, p.has_agreement,
								   p.agreement_id, &nmembers);
	else
	{
		values[1] = Int64GetDatum(p.agreement_id);
		nulls[1] = p.has_agreement ? ' ' : 'n';
		run_plan(members_plan, values, nulls, enforce);
		nmembers = (int) SPI_processed;
		members = palloc0(sizeof(MemberRow) * Max(nmembers, 1));
		for (i = 0; i < SPI_processed; i++)
		{
			MemberRow  *m = &members[i];
			Datum		d;

			m->partner_id = col_int64(i, 1, &isnull);
			m->name = col_text(i, 2);
			d = col(i, 3, &isnull);
			m->sector = VocabularyCheckCode(&SectorVocabulary, d);
			d = col(i, 4, &isnull);
			m->roles = isnull ? 0 : DatumGetVocabularySet(d);
			m->is_current = col_bool(i, 5);
			m->has_joined_on = col_date(i, 6, &m->joined_on);
			m->committed = col_bool(i, 7);
			m->is_party = col_bool(i, 8);
			d = col(i, 9, &isnull);
			m->party_roles = isnull ? 0 : DatumGetVocabularySet(d);
			m->has_responsibility = col_bool(i, 10);
		}
		SPI_freetuptable(SPI_tuptable);
	}

	check_members(&f, members, nmembers, p.formal, p.has_agreement,
				  p.agreement_number, p.agreement_id, p.has_starts_on, p.starts_on);

	/* clauses only matter for p.formal partnerships with an agreement in force */
	if (enforce)
		findings = RulesScanFindings(partnership_id, p.formal && p.has_agreement,
									 p.agreement_id,
									 settings[SETTING_MAX_AGREEMENT_YEARS],
									 &nfindings);
	else
	{
		values[1] = Int64GetDatum(p.agreement_id);
		nulls[1] = (p.formal && p.has_agreement) ? ' ' : 'n';
		values[2] = Int32GetDatum(settings[SETTING_MAX_AGREEMENT_YEARS]);
		run_plan(findings_plan, values, nulls, enforce);
		nfindings = (int) SPI_processed;
		findings = palloc0(sizeof(FindingRow) * Max(nfindings, 1));
		for (i = 0; i < SPI_processed; i++)
		{
			FindingRow *row = &findings[i];

			row->rule = col_text(i, 1);
			row->id = col_int64(i, 2, &isnull);
			row->has_id = !isnull;
			row->name = col_text(i, 3);
			row->n = col_int64(i, 4, &isnull);
			row->has_n = !isnull;
			row->has_d1 = col_date(i, 5, &row->d1);
			row->has_d2 = col_date(i, 6, &row->d2);
			row->extra = col_text(i, 7);
			row->extra2 = col_text(i, 8);
		}
		SPI_freetuptable(SPI_tuptable);
	}
	check_findings(&f, findings, nfindings, p.agreement_number, p.agreement_id,
				   settings[SETTING_MAX_AGREEMENT_YEARS]);
	PlanShapeIndexLookupsEnd(plan_nestlevel);

	for (r = 0; r < NUM_RULES; r++)
	{
		RuleViolation *v;

		if (f.message[r] == NULL)
			continue;
		v = palloc(sizeof(RuleViolation));
		v->code = rule_defs[r].code;
		v->severity = f.severity[r];
		v->message = f.message[r];
		if (f.detail[r] == NULL)
			f.detail[r] = violate(&f, r, f.message[r]);
		appendStringInfoChar(f.detail[r], '}');
		v->detail = f.detail[r]->data;
		result = lappend(result, v);
	}
	return result;
}

List *
RulesEvaluate(int64 partnership_id, bool enforce, RulesPartnershipInfo *info)
{
	/*
	 * The rule queries are prepared and run under the registry's own
	 * search_path (trigger_common.c), whoever calls and whatever path the
	 * session has.
	 */
	int			nestlevel = RegistrySetSearchPath();
	List	   *result = rules_evaluate(partnership_id, enforce, info);

	RegistryRestoreSearchPath(nestlevel);
	return result;
}

/* ----------------------------------------------------------------
 * partnership.check(partnership_id bigint)
 * ----------------------------------------------------------------
 */

PG_FUNCTION_INFO_V1(partnership_check);

/*
 * Every current violation of the rule catalogue for one partnership:
 * (rule, severity, message, detail), errors and warnings, catalogue order.
 */
Datum
partnership_check(PG_FUNCTION_ARGS)
{
	int64		partnership_id = PG_GETARG_INT64(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	TupleDesc	tupdesc;
	Tuplestorestate *tupstore;
	MemoryContext per_query_ctx;
	MemoryContext oldcontext;
	RulesPartnershipInfo info;
	List	   *violations;
	ListCell   *lc;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	if (!(rsinfo->allowedModes & SFRM_Materialize))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("materialize mode required, but it is not allowed in this context")));

	per_query_ctx = rsinfo->econtext->ecxt_per_query_memory;
	oldcontext = MemoryContextSwitchTo(per_query_ctx);
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	tupdesc = CreateTupleDescCopy(tupdesc);
	tupstore = tuplestore_begin_heap(rsinfo->allowedModes & SFRM_Materialize_Random,
									 false, work_mem);
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = tupstore;
	rsinfo->setDesc = tupdesc;
	MemoryContextSwitchTo(oldcontext);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	violations = RulesEvaluate(partnership_id, false, &info);
	if (!info.found)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("partnership " INT64_FORMAT " does not exist",
						partnership_id),
				 errhint("Pass the id of a row of partnership.partnership.")));

	foreach(lc, violations)
	{
		RuleViolation *v = (RuleViolation *) lfirst(lc);
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};

		values[0] = CStringGetTextDatum(v->code);
		values[1] = CStringGetTextDatum(v->severity == RULE_SEVERITY_ERROR ?
										"error" : "warning");
		values[2] = CStringGetTextDatum(v->message);
		values[3] = DirectFunctionCall1(jsonb_in, CStringGetDatum(v->detail));
		oldcontext = MemoryContextSwitchTo(per_query_ctx);
		tuplestore_putvalues(tupstore, tupdesc, values, nulls);
		MemoryContextSwitchTo(oldcontext);
	}

	SPI_finish();
	return (Datum) 0;
}
