/*-------------------------------------------------------------------------
 *
 * audit.c
 *	  The audit trail (doc/registry.md): one audit row per row inserted, updated or
 *	  deleted in a registry table, with who (current_user, session_user),
 *	  when, the table, the partnership, the primary key of the row as jsonb
 *	  and the row before and after as jsonb.  A second trigger makes audit
 *	  append-only.
 *
 *	  The trail doubles the rows every change writes, so it is written in C,
 *	  not through SQL.  The audit tuples are formed here and stored on one
 *	  result relation opened per statement, the way COPY stores rows: NOT
 *	  NULL and CHECK constraints, table_multi_insert of up to 64 rows, then
 *	  their index entries (one row at a time with ExecSimpleRelationInsert,
 *	  as logical replication applies rows, should a DBA give audit insert
 *	  triggers or generated columns).  The row images are exactly what
 *	  to_jsonb(row) gives in SQL: each column is rendered the way to_jsonb
 *	  renders its type, with the output functions looked up once per table,
 *	  and any type without a fast path goes through to_jsonb itself; the
 *	  keys are sorted once per table, so that each image is formed as one
 *	  object, and the key object is taken from the image's values.  No
 *	  privilege on audit is needed or checked: writers get none, and the
 *	  rows are written on the registry's behalf.
 *
 * src/audit/audit.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/table.h"
#include "access/xact.h"
#include "catalog/dependency.h"
#include "catalog/pg_class.h"
#include "catalog/pg_index.h"
#include "catalog/pg_type.h"
#include "commands/sequence.h"
#include "commands/trigger.h"
#include "executor/executor.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "optimizer/optimizer.h"
#include "parser/parse_coerce.h"
#include "rewrite/rewriteHandler.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/fmgroids.h"
#include "utils/hsearch.h"
#include "utils/inval.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/rel.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"

#include "compat.h"
#include "registry/registry.h"

PG_FUNCTION_INFO_V1(audit_trigger);
PG_FUNCTION_INFO_V1(audit_refuse_trigger);

/* The columns of audit this file fills, in the order of AuditColumnNames. */
enum
{
	AUDIT_ID,
	AUDIT_AT,
	AUDIT_ACTOR,
	AUDIT_SESSION_ACTOR,
	AUDIT_RELATION,
	AUDIT_OPERATION,
	AUDIT_PARTNERSHIP_ID,
	AUDIT_ROW_KEY,
	AUDIT_OLD,
	AUDIT_NEW,
	AUDIT_NCOLUMNS
};

static const char *const AuditColumnNames[AUDIT_NCOLUMNS] = {
	"id", "at", "actor", "session_actor", "relation", "operation",
	"partnership_id", "row_key", "old", "new"
};

static const Oid AuditColumnTypes[AUDIT_NCOLUMNS] = {
	INT8OID, TIMESTAMPTZOID, NAMEOID, NAMEOID, TEXTOID, TEXTOID,
	INT8OID, JSONBOID, JSONBOID, JSONBOID
};

static const char *const AuditOperationNames[3] = {"INSERT", "UPDATE", "DELETE"};

/*
 * How one column goes into the jsonb image.  The image must be exactly
 * what to_jsonb(row) gives; the fast kinds do what to_jsonb does for those
 * types (PostgreSQL's jsonb.c, datum_to_jsonb), without its per-value
 * catalog lookups, and every other type is given to to_jsonb itself.
 */
typedef enum AuditColumnKind
{
	AUDIT_COL_DROPPED,
	AUDIT_COL_BOOL,
	AUDIT_COL_INT2,
	AUDIT_COL_INT4,
	AUDIT_COL_INT8,
	AUDIT_COL_NUMERIC,
	AUDIT_COL_TEXT,				/* text, varchar: the string itself */
	AUDIT_COL_DATETIME,			/* date, timestamp, timestamptz: ISO 8601 */
	AUDIT_COL_OUTPUT,			/* any other scalar: its output function */
	AUDIT_COL_TO_JSONB			/* arrays, composites, json, floats, casts */
} AuditColumnKind;

typedef struct AuditColumn
{
	AuditColumnKind kind;
	Oid			typid;			/* base type */
	FmgrInfo	func;			/* output function, or to_jsonb of the type */
} AuditColumn;

/*
 * What the trail needs to know of one audited table, kept for the
 * backend's life and rebuilt after a relcache invalidation of the table
 * (an ALTER TABLE could change its key or columns).
 */
typedef struct AuditedTable
{
	Oid			relid;			/* hash key */
	bool		valid;
	MemoryContext cxt;			/* columns, names; reset on rebuild */
	AttrNumber	partnership_att;	/* 0: the table has none */
	int			ncolumns;
	AuditColumn *columns;

	/*
	 * The image's keys: the columns not dropped, in the order a jsonb
	 * object stores its keys (shorter first, then bytewise), so that the
	 * image is built as one object without pushJsonbValue's sort.
	 */
	int			nimage;
	int		   *image_columns;	/* attribute index of each key */
	JsonbValue *image_keys;		/* its name as a jsonb string */
	/* the primary key columns, as positions among the image's keys */
	int			nkeys;
	int			key_pairs[INDEX_MAX_KEYS];
} AuditedTable;

/*
 * The audit table itself: its columns, identity sequence and CHECK
 * constraints, planned once (an executor state compiles them per
 * statement from these plans instead of from the catalog text).
 */
typedef struct AuditTable
{
	Oid			relid;
	bool		valid;
	MemoryContext cxt;
	AttrNumber	atts[AUDIT_NCOLUMNS];
	Oid			id_sequence;
	int			ncheck;
	Expr	  **checks;
	int			ndefaults;		/* other columns with a default (a DBA's) */
	AttrNumber *default_atts;
	Expr	  **defaults;
} AuditTable;

static AuditTable audit_table = {InvalidOid, false, NULL};


static HTAB *audited_tables = NULL;

static void
AuditInvalidate(Datum arg, Oid relid)
{
	HASH_SEQ_STATUS status;
	AuditedTable *entry;

	if (!OidIsValid(relid) || relid == audit_table.relid)
		audit_table.valid = false;
	if (audited_tables == NULL)
		return;
	hash_seq_init(&status, audited_tables);
	while ((entry = hash_seq_search(&status)) != NULL)
		if (!OidIsValid(relid) || entry->relid == relid)
			entry->valid = false;
}

/* A cast to json decides how to_jsonb renders a type: re-plan the images. */
static void
AuditCastInvalidate(Datum arg, int cacheid, uint32 hashvalue)
{
	AuditInvalidate(arg, InvalidOid);
}

static void
AuditRegisterCallback(void)
{
	static bool registered = false;

	if (!registered)
	{
		CacheRegisterRelcacheCallback(AuditInvalidate, (Datum) 0);
		CacheRegisterSyscacheCallback(CASTSOURCETARGET, AuditCastInvalidate,
									  (Datum) 0);
		registered = true;
	}
}

/*
 * Give a cache entry a fresh memory context.  The old one may still be in
 * use by a writer further up the stack (a DBA's trigger on audit that
 * writes a registry table), so it is not freed at once but handed to the
 * transaction, which frees it at its end.
 */
static void
AuditRetireContext(MemoryContext *cxt)
{
	if (*cxt != NULL)
		MemoryContextSetParent(*cxt, TopTransactionContext);
	*cxt = AllocSetContextCreate(TopMemoryContext, "partnership audit cache",
								 ALLOCSET_SMALL_SIZES);
}

/* How to_jsonb would render a value of this type (see AuditColumnKind). */
static void
AuditPlanColumn(AuditColumn *col, Form_pg_attribute att)
{
	Oid			typid;
	Oid			outfunc;
	bool		isvarlena;

	if (att->attisdropped)
	{
		col->kind = AUDIT_COL_DROPPED;
		return;
	}
	typid = getBaseType(att->atttypid);
	col->typid = typid;
	switch (typid)
	{
		case BOOLOID:
			col->kind = AUDIT_COL_BOOL;
			return;
		case INT2OID:
			col->kind = AUDIT_COL_INT2;
			return;
		case INT4OID:
			col->kind = AUDIT_COL_INT4;
			return;
		case INT8OID:
			col->kind = AUDIT_COL_INT8;
			return;
		case NUMERICOID:
			col->kind = AUDIT_COL_NUMERIC;
			getTypeOutputInfo(typid, &outfunc, &isvarlena);
			fmgr_info_cxt(outfunc, &col->func, CurrentMemoryContext);
			return;
		case TEXTOID:
		case VARCHAROID:
			col->kind = AUDIT_COL_TEXT;
			return;
		case DATEOID:
		case TIMESTAMPOID:
		case TIMESTAMPTZOID:
			col->kind = AUDIT_COL_DATETIME;
			return;
		case FLOAT4OID:
		case FLOAT8OID:
		case JSONOID:
		case JSONBOID:
			break;
		default:
			if (!OidIsValid(get_element_type(typid)) && !type_is_rowtype(typid))
			{
				Oid			castfunc = InvalidOid;

				/* to_jsonb uses a user-defined type's cast to json, if any */
				if (typid < FirstNormalObjectId ||
					find_coercion_pathway(JSONOID, typid, COERCION_EXPLICIT,
										  &castfunc) != COERCION_PATH_FUNC ||
					!OidIsValid(castfunc))
				{
					col->kind = AUDIT_COL_OUTPUT;
					getTypeOutputInfo(typid, &outfunc, &isvarlena);
					fmgr_info_cxt(outfunc, &col->func, CurrentMemoryContext);
					return;
				}
			}
			break;
	}

	/*
	 * Everything else: to_jsonb(anyelement) itself, which learns its
	 * argument's type from the call expression.
	 */
	col->kind = AUDIT_COL_TO_JSONB;
	fmgr_info_cxt(F_TO_JSONB, &col->func, CurrentMemoryContext);
	fmgr_info_set_expr((Node *) makeFuncExpr(F_TO_JSONB, JSONBOID,
											 list_make1(makeNullConst(att->atttypid,
																	  att->atttypmod,
																	  att->attcollation)),
											 InvalidOid, InvalidOid,
											 COERCE_EXPLICIT_CALL),
					   &col->func);
}

/* jsonb's order of object keys: shorter first, then bytewise */
static int
AuditKeyOrder(const JsonbValue *a, const JsonbValue *b)
{
	if (a->val.string.len != b->val.string.len)
		return (a->val.string.len > b->val.string.len) ? 1 : -1;
	return memcmp(a->val.string.val, b->val.string.val, a->val.string.len);
}

/* Put the image's keys (and their columns) in jsonb's order; a few dozen. */
static void
AuditSortImageKeys(AuditedTable *table)
{
	int			i;

	for (i = 1; i < table->nimage; i++)
	{
		JsonbValue	key = table->image_keys[i];
		int			column = table->image_columns[i];
		int			j = i;

		while (j > 0 && AuditKeyOrder(&table->image_keys[j - 1], &key) > 0)
		{
			table->image_keys[j] = table->image_keys[j - 1];
			table->image_columns[j] = table->image_columns[j - 1];
			j--;
		}
		table->image_keys[j] = key;
		table->image_columns[j] = column;
	}
}

static AuditedTable *
AuditedTableFor(Relation rel)
{
	Oid			relid = RelationGetRelid(rel);
	TupleDesc	desc = RelationGetDescr(rel);
	AuditedTable *entry;
	bool		found;
	Oid			pkoid;
	HeapTuple	indtup;
	Form_pg_index index;
	MemoryContext old;
	int			i;

	if (audited_tables == NULL)
	{
		HASHCTL		ctl;

		ctl.keysize = sizeof(Oid);
		ctl.entrysize = sizeof(AuditedTable);
		ctl.hcxt = TopMemoryContext;
		audited_tables = hash_create("partnership audited tables", 32, &ctl,
									 HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
		AuditRegisterCallback();
	}
	entry = hash_search(audited_tables, &relid, HASH_ENTER, &found);
	if (!found)
	{
		entry->valid = false;
		entry->cxt = NULL;
	}
	if (entry->valid)
		return entry;
	AuditRetireContext(&entry->cxt);

	/* how each column goes into the image, and in which order */
	old = MemoryContextSwitchTo(entry->cxt);
	entry->ncolumns = desc->natts;
	entry->columns = palloc0(sizeof(AuditColumn) * desc->natts);
	entry->image_columns = palloc(sizeof(int) * Max(desc->natts, 1));
	entry->image_keys = palloc(sizeof(JsonbValue) * Max(desc->natts, 1));
	entry->nimage = 0;
	for (i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);

		AuditPlanColumn(&entry->columns[i], att);
		if (att->attisdropped)
			continue;
		entry->image_columns[entry->nimage] = i;
		entry->image_keys[entry->nimage].type = jbvString;
		entry->image_keys[entry->nimage].val.string.val = pstrdup(NameStr(att->attname));
		entry->image_keys[entry->nimage].val.string.len = strlen(NameStr(att->attname));
		entry->nimage++;
	}
	MemoryContextSwitchTo(old);
	AuditSortImageKeys(entry);

	/* the row key: the primary key columns, found among the image's keys */
	pkoid = RelationGetPrimaryKeyIndex(rel);
	if (!OidIsValid(pkoid))
		elog(ERROR, "table \"%s\" has no primary key",
			 RelationGetRelationName(rel));
	indtup = SearchSysCache1(INDEXRELID, ObjectIdGetDatum(pkoid));
	if (!HeapTupleIsValid(indtup))
		elog(ERROR, "cache lookup failed for index %u", pkoid);
	index = (Form_pg_index) GETSTRUCT(indtup);
	entry->nkeys = 0;
	for (i = 0; i < entry->nimage; i++)
	{
		int			k;

		for (k = 0; k < index->indnkeyatts; k++)
			if (index->indkey.values[k] == entry->image_columns[i] + 1)
				entry->key_pairs[entry->nkeys++] = i;
	}
	if (entry->nkeys != index->indnkeyatts)
		elog(ERROR, "primary key of \"%s\" is not made of its columns",
			 RelationGetRelationName(rel));
	ReleaseSysCache(indtup);

	/* the partnership a row belongs to */
	if (strcmp(RelationGetRelationName(rel), "partnership") == 0)
		entry->partnership_att = RegistryAttnum(rel, "id");
	else if (SPI_fnumber(desc, "partnership_id") > 0)
		entry->partnership_att = RegistryAttnum(rel, "partnership_id");
	else
		entry->partnership_att = 0;

	entry->valid = true;
	return entry;
}

/* What is kept of the audit table (see AuditTable). */
static AuditTable *
AuditTableFor(Relation audit)
{
	TupleConstr *constr = RelationGetDescr(audit)->constr;
	MemoryContext old;
	int			i;

	if (audit_table.valid && audit_table.relid == RelationGetRelid(audit))
		return &audit_table;

	AuditRegisterCallback();
	AuditRetireContext(&audit_table.cxt);
	audit_table.relid = RelationGetRelid(audit);

	/* the columns written, with the types the extension gave them */
	for (i = 0; i < AUDIT_NCOLUMNS; i++)
	{
		Form_pg_attribute att;

		audit_table.atts[i] = RegistryAttnum(audit, AuditColumnNames[i]);
		att = TupleDescAttr(RelationGetDescr(audit), audit_table.atts[i] - 1);
		if (att->atttypid != AuditColumnTypes[i])
			ereport(ERROR,
					errcode(ERRCODE_DATATYPE_MISMATCH),
					errmsg_cat(MSG_AUDIT_COLUMN_TYPE,
							   AuditColumnNames[i], format_type_be(att->atttypid),
							   format_type_be(AuditColumnTypes[i])),
					errdetail_cat(MSG_AUDIT_COLUMN_TYPE_DETAIL),
					errhint_cat(MSG_AUDIT_COLUMN_TYPE_HINT,
								RelationGetRelationName(audit),
								format_type_be(AuditColumnTypes[i])));
	}
	audit_table.id_sequence = PartnershipIdentitySequence(audit,
														  audit_table.atts[AUDIT_ID]);

	/* CHECK constraints, planned as ExecRelCheck plans them */
	old = MemoryContextSwitchTo(audit_table.cxt);
	audit_table.ncheck = constr ? constr->num_check : 0;
	audit_table.checks = palloc0(sizeof(Expr *) * Max(audit_table.ncheck, 1));
	for (i = 0; i < audit_table.ncheck; i++)
		audit_table.checks[i] = expression_planner((Expr *) stringToNode(constr->check[i].ccbin));

	/* the defaults of any other column (a DBA's addition), planned */
	audit_table.ndefaults = 0;
	audit_table.default_atts = palloc0(sizeof(AttrNumber) * RelationGetDescr(audit)->natts);
	audit_table.defaults = palloc0(sizeof(Expr *) * RelationGetDescr(audit)->natts);
	for (i = 1; i <= RelationGetDescr(audit)->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(RelationGetDescr(audit), i - 1);
		Node	   *def;
		int			k;
		bool		known = false;

		for (k = 0; k < AUDIT_NCOLUMNS; k++)
			if (audit_table.atts[k] == i)
				known = true;
		if (known || att->attisdropped || att->attgenerated)
			continue;
		def = build_column_default(audit, i);
		if (def == NULL)
			continue;
		audit_table.default_atts[audit_table.ndefaults] = i;
		audit_table.defaults[audit_table.ndefaults] = expression_planner((Expr *) def);
		audit_table.ndefaults++;
	}
	MemoryContextSwitchTo(old);

	audit_table.valid = true;
	return &audit_table;
}

/*
 * Rows of one statement are stored AUDIT_BATCH_ROWS at a time with
 * table_multi_insert (one WAL record and buffer lock per page instead of
 * per row), as COPY does, unless audit has insert triggers or generated
 * columns (a DBA's addition): those need ExecSimpleRelationInsert.
 */
#define AUDIT_BATCH_ROWS 64

/*
 * The audit table, opened as a result relation for one trigger call, with
 * what the rows of this call have in common.
 */
typedef struct AuditWriter
{
	EState	   *estate;
	ResultRelInfo *rri;
	TupleTableSlot *slot;		/* one row at a time */
	bool		batch;			/* or AUDIT_BATCH_ROWS rows at a time */
	TupleTableSlot *slots[AUDIT_BATCH_ROWS];
	int			nslots;			/* slots made so far */
	int			nbuffered;		/* rows waiting in them */
	MemoryContext batchcxt;		/* their values; reset after each batch */
	AuditTable *audit;
	ExprState **defaults;		/* audit->defaults, compiled for estate */
	Datum		actor;
	Datum		session_actor;
	Datum		relation;
	Datum		operation;
	TimestampTz at;
} AuditWriter;

static void
AuditWriterOpen(AuditWriter *w, Relation audited, int op,
				Datum actor, Datum session_actor)
{
	Oid			auditid;
	Relation	audit;
	RangeTblEntry *rte;
	MemoryContext old;
	int			i;

	auditid = RegistryRelationId("audit");

	w->estate = CreateExecutorState();
	audit = table_open(auditid, RowExclusiveLock);
	if (audit->rd_rel->relkind != RELKIND_RELATION)
		ereport(ERROR,
				errcode(ERRCODE_WRONG_OBJECT_TYPE),
				errmsg_cat(MSG_AUDIT_NOT_TABLE, RelationGetRelationName(audit)),
				errdetail_cat(MSG_AUDIT_NOT_TABLE_DETAIL),
				errhint_cat(MSG_AUDIT_NOT_TABLE_HINT));
	w->audit = AuditTableFor(audit);
	rte = makeNode(RangeTblEntry);
	rte->rtekind = RTE_RELATION;
	rte->relid = auditid;
	rte->relkind = audit->rd_rel->relkind;
	rte->rellockmode = RowExclusiveLock;
	PartnershipInitRangeTable(w->estate, rte);
	w->rri = makeNode(ResultRelInfo);
	InitResultRelInfo(w->rri, audit, 1, NULL, 0);
	/* so that audit's AFTER row triggers, if any, find it (as in worker.c) */
	PartnershipOpenResultRelation(w->estate, w->rri);
	w->estate->es_output_cid = GetCurrentCommandId(true);
	ExecOpenIndices(w->rri, false);
	w->slot = ExecInitExtraTupleSlot(w->estate, RelationGetDescr(audit),
									 &TTSOpsVirtual);
	w->batch = !(audit->trigdesc &&
				 (audit->trigdesc->trig_insert_before_row ||
				  audit->trigdesc->trig_insert_after_row ||
				  audit->trigdesc->trig_insert_instead_row ||
				  audit->trigdesc->trig_insert_new_table)) &&
		!(RelationGetDescr(audit)->constr &&
		  RelationGetDescr(audit)->constr->has_generated_stored);
	w->nslots = 0;
	w->nbuffered = 0;
	w->batchcxt = AllocSetContextCreate(w->estate->es_query_cxt,
										"partnership audit batch",
										ALLOCSET_DEFAULT_SIZES);

	/* the other columns' defaults, compiled for this executor state */
	old = MemoryContextSwitchTo(w->estate->es_query_cxt);
	w->defaults = palloc(sizeof(ExprState *) * Max(w->audit->ndefaults, 1));
	for (i = 0; i < w->audit->ndefaults; i++)
		w->defaults[i] = ExecInitExpr(w->audit->defaults[i], NULL);
	MemoryContextSwitchTo(old);

	/* the CHECK constraints, compiled for this executor state */
	if (w->audit->ncheck > 0)
	{
		old = MemoryContextSwitchTo(w->estate->es_query_cxt);
		w->rri->ri_ConstraintExprs = palloc(sizeof(ExprState *) * w->audit->ncheck);
		for (i = 0; i < w->audit->ncheck; i++)
			w->rri->ri_ConstraintExprs[i] = ExecInitExpr(w->audit->checks[i], NULL);
		MemoryContextSwitchTo(old);
	}

	w->actor = actor;
	w->session_actor = session_actor;
	w->relation = CStringGetTextDatum(RelationGetRelationName(audited));
	w->operation = CStringGetTextDatum(AuditOperationNames[op]);
	/* the column's default, now(): the start of the transaction */
	w->at = GetCurrentTransactionStartTimestamp();

	/* audit's own AFTER triggers, if a DBA adds any, fire when the call ends */
	AfterTriggerBeginQuery();
}

/* Store the buffered rows: constraints, heap (one multi-insert), indexes. */
static void
AuditWriterFlush(AuditWriter *w)
{
	Relation	audit = w->rri->ri_RelationDesc;
	int			i;

	if (w->nbuffered == 0)
		return;
	if (RelationGetDescr(audit)->constr)
		for (i = 0; i < w->nbuffered; i++)
			ExecConstraints(w->rri, w->slots[i], w->estate);
	table_multi_insert(audit, w->slots, w->nbuffered,
					   w->estate->es_output_cid, 0, NULL);
	for (i = 0; i < w->nbuffered; i++)
	{
		if (w->rri->ri_NumIndices > 0)
			list_free(PartnershipInsertIndexTuples(w->rri, w->slots[i],
												   w->estate));
		ExecClearTuple(w->slots[i]);
		ResetPerTupleExprContext(w->estate);
	}
	w->nbuffered = 0;
	MemoryContextReset(w->batchcxt);
}

static void
AuditWriterClose(AuditWriter *w)
{
	Relation	audit = w->rri->ri_RelationDesc;

	AuditWriterFlush(w);
	AfterTriggerEndQuery(w->estate);
	/* its indexes, and any relation the AFTER triggers opened */
	PartnershipCloseResultRelation(w->estate, w->rri);
	ExecResetTupleTable(w->estate->es_tupleTable, false);
	FreeExecutorState(w->estate);
	table_close(audit, NoLock);
}

/* One column's value as to_jsonb renders it. */
static void
AuditColumnValue(AuditColumn *col, Datum value, JsonbValue *v)
{
	switch (col->kind)
	{
		case AUDIT_COL_BOOL:
			v->type = jbvBool;
			v->val.boolean = DatumGetBool(value);
			break;
		case AUDIT_COL_INT2:
			v->type = jbvNumeric;
			v->val.numeric = int64_to_numeric(DatumGetInt16(value));
			break;
		case AUDIT_COL_INT4:
			v->type = jbvNumeric;
			v->val.numeric = int64_to_numeric(DatumGetInt32(value));
			break;
		case AUDIT_COL_INT8:
			v->type = jbvNumeric;
			v->val.numeric = int64_to_numeric(DatumGetInt64(value));
			break;
		case AUDIT_COL_NUMERIC:
			{
				Numeric		num = DatumGetNumeric(value);

				/* JSON has no NaN or infinity: to_jsonb writes a string */
				if (numeric_is_nan(num) || numeric_is_inf(num))
				{
					v->type = jbvString;
					v->val.string.val = OutputFunctionCall(&col->func, value);
					v->val.string.len = strlen(v->val.string.val);
				}
				else
				{
					v->type = jbvNumeric;
					v->val.numeric = num;
				}
			}
			break;
		case AUDIT_COL_TEXT:
			{
				text	   *txt = DatumGetTextPP(value);

				v->type = jbvString;
				v->val.string.val = VARDATA_ANY(txt);
				v->val.string.len = VARSIZE_ANY_EXHDR(txt);
			}
			break;
		case AUDIT_COL_DATETIME:
			v->type = jbvString;
			v->val.string.val = JsonEncodeDateTime(NULL, value, col->typid, NULL);
			v->val.string.len = strlen(v->val.string.val);
			break;
		case AUDIT_COL_OUTPUT:
			v->type = jbvString;
			v->val.string.val = OutputFunctionCall(&col->func, value);
			v->val.string.len = strlen(v->val.string.val);
			break;
		case AUDIT_COL_TO_JSONB:
			{
				Jsonb	   *jb = DatumGetJsonbP(FunctionCall1(&col->func, value));

				if (JB_ROOT_IS_SCALAR(jb))
					JsonbExtractScalar(&jb->root, v);
				else
				{
					v->type = jbvBinary;
					v->val.binary.data = &jb->root;
					v->val.binary.len = VARSIZE(jb) - VARHDRSZ;
				}
			}
			break;
		case AUDIT_COL_DROPPED:
			elog(ERROR, "dropped column in the audit image");
	}
}

/*
 * A value to_jsonb gave as an array or object, as the tree of JsonbValues
 * an image is built from (convertToJsonb takes no binary containers):
 * what pushJsonbValue does with one.
 */
static void
AuditUnpackValue(JsonbValue *v)
{
	JsonbParseState *state = NULL;
	JsonbIterator *it = JsonbIteratorInit(v->val.binary.data);
	JsonbIteratorToken tok;
	JsonbValue	token;
	JsonbValue *tree = NULL;

	while ((tok = JsonbIteratorNext(&it, &token, false)) != WJB_DONE)
		tree = pushJsonbValue(&state, tok,
							  tok < WJB_BEGIN_ARRAY ? &token : NULL);
	if (tree == NULL)
		elog(ERROR, "empty jsonb container in the audit image");
	*v = *tree;
}

/*
 * A row as a jsonb object, exactly as to_jsonb(row) gives it, and in
 * *pairs its keys and values (for the row key).  The keys are in the
 * order jsonb stores them (AuditSortImageKeys), so the object is formed
 * at once.
 */
static Jsonb *
AuditImage(AuditedTable *table, TupleTableSlot *slot, JsonbPair **pairs)
{
	TupleDesc	desc = slot->tts_tupleDescriptor;
	JsonbValue	object;
	int			k;

	if (desc->natts != table->ncolumns)
		elog(ERROR, "audit image of \"%s\" has %d columns, expected %d",
			 get_rel_name(table->relid), desc->natts, table->ncolumns);
	slot_getallattrs(slot);
	*pairs = palloc(sizeof(JsonbPair) * Max(table->nimage, 1));
	for (k = 0; k < table->nimage; k++)
	{
		int			i = table->image_columns[k];
		JsonbPair  *pair = &(*pairs)[k];

		pair->key = table->image_keys[k];
		pair->order = k;
		if (slot->tts_isnull[i])
			pair->value.type = jbvNull;
		else
		{
			AuditColumnValue(&table->columns[i], slot->tts_values[i],
							 &pair->value);
			if (pair->value.type == jbvBinary)
				AuditUnpackValue(&pair->value);
		}
	}
	object.type = jbvObject;
	object.val.object.nPairs = table->nimage;
	object.val.object.pairs = *pairs;
	return JsonbValueToJsonb(&object);
}

/* The primary key of a row as a jsonb object, from its image's pairs. */
static Datum
AuditRowKey(AuditedTable *table, JsonbPair *image)
{
	JsonbValue	object;
	JsonbPair	pairs[INDEX_MAX_KEYS];
	int			i;

	for (i = 0; i < table->nkeys; i++)
	{
		pairs[i] = image[table->key_pairs[i]];
		pairs[i].order = i;
	}
	object.type = jbvObject;
	object.val.object.nPairs = table->nkeys;
	object.val.object.pairs = pairs;
	return JsonbPGetDatum(JsonbValueToJsonb(&object));
}

/*
 * Write the audit row of one changed row: old is NULL for an INSERT, new
 * for a DELETE.  Batched, it waits in the next buffer slot, its values in
 * the batch's memory; otherwise it is stored at once, from the per-tuple
 * memory of the writer's executor state, reset after every row.
 */
static void
AuditWriteRow(AuditWriter *w, AuditedTable *table,
			  TupleTableSlot *old, TupleTableSlot *new)
{
	TupleTableSlot *slot;
	TupleTableSlot *existing = new ? new : old;
	AttrNumber *atts = w->audit->atts;
	MemoryContext oldcxt;
	Jsonb	   *old_image = NULL;
	Jsonb	   *new_image = NULL;
	JsonbPair  *old_pairs = NULL;
	JsonbPair  *new_pairs = NULL;
	int			i;

	if (w->batch)
	{
		if (w->nbuffered == w->nslots)
			w->slots[w->nslots++] = table_slot_create(w->rri->ri_RelationDesc,
													  &w->estate->es_tupleTable);
		slot = w->slots[w->nbuffered];
		oldcxt = MemoryContextSwitchTo(w->batchcxt);
	}
	else
	{
		slot = w->slot;
		oldcxt = MemoryContextSwitchTo(GetPerTupleMemoryContext(w->estate));
	}

	if (old)
		old_image = AuditImage(table, old, &old_pairs);
	if (new)
		new_image = AuditImage(table, new, &new_pairs);

	ExecClearTuple(slot);
	for (i = 0; i < slot->tts_tupleDescriptor->natts; i++)
	{
		slot->tts_values[i] = (Datum) 0;
		slot->tts_isnull[i] = true;
	}
#define SET(col, value) \
	do { \
		slot->tts_values[atts[col] - 1] = (value); \
		slot->tts_isnull[atts[col] - 1] = false; \
	} while (0)
	SET(AUDIT_ID, Int64GetDatum(nextval_internal(w->audit->id_sequence, false)));
	SET(AUDIT_AT, TimestampTzGetDatum(w->at));
	SET(AUDIT_ACTOR, w->actor);
	SET(AUDIT_SESSION_ACTOR, w->session_actor);
	SET(AUDIT_RELATION, w->relation);
	SET(AUDIT_OPERATION, w->operation);
	if (table->partnership_att > 0)
	{
		bool		isnull;
		Datum		pid = slot_getattr(existing, table->partnership_att, &isnull);

		/* a copy: on 32-bit builds int8 points into the transition tuple */
		if (!isnull)
			SET(AUDIT_PARTNERSHIP_ID, Int64GetDatum(DatumGetInt64(pid)));
	}
	SET(AUDIT_ROW_KEY, AuditRowKey(table, new_pairs ? new_pairs : old_pairs));
	if (old_image)
		SET(AUDIT_OLD, JsonbPGetDatum(old_image));
	if (new_image)
		SET(AUDIT_NEW, JsonbPGetDatum(new_image));
#undef SET
	for (i = 0; i < w->audit->ndefaults; i++)
	{
		AttrNumber	att = w->audit->default_atts[i];
		Form_pg_attribute attr = TupleDescAttr(slot->tts_tupleDescriptor, att - 1);
		bool		isnull;
		Datum		value;

		value = ExecEvalExprSwitchContext(w->defaults[i],
										  GetPerTupleExprContext(w->estate),
										  &isnull);
		/* a batched row's values must outlive the per-tuple memory */
		slot->tts_values[att - 1] = isnull ? (Datum) 0 :
			datumCopy(value, attr->attbyval, attr->attlen);
		slot->tts_isnull[att - 1] = isnull;
	}
	ExecStoreVirtualTuple(slot);
	MemoryContextSwitchTo(oldcxt);

	if (w->batch)
	{
		if (++w->nbuffered == AUDIT_BATCH_ROWS)
			AuditWriterFlush(w);
	}
	else
	{
		PartnershipSimpleRelationInsert(w->rri, w->estate, slot);
		ResetPerTupleExprContext(w->estate);
	}
}
static void
AuditStatement(TriggerData *trigdata, AuditWriter *w, AuditedTable *table,
			   int op)
{
	Relation	rel = trigdata->tg_relation;
	Tuplestorestate *oldts = (op != 0) ? trigdata->tg_oldtable : NULL;
	Tuplestorestate *newts = (op != 2) ? trigdata->tg_newtable : NULL;
	int			oldptr = 0;
	int			newptr = 0;
	TupleTableSlot *oldslot = NULL;
	TupleTableSlot *newslot = NULL;

	if ((op != 0 && oldts == NULL) || (op != 2 && newts == NULL))
		ereport(ERROR,
				errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				errmsg_cat(MSG_AUDIT_NEEDS_TRANSITION),
				errhint_cat(MSG_AUDIT_NEEDS_TRANSITION_HINT));

	if (oldts)
	{
		oldptr = tuplestore_alloc_read_pointer(oldts, EXEC_FLAG_REWIND);
		tuplestore_select_read_pointer(oldts, oldptr);
		tuplestore_rescan(oldts);
		oldslot = ExecInitExtraTupleSlot(w->estate, RelationGetDescr(rel),
										 &TTSOpsMinimalTuple);
	}
	if (newts)
	{
		newptr = tuplestore_alloc_read_pointer(newts, EXEC_FLAG_REWIND);
		tuplestore_select_read_pointer(newts, newptr);
		tuplestore_rescan(newts);
		newslot = ExecInitExtraTupleSlot(w->estate, RelationGetDescr(rel),
										 &TTSOpsMinimalTuple);
	}

	for (;;)
	{
		bool		got_old = false;
		bool		got_new = false;

		if (oldts)
		{
			tuplestore_select_read_pointer(oldts, oldptr);
			got_old = tuplestore_gettupleslot(oldts, true, false, oldslot);
		}
		if (newts)
		{
			tuplestore_select_read_pointer(newts, newptr);
			got_new = tuplestore_gettupleslot(newts, true, false, newslot);
		}
		if (oldts == NULL)
			got_old = got_new;
		if (newts == NULL)
			got_new = got_old;
		if (got_old != got_new)
			elog(ERROR, "transition tables of \"%s\" differ in length",
				 RelationGetRelationName(rel));
		if (!got_old)
			break;
		AuditWriteRow(w, table, oldts ? oldslot : NULL, newts ? newslot : NULL);
	}
}

/* Row level: the trigger's tuples. */
static void
AuditRow(TriggerData *trigdata, AuditWriter *w, AuditedTable *table, int op)
{
	TupleDesc	desc = RelationGetDescr(trigdata->tg_relation);
	TupleTableSlot *oldslot = NULL;
	TupleTableSlot *newslot = NULL;

	if (op != 0)
	{
		oldslot = ExecInitExtraTupleSlot(w->estate, desc, &TTSOpsHeapTuple);
		ExecStoreHeapTuple(trigdata->tg_trigtuple, oldslot, false);
	}
	if (op != 2)
	{
		newslot = ExecInitExtraTupleSlot(w->estate, desc, &TTSOpsHeapTuple);
		ExecStoreHeapTuple(op == 0 ? trigdata->tg_trigtuple : trigdata->tg_newtuple,
						   newslot, false);
	}
	AuditWriteRow(w, table, oldslot, newslot);
}

/*
 * AFTER INSERT OR UPDATE OR DELETE on every registry table: one audit row
 * per row changed.  FOR EACH STATEMENT with the transition tables (how the
 * extension installs it), or FOR EACH ROW.
 */
Datum
audit_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;
	AuditedTable *table;
	AuditWriter writer;
	NameData	actor;
	NameData	session_actor;
	bool		row;
	int			op;

	row = CALLED_AS_TRIGGER(fcinfo) &&
		TRIGGER_FIRED_FOR_ROW(((TriggerData *) fcinfo->context)->tg_event);
	trigdata = RegistryTriggerCheck(fcinfo, "audit_trigger", false, row,
									REGISTRY_ON_INSERT | REGISTRY_ON_UPDATE |
									REGISTRY_ON_DELETE);
	if (RegistryRestoring())
		return RegistryPassThrough(trigdata);

	if (TRIGGER_FIRED_BY_INSERT(trigdata->tg_event))
		op = 0;
	else if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
		op = 1;
	else
		op = 2;

	/* who made the change (looked up now: a role may have been renamed) */
	namestrcpy(&actor, GetUserNameFromId(GetUserId(), false));
	namestrcpy(&session_actor, GetUserNameFromId(GetSessionUserId(), false));

	table = AuditedTableFor(trigdata->tg_relation);
	AuditWriterOpen(&writer, trigdata->tg_relation, op,
					NameGetDatum(&actor), NameGetDatum(&session_actor));
	if (row)
		AuditRow(trigdata, &writer, table, op);
	else
		AuditStatement(trigdata, &writer, table, op);
	AuditWriterClose(&writer);

	return PointerGetDatum(NULL);
}

/*
 * BEFORE UPDATE OR DELETE FOR EACH ROW, and BEFORE TRUNCATE, on audit:
 * the trail is append-only.
 */
Datum
audit_refuse_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;
	MessageId	what;
	bool		row = CALLED_AS_TRIGGER(fcinfo) &&
		TRIGGER_FIRED_FOR_ROW(((TriggerData *) fcinfo->context)->tg_event);

	trigdata = RegistryTriggerCheck(fcinfo, "audit_refuse_trigger", true, row,
									row ? REGISTRY_ON_UPDATE | REGISTRY_ON_DELETE :
									REGISTRY_ON_TRUNCATE);
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
		what = MSG_AUDIT_NO_UPDATE;
	else if (TRIGGER_FIRED_BY_DELETE(trigdata->tg_event))
		what = MSG_AUDIT_NO_DELETE;
	else
		what = MSG_AUDIT_NO_TRUNCATE;

	ereport(ERROR,
			errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			errmsg_cat(what),
			errdetail_cat(MSG_AUDIT_APPEND_ONLY_DETAIL,
						  RelationGetRelationName(trigdata->tg_relation)),
			errtable(trigdata->tg_relation));
	PG_RETURN_NULL();			/* keep compiler quiet */
}
