/*-------------------------------------------------------------------------
 *
 * vocabulary_terms.c
 *	  The closed vocabularies of the extension, as data.
 *
 * Each vocabulary lists its terms in their sort order; a term's position is
 * its stored code, so terms may only ever be appended (reordering or removing
 * one would change the meaning of stored values).  Aliases are matched after
 * the normalisation described in vocabulary.c, so they are written in lower
 * case with single blanks.  Adding a vocabulary is a table here, a line in
 * vocabulary_types.c and a name in the Makefile's VOCABULARIES.
 *
 * src/vocabulary_terms.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "vocabulary.h"

#define TERMS(array) (array), lengthof(array)

/*
 * sector: the sector of an organisation.  Government, private sector,
 * nonprofits and communities come from the seed; academia and media complete
 * the Pentahelix model used in Indonesian planning; international agencies
 * are a common partner.  Numeric aliases are IATI OrganisationType codes.
 */
static const char *const sector_government[] =
{"pemerintah", "pemda", "instansi pemerintah", "pemerintah daerah",
"pemerintah pusat", "10", "11", "15", NULL};
static const char *const sector_private[] =
{"swasta", "sektor swasta", "badan usaha", "dunia usaha", "bisnis",
"business", "perusahaan", "70", "71", "72", "73", NULL};
static const char *const sector_nonprofit[] =
{"nirlaba", "organisasi nirlaba", "lsm", "ornop", "ngo", "yayasan",
"non profit", "foundation", "21", "22", "23", "24", "60", NULL};
static const char *const sector_community[] =
{"masyarakat", "komunitas", "kelompok masyarakat", "warga", NULL};
static const char *const sector_academia[] =
{"akademisi", "perguruan tinggi", "universitas", "akademik", "academic",
"university", "kampus", "80", NULL};
static const char *const sector_media[] =
{"pers", "press", "media massa", "mass media", NULL};
static const char *const sector_international[] =
{"internasional", "lembaga internasional", "multilateral",
"international organisation", "40", NULL};

static const VocabularyTerm sector_terms[] = {
	{"government", "Government", "Pemerintah", sector_government, 10, 'G'},
	{"private", "Private sector", "Sektor swasta", sector_private, 70, 'B'},
	{"nonprofit", "Nonprofit", "Organisasi nirlaba", sector_nonprofit, 22, '\0'},
	{"community", "Community", "Masyarakat", sector_community, 0, 'C'},
	{"academia", "Academia", "Akademisi", sector_academia, 80, 'A'},
	{"media", "Media", "Media", sector_media, 0, 'M'},
	{"international", "International", "Lembaga internasional",
	sector_international, 40, '\0'},
};

static const VocabularyRefusal sector_refusals[] = {
	{"30",
		"IATI organisation type 30 is a public-private partnership, not the sector of one organisation.",
	"Record each organisation of the partnership as its own partner with its own sector, e.g. government and private."},
	{"90",
		"IATI organisation type 90 (other) does not say which sector the organisation belongs to.",
	"Choose the closest sector: government, private, nonprofit, community, academia, media or international."},
	{NULL, NULL, NULL}
};

const Vocabulary SectorVocabulary = {
	"sector", "sectorset", TERMS(sector_terms), sector_refusals
};

/*
 * role: a stakeholder role in a partnership.  Numeric aliases are IATI
 * OrganisationRole codes; the English IATI names are accepted too.
 */
static const char *const role_lead[] =
{"koordinator", "penanggung jawab", "pemimpin", "ketua", "accountable",
"2", NULL};
static const char *const role_funder[] =
{"penyandang dana", "pendana", "donor", "funding", "1", NULL};
static const char *const role_manager[] =
{"pengelola", "extending", "3", NULL};
static const char *const role_implementer[] =
{"pelaksana", "implementing", "4", NULL};
static const char *const role_advisor[] =
{"pendamping", "narasumber", "tenaga ahli", "adviser", NULL};
static const char *const role_provider[] =
{"penyedia", "penyedia sumber daya", "resource provider", NULL};
static const char *const role_beneficiary[] =
{"penerima manfaat", NULL};
static const char *const role_evaluator[] =
{"pemantau", "penilai", "monitor", NULL};

static const VocabularyTerm role_terms[] = {
	{"lead", "Lead", "Koordinator", role_lead, 2, '\0'},
	{"funder", "Funder", "Penyandang dana", role_funder, 1, '\0'},
	{"manager", "Manager", "Pengelola", role_manager, 3, '\0'},
	{"implementer", "Implementer", "Pelaksana", role_implementer, 4, '\0'},
	{"advisor", "Advisor", "Pendamping", role_advisor, 0, '\0'},
	{"provider", "Resource provider", "Penyedia sumber daya", role_provider, 0, '\0'},
	{"beneficiary", "Beneficiary", "Penerima manfaat", role_beneficiary, 0, '\0'},
	{"evaluator", "Evaluator", "Penilai", role_evaluator, 0, '\0'},
};

const Vocabulary RoleVocabulary = {
	"role", "roleset", TERMS(role_terms), NULL
};

/* formality: the first axis of the seed's four partnership types. */
static const char *const formality_formal[] = {"resmi", NULL};
static const char *const formality_informal[] =
{"tidak formal", "nonformal", "non formal", "tidak resmi", NULL};

static const VocabularyTerm formality_terms[] = {
	{"formal", "Formal", "Formal", formality_formal, 0, '\0'},
	{"informal", "Informal", "Informal", formality_informal, 0, '\0'},
};

const Vocabulary FormalityVocabulary = {
	"formality", NULL, TERMS(formality_terms), NULL
};

/* horizon: the second axis of the seed's four partnership types. */
static const char *const horizon_strategic[] =
{"strategis", "jangka panjang", "long term", NULL};
static const char *const horizon_operational[] =
{"operasional", "jangka pendek", "short term", NULL};

static const VocabularyTerm horizon_terms[] = {
	{"strategic", "Strategic", "Strategis", horizon_strategic, 0, '\0'},
	{"operational", "Operational", "Operasional", horizon_operational, 0, '\0'},
};

const Vocabulary HorizonVocabulary = {
	"horizon", NULL, TERMS(horizon_terms), NULL
};
