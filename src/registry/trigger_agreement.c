/*-------------------------------------------------------------------------
 *
 * trigger_agreement.c
 *	  Agreements (doc/registry.md): a new agreement starts as a draft and gets the
 *	  partnership's next version number; signing (draft -> signed) checks
 *	  every requirement in one place and reports all failures in one error;
 *	  signing an addendum supersedes the agreement it amends in the same
 *	  transaction (unless that one ends before the addendum starts: a
 *	  renewal signed ahead, which takes over on its first day); a signed
 *	  agreement, its parties and its clauses are
 *	  immutable, except for the moves signed -> superseded and
 *	  signed -> terminated.
 *
 *	  Signing reads the parties and the clauses by direct index scans
 *	  (registry/scan.c), as the registry, with the latest snapshot.
 *
 *	  Concurrency: changing a party or a clause locks the agreement FOR
 *	  SHARE, which conflicts with the signing UPDATE, so a signature never
 *	  misses a concurrent change; signing an addendum locks the amended
 *	  agreement FOR UPDATE, so two addenda of one agreement cannot both be
 *	  signed; a new agreement locks its partnership FOR NO KEY UPDATE while
 *	  it takes the next version number.
 *
 * src/registry/trigger_agreement.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/pg_type.h"
#include "lib/stringinfo.h"
#include "storage/proc.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "registry/plan_shape.h"
#include "registry/registry.h"
#include "registry/scan.h"
#include "rules/rules.h"
#include "vocabulary/fmgr.h"

/* What a signed agreement's parties and clauses refusal says. */
#define PARTS_DETAIL MSG_AGREEMENT_PARTS_DETAIL
#define PARTS_HINT MSG_AGREEMENT_PARTS_HINT

PG_FUNCTION_INFO_V1(agreement_trigger);
PG_FUNCTION_INFO_V1(agreement_part_trigger);

/*
 * The draft agreement locked last, for the rest of the (sub)transaction
 * that locked it: while the lock is held only this transaction can sign it,
 * and agreement_trigger forgets it then.  Saves a query per party and
 * clause of a bulk load.
 */
static bool draft_cached = false;
static int64 draft_id;
static int64 draft_partnership_id;
static LocalTransactionId draft_lxid;
static SubTransactionId draft_subxid;

/* Columns of agreement, resolved once per table. */
static Oid	agr_relid = InvalidOid;
static int	att_id,
			att_partnership,
			att_kind,
			att_number,
			att_version,
			att_amends,
			att_status,
			att_signed_on,
			att_from,
			att_to,
			att_objectives,
			att_terminated_on,
			att_reason,
			att_extra;

static void
AgreementAttnums(Relation rel)
{
	if (agr_relid == RelationGetRelid(rel))
		return;
	att_id = RegistryAttnum(rel, "id");
	att_partnership = RegistryAttnum(rel, "partnership_id");
	att_kind = RegistryAttnum(rel, "kind");
	att_number = RegistryAttnum(rel, "number");
	att_version = RegistryAttnum(rel, "version");
	att_amends = RegistryAttnum(rel, "amends_id");
	att_status = RegistryAttnum(rel, "status");
	att_signed_on = RegistryAttnum(rel, "signed_on");
	att_from = RegistryAttnum(rel, "effective_from");
	att_to = RegistryAttnum(rel, "effective_to");
	att_objectives = RegistryAttnum(rel, "objectives");
	att_terminated_on = RegistryAttnum(rel, "terminated_on");
	att_reason = RegistryAttnum(rel, "termination_reason");
	/* 0 (no column) on a 1.0.0 schema, which has no extra */
	att_extra = get_attnum(RelationGetRelid(rel), "extra");
	agr_relid = RelationGetRelid(rel);
}

static const char *
AgreementStatusName(VocabularyCode code)
{
	if (!VocabularyCodeIsValid(&AgreementStatusVocabulary, code))
		elog(ERROR, "invalid agreement_status code %d", (int) code);
	return AgreementStatusVocabulary.terms[code].canonical;
}

static VocabularyCode
GetCode(HeapTuple tuple, Relation rel, int attnum)
{
	bool		isnull;
	Datum		d = RegistryGetAttr(tuple, rel, attnum, &isnull);

	if (isnull)
		elog(ERROR, "unexpected null in column %d of \"%s\"", attnum,
			 RelationGetRelationName(rel));
	return DatumGetVocabularyCode(d);
}

/* How messages name an agreement: its number, else its id. */
static char *
AgreementName(HeapTuple tuple, Relation rel)
{
	bool		isnull;
	Datum		number = RegistryGetAttr(tuple, rel, att_number, &isnull);

	if (!isnull)
		return TextDatumGetCString(number);
	return psprintf("#" INT64_FORMAT, RegistryGetInt64(tuple, rel, att_id));
}

/* Does a text[] hold at least one element that is not blank? */
static bool
HasNonBlankElement(HeapTuple tuple, Relation rel, int attnum)
{
	bool		isnull;
	Datum		d = RegistryGetAttr(tuple, rel, attnum, &isnull);

	return !isnull && RegistryArrayHasText(d);
}

/* Collected failures of one signing. */
typedef struct SignFailures
{
	const char *first;			/* code of the first failing requirement */
	int			count;
	StringInfoData detail;
} SignFailures;

/* Record one failed requirement; msg is a full sentence. */
static void
AddFailure(SignFailures *f, const char *code, const char *msg)
{
	if (f->count == 0)
		f->first = code;
	else
		appendStringInfoChar(&f->detail, '\n');
	f->count++;
	appendStringInfo(&f->detail, "%s: %s", code, msg);
}

static void
AppendName(StringInfo buf, const char *name)
{
	if (buf->len > 0)
		appendStringInfoString(buf, ", ");
	appendStringInfo(buf, "\"%s\"", name);
}

/*
 * What signing an addendum that starts on $3 supersedes, as a CTE named
 * superseded (id, effective_from, effective_to, name): the agreement it amends ($1, of
 * partnership $2) and the agreements above it in its chain still signed
 * (one a renewal signed ahead left signed), but those that end before the
 * addendum starts.  UNION, not UNION ALL: a chain that went round would
 * end.
 */
#define SIGNING_SUPERSEDES \
	"WITH RECURSIVE chain(id, amends_id) AS (" \
	" SELECT id, amends_id FROM @extschema@.agreement" \
	" WHERE id OPERATOR(pg_catalog.=) $1" \
	" AND partnership_id OPERATOR(pg_catalog.=) $2" \
	" UNION SELECT a.id, a.amends_id FROM @extschema@.agreement a, chain c" \
	" WHERE a.id OPERATOR(pg_catalog.=) c.amends_id" \
	" AND a.partnership_id OPERATOR(pg_catalog.=) $2)," \
	" superseded AS (SELECT a.id, a.effective_from, a.effective_to," \
	" COALESCE(a.number, '#' OPERATOR(pg_catalog.||) a.id::pg_catalog.text) AS name" \
	" FROM @extschema@.agreement a, chain c WHERE a.id OPERATOR(pg_catalog.=) c.id" \
	" AND a.status::pg_catalog.text OPERATOR(pg_catalog.=) 'signed'" \
	" AND (a.effective_to IS NULL OR a.effective_to OPERATOR(pg_catalog.>=) $3))"

/*
 * The signing checks of doc/registry.md, on the new version of the agreement row.
 * Returns the row to store (signed_on defaults to the last signature).
 */
static HeapTuple
SignAgreement(Relation rel, HeapTuple newtup)
{
	static SPIPlanPtr plan_amends = NULL;
	static SPIPlanPtr plan_amended = NULL;
	static SPIPlanPtr plan_supersede = NULL;
	static SPIPlanPtr plan_overlap = NULL;
	SignFailures f;
	int64		id = RegistryGetInt64(newtup, rel, att_id);
	VocabularyCode kind = GetCode(newtup, rel, att_kind);
	bool		binding = (kind != AGREEMENT_KIND_MOU);
	Datum		values[3];
	bool		isnull;
	uint64		nparties = 0;
	Snapshot	snapshot;
	RegistryScan party,
				partner;
	IndexScanDesc scan;
	int			p_partner,
				p_roles,
				p_signed_on,
				p_signatory,
				p_resp,
				pr_name,
				pr_sector;
	uint32		sectors = 0;
	int			nsectors = 0;
	StringInfoData unsigned_parties;
	StringInfoData roleless;
	StringInfoData irresponsible;
	bool		any_signed_on = false;
	Datum		last_signed_on = 0;
	int64		amends_id = 0;
	bool		amends_ok = true;
	int			plan_nestlevel;

	f.first = NULL;
	f.count = 0;
	initStringInfo(&f.detail);
	initStringInfo(&unsigned_parties);
	initStringInfo(&roleless);
	initStringInfo(&irresponsible);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	/* index lookups whatever the statistics (plan_shape.c) */
	plan_nestlevel = PlanShapeIndexLookupsBegin();
	if (plan_amends == NULL)
	{
		Oid			argtypes[2] = {INT8OID, INT8OID};

		/* only the addendum's own partnership: see RegistryExecuteByIds */
		plan_amends = RegistryPreparePlan(
										  "SELECT kind, status, COALESCE(number, '#' OPERATOR(pg_catalog.||) id::pg_catalog.text)"
										  " FROM @extschema@.agreement"
										  " WHERE id OPERATOR(pg_catalog.=) $1"
										  " AND partnership_id OPERATOR(pg_catalog.=) $2 FOR UPDATE",
										  2, argtypes);
	}
	if (plan_amended == NULL)
	{
		Oid			argtypes[3] = {INT8OID, INT8OID, INT8OID};

		plan_amended = RegistryPreparePlan(
										   REGISTRY_SIGNED_ADDENDA_OF
										   " AND partnership_id OPERATOR(pg_catalog.=) $2"
										   " AND id OPERATOR(pg_catalog.<>) $3 LIMIT 1",
										   3, argtypes);
	}
	if (plan_supersede == NULL)
	{
		Oid			argtypes[3] = {INT8OID, INT8OID, DATEOID};

		plan_supersede = RegistryPreparePlan(SIGNING_SUPERSEDES
											 " UPDATE @extschema@.agreement a"
											 " SET status = 'superseded'::@extschema@.agreement_status"
											 " FROM superseded s WHERE a.id OPERATOR(pg_catalog.=) s.id",
											 3, argtypes);
	}
	if (plan_overlap == NULL)
	{
		Oid			argtypes[3] = {INT8OID, INT8OID, DATEOID};

		/*
		 * Of those, the ones in force, or to be, before the addendum
		 * starts: superseding them today leaves a gap (one that starts
		 * when the addendum does, a renewal signed ahead replaced, does
		 * not).  The one that ends first.
		 */
		plan_overlap = RegistryPreparePlan(SIGNING_SUPERSEDES
										   " SELECT s.name, s.effective_to FROM superseded s"
										   " WHERE s.effective_from IS NULL"
										   " OR s.effective_from OPERATOR(pg_catalog.<) $3"
										   " ORDER BY s.effective_to NULLS LAST LIMIT 1",
										   3, argtypes);
	}

	/*
	 * parties, sectors, signatures, roles, responsibilities: by direct
	 * index scans, as the registry (registry/scan.c)
	 */
	snapshot = RegistryScanSnapshot();
	RegistryScanOpen(&party, "agreement_party", "agreement_party_pkey",
					 "agreement_id,partner_id");
	RegistryScanOpen(&partner, "partner", "partner_pkey", "id");
	p_partner = RegistryScanAttnum(&party, "partner_id");
	p_roles = RegistryScanAttnum(&party, "roles");
	p_signed_on = RegistryScanAttnum(&party, "signed_on");
	p_signatory = RegistryScanAttnum(&party, "signatory_name");
	p_resp = RegistryScanAttnum(&party, "responsibilities");
	pr_name = RegistryScanAttnum(&partner, "name");
	pr_sector = RegistryScanAttnum(&partner, "sector");
	scan = RegistryScanProbe(&party, snapshot, 1, &id);
	while (index_getnext_slot(scan, ForwardScanDirection, party.slot))
	{
		int64		partner_id = RegistryScanInt64(&party, p_partner, &isnull);
		IndexScanDesc sub;
		char	   *name;
		VocabularyCode sector;
		VocabularySet roles;
		Datum		d;
		bool		has_signed_on;
		DateADT		signed_on = 0;

		/* the party's organisation (a party without one is not counted) */
		sub = RegistryScanProbe(&partner, snapshot, 1, &partner_id);
		if (!index_getnext_slot(sub, ForwardScanDirection, partner.slot))
		{
			index_endscan(sub);
			continue;
		}
		name = RegistryScanText(&partner, pr_name);
		sector = RegistryScanCode(&partner, pr_sector, &SectorVocabulary);
		index_endscan(sub);

		nparties++;
		if ((sectors & (1U << sector)) == 0)
			nsectors++;
		sectors |= 1U << sector;
		d = RegistryScanGet(&party, p_roles, &isnull);
		roles = isnull ? 0 : DatumGetVocabularySet(d);
		has_signed_on = RegistryScanDate(&party, p_signed_on, &signed_on);
		d = RegistryScanGet(&party, p_signatory, &isnull);
		if (!has_signed_on || isnull || !RegistryTextNotBlank(DatumGetTextPP(d)))
			AppendName(&unsigned_parties, name);
		if (roles == 0)
			AppendName(&roleless, name);
		d = RegistryScanGet(&party, p_resp, &isnull);
		if (isnull || !RegistryArrayHasText(d))
			AppendName(&irresponsible, name);
		if (has_signed_on && (!any_signed_on ||
							  signed_on > DatumGetDateADT(last_signed_on)))
		{
			any_signed_on = true;
			last_signed_on = DateADTGetDatum(signed_on);
		}
	}
	index_endscan(scan);
	RegistryScanClose(&partner);
	RegistryScanClose(&party);

	if (nparties < 2)
		AddFailure(&f, "agreement_parties",
				   MessageFormat(MSG_SIGN_PARTIES, (unsigned long) nparties,
								 nparties));
	if (nsectors < 2)
		AddFailure(&f, "agreement_sectors",
				   MessageFormat(MSG_SIGN_SECTORS, (unsigned long) nsectors,
								 nsectors));
	if (unsigned_parties.len > 0)
		AddFailure(&f, "agreement_signatures",
				   MessageFormat(MSG_SIGN_SIGNATURES, 1, unsigned_parties.data));
	if (!HasNonBlankElement(newtup, rel, att_objectives))
		AddFailure(&f, "agreement_objectives",
				   MessageFormat(MSG_SIGN_OBJECTIVES, 1));

	(void) RegistryGetAttr(newtup, rel, att_from, &isnull);
	if (isnull)
		AddFailure(&f, "agreement_dates", MessageFormat(MSG_SIGN_NO_START, 1));
	else
	{
		(void) RegistryGetAttr(newtup, rel, att_to, &isnull);
		if (isnull && binding)
			AddFailure(&f, "agreement_dates", MessageFormat(MSG_SIGN_NO_END, 1));
	}

	if (binding)
	{
		List	   *missing;

		missing = RegistryMissingClauses(snapshot,
										 RegistryGetInt64(newtup, rel, att_partnership),
										 id);
		if (missing != NIL)
		{
			StringInfoData codes;
			ListCell   *lc;

			initStringInfo(&codes);
			foreach(lc, missing)
			{
				if (codes.len > 0)
					appendStringInfoString(&codes, ", ");
				appendStringInfoString(&codes, ((RegistryClauseKind *) lfirst(lc))->code);
			}
			AddFailure(&f, "agreement_clauses",
					   MessageFormat(MSG_SIGN_CLAUSES, 1, codes.data));
		}
		if (roleless.len > 0)
			AddFailure(&f, "agreement_roles",
					   MessageFormat(MSG_SIGN_ROLES, 1, roleless.data));
		if (irresponsible.len > 0)
			AddFailure(&f, "agreement_responsibilities",
					   MessageFormat(MSG_SIGN_RESPONSIBILITIES, 1,
									 irresponsible.data));
	}

	if (kind == AGREEMENT_KIND_ADDENDUM)
	{
		Datum		amends = RegistryGetAttr(newtup, rel, att_amends, &isnull);

		if (isnull)
		{
			amends_ok = false;
			AddFailure(&f, "agreement_amends",
					   MessageFormat(MSG_SIGN_AMENDS_MISSING, 1));
		}
		else
		{
			amends_id = DatumGetInt64(amends);
			values[0] = amends;
			values[1] = Int64GetDatum(RegistryGetInt64(newtup, rel, att_partnership));
			RegistryExecute(plan_amends, values, NULL, 1);
			if (SPI_processed == 0)
				amends_ok = false;
			else
			{
				HeapTuple	t = SPI_tuptable->vals[0];
				TupleDesc	d = SPI_tuptable->tupdesc;
				VocabularyCode akind;
				VocabularyCode astatus;

				akind = DatumGetVocabularyCode(SPI_getbinval(t, d, 1, &isnull));
				astatus = DatumGetVocabularyCode(SPI_getbinval(t, d, 2, &isnull));
				if (akind == AGREEMENT_KIND_MOU ||
					astatus != AGREEMENT_STATUS_SIGNED)
				{
					amends_ok = false;
					AddFailure(&f, "agreement_amends",
							   MessageFormat(MSG_SIGN_AMENDS_NOT_SIGNED, 1,
											 SPI_getvalue(t, d, 3),
											 AgreementKindVocabulary.terms[akind].canonical,
											 AgreementStatusName(astatus)));
				}
				else
				{
					char	   *amended_name = SPI_getvalue(t, d, 3);
					Datum		from = RegistryGetAttr(newtup, rel, att_from, &isnull);

					/*
					 * Signing supersedes the agreements of the chain the
					 * addendum would overlap (plan_supersede), today.  One
					 * that ends before the addendum starts (a renewal signed
					 * ahead) stays in force to its end, and the addendum
					 * takes over from its start: the two are never in force
					 * together.  An addendum that starts after today but
					 * before such an agreement ends would leave no agreement
					 * in force until it starts: refused, naming the days.
					 */
					if (!isnull && DatumGetDateADT(from) > RegistryToday())
					{
						Datum		args[3];

						args[0] = amends;
						args[1] = values[1];
						args[2] = from;
						RegistryExecute(plan_overlap, args, NULL, 1);
						if (SPI_processed > 0)
						{
							bool		open;
							Datum		to = SPI_getbinval(SPI_tuptable->vals[0],
														   SPI_tuptable->tupdesc, 2, &open);
							char	   *overlapped = SPI_getvalue(SPI_tuptable->vals[0],
																  SPI_tuptable->tupdesc, 1);

							amends_ok = false;
							AddFailure(&f, "agreement_amends",
									   open ?
									   MessageFormat(MSG_SIGN_AMENDS_GAP_OPEN, 1,
													 RegistryDateText(DatumGetDateADT(from)),
													 overlapped) :
									   MessageFormat(MSG_SIGN_AMENDS_GAP, 1,
													 RegistryDateText(DatumGetDateADT(from)),
													 overlapped,
													 RegistryDateText(DatumGetDateADT(to)),
													 RegistryDateText(DatumGetDateADT(to) + 1)));
						}
					}

					/* one signed addendum per agreement: its chain goes on from there */
					values[2] = Int64GetDatum(id);
					RegistryExecute(plan_amended, values, NULL, 1);
					if (SPI_processed > 0)
					{
						amends_ok = false;
						AddFailure(&f, "agreement_amends",
								   MessageFormat(MSG_SIGN_AMENDS_AMENDED, 1, amended_name,
												 SPI_getvalue(SPI_tuptable->vals[0],
															  SPI_tuptable->tupdesc, 1)));
					}
				}
			}
		}
	}

	if (f.count > 0)
		ereport(ERROR,
				errcode(ERRCODE_CHECK_VIOLATION),
				errmsg_cat_plural(MSG_SIGN_FAILED, (unsigned long) f.count,
								  AgreementName(newtup, rel), f.count),
				errdetail_internal("%s", f.detail.data),
				errhint_cat(MSG_SIGN_FAILED_HINT),
				errtableconstraint(rel, f.first));

	/* an addendum replaces the agreement it amends (see plan_supersede) */
	if (kind == AGREEMENT_KIND_ADDENDUM && amends_ok)
	{
		Datum		args[3];
		int64		held;

		args[0] = Int64GetDatum(amends_id);
		args[1] = values[1];
		args[2] = RegistryGetAttr(newtup, rel, att_from, &isnull);
		held = RulesHoldChecks(DatumGetInt64(values[1]));
		PG_TRY();
		{
			RegistryExecuteAsCaller(plan_supersede, args, NULL, 0);
		}
		PG_FINALLY();
		{
			RulesReleaseChecks(held);
		}
		PG_END_TRY();
	}
	PlanShapeIndexLookupsEnd(plan_nestlevel);
	SPI_finish();
	UnregisterSnapshot(snapshot);

	/* signed_on defaults to the day of the last signature */
	(void) RegistryGetAttr(newtup, rel, att_signed_on, &isnull);
	if (isnull && any_signed_on)
	{
		int			cols[1] = {att_signed_on};
		Datum		vals[1] = {last_signed_on};
		bool		nulls[1] = {false};

		newtup = heap_modify_tuple_by_cols(newtup, RelationGetDescr(rel), 1,
										   cols, vals, nulls);
	}
	return newtup;
}

/* msg names the agreement and its status, e.g. MSG_AGREEMENT_SIGNED_NO_CHANGE */
static void
RefuseSignedChange(Relation rel, HeapTuple oldtup, VocabularyCode oldstatus,
				   MessageId msg)
{
	ereport(ERROR,
			errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			errmsg_cat(msg, AgreementName(oldtup, rel),
					   AgreementStatusName(oldstatus)),
			errdetail_cat(MSG_AGREEMENT_SIGNED_DETAIL),
			errhint_cat(MSG_AGREEMENT_SIGNED_HINT),
			errtable(rel));
}

/*
 * Version of a new agreement, under a lock on the partnership: versions
 * count per pks chain (doc/registry.md#renewal), so a mou or a pks is
 * version 1 and an addendum one more than the agreement it amends.
 */
static int32
NextVersion(int64 partnership_id, HeapTuple newtup, Relation rel)
{
	static SPIPlanPtr plan_lock = NULL;
	static SPIPlanPtr plan_next = NULL;
	static SPIPlanPtr plan_next_1_0 = NULL;
	bool		isnull;
	int32		version;
	Datum		amends = RegistryGetAttr(newtup, rel, att_amends, &isnull);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	RegistryExecuteById(&plan_lock,
						"SELECT FROM @extschema@.partnership"
						" WHERE id OPERATOR(pg_catalog.=) $1 FOR NO KEY UPDATE",
						partnership_id, 1);
	version = 1;
	if (OidIsValid(get_relname_relid("agreement_version_key", RegistrySchema())))
	{
		/* a 1.0.0 schema, not yet updated: versions per partnership */
		RegistryExecuteById(&plan_next_1_0,
							"SELECT pg_catalog.max(version) FROM @extschema@.agreement"
							" WHERE partnership_id OPERATOR(pg_catalog.=) $1",
							partnership_id, 1);
		if (SPI_processed > 0)
		{
			Datum		d = SPI_getbinval(SPI_tuptable->vals[0],
										  SPI_tuptable->tupdesc, 1, &isnull);

			if (!isnull)
				version = DatumGetInt32(d) + 1;
		}
	}
	else if (!isnull)
	{
		RegistryExecuteByIds(&plan_next,
							 "SELECT version FROM @extschema@.agreement"
							 " WHERE id OPERATOR(pg_catalog.=) $1"
							 " AND partnership_id OPERATOR(pg_catalog.=) $2",
							 DatumGetInt64(amends), partnership_id, 1);
		if (SPI_processed > 0)
		{
			Datum		d = SPI_getbinval(SPI_tuptable->vals[0],
										  SPI_tuptable->tupdesc, 1, &isnull);

			if (!isnull)
				version = DatumGetInt32(d) + 1;
		}
	}
	SPI_finish();
	return version;
}

/*
 * The kind of the agreement an addendum amends must be pks or addendum.
 * Only the addendum's own partnership is searched (RegistryExecuteByIds):
 * an amends_id of another partnership is the foreign key's to refuse.
 */
static void
CheckAmendsKind(Relation rel, HeapTuple newtup)
{
	static SPIPlanPtr plan = NULL;
	bool		isnull;
	Datum		amends = RegistryGetAttr(newtup, rel, att_amends, &isnull);

	if (isnull)
		return;
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	RegistryExecuteByIds(&plan,
						 "SELECT kind, COALESCE(number, '#' OPERATOR(pg_catalog.||) id::pg_catalog.text)"
						 " FROM @extschema@.agreement WHERE id OPERATOR(pg_catalog.=) $1"
						 " AND partnership_id OPERATOR(pg_catalog.=) $2",
						 DatumGetInt64(amends),
						 RegistryGetInt64(newtup, rel, att_partnership), 1);
	if (SPI_processed > 0 &&
		DatumGetVocabularyCode(SPI_getbinval(SPI_tuptable->vals[0],
											 SPI_tuptable->tupdesc, 1,
											 &isnull)) == AGREEMENT_KIND_MOU)
		ereport(ERROR,
				errcode(ERRCODE_CHECK_VIOLATION),
				errmsg_cat(MSG_AGREEMENT_AMENDS_MOU,
						   AgreementName(newtup, rel),
						   SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2)),
				errdetail_cat(MSG_AGREEMENT_AMENDS_MOU_DETAIL),
				errhint_cat(MSG_AGREEMENT_AMENDS_MOU_HINT),
				errtablecolconstraint(rel, att_amends, "agreement_amends"));
	SPI_finish();
}

/*
 * BEFORE INSERT OR UPDATE OR DELETE FOR EACH ROW on agreement.
 */
Datum
agreement_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;
	Relation	rel;
	HeapTuple	oldtup;
	HeapTuple	newtup;
	VocabularyCode oldstatus;
	VocabularyCode newstatus;

	trigdata = RegistryTriggerCheck(fcinfo, "agreement_trigger", true, true,
									REGISTRY_ON_INSERT | REGISTRY_ON_UPDATE |
									REGISTRY_ON_DELETE);
	if (RegistryRestoring())
		return RegistryPassThrough(trigdata);
	rel = trigdata->tg_relation;
	AgreementAttnums(rel);

	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
	{
		int			cols[1] = {att_version};
		Datum		vals[1];
		bool		nulls[1] = {false};

		newtup = trigdata->tg_trigtuple;
		newstatus = GetCode(newtup, rel, att_status);
		if (newstatus != AGREEMENT_STATUS_DRAFT)
			ereport(ERROR,
					errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					errmsg_cat(MSG_AGREEMENT_START_STATUS,
							   AgreementName(newtup, rel),
							   AgreementStatusName(newstatus)),
					errdetail_cat(MSG_AGREEMENT_START_STATUS_DETAIL),
					errhint_cat(MSG_AGREEMENT_START_STATUS_HINT));
		CheckAmendsKind(rel, newtup);
		vals[0] = Int32GetDatum(NextVersion(RegistryGetInt64(newtup, rel,
															 att_partnership),
											newtup, rel));
		newtup = heap_modify_tuple_by_cols(newtup, RelationGetDescr(rel), 1,
										   cols, vals, nulls);
		return PointerGetDatum(newtup);
	}

	oldtup = trigdata->tg_trigtuple;
	oldstatus = GetCode(oldtup, rel, att_status);
	/* this transaction may sign or delete the draft the part trigger cached */
	draft_cached = false;

	if (TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
	{
		if (oldstatus != AGREEMENT_STATUS_DRAFT)
			RefuseSignedChange(rel, oldtup, oldstatus,
							   MSG_AGREEMENT_SIGNED_NO_DELETE);
		return PointerGetDatum(oldtup);
	}

	/* UPDATE */
	newtup = trigdata->tg_newtuple;
	newstatus = GetCode(newtup, rel, att_status);

	if (RegistryGetInt64(oldtup, rel, att_partnership) !=
		RegistryGetInt64(newtup, rel, att_partnership) ||
		RegistryGetInt64(oldtup, rel, att_id) !=
		RegistryGetInt64(newtup, rel, att_id))
		ereport(ERROR,
				errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				errmsg_cat(MSG_AGREEMENT_MOVE, AgreementName(oldtup, rel)),
				errhint_cat(MSG_AGREEMENT_MOVE_HINT));
	{
		bool		isnull;
		Datum		ov = RegistryGetAttr(oldtup, rel, att_version, &isnull);
		Datum		nv = RegistryGetAttr(newtup, rel, att_version, &isnull);

		if (DatumGetInt32(ov) != DatumGetInt32(nv))
			ereport(ERROR,
					errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					errmsg_cat(MSG_AGREEMENT_VERSION, AgreementName(oldtup, rel)),
					errdetail_cat(MSG_AGREEMENT_VERSION_DETAIL));
	}

	/*
	 * What was signed cannot change; extra, the DBA's local fields
	 * (doc/registry.md#local-fields), is no part of it and stays editable.
	 */
	switch (oldstatus)
	{
		case AGREEMENT_STATUS_DRAFT:
			if (newstatus == AGREEMENT_STATUS_SIGNED)
				newtup = SignAgreement(rel, newtup);
			else if (newstatus != AGREEMENT_STATUS_DRAFT)
				ereport(ERROR,
						errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
						errmsg_cat(MSG_AGREEMENT_FROM_DRAFT,
								   AgreementName(oldtup, rel),
								   AgreementStatusName(newstatus)),
						errdetail_cat(MSG_AGREEMENT_FROM_DRAFT_DETAIL),
						errhint_cat(MSG_AGREEMENT_FROM_DRAFT_HINT));
			else
				CheckAmendsKind(rel, newtup);
			break;

		case AGREEMENT_STATUS_SIGNED:
			if (newstatus == AGREEMENT_STATUS_SUPERSEDED)
			{
				int			except[2] = {att_status, att_extra};

				if (!RegistryTuplesEqualExcept(rel, oldtup, newtup, except, 2))
					RefuseSignedChange(rel, oldtup, oldstatus,
									   MSG_AGREEMENT_SUPERSEDE_ONLY_STATUS);
			}
			else if (newstatus == AGREEMENT_STATUS_TERMINATED)
			{
				int			except[4] = {att_status, att_terminated_on, att_reason,
				att_extra};

				if (!RegistryTuplesEqualExcept(rel, oldtup, newtup, except, 4))
					RefuseSignedChange(rel, oldtup, oldstatus,
									   MSG_AGREEMENT_TERMINATE_ONLY_STATUS);
			}
			else if (newstatus != AGREEMENT_STATUS_SIGNED)
				ereport(ERROR,
						errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
						errmsg_cat(MSG_AGREEMENT_FROM_SIGNED,
								   AgreementName(oldtup, rel),
								   AgreementStatusName(newstatus)),
						errhint_cat(MSG_AGREEMENT_FROM_SIGNED_HINT));
			else if (!RegistryTuplesEqualExcept(rel, oldtup, newtup, &att_extra, 1))
				RefuseSignedChange(rel, oldtup, oldstatus,
								   MSG_AGREEMENT_SIGNED_NO_CHANGE);
			break;

		default:
			/* superseded and terminated are final */
			if (!RegistryTuplesEqualExcept(rel, oldtup, newtup, &att_extra, 1))
				RefuseSignedChange(rel, oldtup, oldstatus,
								   MSG_AGREEMENT_SIGNED_NO_CHANGE);
			break;
	}
	return PointerGetDatum(newtup);
}

/*
 * Lock an agreement FOR SHARE and refuse changes to its parts unless
 * draft; detail and hint say what is kept and what to do instead.  The
 * agreement is looked for in the part's own partnership only
 * (RegistryExecuteByIds): a part naming another partnership's agreement is
 * the foreign key's to refuse, and the error never shows that agreement's
 * number or status.  attnum is the part's agreement_id column, which the
 * error names (an import names its cell by it).
 */
static void
CheckAgreementDraft(Relation rel, int attnum, int64 agreement_id,
					int64 partnership_id, MessageId detail, MessageId hint)
{
	static SPIPlanPtr plan = NULL;
	bool		isnull;

	if (draft_cached && draft_id == agreement_id &&
		draft_partnership_id == partnership_id &&
		draft_lxid == MyLocalTransactionId() &&
		draft_subxid == GetCurrentSubTransactionId())
		return;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	RegistryExecuteByIds(&plan,
						 "SELECT status, COALESCE(number, '#' OPERATOR(pg_catalog.||) id::pg_catalog.text)"
						 " FROM @extschema@.agreement"
						 " WHERE id OPERATOR(pg_catalog.=) $1"
						 " AND partnership_id OPERATOR(pg_catalog.=) $2 FOR SHARE",
						 agreement_id, partnership_id, 1);
	if (SPI_processed > 0)
	{
		VocabularyCode status;

		status = DatumGetVocabularyCode(SPI_getbinval(SPI_tuptable->vals[0],
													  SPI_tuptable->tupdesc,
													  1, &isnull));
		if (status != AGREEMENT_STATUS_DRAFT)
			ereport(ERROR,
					errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					errmsg_cat(MSG_AGREEMENT_PART_NOT_DRAFT,
							   SPI_getvalue(SPI_tuptable->vals[0],
											SPI_tuptable->tupdesc, 2),
							   AgreementStatusName(status),
							   RelationGetRelationName(rel)),
					errdetail_cat(detail),
					errhint_cat(hint),
					errtablecol(rel, attnum));
		draft_cached = true;
		draft_id = agreement_id;
		draft_partnership_id = partnership_id;
		draft_lxid = MyLocalTransactionId();
		draft_subxid = GetCurrentSubTransactionId();
	}
	SPI_finish();
}

/*
 * BEFORE INSERT OR UPDATE OR DELETE FOR EACH ROW on agreement_party and
 * agreement_clause: only a draft agreement's parts change, and a clause's
 * kind typed by its label is stored as its code.
 */
Datum
agreement_part_trigger(PG_FUNCTION_ARGS)
{
	static Oid	cached_relid[2] = {InvalidOid, InvalidOid};
	static int	cached_attnum[2];
	static int	cached_att_pid[2];
	static int	cached_att_kind[2]; /* agreement_clause.kind, else 0 */
	TriggerData *trigdata;
	Relation	rel;
	int			attnum;
	int			att_pid;
	int			slot;
	HeapTuple	result;

	trigdata = RegistryTriggerCheck(fcinfo, "agreement_part_trigger", true,
									true, REGISTRY_ON_INSERT |
									REGISTRY_ON_UPDATE | REGISTRY_ON_DELETE);
	if (RegistryRestoring())
		return RegistryPassThrough(trigdata);
	rel = trigdata->tg_relation;
	if (cached_relid[0] == RelationGetRelid(rel))
		slot = 0;
	else if (cached_relid[1] == RelationGetRelid(rel))
		slot = 1;
	else
	{
		slot = (cached_relid[0] == InvalidOid) ? 0 : 1;
		cached_attnum[slot] = RegistryAttnum(rel, "agreement_id");
		cached_att_pid[slot] = RegistryAttnum(rel, "partnership_id");
		cached_att_kind[slot] =
			strcmp(RelationGetRelationName(rel), "agreement_clause") == 0 ?
			RegistryAttnum(rel, "kind") : 0;
		cached_relid[slot] = RelationGetRelid(rel);
	}
	attnum = cached_attnum[slot];
	att_pid = cached_att_pid[slot];

	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		HeapTuple	oldtup = trigdata->tg_trigtuple;
		int64		oldid = RegistryGetInt64(oldtup, rel, attnum);
		int64		oldpid = RegistryGetInt64(oldtup, rel, att_pid);
		int64		newid;
		int64		newpid;

		result = trigdata->tg_newtuple;
		newid = RegistryGetInt64(result, rel, attnum);
		newpid = RegistryGetInt64(result, rel, att_pid);
		CheckAgreementDraft(rel, attnum, oldid, oldpid, PARTS_DETAIL, PARTS_HINT);
		if (newid != oldid || newpid != oldpid)
			CheckAgreementDraft(rel, attnum, newid, newpid, PARTS_DETAIL, PARTS_HINT);
	}
	else
	{
		result = trigdata->tg_trigtuple;
		CheckAgreementDraft(rel, attnum, RegistryGetInt64(result, rel, attnum),
							RegistryGetInt64(result, rel, att_pid),
							PARTS_DETAIL, PARTS_HINT);
	}
	if (!TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
	{
		/* a clause kind may be typed by its label, in either language */
		if (cached_att_kind[slot] != 0)
			result = RegistryCatalogueWord(rel, result, cached_att_kind[slot],
										   "clause_kind", "clause_kind_pkey");
		RegistryCheckRow(rel, TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ?
						 trigdata->tg_trigtuple : NULL, result, false);
	}
	return PointerGetDatum(result);
}

PG_FUNCTION_INFO_V1(document_trigger);

/*
 * BEFORE INSERT OR UPDATE OR DELETE FOR EACH ROW on document: the kind is
 * read in either language and stored in English (DocumentKindCanonical);
 * a document of an agreement that is no longer a draft is kept as recorded
 * (adding one is always allowed).  Locking the agreement FOR SHARE makes a
 * concurrent signature wait for the change.
 */
Datum
document_trigger(PG_FUNCTION_ARGS)
{
	const MessageId detail = MSG_DOCUMENT_KEPT_DETAIL;
	const MessageId hint = MSG_DOCUMENT_KEPT_HINT;
	TriggerData *trigdata;
	Relation	rel;
	int			attnum;
	int			att_pid;
	bool		isnull;
	Datum		d;
	HeapTuple	newtup = NULL;

	trigdata = RegistryTriggerCheck(fcinfo, "document_trigger", true, true,
									REGISTRY_ON_INSERT | REGISTRY_ON_UPDATE |
									REGISTRY_ON_DELETE);
	if (RegistryRestoring())
		return RegistryPassThrough(trigdata);
	rel = trigdata->tg_relation;
	attnum = RegistryAttnum(rel, "agreement_id");
	att_pid = RegistryAttnum(rel, "partnership_id");

	if (!TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
	{
		int			att_kind = RegistryAttnum(rel, "kind");
		const char *canonical;

		newtup = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ?
			trigdata->tg_newtuple : trigdata->tg_trigtuple;
		d = RegistryGetAttr(newtup, rel, att_kind, &isnull);
		canonical = isnull ? NULL : DocumentKindCanonical(TextDatumGetCString(d));
		if (canonical != NULL)
		{
			Datum		value = CStringGetTextDatum(canonical);
			bool		value_null = false;

			newtup = heap_modify_tuple_by_cols(newtup, RelationGetDescr(rel),
											   1, &att_kind, &value, &value_null);
		}
	}
	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
	{
		RegistryCheckRow(rel, NULL, newtup, false);
		return PointerGetDatum(newtup);
	}

	d = RegistryGetAttr(trigdata->tg_trigtuple, rel, attnum, &isnull);
	if (!isnull)
		CheckAgreementDraft(rel, attnum, DatumGetInt64(d),
							RegistryGetInt64(trigdata->tg_trigtuple, rel, att_pid),
							detail, hint);
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		d = RegistryGetAttr(trigdata->tg_newtuple, rel, attnum, &isnull);
		if (!isnull)
			CheckAgreementDraft(rel, attnum, DatumGetInt64(d),
								RegistryGetInt64(trigdata->tg_newtuple, rel, att_pid),
								detail, hint);
	}
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		RegistryCheckRow(rel, trigdata->tg_trigtuple, newtup, false);
		return PointerGetDatum(newtup);
	}
	return RegistryPassThrough(trigdata);
}
