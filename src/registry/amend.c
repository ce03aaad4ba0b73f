/*-------------------------------------------------------------------------
 *
 * amend.c
 *	  Renewal (doc/registry.md#renewal): partnership.amend() writes the draft
 *	  addendum of a signed pks or addendum in one call, with the parties
 *	  (roles, responsibilities, signatories, but no signing day) and the
 *	  clauses of the agreement it amends.  The user edits the draft and signs
 *	  it as usual: the parties sign, the status moves to "signed", and the
 *	  signature supersedes the amended agreement, or, when the addendum
 *	  starts after the amended one ends, leaves it in force to its end
 *	  (trigger_agreement.c).
 *
 *	  Everything runs as the caller, with the caller's privileges and
 *	  row-level security, through the registry's own triggers: amend() only
 *	  saves typing the INSERTs.
 *
 * src/registry/amend.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "utils/builtins.h"

#include "messages.h"
#include "registry/registry.h"
#include "registry/scan.h"
#include "vocabulary/fmgr.h"

PG_FUNCTION_INFO_V1(partnership_amend);

/* Run one statement as the caller, under the registry's search_path. */
static void
AmendExecute(SPIPlanPtr *plan, const char *sql, int nargs, Oid *argtypes,
			 Datum *values, const char *nulls, long tcount)
{
	if (*plan == NULL)
		*plan = RegistryPreparePlan(sql, nargs, argtypes);
	RegistryExecuteAsCaller(*plan, values, nulls, tcount);
}

/*
 * partnership.amend(agreement_id bigint, number text, effective_to date
 * DEFAULT NULL) RETURNS bigint: the id of the new draft addendum.
 */
Datum
partnership_amend(PG_FUNCTION_ARGS)
{
	static SPIPlanPtr plan_read = NULL;
	static SPIPlanPtr plan_amended = NULL;
	static SPIPlanPtr plan_insert = NULL;
	static SPIPlanPtr plan_parties = NULL;
	static SPIPlanPtr plan_clauses = NULL;
	Oid			read_types[1] = {INT8OID};
	Oid			insert_types[3] = {INT8OID, TEXTOID, DATEOID};
	Oid			copy_types[2] = {INT8OID, INT8OID};
	Datum		values[3];
	char		nulls[3] = {' ', ' ', ' '};
	int64		agreement_id;
	int64		new_id;
	VocabularyCode kind;
	VocabularyCode status;
	char	   *name;
	bool		isnull;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	agreement_id = PG_GETARG_INT64(0);

	/* an addendum is known by its number: on the paper, in the registry */
	if (PG_ARGISNULL(1) || !RegistryTextNotBlank(PG_GETARG_TEXT_PP(1)))
		ereport(ERROR,
				errcode(PG_ARGISNULL(1) ? ERRCODE_NULL_VALUE_NOT_ALLOWED :
						ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg_cat(MSG_AMEND_NO_NUMBER, agreement_id),
				errhint_cat(MSG_AMEND_NO_NUMBER_HINT));

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	/*
	 * The agreement, locked FOR SHARE: it cannot be signed away, superseded
	 * or terminated while its addendum is written.
	 */
	values[0] = Int64GetDatum(agreement_id);
	AmendExecute(&plan_read,
				 "SELECT kind, status,"
				 " COALESCE(number, '#' OPERATOR(pg_catalog.||) id::pg_catalog.text)"
				 " FROM @extschema@.agreement"
				 " WHERE id OPERATOR(pg_catalog.=) $1 FOR SHARE",
				 1, read_types, values, NULL, 1);
	if (SPI_processed == 0)
		ereport(ERROR,
				errcode(ERRCODE_NO_DATA_FOUND),
				errmsg_cat(MSG_AMEND_NO_AGREEMENT, agreement_id),
				errhint_cat(MSG_AMEND_NO_AGREEMENT_HINT));
	kind = DatumGetVocabularyCode(SPI_getbinval(SPI_tuptable->vals[0],
												SPI_tuptable->tupdesc, 1,
												&isnull));
	status = DatumGetVocabularyCode(SPI_getbinval(SPI_tuptable->vals[0],
												  SPI_tuptable->tupdesc, 2,
												  &isnull));
	name = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3);
	if (kind == AGREEMENT_KIND_MOU)
		ereport(ERROR,
				errcode(ERRCODE_WRONG_OBJECT_TYPE),
				errmsg_cat(MSG_AMEND_MOU, name),
				errdetail_cat(MSG_AMEND_MOU_DETAIL),
				errhint_cat(MSG_AMEND_MOU_HINT));
	if (status != AGREEMENT_STATUS_SIGNED)
		ereport(ERROR,
				errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				errmsg_cat(MSG_AMEND_NOT_SIGNED, name,
						   AgreementStatusVocabulary.terms[status].canonical),
				errdetail_cat(MSG_AMEND_NOT_SIGNED_DETAIL),
				errhint_cat(MSG_AMEND_NOT_SIGNED_HINT));

	/*
	 * Nor one a signed addendum already amends (signed ahead, it leaves the
	 * agreement signed until its end): the chain goes on from the addendum.
	 */
	AmendExecute(&plan_amended,
				 REGISTRY_SIGNED_ADDENDA_OF " LIMIT 1",
				 1, read_types, values, NULL, 1);
	if (SPI_processed > 0)
		ereport(ERROR,
				errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				errmsg_cat(MSG_AMEND_AMENDED, name,
						   SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1)),
				errhint_cat(MSG_AMEND_NOT_SIGNED_HINT));

	/*
	 * The addendum: same partnership, title and objectives; in force from
	 * today, or from the day after the amended one ran out if that is
	 * earlier (no gap), never before the amended one; until effective_to,
	 * else until the amended one's end, or, when that has passed (the end
	 * would come before the start), as long after today as the amended one
	 * ran, but not past the partnership's own end (while that is to come):
	 * a renewal is in force today.
	 */
	values[0] = Int64GetDatum(agreement_id);
	values[1] = PG_ARGISNULL(1) ? (Datum) 0 : PG_GETARG_DATUM(1);
	nulls[1] = PG_ARGISNULL(1) ? 'n' : ' ';
	values[2] = PG_ARGISNULL(2) ? (Datum) 0 : PG_GETARG_DATUM(2);
	nulls[2] = PG_ARGISNULL(2) ? 'n' : ' ';
	AmendExecute(&plan_insert,
				 "INSERT INTO @extschema@.agreement (partnership_id, kind, number,"
				 " amends_id, title, effective_from, effective_to, objectives)"
				 " SELECT a.partnership_id, 'addendum'::@extschema@.agreement_kind, $2,"
				 " a.id, a.title,"
				 " s.starts, COALESCE($3, CASE"
				 "  WHEN a.effective_to OPERATOR(pg_catalog.>=) s.starts THEN a.effective_to"
				 "  ELSE LEAST(CURRENT_DATE OPERATOR(pg_catalog.+)"
				 "   (a.effective_to OPERATOR(pg_catalog.-) a.effective_from),"
				 "   CASE WHEN p.ends_on OPERATOR(pg_catalog.>=) CURRENT_DATE THEN p.ends_on END) END),"
				 " a.objectives"
				 " FROM @extschema@.agreement a"
				 " JOIN @extschema@.partnership p ON p.id OPERATOR(pg_catalog.=) a.partnership_id,"
				 " LATERAL (SELECT GREATEST(a.effective_from, LEAST(CURRENT_DATE,"
				 "  a.effective_to OPERATOR(pg_catalog.+) 1)) AS starts) s"
				 " WHERE a.id OPERATOR(pg_catalog.=) $1"
				 " RETURNING id",
				 3, insert_types, values, nulls, 1);
	if (SPI_processed != 1)
		elog(ERROR, "amend: the addendum of agreement " INT64_FORMAT " was not inserted",
			 agreement_id);
	new_id = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0],
										 SPI_tuptable->tupdesc, 1, &isnull));

	/* the parties, unsigned, and the clauses */
	values[0] = Int64GetDatum(new_id);
	values[1] = Int64GetDatum(agreement_id);
	AmendExecute(&plan_parties,
				 "INSERT INTO @extschema@.agreement_party (agreement_id, partnership_id,"
				 " partner_id, roles, responsibilities, signatory_name, signatory_title)"
				 " SELECT $1, p.partnership_id, p.partner_id, p.roles, p.responsibilities,"
				 " p.signatory_name, p.signatory_title"
				 " FROM @extschema@.agreement_party p"
				 " WHERE p.agreement_id OPERATOR(pg_catalog.=) $2"
				 " ORDER BY p.partner_id",
				 2, copy_types, values, NULL, 0);
	AmendExecute(&plan_clauses,
				 "INSERT INTO @extschema@.agreement_clause (agreement_id, partnership_id,"
				 " kind, article, body)"
				 " SELECT $1, c.partnership_id, c.kind, c.article, c.body"
				 " FROM @extschema@.agreement_clause c"
				 " WHERE c.agreement_id OPERATOR(pg_catalog.=) $2"
				 " ORDER BY c.id",
				 2, copy_types, values, NULL, 0);

	SPI_finish();
	PG_RETURN_INT64(new_id);
}
