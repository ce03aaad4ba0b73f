/*-------------------------------------------------------------------------
 *
 * trigger_dates.c
 *	  Members' dates inside sensible bounds (doc/registry.md): nobody joins a
 *	  partnership after it has ended, nor more than a year before it starts;
 *	  and, from the partnership's side, its dates around the payments,
 *	  measurements and evaluation periods trigger_row_dates.c keeps within
 *	  them.
 *
 * The bounds are checked from both sides, so that neither order of edits
 * can break them: a member's joined_on against its partnership's starts_on
 * and ends_on (BEFORE INSERT OR UPDATE on member), and a partnership's
 * earlier ends_on or later starts_on against its members (BEFORE UPDATE OF
 * ends_on, starts_on on partnership).  The member side runs after the
 * registry's guard, which holds the partnership row FOR SHARE, so the two
 * sides wait for each other and each then reads what the other committed.
 *
 * Joining before starts_on is allowed on purpose: taking part in planning
 * before the start is the early involvement the rules reward.  Planning
 * starts in the year before (a regional work plan for year N is drawn up in
 * year N - 1), so the lower bound is starts_on less one calendar year: a
 * member "from 1900" of a partnership starting in 2025 is a typing error,
 * not early involvement.  left_on not before joined_on is a CHECK on member.
 *
 * src/registry/trigger_dates.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "storage/proc.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/rel.h"

#include "registry/lifecycle.h"
#include "messages.h"
#include "registry/registry.h"
#include "registry/scan.h"

PG_FUNCTION_INFO_V1(member_dates_trigger);
PG_FUNCTION_INFO_V1(partnership_dates_trigger);

/* Constraint name reported by both sides. */
#define MEMBER_DATES_CONSTRAINT "member_dates_within_partnership"

/*
 * The partnership's end as last read, valid for one command of one
 * (sub)transaction: a multi-row INSERT of members reads it once, and any
 * later command (which may have changed ends_on) reads it again.
 */
static struct
{
	bool		valid;
	int64		partnership_id;
	LocalTransactionId lxid;
	SubTransactionId subxid;
	CommandId	cid;
	bool		starts_on_null;
	DateADT		starts_on;
	bool		ends_on_null;
	DateADT		ends_on;
	char		code[NAMEDATALEN * 2];
}			end_cache;

/*
 * The first day of a partnership's planning, for one starting on
 * starts_on: the same day a calendar year before (28 February for 29
 * February); no bound (-infinity) for an infinite start.  Nobody joins
 * before it, and a partnership called off before its start ends no
 * earlier (trigger_span.c).
 */
DateADT
LifecyclePlanningStart(DateADT starts_on)
{
	int			year;
	int			month;
	int			day;
	DateADT		earliest;

	if (DATE_NOT_FINITE(starts_on))
	{
		DATE_NOBEGIN(earliest);
		return earliest;
	}
	j2date(starts_on + POSTGRES_EPOCH_JDATE, &year, &month, &day);
	if (month == 2 && day == 29)
		day = 28;
	return date2j(year - 1, month, day) - POSTGRES_EPOCH_JDATE;
}

/*
 * A member's joined_on, or its left_on (left), against the bounds of the
 * partnership in end_cache: not after ends_on, not before the planning.
 */
static void
CheckMemberDate(Relation rel, int attnum, DateADT day, bool left)
{
	if (!end_cache.ends_on_null && day > end_cache.ends_on)
		ereport(ERROR,
				errcode(ERRCODE_CHECK_VIOLATION),
				errmsg_cat(left ? MSG_MEMBER_LEAVES_AFTER_END : MSG_MEMBER_JOINS_AFTER_END,
						   end_cache.code),
				errdetail_cat(left ? MSG_MEMBER_LEAVES_AFTER_END_DETAIL :
							  MSG_MEMBER_JOINS_AFTER_END_DETAIL,
							  RegistryDateText(day), RegistryDateText(end_cache.ends_on)),
				errhint_cat(left ? MSG_MEMBER_LEAVES_AFTER_END_HINT :
							MSG_MEMBER_JOINS_AFTER_END_HINT),
				errtablecolconstraint(rel, attnum, MEMBER_DATES_CONSTRAINT));
	if (!end_cache.starts_on_null &&
		day < LifecyclePlanningStart(end_cache.starts_on))
		ereport(ERROR,
				errcode(ERRCODE_CHECK_VIOLATION),
				errmsg_cat(left ? MSG_MEMBER_LEAVES_BEFORE_PLANNING :
						   MSG_MEMBER_JOINS_BEFORE_PLANNING, end_cache.code),
				errdetail_cat(left ? MSG_MEMBER_LEAVES_BEFORE_PLANNING_DETAIL :
							  MSG_MEMBER_JOINS_BEFORE_PLANNING_DETAIL,
							  RegistryDateText(day),
							  RegistryDateText(LifecyclePlanningStart(end_cache.starts_on)),
							  RegistryDateText(end_cache.starts_on)),
				errhint_cat(left ? MSG_MEMBER_LEAVES_BEFORE_PLANNING_HINT :
							MSG_MEMBER_JOINS_BEFORE_PLANNING_HINT),
				errtablecolconstraint(rel, attnum, MEMBER_DATES_CONSTRAINT));
}

/*
 * BEFORE INSERT OR UPDATE FOR EACH ROW on member: joined_on and left_on must
 * be neither after the partnership's ends_on nor before
 * LifecyclePlanningStart(starts_on).
 */
Datum
member_dates_trigger(PG_FUNCTION_ARGS)
{
	static SPIPlanPtr plan = NULL;
	TriggerData *trigdata;
	Relation	rel;
	HeapTuple	tuple;
	Datum		joined_on;
	Datum		left_on;
	int			att_joined;
	int			att_left;
	bool		joined_null;
	bool		left_null;
	int64		partnership_id;

	trigdata = RegistryTriggerCheck(fcinfo, "member_dates_trigger", true, true,
									REGISTRY_ON_INSERT | REGISTRY_ON_UPDATE);
	if (RegistryRestoring())
		return RegistryPassThrough(trigdata);
	rel = trigdata->tg_relation;
	tuple = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ?
		trigdata->tg_newtuple : trigdata->tg_trigtuple;

	att_joined = RegistryAttnum(rel, "joined_on");
	att_left = RegistryAttnum(rel, "left_on");
	joined_on = RegistryGetAttr(tuple, rel, att_joined, &joined_null);
	left_on = RegistryGetAttr(tuple, rel, att_left, &left_null);
	if (joined_null && left_null)
		return PointerGetDatum(tuple);

	partnership_id = RegistryGetInt64(tuple, rel,
									  RegistryAttnum(rel, "partnership_id"));
	if (!(end_cache.valid && end_cache.partnership_id == partnership_id &&
		  end_cache.lxid == MyLocalTransactionId() &&
		  end_cache.subxid == GetCurrentSubTransactionId() &&
		  end_cache.cid == GetCurrentCommandId(false)))
	{
		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		RegistryExecuteById(&plan,
							"SELECT starts_on, ends_on, code FROM @extschema@.partnership"
							" WHERE id OPERATOR(pg_catalog.=) $1",
							partnership_id, 1);
		end_cache.starts_on_null = true;
		end_cache.ends_on_null = true;
		end_cache.code[0] = '\0';
		if (SPI_processed > 0)
		{
			Datum		starts_on = SPI_getbinval(SPI_tuptable->vals[0],
												  SPI_tuptable->tupdesc, 1,
												  &end_cache.starts_on_null);
			Datum		ends_on = SPI_getbinval(SPI_tuptable->vals[0],
												SPI_tuptable->tupdesc, 2,
												&end_cache.ends_on_null);

			if (!end_cache.starts_on_null)
				end_cache.starts_on = DatumGetDateADT(starts_on);
			if (!end_cache.ends_on_null)
				end_cache.ends_on = DatumGetDateADT(ends_on);
			strlcpy(end_cache.code,
					SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3),
					sizeof(end_cache.code));
		}
		SPI_finish();
		end_cache.valid = true;
		end_cache.partnership_id = partnership_id;
		end_cache.lxid = MyLocalTransactionId();
		end_cache.subxid = GetCurrentSubTransactionId();
		end_cache.cid = GetCurrentCommandId(false);
	}

	if (!joined_null)
		CheckMemberDate(rel, att_joined, DatumGetDateADT(joined_on), false);
	if (!left_null)
		CheckMemberDate(rel, att_left, DatumGetDateADT(left_on), true);
	return PointerGetDatum(tuple);
}

/*
 * One of the partnership's dates against its members: which column, which
 * way a move can break the bound, the member beyond the bound that the
 * message names (with how many there are), and the messages.
 */
typedef struct PartnershipDateBound
{
	const char *column;
	bool		later_breaks;	/* starts_on: a later one; ends_on: an earlier */
	bool		members;		/* members' joined_on; else the dated rows */
	const char *query;			/* $1 partnership, $2 the bound: the name, the
								 * day, how many, the table */
	MessageId	message;
	MessageId	detail;
	MessageId	hint;
} PartnershipDateBound;

static const PartnershipDateBound end_bound = {
	"ends_on", false, true,
	"SELECT pt.name, GREATEST(m.joined_on, m.left_on) AS day,"
	" pg_catalog.count(*) OVER (), 'member'"
	" FROM @extschema@.member m"
	" JOIN @extschema@.partner pt ON pt.id OPERATOR(pg_catalog.=) m.partner_id"
	" WHERE m.partnership_id OPERATOR(pg_catalog.=) $1"
	" AND GREATEST(m.joined_on, m.left_on) OPERATOR(pg_catalog.>) $2"
	" ORDER BY day DESC, pt.name LIMIT 1",
	MSG_PARTNERSHIP_ENDS_BEFORE_MEMBER,
	MSG_PARTNERSHIP_ENDS_BEFORE_MEMBER_DETAIL,
	MSG_PARTNERSHIP_ENDS_BEFORE_MEMBER_HINT
};

static const PartnershipDateBound start_bound = {
	"starts_on", true, true,
	"SELECT pt.name, LEAST(m.joined_on, m.left_on) AS day,"
	" pg_catalog.count(*) OVER (), 'member'"
	" FROM @extschema@.member m"
	" JOIN @extschema@.partner pt ON pt.id OPERATOR(pg_catalog.=) m.partner_id"
	" WHERE m.partnership_id OPERATOR(pg_catalog.=) $1"
	" AND LEAST(m.joined_on, m.left_on) OPERATOR(pg_catalog.<) $2"
	" ORDER BY day, pt.name LIMIT 1",
	MSG_PARTNERSHIP_STARTS_AFTER_MEMBER,
	MSG_PARTNERSHIP_STARTS_AFTER_MEMBER_DETAIL,
	MSG_PARTNERSHIP_STARTS_AFTER_MEMBER_HINT
};

/*
 * The dated rows (lifecycle.h) against a running partnership's dates; the
 * end of a final one is checked by the end itself (trigger_span.c).
 */
static const PartnershipDateBound end_rows_bound = {
	"ends_on", false, false,
	LIFECYCLE_DATED_ROWS(">") " ORDER BY w.day DESC, w.what LIMIT 1",
	MSG_PARTNERSHIP_ENDS_BEFORE_ROW,
	MSG_PARTNERSHIP_ENDS_BEFORE_ROW_DETAIL,
	MSG_PARTNERSHIP_ENDS_BEFORE_ROW_HINT
};

static const PartnershipDateBound start_rows_bound = {
	"starts_on", true, false,
	LIFECYCLE_DATED_ROWS("<") " ORDER BY w.day, w.what LIMIT 1",
	MSG_PARTNERSHIP_STARTS_AFTER_ROW,
	MSG_PARTNERSHIP_STARTS_AFTER_ROW_DETAIL,
	MSG_PARTNERSHIP_STARTS_AFTER_ROW_HINT
};

/*
 * The partnership's new date (b->column) keeps every member's joined_on
 * within its bound (not after ends_on, not before EarliestJoinedOn of
 * starts_on), or every dated row within the dates themselves.  Only a move
 * the bound's way (an earlier end, a later start, or a date newly set) can
 * break it, so any other move costs no query.
 */
static void
PartnershipDateAgainst(TriggerData *trigdata,
							  const PartnershipDateBound *b, SPIPlanPtr *plan)
{
	Relation	rel = trigdata->tg_relation;
	int			attnum = RegistryAttnum(rel, b->column);
	Datum		old_date;
	Datum		new_date;
	bool		old_null;
	bool		new_null;
	Datum		values[2];

	old_date = RegistryGetAttr(trigdata->tg_trigtuple, rel, attnum, &old_null);
	new_date = RegistryGetAttr(trigdata->tg_newtuple, rel, attnum, &new_null);
	if (new_null ||
		(!old_null && (b->later_breaks ?
					   DatumGetDateADT(new_date) <= DatumGetDateADT(old_date) :
					   DatumGetDateADT(new_date) >= DatumGetDateADT(old_date))))
		return;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (*plan == NULL)
	{
		Oid			argtypes[2] = {INT8OID, DATEOID};

		*plan = RegistryPreparePlan(b->query, 2, argtypes);
	}
	values[0] = Int64GetDatum(RegistryGetInt64(trigdata->tg_newtuple, rel,
											   RegistryAttnum(rel, "id")));
	values[1] = b->later_breaks && b->members ?
		DateADTGetDatum(LifecyclePlanningStart(DatumGetDateADT(new_date))) : new_date;
	RegistryExecute(*plan, values, NULL, 1);
	if (SPI_processed > 0)
	{
		bool		isnull;
		char	   *name = SPI_getvalue(SPI_tuptable->vals[0],
										SPI_tuptable->tupdesc, 1);
		Datum		joined_on = SPI_getbinval(SPI_tuptable->vals[0],
											  SPI_tuptable->tupdesc, 2, &isnull);
		int64		count = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0],
														SPI_tuptable->tupdesc, 3,
														&isnull));
		char	   *code = SPI_getvalue(trigdata->tg_newtuple,
										RelationGetDescr(rel),
										RegistryAttnum(rel, "code"));
		char		constraint[NAMEDATALEN * 2];

		/* the constraint name the row's own side reports */
		if (b->members)
			strlcpy(constraint, MEMBER_DATES_CONSTRAINT, sizeof(constraint));
		else
			snprintf(constraint, sizeof(constraint), "%s_within_partnership",
					 SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 4));
		ereport(ERROR,
				errcode(ERRCODE_CHECK_VIOLATION),
				errmsg_cat(b->message, code, RegistryDateText(DatumGetDateADT(new_date))),
				errdetail_cat_plural(b->detail, (unsigned long) count,
									 name, RegistryDateText(DatumGetDateADT(joined_on)), count,
									 RegistryDateText(DatumGetDateADT(values[1]))),
				errhint_cat(b->hint),
				errtableconstraint(rel, constraint));
	}
	SPI_finish();
}

/*
 * BEFORE UPDATE OF ends_on, starts_on FOR EACH ROW on partnership: the new
 * dates keep every member's joined_on inside its bounds, and every payment,
 * measurement and evaluation period inside the partnership's dates.
 */
Datum
partnership_dates_trigger(PG_FUNCTION_ARGS)
{
	static SPIPlanPtr end_plan = NULL;
	static SPIPlanPtr start_plan = NULL;
	static SPIPlanPtr end_rows_plan = NULL;
	static SPIPlanPtr start_rows_plan = NULL;
	TriggerData *trigdata;

	trigdata = RegistryTriggerCheck(fcinfo, "partnership_dates_trigger", true,
									true, REGISTRY_ON_UPDATE);
	if (RegistryRestoring())
		return RegistryPassThrough(trigdata);
	PartnershipDateAgainst(trigdata, &end_bound, &end_plan);
	PartnershipDateAgainst(trigdata, &start_bound, &start_plan);
	PartnershipDateAgainst(trigdata, &end_rows_bound, &end_rows_plan);
	PartnershipDateAgainst(trigdata, &start_rows_bound, &start_rows_plan);
	return PointerGetDatum(trigdata->tg_newtuple);
}
