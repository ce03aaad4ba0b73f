--
-- documents: documents and contacts, local fields (extra), the report
-- columns they feed, notifications sent at commit, due items, and the guard
-- against dropping a registry with rows.  Codes start with DOC-, ids with
-- 9175.
--
SET search_path = partnership, public;

-- the shared test helper pg_temp.try(), by absolute path (pg_regress's
-- PG_ABS_SRCDIR: the test also runs from an out-of-tree build directory)
\set ECHO none
\getenv abs_srcdir PG_ABS_SRCDIR
\set try_sql :abs_srcdir '/test/regress/try.sql'
\i :try_sql
\set ECHO all

-- A formal partnership with a signed PKS, built as in the README tour.
INSERT INTO partner (id, name, sector, extra) VALUES
	(917501, 'DOC Dinas', 'government', '{"kode_opd": "1.02.01"}'),
	(917502, 'DOC Swasta', 'private', NULL);
INSERT INTO partnership (id, code, name, formality, horizon, starts_on, ends_on, objectives, owner_id, extra)
VALUES (917501, 'DOC-1', 'Dokumen', 'formal', 'operational', current_date, current_date + 300,
	'{Uji}', 917501, '{"rpjmd": "Misi 2", "prioritas": 1}');
INSERT INTO member (partnership_id, partner_id, roles, joined_on, extra) VALUES
	(917501, 917501, '{lead}', current_date, '{"sk": "SK-12/2026"}'),
	(917501, 917502, '{funder}', current_date, NULL);
INSERT INTO commitment (id, partnership_id, partner_id, amount) VALUES (917501, 917501, 917502, 100);
INSERT INTO agreement (id, partnership_id, kind, number, effective_from, effective_to, objectives)
VALUES (917501, 917501, 'pks', 'DOC/PKS/1', current_date, current_date + 300, '{Uji}');
INSERT INTO agreement_party (agreement_id, partnership_id, partner_id, roles, responsibilities, signatory_name, signed_on)
SELECT 917501, 917501, partner_id, roles, '{Tugas}', 'Nama', current_date FROM member WHERE partnership_id = 917501;
INSERT INTO agreement_clause (agreement_id, partnership_id, kind, body)
SELECT 917501, 917501, code, 'Pasal' FROM clause_kind WHERE required;

-- 1. Local fields are a JSON object, or nothing.
SELECT pg_temp.try($$UPDATE partnership.partner SET extra = '[1, 2]' WHERE id = 917502$$);
SELECT pg_temp.try($$UPDATE partnership.activity SET extra = '"teks"' WHERE false$$);
SELECT pg_temp.try($$INSERT INTO partnership.activity (partnership_id, name, extra) VALUES (917501, 'x', '42')$$);

-- 2. Documents: a draft agreement's may change; once it is signed, more
--    can be added but none changed or removed.
INSERT INTO document (id, partnership_id, agreement_id, kind, title, url, sha256, added_on) VALUES
	(917501, 917501, 917501, 'agreement', 'Draf PKS', 'https://arsip.example/pks-draf.pdf', NULL, current_date - 2);
UPDATE document SET title = 'Draf PKS (revisi)' WHERE id = 917501;
UPDATE agreement SET status = 'signed' WHERE id = 917501;
INSERT INTO document (id, partnership_id, agreement_id, kind, title, url, sha256, added_on) VALUES
	(917502, 917501, 917501, 'agreement', 'PKS ditandatangani', 'https://arsip.example/pks.pdf',
	 repeat('ab', 32), current_date),
	(917503, 917501, NULL, 'minutes', 'Notulen rapat koordinasi', 'file:///arsip/notulen-1.pdf', NULL, current_date);
SELECT pg_temp.try($$UPDATE partnership.document SET url = 'https://elsewhere.example/x.pdf' WHERE id = 917502$$, true);
-- a local field of the signed agreement may still be written (1.1.0
-- before: refused, as a change of what was signed), nothing else with it
UPDATE agreement SET extra = '{"arsip": "Lemari 3"}' WHERE id = 917501;
SELECT status, extra FROM agreement WHERE id = 917501;
SELECT pg_temp.try($$UPDATE partnership.agreement SET extra = NULL, effective_to = effective_to + 1 WHERE id = 917501$$);
SELECT pg_temp.try($$DELETE FROM partnership.document WHERE id = 917501$$);
-- a document of the partnership itself is not bound by an agreement
SELECT pg_temp.try($$UPDATE partnership.document SET title = 'Notulen rapat koordinasi I' WHERE id = 917503$$);
-- moving a document onto a signed agreement is a change of that agreement
SELECT pg_temp.try($$UPDATE partnership.document SET agreement_id = 917501 WHERE id = 917503$$);
-- malformed rows
SELECT pg_temp.try($$INSERT INTO partnership.document (partnership_id, kind, title, url) VALUES (917501, 'scan', 'x', 'https://a.example/x')$$);
SELECT pg_temp.try($$INSERT INTO partnership.document (partnership_id, kind, title, url) VALUES (917501, 'report', ' ', 'https://a.example/x')$$);
SELECT pg_temp.try($$INSERT INTO partnership.document (partnership_id, kind, title, url) VALUES (917501, 'report', 'x', 'laporan akhir.pdf')$$);
SELECT pg_temp.try($$INSERT INTO partnership.document (partnership_id, kind, title, url, sha256) VALUES (917501, 'report', 'x', 'https://a.example/x', 'ABC')$$);
-- the kind in Indonesian or in another case is read as the word it is
-- (1.1.0 before: 'notulen' and 'Minutes' refused), stored in English
BEGIN;
INSERT INTO document (partnership_id, kind, title, url) VALUES
	(917501, 'notulen', 'Notulen', 'https://a.example/n'), (917501, ' Laporan ', 'Laporan', 'https://a.example/l'),
	(917501, 'FOTO', 'Foto', 'https://a.example/f'), (917501, 'Minutes', 'Minutes', 'https://a.example/m'),
	(917501, 'lainnya', 'Lain', 'https://a.example/o');
UPDATE document SET kind = 'perjanjian' WHERE title = 'Lain';
SELECT title, kind FROM document WHERE partnership_id = 917501 AND agreement_id IS NULL AND title <> 'Notulen rapat koordinasi I' ORDER BY title;
SET LOCAL partnership.language = 'id';
SELECT pg_temp.try($$INSERT INTO partnership.document (partnership_id, kind, title, url) VALUES (917501, 'pindaian', 'x', 'https://a.example/x')$$, true);
ROLLBACK;
-- no partnership at all: the not-null constraint's error, not an internal one
SELECT pg_temp.try($$INSERT INTO partnership.document (partnership_id, kind, title, url) VALUES (NULL, 'other', 't', 'https://a.example/x')$$);
-- a document of another partnership's agreement
INSERT INTO partnership (id, code, name, formality, horizon, objectives, owner_id)
VALUES (917502, 'DOC-2', 'Lain', 'informal', 'operational', '{Uji}', 917501);
SELECT pg_temp.try($$INSERT INTO partnership.document (partnership_id, agreement_id, kind, title, url) VALUES (917502, 917501, 'report', 'x', 'https://a.example/x')$$);

-- 3. Contacts of a partner.
INSERT INTO contact (id, partner_id, name, position, email, phone) VALUES
	(917501, 917502, 'Rina Wati', 'Manajer CSR', 'rina@swasta.example', '+62 21 555-0101'),
	(917502, 917502, 'Budi', NULL, NULL, '(021) 555 0102');
SELECT pg_temp.try($$INSERT INTO partnership.contact (partner_id, name, email) VALUES (917502, 'X', 'bukan-email')$$);
SELECT pg_temp.try($$INSERT INTO partnership.contact (partner_id, name, phone) VALUES (917502, 'X', 'telp kantor')$$);
SELECT pg_temp.try($$INSERT INTO partnership.contact (partner_id, name) VALUES (917502, '')$$);
-- in the registry's words, in Indonesian too, with the hint (1.1.0 before
-- this: PostgreSQL's "violates check constraint", in English only)
SET partnership.language = 'id';
SELECT pg_temp.try($$INSERT INTO partnership.contact (partner_id, name, email) VALUES (917502, 'X', 'bukan-email')$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.contact (partner_id, name, phone) VALUES (917502, 'X', 'telp kantor')$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.contact (partner_id, name) VALUES (917502, ' ')$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.document (partnership_id, kind, title) VALUES (917501, 'report', ' ')$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.document (partnership_id, kind, title, url) VALUES (917501, 'report', 'x', 'laporan akhir.pdf')$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.document (partnership_id, kind, title, url, sha256) VALUES (917501, 'report', 'x', 'https://a.example/x', 'ABC')$$, true);
RESET partnership.language;

-- 4. The report columns.
SELECT partner_name, contacts, extra, partner_extra
FROM partnership_report.members WHERE partnership_id = 917501 ORDER BY partner_id;
SELECT number, documents, latest_document_title, latest_document_url, extra
FROM partnership_report.agreements WHERE partnership_id = 917501;
SELECT partnership_code, documents, extra
FROM partnership_report.partnerships WHERE partnership_id = 917501;

-- 5. Audit: both tables are audited.
SELECT relation, operation, count(*) FROM audit
WHERE relation IN ('document', 'contact') AND (partnership_id = 917501 OR relation = 'contact')
GROUP BY 1, 2 ORDER BY 1, 2;

-- 6. Notifications are tested with a listener in another session
--    (test/scripts/suite-notify.sh): psql prints the sender's PID.

-- 6. Due items: the open activity past its day, and the partnership's end
--    within expiry_warning_days; the done activity is not due.
UPDATE partnership SET status = 'proposed' WHERE id = 917501;
UPDATE partnership SET status = 'active' WHERE id = 917501;
BEGIN;
INSERT INTO activity (id, partnership_id, name, due_on, status) VALUES
	(917501, 917501, 'Sosialisasi', current_date - 3, 'planned'),
	(917502, 917501, 'Pelatihan', current_date - 3, 'done');
INSERT INTO assignment (activity_id, partnership_id, partner_id, raci)
VALUES (917501, 917501, 917501, 'A');
COMMIT;
UPDATE partnership SET ends_on = current_date + 30 WHERE id = 917501;
SELECT event, partnership_code, agreement_number, institution, item, due_on - current_date AS in_days
FROM due_items() WHERE partnership_id = 917501 ORDER BY 1, 5;
SELECT notify_due() >= 2 AS sent;
-- what time has already broken is due too (1.1.0 before: nothing once
-- the day had passed): an active partnership past its end, and a formal
-- one whose agreement ran out, each with the day it broke
BEGIN;
SET LOCAL session_replication_role = replica;
UPDATE partnership SET starts_on = current_date - 100, ends_on = current_date - 2 WHERE id = 917501;
UPDATE agreement SET effective_from = current_date - 100, effective_to = current_date - 5 WHERE id = 917501;
RESET session_replication_role;
SELECT event, partnership_code, agreement_number, agreement_id, item IS NOT NULL AS says_what, due_on - current_date AS in_days
FROM due_items() WHERE partnership_id = 917501 AND event IN ('partnership_overdue', 'agreement_expired') ORDER BY 1;
ROLLBACK;
-- an evaluation due since a day in the past is due on that day, as
-- check() says (1.1.0 before: today)
BEGIN;
UPDATE partnership SET starts_on = current_date - 200 WHERE id = 917501;
SELECT event, due_on < current_date AS past,
	due_on = (SELECT (c.detail ->> 'due_on')::date FROM partnership.check(917501) c WHERE c.rule = 'evaluation_due') AS as_check_says
FROM due_items() WHERE partnership_id = 917501 AND event = 'evaluation_due';
ROLLBACK;
-- long texts of control characters (six bytes each in JSON) are cut by
-- their JSON size, so no writer's names can make the payload too long for
-- everyone's notify_due() (1.1.0 before: "payload string too long")
BEGIN;
UPDATE partnership SET code = repeat(chr(2), 600) WHERE id = 917501;
UPDATE activity SET name = repeat(chr(1), 600) WHERE id = 917501;
UPDATE partner SET name = repeat(chr(3), 600) WHERE id = (SELECT owner_id FROM partnership WHERE id = 917501);
SELECT notify_due() >= 2 AS sent_despite_long_names;
SELECT length(notify_text(repeat(chr(1), 600))) AS controls_kept,
	length(notify_text(repeat('a', 2000))) AS letters_kept,
	notify_text('Dinas Kesehatan') AS short_kept;
ROLLBACK;

-- 7. A column added to an extension table would be lost by pg_dump: the
--    DBA is warned and pointed to extra.
BEGIN;
ALTER TABLE partnership.agreement ADD COLUMN document_url text;
ROLLBACK;
-- (an index is not a table: PostgreSQL's own error, no warning)
SELECT pg_temp.try('ALTER TABLE partnership.partner_pkey ADD COLUMN z int');

-- 8. DROP EXTENSION of a registry with rows is refused; the DBA's consent
--    (a superuser's SET partnership.allow_drop) lets it through.
SELECT pg_temp.try('DROP EXTENSION partnership CASCADE', true);
SELECT pg_temp.try('DROP SCHEMA partnership CASCADE');
SELECT pg_temp.try('DROP OWNED BY ' || quote_ident((SELECT extowner::regrole::text FROM pg_extension WHERE extname = 'partnership')));
CREATE ROLE regress_doc_dba;
SET ROLE regress_doc_dba;
SELECT pg_temp.try('SET partnership.allow_drop = on');
RESET ROLE;
DROP ROLE regress_doc_dba;
-- (the consent works: shown without dropping this test database's registry)
BEGIN;
SET LOCAL partnership.allow_drop = on;
SET LOCAL client_min_messages = warning;
SELECT pg_temp.try('DROP EXTENSION partnership CASCADE');
SELECT count(*) AS extensions_left FROM pg_extension WHERE extname = 'partnership';
ROLLBACK;
SELECT count(*) AS extensions_left FROM pg_extension WHERE extname = 'partnership';
