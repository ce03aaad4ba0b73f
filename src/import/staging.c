/*-------------------------------------------------------------------------
 *
 * staging.c
 *	  Who staged a row of the import's staging tables (partnership_import.*,
 *	  doc/import.md#the-staging-tables).  A BEFORE ROW trigger records the
 *	  current user as staged_by on every insert, whatever the row says, so
 *	  that no role stages rows in another's name for that role's import();
 *	  an update keeps the row's staged_by.  With multi-institution mode on,
 *	  a role changes or deletes only the rows it staged itself (a superuser
 *	  or the registry owner any): the tables are one scratch space that
 *	  every write role shares, since \copy refuses a table under row-level
 *	  security (doc/access.md#the-imports-staging-sheets).
 *
 * src/import/staging.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "commands/trigger.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/rel.h"

#include "messages.h"
#include "registry.h"

PG_FUNCTION_INFO_V1(import_staging_trigger);

/*
 * BEFORE INSERT OR UPDATE OR DELETE FOR EACH ROW on each staging table.
 */
Datum
import_staging_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;
	Relation	rel;
	TupleDesc	desc;
	int			att;
	int			cols[1];
	Datum		vals[1];
	bool		nulls[1] = {false};
	NameData	me;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg_cat(MSG_TRIGGER_NOT_TRIGGER, "import_staging_trigger"));
	trigdata = (TriggerData *) fcinfo->context;
	rel = trigdata->tg_relation;
	RegistryCheckOwnStagingTable(rel, MessageFormat(MSG_TRIGGER_FUNCTION, 1,
													"import_staging_trigger"));
	if (!TRIGGER_FIRED_BEFORE(trigdata->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(trigdata->tg_event) ||
		TRIGGER_FIRED_BY_TRUNCATE(trigdata->tg_event))
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg_cat(MSG_TRIGGER_WRONG_EVENT, "import_staging_trigger"));
	if (RegistryRestoring())
		return RegistryPassThrough(trigdata);
	desc = RelationGetDescr(rel);
	att = RegistryAttnum(rel, "staged_by");
	namestrcpy(&me, GetUserNameFromId(GetUserId(), false));
	cols[0] = att;

	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
	{
		vals[0] = NameGetDatum(&me);
		return PointerGetDatum(heap_modify_tuple_by_cols(trigdata->tg_trigtuple,
														 desc, 1, cols, vals,
														 nulls));
	}

	/* UPDATE or DELETE: the row's own role, unless the mode is off */
	if (InstitutionRestricted())
	{
		bool		isnull;
		Datum		owner = heap_getattr(trigdata->tg_trigtuple, att, desc, &isnull);

		if (isnull || strcmp(NameStr(*DatumGetName(owner)), NameStr(me)) != 0)
			ereport(ERROR,
					errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
					errmsg_cat(MSG_IMPORT_STAGED_OTHER, RelationGetRelationName(rel),
							   isnull ? "-" : NameStr(*DatumGetName(owner))),
					errdetail_cat(MSG_IMPORT_STAGED_OTHER_DETAIL),
					errhint_cat(MSG_IMPORT_STAGED_OTHER_HINT),
					errtable(rel));
	}
	if (TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
		return PointerGetDatum(trigdata->tg_trigtuple);

	/* an update keeps who staged the row */
	{
		bool		isnull;

		vals[0] = heap_getattr(trigdata->tg_trigtuple, att, desc, &isnull);
		nulls[0] = isnull;
		return PointerGetDatum(heap_modify_tuple_by_cols(trigdata->tg_newtuple,
														 desc, 1, cols, vals,
														 nulls));
	}
}
