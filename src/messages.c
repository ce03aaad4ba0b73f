/*-------------------------------------------------------------------------
 *
 * messages.c
 *	  The message catalogue (see messages.h): one table of English and
 *	  Indonesian texts, the functions that pick and format an entry, and
 *	  partnership.messages(), which lists the table for the documentation
 *	  and the tests.
 *
 * src/messages.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"

#include "messages.h"
#include "partnership.h"

typedef struct MessageDef
{
	const char *name;			/* MSG_..., for the documentation */
	const char *en_one;
	const char *en_many;		/* NULL when the entry has no plural */
	const char *id_one;
	const char *id_many;
} MessageDef;

static const MessageDef message_defs[NUM_MESSAGES] = {
#define MESSAGE(id, en, idn) {#id, en, NULL, idn, NULL},
#define MESSAGE_PLURAL(id, en_one, en_many, id_one, id_many) \
	{#id, en_one, en_many, id_one, id_many},
#include "messages/all.def"
#undef MESSAGE
#undef MESSAGE_PLURAL
};

/* The format of an entry in the session's language, for count n. */
const char *
MessageText(MessageId id, unsigned long n)
{
	const MessageDef *def;
	bool		many;

	if ((int) id < 0 || id >= NUM_MESSAGES)
		elog(ERROR, "message %d is not in the catalogue", (int) id);
	def = &message_defs[id];
	many = def->en_many != NULL && n != 1;
	if (partnership_language == PARTNERSHIP_LANGUAGE_ID)
		return many ? def->id_many : def->id_one;
	return many ? def->en_many : def->en_one;
}

/* Format fmt with args into a palloc'd text. */
static char *format_va(const char *fmt, va_list args) pg_attribute_printf(1, 0);

static char *
format_va(const char *fmt, va_list args)
{
	StringInfoData buf;

	initStringInfo(&buf);
	for (;;)
	{
		va_list		copy;
		int			needed;

		va_copy(copy, args);
		needed = appendStringInfoVA(&buf, fmt, copy);
		va_end(copy);
		if (needed == 0)
			break;
		enlargeStringInfo(&buf, needed);
	}
	return buf.data;
}

/* The entry formatted with its arguments, palloc'd. */
char *
MessageFormat(MessageId id, unsigned long n,...)
{
	va_list		args;
	char	   *result;

	va_start(args, n);
	result = format_va(MessageText(id, n), args);
	va_end(args);
	return result;
}

/*
 * The ereport() auxiliaries.  The text is formatted here and handed over
 * as a finished string ("%s"): the catalogue is the translation, so there
 * is nothing for gettext to look up.
 */
int
errmsg_cat(MessageId id,...)
{
	va_list		args;
	char	   *text;

	va_start(args, id);
	text = format_va(MessageText(id, 1), args);
	va_end(args);
	return errmsg_internal("%s", text);
}

int
errmsg_cat_plural(MessageId id, unsigned long n,...)
{
	va_list		args;
	char	   *text;

	va_start(args, n);
	text = format_va(MessageText(id, n), args);
	va_end(args);
	return errmsg_internal("%s", text);
}

int
errdetail_cat(MessageId id,...)
{
	va_list		args;
	char	   *text;

	va_start(args, id);
	text = format_va(MessageText(id, 1), args);
	va_end(args);
	return errdetail_internal("%s", text);
}

int
errdetail_cat_plural(MessageId id, unsigned long n,...)
{
	va_list		args;
	char	   *text;

	va_start(args, n);
	text = format_va(MessageText(id, n), args);
	va_end(args);
	return errdetail_internal("%s", text);
}

int
errhint_cat(MessageId id,...)
{
	va_list		args;
	char	   *text;

	va_start(args, id);
	text = format_va(MessageText(id, 1), args);
	va_end(args);
	return errhint("%s", text);
}

PG_FUNCTION_INFO_V1(partnership_messages);

/*
 * partnership.messages(): every entry of the catalogue, (name, plural,
 * en, en_plural, id, id_plural).
 */
Datum
partnership_messages(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	for (i = 0; i < NUM_MESSAGES; i++)
	{
		const MessageDef *def = &message_defs[i];
		Datum		values[6];
		bool		nulls[6] = {false, false, false, false, false, false};

		values[0] = CStringGetTextDatum(def->name);
		values[1] = BoolGetDatum(def->en_many != NULL);
		values[2] = CStringGetTextDatum(def->en_one);
		values[4] = CStringGetTextDatum(def->id_one);
		if (def->en_many != NULL)
		{
			values[3] = CStringGetTextDatum(def->en_many);
			values[5] = CStringGetTextDatum(def->id_many);
		}
		else
			nulls[3] = nulls[5] = true;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
