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
	{"30", MSG_SECTOR_IATI_30, MSG_SECTOR_IATI_30_HINT},
	{"90", MSG_SECTOR_IATI_90, MSG_SECTOR_IATI_90_HINT},
	{NULL, NUM_MESSAGES, NUM_MESSAGES}
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

/* ----------------------------------------------------------------
 * The registry's statuses and kinds.  Same mechanism, so every word a user
 * types is accepted in English or Indonesian and sorts in lifecycle order.
 * ----------------------------------------------------------------
 */

/* Helper for terms that need no standard code or Pentahelix letter. */
#define WORD(canonical, en, id, aliases) {canonical, en, id, aliases, 0, '\0'}

/* partnership_status: the lifecycle of a partnership (doc/registry.md). */
static const char *const ps_draft[] = {"draf", "rancangan", "konsep", NULL};
static const char *const ps_proposed[] = {"diusulkan", "usulan", "diajukan", NULL};
static const char *const ps_active[] = {"aktif", "berjalan", NULL};
static const char *const ps_suspended[] = {"ditangguhkan", "dibekukan", NULL};
static const char *const ps_completed[] = {"selesai", "tuntas", NULL};
static const char *const ps_terminated[] = {"diakhiri", "dihentikan", NULL};

static const VocabularyTerm partnership_status_terms[] = {
	WORD("draft", "Draft", "Draf", ps_draft),
	WORD("proposed", "Proposed", "Diusulkan", ps_proposed),
	WORD("active", "Active", "Aktif", ps_active),
	WORD("suspended", "Suspended", "Ditangguhkan", ps_suspended),
	WORD("completed", "Completed", "Selesai", ps_completed),
	WORD("terminated", "Terminated", "Diakhiri", ps_terminated),
};

const Vocabulary PartnershipStatusVocabulary = {
	"partnership_status", NULL, TERMS(partnership_status_terms), NULL
};

/*
 * agreement_kind: mou is a non-binding framework (nota kesepahaman), pks a
 * binding cooperation agreement (perjanjian kerja sama), addendum a full
 * new version of a pks.
 */
static const char *const ak_mou[] =
{"nota kesepahaman", "kesepakatan bersama", "memorandum of understanding",
"nk", NULL};
static const char *const ak_pks[] =
{"perjanjian kerja sama", "perjanjian kerjasama", "cooperation agreement", NULL};
static const char *const ak_addendum[] = {"adendum", "amandemen", "amendment", NULL};

static const VocabularyTerm agreement_kind_terms[] = {
	WORD("mou", "Memorandum of understanding", "Nota kesepahaman", ak_mou),
	WORD("pks", "Cooperation agreement", "Perjanjian kerja sama", ak_pks),
	WORD("addendum", "Addendum", "Adendum", ak_addendum),
};

const Vocabulary AgreementKindVocabulary = {
	"agreement_kind", NULL, TERMS(agreement_kind_terms), NULL
};

/* agreement_status: draft -> signed -> superseded | terminated. */
static const char *const as_draft[] = {"draf", "rancangan", "konsep", NULL};
static const char *const as_signed[] = {"ditandatangani", "berlaku", NULL};
static const char *const as_superseded[] = {"digantikan", "diganti", NULL};
static const char *const as_terminated[] = {"diakhiri", "dihentikan", "dibatalkan", NULL};

static const VocabularyTerm agreement_status_terms[] = {
	WORD("draft", "Draft", "Draf", as_draft),
	WORD("signed", "Signed", "Ditandatangani", as_signed),
	WORD("superseded", "Superseded", "Digantikan", as_superseded),
	WORD("terminated", "Terminated", "Diakhiri", as_terminated),
};

const Vocabulary AgreementStatusVocabulary = {
	"agreement_status", NULL, TERMS(agreement_status_terms), NULL
};

/* activity_status: a work-plan item; planned and in_progress are "open". */
static const char *const acs_planned[] = {"direncanakan", "rencana", NULL};
static const char *const acs_in_progress[] =
{"berjalan", "sedang berjalan", "dalam proses", "ongoing", NULL};
static const char *const acs_done[] = {"selesai", "completed", NULL};
static const char *const acs_cancelled[] = {"dibatalkan", "batal", "canceled", NULL};

static const VocabularyTerm activity_status_terms[] = {
	WORD("planned", "Planned", "Direncanakan", acs_planned),
	WORD("in_progress", "In progress", "Berjalan", acs_in_progress),
	WORD("done", "Done", "Selesai", acs_done),
	WORD("cancelled", "Cancelled", "Dibatalkan", acs_cancelled),
};

const Vocabulary ActivityStatusVocabulary = {
	"activity_status", NULL, TERMS(activity_status_terms), NULL
};

/* commitment_kind: what a partner commits. */
static const char *const ck_cash[] = {"tunai", "uang", "dana", "money", NULL};
static const char *const ck_in_kind[] =
{"natura", "barang", "non tunai", "barang dan jasa", NULL};

static const VocabularyTerm commitment_kind_terms[] = {
	WORD("cash", "Cash", "Tunai", ck_cash),
	WORD("in_kind", "In kind", "Natura", ck_in_kind),
};

const Vocabulary CommitmentKindVocabulary = {
	"commitment_kind", NULL, TERMS(commitment_kind_terms), NULL
};

/* direction: which way an indicator should move. */
static const char *const dir_increase[] =
{"naik", "meningkat", "bertambah", "higher is better", NULL};
static const char *const dir_decrease[] =
{"turun", "menurun", "berkurang", "lower is better", NULL};

static const VocabularyTerm direction_terms[] = {
	WORD("increase", "Increase", "Naik", dir_increase),
	WORD("decrease", "Decrease", "Turun", dir_decrease),
};

const Vocabulary DirectionVocabulary = {
	"direction", NULL, TERMS(direction_terms), NULL
};

/*
 * aggregation: how an indicator's measurements make its actual value:
 * incremental sums them, level takes the latest.
 */
static const char *const agg_incremental[] =
{"inkremental", "kumulatif", "cumulative", "sum", NULL};
static const char *const agg_level[] =
{"tingkat", "nilai terakhir", "latest", NULL};

static const VocabularyTerm aggregation_terms[] = {
	WORD("incremental", "Incremental", "Kumulatif", agg_incremental),
	WORD("level", "Level", "Tingkat", agg_level),
};

const Vocabulary AggregationVocabulary = {
	"aggregation", NULL, TERMS(aggregation_terms), NULL
};

/* dimension: what an evaluation criterion measures (doc/registry.md, doc/scoring.md). */
static const char *const dim_outcome[] = {"hasil", "manfaat", NULL};
static const char *const dim_process[] = {"proses", NULL};
static const char *const dim_risk[] = {"risiko", "tantangan", NULL};

static const VocabularyTerm dimension_terms[] = {
	WORD("outcome", "Outcome", "Hasil", dim_outcome),
	WORD("process", "Process", "Proses", dim_process),
	WORD("risk", "Risk", "Risiko", dim_risk),
};

const Vocabulary DimensionVocabulary = {
	"dimension", NULL, TERMS(dimension_terms), NULL
};

/* evaluation_kind and evaluation_status. */
static const char *const ek_monitoring[] = {"pemantauan", "monev", NULL};
static const char *const ek_midterm[] =
{"tengah periode", "evaluasi tengah", "mid term", "paruh waktu", NULL};
static const char *const ek_final[] = {"akhir", "evaluasi akhir", NULL};

static const VocabularyTerm evaluation_kind_terms[] = {
	WORD("monitoring", "Monitoring", "Pemantauan", ek_monitoring),
	WORD("midterm", "Midterm", "Tengah periode", ek_midterm),
	WORD("final", "Final", "Akhir", ek_final),
};

const Vocabulary EvaluationKindVocabulary = {
	"evaluation_kind", NULL, TERMS(evaluation_kind_terms), NULL
};

static const char *const es_open[] = {"terbuka", "dibuka", NULL};
static const char *const es_closed[] = {"ditutup", "tertutup", NULL};

static const VocabularyTerm evaluation_status_terms[] = {
	WORD("open", "Open", "Terbuka", es_open),
	WORD("closed", "Closed", "Ditutup", es_closed),
};

const Vocabulary EvaluationStatusVocabulary = {
	"evaluation_status", NULL, TERMS(evaluation_status_terms), NULL
};

/* challenge: the seed's four challenges of cross-sector partnerships. */
static const char *const ch_cultural[] = {"perbedaan budaya", "budaya", "culture", NULL};
static const char *const ch_conflict[] = {"konflik kepentingan", NULL};
static const char *const ch_coordination[] =
{"kurangnya koordinasi", "koordinasi", NULL};
static const char *const ch_funding[] = {"pendanaan", NULL};
static const char *const ch_other[] = {"lainnya", "lain lain", NULL};

static const VocabularyTerm challenge_terms[] = {
	WORD("cultural_differences", "Cultural differences", "Perbedaan budaya", ch_cultural),
	WORD("conflict_of_interest", "Conflict of interest", "Konflik kepentingan", ch_conflict),
	WORD("coordination", "Lack of coordination", "Kurangnya koordinasi", ch_coordination),
	WORD("funding", "Funding", "Pendanaan", ch_funding),
	WORD("other", "Other", "Lainnya", ch_other),
};

const Vocabulary ChallengeVocabulary = {
	"challenge", NULL, TERMS(challenge_terms), NULL
};

/* risk_status */
static const char *const rs_open[] = {"terbuka", NULL};
static const char *const rs_mitigated[] = {"dimitigasi", "ditangani", NULL};
static const char *const rs_closed[] = {"ditutup", "selesai", NULL};

static const VocabularyTerm risk_status_terms[] = {
	WORD("open", "Open", "Terbuka", rs_open),
	WORD("mitigated", "Mitigated", "Dimitigasi", rs_mitigated),
	WORD("closed", "Closed", "Ditutup", rs_closed),
};

const Vocabulary RiskStatusVocabulary = {
	"risk_status", NULL, TERMS(risk_status_terms), NULL
};

/* raci: a partner's part in an activity (Responsible, Accountable, ...). */
static const char *const raci_r[] = {"responsible", "pelaksana", NULL};
static const char *const raci_a[] = {"accountable", "penanggung jawab", NULL};
static const char *const raci_c[] = {"consulted", "dikonsultasikan", "konsultasi", NULL};
static const char *const raci_i[] = {"informed", "diinformasikan", "informasi", NULL};

static const VocabularyTerm raci_terms[] = {
	WORD("R", "Responsible", "Pelaksana", raci_r),
	WORD("A", "Accountable", "Penanggung jawab", raci_a),
	WORD("C", "Consulted", "Dikonsultasikan", raci_c),
	WORD("I", "Informed", "Diinformasikan", raci_i),
};

const Vocabulary RaciVocabulary = {
	"raci", NULL, TERMS(raci_terms), NULL
};

/* severity: how a rule of the catalogue is enforced (doc/rules.md). */
static const char *const sev_error[] = {"galat", "kesalahan", NULL};
static const char *const sev_warning[] = {"peringatan", NULL};
static const char *const sev_off[] = {"nonaktif", "mati", "disabled", NULL};

static const VocabularyTerm severity_terms[] = {
	WORD("error", "Error", "Galat", sev_error),
	WORD("warning", "Warning", "Peringatan", sev_warning),
	WORD("off", "Off", "Nonaktif", sev_off),
};

const Vocabulary SeverityVocabulary = {
	"severity", NULL, TERMS(severity_terms), NULL
};
