/*-------------------------------------------------------------------------
 *
 * compat.h
 *	  Every difference between PostgreSQL server versions that the C code
 *	  of partnership meets, in one place, behind PG_VERSION_NUM guards.
 *
 * Only PostgreSQL 15 is built and tested (the Debian 12 packages); the
 * branches for 13, 14, 16 and 17 are written from each release's headers
 * and release notes and have not been compiled.  The build refuses
 * servers older than 15 anyway, because the install script needs 15
 * (security_invoker views): the 13 and 14 branches only keep the C code
 * from being what stands in the way.  doc/compatibility.md lists every
 * guard and why it is there.
 *
 * src/compat.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PARTNERSHIP_COMPAT_H
#define PARTNERSHIP_COMPAT_H

#include "catalog/dependency.h"
#include "executor/executor.h"
#include "fmgr.h"
#include "nodes/pg_list.h"
#include "storage/proc.h"
#include "utils/fmgrprotos.h"
#include "utils/guc.h"
#include "utils/numeric.h"
#include "utils/rel.h"
#if PG_VERSION_NUM >= 160000
#include "parser/parse_relation.h"
#endif

#if PG_VERSION_NUM < 130000
#error "partnership needs PostgreSQL 15 or later (see doc/compatibility.md)"
#endif

/* ------------------------------------------------------------------------
 * Settings and errors
 * ------------------------------------------------------------------------
 */

/*
 * Reserve the "partnership." prefix of settings: 15 added
 * MarkGUCPrefixReserved, which also removes placeholders already made;
 * before that, EmitWarningsOnPlaceholders only warns about them.
 */
#if PG_VERSION_NUM >= 150000
#define PartnershipReserveGUCPrefix(prefix) MarkGUCPrefixReserved(prefix)
#else
#define PartnershipReserveGUCPrefix(prefix) EmitWarningsOnPlaceholders(prefix)
#endif

/*
 * Soft error reporting: on PostgreSQL 16 and later input functions report
 * bad input through the caller's error-saving context so that
 * pg_input_is_valid() works; before that they simply raise the error.
 */
#if PG_VERSION_NUM >= 160000
#define PARTNERSHIP_ESCONTEXT(fcinfo) ((fcinfo)->context)
#define partnership_errsave(escontext, ...) errsave(escontext, __VA_ARGS__)
#else
#define PARTNERSHIP_ESCONTEXT(fcinfo) ((Node *) NULL)
#define partnership_errsave(escontext, ...) ereport(ERROR, __VA_ARGS__)
#endif

/* ------------------------------------------------------------------------
 * Transactions
 * ------------------------------------------------------------------------
 */

/*
 * The backend's local transaction id, for caches valid within one
 * transaction.  17 moved it into PGPROC's vxid.
 */
#if PG_VERSION_NUM >= 170000
#define MyLocalTransactionId() (MyProc->vxid.lxid)
#else
#define MyLocalTransactionId() (MyProc->lxid)
#endif

/* ------------------------------------------------------------------------
 * Numeric
 * ------------------------------------------------------------------------
 */

#if PG_VERSION_NUM < 140000

/* 14 exported int64_to_numeric; before, the int8 cast does the same. */
static inline Numeric
int64_to_numeric(int64 val)
{
	return DatumGetNumeric(DirectFunctionCall1(int8_numeric, Int64GetDatum(val)));
}

/*
 * val1 / 10^log10val2 with exactly log10val2 decimal digits (14 added it
 * for EXTRACT).  Here through numeric's text input, which is exact.
 */
static inline Numeric
int64_div_fast_to_numeric(int64 val1, int log10val2)
{
	char		digits[32];
	char		buf[64];
	uint64		uval = val1 < 0 ? -(uint64) val1 : (uint64) val1;
	int			len;
	int			point;
	int			i;
	int			n = 0;

	Assert(log10val2 >= 0 && log10val2 < 20);
	len = snprintf(digits, sizeof(digits), UINT64_FORMAT, uval);
	if (val1 < 0)
		buf[n++] = '-';
	if (len <= log10val2)
	{
		buf[n++] = '0';
		buf[n++] = '.';
		for (i = len; i < log10val2; i++)
			buf[n++] = '0';
		memcpy(buf + n, digits, len);
		n += len;
	}
	else
	{
		point = len - log10val2;
		memcpy(buf + n, digits, point);
		n += point;
		if (log10val2 > 0)
		{
			buf[n++] = '.';
			memcpy(buf + n, digits + point, log10val2);
			n += log10val2;
		}
	}
	buf[n] = '\0';
	return DatumGetNumeric(DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
											   ObjectIdGetDatum(InvalidOid),
											   Int32GetDatum(-1)));
}

/* numeric had no infinities before 14. */
#define numeric_is_inf(num) ((void) (num), false)

#endif							/* PG_VERSION_NUM < 140000 */

/* ------------------------------------------------------------------------
 * Writing rows without a plan (the audit trail, audit/audit.c)
 *
 * The audit writer sets up an executor state for one result relation the
 * way logical replication's apply worker does (worker.c), which changed
 * in 14 (result relations by range table index, opened ones in a list),
 * 16 (permissions apart from the range table; index entries told whether
 * only summarizing indexes need them) and 17 (identity sequences looked
 * up through the relation, for partitions).  table_multi_insert and its
 * BulkInsertState argument (NULL here) are the same from 12 to 17.
 * ------------------------------------------------------------------------
 */

/* The range table of one relation. */
static inline void
PartnershipInitRangeTable(EState *estate, RangeTblEntry *rte)
{
#if PG_VERSION_NUM >= 160000
	List	   *perminfos = NIL;

	/* as worker.c does, so that constraint errors can name the row */
	addRTEPermissionInfo(&perminfos, rte);
	ExecInitRangeTable(estate, list_make1(rte), perminfos);
#else
	ExecInitRangeTable(estate, list_make1(rte));
#endif
}

/*
 * Make rri the estate's result relation, so that its AFTER row triggers,
 * if any, find it and so that closing the estate closes its indexes.
 */
static inline void
PartnershipOpenResultRelation(EState *estate, ResultRelInfo *rri)
{
#if PG_VERSION_NUM >= 140000
	estate->es_opened_result_relations =
		lappend(estate->es_opened_result_relations, rri);
#else
	estate->es_result_relations = rri;
	estate->es_num_result_relations = 1;
	estate->es_result_relation_info = rri;
#endif
}

/* Index entries for a row just stored in rri's heap (an insert). */
static inline List *
PartnershipInsertIndexTuples(ResultRelInfo *rri, TupleTableSlot *slot,
							 EState *estate)
{
#if PG_VERSION_NUM >= 160000
	return ExecInsertIndexTuples(rri, slot, estate, false, false, NULL, NIL,
								 false);
#elif PG_VERSION_NUM >= 140000
	return ExecInsertIndexTuples(rri, slot, estate, false, false, NULL, NIL);
#else
	/* 13 takes the result relation from es_result_relation_info */
	Assert(estate->es_result_relation_info == rri);
	return ExecInsertIndexTuples(slot, estate, false, NULL, NIL);
#endif
}

/* One row through rri's triggers, constraints, heap and indexes. */
static inline void
PartnershipSimpleRelationInsert(ResultRelInfo *rri, EState *estate,
								TupleTableSlot *slot)
{
#if PG_VERSION_NUM >= 140000
	ExecSimpleRelationInsert(rri, estate, slot);
#else
	Assert(estate->es_result_relation_info == rri);
	ExecSimpleRelationInsert(estate, slot);
#endif
}

/* Close rri's indexes and any relation its triggers opened. */
static inline void
PartnershipCloseResultRelation(EState *estate, ResultRelInfo *rri)
{
#if PG_VERSION_NUM >= 140000
	(void) rri;
	ExecCloseResultRelations(estate);
#else
	ExecCloseIndices(rri);
	ExecCleanUpTriggerState(estate);
#endif
}

/* The sequence of rel's identity column attnum. */
static inline Oid
PartnershipIdentitySequence(Relation rel, AttrNumber attnum)
{
#if PG_VERSION_NUM >= 170000
	return getIdentitySequence(rel, attnum, false);
#else
	return getIdentitySequence(RelationGetRelid(rel), attnum, false);
#endif
}

#endif							/* PARTNERSHIP_COMPAT_H */
