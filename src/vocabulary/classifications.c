/*-------------------------------------------------------------------------
 *
 * classifications.c
 *	  Mappings from the sector and role vocabularies to the external
 *	  classifications that reports are compared against: IATI organisation
 *	  types and roles, and the Pentahelix model (academia, business,
 *	  community, government, media) of Indonesian development planning.
 *
 * The codes themselves live in the vocabulary tables (vocabulary/terms.c);
 * these functions only read them.
 *
 * src/vocabulary/classifications.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "port/pg_bitutils.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "vocabulary/vocabulary.h"
#include "vocabulary/fmgr.h"

/* Pentahelix letters, each counted once however many sectors carry it. */
static const char pentahelix_letters[] = "ABCGM";

/* The sectors of a set that carry a Pentahelix letter, as a letter mask. */
static int
PentahelixLetters(VocabularySet set)
{
	int			letters = 0;
	int			t;

	for (t = 0; t < SectorVocabulary.nterms; t++)
	{
		char		letter = SectorVocabulary.terms[t].pentahelix;

		if ((set & VOCABULARY_BIT(t)) && letter != '\0')
			letters |= 1 << (strchr(pentahelix_letters, letter) - pentahelix_letters);
	}
	return letters;
}

/* iati_code(sector): the representative IATI OrganisationType, or NULL */
PG_FUNCTION_INFO_V1(sector_iati_code);
Datum
sector_iati_code(PG_FUNCTION_ARGS)
{
	VocabularyCode code = VocabularyCheckCode(&SectorVocabulary,
											  PG_GETARG_DATUM(0));
	int			iati = SectorVocabulary.terms[code].standard_code;

	if (iati == 0)
		PG_RETURN_NULL();
	PG_RETURN_INT32(iati);
}

/* iati_role(role): the IATI OrganisationRole code, or NULL */
PG_FUNCTION_INFO_V1(role_iati_role);
Datum
role_iati_role(PG_FUNCTION_ARGS)
{
	VocabularyCode code = VocabularyCheckCode(&RoleVocabulary,
											  PG_GETARG_DATUM(0));
	int			iati = RoleVocabulary.terms[code].standard_code;

	if (iati == 0)
		PG_RETURN_NULL();
	PG_RETURN_INT32(iati);
}

/* pentahelix(sector): the Pentahelix letter as "char", or NULL */
PG_FUNCTION_INFO_V1(sector_pentahelix);
Datum
sector_pentahelix(PG_FUNCTION_ARGS)
{
	VocabularyCode code = VocabularyCheckCode(&SectorVocabulary,
											  PG_GETARG_DATUM(0));
	char		letter = SectorVocabulary.terms[code].pentahelix;

	if (letter == '\0')
		PG_RETURN_NULL();
	PG_RETURN_CHAR(letter);
}

/*
 * pentahelix_coverage(sectorset): share of the five Pentahelix letters
 * present, as an exact numeric: 0, 0.2, 0.4, 0.6, 0.8 or 1.
 */
PG_FUNCTION_INFO_V1(sectorset_pentahelix_coverage);
Datum
sectorset_pentahelix_coverage(PG_FUNCTION_ARGS)
{
	VocabularySet set = PG_GETARG_VOCABULARY_SET(0);
	int			present = pg_popcount32((uint32) PentahelixLetters(set));
	char		buf[8];

	if (present == 5)
		strlcpy(buf, "1", sizeof(buf));
	else if (present == 0)
		strlcpy(buf, "0", sizeof(buf));
	else
		snprintf(buf, sizeof(buf), "0.%d", present * 2);

	PG_RETURN_DATUM(DirectFunctionCall3(numeric_in,
										CStringGetDatum(buf),
										ObjectIdGetDatum(InvalidOid),
										Int32GetDatum(-1)));
}

/* is_cross_sector(sectorset): two or more sectors */
PG_FUNCTION_INFO_V1(sectorset_is_cross_sector);
Datum
sectorset_is_cross_sector(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(pg_popcount32((uint32) PG_GETARG_VOCABULARY_SET(0)) >= 2);
}
