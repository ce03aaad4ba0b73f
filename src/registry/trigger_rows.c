/*-------------------------------------------------------------------------
 *
 * trigger_rows.c
 *	  Immediate row rules (doc/registry.md): the disbursements of a commitment never
 *	  add up to more than the commitment, also under concurrency (each
 *	  disbursement locks its commitment FOR UPDATE before it sums the
 *	  others); and a closed evaluation and its responses are immutable (a
 *	  response locks its evaluation FOR SHARE, which conflicts with closing).
 *	  Membership of respondents, assignees, committing partners and risk
 *	  owners is enforced by composite foreign keys to member, not here.
 *
 * src/registry/trigger_rows.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/builtins.h"
#include "utils/numeric.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "registry/registry.h"
#include "registry/scan.h"
#include "vocabulary/fmgr.h"

PG_FUNCTION_INFO_V1(disbursement_trigger);
PG_FUNCTION_INFO_V1(commitment_trigger);
PG_FUNCTION_INFO_V1(evaluation_trigger);
PG_FUNCTION_INFO_V1(response_trigger);

static bool
NumericGreater(Datum a, Datum b)
{
	return DatumGetBool(DirectFunctionCall2(numeric_gt, a, b));
}

/*
 * BEFORE INSERT OR UPDATE FOR EACH ROW on disbursement: the total paid
 * against a commitment stays within it (23514 disbursement_within_commitment).
 */
Datum
disbursement_trigger(PG_FUNCTION_ARGS)
{
	static Oid	cached_relid = InvalidOid;
	static int	att_id;
	static int	att_commitment;
	static int	att_partnership;
	static int	att_amount;
	static SPIPlanPtr plan_lock = NULL;
	static SPIPlanPtr plan_sum = NULL;
	TriggerData *trigdata;
	Relation	rel;
	HeapTuple	newtup;
	Datum		values[2];
	Datum		committed;
	char	   *partner;
	char	   *currency;
	Datum		others;
	Datum		total;
	Datum		amount;
	bool		isnull;

	trigdata = RegistryTriggerCheck(fcinfo, "disbursement_trigger", true, true,
									REGISTRY_ON_INSERT | REGISTRY_ON_UPDATE);
	if (RegistryRestoring())
		return RegistryPassThrough(trigdata);
	rel = trigdata->tg_relation;
	if (cached_relid != RelationGetRelid(rel))
	{
		att_id = RegistryAttnum(rel, "id");
		att_commitment = RegistryAttnum(rel, "commitment_id");
		att_partnership = RegistryAttnum(rel, "partnership_id");
		att_amount = RegistryAttnum(rel, "amount");
		cached_relid = RelationGetRelid(rel);
	}
	newtup = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ?
		trigdata->tg_newtuple : trigdata->tg_trigtuple;
	/* the row's own checks first: a NaN amount is no amount to add up */
	RegistryCheckRow(rel, TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ?
					 trigdata->tg_trigtuple : NULL, newtup, false);
	amount = RegistryGetAttr(newtup, rel, att_amount, &isnull);
	if (isnull)
		return PointerGetDatum(newtup); /* NOT NULL will refuse it */

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (plan_lock == NULL)
	{
		Oid			argtypes[2] = {INT8OID, INT8OID};

		/* only the row's own partnership: see RegistryExecuteByIds */
		plan_lock = RegistryPreparePlan(
										"SELECT c.amount, p.name, c.currency"
										" FROM @extschema@.commitment c"
										" JOIN @extschema@.partner p ON p.id OPERATOR(pg_catalog.=) c.partner_id"
										" WHERE c.id OPERATOR(pg_catalog.=) $1"
										" AND c.partnership_id OPERATOR(pg_catalog.=) $2 FOR UPDATE OF c",
										2, argtypes);
	}
	if (plan_sum == NULL)
	{
		Oid			argtypes[2] = {INT8OID, INT8OID};

		plan_sum = RegistryPreparePlan(
									   "SELECT pg_catalog.sum(amount) FROM @extschema@.disbursement"
									   " WHERE commitment_id OPERATOR(pg_catalog.=) $1"
									   " AND id OPERATOR(pg_catalog.<>) $2",
									   2, argtypes);
	}
	values[0] = Int64GetDatum(RegistryGetInt64(newtup, rel, att_commitment));
	values[1] = Int64GetDatum(RegistryGetInt64(newtup, rel, att_partnership));
	RegistryExecute(plan_lock, values, NULL, 1);
	if (SPI_processed == 0)
	{
		SPI_finish();			/* the foreign key will refuse it */
		return PointerGetDatum(newtup);
	}
	committed = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1,
							  &isnull);
	/* the commitment as the user knows it: whose, in which currency */
	partner = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2);
	currency = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3);
	values[1] = Int64GetDatum(RegistryGetInt64(newtup, rel, att_id));
	RegistryExecute(plan_sum, values, NULL, 1);
	others = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1,
						   &isnull);
	total = isnull ? amount : DirectFunctionCall2(numeric_add, others, amount);
	if (NumericGreater(total, committed))
		ereport(ERROR,
				errcode(ERRCODE_CHECK_VIOLATION),
				errmsg_cat(MSG_DISBURSEMENT_ABOVE_COMMITMENT, partner,
						   DatumGetCString(DirectFunctionCall1(numeric_out, total)),
						   currency,
						   DatumGetCString(DirectFunctionCall1(numeric_out, committed))),
				errdetail_cat(MSG_DISBURSEMENT_ABOVE_COMMITMENT_DETAIL,
							  isnull ? "0" : DatumGetCString(DirectFunctionCall1(numeric_out, others)),
							  DatumGetCString(DirectFunctionCall1(numeric_out, amount))),
				errhint_cat(MSG_DISBURSEMENT_ABOVE_COMMITMENT_HINT),
				errtablecolconstraint(rel, att_amount,
									  "disbursement_within_commitment"));
	SPI_finish();
	return PointerGetDatum(newtup);
}

/*
 * BEFORE UPDATE FOR EACH ROW on commitment: the amount cannot drop below
 * what has been disbursed (23514 disbursement_within_commitment).
 */
Datum
commitment_trigger(PG_FUNCTION_ARGS)
{
	static Oid	cached_relid = InvalidOid;
	static int	att_id;
	static int	att_amount;
	static int	att_partner;
	static SPIPlanPtr plan_sum = NULL;
	TriggerData *trigdata;
	Relation	rel;
	HeapTuple	newtup;
	Datum		amount;
	Datum		paid;
	bool		isnull;

	trigdata = RegistryTriggerCheck(fcinfo, "commitment_trigger", true, true,
									REGISTRY_ON_UPDATE);
	if (RegistryRestoring())
		return RegistryPassThrough(trigdata);
	rel = trigdata->tg_relation;
	if (cached_relid != RelationGetRelid(rel))
	{
		att_id = RegistryAttnum(rel, "id");
		att_amount = RegistryAttnum(rel, "amount");
		att_partner = RegistryAttnum(rel, "partner_id");
		cached_relid = RelationGetRelid(rel);
	}
	newtup = trigdata->tg_newtuple;
	amount = RegistryGetAttr(newtup, rel, att_amount, &isnull);
	if (isnull)
		return PointerGetDatum(newtup);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	RegistryExecuteById(&plan_sum,
						"SELECT pg_catalog.sum(amount) FROM @extschema@.disbursement"
						" WHERE commitment_id OPERATOR(pg_catalog.=) $1",
						RegistryGetInt64(trigdata->tg_trigtuple, rel, att_id), 1);
	paid = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	if (!isnull && NumericGreater(paid, amount))
		ereport(ERROR,
				errcode(ERRCODE_CHECK_VIOLATION),
				errmsg_cat(MSG_COMMITMENT_BELOW_DISBURSED,
						   RegistryKeyName("partner", "name",
										   RegistryGetInt64(newtup, rel, att_partner)),
						   DatumGetCString(DirectFunctionCall1(numeric_out, amount)),
						   DatumGetCString(DirectFunctionCall1(numeric_out, paid))),
				errhint_cat(MSG_COMMITMENT_BELOW_DISBURSED_HINT),
				errtablecolconstraint(rel, att_amount,
									  "disbursement_within_commitment"));
	SPI_finish();
	RegistryCheckRow(rel, trigdata->tg_trigtuple, newtup, false);
	return PointerGetDatum(newtup);
}

/*
 * BEFORE UPDATE OR DELETE FOR EACH ROW on evaluation: a closed evaluation
 * is immutable (it cannot be reopened either).
 */
Datum
evaluation_trigger(PG_FUNCTION_ARGS)
{
	static Oid	cached_relid = InvalidOid;
	static int	att_status;
	static int	att_id;
	TriggerData *trigdata;
	Relation	rel;
	bool		isnull;
	Datum		status;

	trigdata = RegistryTriggerCheck(fcinfo, "evaluation_trigger", true, true,
									REGISTRY_ON_UPDATE | REGISTRY_ON_DELETE);
	if (RegistryRestoring())
		return RegistryPassThrough(trigdata);
	rel = trigdata->tg_relation;
	if (cached_relid != RelationGetRelid(rel))
	{
		att_status = RegistryAttnum(rel, "status");
		att_id = RegistryAttnum(rel, "id");
		cached_relid = RelationGetRelid(rel);
	}
	status = RegistryGetAttr(trigdata->tg_trigtuple, rel, att_status, &isnull);
	if (!isnull && DatumGetVocabularyCode(status) == EVALUATION_STATUS_CLOSED &&
		(TRIGGER_FIRED_BY_DELETE(trigdata->tg_event) ||
		 !RegistryTuplesEqualExcept(rel, trigdata->tg_trigtuple,
									trigdata->tg_newtuple, NULL, 0)))
		ereport(ERROR,
				errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				errmsg_cat(TRIGGER_FIRED_BY_DELETE(trigdata->tg_event) ?
						   MSG_EVALUATION_CLOSED_DELETE : MSG_EVALUATION_CLOSED_CHANGE,
						   SPI_getvalue(trigdata->tg_trigtuple,
										RelationGetDescr(rel), att_id)),
				errdetail_cat(MSG_EVALUATION_CLOSED_DETAIL),
				errhint_cat(MSG_EVALUATION_CLOSED_HINT),
				errtable(rel));
	return PointerGetDatum(TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ?
						   trigdata->tg_newtuple : trigdata->tg_trigtuple);
}

/*
 * Refuse a change to a closed evaluation's responses.  The evaluation is
 * looked for in the response's own partnership only (RegistryExecuteByIds),
 * so that a response naming another partnership's evaluation is refused
 * by the foreign key and learns nothing about it.
 */
static void
CheckEvaluationOpen(Relation rel, int64 evaluation_id, int64 partnership_id)
{
	static SPIPlanPtr plan = NULL;
	bool		isnull;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	RegistryExecuteByIds(&plan,
						 "SELECT status FROM @extschema@.evaluation"
						 " WHERE id OPERATOR(pg_catalog.=) $1"
						 " AND partnership_id OPERATOR(pg_catalog.=) $2 FOR SHARE",
						 evaluation_id, partnership_id, 1);
	if (SPI_processed > 0 &&
		DatumGetVocabularyCode(SPI_getbinval(SPI_tuptable->vals[0],
											 SPI_tuptable->tupdesc, 1,
											 &isnull)) == EVALUATION_STATUS_CLOSED)
		ereport(ERROR,
				errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				errmsg_cat(MSG_RESPONSE_EVALUATION_CLOSED, evaluation_id),
				errdetail_cat(MSG_EVALUATION_CLOSED_DETAIL),
				errhint_cat(MSG_RESPONSE_EVALUATION_CLOSED_HINT),
				errtable(rel));
	SPI_finish();
}

/*
 * BEFORE INSERT OR UPDATE OR DELETE FOR EACH ROW on response: only an open
 * evaluation's responses change, and a criterion typed by its label is
 * stored as its code.
 */
Datum
response_trigger(PG_FUNCTION_ARGS)
{
	static Oid	cached_relid = InvalidOid;
	static int	att_evaluation;
	static int	att_pid;
	static int	att_criterion;
	TriggerData *trigdata;
	Relation	rel;
	HeapTuple	result;
	int64		oldid;
	int64		oldpid;

	trigdata = RegistryTriggerCheck(fcinfo, "response_trigger", true, true,
									REGISTRY_ON_INSERT | REGISTRY_ON_UPDATE |
									REGISTRY_ON_DELETE);
	if (RegistryRestoring())
		return RegistryPassThrough(trigdata);
	rel = trigdata->tg_relation;
	if (cached_relid != RelationGetRelid(rel))
	{
		att_evaluation = RegistryAttnum(rel, "evaluation_id");
		att_pid = RegistryAttnum(rel, "partnership_id");
		att_criterion = RegistryAttnum(rel, "criterion");
		cached_relid = RelationGetRelid(rel);
	}
	oldid = RegistryGetInt64(trigdata->tg_trigtuple, rel, att_evaluation);
	oldpid = RegistryGetInt64(trigdata->tg_trigtuple, rel, att_pid);
	CheckEvaluationOpen(rel, oldid, oldpid);
	result = trigdata->tg_trigtuple;
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		int64		newid;
		int64		newpid;

		result = trigdata->tg_newtuple;
		newid = RegistryGetInt64(result, rel, att_evaluation);
		newpid = RegistryGetInt64(result, rel, att_pid);
		if (newid != oldid || newpid != oldpid)
			CheckEvaluationOpen(rel, newid, newpid);
	}
	if (!TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
	{
		/* a criterion may be typed by its label, in either language */
		result = RegistryCatalogueWord(rel, result, att_criterion,
									   "criterion", "criterion_pkey");
		RegistryCheckRow(rel, TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ?
						 trigdata->tg_trigtuple : NULL, result, false);
	}
	return PointerGetDatum(result);
}
