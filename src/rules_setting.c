/*-------------------------------------------------------------------------
 *
 * rules_setting.c
 *	  The trigger that keeps the thresholds table partnership.setting
 *	  dumpable: shipped rows carry builtin = true and are not dumped; an
 *	  edit clears builtin so that pg_dump keeps it; and an INSERT of a name
 *	  that already exists (pg_restore bringing back an edit after CREATE
 *	  EXTENSION re-created the shipped row) is folded onto that row.
 *
 * src/rules_setting.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "commands/extension.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/rel.h"

#include "registry.h"

static SPIPlanPtr merge_plan = NULL;

static const char *const merge_query =
"UPDATE @extschema@.setting"
" SET value = $2, description_en = $3, description_id = $4, builtin = $5"
" WHERE name OPERATOR(pg_catalog.=) $1";

/* True when two tuples differ in any column but builtin. */
static bool
edited(HeapTuple oldtuple, HeapTuple newtuple, TupleDesc tupdesc, int builtin)
{
	int			i;

	for (i = 1; i <= tupdesc->natts; i++)
	{
		char	   *a,
				   *b;

		if (i == builtin || TupleDescAttr(tupdesc, i - 1)->attisdropped)
			continue;
		a = SPI_getvalue(oldtuple, tupdesc, i);
		b = SPI_getvalue(newtuple, tupdesc, i);
		if ((a == NULL) != (b == NULL) || (a != NULL && strcmp(a, b) != 0))
			return true;
	}
	return false;
}

PG_FUNCTION_INFO_V1(partnership_setting_merge);

/*
 * BEFORE INSERT OR UPDATE row trigger on partnership.setting.
 */
Datum
partnership_setting_merge(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;
	TupleDesc	tupdesc;
	int			builtin;
	int			name_col,
				value_col,
				en_col,
				id_col;
	bool		isnull;

	trigdata = RegistryTriggerCheck(fcinfo, "partnership_setting_merge", true,
									true, REGISTRY_ON_INSERT | REGISTRY_ON_UPDATE);

	tupdesc = RelationGetDescr(trigdata->tg_relation);
	builtin = SPI_fnumber(tupdesc, "builtin");
	name_col = SPI_fnumber(tupdesc, "name");
	value_col = SPI_fnumber(tupdesc, "value");
	en_col = SPI_fnumber(tupdesc, "description_en");
	id_col = SPI_fnumber(tupdesc, "description_id");
	if (builtin <= 0 || name_col <= 0 || value_col <= 0 || en_col <= 0 ||
		id_col <= 0)
		elog(ERROR, "table \"%s\" is not shaped like partnership.setting",
			 RelationGetRelationName(trigdata->tg_relation));

	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		HeapTuple	oldtuple = trigdata->tg_trigtuple;
		HeapTuple	newtuple = trigdata->tg_newtuple;
		bool		old_builtin = DatumGetBool(heap_getattr(oldtuple, builtin, tupdesc, &isnull));
		bool		new_builtin = DatumGetBool(heap_getattr(newtuple, builtin, tupdesc, &isnull));

		/*
		 * An edit of a shipped row makes it the DBA's, hence dumped; only
		 * an extension script may mark a row shipped.
		 */
		if (new_builtin && !creating_extension &&
			(!old_builtin || edited(oldtuple, newtuple, tupdesc, builtin)))
		{
			int			cols[1] = {builtin};
			Datum		values[1] = {BoolGetDatum(false)};
			bool		nulls[1] = {false};

			newtuple = heap_modify_tuple_by_cols(newtuple, tupdesc, 1, cols,
												 values, nulls);
		}
		return PointerGetDatum(newtuple);
	}

	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
	{
		HeapTuple	tuple = trigdata->tg_trigtuple;
		Datum		values[5];
		char		nulls[5];
		int			cols[5] = {name_col, value_col, en_col, id_col, builtin};
		bool		merged;
		int			i;

		for (i = 0; i < 5; i++)
		{
			values[i] = heap_getattr(tuple, cols[i], tupdesc, &isnull);
			nulls[i] = isnull ? 'n' : ' ';
		}
		if (nulls[0] == 'n')
			return PointerGetDatum(tuple);	/* the NOT NULL will complain */
		if (!creating_extension && nulls[4] == ' ' && DatumGetBool(values[4]))
		{
			int			bcols[1] = {builtin};
			Datum		bvalues[1] = {BoolGetDatum(false)};
			bool		bnulls[1] = {false};

			/* only an extension script may mark a row shipped */
			tuple = heap_modify_tuple_by_cols(tuple, tupdesc, 1, bcols,
											  bvalues, bnulls);
			values[4] = BoolGetDatum(false);
		}

		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		if (merge_plan == NULL)
		{
			Oid			types[5] = {TEXTOID, NUMERICOID, TEXTOID, TEXTOID, BOOLOID};

			merge_plan = RegistryPreparePlan(merge_query, 5, types);
		}
		if (RegistryExecuteAsCaller(merge_plan, values, nulls, 0) != SPI_OK_UPDATE)
			elog(ERROR, "setting merge query failed");
		merged = SPI_processed > 0;
		SPI_finish();

		/* Folded onto the existing row: skip the insert itself. */
		if (merged)
			return PointerGetDatum(NULL);
		return PointerGetDatum(tuple);
	}

	return PointerGetDatum(trigdata->tg_trigtuple);
}
