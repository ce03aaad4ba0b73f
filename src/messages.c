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
#include "utils/array.h"
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

PG_FUNCTION_INFO_V1(partnership_message);

/*
 * partnership.message(name, VARIADIC args text[]): one entry of the
 * catalogue in the session's language, its %s filled with args in order,
 * for the SQL and PL/pgSQL functions of the extension that raise errors
 * (grant_access()).  Only entries whose conversions are all %s can be
 * filled from SQL: any other is refused, as is a count of arguments that
 * does not match.
 */
Datum
partnership_message(PG_FUNCTION_ARGS)
{
	char	   *name = text_to_cstring(PG_GETARG_TEXT_PP(0));
	ArrayType  *array = PG_GETARG_ARRAYTYPE_P(1);
	Datum	   *args;
	bool	   *nulls;
	int			nargs;
	int			used = 0;
	int			i;
	const char *fmt = NULL;
	const char *p;
	StringInfoData buf;

	for (i = 0; i < NUM_MESSAGES; i++)
		if (strcmp(message_defs[i].name, name) == 0)
		{
			fmt = MessageText((MessageId) i, 1);
			break;
		}
	if (fmt == NULL)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("message \"%s\" is not in the catalogue", name),
				errhint("partnership.messages() lists the catalogue."));
	if (ARR_NDIM(array) > 1)
		ereport(ERROR,
				errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				errmsg("the arguments of message \"%s\" must be a list", name));
	deconstruct_array(array, TEXTOID, -1, false, TYPALIGN_INT, &args, &nulls, &nargs);

	initStringInfo(&buf);
	for (p = fmt; *p; p++)
	{
		if (*p != '%')
		{
			appendStringInfoChar(&buf, *p);
			continue;
		}
		p++;
		if (*p == '%')
			appendStringInfoChar(&buf, '%');
		else if (*p == 's' && used < nargs)
		{
			if (!nulls[used])
				appendStringInfoString(&buf, TextDatumGetCString(args[used]));
			used++;
		}
		else
			ereport(ERROR,
					errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					errmsg("message \"%s\" cannot be filled from SQL", name),
					errdetail("Only %%s conversions are filled, one argument each, and it has another or more than %d.",
							  nargs));
		if (*p == '\0')
			break;
	}
	if (used != nargs)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg_plural("message \"%s\" takes %d argument, not %d",
							  "message \"%s\" takes %d arguments, not %d",
							  used, name, used, nargs));
	PG_RETURN_TEXT_P(cstring_to_text(buf.data));
}
