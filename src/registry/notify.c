/*-------------------------------------------------------------------------
 *
 * notify.c
 *	  Notifications of the registry's state changes, so that applications
 *	  react instead of polling: an AFTER UPDATE row trigger on partnership
 *	  and agreement sends pg_notify('partnership_events', payload) when an
 *	  agreement is signed or a partnership is activated, suspended,
 *	  completed or terminated.  PostgreSQL delivers notifications only when
 *	  the transaction commits, and never for one that rolls back.  The
 *	  payload is a small JSON object (doc/registry.md#notifications):
 *
 *	  {"event": "partnership_activated", "partnership_id": 7,
 *	   "partnership": "GIZI-1", "agreement_id": null, "agreement": null,
 *	   "institution": "Dinas Kesehatan", "seq": 1, "at": "..."}
 *
 *	  Any role that can connect may LISTEN on any channel: PostgreSQL has no
 *	  privilege for it.  In multi-institution mode, or with setting
 *	  notify_names 0, the payload therefore carries the ids alone (the
 *	  names are null), and a listener reads the rest through the report
 *	  views, which show it only the partnerships it may see (doc/access.md).
 *
 * src/registry/notify.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/relscan.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/pg_type.h"
#include "commands/async.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"
#include "storage/proc.h"
#include "utils/builtins.h"
#include "utils/json.h"
#include "utils/timestamp.h"
#include "utils/snapmgr.h"

#include "registry/registry.h"
#include "registry/scan.h"
#include "vocabulary/fmgr.h"

#define EVENTS_CHANNEL "partnership_events"

PG_FUNCTION_INFO_V1(registry_notify_trigger);

/*
 * Longest text of a payload field, in bytes of its JSON string (quotes and
 * escapes counted): a notification holds fewer than 8000 bytes, and names
 * (of institutions, say) have no limit of their own; a longer one is cut
 * at a character boundary rather than blocking the state change, or
 * notify_due() for every institution.  Counted after escaping, since a
 * control character takes six bytes there: four fields cut to 512
 * characters could still pass 8000.
 */
#define PAYLOAD_FIELD_MAX	1024

PG_FUNCTION_INFO_V1(notify_text);
PG_FUNCTION_INFO_V1(notify_names);

/*
 * Do the payloads carry names (codes, numbers, institutions, items, due
 * days), or the ids alone?  Names only with multi-institution mode off and
 * setting notify_names 1, its default (and 1.0.0's behaviour, which has no
 * such setting): whoever can connect may LISTEN, and with the mode off the
 * registry cannot tell that listener from a role it granted a level.  The
 * one definition, for the trigger and, through notify_names(), for
 * notify_due().  The setting is read in the latest snapshot: a DBA's
 * change applies to the next notification.
 */
static bool
NotifyNamesOn(void)
{
	RegistryScan setting;
	TableScanDesc seq;
	Snapshot	snapshot;
	bool		on = true;

	if (InstitutionModeOn())
		return false;
	snapshot = RegistryScanSnapshot();
	RegistryScanOpen(&setting, "setting", NULL, NULL);
	seq = table_beginscan(setting.heap, snapshot, 0, NULL);
	while (table_scan_getnextslot(seq, ForwardScanDirection, setting.slot))
	{
		char	   *name = RegistryScanText(&setting, RegistryScanAttnum(&setting, "name"));
		bool		isnull;
		Datum		value;

		if (name == NULL || strcmp(name, "notify_names") != 0)
			continue;
		value = RegistryScanGet(&setting, RegistryScanAttnum(&setting, "value"), &isnull);
		on = isnull ||
			DatumGetInt32(DirectFunctionCall1(numeric_int4, value)) != 0;
	}
	table_endscan(seq);
	RegistryScanClose(&setting);
	UnregisterSnapshot(snapshot);
	return on;
}

/*
 * notify_names() -> boolean: whether notifications carry names
 * (NotifyNamesOn), for notify_due().
 */
Datum
notify_names(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(NotifyNamesOn());
}

/* The bytes escape_json() writes for the character at p, of cl bytes. */
static int
JsonEscapedLength(const char *p, int cl)
{
	unsigned char c = (unsigned char) *p;

	if (cl > 1)
		return cl;
	if (c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' ||
		c == '\r' || c == '\t')
		return 2;
	return c < 0x20 ? 6 : 1;
}

/*
 * value, or its longest prefix (cut at a character boundary) whose JSON
 * string fits in PAYLOAD_FIELD_MAX bytes.
 */
static const char *
PayloadText(const char *value)
{
	const char *p = value;
	int			used = 2;		/* the quotes */

	while (*p)
	{
		int			cl = pg_mblen(p);
		int			el = JsonEscapedLength(p, cl);

		if (used + el > PAYLOAD_FIELD_MAX)
			return pnstrdup(value, p - value);
		used += el;
		p += cl;
	}
	return value;
}

/*
 * notify_text(text) -> text: the text as a notification carries it, cut so
 * that its JSON string fits in PAYLOAD_FIELD_MAX bytes (notify_due()).
 */
Datum
notify_text(PG_FUNCTION_ARGS)
{
	char	   *value = text_to_cstring(PG_GETARG_TEXT_PP(0));

	PG_RETURN_TEXT_P(cstring_to_text(PayloadText(value)));
}

/* Append "key": "value" (or null) to a JSON object being built. */
static void
AppendJsonField(StringInfo buf, const char *key, const char *value)
{
	if (buf->len > 1)
		appendStringInfoString(buf, ", ");
	escape_json(buf, key);
	appendStringInfoString(buf, ": ");
	if (value)
		escape_json(buf, PayloadText(value));
	else
		appendStringInfoString(buf, "null");
}

/*
 * The event's number within its transaction, 1, 2, ...: PostgreSQL folds
 * identical notifications of one transaction into one, and two changes of
 * one partnership in one transaction would otherwise be identical.
 */
static int
EventSequence(void)
{
	static LocalTransactionId lxid = InvalidLocalTransactionId;
	static int	seq = 0;

	if (lxid != MyLocalTransactionId())
	{
		lxid = MyLocalTransactionId();
		seq = 0;
	}
	return ++seq;
}

/*
 * AFTER UPDATE FOR EACH ROW on partnership and agreement: notify the state
 * changes listed above.
 */
Datum
registry_notify_trigger(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;
	Relation	rel;
	HeapTuple	oldtup;
	HeapTuple	newtup;
	int			status_att;
	VocabularyCode old_status;
	VocabularyCode new_status;
	bool		isnull;
	bool		is_agreement;
	const char *event = NULL;
	char	   *code = NULL;
	char	   *number = NULL;
	char	   *institution = NULL;
	int64		partnership_id;
	int64		agreement_id = 0;
	int64		owner_id = 0;
	Snapshot	snapshot;
	StringInfoData payload;

	trigdata = RegistryTriggerCheck(fcinfo, "registry_notify_trigger", false,
									true, REGISTRY_ON_UPDATE);
	if (RegistryRestoring())
		return PointerGetDatum(NULL);
	rel = trigdata->tg_relation;
	oldtup = trigdata->tg_trigtuple;
	newtup = trigdata->tg_newtuple;
	is_agreement = strcmp(RelationGetRelationName(rel), "agreement") == 0;
	status_att = RegistryAttnum(rel, "status");

	if (is_agreement)
	{
		old_status = VocabularyCheckCode(&AgreementStatusVocabulary,
										 RegistryGetAttr(oldtup, rel, status_att, &isnull));
		new_status = VocabularyCheckCode(&AgreementStatusVocabulary,
										 RegistryGetAttr(newtup, rel, status_att, &isnull));
		if (old_status != new_status && new_status == AGREEMENT_STATUS_SIGNED)
			event = "agreement_signed";
	}
	else
	{
		old_status = VocabularyCheckCode(&PartnershipStatusVocabulary,
										 RegistryGetAttr(oldtup, rel, status_att, &isnull));
		new_status = VocabularyCheckCode(&PartnershipStatusVocabulary,
										 RegistryGetAttr(newtup, rel, status_att, &isnull));
		if (old_status != new_status)
			switch (new_status)
			{
				case PARTNERSHIP_STATUS_ACTIVE:
					event = "partnership_activated";
					break;
				case PARTNERSHIP_STATUS_SUSPENDED:
					event = "partnership_suspended";
					break;
				case PARTNERSHIP_STATUS_COMPLETED:
					event = "partnership_completed";
					break;
				case PARTNERSHIP_STATUS_TERMINATED:
					event = "partnership_terminated";
					break;
				default:
					break;
			}
	}
	if (event == NULL)
		return PointerGetDatum(NULL);

	if (is_agreement)
	{
		partnership_id = RegistryGetInt64(newtup, rel,
										  RegistryAttnum(rel, "partnership_id"));
		agreement_id = RegistryGetInt64(newtup, rel, RegistryAttnum(rel, "id"));
	}
	else
		partnership_id = RegistryGetInt64(newtup, rel, RegistryAttnum(rel, "id"));

	/* the names only where every listener may read them (see above) */
	if (NotifyNamesOn())
	{
		snapshot = RegistryScanSnapshot();
		if (is_agreement)
		{
			Datum		d = RegistryGetAttr(newtup, rel, RegistryAttnum(rel, "number"),
											&isnull);

			number = isnull ? NULL : TextDatumGetCString(d);
			code = RegistryLookupText(snapshot, "partnership", "code", partnership_id,
									  "owner_id", &owner_id);
		}
		else
		{
			Datum		d = RegistryGetAttr(newtup, rel, RegistryAttnum(rel, "owner_id"),
											&isnull);

			code = TextDatumGetCString(RegistryGetAttr(newtup, rel,
													   RegistryAttnum(rel, "code"),
													   &isnull));
			owner_id = isnull ? 0 : DatumGetInt64(d);
		}
		if (owner_id != 0)
			institution = RegistryLookupText(snapshot, "partner", "name", owner_id,
											 NULL, NULL);
		UnregisterSnapshot(snapshot);
	}

	initStringInfo(&payload);
	appendStringInfoChar(&payload, '{');
	AppendJsonField(&payload, "event", event);
	appendStringInfo(&payload, ", \"partnership_id\": " INT64_FORMAT, partnership_id);
	AppendJsonField(&payload, "partnership", code);
	if (is_agreement)
		appendStringInfo(&payload, ", \"agreement_id\": " INT64_FORMAT, agreement_id);
	else
		appendStringInfoString(&payload, ", \"agreement_id\": null");
	AppendJsonField(&payload, "agreement", number);
	AppendJsonField(&payload, "institution", institution);
	appendStringInfo(&payload, ", \"seq\": %d", EventSequence());
	AppendJsonField(&payload, "at",
					JsonEncodeDateTime(NULL, TimestampTzGetDatum(GetCurrentTransactionStartTimestamp()),
									   TIMESTAMPTZOID, NULL));
	appendStringInfoChar(&payload, '}');

	Async_Notify(EVENTS_CHANNEL, payload.data);
	return PointerGetDatum(NULL);
}
