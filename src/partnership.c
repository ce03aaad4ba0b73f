/*-------------------------------------------------------------------------
 *
 * partnership.c
 *	  Module entry: the magic block, the settings (GUCs) of the extension
 *	  and the helpers that read them.
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
#include "utils/builtins.h"
#include "utils/guc.h"

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
 * case, blanks ignored.  Anything else is an error, not a silent default.
 */
PartnershipLanguage
PartnershipParseLanguage(text *lang)
{
	char	   *str = text_to_cstring(lang);
	char	   *p = str;
	char	   *end;

	while (*p == ' ')
		p++;
	end = p + strlen(p);
	while (end > p && end[-1] == ' ')
		*--end = '\0';

	if (pg_strcasecmp(p, "en") == 0)
		return PARTNERSHIP_LANGUAGE_EN;
	if (pg_strcasecmp(p, "id") == 0)
		return PARTNERSHIP_LANGUAGE_ID;

	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown language \"%s\"", str),
			 errhint("Use 'en' for English or 'id' for Bahasa Indonesia.")));
	pg_unreachable();
}
