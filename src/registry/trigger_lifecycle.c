/*-------------------------------------------------------------------------
 *
 * trigger_lifecycle.c
 *	  The partnership lifecycle (doc/registry.md): the status transitions a
 *	  partnership may make, the government owner, and the guard that makes
 *	  a completed or terminated partnership and every row that belongs to it
 *	  read-only.  The guard locks the partnership row FOR SHARE before it
 *	  reads the status, so a concurrent move into a final status and a change
 *	  of one of its rows are serialized: whichever commits second sees the
 *	  other.  Within one (sub)transaction the lock is held, so the status read
 *	  under it is cached and bulk loads pay for one lock per partnership.
 *
 * src/registry/trigger_lifecycle.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "storage/lmgr.h"
#include "storage/proc.h"
#include "utils/builtins.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "registry/lifecycle.h"
#include "messages.h"
#include "registry/registry.h"
#include "registry/scan.h"
#include "rules/rules.h"
#include "vocabulary/fmgr.h"

PG_FUNCTION_INFO_V1(partnership_lifecycle_trigger);
PG_FUNCTION_INFO_V1(partnership_guard_trigger);
PG_FUNCTION_INFO_V1(partner_owner_trigger);
PG_FUNCTION_INFO_V1(partner_tree_trigger);
PG_FUNCTION_INFO_V1(partner_tree_insert_trigger);
PG_FUNCTION_INFO_V1(registry_truncate_trigger);

/* Allowed next statuses, as bit masks over partnership_status codes. */
#define PS_BIT(s) (1U << (s))
static const uint32 allowed_next[] = {
	[PARTNERSHIP_STATUS_DRAFT] = PS_BIT(PARTNERSHIP_STATUS_PROPOSED),
	[PARTNERSHIP_STATUS_PROPOSED] = PS_BIT(PARTNERSHIP_STATUS_DRAFT) |
	PS_BIT(PARTNERSHIP_STATUS_ACTIVE),
	[PARTNERSHIP_STATUS_ACTIVE] = PS_BIT(PARTNERSHIP_STATUS_SUSPENDED) |
	PS_BIT(PARTNERSHIP_STATUS_COMPLETED) | PS_BIT(PARTNERSHIP_STATUS_TERMINATED),
	[PARTNERSHIP_STATUS_SUSPENDED] = PS_BIT(PARTNERSHIP_STATUS_ACTIVE) |
	PS_BIT(PARTNERSHIP_STATUS_COMPLETED) | PS_BIT(PARTNERSHIP_STATUS_TERMINATED),
	[PARTNERSHIP_STATUS_COMPLETED] = 0,
	[PARTNERSHIP_STATUS_TERMINATED] = 0,
};

static const char *
StatusName(VocabularyCode code)
{
	if (!VocabularyCodeIsValid(&PartnershipStatusVocabulary, code))
		elog(ERROR, "invalid partnership_status code %d", (int) code);
	return PartnershipStatusVocabulary.terms[code].canonical;
}

/* "proposed, active" for the hint; "none" when final. */
static char *
AllowedNextList(VocabularyCode from)
{
	StringInfoData buf;
	int			s;

	initStringInfo(&buf);
	for (s = 0; s < PartnershipStatusVocabulary.nterms; s++)
	{
		if ((allowed_next[from] & PS_BIT(s)) == 0)
			continue;
		if (buf.len > 0)
			appendStringInfoString(&buf, ", ");
		appendStringInfoString(&buf, StatusName(s));
	}
	return buf.data;
}

/* ----------------------------------------------------------------
 * The guard: lock a partnership FOR SHARE and refuse final ones
 * ----------------------------------------------------------------
 */

static int	GuardAttnum(Relation rel);

static bool guard_cached = false;
static int64 guard_id;
static LocalTransactionId guard_lxid;
static SubTransactionId guard_subxid;
static VocabularyCode guard_status;

/* Forget the cached status (our own transaction changed a partnership). */
void
RegistryForgetPartnership(void)
{
	guard_cached = false;
}

/*
 * Lock partnership_id FOR SHARE and return its status; raise 55000 when it
 * is final.  rel names the table being written, for the message (and its
 * partnership_id column, which an import names its cell by).  A missing
 * partnership is left to the foreign key (returns draft).
 */
VocabularyCode
RegistryLockPartnership(int64 partnership_id, Relation rel)
{
	static SPIPlanPtr plan = NULL;
	VocabularyCode status;
	char	   *code;
	bool		isnull;

	if (guard_cached && guard_id == partnership_id &&
		guard_lxid == MyLocalTransactionId() &&
		guard_subxid == GetCurrentSubTransactionId())
		return guard_status;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	RegistryExecuteById(&plan,
						"SELECT status, code FROM @extschema@.partnership"
						" WHERE id OPERATOR(pg_catalog.=) $1 FOR SHARE",
						partnership_id, 1);
	if (SPI_processed == 0)
	{
		SPI_finish();
		return PARTNERSHIP_STATUS_DRAFT;
	}
	status = DatumGetVocabularyCode(SPI_getbinval(SPI_tuptable->vals[0],
												  SPI_tuptable->tupdesc, 1,
												  &isnull));
	if (PartnershipStatusIsFinal(status))
	{
		code = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2);
		/* the window for the final report (trigger_span.c); not cached */
		if (LifecycleAfterEndAllows(rel, partnership_id, code, StatusName(status)))
		{
			SPI_finish();
			return status;
		}
		ereport(ERROR,
				errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				errmsg_cat(MSG_PARTNERSHIP_READ_ONLY_ROWS,
						   code, StatusName(status), RelationGetRelationName(rel)),
				errdetail_cat(MSG_PARTNERSHIP_READ_ONLY_DETAIL),
				errtablecol(rel, GuardAttnum(rel)));
	}
	SPI_finish();

	guard_cached = true;
	guard_id = partnership_id;
	guard_lxid = MyLocalTransactionId();
	guard_subxid = GetCurrentSubTransactionId();
	guard_status = status;
	return status;
}

/*
 * Column partnership_id, per table (the guard serves every child table),
 * and whether the rules' commit-time check watches the table (it has a
 * rules_enforce trigger): only then is a row written a change the check
 * must see (RulesNoteChange).
 */
#define GUARD_CACHE_SIZE 32
static struct
{
	Oid			relid;
	int			attnum;
	bool		ruled;
}			guard_attnums[GUARD_CACHE_SIZE];

static int
GuardSlot(Relation rel)
{
	Oid			relid = RelationGetRelid(rel);
	TriggerDesc *trigdesc = rel->trigdesc;
	int			i;
	int			t;

	for (i = 0; i < GUARD_CACHE_SIZE && guard_attnums[i].relid != InvalidOid; i++)
		if (guard_attnums[i].relid == relid)
			return i;
	if (i == GUARD_CACHE_SIZE)
		i = 0;					/* full: recycle (only after many re-creations) */
	guard_attnums[i].relid = relid;
	guard_attnums[i].attnum = RegistryAttnum(rel, "partnership_id");
	guard_attnums[i].ruled = false;
	for (t = 0; trigdesc != NULL && t < trigdesc->numtriggers; t++)
		if (strcmp(trigdesc->triggers[t].tgname, "rules_enforce") == 0)
			guard_attnums[i].ruled = true;
	return i;
}

static int
GuardAttnum(Relation rel)
{
	return guard_attnums[GuardSlot(rel)].attnum;
}

/* A row of partnership_id in rel is being written: tell the rules. */
static void
GuardNoteChange(Relation rel, int64 partnership_id)
{
	if (guard_attnums[GuardSlot(rel)].ruled)
		RulesNoteChange(partnership_id);
}

/*
 * BEFORE INSERT OR UPDATE OR DELETE FOR EACH ROW on every table that
 * carries partnership_id: the rows of a completed or terminated partnership
 * are read-only.
 */
Datum
partnership_guard_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;
	Relation	rel;
	int			attnum;
	HeapTuple	result;

	trigdata = RegistryTriggerCheck(fcinfo, "partnership_guard_trigger", true,
									true, REGISTRY_ON_INSERT | REGISTRY_ON_UPDATE |
									REGISTRY_ON_DELETE);
	if (RegistryRestoring())
		return RegistryPassThrough(trigdata);
	rel = trigdata->tg_relation;
	attnum = GuardAttnum(rel);

	/* (the rules' commit-time check must see the row: GuardNoteChange) */
	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
	{
		result = trigdata->tg_trigtuple;
		GuardNoteChange(rel, RegistryGetInt64(result, rel, attnum));
		if (PartnershipStatusIsFinal(RegistryLockPartnership(RegistryGetInt64(result, rel, attnum), rel)))
			LifecycleAfterEndCheckRow(rel, result, NULL, false,
									  RegistryGetInt64(result, rel, attnum));
		RegistryCheckRow(rel, NULL, result, true);
	}
	else if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		int64		oldid = RegistryGetInt64(trigdata->tg_trigtuple, rel, attnum);
		int64		newid;

		result = trigdata->tg_newtuple;
		newid = RegistryGetInt64(result, rel, attnum);
		GuardNoteChange(rel, oldid);
		GuardNoteChange(rel, newid);
		/* inside the window for the final report: old and new row both */
		if (PartnershipStatusIsFinal(RegistryLockPartnership(oldid, rel)))
		{
			LifecycleAfterEndCheckRow(rel, trigdata->tg_trigtuple, NULL, true,
									  oldid);
			if (newid == oldid)
				LifecycleAfterEndCheckRow(rel, result, trigdata->tg_trigtuple,
										  false, newid);
		}
		if (newid != oldid &&
			PartnershipStatusIsFinal(RegistryLockPartnership(newid, rel)))
			LifecycleAfterEndCheckRow(rel, result, NULL, false, newid);
		RegistryCheckRow(rel, trigdata->tg_trigtuple, result, true);
	}
	else
	{
		result = trigdata->tg_trigtuple;
		GuardNoteChange(rel, RegistryGetInt64(result, rel, attnum));
		if (PartnershipStatusIsFinal(RegistryLockPartnership(RegistryGetInt64(result, rel, attnum), rel)))
			LifecycleAfterEndCheckRow(rel, result, NULL, true,
									  RegistryGetInt64(result, rel, attnum));
	}
	return PointerGetDatum(result);
}

/*
 * BEFORE TRUNCATE statement trigger on every registry table: TRUNCATE
 * would remove rows without the guards' checks and without an audit row,
 * so it is refused; DELETE does the same with both.  A superuser's
 * pg_restore passes, as through every other trigger.
 */
Datum
registry_truncate_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;

	trigdata = RegistryTriggerCheck(fcinfo, "registry_truncate_trigger", true,
									false, REGISTRY_ON_TRUNCATE);
	if (RegistryRestoring())
		return PointerGetDatum(NULL);
	ereport(ERROR,
			errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			errmsg_cat(MSG_REGISTRY_NO_TRUNCATE,
					   RelationGetRelationName(trigdata->tg_relation)),
			errdetail_cat(MSG_REGISTRY_NO_TRUNCATE_DETAIL),
			errhint_cat(MSG_REGISTRY_NO_TRUNCATE_HINT),
			errtable(trigdata->tg_relation));
	PG_RETURN_NULL();			/* keep compiler quiet */
}

/* ----------------------------------------------------------------
 * The partnership row itself
 * ----------------------------------------------------------------
 */

/* The owner must be a government partner (23514 partnership_owner_government). */
static void
CheckOwnerIsGovernment(Relation rel, int64 owner_id, const char *code)
{
	static SPIPlanPtr plan = NULL;
	bool		isnull;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	RegistryExecuteById(&plan,
						"SELECT sector, name FROM @extschema@.partner"
						" WHERE id OPERATOR(pg_catalog.=) $1 FOR SHARE",
						owner_id, 1);
	if (SPI_processed > 0)
	{
		VocabularyCode sector;

		sector = DatumGetVocabularyCode(SPI_getbinval(SPI_tuptable->vals[0],
													  SPI_tuptable->tupdesc, 1,
													  &isnull));
		if (sector != SECTOR_GOVERNMENT)
			ereport(ERROR,
					errcode(ERRCODE_CHECK_VIOLATION),
					errmsg_cat(MSG_PARTNERSHIP_OWNER_GOVERNMENT, code),
					errdetail_cat(MSG_PARTNERSHIP_OWNER_GOVERNMENT_DETAIL,
								  SPI_getvalue(SPI_tuptable->vals[0],
											   SPI_tuptable->tupdesc, 2),
								  SectorVocabulary.terms[sector].canonical),
					errhint_cat(MSG_PARTNERSHIP_OWNER_GOVERNMENT_HINT),
					errtablecolconstraint(rel, RegistryAttnum(rel, "owner_id"),
										  "partnership_owner_government"));
	}
	SPI_finish();
}

/*
 * BEFORE INSERT OR UPDATE OR DELETE FOR EACH ROW on partnership: status
 * transitions, read-only final partnerships, government owner.
 */
Datum
partnership_lifecycle_trigger(PG_FUNCTION_ARGS)
{
	static Oid	cached_relid = InvalidOid;
	static int	att_status;
	static int	att_code;
	static int	att_owner;
	static int	att_id;
	TriggerData *trigdata;
	Relation	rel;
	HeapTuple	oldtup = NULL;
	HeapTuple	newtup = NULL;
	bool		isnull;
	char	   *code;

	trigdata = RegistryTriggerCheck(fcinfo, "partnership_lifecycle_trigger",
									true, true, REGISTRY_ON_INSERT |
									REGISTRY_ON_UPDATE | REGISTRY_ON_DELETE);
	if (RegistryRestoring())
		return RegistryPassThrough(trigdata);
	rel = trigdata->tg_relation;
	if (cached_relid != RelationGetRelid(rel))
	{
		att_status = RegistryAttnum(rel, "status");
		att_code = RegistryAttnum(rel, "code");
		att_owner = RegistryAttnum(rel, "owner_id");
		att_id = RegistryAttnum(rel, "id");
		cached_relid = RelationGetRelid(rel);
	}

	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
		newtup = trigdata->tg_trigtuple;
	else if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		oldtup = trigdata->tg_trigtuple;
		newtup = trigdata->tg_newtuple;
	}
	else
		oldtup = trigdata->tg_trigtuple;
	(void) RegistryGetAttr(newtup ? newtup : oldtup, rel, att_id, &isnull);
	if (!isnull)
		RulesNoteChange(RegistryGetInt64(newtup ? newtup : oldtup, rel, att_id));

	code = SPI_getvalue(newtup ? newtup : oldtup, RelationGetDescr(rel), att_code);

	if (oldtup == NULL)
	{
		/* INSERT: a partnership starts as a draft or a proposal */
		VocabularyCode status;

		status = DatumGetVocabularyCode(RegistryGetAttr(newtup, rel, att_status,
														&isnull));
		if (!isnull && status != PARTNERSHIP_STATUS_DRAFT &&
			status != PARTNERSHIP_STATUS_PROPOSED)
			ereport(ERROR,
					errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					errmsg_cat(MSG_PARTNERSHIP_START_STATUS,
							   code, StatusName(status)),
					errdetail_cat(MSG_PARTNERSHIP_START_STATUS_DETAIL),
					errhint_cat(MSG_PARTNERSHIP_START_STATUS_HINT));
	}
	else
	{
		VocabularyCode oldstatus;

		oldstatus = DatumGetVocabularyCode(RegistryGetAttr(oldtup, rel,
														   att_status, &isnull));
		/* our own transaction may change what the guard cached */
		RegistryForgetPartnership();

		if (PartnershipStatusIsFinal(oldstatus))
		{
			VocabularyCode newstatus = oldstatus;

			if (newtup != NULL)
				newstatus = DatumGetVocabularyCode(RegistryGetAttr(newtup, rel,
																   att_status,
																   &isnull));
			/* a move out of a final status names both, as every refused move */
			if (newstatus != oldstatus)
				ereport(ERROR,
						errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
						errmsg_cat(MSG_PARTNERSHIP_STATUS_MOVE,
								   code, StatusName(oldstatus), StatusName(newstatus)),
						errdetail_cat(MSG_PARTNERSHIP_READ_ONLY_DETAIL));
			ereport(ERROR,
					errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					errmsg_cat(newtup ? MSG_PARTNERSHIP_FINAL_CHANGE :
							   MSG_PARTNERSHIP_FINAL_DELETE,
							   code, StatusName(oldstatus)),
					errdetail_cat(MSG_PARTNERSHIP_READ_ONLY_DETAIL));
		}

		if (newtup != NULL)
		{
			VocabularyCode newstatus;

			newstatus = DatumGetVocabularyCode(RegistryGetAttr(newtup, rel,
															   att_status,
															   &isnull));
			if (newstatus != oldstatus &&
				(allowed_next[oldstatus] & PS_BIT(newstatus)) == 0)
				ereport(ERROR,
						errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
						errmsg_cat(MSG_PARTNERSHIP_STATUS_MOVE,
								   code, StatusName(oldstatus), StatusName(newstatus)),
						errdetail_cat(MSG_PARTNERSHIP_STATUS_MOVE_DETAIL),
						errhint_cat(MSG_PARTNERSHIP_STATUS_MOVE_HINT,
									StatusName(oldstatus), AllowedNextList(oldstatus)));
		}
	}

	/* the owner, when set or changed, is a government partner */
	if (newtup != NULL)
	{
		Datum		owner = RegistryGetAttr(newtup, rel, att_owner, &isnull);

		if (!isnull)
		{
			bool		oldnull = true;
			Datum		oldowner = 0;

			if (oldtup != NULL)
				oldowner = RegistryGetAttr(oldtup, rel, att_owner, &oldnull);
			if (oldnull || DatumGetInt64(oldowner) != DatumGetInt64(owner))
				CheckOwnerIsGovernment(rel, DatumGetInt64(owner), code);
		}
	}

	if (newtup != NULL)
		RegistryCheckRow(rel, oldtup, newtup, false);
	return PointerGetDatum(newtup ? newtup : oldtup);
}

/*
 * BEFORE UPDATE FOR EACH ROW on partner: a partner that owns partnerships
 * stays in the government sector.
 */
Datum
partner_owner_trigger(PG_FUNCTION_ARGS)
{
	static Oid	cached_relid = InvalidOid;
	static int	att_id;
	static int	att_sector;
	static SPIPlanPtr plan = NULL;
	static SPIPlanPtr lock_plan = NULL;
	static SPIPlanPtr share_plan = NULL;
	TriggerData *trigdata;
	Relation	rel;
	bool		isnull;
	VocabularyCode oldsector;
	VocabularyCode newsector;

	trigdata = RegistryTriggerCheck(fcinfo, "partner_owner_trigger", true,
									true, REGISTRY_ON_UPDATE);
	if (RegistryRestoring())
		return RegistryPassThrough(trigdata);
	rel = trigdata->tg_relation;
	if (cached_relid != RelationGetRelid(rel))
	{
		att_id = RegistryAttnum(rel, "id");
		att_sector = RegistryAttnum(rel, "sector");
		cached_relid = RelationGetRelid(rel);
	}

	oldsector = DatumGetVocabularyCode(RegistryGetAttr(trigdata->tg_trigtuple,
													   rel, att_sector, &isnull));
	newsector = DatumGetVocabularyCode(RegistryGetAttr(trigdata->tg_newtuple,
													   rel, att_sector, &isnull));
	if (oldsector == newsector)
		return PointerGetDatum(trigdata->tg_newtuple);
	RulesNoteSectorChange(RegistryGetInt64(trigdata->tg_newtuple, rel, att_id));

	/*
	 * A new sector changes what every partnership the partner belongs to
	 * is judged on (cross_sector, government_member, ...), and a
	 * partnership's checks read the member's partner unlocked.  Lock the
	 * row FOR UPDATE, which conflicts with the FOR KEY SHARE lock that a
	 * new member's or owner's foreign key takes on it: a transaction
	 * adding this partner somewhere waits for this one to end, or this one
	 * for it, so that each commit-time check sees the other's change (the
	 * UPDATE alone takes FOR NO KEY UPDATE, which does not conflict).
	 */
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	RegistryExecuteById(&lock_plan,
						"SELECT FROM @extschema@.partner"
						" WHERE id OPERATOR(pg_catalog.=) $1 FOR UPDATE",
						RegistryGetInt64(trigdata->tg_trigtuple, rel, att_id), 0);

	/*
	 * And FOR SHARE the running partnerships it is a member of, as the
	 * guard locks a member row's: a concurrent suspension waits for this
	 * transaction, whose commit-time check then judges the partnership
	 * active; or this one sees it suspended, and the change is one made
	 * while it was suspended, which its end then judges (enforce.c).
	 */
	RegistryExecuteById(&share_plan,
						"SELECT FROM @extschema@.partnership p"
						" WHERE p.status::pg_catalog.text OPERATOR(pg_catalog.=)"
						" ANY ('{active,suspended}'::pg_catalog.text[])"
						" AND p.id OPERATOR(pg_catalog.=) ANY (SELECT m.partnership_id"
						"  FROM @extschema@.member m WHERE m.partner_id OPERATOR(pg_catalog.=) $1)"
						" FOR SHARE OF p",
						RegistryGetInt64(trigdata->tg_trigtuple, rel, att_id), 0);
	SPI_finish();

	if (oldsector == SECTOR_GOVERNMENT && newsector != SECTOR_GOVERNMENT)
	{

		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		RegistryExecuteById(&plan,
							"SELECT code FROM @extschema@.partnership"
							" WHERE owner_id OPERATOR(pg_catalog.=) $1 LIMIT 1",
							RegistryGetInt64(trigdata->tg_trigtuple, rel, att_id), 1);
		/*
		 * The partnership is not named: partners are shared by every
		 * institution, and the caller may not be allowed to read it
		 * (multi-institution mode, doc/access.md).
		 */
		if (SPI_processed > 0)
			ereport(ERROR,
					errcode(ERRCODE_CHECK_VIOLATION),
					errmsg_cat(MSG_PARTNER_OWNS_PARTNERSHIPS,
							   SPI_getvalue(trigdata->tg_trigtuple,
											RelationGetDescr(rel), att_id)),
					errhint_cat(MSG_PARTNER_OWNS_PARTNERSHIPS_HINT),
					errtableconstraint(rel, "partnership_owner_government"));
		SPI_finish();
	}
	return PointerGetDatum(trigdata->tg_newtuple);
}

/* ----------------------------------------------------------------
 * The partner tree: no partner below itself
 * ----------------------------------------------------------------
 */

/*
 * The lock that serializes moves in the partner tree: an advisory lock in
 * a space of its own (field4 of the tag; SQL's advisory lock functions use
 * 1 and 2, the rules' commit-time check 0x5052), one for the database;
 * pg_locks shows it as locktype advisory with objsubid 20564.
 */
#define PARTNER_TREE_LOCK_SPACE 0x5054

/* The partner columns both tree triggers read, looked up once per table. */
static struct
{
	Oid			relid;
	int			id;
	int			parent;
	int			name;
}			tree_atts = {InvalidOid};

static void
TreeAttsFor(Relation rel)
{
	if (tree_atts.relid != RelationGetRelid(rel))
	{
		tree_atts.id = RegistryAttnum(rel, "id");
		tree_atts.parent = RegistryAttnum(rel, "parent_id");
		tree_atts.name = RegistryAttnum(rel, "name");
		tree_atts.relid = RelationGetRelid(rel);
	}
}

/* A partner placed below one below it: 23514, the CHECK's constraint name. */
static void
RefuseTreeCycle(Relation rel, HeapTuple tuple, int att_name, int64 parent)
{
	char	   *name = SPI_getvalue(tuple, RelationGetDescr(rel), att_name);

	ereport(ERROR,
			errcode(ERRCODE_CHECK_VIOLATION),
			errmsg_cat(MSG_PARTNER_TREE_CYCLE, name ? name : "-",
					   psprintf(INT64_FORMAT, parent)),
			errdetail_cat(MSG_PARTNER_TREE_CYCLE_DETAIL),
			errhint_cat(MSG_PARTNER_TREE_CYCLE_HINT),
			errtableconstraint(rel, "partner_parent_check"));
}

/* RegistryPartnerAncestor's test for partner_tree_trigger: the moved one? */
static bool
IsPartner(int64 partner, void *arg)
{
	return partner == *(int64 *) arg;
}

/*
 * partner_tree_trigger: BEFORE UPDATE OF parent_id on partner.  A partner
 * placed below one of the partners below it would close a cycle
 * (A above B above A): every partner of the cycle would lose its way to
 * the top, and with it the institutions that act for it in
 * multi-institution mode (doc/access.md).  The table's CHECK refuses only
 * the cycle of one (parent_id = id); this refuses every longer one, with
 * the same constraint name.  Two moves that would close a cycle together
 * (A below B in one transaction, B below A in another) are serialized by
 * the tree's lock, and each walks up the tree as committed once it holds
 * it.
 */
Datum
partner_tree_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;
	Relation	rel;
	bool		old_null;
	bool		new_null;
	int64		id;
	int64		parent;
	int64		old_parent;
	LOCKTAG		tag;
	Snapshot	snapshot;
	bool		cycle;

	trigdata = RegistryTriggerCheck(fcinfo, "partner_tree_trigger", true,
									true, REGISTRY_ON_UPDATE);
	if (RegistryRestoring())
		return RegistryPassThrough(trigdata);
	rel = trigdata->tg_relation;
	TreeAttsFor(rel);

	id = RegistryGetInt64(trigdata->tg_newtuple, rel, tree_atts.id);
	parent = DatumGetInt64(RegistryGetAttr(trigdata->tg_newtuple, rel,
										   tree_atts.parent, &new_null));
	old_parent = DatumGetInt64(RegistryGetAttr(trigdata->tg_trigtuple, rel,
											   tree_atts.parent, &old_null));
	if (new_null || (!old_null && old_parent == parent) || parent == id)
		return PointerGetDatum(trigdata->tg_newtuple);	/* the CHECK's case */

	SET_LOCKTAG_ADVISORY(tag, MyDatabaseId, 0, 0, PARTNER_TREE_LOCK_SPACE);
	(void) LockAcquire(&tag, ExclusiveLock, false, false);

	/* up from the new parent, as committed now, until the top or this one */
	snapshot = RegistryScanSnapshot();
	cycle = RegistryPartnerAncestor(snapshot, parent, IsPartner, &id);
	UnregisterSnapshot(snapshot);

	if (cycle)
		RefuseTreeCycle(rel, trigdata->tg_newtuple, tree_atts.name, parent);
	return PointerGetDatum(trigdata->tg_newtuple);
}

/*
 * partner_tree_insert_trigger: AFTER INSERT ROW on partner, for a row with
 * a parent.  A new partner has nobody below it yet but the rows of its own
 * statement: one INSERT of several rows can place A below B and B below A,
 * which no BEFORE ROW trigger sees (each row sees only the rows of earlier
 * commands).  At the statement's end all of its rows are there: a new
 * command, then the same walk up from the parent.  Moves by other
 * transactions cannot reach a row not yet committed, so no lock is needed.
 */
Datum
partner_tree_insert_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;
	Relation	rel;
	int64		id;
	int64		parent;
	bool		isnull;
	Snapshot	snapshot;
	bool		cycle;

	trigdata = RegistryTriggerCheck(fcinfo, "partner_tree_insert_trigger", false,
									true, REGISTRY_ON_INSERT);
	if (RegistryRestoring())
		return PointerGetDatum(NULL);
	rel = trigdata->tg_relation;
	TreeAttsFor(rel);
	id = RegistryGetInt64(trigdata->tg_trigtuple, rel, tree_atts.id);
	parent = DatumGetInt64(RegistryGetAttr(trigdata->tg_trigtuple, rel,
										   tree_atts.parent, &isnull));
	if (isnull || parent == id)
		return PointerGetDatum(NULL);	/* no parent, or the CHECK's case */

	CommandCounterIncrement();
	snapshot = RegistryScanSnapshot();
	cycle = RegistryPartnerAncestor(snapshot, parent, IsPartner, &id);
	UnregisterSnapshot(snapshot);
	if (cycle)
		RefuseTreeCycle(rel, trigdata->tg_trigtuple, tree_atts.name, parent);
	return PointerGetDatum(NULL);
}
