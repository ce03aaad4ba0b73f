/*-------------------------------------------------------------------------
 *
 * partnership.c
 *	  Module entry: the magic block, the settings (GUCs) of the extension,
 *	  the helpers that read them, and the quoting of user input in error
 *	  messages.
 *
 * Settings that a DBA sets once per database and that must survive pg_dump
 * (rule thresholds) live in the table partnership.setting, not here: GUCs
 * set with ALTER DATABASE are not part of a plain dump.  Only the session's
 * language, a matter of taste per user, and the DBA's consent to drop a
 * registry (partnership.allow_drop) are GUCs.
 *
 * src/partnership.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/guc.h"

#include "messages.h"
#include "partnership.h"

PG_MODULE_MAGIC;

/* partnership.language: language of labels and messages */
int			partnership_language = PARTNERSHIP_LANGUAGE_EN;

static const struct config_enum_entry language_options[] = {
	{"en", PARTNERSHIP_LANGUAGE_EN, false},
	{"id", PARTNERSHIP_LANGUAGE_ID, false},
	{"english", PARTNERSHIP_LANGUAGE_EN, true},
	{"indonesian", PARTNERSHIP_LANGUAGE_ID, true},
	{NULL, 0, false}
};

/* partnership.allow_drop: let DROP EXTENSION delete a registry with rows */
bool		partnership_allow_drop = false;

void		_PG_init(void);

/*
 * Module load: define the settings.
 */
void
_PG_init(void)
{
	DefineCustomEnumVariable("partnership.language",
							 "Language of labels and messages of the partnership extension.",
							 "'en' for English, 'id' for Bahasa Indonesia.",
							 &partnership_language,
							 PARTNERSHIP_LANGUAGE_EN,
							 language_options,
							 PGC_USERSET,
							 0,
							 NULL, NULL, NULL);

	DefineCustomBoolVariable("partnership.allow_drop",
							 "Lets DROP EXTENSION partnership delete a registry that holds rows.",
							 "Off by default: the extension's event trigger refuses to drop a registry with partners, partnerships or audit rows.",
							 &partnership_allow_drop,
							 false,
							 PGC_SUSET,
							 0,
							 NULL, NULL, NULL);

	PartnershipReserveGUCPrefix("partnership");
}

/*
 * Parse the lang argument of label() and friends: 'en' or 'id', in any
 * case, spaces around it ignored (PartnershipLanguageFromText).  Anything
 * else is an error, not a silent default.
 */
PartnershipLanguage
PartnershipParseLanguage(text *lang)
{
	PartnershipLanguage result;

	if (PartnershipLanguageFromText(VARDATA_ANY(lang),
									VARSIZE_ANY_EXHDR(lang), &result))
		return result;

	ereport(ERROR,
			errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			errmsg_cat(MSG_LANGUAGE_UNKNOWN,
					   PartnershipEchoInput(VARDATA_ANY(lang),
											VARSIZE_ANY_EXHDR(lang))),
			errhint_cat(MSG_LANGUAGE_UNKNOWN_HINT));
	pg_unreachable();
}

/*
 * The part of a user's input that an error message quotes: all of it when
 * it is at most PARTNERSHIP_ECHO_MAX bytes long, else its first bytes up to
 * that many, cut at a character boundary, and "...".  Every message of the
 * extension that echoes input goes through here: quoting the whole input
 * made a 1 MB value a 1 MB error message, in the server log and to the
 * client.  The start of a value is enough to recognise it.  The ellipsis is
 * ASCII so that it is valid in every server encoding.  str must be valid
 * in the server encoding (type input always is) and need not be
 * NUL-terminated.
 */
char *
PartnershipEchoInput(const char *str, size_t len)
{
	int			cut;
	char	   *result;

	if (len <= PARTNERSHIP_ECHO_MAX)
		return pnstrdup(str, len);

	/* pg_mbcliplen never reads past the character that crosses the limit */
	cut = pg_mbcliplen(str, (int) Min(len, (size_t) (PARTNERSHIP_ECHO_MAX +
													  MAX_MULTIBYTE_CHAR_LEN)),
					   PARTNERSHIP_ECHO_MAX);
	result = palloc(cut + sizeof("..."));
	memcpy(result, str, cut);
	strcpy(result + cut, "...");
	return result;
}
