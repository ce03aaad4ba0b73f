--
-- Import from spreadsheets (doc/import.md): the parsers of dates, amounts,
-- lists and words; the sample sheets of test/sample/import with one
-- deliberate error in every sheet, which import() reports one row each and
-- loads nothing; then the same sheets fixed, which load completely; names
-- and duplicates; legacy partnerships; problems in Indonesian.
--
-- The test runs in a database of its own, so that the names other tests
-- leave in the registry do not change the closest names it lists.
--
\getenv abs_srcdir PG_ABS_SRCDIR
\set try_sql :abs_srcdir '/test/regress/try.sql'
\set d :abs_srcdir '/test/sample/import/'
SET client_min_messages = warning;
DROP DATABASE IF EXISTS contrib_regression_import;
CREATE DATABASE contrib_regression_import;
\c contrib_regression_import
SET client_min_messages = warning;
CREATE EXTENSION partnership;
\i :try_sql

-- dates: every accepted form, whatever DateStyle
SET DateStyle = 'SQL, MDY';
SELECT c, partnership.import_date(c)::text AS date, partnership.import_date_problem(c) AS problem
FROM (VALUES ('2026-06-30'), ('30/06/2026'), ('30-06-2026'), ('30 Juni 2026'),
	('30 Jun 2026'), ('30 jun. 2026'), ('1/7/2026'), ('  17 Agustus 1945 '),
	('29 Februari 2024'), ('31 Des 2025'), ('5 Mei 2026'), ('5 May 2026'), ('')) AS v (c);
RESET DateStyle;
-- refused, each with its fix
SELECT c, partnership.import_date_problem(c) AS problem
FROM (VALUES ('06/30/2026'), ('29/02/2025'), ('30/06/26'), ('46203'),
	('30.06.2026'), ('30 Juny 2026'), ('2026/06/30'), ('30-06/2026'), ('juni 2026'),
	('tomorrow')) AS v (c);
SELECT pg_temp.try($$SELECT partnership.import_date('31/06/2026')$$, true);

-- amounts: Indonesian separators, optional Rp
SELECT c, partnership.import_amount(c) AS amount, partnership.import_amount_problem(c) AS problem
FROM (VALUES ('500000000'), ('500.000.000'), ('Rp 500.000.000,00'), ('Rp. 1.250.000,50'),
	('rp500000'), ('-12,5'), ('24,5'), ('0,125'), ('12.500'), ('')) AS v (c);
-- refused, never guessed
SELECT c, partnership.import_amount_problem(c) AS problem
FROM (VALUES ('1,5 M'), ('300 jt'), ('2 miliar'), ('300rb'), ('500,000,000'),
	('1,500'), ('12.5'), ('1.50.000'), ('1,500.00'), ('Rp'), ('5 apel'), ('USD 5'),
	-- (a decimal point after a leading 0; 1.1.0 before this: 0.125 read as 125)
	('0.125'), ('0.500'), ('Rp 0.750'), ('00.500'), ('0.500.000')) AS v (c);
SELECT pg_temp.try($$SELECT partnership.import_amount('300 jt')$$, true);

-- lists: ; or line breaks when present, else commas
SELECT c, partnership.import_list(c) AS items
FROM (VALUES ('koordinator; pendana'), ('pelaksana, penerima manfaat'),
	(E'Menurunkan stunting, terutama balita\nMeningkatkan gizi'), ('a;;b;'),
	(E'x\r\ny'), ('  '), ('satu'), (NULL)) AS v (c);

-- words: the type's own, then the aliases; the closest names
SELECT w, partnership.import_word('partnership.sector', w) AS sector
FROM (VALUES ('Pemerintah'), ('KOPERASI'), (' BUMDes '), ('Pemerintah Desa'),
	('Lembaga Donor'), ('22'), ('koperasi unit desa')) AS v (w);
SELECT w, partnership.import_word('partnership.role', w) AS role
FROM (VALUES ('relawan'), ('Sponsor'), ('koordinator')) AS v (w);
SELECT partnership.import_term_problem('partnership.sector', '30');
SELECT partnership.import_term_problem('partnership.horizon', 'jangka menengah');
SELECT pg_temp.try($$SELECT partnership.import_term('pg_catalog.text', 'x')$$, true);
SELECT partnership.import_distance('PT Sehat Sentosaa', 'pt sehat sentosa'),
	partnership.import_distance('', 'abc'), partnership.import_distance('kitten', 'sitting');
-- the rows on a circle of parents: not those below one, nor a parent
-- that names no row
SELECT p AS parents, partnership.import_circle(p::int4[]) AS on_circle
FROM (VALUES ('{}'), ('{NULL,1,2}'), ('{1}'), ('{2,1}'), ('{2,3,1,1,4}'),
	('{NULL,3,4,2,4}'), ('{0,99,-1,NULL}'), ('{{2,1},{4,3}}')) AS v (p);

-- term_alias: DBA rows win over shipped ones; an alias is not already a word
SELECT vocabulary, count(*) FROM partnership.term_alias GROUP BY 1 ORDER BY 1;
SELECT pg_temp.try($$INSERT INTO partnership.term_alias VALUES ('partnership.sector', 'swasta', 'private')$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.term_alias VALUES ('partnership.sector', 'usaha tani', 'petani')$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.term_alias VALUES ('partnership.sector', '  ', 'private')$$, true);
SET partnership.language = 'id';
SELECT pg_temp.try($$INSERT INTO partnership.term_alias VALUES ('partnership.sector', 'usaha tani', 'petani')$$, true);
RESET partnership.language;
SELECT pg_temp.try($$INSERT INTO partnership.term_alias (vocabulary, alias, term, builtin) VALUES ('partnership.sector', 'Gapoktan', 'masyarakat', true)$$);
SELECT alias, term, builtin FROM partnership.term_alias WHERE alias = 'Gapoktan';
SELECT partnership.import_word('partnership.sector', 'gapoktan');
UPDATE partnership.term_alias SET term = 'community' WHERE alias = 'koperasi';
SELECT alias, term, builtin FROM partnership.term_alias WHERE alias = 'koperasi';
SELECT partnership.import_word('partnership.sector', 'Koperasi');
UPDATE partnership.term_alias SET term = 'private' WHERE alias = 'koperasi';

-- the sample sheets, as \copy loads them (here COPY, from the test's files)
\set f :d 'partner.csv'
COPY partnership_import.partner (name, sector, iati_ref, parent) FROM :'f' WITH (FORMAT csv, HEADER);
\set f :d 'contact.csv'
COPY partnership_import.contact (partner, name, position, email, phone) FROM :'f' WITH (FORMAT csv, HEADER);
\set f :d 'partnership.csv'
COPY partnership_import.partnership (code, name, formality, horizon, status, starts_on, ends_on, objectives, owner, evaluation_interval, description) FROM :'f' WITH (FORMAT csv, HEADER, DELIMITER ';');
\set f :d 'member.csv'
COPY partnership_import.member (partnership, partner, roles, title, joined_on, left_on, influence, interest) FROM :'f' WITH (FORMAT csv, HEADER);
\set f :d 'agreement.csv'
COPY partnership_import.agreement (partnership, kind, number, amends, status, title, signed_on, effective_from, effective_to, objectives, terminated_on, termination_reason, clauses) FROM :'f' WITH (FORMAT csv, HEADER);
\set f :d 'agreement_party.csv'
COPY partnership_import.agreement_party (partnership, agreement, partner, roles, responsibilities, signatory_name, signatory_title, signed_on) FROM :'f' WITH (FORMAT csv, HEADER);
\set f :d 'commitment.csv'
COPY partnership_import.commitment (partnership, partner, kind, amount, currency, committed_on, description) FROM :'f' WITH (FORMAT csv, HEADER);
\set f :d 'disbursement.csv'
COPY partnership_import.disbursement (partnership, partner, commitment, amount, paid_on) FROM :'f' WITH (FORMAT csv, HEADER);
\set f :d 'indicator.csv'
COPY partnership_import.indicator (partnership, code, name, unit, direction, aggregation, baseline, target, target_on) FROM :'f' WITH (FORMAT csv, HEADER);
\set f :d 'measurement.csv'
COPY partnership_import.measurement (partnership, indicator, period_end, value) FROM :'f' WITH (FORMAT csv, HEADER);
UPDATE partnership_import.partnership SET sheet = 'partnership.csv';
-- lines count from 2 (the header is line 1); a cell with a line break is one row
SELECT line, code, objectives FROM partnership_import.partnership ORDER BY line;

-- one deliberate error in every sheet
UPDATE partnership_import.partner SET sector = 'Yayasann' WHERE line = 5;
UPDATE partnership_import.contact SET email = 'budi(at)sehatsentosa.co.id' WHERE line = 3;
UPDATE partnership_import.partnership SET ends_on = '31/13/2028' WHERE line = 2;
UPDATE partnership_import.member SET partner = 'Posyandu Melatii' WHERE line = 6;
UPDATE partnership_import.agreement SET effective_to = '31.12.2028' WHERE line = 2;
UPDATE partnership_import.agreement_party SET roles = 'pelaksana; juru masak' WHERE line = 4;
UPDATE partnership_import.commitment SET amount = '1,5 M' WHERE line = 2;
UPDATE partnership_import.disbursement SET paid_on = '15/09/25' WHERE line = 3;
UPDATE partnership_import.indicator SET baseline = '24.5' WHERE line = 2;
UPDATE partnership_import.measurement SET indicator = 'KELASS' WHERE line = 4;

-- exactly one problem per planted error, and nothing loaded, even with apply
SELECT * FROM partnership.import();
SELECT count(*) AS problems FROM partnership.import(apply => true);
SELECT (SELECT count(*) FROM partnership.partner) AS partners,
	(SELECT count(*) FROM partnership.partnership) AS partnerships,
	(SELECT count(*) FROM partnership.audit WHERE relation <> 'term_alias') AS audit,
	(SELECT count(*) FROM partnership_import.partner) AS staged_partners;

-- in Indonesian
SET partnership.language = 'id';
SELECT relation, line, field, problem FROM partnership.import() WHERE relation IN ('commitment', 'member');
RESET partnership.language;

-- fixed: a dry run finds nothing and loads nothing; apply loads everything
UPDATE partnership_import.partner SET sector = 'Yayasan' WHERE line = 5;
UPDATE partnership_import.contact SET email = 'budi@sehatsentosa.co.id' WHERE line = 3;
UPDATE partnership_import.partnership SET ends_on = '31 Desember 2028' WHERE line = 2;
UPDATE partnership_import.member SET partner = 'Posyandu Melati' WHERE line = 6;
UPDATE partnership_import.agreement SET effective_to = '31/12/2028' WHERE line = 2;
UPDATE partnership_import.agreement_party SET roles = 'pelaksana' WHERE line = 4;
UPDATE partnership_import.commitment SET amount = 'Rp 500.000.000,00' WHERE line = 2;
UPDATE partnership_import.disbursement SET paid_on = '15 Sep 2025' WHERE line = 3;
UPDATE partnership_import.indicator SET baseline = '24,5' WHERE line = 2;
UPDATE partnership_import.measurement SET indicator = 'KELAS' WHERE line = 4;
SELECT * FROM partnership.import();
-- a later step can break what activation accepted: the PKS superseded with
-- no addendum leaves the active formal partnership with no agreement in
-- force, which the commit refuses; the dry run says so, on the
-- partnership's line (before: it found nothing, and COMMIT failed)
CREATE TEMP TABLE saved_clauses AS SELECT clauses FROM partnership_import.agreement WHERE line = 2;
UPDATE partnership_import.agreement SET status = 'superseded' WHERE line = 2;
SELECT relation, line, field, value, problem FROM partnership.import();
SET partnership.language = 'id';
SELECT relation, line, field, value, problem FROM partnership.import();
RESET partnership.language;
UPDATE partnership_import.agreement SET status = 'ditandatangani' WHERE line = 2;
-- a signing that misses clauses names the clauses cell (1.1.0 before
-- this: the requirement agreement_clauses, with no value)
UPDATE partnership_import.agreement SET clauses = 'object; duration' WHERE line = 2;
SELECT relation, line, field, value FROM partnership.import() WHERE relation = 'agreement';
UPDATE partnership_import.agreement SET clauses = (SELECT clauses FROM pg_temp.saved_clauses) WHERE line = 2;
SELECT count(*) AS partners FROM partnership.partner;
BEGIN;
SELECT * FROM partnership.import(apply => true);
SELECT 'partner' AS relation, count(*) FROM partnership.partner
UNION ALL SELECT 'contact', count(*) FROM partnership.contact
UNION ALL SELECT 'partnership', count(*) FROM partnership.partnership
UNION ALL SELECT 'member', count(*) FROM partnership.member
UNION ALL SELECT 'agreement', count(*) FROM partnership.agreement
UNION ALL SELECT 'agreement_clause', count(*) FROM partnership.agreement_clause
UNION ALL SELECT 'agreement_party', count(*) FROM partnership.agreement_party
UNION ALL SELECT 'commitment', count(*) FROM partnership.commitment
UNION ALL SELECT 'disbursement', count(*) FROM partnership.disbursement
UNION ALL SELECT 'indicator', count(*) FROM partnership.indicator
UNION ALL SELECT 'measurement', count(*) FROM partnership.measurement
UNION ALL SELECT 'staged', (SELECT count(*) FROM partnership_import.partner)
	+ (SELECT count(*) FROM partnership_import.measurement);
COMMIT;
-- loaded as typed: words, dates, amounts, lists, names
SELECT p.code, p.formality, p.horizon, p.status, p.starts_on, p.ends_on, p.objectives,
	o.name AS owner, p.evaluation_interval
FROM partnership.partnership p JOIN partnership.partner o ON o.id = p.owner_id ORDER BY p.code;
SELECT a.name, a.sector, a.iati_ref, b.name AS parent
FROM partnership.partner a LEFT JOIN partnership.partner b ON b.id = a.parent_id ORDER BY a.name;
SELECT p.code, a.name, m.roles, m.title, m.joined_on
FROM partnership.member m JOIN partnership.partnership p ON p.id = m.partnership_id
JOIN partnership.partner a ON a.id = m.partner_id ORDER BY 1, 2;
SELECT a.number, a.kind, a.status, a.version, a.effective_to,
	(SELECT count(*) FROM partnership.agreement_clause c WHERE c.agreement_id = a.id) AS clauses
FROM partnership.agreement a ORDER BY 1;
SELECT c.kind, c.amount, c.currency, pg_catalog.sum(d.amount) AS paid
FROM partnership.commitment c LEFT JOIN partnership.disbursement d ON d.commitment_id = c.id
GROUP BY c.id ORDER BY c.id;
SELECT i.code, i.direction, i.aggregation, i.baseline, m.period_end, m.value
FROM partnership.indicator i JOIN partnership.measurement m ON m.indicator_id = i.id ORDER BY 1, 5;
SELECT partnership_code, status, owner_name, sectors, sector_count, days_to_expiry IS NOT NULL AS in_force
FROM partnership_report.partnerships ORDER BY 1;
-- the staging tables start afresh: lines from 2 again
INSERT INTO partnership_import.partner (name, sector) VALUES ('Dinas Sosial Kota Contoh', 'dinas') RETURNING line;

-- names: exact after trimming and case-folding; duplicates; the registry's
INSERT INTO partnership_import.partner (name, sector) VALUES
	('  dinas sosial KOTA contoh ', 'pemerintah'),	-- duplicate of line 2
	('Yayasan Gizi Nusantara', 'nirlaba'),			-- already in the registry
	('Lembaga Zakat Kota', 'nirlaba');
INSERT INTO partnership_import.member (partnership, partner, roles) VALUES
	(' ks-001 ', 'lembaga zakat kota', 'pendana'),		-- resolves (staged, case-folded)
	('KS-001', 'Universitas Contoh', 'penilai'),		-- already a member
	('KS-009', 'Universitas Contoh', 'penilai'),		-- no such partnership
	('KS-002', 'Universitas Kontoh', 'penilai');		-- closest names listed
INSERT INTO partnership_import.commitment (partnership, partner, amount) VALUES
	('KS-002', 'Universitas Contoh', '1.000.000');		-- not a member
-- two registry partners whose names fold to the same: ambiguous, never a guess
INSERT INTO partnership.partner (name, sector) VALUES ('Karang Taruna Maju', 'community'),
	('KARANG TARUNA MAJU ', 'community');
INSERT INTO partnership_import.member (partnership, partner, roles) VALUES
	('KS-002', 'karang taruna maju', 'penerima manfaat');
SELECT relation, line, field, value, regexp_replace(problem, '\(id [0-9]+\)', '(id N)', 'g') AS problem
FROM partnership.import();
DELETE FROM partnership_import.partner;
DELETE FROM partnership_import.member;
DELETE FROM partnership_import.commitment;

-- what the registry refuses is a problem too, with its line
INSERT INTO partnership_import.disbursement (partnership, partner, amount, paid_on) VALUES
	('KS-001', 'PT Sehat Sentosa', '100.000.000', '01/01/2026'),
	('KS-001', 'PT Sehat Sentosa', '100.000.000', '02/01/2026');
SELECT relation, line, field, value, problem
FROM partnership.import();
DELETE FROM partnership_import.disbursement;
-- and what the commit would refuse of a partnership the sheets only add
-- to names the row that adds (1.1.0 before: no line, no value)
BEGIN;
INSERT INTO partnership_import.member (partnership, partner, roles, joined_on)
VALUES ('KS-001', 'Radio Suara Kota', 'pelaksana', '01/12/2025');
SELECT relation, line, field, value, problem FROM partnership.import();
ROLLBACK;
-- it names only what the commit refuses: not an error the partnership had
-- before the transaction, which the commit excuses (time passes: KS-001's
-- PKS ran out yesterday; 1.1.0 before: agreement_in_force was named too)
SET session_replication_role = replica;
UPDATE partnership.agreement SET effective_to = current_date - 1 WHERE number = 'PKS/001/2025';
RESET session_replication_role;
BEGIN;
INSERT INTO partnership_import.member (partnership, partner, roles, joined_on)
VALUES ('KS-001', 'Radio Suara Kota', 'ketua tim', '01/12/2025');
SELECT relation, line, field, value, problem FROM partnership.import();
ROLLBACK;
SET session_replication_role = replica;
UPDATE partnership.agreement SET effective_to = '2028-12-31' WHERE number = 'PKS/001/2025';
RESET session_replication_role;
-- a refusal that names its column names the sheet's cell: the column
-- and the value as staged, the owner's name for owner_id (1.1.0 before:
-- the constraint's name and no value)
BEGIN;
INSERT INTO partnership_import.member (partnership, partner, roles, joined_on)
VALUES ('KS-001', 'Radio Suara Kota', 'pelaksana', '01/01/2000');
SELECT relation, line, field, value, left(problem, 40) AS problem FROM partnership.import();
ROLLBACK;
BEGIN;
INSERT INTO partnership_import.partnership (code, name, formality, horizon, starts_on, objectives, owner)
VALUES ('KS-OWN', 'Pemilik swasta', 'informal', 'operational', '01/01/2026', 'Uji', 'PT Sehat Sentosa');
SELECT relation, line, field, value, left(problem, 40) AS problem FROM partnership.import();
ROLLBACK;
-- so does a row of a signed agreement, or of a partnership that has
-- ended: the cell that points at it (1.1.0 before: no cell, no value)
BEGIN;
INSERT INTO partnership_import.agreement_party (partnership, agreement, partner, roles, responsibilities)
VALUES ('KS-001', 'PKS/001/2025', 'Radio Suara Kota', 'pelaksana', 'Siaran');
SELECT relation, line, field, value, problem FROM partnership.import();
DELETE FROM partnership_import.agreement_party;
UPDATE partnership.partnership SET status = 'completed' WHERE code = 'KS-001';
INSERT INTO partnership_import.member (partnership, partner, roles, joined_on)
VALUES ('KS-001', 'Radio Suara Kota', 'pelaksana', '01/12/2025');
SELECT relation, line, field, value, problem FROM partnership.import();
ROLLBACK;
-- one call names every problem: those of the cells and names, what the
-- registry refuses of the other rows, and the rules that refuse another
-- partnership's activation; the rows of a problem, and those that hang on
-- them (LG-2's first member), wait, and LG-2 is not moved on (1.1.0
-- before: only the cells and names, the rest once they were fixed)
BEGIN;
INSERT INTO partnership_import.partnership (code, name, formality, horizon, starts_on, ends_on, objectives, owner, status) VALUES
	('LG-1', 'Satu sektor', 'informal', 'operasional', '01/01/2026', NULL, 'Uji', 'Dinas Kesehatan Kota Contoh', 'aktif'),
	('LG-2', 'Tanggal salah', 'informal', 'operasional', '01/01/2026', '31/06/2026', 'Uji', 'Dinas Kesehatan Kota Contoh', 'draf');
INSERT INTO partnership_import.member (partnership, partner, roles, joined_on) VALUES
	('LG-1', 'Dinas Kesehatan Kota Contoh', 'pemimpin', '01/01/2026'),
	('LG-2', 'Dinas Kesehatan Kota Contoh', 'pemimpin', '01/01/2026'),
	('LG-2', 'Universitas Kontoh', 'penilai', '01/01/2026'),
	('KS-001', 'Radio Suara Kota', 'pelaksana', '01/01/2000');
-- (a measurement of LG-1 that waits does not hide its activation: no
-- rule reads measurements)
INSERT INTO partnership_import.measurement (partnership, indicator, period_end, value)
VALUES ('LG-1', 'TIDAK-ADA', '30/06/2026', '5');
SELECT relation, line, field, value, problem FROM partnership.import();
DELETE FROM partnership_import.measurement;
-- fixed (LG-1 a draft, KS-001's member left out), all of it loads
UPDATE partnership_import.partnership SET ends_on = '30/06/2026' WHERE code = 'LG-2';
UPDATE partnership_import.partnership SET status = 'draf' WHERE code = 'LG-1';
UPDATE partnership_import.member SET partner = 'Universitas Contoh' WHERE line = 4;
DELETE FROM partnership_import.member WHERE line = 5;
SELECT relation, line, field, value, problem FROM partnership.import(apply => true);
SELECT code, status FROM partnership.partnership WHERE code LIKE 'LG-%' ORDER BY code;
ROLLBACK;
-- one call names what the registry refuses on every sheet: the load goes
-- on after a refused row, and the rows that hang on it (KS-OWN's member,
-- agreement, party, clause, commitment, payment, indicator, measurement)
-- are not problems of their own (1.1.0 before this: the first refused
-- sheet only, the member's joined_on on the next call)
BEGIN;
INSERT INTO partnership_import.partnership (code, name, formality, horizon, starts_on, objectives, owner)
VALUES ('KS-OWN', 'Pemilik swasta', 'informal', 'operational', '01/01/2026', 'Uji', 'PT Sehat Sentosa');
INSERT INTO partnership_import.member (partnership, partner, roles, joined_on) VALUES
	('KS-OWN', 'Radio Suara Kota', 'pelaksana', '01/01/2026'),
	('KS-001', 'Radio Suara Kota', 'pelaksana', '01/01/2000');
INSERT INTO partnership_import.agreement (partnership, kind, number, clauses)
VALUES ('KS-OWN', 'mou', 'MOU/OWN/1', 'object');
INSERT INTO partnership_import.agreement_party (partnership, agreement, partner, roles)
VALUES ('KS-OWN', 'MOU/OWN/1', 'Radio Suara Kota', 'pelaksana');
INSERT INTO partnership_import.commitment (partnership, partner, amount) VALUES ('KS-OWN', 'Radio Suara Kota', '1.000.000');
INSERT INTO partnership_import.disbursement (partnership, partner, amount, paid_on) VALUES ('KS-OWN', 'Radio Suara Kota', '1.000', '01/02/2026');
INSERT INTO partnership_import.indicator (partnership, code, name) VALUES ('KS-OWN', 'UJI', 'Uji');
INSERT INTO partnership_import.measurement (partnership, indicator, period_end, value) VALUES ('KS-OWN', 'UJI', '01/02/2026', '5');
SELECT relation, line, field, value, left(problem, 40) AS problem FROM partnership.import();
-- once both are right (KS-001's new member removed: its PKS does not
-- name it), everything loads: nothing was dropped
UPDATE partnership_import.partnership SET owner = 'Bappeda Kota Contoh';
DELETE FROM partnership_import.member WHERE partnership = 'KS-001';
SELECT relation, line, field, value, problem FROM partnership.import(apply => true);
SELECT (SELECT count(*) FROM partnership.member m JOIN partnership.partnership p ON p.id = m.partnership_id WHERE p.code = 'KS-OWN') AS members,
	(SELECT count(*) FROM partnership.agreement_party y JOIN partnership.partnership p ON p.id = y.partnership_id WHERE p.code = 'KS-OWN') AS parties,
	(SELECT count(*) FROM partnership.agreement_clause y JOIN partnership.partnership p ON p.id = y.partnership_id WHERE p.code = 'KS-OWN') AS clauses,
	(SELECT count(*) FROM partnership.disbursement y JOIN partnership.partnership p ON p.id = y.partnership_id WHERE p.code = 'KS-OWN') AS payments,
	(SELECT count(*) FROM partnership.measurement y JOIN partnership.partnership p ON p.id = y.partnership_id WHERE p.code = 'KS-OWN') AS measurements;
ROLLBACK;
-- a partner that is its own parent, or whose chain of parents goes round
-- in a circle, is named by its parent cell (1.1.0 before: by the
-- registry's foreign-key or check message, with an internal id); one
-- below the circle is not named, it loads once the circle is mended
-- (before: named as in the circle); a child staged above its parent loads
BEGIN;
INSERT INTO partnership_import.partner (name, sector, parent) VALUES
	('Anak Atas', 'swasta', 'Induk Bawah'),
	('Induk Bawah', 'swasta', NULL),
	('Induk Sendiri', 'swasta', 'Induk Sendiri'),
	('Lingkar A', 'swasta', 'Lingkar B'),
	('Lingkar B', 'swasta', 'lingkar a'),
	('Di Bawah Lingkar', 'swasta', 'Lingkar A'),
	('Di Bawah Registri', 'swasta', 'Radio Suara Kota');
SELECT relation, line, field, value, problem FROM partnership.import();
-- mended: the circle's top has no parent, the one that was its own is gone
UPDATE partnership_import.partner SET parent = NULL WHERE name = 'Lingkar B';
DELETE FROM partnership_import.partner WHERE name = 'Induk Sendiri';
SELECT count(*) AS problems FROM partnership.import(apply => true);
SELECT c.name, p.name AS parent FROM partnership.partner c JOIN partnership.partner p ON p.id = c.parent_id
WHERE c.name IN ('Anak Atas', 'Di Bawah Registri', 'Lingkar A', 'Di Bawah Lingkar') ORDER BY 1;
ROLLBACK;
-- a name two staged partners hold is the first one's: the partners below
-- it keep their place in the tree (sql/institutions.sql shows why it
-- matters), and load once the duplicate is gone
BEGIN;
INSERT INTO partnership_import.partner (name, sector, parent) VALUES
	('Induk Ganda', 'swasta', NULL), ('Induk Ganda', 'swasta', NULL),
	('Cucu Ganda', 'swasta', 'Anak Ganda'), ('Anak Ganda', 'swasta', 'Induk Ganda');
SELECT relation, line, field, value, problem FROM partnership.import();
DELETE FROM partnership_import.partner WHERE line = 3;
SELECT count(*) AS problems FROM partnership.import(apply => true);
ROLLBACK;
-- a name two staged partners hold, on a circle of parents: the duplicate
-- is named, and the walk of the tree does not go round the circle for ever
-- (1.1.0 before: import() never returned)
BEGIN;
SET LOCAL statement_timeout = '60s';
INSERT INTO partnership_import.partner (name, sector, parent) VALUES
	('Alfa', 'swasta', NULL), ('Alfa', 'swasta', 'Beta'), ('Beta', 'swasta', 'Alfa');
SELECT relation, line, field, value, problem FROM partnership.import();
ROLLBACK;
-- an addendum staged above the agreement it amends is tried again once
-- that one is written, so its own refusal is named in the same call as a
-- member refused on an earlier sheet (1.1.0 before: the load stopped at
-- the member; alone, the addendum was named without its line, as rows
-- that fail together)
BEGIN;
INSERT INTO partnership_import.agreement (partnership, kind, number, amends, status, title,
	effective_from, effective_to, objectives) VALUES
	('KS-002', 'addendum', 'ADD/ABOVE', 'MOU/BASE', 'draft', 'Di atas', '01/01/1900', '01/01/2027', 'Uji'),
	('KS-002', 'mou', 'MOU/BASE', NULL, 'draft', 'Dasar', '01/01/2026', '01/01/2027', 'Uji');
INSERT INTO partnership_import.member (partnership, partner, roles, joined_on)
VALUES ('KS-001', 'Radio Suara Kota', 'pelaksana', '01/01/2000');
SELECT relation, line, field, value, problem FROM partnership.import();
ROLLBACK;

-- commitments and payments staged again (the registry holds them, with
-- the same partner, amount and day) are problems, not loaded twice; two
-- alike in one sheet are two tranches
INSERT INTO partnership_import.commitment (partnership, partner, kind, amount, committed_on) VALUES
	('KS-001', 'PT Sehat Sentosa', 'tunai', '500.000.000', '2025-01-01'),
	('KS-001', 'PT Sehat Sentosa', 'tunai', '500.000.000', '2025-02-01'),
	('KS-001', 'PT Sehat Sentosa', 'tunai', '500.000.000', '2025-02-01');
INSERT INTO partnership_import.disbursement (partnership, partner, commitment, amount, paid_on) VALUES
	('KS-001', 'PT Sehat Sentosa', NULL, '200.000.000', '15/03/2025');
SELECT relation, line, field, value, problem FROM partnership.import() WHERE relation IN ('commitment', 'disbursement');
DELETE FROM partnership_import.commitment;
DELETE FROM partnership_import.disbursement;

-- an end date or reason on a row whose status has none is a problem, not
-- a cell dropped without a word
INSERT INTO partnership_import.partnership (code, name, formality, horizon, status, starts_on, objectives, owner, ended_on, end_reason)
VALUES ('KS-006', 'Belum berakhir', 'informal', 'operasional', 'draf', '01/03/2026', 'Uji', 'Bappeda Kota Contoh', '01/06/2026', 'Selesai');
INSERT INTO partnership_import.agreement (partnership, kind, number, status, effective_from, terminated_on, termination_reason)
VALUES ('KS-006', 'mou', 'MOU/KS-006', 'draf', '01/03/2026', '01/06/2026', 'Dibatalkan');
SELECT relation, line, field, value, problem FROM partnership.import();
SET partnership.language = 'id';
SELECT relation, field, problem FROM partnership.import() WHERE field IN ('ended_on', 'terminated_on');
RESET partnership.language;
DELETE FROM partnership_import.partnership;
DELETE FROM partnership_import.agreement;

-- an empty list cell, as \copy reads it (NULL), is an empty list: the
-- rows load as with a blank cell, instead of the registry refusing a NULL
INSERT INTO partnership_import.member (partnership, partner, roles) VALUES
	('KS-002', 'Universitas Contoh', NULL);
INSERT INTO partnership_import.partnership (code, name, formality, horizon, starts_on, objectives, owner)
VALUES ('KS-005', 'Tanpa tujuan', 'informal', 'operasional', '01/03/2026', NULL, 'Bappeda Kota Contoh');
SELECT relation, line, field, value, problem FROM partnership.import();
SELECT code, objectives FROM partnership.partnership WHERE code = 'KS-005';
SELECT p.code, m.roles FROM partnership.member m JOIN partnership.partnership p ON p.id = m.partnership_id
	JOIN partnership.partner r ON r.id = m.partner_id WHERE p.code = 'KS-002' AND r.name = 'Universitas Contoh';
SELECT count(*) AS problems FROM partnership.import(apply => true);
SELECT code, objectives FROM partnership.partnership WHERE code = 'KS-005';
SELECT p.code, m.roles FROM partnership.member m JOIN partnership.partnership p ON p.id = m.partnership_id
	JOIN partnership.partner r ON r.id = m.partner_id WHERE p.code = 'KS-002' AND r.name = 'Universitas Contoh';

-- legacy partnerships: an active one whose error rules fail is a problem,
-- or with legacy => true a draft with a warning; a completed one that
-- holds goes through the lifecycle
INSERT INTO partnership_import.partnership (code, name, formality, horizon, status, starts_on, objectives, owner)
VALUES ('KS-003', 'Bank Sampah', 'informal', 'operasional', 'aktif', '01/03/2024', 'Mengurangi sampah', 'Bappeda Kota Contoh'),
	('KS-004', 'Festival Pangan', 'informal', 'operasional', 'selesai', '01/08/2025', 'Promosi pangan lokal', 'Bappeda Kota Contoh');
INSERT INTO partnership_import.member (partnership, partner, roles) VALUES
	('KS-003', 'Bappeda Kota Contoh', 'koordinator'),
	('KS-004', 'Bappeda Kota Contoh', 'koordinator'),
	('KS-004', 'Radio Suara Kota', 'pelaksana');
SELECT * FROM partnership.import(apply => true);
SELECT count(*) FROM partnership.partnership WHERE code IN ('KS-003', 'KS-004');
BEGIN;
SELECT * FROM partnership.import(apply => true, legacy => true);
SELECT code, status FROM partnership.partnership WHERE code IN ('KS-003', 'KS-004') ORDER BY 1;
COMMIT;
-- an agreement named in a partnership that has none says so (1.1.0
-- before: "closest: )")
BEGIN;
INSERT INTO partnership_import.agreement_party (partnership, agreement, partner, signatory_name)
VALUES ('KS-003', 'PKS/TIDAK/ADA', 'Bappeda Kota Contoh', 'Kepala');
SELECT relation, field, value, problem FROM partnership.import() WHERE field = 'agreement';
ROLLBACK;
-- a completed one without ended_on ended on its ends_on, once that has
-- passed (1.1.0 before: on the day of the import, as though it had run
-- until today)
BEGIN;
INSERT INTO partnership_import.partnership (code, name, formality, horizon, status, starts_on, ends_on, objectives, owner)
VALUES ('KS-006', 'Pasar Murah', 'informal', 'operasional', 'selesai', '01/01/2025', '31/12/2025', 'Harga pangan', 'Bappeda Kota Contoh');
INSERT INTO partnership_import.member (partnership, partner, roles) VALUES
	('KS-006', 'Bappeda Kota Contoh', 'koordinator'), ('KS-006', 'Radio Suara Kota', 'pelaksana');
SELECT count(*) AS problems FROM partnership.import(apply => true);
SELECT code, status, CASE WHEN ended_on = current_date THEN 'today' ELSE ended_on::text END AS ended_on
FROM partnership.partnership WHERE code IN ('KS-004', 'KS-006') ORDER BY 1;
ROLLBACK;

-- an end the registry refuses names the cell: ended_on, as staged (1.1.0
-- before this: the constraint's name, and no value)
BEGIN;
INSERT INTO partnership_import.partnership (code, name, formality, horizon, status, starts_on, ends_on, objectives, owner, ended_on)
VALUES ('KS-013', 'Lomba Gizi', 'informal', 'operasional', 'selesai', '01/01/2025', '31/12/2025', 'Gizi anak', 'Bappeda Kota Contoh', '15/06/2025');
INSERT INTO partnership_import.member (partnership, partner, roles, joined_on) VALUES
	('KS-013', 'Bappeda Kota Contoh', 'koordinator', '01/01/2025'), ('KS-013', 'Radio Suara Kota', 'pelaksana', '01/07/2025');
SELECT relation, line, field, value, problem FROM partnership.import();
ROLLBACK;

-- a formal partnership that ended with its pks, which ran out before
-- today: the activation on the way judges today, so agreement_in_force
-- fails, and the problem says how a DBA loads it (1.1.0 before this: only
-- "rules fail", and legacy => true left a draft that could never end)
CREATE FUNCTION pg_temp.stage_ended(codes text[]) RETURNS void LANGUAGE sql AS $$
INSERT INTO partnership_import.partnership (code, name, formality, horizon, status, starts_on, ends_on, objectives, owner, ended_on)
SELECT c, 'Posyandu ' || c, 'formal', 'operasional', CASE c WHEN 'KS-011' THEN 'selesai' ELSE 'aktif' END,
	'01/01/2024', '31/12/2024', 'Balita sehat', 'Bappeda Kota Contoh', CASE c WHEN 'KS-011' THEN '31/12/2024' END
FROM unnest(codes) c;
INSERT INTO partnership_import.member (partnership, partner, roles, joined_on)
SELECT c, p, r, '01/01/2024' FROM unnest(codes) c,
	(VALUES ('Bappeda Kota Contoh', 'koordinator'), ('Yayasan Gizi Nusantara', 'pelaksana')) m (p, r);
INSERT INTO partnership_import.agreement (partnership, kind, number, status, title, signed_on, effective_from, effective_to, objectives, clauses)
SELECT c, 'PKS', 'PKS/' || c, 'ditandatangani', 'PKS ' || c, '20/12/2023', '01/01/2024', '31/12/2024', 'Balita sehat',
	'object; rights_obligations; duration; funding; governance; monitoring; dispute_resolution; termination; force_majeure'
FROM unnest(codes) c;
INSERT INTO partnership_import.agreement_party (partnership, agreement, partner, roles, responsibilities, signatory_name, signatory_title, signed_on)
SELECT c, 'PKS/' || c, p, r, 'Tugas ' || r, 'Penandatangan', 'Kepala', '20/12/2023'
FROM unnest(codes) c,
	(VALUES ('Bappeda Kota Contoh', 'koordinator'), ('Yayasan Gizi Nusantara', 'pelaksana')) m (p, r);
$$;
BEGIN;
SELECT pg_temp.stage_ended(ARRAY['KS-011']);
SELECT relation, line, field, value, problem FROM partnership.import();
SET partnership.language = 'id';
SELECT problem FROM partnership.import();
RESET partnership.language;
-- ... in one transaction that makes the rule a warning around the import:
-- the ended one loads
UPDATE partnership.rule SET severity = 'warning' WHERE code = 'agreement_in_force';
SELECT count(*) AS problems FROM partnership.import(apply => true);
UPDATE partnership.rule SET severity = 'error' WHERE code = 'agreement_in_force';
SELECT p.code, p.status, p.ended_on, a.status AS pks, a.terminated_on
FROM partnership.partnership p JOIN partnership.agreement a ON a.partnership_id = p.id
WHERE p.code = 'KS-011';
ROLLBACK;
-- an active one whose pks ran out does not slip through with it: the
-- commit judges again, by the rules as they stand then, what was checked
-- by rules edited since (1.1.0 before this: committed, active with no
-- agreement in force)
BEGIN;
SELECT pg_temp.stage_ended(ARRAY['KS-011', 'KS-012']);
UPDATE partnership.rule SET severity = 'warning' WHERE code = 'agreement_in_force';
SELECT count(*) AS problems FROM partnership.import(apply => true);
UPDATE partnership.rule SET severity = 'error' WHERE code = 'agreement_in_force';
\set VERBOSITY terse
COMMIT;
\set VERBOSITY default
SELECT count(*) AS loaded FROM partnership.partnership WHERE code IN ('KS-011', 'KS-012');
SELECT severity FROM partnership.rule WHERE code = 'agreement_in_force';

-- addenda that amend themselves or each other in a circle (not one that
-- amends a member of the circle: it loads once that is mended), and signed
-- addenda of a draft or of an agreement staged as terminated, are named
-- (1.1.0 before: no problem, three of these rows left out of the load, the
-- fourth left a draft, and the terminated one loaded superseded)
INSERT INTO partnership_import.agreement (partnership, kind, number, amends, status, title,
	effective_from, effective_to, objectives, terminated_on, termination_reason) VALUES
	('KS-002', 'addendum', 'CYC-A', 'CYC-B', 'draft', 'Lingkar A', '01/01/2026', '01/01/2027', 'Uji', NULL, NULL),
	('KS-002', 'addendum', 'CYC-B', 'CYC-A', 'draft', 'Lingkar B', '01/01/2026', '01/01/2027', 'Uji', NULL, NULL),
	('KS-002', 'addendum', 'SELF', 'SELF', 'draft', 'Diri sendiri', '01/01/2026', '01/01/2027', 'Uji', NULL, NULL),
	('KS-002', 'addendum', 'BELOW-CYC', 'cyc-b', 'draft', 'Di bawah lingkar', '01/01/2026', '01/01/2027', 'Uji', NULL, NULL),
	('KS-002', 'pks', 'P-DRAFT', NULL, 'draft', 'Masih draf', '01/01/2026', '01/01/2027', 'Uji', NULL, NULL),
	('KS-002', 'addendum', 'A-SIGNED', 'P-DRAFT', 'signed', 'Adendum draf', '01/01/2026', '01/01/2027', 'Uji', NULL, NULL),
	('KS-002', 'pks', 'P-TERM', NULL, 'terminated', 'Diakhiri', '01/01/2026', '01/01/2027', 'Uji', '01/06/2026', 'Dihentikan'),
	('KS-002', 'addendum', 'A-OF-TERM', 'P-TERM', 'signed', 'Adendum akhir', '01/01/2026', '01/01/2027', 'Uji', NULL, NULL);
SELECT relation, line - min(line) OVER () AS row_in_batch, field, value, problem
FROM partnership.import(apply => true) ORDER BY 2, 3;
SELECT count(*) AS loaded FROM partnership.agreement
WHERE number IN ('CYC-A', 'CYC-B', 'SELF', 'P-DRAFT', 'A-SIGNED', 'P-TERM', 'A-OF-TERM');
DELETE FROM partnership_import.agreement;

-- clause kinds typed by their labels, English or Indonesian, in any case,
-- load as their codes; a word that names none is named as before (1.1.0
-- before: "pembiayaan" was an unknown clause kind)
BEGIN;
INSERT INTO partnership_import.agreement (partnership, kind, number, status, title,
	effective_from, effective_to, objectives, clauses) VALUES
	('KS-002', 'mou', 'MOU/LABELS', 'draft', 'Label', '01/01/2026', '01/01/2027', 'Uji',
	 'Objek dan ruang lingkup; jangka_waktu; PEMBIAYAAN; Force majeure; funding'),
	('KS-002', 'mou', 'MOU/UNKNOWN', 'draft', 'Label', '01/01/2026', '01/01/2027', 'Uji',
	 'Jangka waktu; Biaya');
SELECT field, value, problem FROM partnership.import();
DELETE FROM partnership_import.agreement WHERE number = 'MOU/UNKNOWN';
SELECT count(*) AS problems FROM partnership.import(apply => true);
SELECT c.kind FROM partnership.agreement_clause c
JOIN partnership.agreement a ON a.id = c.agreement_id
WHERE a.number = 'MOU/LABELS' ORDER BY c.id;
ROLLBACK;

-- a sheet staged again into an emptied table numbers its lines from 2,
-- after a DELETE as after a rolled-back \copy (1.1.0 before: on from the
-- last line drawn, so problems no longer named the rows Excel shows)
INSERT INTO partnership_import.partner (name, sector) VALUES ('Baris A', 'swasta'), ('Baris B', 'swasta');
DELETE FROM partnership_import.partner;
BEGIN;
INSERT INTO partnership_import.partner (name, sector) VALUES ('Baris C', 'swasta');
ROLLBACK;
INSERT INTO partnership_import.partner (name, sector) VALUES ('Baris D', 'swasta'), ('Baris E', 'swasta');
-- into a table that is not empty, they count on; so they do after a DELETE
-- of this very transaction, which a ROLLBACK may undo
INSERT INTO partnership_import.partner (name, sector) VALUES ('Baris F', 'swasta');
BEGIN;
DELETE FROM partnership_import.partner;
INSERT INTO partnership_import.partner (name, sector) VALUES ('Baris G', 'swasta');
ROLLBACK;
INSERT INTO partnership_import.partner (name, sector) VALUES ('Baris H', 'swasta');
SELECT line, name FROM partnership_import.partner ORDER BY line;
DELETE FROM partnership_import.partner;

-- the lock that serializes applies is taken only by a role that may write
-- partnerships (a reader cannot hold imports back with it)
CREATE ROLE regress_import_reader;
SELECT partnership.grant_access('regress_import_reader', 'read');
SET ROLE regress_import_reader;
SELECT pg_temp.try($$SELECT partnership.import_lock()$$);
RESET ROLE;
DROP OWNED BY regress_import_reader;
DROP ROLE regress_import_reader;

\c contrib_regression
SET client_min_messages = warning;
DROP DATABASE contrib_regression_import;
