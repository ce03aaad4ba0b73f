/*-------------------------------------------------------------------------
 *
 * trigger_catalogue.c
 *	  The dumpable catalogues: the tables the extension ships rows in
 *	  (clause_kind, criterion, rule, and the thresholds of setting), and
 *	  pg_dump.  Shipped rows carry builtin = true and are left out of dumps
 *	  (pg_extension_config_dump ... 'WHERE NOT builtin'), because the
 *	  install script re-creates them.  So that a DBA's edit of a shipped
 *	  row survives a dump and restore, one mechanism serves them all:
 *	  - the edit (BEFORE INSERT OR UPDATE) clears builtin when a shipped row
 *	    is changed, and lets no one but an extension script set it, so the
 *	    edited row is dumped;
 *	  - the merge (BEFORE INSERT, ENABLE ALWAYS so it also fires during a
 *	    restore with session_replication_role = replica) turns the restored
 *	    INSERT of an edited row into an UPDATE of the row the install script
 *	    has just created, instead of a duplicate key error.
 *	  The catalogues run them as two triggers (p10_builtin:
 *	  catalogue_edit_trigger, p05_merge: catalogue_merge_trigger), setting
 *	  as one (p05_merge: setting_merge, both steps).  What differs between
 *	  the tables is data, in dumpable_catalogues[] below, and one hook per
 *	  table for what else an edit changes (clause_kind: required_since); a
 *	  merge writes the restored row as it was dumped, without the hook.
 *
 * src/registry/trigger_catalogue.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "commands/extension.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/hsearch.h"
#include "utils/inval.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/rel.h"

#include "messages.h"
#include "partnership.h"
#include "registry/registry.h"

/*
 * What an UPDATE of one catalogue's row also changes, beyond builtin: the
 * new row to store.
 */
typedef HeapTuple (*CatalogueEditHook) (Relation rel, HeapTuple oldtup,
										HeapTuple newtup);

/* How one dumpable catalogue is merged. */
typedef struct DumpableCatalogue
{
	const char *table;
	const char *key;			/* the primary key column */
	bool		onto_builtin_only;	/* merge only onto a shipped row */
	const char *const *columns; /* columns a merge writes; NULL: all */
	CatalogueEditHook on_update;	/* NULL: none */
} DumpableCatalogue;

static HeapTuple ClauseKindRequiredSince(Relation rel, HeapTuple oldtup,
										 HeapTuple newtup);

/*
 * A restored setting writes its value and descriptions (its unit and
 * default are the extension's), onto the row of its name whether shipped
 * or already edited: the names are a fixed list.  A catalogue row writes
 * every column, onto the shipped row of its code only: another INSERT of
 * an existing code is a duplicate.
 */
static const char *const setting_columns[] = {
	"value", "description_en", "description_id", "builtin", NULL
};

static const DumpableCatalogue dumpable_catalogues[] = {
	{"clause_kind", "code", true, NULL, ClauseKindRequiredSince},
	{"criterion", "code", true, NULL, NULL},
	{"rule", "code", true, NULL, NULL},
	{"setting", "name", false, setting_columns, NULL},
};

/*
 * True while the merge writes a restored row: the row is the dump's as it
 * was, and no edit hook may change it.
 */
static bool merging = false;

/* The merge of a catalogue, or NULL for a table that only has the edit. */
static const DumpableCatalogue *
CatalogueFind(Relation rel)
{
	const char *name = RelationGetRelationName(rel);
	int			i;

	for (i = 0; i < lengthof(dumpable_catalogues); i++)
		if (strcmp(dumpable_catalogues[i].table, name) == 0)
			return &dumpable_catalogues[i];
	return NULL;
}

static const DumpableCatalogue *
CatalogueOf(Relation rel)
{
	const DumpableCatalogue *c = CatalogueFind(rel);

	if (c == NULL)
		elog(ERROR, "table \"%s\" is not a dumpable catalogue",
			 RelationGetRelationName(rel));
	return c;
}

/*
 * clause_kind: a kind that becomes required applies to the agreements
 * signed after the edit (doc/registry.md#making-a-clause-kind-required):
 * required_since is set to tomorrow, unless the same UPDATE sets it itself.
 * Not today: an agreement signed this morning, before the edit, would then
 * be judged by a kind it could not have known, and only an addendum would
 * clear it; one signed after the edit today held the kind anyway, since
 * signing asks for every required kind.
 */
static HeapTuple
ClauseKindRequiredSince(Relation rel, HeapTuple oldtup, HeapTuple newtup)
{
	int			att_required = RegistryAttnum(rel, "required");
	int			att_since = SPI_fnumber(RelationGetDescr(rel), "required_since");
	bool		isnull;
	bool		old_null;
	bool		new_null;
	Datum		old_since;
	Datum		new_since;
	int			cols[1];
	Datum		vals[1];
	bool		nulls[1] = {false};

	if (att_since <= 0)
		return newtup;			/* a 1.0.0 schema, not yet updated */
	if (DatumGetBool(RegistryGetAttr(oldtup, rel, att_required, &isnull)) ||
		!DatumGetBool(RegistryGetAttr(newtup, rel, att_required, &isnull)))
		return newtup;
	old_since = RegistryGetAttr(oldtup, rel, att_since, &old_null);
	new_since = RegistryGetAttr(newtup, rel, att_since, &new_null);
	if (old_null != new_null ||
		(!new_null && DatumGetDateADT(old_since) != DatumGetDateADT(new_since)))
		return newtup;
	cols[0] = att_since;
	vals[0] = DateADTGetDatum(RegistryToday() + 1);
	return heap_modify_tuple_by_cols(newtup, RelationGetDescr(rel), 1, cols,
									 vals, nulls);
}

/*
 * A code is the key the registry's rows refer to (ON UPDATE CASCADE):
 * renaming it rewrites the rows of every partnership, and the cascade runs
 * as the registry owner, past the institution guard.  With multi-institution
 * mode on, only a role that passes row-level security renames one
 * (doc/access.md).
 */
static void
CatalogueKeyChange(Relation rel, const DumpableCatalogue *c, HeapTuple oldtup,
				   HeapTuple newtup)
{
	int			att = RegistryAttnum(rel, c->key);
	char	   *oldkey = SPI_getvalue(oldtup, RelationGetDescr(rel), att);
	char	   *newkey = SPI_getvalue(newtup, RelationGetDescr(rel), att);

	if (oldkey == NULL || (newkey != NULL && strcmp(oldkey, newkey) == 0))
		return;
	/* the triggers' caches of codes (trigger_constraints.c) forget the old */
	CacheInvalidateRelcache(rel);
	if (InstitutionRestricted())
		ereport(ERROR,
				errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				errmsg_cat(MSG_INSTITUTION_CODE_CHANGE, oldkey,
						   RelationGetRelationName(rel)),
				errdetail_cat(MSG_INSTITUTION_CODE_CHANGE_DETAIL),
				errhint_cat(MSG_INSTITUTION_CODE_CHANGE_HINT),
				errtable(rel));
}

static HeapTuple
SetBuiltin(Relation rel, HeapTuple tuple, int attnum, bool value)
{
	int			cols[1] = {attnum};
	Datum		vals[1] = {BoolGetDatum(value)};
	bool		nulls[1] = {false};

	return heap_modify_tuple_by_cols(tuple, RelationGetDescr(rel), 1, cols,
									 vals, nulls);
}

/*
 * The edit: builtin is true only for unedited rows that an extension
 * script wrote.  Returns the row to store.
 */
static HeapTuple
CatalogueEdit(TriggerData *trigdata)
{
	Relation	rel = trigdata->tg_relation;
	int			attnum = RegistryAttnum(rel, "builtin");	/* cold path */
	bool		isnull;
	HeapTuple	newtup;

	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
	{
		newtup = trigdata->tg_trigtuple;
		if (!creating_extension &&
			DatumGetBool(RegistryGetAttr(newtup, rel, attnum, &isnull)))
			newtup = SetBuiltin(rel, newtup, attnum, false);
		return newtup;
	}

	newtup = trigdata->tg_newtuple;
	if (!creating_extension)
	{
		bool		oldbuiltin;
		int			except[1] = {attnum};

		oldbuiltin = DatumGetBool(RegistryGetAttr(trigdata->tg_trigtuple, rel,
												  attnum, &isnull));
		/* an edit of a shipped row makes it the DBA's, so it is dumped */
		if (oldbuiltin &&
			!RegistryTuplesEqualExcept(rel, trigdata->tg_trigtuple, newtup,
									   except, 1))
			oldbuiltin = false;
		if (DatumGetBool(RegistryGetAttr(newtup, rel, attnum, &isnull)) != oldbuiltin)
			newtup = SetBuiltin(rel, newtup, attnum, oldbuiltin);
	}
	if (!merging)
	{
		const DumpableCatalogue *c = CatalogueFind(rel);

		if (c != NULL)
			CatalogueKeyChange(rel, c, trigdata->tg_trigtuple, newtup);
		if (c != NULL && c->on_update != NULL)
			newtup = c->on_update(rel, trigdata->tg_trigtuple, newtup);
	}
	return newtup;
}

typedef struct MergePlan
{
	Oid			relid;
	SPIPlanPtr	plan;
} MergePlan;

static HTAB *merge_plans = NULL;

/* Is column name one the merge of catalogue c writes? */
static bool
MergeWrites(const DumpableCatalogue *c, const char *name)
{
	const char *const *col;

	if (strcmp(name, c->key) == 0)
		return false;
	if (c->columns == NULL)
		return true;
	for (col = c->columns; *col; col++)
		if (strcmp(*col, name) == 0)
			return true;
	return false;
}

/* UPDATE the row of the same key with the merged columns of $1. */
static SPIPlanPtr
MergePlanFor(Relation rel, const DumpableCatalogue *c)
{
	Oid			relid = RelationGetRelid(rel);
	MergePlan  *entry;
	TupleDesc	desc = RelationGetDescr(rel);
	StringInfoData cols;
	StringInfoData vals;
	StringInfoData sql;
	Oid			argtypes[1];
	int			i;

	if (merge_plans == NULL)
	{
		HASHCTL		ctl;

		ctl.keysize = sizeof(Oid);
		ctl.entrysize = sizeof(MergePlan);
		ctl.hcxt = TopMemoryContext;
		merge_plans = hash_create("partnership catalogue plans", 8, &ctl,
								  HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	entry = hash_search(merge_plans, &relid, HASH_FIND, NULL);
	if (entry != NULL)
		return entry->plan;

	initStringInfo(&cols);
	initStringInfo(&vals);
	for (i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);
		const char *name;

		if (att->attisdropped || att->attgenerated ||
			!MergeWrites(c, NameStr(att->attname)))
			continue;
		name = quote_identifier(NameStr(att->attname));
		if (cols.len > 0)
		{
			appendStringInfoString(&cols, ", ");
			appendStringInfoString(&vals, ", ");
		}
		appendStringInfoString(&cols, name);
		appendStringInfo(&vals, "($1).%s", name);
	}
	initStringInfo(&sql);
	appendStringInfo(&sql,
					 "UPDATE ONLY @extschema@.%s AS t SET (%s) = ROW(%s)"
					 " WHERE t.%s OPERATOR(pg_catalog.=) ($1).%s%s",
					 quote_identifier(RelationGetRelationName(rel)),
					 cols.data, vals.data,
					 quote_identifier(c->key), quote_identifier(c->key),
					 c->onto_builtin_only ? " AND t.builtin" : "");
	argtypes[0] = RelationGetForm(rel)->reltype;

	{
		SPIPlanPtr	plan = RegistryPreparePlan(sql.data, 1, argtypes);
		bool		found;

		entry = hash_search(merge_plans, &relid, HASH_ENTER, &found);
		entry->plan = plan;
	}
	return entry->plan;
}

/*
 * The merge: inserting a row whose key is an existing row's updates that
 * row instead.  Returns the row to insert, or NULL when it was merged.
 */
static HeapTuple
CatalogueMerge(Relation rel, HeapTuple tuple)
{
	const DumpableCatalogue *c = CatalogueOf(rel);
	Datum		values[1];
	bool		isnull;
	uint64		merged;

	if (creating_extension)
		return tuple;
	(void) RegistryGetAttr(tuple, rel, RegistryAttnum(rel, c->key), &isnull);
	if (isnull)
		return tuple;			/* the NOT NULL will refuse it */

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	values[0] = heap_copy_tuple_as_datum(tuple, RelationGetDescr(rel));
	merging = true;
	PG_TRY();
	{
		RegistryExecuteAsCaller(MergePlanFor(rel, c), values, NULL, 0);
	}
	PG_FINALLY();
	{
		merging = false;
	}
	PG_END_TRY();
	merged = SPI_processed;
	SPI_finish();
	return merged > 0 ? NULL : tuple;
}

/*
 * The names of the settings, as setting_name_check lists them (the
 * install script ships one row of each; a DBA edits their values).
 */
static const char *const setting_names[] = {
	"evaluation_interval_months", "expiry_warning_days", "final_report_days",
	"gap_threshold", "max_agreement_years", "min_respondents",
	"multi_institution", "notify_names", "operational_max_months",
	"strategic_min_months", NULL
};

static bool
SettingIsKnown(const char *name)
{
	int			i;

	for (i = 0; setting_names[i] != NULL; i++)
		if (strcmp(setting_names[i], name) == 0)
			return true;
	return false;
}

/*
 * A setting the extension does not have: refused in the registry's
 * words, with the names there are (a row without a name is left to the
 * NOT NULL).
 */
static void
SettingCheckName(Relation rel, HeapTuple tuple)
{
	bool		isnull;
	Datum		d = RegistryGetAttr(tuple, rel, RegistryAttnum(rel, "name"), &isnull);
	char	   *name;
	StringInfoData names;
	int			i;

	if (isnull)
		return;
	name = TextDatumGetCString(d);
	if (SettingIsKnown(name))
		return;
	initStringInfo(&names);
	for (i = 0; setting_names[i] != NULL; i++)
		appendStringInfo(&names, "%s%s", i ? ", " : "", setting_names[i]);
	ereport(ERROR,
			errcode(ERRCODE_CHECK_VIOLATION),
			errmsg_cat(MSG_CHECK_SETTING_NAME, PartnershipEchoInput(name, strlen(name))),
			errhint_cat(MSG_CHECK_SETTING_NAME_HINT, names.data),
			errtablecolconstraint(rel, RegistryAttnum(rel, "name"), "setting_name_check"));
}

/* code ~ '^[a-z][a-z0-9_]*$' (the codes of clause_kind, criterion, rule) */
static bool
CodeIsValid(const char *code)
{
	const char *p;

	if (!(code[0] >= 'a' && code[0] <= 'z'))
		return false;
	for (p = code + 1; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_'))
			return false;
	return true;
}

/* A numeric compared with a whole number. */
static int
NumericCmpInt(Datum n, int64 i)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, n,
											 NumericGetDatum(int64_to_numeric(i))));
}

/*
 * The CHECKs of a catalogue row that a DBA's edit can break, tested
 * before PostgreSQL tests them so that the error names the row, the value
 * and the fix in partnership.language, with the constraint's SQLSTATE and
 * name (as trigger_constraints.c does for the registry's tables; the
 * constraints stay as the backstop): a code's form, a criterion's weight,
 * a setting's range (setting_value_check: gap_threshold above 0 and at
 * most 4, the switches 0 or 1, the rest whole numbers from 1 to 100000).
 */
static void
CatalogueCheckRow(Relation rel, HeapTuple tuple)
{
	const char *table = RelationGetRelationName(rel);
	bool		isnull;
	Datum		d;
	char	   *code;

	if (strcmp(table, "setting") == 0)
	{
		int			att_value = RegistryAttnum(rel, "value");
		char	   *name;
		bool		ok;
		MessageId	hint;

		SettingCheckName(rel, tuple);
		d = RegistryGetAttr(tuple, rel, RegistryAttnum(rel, "name"), &isnull);
		if (isnull)
			return;
		name = TextDatumGetCString(d);
		d = RegistryGetAttr(tuple, rel, att_value, &isnull);
		if (isnull)
			return;
		if (strcmp(name, "gap_threshold") == 0)
		{
			ok = NumericCmpInt(d, 0) > 0 && NumericCmpInt(d, 4) <= 0;
			hint = MSG_CHECK_SETTING_GAP_HINT;
		}
		else if (strcmp(name, "multi_institution") == 0 ||
				 strcmp(name, "notify_names") == 0)
		{
			ok = NumericCmpInt(d, 0) == 0 || NumericCmpInt(d, 1) == 0;
			hint = MSG_CHECK_SETTING_SWITCH_HINT;
		}
		else
		{
			ok = NumericCmpInt(d, 1) >= 0 && NumericCmpInt(d, 100000) <= 0 &&
				DatumGetInt32(DirectFunctionCall2(numeric_cmp, d,
												  DirectFunctionCall2(numeric_trunc, d,
																	  Int32GetDatum(0)))) == 0;
			hint = MSG_CHECK_SETTING_WHOLE_HINT;
		}
		if (!ok)
			ereport(ERROR,
					errcode(ERRCODE_CHECK_VIOLATION),
					errmsg_cat(MSG_CHECK_SETTING_VALUE,
							   SPI_getvalue(tuple, RelationGetDescr(rel), att_value),
							   PartnershipEchoInput(name, strlen(name))),
					errhint_cat(hint, name),
					errtablecolconstraint(rel, att_value, "setting_value_check"));
		return;
	}
	if (strcmp(table, "clause_kind") != 0 && strcmp(table, "criterion") != 0 &&
		strcmp(table, "rule") != 0)
		return;
	d = RegistryGetAttr(tuple, rel, RegistryAttnum(rel, "code"), &isnull);
	if (isnull)
		return;					/* the NOT NULL refuses it */
	code = TextDatumGetCString(d);
	if (!CodeIsValid(code))
		ereport(ERROR,
				errcode(ERRCODE_CHECK_VIOLATION),
				errmsg_cat(MSG_CHECK_CATALOGUE_CODE,
						   PartnershipEchoInput(code, strlen(code)), table),
				errhint_cat(MSG_CHECK_CATALOGUE_CODE_HINT),
				errtablecolconstraint(rel, RegistryAttnum(rel, "code"),
									  psprintf("%s_code_check", table)));
	if (strcmp(table, "criterion") == 0)
	{
		int			att_weight = RegistryAttnum(rel, "weight");
		Numeric		n;

		d = RegistryGetAttr(tuple, rel, att_weight, &isnull);
		if (isnull)
			return;
		n = DatumGetNumeric(d);
		if (numeric_is_nan(n) || numeric_is_inf(n) || NumericCmpInt(d, 0) <= 0)
			ereport(ERROR,
					errcode(ERRCODE_CHECK_VIOLATION),
					errmsg_cat(MSG_CHECK_CRITERION_WEIGHT,
							   SPI_getvalue(tuple, RelationGetDescr(rel), att_weight),
							   PartnershipEchoInput(code, strlen(code))),
					errhint_cat(MSG_CHECK_CRITERION_WEIGHT_HINT),
					errtablecolconstraint(rel, att_weight, "criterion_weight_check"));
	}
}

PG_FUNCTION_INFO_V1(catalogue_edit_trigger);
PG_FUNCTION_INFO_V1(catalogue_merge_trigger);
PG_FUNCTION_INFO_V1(partnership_setting_merge);
PG_FUNCTION_INFO_V1(catalogue_forget_trigger);

/*
 * BEFORE INSERT OR UPDATE FOR EACH ROW on a catalogue (p10_builtin): the
 * edit.
 */
Datum
catalogue_edit_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;

	trigdata = RegistryTriggerCheck(fcinfo, "catalogue_edit_trigger", true,
									true, REGISTRY_ON_INSERT | REGISTRY_ON_UPDATE);
	if (RegistryRestoring())
		return RegistryPassThrough(trigdata);
	if (!creating_extension &&
		strcmp(RelationGetRelationName(trigdata->tg_relation), "term_alias") == 0)
		ImportCheckAlias(trigdata->tg_relation,
						 TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ?
						 trigdata->tg_newtuple : trigdata->tg_trigtuple);
	if (!creating_extension)
		CatalogueCheckRow(trigdata->tg_relation,
						  TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ?
						  trigdata->tg_newtuple : trigdata->tg_trigtuple);
	return PointerGetDatum(CatalogueEdit(trigdata));
}

/*
 * BEFORE INSERT FOR EACH ROW on a catalogue (p05_merge, ENABLE ALWAYS): the
 * merge.
 */
Datum
catalogue_merge_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;

	trigdata = RegistryTriggerCheck(fcinfo, "catalogue_merge_trigger", true,
									true, REGISTRY_ON_INSERT);
	return PointerGetDatum(CatalogueMerge(trigdata->tg_relation,
										  trigdata->tg_trigtuple));
}

/*
 * AFTER DELETE FOR EACH STATEMENT on clause_kind and criterion (p10_forget):
 * the triggers' caches of codes (trigger_constraints.c) forget every code,
 * in this session at once and in every other when the deletion commits, so
 * that a row naming a deleted code is refused in the registry's words
 * rather than by its foreign key.
 */
Datum
catalogue_forget_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;

	trigdata = RegistryTriggerCheck(fcinfo, "catalogue_forget_trigger", false,
									false, REGISTRY_ON_DELETE);
	CacheInvalidateRelcache(trigdata->tg_relation);
	return PointerGetDatum(NULL);
}

/*
 * BEFORE INSERT OR UPDATE FOR EACH ROW on setting (p05_merge, ENABLE
 * ALWAYS), the SQL function setting_merge(): the edit, then for an INSERT
 * the merge.
 */
Datum
partnership_setting_merge(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;
	HeapTuple	tuple;

	trigdata = RegistryTriggerCheck(fcinfo, "setting_merge", true, true,
									REGISTRY_ON_INSERT | REGISTRY_ON_UPDATE);
	if (!creating_extension && !RegistryRestoring())
		CatalogueCheckRow(trigdata->tg_relation,
						  TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ?
						  trigdata->tg_newtuple : trigdata->tg_trigtuple);
	tuple = CatalogueEdit(trigdata);
	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
	{
		tuple = CatalogueMerge(trigdata->tg_relation, tuple);
	}
	return PointerGetDatum(tuple);
}
