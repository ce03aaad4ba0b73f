/*-------------------------------------------------------------------------
 *
 * trigger_constraints.c
 *	  The table CHECK and foreign key constraints of the registry that users
 *	  hit, tested in the BEFORE ROW triggers before PostgreSQL tests them,
 *	  so that the error names the row, the value and the fix in the
 *	  session's language (partnership.language), with the SQLSTATE and the
 *	  constraint name PostgreSQL's own report has (see doc/errors.md).
 *
 * The constraints themselves stay in place as the backstop: a test here
 * raises only when the constraint certainly fails, and lets anything else
 * through (a non-ASCII blank in an IATI reference, for instance, is left to
 * the constraint's regular expression).  The tests read the new row only;
 * the foreign keys are one index probe each, with a dirty snapshot, so a
 * row that the key's own check would find (inserted earlier in the same
 * statement, or by a transaction still in progress) is never refused here.
 *
 * RegistryCheckRow is called by partnership_guard_trigger (every table that
 * carries partnership_id), partnership_lifecycle_trigger (partnership) and
 * registry_check_trigger (partner, contact).
 *
 * src/registry/trigger_constraints.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/stratnum.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/pg_am.h"
#include "catalog/pg_type.h"
#include "executor/tuptable.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/datum.h"
#include "utils/fmgroids.h"
#include "utils/inval.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "partnership.h"
#include "registry/registry.h"
#include "registry/scan.h"
#include "vocabulary/fmgr.h"

/* The tables with checks here. */
typedef enum CheckedTable
{
	CT_OTHER,
	CT_PARTNER,
	CT_PARTNERSHIP,
	CT_MEMBER,
	CT_AGREEMENT,
	CT_AGREEMENT_CLAUSE,
	CT_ASSIGNMENT,
	CT_COMMITMENT,
	CT_DISBURSEMENT,
	CT_RESPONSE,
	CT_RISK,
	CT_DOCUMENT,
	CT_INDICATOR,
	CT_MEASUREMENT,
	CT_CONTACT
} CheckedTable;

/* Columns read, per table, by position in columns[] (the tests below use c->att[i]). */
#define CHECK_MAX_COLUMNS 10

typedef struct CheckedTableDef
{
	const char *name;
	CheckedTable table;
	const char *columns[CHECK_MAX_COLUMNS];
} CheckedTableDef;

static const CheckedTableDef checked_tables[] = {
	{"partner", CT_PARTNER, {"id", "name", "iati_ref"}},
	{"partnership", CT_PARTNERSHIP, {"code", "starts_on", "ends_on", "evaluation_interval"}},
	{"member", CT_MEMBER,
	{"partnership_id", "partner_id", "joined_on", "left_on", "influence", "interest"}},
	{"agreement", CT_AGREEMENT,
		{"id", "number", "kind", "amends_id", "status", "effective_from",
	"effective_to", "terminated_on", "termination_reason", "signed_on"}},
	{"agreement_clause", CT_AGREEMENT_CLAUSE, {"agreement_id", "kind"}},
	{"assignment", CT_ASSIGNMENT, {"partnership_id", "partner_id", "activity_id"}},
	{"commitment", CT_COMMITMENT,
	{"partnership_id", "partner_id", "id", "amount", "currency"}},	/* id: never printed, an insert draws it */
	{"disbursement", CT_DISBURSEMENT, {"id", "commitment_id", "amount"}},
	{"response", CT_RESPONSE,
	{"partnership_id", "respondent_id", "evaluation_id", "criterion", "score"}},
	{"risk", CT_RISK,
	{"partnership_id", "owner_id", "challenge", "likelihood", "impact"}},
	{"document", CT_DOCUMENT, {"kind", "title", "url", "sha256"}},
	{"indicator", CT_INDICATOR, {"code", "baseline", "target"}},
	{"measurement", CT_MEASUREMENT, {"indicator_id", "value"}},
	{"contact", CT_CONTACT, {"partner_id", "name", "email", "phone"}},
};

/* Resolved once per relation (a relcache id never changes meaning). */
typedef struct CheckedRelation
{
	Oid			relid;
	CheckedTable table;
	int			att[CHECK_MAX_COLUMNS];
} CheckedRelation;

#define CHECKED_CACHE_SIZE 32
static CheckedRelation checked_cache[CHECKED_CACHE_SIZE];
static int	checked_next = 0;

static const CheckedRelation *
CheckedRelationFor(Relation rel)
{
	Oid			relid = RelationGetRelid(rel);
	const char *name = RelationGetRelationName(rel);
	CheckedRelation *c;
	int			i;

	for (i = 0; i < CHECKED_CACHE_SIZE; i++)
		if (checked_cache[i].relid == relid)
			return &checked_cache[i];

	c = &checked_cache[checked_next];
	checked_next = (checked_next + 1) % CHECKED_CACHE_SIZE;
	c->relid = InvalidOid;
	c->table = CT_OTHER;
	for (i = 0; i < lengthof(checked_tables); i++)
	{
		const CheckedTableDef *def = &checked_tables[i];
		int			j;

		if (strcmp(def->name, name) != 0)
			continue;
		for (j = 0; j < CHECK_MAX_COLUMNS; j++)
			c->att[j] = def->columns[j] ? RegistryAttnum(rel, def->columns[j]) : 0;
		c->table = def->table;
		break;
	}
	c->relid = relid;
	return c;
}

/* ----------------------------------------------------------------
 * Reading the row
 * ----------------------------------------------------------------
 */

static Datum
Get(HeapTuple tuple, Relation rel, int attnum, bool *isnull)
{
	return heap_getattr(tuple, attnum, RelationGetDescr(rel), isnull);
}

/* The text form of a column, "NULL" when null. */
static char *
Text(HeapTuple tuple, Relation rel, int attnum)
{
	char	   *s = SPI_getvalue(tuple, RelationGetDescr(rel), attnum);

	return s ? s : pstrdup("NULL");
}

static char *
DateColumn(HeapTuple tuple, Relation rel, int attnum)
{
	bool		isnull;
	Datum		d = Get(tuple, rel, attnum, &isnull);

	return isnull ? pstrdup("NULL") : RegistryDateText(DatumGetDateADT(d));
}

/* Did the column change in an UPDATE (always true for an INSERT)? */
static bool
Changed(HeapTuple oldtup, HeapTuple newtup, Relation rel, int attnum)
{
	bool		oldnull;
	bool		newnull;
	Datum		o;
	Datum		n;

	if (oldtup == NULL)
		return true;
	o = Get(oldtup, rel, attnum, &oldnull);
	n = Get(newtup, rel, attnum, &newnull);
	if (oldnull || newnull)
		return oldnull != newnull;
	return DatumGetInt64(o) != DatumGetInt64(n);
}

/* Is a text made only of spaces (what pg_catalog.btrim(t) = '' tests)? */
static bool
TextIsSpaces(Datum d)
{
	text	   *t = DatumGetTextPP(d);
	const char *p = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	int			i;

	for (i = 0; i < len; i++)
		if (p[i] != ' ')
			return false;
	return true;
}

/* How messages name an agreement: its number, else its id. */
static char *
AgreementLabel(HeapTuple tuple, Relation rel, const CheckedRelation *c)
{
	bool		isnull;
	Datum		number = Get(tuple, rel, c->att[1], &isnull);

	if (!isnull)
		return TextDatumGetCString(number);
	return psprintf("#%s", Text(tuple, rel, c->att[0]));
}

/*
 * How a message names a row: a catalogue entry taking the text of one or
 * two columns (att2 0: one).  Formatted only when an error is raised, so a
 * row that passes costs nothing for it.
 */
/* What an id column of a row names, for the messages. */
typedef enum RowLook
{
	LOOK_NONE,					/* the value itself */
	LOOK_PARTNER,				/* a partner: "its name" */
	LOOK_PARTNERSHIP,			/* a partnership: "its code" */
	LOOK_INDICATOR,				/* an indicator: "its code" */
	LOOK_COMMITMENT				/* a commitment: "its partner's name" */
} RowLook;

typedef struct RowName
{
	MessageId	msg;
	int			att1;
	int			att2;
	RowLook		look1;
	RowLook		look2;
} RowName;


/* A column of the row as the message names it (RowLook). */
static char *
LookText(Relation rel, HeapTuple tuple, int attnum, RowLook look)
{
	bool		isnull;
	Datum		d;

	if (look == LOOK_NONE)
		return Text(tuple, rel, attnum);
	d = Get(tuple, rel, attnum, &isnull);
	if (isnull)
		return Text(tuple, rel, attnum);
	switch (look)
	{
		case LOOK_PARTNER:
			return RegistryKeyName("partner", "name", DatumGetInt64(d));
		case LOOK_PARTNERSHIP:
			return RegistryKeyName("partnership", "code", DatumGetInt64(d));
		case LOOK_INDICATOR:
		case LOOK_COMMITMENT:
			{
				/*
				 * Looked for in the row's own partnership only: one of
				 * another partnership, which the foreign key refuses, is
				 * named by the id the user typed, never by what it is
				 * (another institution's indicator, whose commitment).
				 */
				bool		own_null;
				Datum		own = Get(tuple, rel, RegistryAttnum(rel, "partnership_id"),
									  &own_null);
				int64		partnership_id = 0;
				int64		partner_id = 0;
				char	   *found;

				if (own_null)
					return Text(tuple, rel, attnum);
				if (look == LOOK_INDICATOR)
				{
					found = RegistryLookupText(GetActiveSnapshot(), "indicator", "code",
											   DatumGetInt64(d), "partnership_id",
											   &partnership_id);
					if (found == NULL || partnership_id != DatumGetInt64(own))
						return Text(tuple, rel, attnum);
					return psprintf("\"%s\"", found);
				}
				found = RegistryLookupText(GetActiveSnapshot(), "commitment", "currency",
										   DatumGetInt64(d), "partnership_id",
										   &partnership_id);
				if (found == NULL || partnership_id != DatumGetInt64(own))
					return Text(tuple, rel, attnum);
				(void) RegistryLookupText(GetActiveSnapshot(), "commitment", "currency",
										  DatumGetInt64(d), "partner_id", &partner_id);
				return RegistryKeyName("partner", "name", partner_id);
			}
		default:
			return Text(tuple, rel, attnum);
	}
}

static char *
RowText(Relation rel, HeapTuple tuple, const RowName *row)
{
	if (row->att2 == 0)
		return MessageFormat(row->msg, 1, LookText(rel, tuple, row->att1, row->look1));
	return MessageFormat(row->msg, 1, LookText(rel, tuple, row->att1, row->look1),
						 LookText(rel, tuple, row->att2, row->look2));
}

/* ----------------------------------------------------------------
 * The tests
 * ----------------------------------------------------------------
 */

/* column BETWEEN 1 AND 5 (smallint), NULL passing */
static void
CheckRating(Relation rel, HeapTuple tuple, int attnum, const char *constraint,
			const RowName *row, MessageId detail, bool optional)
{
	bool		isnull;
	Datum		d = Get(tuple, rel, attnum, &isnull);
	const char *column;

	if (isnull || (DatumGetInt16(d) >= 1 && DatumGetInt16(d) <= 5))
		return;
	column = NameStr(TupleDescAttr(RelationGetDescr(rel), attnum - 1)->attname);
	ereport(ERROR,
			errcode(ERRCODE_CHECK_VIOLATION),
			errmsg_cat(MSG_CHECK_RATING, column, Text(tuple, rel, attnum),
					   RowText(rel, tuple, row)),
			errdetail_cat(detail),
			errhint_cat(optional ? MSG_CHECK_RATING_OPTIONAL_HINT :
						MSG_CHECK_RATING_HINT, column),
			errtableconstraint(rel, constraint));
}

/* amount > 0 AND amount < 'Infinity' (numeric), NULL passing */
static void
CheckAmount(Relation rel, HeapTuple tuple, int attnum, const char *constraint,
			const RowName *row)
{
	static Datum zero = (Datum) 0;
	bool		isnull;
	Datum		d = Get(tuple, rel, attnum, &isnull);
	Numeric		n;

	if (isnull)
		return;
	if (zero == (Datum) 0)
	{
		MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);

		zero = NumericGetDatum(int64_to_numeric(0));
		MemoryContextSwitchTo(old);
	}
	n = DatumGetNumeric(d);
	if (!numeric_is_nan(n) && !numeric_is_inf(n) &&
		DatumGetInt32(DirectFunctionCall2(numeric_cmp, d, zero)) > 0)
		return;
	ereport(ERROR,
			errcode(ERRCODE_CHECK_VIOLATION),
			errmsg_cat(MSG_CHECK_AMOUNT, Text(tuple, rel, attnum),
					   RowText(rel, tuple, row)),
			errhint_cat(MSG_CHECK_AMOUNT_HINT),
			errtableconstraint(rel, constraint));
}

/* later >= earlier (dates), NULL passing; false when it fails */
static bool
DatesInOrder(Relation rel, HeapTuple tuple, int earlier, int later)
{
	bool		null1;
	bool		null2;
	Datum		a = Get(tuple, rel, earlier, &null1);
	Datum		b = Get(tuple, rel, later, &null2);

	return null1 || null2 || DatumGetDateADT(b) >= DatumGetDateADT(a);
}

/*
 * Certainly not '^[^-/&|?[:space:]]+-[^/&|?[:space:]]+$': no hyphen after
 * a first character, nothing after it, or one of / & | ? or an ASCII blank
 * anywhere.  (Other blanks [:space:] may match are left to the constraint.)
 */
static bool
IatiRefIsMalformed(Datum d)
{
	text	   *t = DatumGetTextPP(d);
	const char *p = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	const char *hyphen = memchr(p, '-', len);
	int			i;

	if (hyphen == NULL || hyphen == p || hyphen == p + len - 1)
		return true;
	for (i = 0; i < len; i++)
		if (strchr("/&|? \t\n\r\f\v", p[i]) != NULL && p[i] != '\0')
			return true;
	return false;
}

/*
 * Does a text column fail its CHECK column ~ pattern?  The pattern is the
 * constraint's own, matched in the column's collation, so that this test
 * and the constraint never disagree.
 */
static bool
TextFailsPattern(Relation rel, HeapTuple tuple, int attnum, const char *pattern,
				 Datum *value)
{
	bool		isnull;
	Datum		d = Get(tuple, rel, attnum, &isnull);

	*value = d;
	if (isnull)
		return false;
	return !DatumGetBool(DirectFunctionCall2Coll(textregexeq,
												 TupleDescAttr(RelationGetDescr(rel),
															   attnum - 1)->attcollation,
												 d, CStringGetTextDatum(pattern)));
}

/* A text datum as the error echoes it back. */
static char *
Echo(Datum d)
{
	text	   *t = DatumGetTextPP(d);

	return PartnershipEchoInput(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
}

/* The name of the row in a message: echoed back, "NULL" when missing. */
static char *
NameText(HeapTuple tuple, Relation rel, int attnum)
{
	bool		isnull;
	Datum		d = Get(tuple, rel, attnum, &isnull);

	return isnull ? pstrdup("NULL") : Echo(d);
}

/* column > '-Infinity' AND column < 'Infinity' (numeric, not NaN), NULL passing */
static void
CheckFinite(Relation rel, HeapTuple tuple, int attnum, const RowName *row)
{
	bool		isnull;
	Datum		d = Get(tuple, rel, attnum, &isnull);
	Numeric		n;
	const char *column;

	if (isnull)
		return;
	n = DatumGetNumeric(d);
	if (!numeric_is_nan(n) && !numeric_is_inf(n))
		return;
	column = NameStr(TupleDescAttr(RelationGetDescr(rel), attnum - 1)->attname);
	ereport(ERROR,
			errcode(ERRCODE_CHECK_VIOLATION),
			errmsg_cat(MSG_CHECK_NUMBER_FINITE, column, Text(tuple, rel, attnum),
					   RowText(rel, tuple, row)),
			errhint_cat(MSG_CHECK_NUMBER_FINITE_HINT, column),
			errtablecolconstraint(rel, attnum,
								  psprintf("%s_%s_check", RelationGetRelationName(rel),
										   column)));
}

/* currency ~ '^[A-Z]{3}$' */
static bool
CurrencyIsValid(Datum d)
{
	text	   *t = DatumGetTextPP(d);
	const char *p = VARDATA_ANY(t);
	int			i;

	if (VARSIZE_ANY_EXHDR(t) != 3)
		return false;
	for (i = 0; i < 3; i++)
		if (p[i] < 'A' || p[i] > 'Z')
			return false;
	return true;
}

/*
 * Does the row a foreign key points at exist (one probe of index, whose
 * bigint columns keys are, with a dirty snapshot)?
 */
static bool
RowExists(const char *table, const char *index, const char *keys, int nkeys,
		  const int64 *values)
{
	RegistryScan t;
	IndexScanDesc scan;
	SnapshotData dirty;
	bool		found;

	InitDirtySnapshot(dirty);
	RegistryScanOpen(&t, table, index, keys);
	scan = RegistryScanProbe(&t, &dirty, nkeys, values);
	found = index_getnext_slot(scan, ForwardScanDirection, t.slot);
	index_endscan(scan);
	RegistryScanClose(&t);
	return found;
}

/*
 * Keys found before, so that a load probes each member and each code about
 * once: the rows of a partnership name the same members many times, every
 * agreement the same clause kinds.  Only finding is remembered, and a
 * remembered key is passed unprobed; if its row has gone since (a member
 * deleted, a rolled-back subtransaction), the foreign key itself still
 * refuses the row, in PostgreSQL's words, so the caches never change what
 * is accepted.  A member row that passes the guard is remembered for its
 * own (sub)transaction only: it may still fail later in its statement, and
 * then that (sub)transaction is over; what a probe found is remembered for
 * the session.  A code is remembered only once its row is committed, and
 * forgotten by every session when a catalogue row is renamed or deleted
 * (CodeCacheInvalidate), so that a row naming a code that has gone is
 * refused in the registry's words.  Direct-mapped: one probe of the cache.
 */
#define MEMBER_CACHE_SIZE 256	/* a power of two */
#define CODE_CACHE_SIZE 64		/* a power of two */
#define CODE_CACHE_LEN 32

static struct
{
	int64		partnership_id;
	int64		partner_id;
	bool		valid;
	LocalTransactionId lxid;	/* Invalid: found by a probe */
	SubTransactionId subxid;
}			member_cache[MEMBER_CACHE_SIZE];

static struct
{
	const char *table;			/* a string constant of this file */
	char		code[CODE_CACHE_LEN];
}			code_cache[CODE_CACHE_SIZE];

static inline uint32
MemberSlot(int64 partnership_id, int64 partner_id)
{
	uint64		h = (uint64) partnership_id * UINT64CONST(0x9E3779B97F4A7C15) ^
		(uint64) partner_id;

	return (uint32) (h ^ (h >> 29)) & (MEMBER_CACHE_SIZE - 1);
}

static void
RememberMember(int64 partnership_id, int64 partner_id, bool probed)
{
	uint32		i = MemberSlot(partnership_id, partner_id);

	member_cache[i].partnership_id = partnership_id;
	member_cache[i].partner_id = partner_id;
	member_cache[i].valid = true;
	member_cache[i].lxid = probed ? InvalidLocalTransactionId :
		MyLocalTransactionId();
	member_cache[i].subxid = GetCurrentSubTransactionId();
}

static inline uint32
CodeSlot(const char *table, const char *code)
{
	uint32		h = 2166136261u;

	for (; *table; table++)
		h = (h ^ (unsigned char) *table) * 16777619u;
	for (; *code; code++)
		h = (h ^ (unsigned char) *code) * 16777619u;
	return h & (CODE_CACHE_SIZE - 1);
}

static bool
IsMember(int64 partnership_id, int64 partner_id)
{
	uint32		i = MemberSlot(partnership_id, partner_id);
	int64		keys[2] = {partnership_id, partner_id};

	if (member_cache[i].valid &&
		member_cache[i].partnership_id == partnership_id &&
		member_cache[i].partner_id == partner_id &&
		(member_cache[i].lxid == InvalidLocalTransactionId ||
		 (member_cache[i].lxid == MyLocalTransactionId() &&
		  member_cache[i].subxid == GetCurrentSubTransactionId())))
		return true;
	if (!RowExists("member", "member_pkey", "partnership_id,partner_id", 2,
				   keys))
		return false;
	RememberMember(partnership_id, partner_id, true);
	return true;
}

/*
 * Every remembered code is forgotten on a relcache invalidation: renaming
 * a catalogue's key sends one (CatalogueKeyChange, trigger_catalogue.c),
 * and so does deleting catalogue rows (catalogue_forget_trigger), so that
 * no backend takes the old code for a code after the change commits.
 */
static void
CodeCacheInvalidate(Datum arg, Oid relid)
{
	memset(code_cache, 0, sizeof(code_cache));
}

/* Is code a key of a catalogue (clause_kind, criterion) by its text key? */
static bool
CatalogueHasCode(const char *table, const char *index, Datum code)
{
	static bool callback_registered = false;
	char	   *code_text = TextDatumGetCString(code);
	Relation	heap;
	Relation	idx;
	SnapshotData dirty;
	ScanKeyData key;
	IndexScanDesc scan;
	TupleTableSlot *slot;
	bool		found = true;
	bool		cacheable = false;
	uint32		cached = CodeSlot(table, code_text);

	if (!callback_registered)
	{
		CacheRegisterRelcacheCallback(CodeCacheInvalidate, (Datum) 0);
		callback_registered = true;
	}
	if (code_cache[cached].table != NULL &&
		strcmp(code_cache[cached].table, table) == 0 &&
		strcmp(code_cache[cached].code, code_text) == 0)
		return true;
	heap = table_open(RegistryRelationId(table), AccessShareLock);
	idx = index_open(RegistryRelationId(index), AccessShareLock);

	/* the primary key the extension created: else leave it to the key */
	if (idx->rd_index->indrelid == RelationGetRelid(heap) &&
		idx->rd_index->indisvalid && idx->rd_rel->relam == BTREE_AM_OID &&
		idx->rd_index->indnkeyatts == 1 && idx->rd_index->indkey.values[0] > 0 &&
		TupleDescAttr(RelationGetDescr(heap),
					  idx->rd_index->indkey.values[0] - 1)->atttypid == TEXTOID)
	{
		InitDirtySnapshot(dirty);
		ScanKeyEntryInitialize(&key, 0, 1, BTEqualStrategyNumber, InvalidOid,
							   idx->rd_indcollation[0], F_TEXTEQ, code);
		slot = table_slot_create(heap, NULL);
		scan = index_beginscan(heap, idx, &dirty, 1, 0);
		index_rescan(scan, &key, 1, NULL, 0);
		found = index_getnext_slot(scan, ForwardScanDirection, slot);
		/*
		 * A row still being inserted or deleted, or this transaction's own
		 * insert, may yet not be: it is judged, but not remembered.
		 */
		cacheable = found &&
			!TransactionIdIsValid(dirty.xmin) &&
			!TransactionIdIsValid(dirty.xmax) &&
			!TransactionIdIsCurrentTransactionId(
				HeapTupleHeaderGetXmin(ExecFetchSlotHeapTuple(slot, false, NULL)->t_data));
		index_endscan(scan);
		ExecDropSingleTupleTableSlot(slot);
	}
	index_close(idx, AccessShareLock);
	table_close(heap, AccessShareLock);
	if (cacheable && strlen(code_text) < CODE_CACHE_LEN)
	{
		code_cache[cached].table = table;
		strlcpy(code_cache[cached].code, code_text, CODE_CACHE_LEN);
	}
	return found;
}

/*
 * A catalogue name folded for matching: ASCII letters in lower case, and
 * each run of underscores and white space (RegistryTextNotBlank's) as one
 * space, none at either end.
 */
static char *
CatalogueFold(const char *s, int len)
{
	StringInfoData buf;
	bool		gap = false;
	int			i;

	initStringInfo(&buf);
	for (i = 0; i < len; i++)
	{
		char		ch = s[i];

		if (ch == '_' || ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' ||
			ch == '\f' || ch == '\v')
		{
			gap = buf.len > 0;
			continue;
		}
		if (gap)
			appendStringInfoChar(&buf, ' ');
		gap = false;
		appendStringInfoChar(&buf, pg_ascii_tolower((unsigned char) ch));
	}
	return buf.data;
}

/*
 * The code of the row of a catalogue (clause_kind, criterion: code,
 * label_en, label_id) that a word names: the code itself (*is_code), or
 * either label, in any case, with spaces or underscores between its words
 * ("Jangka waktu", "jangka_waktu", "DURATION" for duration).  NULL when it
 * names no row or more than one; with labelled, the codes of the rows the
 * word is a label of are appended to it.  Read in the statement's snapshot, so
 * that a row the DBA added earlier in the transaction counts and no
 * uncommitted row of another session does.
 */
static char *
CatalogueLookup(const char *table, Datum word, bool *is_code,
				StringInfo labelled)
{
	text	   *t = DatumGetTextPP(word);
	char	   *folded;
	Relation	heap;
	TableScanDesc seq;
	TupleTableSlot *slot;
	int			atts[3];
	char	   *found = NULL;
	bool		ambiguous = false;

	*is_code = false;
	folded = CatalogueFold(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
	heap = table_open(RegistryRelationId(table), AccessShareLock);
	atts[0] = RegistryAttnum(heap, "code");
	atts[1] = RegistryAttnum(heap, "label_en");
	atts[2] = RegistryAttnum(heap, "label_id");
	slot = table_slot_create(heap, NULL);
	seq = table_beginscan(heap, GetActiveSnapshot(), 0, NULL);
	while (!*is_code &&
		   table_scan_getnextslot(seq, ForwardScanDirection, slot))
	{
		bool		isnull;
		Datum		code_datum = slot_getattr(slot, atts[0], &isnull);
		char	   *code;
		bool		named = false;
		int			i;

		if (isnull)
			continue;
		code = TextDatumGetCString(code_datum);
		if (strlen(code) == VARSIZE_ANY_EXHDR(t) &&
			memcmp(code, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)) == 0)
		{
			*is_code = true;
			found = code;
			break;
		}
		for (i = 0; i < lengthof(atts) && !named && folded[0] != '\0'; i++)
		{
			Datum		d = slot_getattr(slot, atts[i], &isnull);
			text	   *name;

			if (isnull)
				continue;
			name = DatumGetTextPP(d);
			named = strcmp(CatalogueFold(VARDATA_ANY(name),
										 VARSIZE_ANY_EXHDR(name)),
						   folded) == 0;
		}
		if (!named)
			continue;
		if (found != NULL && strcmp(found, code) != 0)
			ambiguous = true;
		if (labelled != NULL)
			appendStringInfo(labelled, "%s%s", labelled->len > 0 ? ", " : "",
							 code);
		found = code;
	}
	table_endscan(seq);
	ExecDropSingleTupleTableSlot(slot);
	table_close(heap, AccessShareLock);
	return (ambiguous && !*is_code) ? NULL : found;
}

/*
 * The code a word typed in place of a catalogue code names, for the
 * triggers: NULL when the word is a code already (the common case,
 * answered from CatalogueHasCode's cache) or names no row or several (the
 * foreign key then refuses the word as typed).
 */
static char *
CatalogueCodeNamed(const char *table, const char *index, Datum word)
{
	bool		is_code;
	char	   *code;

	if (CatalogueHasCode(table, index, word))
		return NULL;
	code = CatalogueLookup(table, word, &is_code, NULL);
	return is_code ? NULL : code;
}

/*
 * The row with the catalogue word in column attnum replaced by the code it
 * names (CatalogueCodeNamed), or the row itself: for the BEFORE ROW
 * triggers of agreement_clause (clause_kind) and response (criterion);
 * index is the catalogue's primary key.
 */
HeapTuple
RegistryCatalogueWord(Relation rel, HeapTuple tuple, int attnum,
					  const char *catalogue, const char *index)
{
	bool		isnull;
	Datum		word = RegistryGetAttr(tuple, rel, attnum, &isnull);
	char	   *code;
	Datum		value;
	bool		value_null = false;

	if (isnull)
		return tuple;
	code = CatalogueCodeNamed(catalogue, index, word);
	if (code == NULL)
		return tuple;
	value = CStringGetTextDatum(code);
	return heap_modify_tuple_by_cols(tuple, RelationGetDescr(rel), 1, &attnum,
									 &value, &value_null);
}

PG_FUNCTION_INFO_V1(clause_kind_code);

/*
 * clause_kind_code(word text) -> text: the code of the clause kind a word
 * names (the code itself, or either label; CatalogueLookup), NULL when it
 * names none or several.  What import() reads a sheet's clause list by.
 * Never from the triggers' cache, which may hold a code renamed since.
 */
Datum
clause_kind_code(PG_FUNCTION_ARGS)
{
	bool		is_code;
	char	   *code = CatalogueLookup("clause_kind", PG_GETARG_DATUM(0),
									   &is_code, NULL);

	if (code == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(code));
}

/*
 * The row a table's foreign key created before its member key points at
 * (PostgreSQL checks the keys in the order they were created): the
 * activity of an assignment, the evaluation of a response, the partnership
 * of a risk.  Tested only when the member key fails, so that the earlier
 * key keeps reporting first.
 */
typedef struct EarlierKey
{
	const char *table;
	const char *index;
	const char *keys;			/* bigint columns of the index, in order */
	bool		with_partnership;	/* (partnership_id, att_what) or (att_p) */
} EarlierKey;

static const EarlierKey assignment_activity = {
	"activity", "activity_partnership_id_key", "partnership_id,id", true
};
static const EarlierKey response_evaluation = {
	"evaluation", "evaluation_partnership_id_key", "partnership_id,id", true
};
static const EarlierKey risk_partnership = {
	"partnership", "partnership_pkey", "id", false
};

/*
 * A foreign key to member (partnership_id at att_p, the partner at att_m):
 * refused with msg(partner, partnership, what) when the pair is not a
 * member; what is the row's column att_what (the activity, evaluation,
 * risk), which the message may leave out.  Tested on INSERT, and on UPDATE
 * when the key changed.  Messages name rows by what the user wrote, never
 * by an identity the insert drew.
 */
static void
CheckMemberKey(Relation rel, HeapTuple oldtup, HeapTuple newtup, int att_p,
			   int att_m, int att_what, const EarlierKey *earlier,
			   const char *constraint, MessageId msg)
{
	bool		null_p;
	bool		null_m;
	Datum		p = Get(newtup, rel, att_p, &null_p);
	Datum		m = Get(newtup, rel, att_m, &null_m);

	if (null_p || null_m)
		return;					/* NOT NULL or MATCH SIMPLE */
	if (!Changed(oldtup, newtup, rel, att_p) &&
		!Changed(oldtup, newtup, rel, att_m))
		return;
	if (IsMember(DatumGetInt64(p), DatumGetInt64(m)))
		return;
	if (earlier != NULL)
	{
		bool		null_w;
		Datum		w = Get(newtup, rel, att_what, &null_w);
		int64		keys[2];

		keys[0] = DatumGetInt64(p);
		keys[1] = null_w ? 0 : DatumGetInt64(w);
		if (earlier->with_partnership && null_w)
			return;				/* NOT NULL reports it */
		if (!RowExists(earlier->table, earlier->index, earlier->keys,
					   earlier->with_partnership ? 2 : 1, keys))
			return;				/* the earlier key reports it */
	}
	ereport(ERROR,
			errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
			errmsg_cat(msg, RegistryKeyName("partner", "name", DatumGetInt64(m)), RegistryKeyName("partnership", "code", DatumGetInt64(p)),
					   Text(newtup, rel, att_what)),
			errdetail_cat(MSG_FK_MEMBER_DETAIL),
			errhint_cat(MSG_FK_MEMBER_HINT, RegistryKeyName("partner", "name", DatumGetInt64(m)),
						RegistryKeyName("partnership", "code", DatumGetInt64(p))),
			errtableconstraint(rel, constraint));
}

/* A text foreign key to a catalogue's code, tested when it changed. */
static void
CheckCatalogueKey(Relation rel, HeapTuple oldtup, HeapTuple newtup,
				  int att_code, int att_where, const char *table,
				  const char *index, const char *constraint, MessageId msg,
				  MessageId hint)
{
	bool		isnull;
	Datum		code = Get(newtup, rel, att_code, &isnull);
	StringInfoData labelled;
	bool		is_code;
	bool		shared;

	if (isnull)
		return;
	if (oldtup != NULL)
	{
		bool		oldnull;
		Datum		old = Get(oldtup, rel, att_code, &oldnull);

		if (!oldnull && datumIsEqual(old, code, false, -1))
			return;
	}
	if (CatalogueHasCode(table, index, code))
		return;
	/* a label rows share names none of them: say which (the cold path) */
	initStringInfo(&labelled);
	shared = CatalogueLookup(table, code, &is_code, &labelled) == NULL &&
		labelled.len > 0;
	ereport(ERROR,
			errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
			errmsg_cat(msg, TextDatumGetCString(code), Text(newtup, rel, att_where)),
			shared ?
			errdetail_cat(MSG_FK_CATALOGUE_LABEL_SHARED,
						  TextDatumGetCString(code), labelled.data) : 0,
			errhint_cat(hint),
			errtableconstraint(rel, constraint));
}

static void
CheckAgreement(Relation rel, const CheckedRelation *c, HeapTuple newtup)
{
	bool		isnull;
	bool		amends_null;
	VocabularyCode kind;

	/* agreement_amends_check: (kind = 'addendum') = (amends_id IS NOT NULL) */
	kind = DatumGetVocabularyCode(Get(newtup, rel, c->att[2], &isnull));
	(void) Get(newtup, rel, c->att[3], &amends_null);
	if (!isnull && kind == AGREEMENT_KIND_ADDENDUM && amends_null)
		ereport(ERROR,
				errcode(ERRCODE_CHECK_VIOLATION),
				errmsg_cat(MSG_CHECK_ADDENDUM_NO_AMENDS,
						   AgreementLabel(newtup, rel, c)),
				errdetail_cat(MSG_CHECK_ADDENDUM_NO_AMENDS_DETAIL),
				errhint_cat(MSG_CHECK_ADDENDUM_NO_AMENDS_HINT),
				errtableconstraint(rel, "agreement_amends_check"));
	if (!isnull && kind != AGREEMENT_KIND_ADDENDUM && !amends_null)
		ereport(ERROR,
				errcode(ERRCODE_CHECK_VIOLATION),
				errmsg_cat(MSG_CHECK_AMENDS_NOT_ADDENDUM,
						   AgreementLabel(newtup, rel, c),
						   Text(newtup, rel, c->att[2]),
						   Text(newtup, rel, c->att[3])),
				errhint_cat(MSG_CHECK_AMENDS_NOT_ADDENDUM_HINT),
				errtableconstraint(rel, "agreement_amends_check"));

	/* agreement_dates_check: effective_from <= effective_to */
	if (!DatesInOrder(rel, newtup, c->att[5], c->att[6]))
		ereport(ERROR,
				errcode(ERRCODE_CHECK_VIOLATION),
				errmsg_cat(MSG_CHECK_AGREEMENT_DATES,
						   AgreementLabel(newtup, rel, c),
						   DateColumn(newtup, rel, c->att[6]),
						   DateColumn(newtup, rel, c->att[5])),
				errhint_cat(MSG_CHECK_AGREEMENT_DATES_HINT),
				errtableconstraint(rel, "agreement_dates_check"));

	/*
	 * agreement_termination_check: status <> 'terminated' OR (terminated_on
	 * IS NOT NULL AND termination_reason IS NOT NULL AND
	 * btrim(termination_reason) <> ''): no date, no reason or a blank one.
	 */
	if (DatumGetVocabularyCode(Get(newtup, rel, c->att[4], &isnull)) ==
		AGREEMENT_STATUS_TERMINATED && !isnull)
	{
		bool		date_null;
		bool		reason_null;
		Datum		reason;

		(void) Get(newtup, rel, c->att[7], &date_null);
		reason = Get(newtup, rel, c->att[8], &reason_null);
		if (date_null || reason_null || TextIsSpaces(reason))
			ereport(ERROR,
					errcode(ERRCODE_CHECK_VIOLATION),
					errmsg_cat(MSG_CHECK_TERMINATION,
							   AgreementLabel(newtup, rel, c)),
					errdetail_cat(date_null ? MSG_CHECK_TERMINATION_NO_DATE :
								  MSG_CHECK_TERMINATION_NO_REASON),
					errhint_cat(MSG_CHECK_TERMINATION_HINT),
					errtableconstraint(rel, "agreement_termination_check"));
	}

	/*
	 * agreement_terminated_on_check: not before the signature, whenever
	 * either is written (a draft may carry terminated_on into its signing);
	 * the trigger p25_terminated keeps it out of the future.
	 */
	if (!DatesInOrder(rel, newtup, c->att[9], c->att[7]))
		ereport(ERROR,
				errcode(ERRCODE_CHECK_VIOLATION),
				errmsg_cat(MSG_DATE_BEFORE_SIGNED, "terminated_on",
						   DateColumn(newtup, rel, c->att[7]),
						   RelationGetRelationName(rel),
						   DateColumn(newtup, rel, c->att[9])),
				errhint_cat(MSG_DATE_BEFORE_SIGNED_HINT),
				errtablecolconstraint(rel, c->att[7],
									  "agreement_terminated_on_check"));
}

/*
 * The kinds of a document (document_kind_check), each in English (the word
 * stored) and Indonesian.
 */
static const struct
{
	const char *canonical;
	const char *indonesian;
}			document_kinds[] = {
	{"agreement", "perjanjian"},
	{"minutes", "notulen"},
	{"report", "laporan"},
	{"photo", "foto"},
	{"other", "lainnya"},
};

/*
 * The kind a typed word names (either language, any case, blanks around it
 * ignored), as stored; NULL for any other word.
 */
const char *
DocumentKindCanonical(const char *word)
{
	size_t		len;
	int			i;

	while (*word != '\0' && isspace((unsigned char) *word))
		word++;
	len = strlen(word);
	while (len > 0 && isspace((unsigned char) word[len - 1]))
		len--;
	for (i = 0; i < (int) lengthof(document_kinds); i++)
	{
		if ((strlen(document_kinds[i].canonical) == len &&
			 pg_strncasecmp(word, document_kinds[i].canonical, len) == 0) ||
			(strlen(document_kinds[i].indonesian) == len &&
			 pg_strncasecmp(word, document_kinds[i].indonesian, len) == 0))
			return document_kinds[i].canonical;
	}
	return NULL;
}

/*
 * Does a BEFORE ROW trigger after the guard serve this table and event?
 * Then that trigger tests the constraints, after its own test, so that
 * its error keeps coming first for a row that breaks both (as when the
 * constraint was the first test here).
 */
static bool
LaterTriggerChecks(CheckedTable table, bool update)
{
	switch (table)
	{
		case CT_AGREEMENT_CLAUSE:	/* p20_agreement_part */
		case CT_DISBURSEMENT:	/* p20_disbursement */
		case CT_RESPONSE:		/* p20_response */
			return true;
		case CT_DOCUMENT:		/* p20_document (it reads the kind first) */
			return true;
		case CT_COMMITMENT:		/* p20_commitment, UPDATE */
			return update;
		default:
			return false;
	}
}

/*
 * <table>_dates_finite: every date of the row is a day, not 'infinity' or
 * '-infinity', which no agreement, payment or period has and which the
 * reports' date arithmetic cannot subtract.  Every date column of the
 * table is tested, as its CHECK lists them all.
 */
static void
CheckDatesFinite(Relation rel, HeapTuple tuple)
{
	TupleDesc	desc = RelationGetDescr(rel);
	int			i;

	for (i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, i);
		bool		isnull;
		Datum		d;

		if (att->attisdropped || att->atttypid != DATEOID)
			continue;
		d = Get(tuple, rel, i + 1, &isnull);
		if (!isnull && DATE_NOT_FINITE(DatumGetDateADT(d)))
			ereport(ERROR,
					errcode(ERRCODE_CHECK_VIOLATION),
					errmsg_cat(MSG_CHECK_DATE_INFINITE, NameStr(att->attname),
							   RelationGetRelationName(rel),
							   DateColumn(tuple, rel, i + 1)),
					errhint_cat(MSG_CHECK_DATE_INFINITE_HINT),
					errtablecolconstraint(rel, i + 1,
										  psprintf("%s_dates_finite",
													 RelationGetRelationName(rel))));
	}
}

/*
 * Test the new version of a row of rel (oldtup NULL for an INSERT) against
 * the constraints above; raises the catalogue's message for the first that
 * fails.  Tables without checks here return at once.  from_guard: called
 * by partnership_guard_trigger, which leaves the tables that a later
 * trigger serves to that trigger (LaterTriggerChecks).
 */
void
RegistryCheckRow(Relation rel, HeapTuple oldtup, HeapTuple newtup,
				 bool from_guard)
{
	const CheckedRelation *c = CheckedRelationFor(rel);
	bool		isnull;
	Datum		d;
	RowName		row;

	if (from_guard && LaterTriggerChecks(c->table, oldtup != NULL))
		return;
	CheckDatesFinite(rel, newtup);
	switch (c->table)
	{
		case CT_OTHER:
			return;

		case CT_PARTNER:
			d = Get(newtup, rel, c->att[1], &isnull);
			if (!isnull && TextIsSpaces(d))
				ereport(ERROR,
						errcode(ERRCODE_CHECK_VIOLATION),
						oldtup ? errmsg_cat(MSG_CHECK_PARTNER_NAME,
											Text(oldtup, rel, c->att[0])) :
						errmsg_cat(MSG_CHECK_NEW_PARTNER_NAME),
						errhint_cat(MSG_CHECK_PARTNER_NAME_HINT),
						errtableconstraint(rel, "partner_name_check"));
			d = Get(newtup, rel, c->att[2], &isnull);
			if (!isnull && IatiRefIsMalformed(d))
				ereport(ERROR,
						errcode(ERRCODE_CHECK_VIOLATION),
						errmsg_cat(MSG_CHECK_IATI_REF,
								   PartnershipEchoInput(VARDATA_ANY(DatumGetTextPP(d)),
														VARSIZE_ANY_EXHDR(DatumGetTextPP(d))),
								   Text(newtup, rel, c->att[1])),
						errdetail_cat(MSG_CHECK_IATI_REF_DETAIL),
						errhint_cat(MSG_CHECK_IATI_REF_HINT),
						errtableconstraint(rel, "partner_iati_ref_check"));
			return;

		case CT_PARTNERSHIP:
			if (!DatesInOrder(rel, newtup, c->att[1], c->att[2]))
				ereport(ERROR,
						errcode(ERRCODE_CHECK_VIOLATION),
						errmsg_cat(MSG_CHECK_PARTNERSHIP_DATES,
								   Text(newtup, rel, c->att[0]),
								   DateColumn(newtup, rel, c->att[2]),
								   DateColumn(newtup, rel, c->att[1])),
						errhint_cat(MSG_CHECK_PARTNERSHIP_DATES_HINT),
						errtableconstraint(rel, "partnership_dates_check"));
			d = Get(newtup, rel, c->att[3], &isnull);
			if (!isnull)
			{
				Interval	zero = {0};

				if (!DatumGetBool(DirectFunctionCall2(interval_gt, d,
													  IntervalPGetDatum(&zero))))
					ereport(ERROR,
							errcode(ERRCODE_CHECK_VIOLATION),
							errmsg_cat(MSG_CHECK_EVALUATION_INTERVAL,
									   Text(newtup, rel, c->att[3]),
									   Text(newtup, rel, c->att[0])),
							errhint_cat(MSG_CHECK_EVALUATION_INTERVAL_HINT),
							errtablecolconstraint(rel, c->att[3],
												  "partnership_evaluation_interval_check"));
			}
			return;

		case CT_MEMBER:
			row = (RowName) {MSG_ROW_MEMBER, c->att[1], c->att[0], LOOK_PARTNER, LOOK_PARTNERSHIP};
			if (!DatesInOrder(rel, newtup, c->att[2], c->att[3]))
				ereport(ERROR,
						errcode(ERRCODE_CHECK_VIOLATION),
						errmsg_cat(MSG_CHECK_MEMBER_DATES,
								   RowText(rel, newtup, &row),
								   DateColumn(newtup, rel, c->att[3]),
								   DateColumn(newtup, rel, c->att[2])),
						errhint_cat(MSG_CHECK_MEMBER_DATES_HINT),
						errtableconstraint(rel, "member_dates_check"));
			CheckRating(rel, newtup, c->att[4], "member_influence_check", &row,
						MSG_SCORING_INFLUENCE_DETAIL, true);
			CheckRating(rel, newtup, c->att[5], "member_interest_check", &row,
						MSG_SCORING_INTEREST_DETAIL, true);
			{
				bool		null_p;
				bool		null_m;
				Datum		p = Get(newtup, rel, c->att[0], &null_p);
				Datum		m = Get(newtup, rel, c->att[1], &null_m);

				if (!null_p && !null_m)
					RememberMember(DatumGetInt64(p), DatumGetInt64(m), false);
			}
			return;

		case CT_AGREEMENT:
			CheckAgreement(rel, c, newtup);
			return;

		case CT_AGREEMENT_CLAUSE:
			CheckCatalogueKey(rel, oldtup, newtup, c->att[1], c->att[0],
							  "clause_kind", "clause_kind_pkey",
							  "agreement_clause_kind_fkey", MSG_FK_CLAUSE_KIND,
							  MSG_FK_CLAUSE_KIND_HINT);
			return;

		case CT_ASSIGNMENT:
			CheckMemberKey(rel, oldtup, newtup, c->att[0], c->att[1], c->att[2],
						   &assignment_activity, "assignment_member_fkey",
						   MSG_FK_ASSIGNEE);
			return;

		case CT_COMMITMENT:
			row = (RowName) {MSG_ROW_COMMITMENT, c->att[1], c->att[0], LOOK_PARTNER, LOOK_PARTNERSHIP};
			CheckAmount(rel, newtup, c->att[3], "commitment_amount_check", &row);
			d = Get(newtup, rel, c->att[4], &isnull);
			if (!isnull && !CurrencyIsValid(d))
				ereport(ERROR,
						errcode(ERRCODE_CHECK_VIOLATION),
						errmsg_cat(MSG_CHECK_CURRENCY,
								   PartnershipEchoInput(VARDATA_ANY(DatumGetTextPP(d)),
														VARSIZE_ANY_EXHDR(DatumGetTextPP(d))),
								   RowText(rel, newtup, &row)),
						errdetail_cat(MSG_CHECK_CURRENCY_DETAIL),
						errhint_cat(MSG_CHECK_CURRENCY_HINT),
						errtableconstraint(rel, "commitment_currency_check"));
			CheckMemberKey(rel, oldtup, newtup, c->att[0], c->att[1], c->att[2],
						   NULL, "commitment_member_fkey",
						   MSG_FK_COMMITMENT_PARTNER);
			return;

		case CT_DISBURSEMENT:
			row = (RowName) {MSG_ROW_DISBURSEMENT, c->att[1], 0, LOOK_COMMITMENT, LOOK_NONE};
			CheckAmount(rel, newtup, c->att[2], "disbursement_amount_check", &row);
			return;

		case CT_RESPONSE:
			row = (RowName) {MSG_ROW_RESPONSE, c->att[1], c->att[3], LOOK_PARTNER, LOOK_NONE};
			CheckRating(rel, newtup, c->att[4], "response_score_check", &row,
						MSG_LIKERT_SCORE_RANGE_DETAIL, false);
			CheckCatalogueKey(rel, oldtup, newtup, c->att[3], c->att[2],
							  "criterion", "criterion_pkey",
							  "response_criterion_fkey", MSG_FK_CRITERION,
							  MSG_FK_CRITERION_HINT);
			CheckMemberKey(rel, oldtup, newtup, c->att[0], c->att[1], c->att[2],
						   &response_evaluation, "response_member_fkey",
						   MSG_FK_RESPONDENT);
			return;

		case CT_RISK:
			row = (RowName) {MSG_ROW_RISK, c->att[2], c->att[0], LOOK_NONE, LOOK_PARTNERSHIP};
			CheckRating(rel, newtup, c->att[3], "risk_likelihood_check", &row,
						MSG_SCORING_LIKELIHOOD_DETAIL, false);
			CheckRating(rel, newtup, c->att[4], "risk_impact_check", &row,
						MSG_SCORING_IMPACT_DETAIL, false);
			CheckMemberKey(rel, oldtup, newtup, c->att[0], c->att[1], c->att[2],
						   &risk_partnership, "risk_owner_member_fkey",
						   MSG_FK_RISK_OWNER);
			return;

		case CT_DOCUMENT:
			d = Get(newtup, rel, c->att[0], &isnull);
			if (!isnull)
			{
				char	   *kind = TextDatumGetCString(d);
				const char *canonical = DocumentKindCanonical(kind);

				if (canonical == NULL || strcmp(canonical, kind) != 0)
					ereport(ERROR,
							errcode(ERRCODE_CHECK_VIOLATION),
							errmsg_cat(MSG_CHECK_DOCUMENT_KIND,
									   PartnershipEchoInput(kind, strlen(kind)),
									   Text(newtup, rel, c->att[1])),
							errhint_cat(MSG_CHECK_DOCUMENT_KIND_HINT),
							errtableconstraint(rel, "document_kind_check"));
			}
			d = Get(newtup, rel, c->att[1], &isnull);
			if (!isnull && TextIsSpaces(d))
				ereport(ERROR,
						errcode(ERRCODE_CHECK_VIOLATION),
						errmsg_cat(MSG_CHECK_DOCUMENT_TITLE, Text(newtup, rel, c->att[0])),
						errhint_cat(MSG_CHECK_DOCUMENT_TITLE_HINT),
						errtablecolconstraint(rel, c->att[1], "document_title_check"));
			if (TextFailsPattern(rel, newtup, c->att[2],
								 "^[A-Za-z][A-Za-z0-9+.-]*:[^[:space:]]+$", &d))
				ereport(ERROR,
						errcode(ERRCODE_CHECK_VIOLATION),
						errmsg_cat(MSG_CHECK_DOCUMENT_URL, Echo(d), NameText(newtup, rel, c->att[1])),
						errhint_cat(MSG_CHECK_DOCUMENT_URL_HINT),
						errtablecolconstraint(rel, c->att[2], "document_url_check"));
			if (TextFailsPattern(rel, newtup, c->att[3], "^[0-9a-f]{64}$", &d))
				ereport(ERROR,
						errcode(ERRCODE_CHECK_VIOLATION),
						errmsg_cat(MSG_CHECK_DOCUMENT_SHA256, Echo(d), NameText(newtup, rel, c->att[1])),
						errhint_cat(MSG_CHECK_DOCUMENT_SHA256_HINT),
						errtablecolconstraint(rel, c->att[3], "document_sha256_check"));
			return;

		case CT_INDICATOR:
			row = (RowName) {MSG_ROW_INDICATOR, c->att[0], 0, LOOK_NONE, LOOK_NONE};
			CheckFinite(rel, newtup, c->att[1], &row);
			CheckFinite(rel, newtup, c->att[2], &row);
			return;

		case CT_MEASUREMENT:
			row = (RowName) {MSG_ROW_MEASUREMENT, c->att[0], 0, LOOK_INDICATOR, LOOK_NONE};
			CheckFinite(rel, newtup, c->att[1], &row);
			return;

		case CT_CONTACT:
			d = Get(newtup, rel, c->att[1], &isnull);
			if (!isnull && TextIsSpaces(d))
				ereport(ERROR,
						errcode(ERRCODE_CHECK_VIOLATION),
						errmsg_cat(MSG_CHECK_CONTACT_NAME, Text(newtup, rel, c->att[0])),
						errhint_cat(MSG_CHECK_CONTACT_NAME_HINT),
						errtablecolconstraint(rel, c->att[1], "contact_name_check"));
			if (TextFailsPattern(rel, newtup, c->att[2],
								 "^[^@[:space:]]+@[^@[:space:]]+\\.[^@[:space:]]+$", &d))
				ereport(ERROR,
						errcode(ERRCODE_CHECK_VIOLATION),
						errmsg_cat(MSG_CHECK_CONTACT_EMAIL, Echo(d), NameText(newtup, rel, c->att[1])),
						errhint_cat(MSG_CHECK_CONTACT_EMAIL_HINT),
						errtablecolconstraint(rel, c->att[2], "contact_email_check"));
			if (TextFailsPattern(rel, newtup, c->att[3],
								 "^\\+?[0-9(][0-9 ().-]{2,}$", &d))
				ereport(ERROR,
						errcode(ERRCODE_CHECK_VIOLATION),
						errmsg_cat(MSG_CHECK_CONTACT_PHONE, Echo(d), NameText(newtup, rel, c->att[1])),
						errhint_cat(MSG_CHECK_CONTACT_PHONE_HINT),
						errtablecolconstraint(rel, c->att[3], "contact_phone_check"));
			return;
	}
}

PG_FUNCTION_INFO_V1(registry_check_trigger);

/*
 * BEFORE INSERT OR UPDATE FOR EACH ROW on the tables whose constraints are
 * tested here but that no other BEFORE ROW trigger serves (partner,
 * contact).
 */
Datum
registry_check_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;

	trigdata = RegistryTriggerCheck(fcinfo, "registry_check_trigger", true,
									true, REGISTRY_ON_INSERT | REGISTRY_ON_UPDATE);
	if (RegistryRestoring())
		return RegistryPassThrough(trigdata);
	if (TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
	{
		RegistryCheckRow(trigdata->tg_relation, trigdata->tg_trigtuple,
						 trigdata->tg_newtuple, false);
		return PointerGetDatum(trigdata->tg_newtuple);
	}
	RegistryCheckRow(trigdata->tg_relation, NULL, trigdata->tg_trigtuple, false);
	return PointerGetDatum(trigdata->tg_trigtuple);
}
