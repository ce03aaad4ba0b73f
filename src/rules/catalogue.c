/*-------------------------------------------------------------------------
 *
 * catalogue.c
 *	  The rule catalogue as the judgement reads it: each rule's severity
 *	  (table partnership.rule), the thresholds (partnership.setting) and the
 *	  required clause kinds (partnership.clause_kind), read by direct scans
 *	  of those small tables.
 *
 *	  check() and check_all() read them in the caller's snapshot.
 *	  Enforcement (activation and the commit-time checks, once per
 *	  partnership in the write path) reads a per-backend copy of the
 *	  severities and thresholds instead: every change to partnership.rule
 *	  or partnership.setting (and any DDL on them) invalidates the relcache
 *	  entry of the table (rules_catalogue_changed below), which reaches
 *	  this backend through rules_catalogue_invalidate: at once for its own
 *	  changes, at the next transaction start or lock for other sessions'
 *	  commits.  The generation counter keeps a read during which an
 *	  invalidation arrived from being kept: that read's snapshot may predate
 *	  the change.
 *
 * src/rules/catalogue.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/tableam.h"
#include "commands/trigger.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/inval.h"
#include "utils/numeric.h"
#include "utils/rel.h"

#include "registry/registry.h"
#include "registry/scan.h"
#include "rules/judge.h"
#include "vocabulary/fmgr.h"

static const struct
{
	const char *name;
	int			default_value;	/* used when the row is missing */
}			setting_defs[NUM_RULE_SETTINGS] = {
#define RULE_SETTING(id, name, default_value) {name, default_value},
	RULE_SETTING_LIST
#undef RULE_SETTING
};

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

/*
 * A number that changes whenever the rules or settings may have: every
 * invalidation of their tables (this transaction's own edits at the end of
 * the command, other sessions' once taken in).  The commit-time check
 * compares it to tell a check made by other rules from a current one.
 */
uint64
RulesCatalogueGeneration(void)
{
	return catalogue_generation;
}

/* The severities and thresholds as stored, in the snapshot. */
static void
read_tables(RulesCatalogue *cat, Snapshot snapshot)
{
	RegistryScan rule,
				setting;
	TableScanDesc seq;
	int			r;

	for (r = 0; r < NUM_RULES; r++)
		cat->severity[r] = RuleDefs[r].default_severity;
	for (r = 0; r < NUM_RULE_SETTINGS; r++)
		cat->settings[r] = setting_defs[r].default_value;

	RegistryScanOpen(&rule, "rule", NULL, NULL);
	seq = table_beginscan(rule.heap, snapshot, 0, NULL);
	while (table_scan_getnextslot(seq, ForwardScanDirection, rule.slot))
	{
		char	   *code = RegistryScanText(&rule, RegistryScanAttnum(&rule, "code"));
		VocabularyCode severity = RegistryScanCode(&rule,
												   RegistryScanAttnum(&rule, "severity"),
												   &SeverityVocabulary);
		const char *word = SeverityVocabulary.terms[severity].canonical;

		for (r = 0; r < NUM_RULES; r++)
			if (code != NULL && strcmp(RuleDefs[r].code, code) == 0)
				/* a severity this engine does not know is enforced */
				(void) RuleSeverityFromText(word, strlen(word), &cat->severity[r]);
	}
	table_endscan(seq);
	RegistryScanClose(&rule);

	RegistryScanOpen(&setting, "setting", NULL, NULL);
	seq = table_beginscan(setting.heap, snapshot, 0, NULL);
	while (table_scan_getnextslot(seq, ForwardScanDirection, setting.slot))
	{
		char	   *name = RegistryScanText(&setting, RegistryScanAttnum(&setting, "name"));
		bool		isnull;
		Datum		value = RegistryScanGet(&setting, RegistryScanAttnum(&setting, "value"),
											&isnull);

		if (isnull || name == NULL)
			continue;
		for (r = 0; r < NUM_RULE_SETTINGS; r++)
			if (strcmp(setting_defs[r].name, name) == 0)
				cat->settings[r] =
					DatumGetInt32(DirectFunctionCall1(numeric_int4,
													  DirectFunctionCall2(numeric_round, value,
																		  Int32GetDatum(0))));
	}
	table_endscan(seq);
	RegistryScanClose(&setting);
}

/*
 * Read the catalogue (see judge.h): cached, the per-backend copy of the
 * latest committed severities and thresholds (enforcement); otherwise
 * everything in the snapshot.  The required clause kinds are always read
 * in the snapshot.
 */
void
RulesReadCatalogue(RulesCatalogue *cat, Snapshot snapshot, bool cached)
{
	static bool callback_registered = false;
	uint64		generation;

	cat->required_kinds = FactsRequiredClauseKinds(snapshot, &cat->nrequired_kinds);
	if (!cached)
	{
		read_tables(cat, snapshot);
		return;
	}

	/*
	 * Take in other sessions' committed changes first, as a lock on the
	 * tables would: the copy must not lag behind what a query run now would
	 * read.
	 */
	AcceptInvalidationMessages();
	if (catalogue_cached)
	{
		memcpy(cat->severity, cached_severity, sizeof(cached_severity));
		memcpy(cat->settings, cached_settings, sizeof(cached_settings));
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
	generation = catalogue_generation;
	read_tables(cat, snapshot);
	if (generation == catalogue_generation)
	{
		memcpy(cached_severity, cat->severity, sizeof(cached_severity));
		memcpy(cached_settings, cat->settings, sizeof(cached_settings));
		catalogue_cached = true;
	}
}

PG_FUNCTION_INFO_V1(rules_catalogue_changed);

/*
 * AFTER INSERT OR UPDATE OR DELETE FOR EACH ROW (row triggers are what a
 * logical replication apply worker fires) and AFTER TRUNCATE on
 * partnership.rule and partnership.setting: every backend's copy of the
 * catalogue (above) is dropped, this one's at the end of the statement,
 * the others' when this transaction commits.
 */
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
