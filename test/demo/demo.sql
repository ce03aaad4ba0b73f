-- The main job's demo: run by test/scripts/demo.sh (make demo) in a
-- throwaway cluster.  Statements meant to fail are wrapped so that the
-- demo shows the error and goes on.
\set ON_ERROR_STOP 1
\pset footer off

CREATE EXTENSION partnership;
SET search_path = partnership, public;

\echo
\echo '== Vocabulary types: typed in English or Indonesian, stored in one byte'
SELECT 'Pemerintah'::sector                          AS "Pemerintah",
       'LSM'::sector                                 AS "LSM",
       '70'::sector                                  AS "IATI 70",
       'penyandang dana'::role                       AS "penyandang dana",
       'jangka panjang'::horizon                     AS "jangka panjang",
       'tidak formal'::formality                     AS "tidak formal";

\echo
\echo '== Sets of sectors and roles'
SELECT '{swasta, LSM, masyarakat}'::sectorset        AS sectors,
       is_cross_sector('{swasta, LSM, masyarakat}')  AS cross_sector,
       pentahelix_coverage('{government,private,community,academia,media}') AS pentahelix,
       '{koordinator}'::roleset | 'pelaksana'::role  AS roles;

\echo
\echo '== Labels follow partnership.language'
SET partnership.language = 'id';
SELECT s AS sector, label(s) AS label, iati_code(s), pentahelix(s)
FROM unnest('{government,private,nonprofit,community,academia,media,international}'::sectorset) s;
RESET partnership.language;

\echo
\echo '== Bad input is refused with SQLSTATE 22P02 and a hint'
\set ON_ERROR_STOP 0
\set VERBOSITY default
SELECT '30'::sector;
\echo 'SQLSTATE' :LAST_ERROR_SQLSTATE
SELECT '{government, governance}'::sectorset;
\echo 'SQLSTATE' :LAST_ERROR_SQLSTATE
\set ON_ERROR_STOP 1
