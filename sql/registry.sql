--
-- registry: the tables of doc/registry.md, their keys, checks, indexes, comments and
-- the preloaded catalogues.
--
SET search_path = partnership, public;
SET partnership.language = 'en';

\set ECHO none
\getenv abs_srcdir PG_ABS_SRCDIR
\set try_sql :abs_srcdir '/test/regress/try.sql'
\i :try_sql
\set ECHO all

-- every table of doc/registry.md exists, with a comment on it and on every column
SELECT c.relname,
       obj_description(c.oid, 'pg_class') IS NOT NULL AS commented,
       (SELECT count(*) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0
          AND NOT a.attisdropped AND col_description(c.oid, a.attnum) IS NULL) AS uncommented_columns
FROM pg_class c
WHERE c.relnamespace = 'partnership'::regnamespace AND c.relkind = 'r'
ORDER BY c.relname;

-- every child table reaches its rows by an index led by partnership_id
SELECT c.relname,
       EXISTS (SELECT FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
               WHERE i.indrelid = c.oid AND a.attname = 'partnership_id') AS indexed
FROM pg_class c
WHERE c.relnamespace = 'partnership'::regnamespace AND c.relkind = 'r'
  AND EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'partnership_id')
ORDER BY c.relname;

-- every table and identity sequence is kept by pg_dump; catalogues filtered
SELECT c.relname, c.relkind, x.cond
FROM pg_extension e,
     unnest(e.extconfig, e.extcondition) AS x(oid, cond)
JOIN pg_class c ON c.oid = x.oid
WHERE e.extname = 'partnership'
ORDER BY c.relkind, c.relname;

-- the preloaded catalogues
SELECT count(*) AS kinds, count(*) FILTER (WHERE required) AS required,
       bool_and(builtin) AS builtin, bool_and(label_id <> '') AS labelled
FROM clause_kind;
SELECT code, label_id FROM clause_kind WHERE required ORDER BY code;
SELECT dimension, count(*), bool_and(reverse) AS reverse, sum(weight) AS weight
FROM criterion GROUP BY dimension ORDER BY dimension;
SELECT count(*) FILTER (WHERE statement_id <> '' AND statement_en <> '') AS bilingual FROM criterion;
SELECT severity, count(*) FROM rule GROUP BY severity ORDER BY severity;
SELECT count(*) FILTER (WHERE description_en <> '' AND description_id <> '') AS bilingual FROM rule;

-- partners: sector required, IATI reference form, parent
INSERT INTO partner (id, name, sector, iati_ref) VALUES
	(1001, 'Kementerian Kesehatan', 'pemerintah', 'ID-KMK-1001'),
	(1002, 'Dinas Kesehatan Kota', 'government', NULL),
	(1003, 'PT Pangan Sehat', 'swasta', 'ID-AHU-77'),
	(1004, 'Yayasan Gizi', 'lsm', NULL),
	(1005, 'Universitas Negeri', 'universitas', NULL);
UPDATE partner SET parent_id = 1001 WHERE id = 1002;
SELECT pg_temp.try($$INSERT INTO partnership.partner (name) VALUES ('No sector')$$);
SELECT pg_temp.try($$INSERT INTO partnership.partner (name, sector) VALUES ('  ', 'swasta')$$);
SELECT pg_temp.try($$INSERT INTO partnership.partner (name, sector, iati_ref) VALUES ('Bad ref', 'swasta', 'ID/KMK-1')$$);
SELECT pg_temp.try($$INSERT INTO partnership.partner (name, sector, iati_ref) VALUES ('Bad ref', 'swasta', 'NOHYPHEN')$$);
SELECT pg_temp.try($$INSERT INTO partnership.partner (name, sector, iati_ref) VALUES ('Bad ref', 'swasta', 'ID-A&B')$$);
SELECT pg_temp.try($$INSERT INTO partnership.partner (name, sector, iati_ref) VALUES ('Dup ref', 'swasta', 'ID-AHU-77')$$);
SELECT pg_temp.try($$INSERT INTO partnership.partner (name, sector) VALUES ('Bad sector', 'ppp')$$);
SELECT pg_temp.try($$UPDATE partnership.partner SET parent_id = id WHERE id = 1004$$);
-- nor below a partner below it (1001 above 1002: 1001 cannot go below 1002,
-- nor below a partner under 1002); moves elsewhere are fine
UPDATE partner SET parent_id = 1002 WHERE id = 1004;
SELECT pg_temp.try($$UPDATE partnership.partner SET parent_id = 1002 WHERE id = 1001$$);
SELECT pg_temp.try($$UPDATE partnership.partner SET parent_id = 1004 WHERE id = 1001$$);
SET partnership.language = 'id';
SELECT pg_temp.try($$UPDATE partnership.partner SET parent_id = 1004 WHERE id = 1001$$);
RESET partnership.language;
UPDATE partner SET parent_id = 1001 WHERE id = 1004;
UPDATE partner SET parent_id = NULL WHERE id = 1004;
SELECT id, parent_id FROM partner WHERE id IN (1001, 1002, 1004) ORDER BY id;
-- nor can one INSERT place its rows below each other in a circle, which
-- no row sees alone (1.1.0 before: inserted); a parent and its child in one
-- INSERT are fine
SELECT pg_temp.try($$INSERT INTO partnership.partner (id, name, sector, parent_id)
	VALUES (1091, 'Lingkar A', 'private', 1092), (1092, 'Lingkar B', 'private', 1091)$$);
SELECT pg_temp.try($$INSERT INTO partnership.partner (id, name, sector, parent_id)
	VALUES (1093, 'Lingkar C', 'private', 1093)$$);
INSERT INTO partner (id, name, sector, parent_id)
VALUES (1094, 'Induk Baru', 'private', NULL), (1095, 'Anak Baru', 'private', 1094);
SELECT id, parent_id FROM partner WHERE id BETWEEN 1091 AND 1095 ORDER BY id;
DELETE FROM partner WHERE id IN (1095, 1094);

-- partnerships: owner must be government; dates; defaults
INSERT INTO partnership (id, code, name, formality, horizon, owner_id, starts_on, ends_on, objectives)
VALUES (1001, 'REG-1', 'Gizi Kota', 'formal', 'strategis', 1002, '2026-01-01', '2029-12-31', '{"Turunkan stunting"}');
SELECT status, evaluation_interval FROM partnership WHERE id = 1001;
SELECT pg_temp.try($$INSERT INTO partnership.partnership (code, name, formality, horizon, owner_id) VALUES ('REG-X', 'x', 'formal', 'strategic', 1003)$$);
SELECT pg_temp.try($$UPDATE partnership.partnership SET owner_id = 1004 WHERE id = 1001$$);
SELECT pg_temp.try($$UPDATE partnership.partner SET sector = 'private' WHERE id = 1002$$);
SELECT pg_temp.try($$INSERT INTO partnership.partnership (code, name, formality, horizon, starts_on, ends_on) VALUES ('REG-X', 'x', 'formal', 'strategic', '2026-02-01', '2026-01-01')$$);
SELECT pg_temp.try($$INSERT INTO partnership.partnership (code, name, formality, horizon) VALUES ('REG-1', 'dup', 'formal', 'strategic')$$);
SELECT pg_temp.try($$INSERT INTO partnership.partnership (code, name, formality, horizon, evaluation_interval) VALUES ('REG-X', 'x', 'formal', 'strategic', '0 days')$$);
INSERT INTO partnership (id, code, name, formality, horizon) VALUES (1002, 'REG-2', 'Other', 'informal', 'operasional');

-- members: composite key, roles default to the empty set, 1-5 ranges, dates
INSERT INTO member (partnership_id, partner_id, roles, joined_on) VALUES
	(1001, 1002, '{koordinator}', '2026-01-01'),
	(1001, 1003, '{funder,provider}', '2026-01-01'),
	(1001, 1004, '{pelaksana}', '2026-01-01');
INSERT INTO member (partnership_id, partner_id) VALUES (1001, 1005);
SELECT partner_id, roles, cardinality(roles) FROM member WHERE partnership_id = 1001 ORDER BY partner_id;
SELECT pg_temp.try($$INSERT INTO partnership.member (partnership_id, partner_id) VALUES (1001, 1002)$$);
SELECT pg_temp.try($$UPDATE partnership.member SET influence = 6 WHERE partnership_id = 1001 AND partner_id = 1005$$);
SELECT pg_temp.try($$UPDATE partnership.member SET interest = 0 WHERE partnership_id = 1001 AND partner_id = 1005$$);
SELECT pg_temp.try($$UPDATE partnership.member SET joined_on = '2026-02-01', left_on = '2026-01-01' WHERE partnership_id = 1001 AND partner_id = 1005$$);
-- nobody joins after the end (REG-1 runs 2026-01-01 to 2029-12-31), checked
-- from the member's side and from the partnership's; joining before the start
-- (during planning) is fine
SELECT pg_temp.try($$UPDATE partnership.member SET joined_on = '2030-01-01' WHERE partnership_id = 1001 AND partner_id = 1005$$);
SELECT pg_temp.try($$INSERT INTO partnership.member (partnership_id, partner_id, joined_on) VALUES (1001, 1006, '2030-01-01')$$);
SELECT pg_temp.try($$UPDATE partnership.member SET joined_on = '2029-12-31' WHERE partnership_id = 1001 AND partner_id = 1005$$);
UPDATE partnership SET ends_on = '2029-06-30' WHERE id = 1001;
\echo :LAST_ERROR_SQLSTATE
SELECT pg_temp.try($$UPDATE partnership.member SET joined_on = '2025-10-01' WHERE partnership_id = 1001 AND partner_id = 1005$$);
SELECT pg_temp.try($$UPDATE partnership.partnership SET ends_on = '2029-06-30' WHERE id = 1001$$);
SELECT pg_temp.try($$UPDATE partnership.partnership SET ends_on = '2029-12-31' WHERE id = 1001$$);
UPDATE member SET joined_on = NULL WHERE partnership_id = 1001 AND partner_id = 1005;
-- the end as read for one command is read again by the next: an earlier
-- end set in the same transaction still refuses a late joiner
BEGIN;
UPDATE member SET joined_on = '2026-01-01' WHERE partnership_id = 1001 AND partner_id = 1005;
UPDATE partnership SET ends_on = '2029-06-30' WHERE id = 1001;
SELECT pg_temp.try($$INSERT INTO partnership.member (partnership_id, partner_id, joined_on) VALUES (1001, 1006, '2029-09-01')$$);
ROLLBACK;
SELECT pg_temp.try($$INSERT INTO partnership.member (partnership_id, partner_id) VALUES (999999, 1002)$$);

-- children must belong to the parent's partnership (composite foreign keys)
INSERT INTO activity (id, partnership_id, name) VALUES (1001, 1001, 'Survei gizi');
SELECT pg_temp.try($$INSERT INTO partnership.assignment VALUES (1001, 1002, 1002, 'A')$$);
SELECT pg_temp.try($$INSERT INTO partnership.assignment VALUES (1001, 1001, 1001, 'A')$$);
SELECT pg_temp.try($$INSERT INTO partnership.assignment VALUES (1001, 1001, 1002, 'X')$$);
INSERT INTO assignment VALUES (1001, 1001, 1002, 'accountable'), (1001, 1001, 1004, 'R');
SELECT activity_id, partner_id, raci FROM assignment WHERE partnership_id = 1001 ORDER BY partner_id;

-- indicators and measurements
INSERT INTO indicator (id, partnership_id, code, name, direction, aggregation, baseline, target)
VALUES (1001, 1001, 'STUNT', 'Stunting rate', 'turun', 'tingkat', 30, 20);
INSERT INTO measurement VALUES (1001, 1001, '2026-06-30', 28);
SELECT pg_temp.try($$INSERT INTO partnership.measurement VALUES (1001, 1002, '2026-12-31', 27)$$);
SELECT pg_temp.try($$INSERT INTO partnership.indicator (partnership_id, code, name) VALUES (1001, 'STUNT', 'dup')$$);

-- risks: 1-5 ranges, the owner must be a member
SELECT pg_temp.try($$INSERT INTO partnership.risk (partnership_id, challenge, likelihood, impact) VALUES (1001, 'pendanaan', 0, 3)$$);
SELECT pg_temp.try($$INSERT INTO partnership.risk (partnership_id, challenge, likelihood, impact) VALUES (1001, 'funding', 3, 6)$$);
SELECT pg_temp.try($$INSERT INTO partnership.risk (partnership_id, challenge, likelihood, impact, owner_id) VALUES (1001, 'funding', 3, 3, 1001)$$);
INSERT INTO risk (partnership_id, challenge, likelihood, impact, owner_id) VALUES (1001, 'konflik kepentingan', 4, 4, 1002);
SELECT challenge, likelihood * impact AS rating, status FROM risk WHERE partnership_id = 1001;

-- catalogue edits: an edit clears builtin (so pg_dump keeps it); nobody but
-- the extension script sets builtin; inserting a shipped code merges into it
BEGIN;
UPDATE clause_kind SET label_en = label_en WHERE code = 'reporting';
SELECT code, builtin FROM clause_kind WHERE code = 'reporting';
UPDATE clause_kind SET label_en = 'Reporting duties' WHERE code = 'reporting';
SELECT code, label_en, builtin FROM clause_kind WHERE code = 'reporting';
UPDATE clause_kind SET builtin = true WHERE code = 'reporting';
SELECT code, builtin FROM clause_kind WHERE code = 'reporting';
INSERT INTO clause_kind (code, label_en, label_id, builtin) VALUES ('site_access', 'Site access', 'Akses lokasi', true);
SELECT code, required, builtin FROM clause_kind WHERE code = 'site_access';
INSERT INTO criterion (code, dimension, reverse, label_en, label_id, statement_en, statement_id)
VALUES ('trust', 'process', false, 'Trust', 'Kepercayaan', 'Partners trust each other.', 'Para mitra saling percaya.');
SELECT code, statement_en, builtin FROM criterion WHERE code = 'trust';
SELECT count(*) FROM criterion;
SELECT pg_temp.try($$INSERT INTO partnership.clause_kind (code, label_en, label_id) VALUES ('Bad Code', 'x', 'y')$$);
-- a row without a code is left to its NOT NULL (before: the weight's
-- message read the missing code, and the server crashed)
SELECT pg_temp.try($$INSERT INTO partnership.criterion (code, dimension, weight, label_en, label_id, statement_en, statement_id) VALUES (NULL, 'outcome', 0, 'x', 'x', 's', 's')$$);
SELECT pg_temp.try($$INSERT INTO partnership.criterion (code, dimension, weight, label_en, label_id, statement_en, statement_id) VALUES ('w0', 'outcome', 0, 'a', 'b', 'c', 'd')$$);
SELECT pg_temp.try($$UPDATE partnership.rule SET severity = 'fatal' WHERE code = 'single_lead'$$);
ROLLBACK;
