--
-- agreements: signing requirements (each alone, then all at once),
-- addenda, versions, immutability of signed agreements, their parties and
-- clauses (doc/registry.md).
--
SET search_path = partnership, public;
SET partnership.language = 'en';

\set ECHO none
\getenv abs_srcdir PG_ABS_SRCDIR
\set try_sql :abs_srcdir '/test/regress/try.sql'
\i :try_sql
\set ECHO all

INSERT INTO partner (id, name, sector) VALUES
	(3001, 'Dinas Pendidikan', 'pemerintah'),
	(3002, 'PT Buku Nusantara', 'swasta'),
	(3003, 'Dinas Perpustakaan', 'pemerintah'),
	(3004, 'Yayasan Literasi', 'yayasan');
INSERT INTO partnership (id, code, name, formality, horizon, owner_id, objectives)
VALUES (3001, 'AGR-1', 'Gerakan literasi', 'formal', 'strategic', 3001, '{Tingkatkan minat baca}'),
       (3002, 'AGR-2', 'Other', 'formal', 'strategic', 3001, '{x}');

-- a complete draft: two parties of two sectors, signed, with roles and
-- responsibilities, objectives, dates and every required clause
CREATE FUNCTION pg_temp.draft(pid bigint, k text, num text, amends bigint DEFAULT NULL)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE aid bigint;
BEGIN
	INSERT INTO partnership.agreement (partnership_id, kind, number, amends_id, objectives,
		effective_from, effective_to)
	VALUES (pid, k::partnership.agreement_kind, num, amends, '{Tingkatkan minat baca}',
		'2026-01-01', '2028-12-31')
	RETURNING id INTO aid;
	INSERT INTO partnership.agreement_party (agreement_id, partnership_id, partner_id, roles,
		responsibilities, signatory_name, signatory_title, signed_on)
	VALUES (aid, pid, 3001, '{lead}', '{Koordinasi program}', 'Ibu Sari', 'Kepala Dinas', '2026-01-05'),
	       (aid, pid, 3002, '{funder,provider}', '{Menyediakan buku}', 'Bapak Andi', 'Direktur', '2026-01-07');
	INSERT INTO partnership.agreement_clause (agreement_id, partnership_id, kind, body)
	SELECT aid, pid, code, 'Pasal ' || label_id FROM partnership.clause_kind WHERE required;
	RETURN aid;
END $$;
CREATE FUNCTION pg_temp.sign(aid bigint) RETURNS text LANGUAGE sql AS $$
	SELECT pg_temp.try(format('UPDATE partnership.agreement SET status = %L WHERE id = %s', 'signed', aid), true)
$$;

-- new agreements start as drafts, versions count up per partnership
SELECT pg_temp.try($$INSERT INTO partnership.agreement (partnership_id, kind, number, status) VALUES (3001, 'pks', 'PKS/SIGNED', 'signed')$$, true);
SELECT pg_temp.draft(3001, 'pks', 'PKS/OK/1') AS ok1 \gset
SELECT pg_temp.draft(3002, 'pks', 'PKS/OTHER/1') AS other1 \gset
SELECT number, version, status FROM agreement WHERE partnership_id IN (3001, 3002) ORDER BY partnership_id, version;
SELECT pg_temp.try(format('UPDATE partnership.agreement SET version = 7 WHERE id = %s', :ok1), true);

-- the complete draft signs; signed_on defaults to the last signature
SELECT pg_temp.sign(:ok1);
SELECT number, status, signed_on FROM agreement WHERE id = :ok1;

-- each requirement failing alone
SELECT pg_temp.draft(3001, 'pks', 'PKS/PARTIES') AS a \gset
DELETE FROM agreement_party WHERE agreement_id = :a AND partner_id = 3002;
INSERT INTO agreement_party (agreement_id, partnership_id, partner_id, roles, responsibilities, signatory_name, signed_on)
VALUES (:a, 3001, 3002, '{funder}', '{Dana}', 'Andi', '2026-01-07');
DELETE FROM agreement_party WHERE agreement_id = :a AND partner_id = 3001;
-- (one party necessarily spans one sector, so two requirements fail)
SELECT pg_temp.sign(:a);

SELECT pg_temp.draft(3001, 'pks', 'PKS/SECTORS') AS a \gset
UPDATE agreement_party SET partner_id = 3003 WHERE agreement_id = :a AND partner_id = 3002;
SELECT pg_temp.sign(:a);

SELECT pg_temp.draft(3001, 'pks', 'PKS/SIGNATURE-NAME') AS a \gset
UPDATE agreement_party SET signatory_name = '  ' WHERE agreement_id = :a AND partner_id = 3002;
SELECT pg_temp.sign(:a);

SELECT pg_temp.draft(3001, 'pks', 'PKS/SIGNATURE-DATE') AS a \gset
UPDATE agreement_party SET signed_on = NULL WHERE agreement_id = :a;
SELECT pg_temp.sign(:a);

SELECT pg_temp.draft(3001, 'pks', 'PKS/OBJECTIVES') AS a \gset
UPDATE agreement SET objectives = '{"   ", NULL}' WHERE id = :a;
SELECT pg_temp.sign(:a);

SELECT pg_temp.draft(3001, 'pks', 'PKS/DATES-FROM') AS a \gset
UPDATE agreement SET effective_from = NULL WHERE id = :a;
SELECT pg_temp.sign(:a);

SELECT pg_temp.draft(3001, 'pks', 'PKS/DATES-TO') AS a \gset
UPDATE agreement SET effective_to = NULL WHERE id = :a;
SELECT pg_temp.sign(:a);
SELECT pg_temp.try(format($$UPDATE partnership.agreement SET effective_to = '2025-01-01' WHERE id = %s$$, :a), true);

SELECT pg_temp.draft(3001, 'pks', 'PKS/CLAUSES') AS a \gset
DELETE FROM agreement_clause WHERE agreement_id = :a AND kind IN ('force_majeure', 'funding');
SELECT pg_temp.sign(:a);

SELECT pg_temp.draft(3001, 'pks', 'PKS/ROLES') AS a \gset
UPDATE agreement_party SET roles = '{}' WHERE agreement_id = :a AND partner_id = 3002;
SELECT pg_temp.sign(:a);

SELECT pg_temp.draft(3001, 'pks', 'PKS/RESPONSIBILITIES') AS a \gset
UPDATE agreement_party SET responsibilities = '{"", " "}' WHERE agreement_id = :a AND partner_id = 3001;
SELECT pg_temp.sign(:a);

-- which clause kinds are required is read from clause_kind
SELECT pg_temp.draft(3001, 'pks', 'PKS/CONFIDENTIAL') AS a \gset
BEGIN;
UPDATE clause_kind SET required = true WHERE code = 'confidentiality';
SELECT pg_temp.sign(:a);
ROLLBACK;
SELECT pg_temp.sign(:a);

-- everything failing at once: one error, the first failure as constraint
-- name and every failure in the detail
INSERT INTO agreement (partnership_id, kind, number) VALUES (3001, 'pks', 'PKS/EMPTY') RETURNING id AS a \gset
INSERT INTO agreement_party (agreement_id, partnership_id, partner_id) VALUES (:a, 3001, 3001);
SELECT pg_temp.sign(:a);
-- a party must belong to the agreement's partnership
SELECT pg_temp.try(format('INSERT INTO partnership.agreement_party (agreement_id, partnership_id, partner_id) VALUES (%s, 3002, 3004)', :a), true);

-- a mou is non-binding: no clauses, roles or responsibilities needed, and
-- it may be open-ended
INSERT INTO agreement (partnership_id, kind, number, objectives, effective_from)
VALUES (3001, 'nota kesepahaman', 'MOU/1', '{Kerja sama literasi}', '2026-01-01') RETURNING id AS mou \gset
INSERT INTO agreement_party (agreement_id, partnership_id, partner_id, signatory_name, signed_on)
VALUES (:mou, 3001, 3001, 'Sari', '2025-12-01'), (:mou, 3001, 3004, 'Rina', '2025-12-02');
SELECT pg_temp.sign(:mou);


-- signed agreements, their parties and clauses are immutable
SELECT pg_temp.try(format($$UPDATE partnership.agreement SET number = 'changed' WHERE id = %s$$, :ok1), true);
SELECT pg_temp.try(format($$UPDATE partnership.agreement SET effective_to = '2030-12-31' WHERE id = %s$$, :ok1), true);
SELECT pg_temp.try(format($$UPDATE partnership.agreement SET status = 'draft' WHERE id = %s$$, :ok1), true);
SELECT pg_temp.try(format($$DELETE FROM partnership.agreement WHERE id = %s$$, :ok1), true);
SELECT pg_temp.try(format($$UPDATE partnership.agreement_party SET roles = '{lead,manager}' WHERE agreement_id = %s AND partner_id = 3001$$, :ok1), true);
SELECT pg_temp.try(format($$INSERT INTO partnership.agreement_party (agreement_id, partnership_id, partner_id) VALUES (%s, 3001, 3004)$$, :ok1), true);
SELECT pg_temp.try(format($$DELETE FROM partnership.agreement_party WHERE agreement_id = %s$$, :ok1), true);
SELECT pg_temp.try(format($$UPDATE partnership.agreement_clause SET body = 'changed' WHERE agreement_id = %s$$, :ok1), true);
SELECT pg_temp.try(format($$INSERT INTO partnership.agreement_clause (agreement_id, partnership_id, kind) VALUES (%s, 3001, 'reporting')$$, :ok1), true);
SELECT pg_temp.try(format($$DELETE FROM partnership.agreement_clause WHERE agreement_id = %s$$, :ok1), true);
-- an update that changes nothing is not an edit
SELECT pg_temp.try(format($$UPDATE partnership.agreement SET number = number WHERE id = %s$$, :ok1), true);
-- a draft cannot skip signing
SELECT pg_temp.draft(3001, 'pks', 'PKS/DRAFT') AS d \gset
SELECT pg_temp.try(format($$UPDATE partnership.agreement SET status = 'superseded' WHERE id = %s$$, :d), true);
SELECT pg_temp.try(format($$UPDATE partnership.agreement SET status = 'terminated', terminated_on = '2026-02-01', termination_reason = 'x' WHERE id = %s$$, :d), true);
-- a draft can be edited and deleted (with its parties and clauses)
SELECT pg_temp.try(format($$UPDATE partnership.agreement SET title = 'Draft title' WHERE id = %s$$, :d), true);
SELECT pg_temp.try(format($$DELETE FROM partnership.agreement WHERE id = %s$$, :d), true);
SELECT count(*) FROM agreement_party WHERE agreement_id = :d;

-- addenda: amend a signed pks or addendum of the same partnership
SELECT pg_temp.try(format($$INSERT INTO partnership.agreement (partnership_id, kind, number) VALUES (3001, 'addendum', 'ADD/NONE')$$), true);
SELECT pg_temp.try(format($$INSERT INTO partnership.agreement (partnership_id, kind, number, amends_id) VALUES (3001, 'pks', 'PKS/AMENDS', %s)$$, :ok1), true);
SELECT pg_temp.try(format($$INSERT INTO partnership.agreement (partnership_id, kind, number, amends_id) VALUES (3001, 'addendum', 'ADD/MOU', %s)$$, :mou), true);
SELECT pg_temp.try(format($$INSERT INTO partnership.agreement (partnership_id, kind, number, amends_id) VALUES (3001, 'addendum', 'ADD/OTHER', %s)$$, :other1), true);
-- amending an unsigned pks fails at signing
SELECT pg_temp.draft(3002, 'addendum', 'ADD/OF-DRAFT', :other1) AS x \gset
SELECT pg_temp.sign(:x);
-- signing an addendum supersedes what it amends, in the same statement
SELECT pg_temp.draft(3001, 'adendum', 'ADD/1', :ok1) AS add1 \gset
SELECT pg_temp.draft(3001, 'addendum', 'ADD/1-RIVAL', :ok1) AS rival \gset
SELECT pg_temp.sign(:add1);
SELECT number, version, status FROM agreement WHERE id IN (:ok1, :add1, :rival) ORDER BY version, id;
-- a second addendum of the same agreement cannot win too
SELECT pg_temp.sign(:rival);
-- but an addendum of the addendum can
SELECT pg_temp.draft(3001, 'addendum', 'ADD/2', :add1) AS add2 \gset
SELECT pg_temp.sign(:add2);
SELECT number, version, status FROM agreement WHERE id IN (:ok1, :add1, :add2) ORDER BY version, id;
-- superseded is final
SELECT pg_temp.try(format($$UPDATE partnership.agreement SET status = 'signed' WHERE id = %s$$, :ok1), true);
SELECT pg_temp.try(format($$UPDATE partnership.agreement SET status = 'terminated', terminated_on = '2026-02-01', termination_reason = 'x' WHERE id = %s$$, :ok1), true);

-- termination: signed -> terminated needs terminated_on and a reason
SELECT pg_temp.try(format($$UPDATE partnership.agreement SET status = 'terminated' WHERE id = %s$$, :add2), true);
SELECT pg_temp.try(format($$UPDATE partnership.agreement SET status = 'terminated', terminated_on = '2026-06-30', termination_reason = ' ' WHERE id = %s$$, :add2), true);
-- a NULL reason is missing too, for the trigger and for the CHECK alone
SELECT pg_temp.try(format($$UPDATE partnership.agreement SET status = 'terminated', terminated_on = '2026-06-30' WHERE id = %s$$, :add2), true);
BEGIN;
SET LOCAL session_replication_role = replica;
SELECT pg_temp.try(format($$UPDATE partnership.agreement SET status = 'terminated', terminated_on = '2026-06-30', termination_reason = NULL WHERE id = %s$$, :add2));
ROLLBACK;
-- a termination is dated between the signature and today (1.1.0 before:
-- 2000-01-01 and 2099-01-01 accepted)
SELECT pg_temp.try(format($$UPDATE partnership.agreement SET status = 'terminated', terminated_on = signed_on - 1, termination_reason = 'x' WHERE id = %s$$, :add2), true);
SELECT regexp_replace(pg_temp.try(format($$UPDATE partnership.agreement SET status = 'terminated', terminated_on = current_date + 1, termination_reason = 'x' WHERE id = %s$$, :add2), true),
	'[0-9]{4}-[0-9]{2}-[0-9]{2}', 'DATE', 'g') AS future;
-- nor carried by a draft into its signing: the order of the two days is
-- checked whenever the row is written
SELECT pg_temp.try($$INSERT INTO partnership.agreement (partnership_id, kind, number, effective_from, effective_to, objectives, signed_on, terminated_on)
	VALUES (3001, 'mou', 'MOU/EARLY', '2026-01-01', '2026-12-31', '{Baca}', '2026-01-07', '2020-01-01')$$, true);
SELECT pg_temp.try(format($$UPDATE partnership.agreement SET status = 'terminated', terminated_on = '2026-06-30', termination_reason = 'Program dihentikan', title = 'sneaky' WHERE id = %s$$, :add2), true);
SELECT pg_temp.try(format($$UPDATE partnership.agreement SET status = 'diakhiri', terminated_on = '2026-06-30', termination_reason = 'Program dihentikan' WHERE id = %s$$, :add2), true);
SELECT number, status, terminated_on, termination_reason FROM agreement WHERE id = :add2;
SELECT pg_temp.try(format($$UPDATE partnership.agreement SET termination_reason = 'other' WHERE id = %s$$, :add2), true);
SELECT pg_temp.try(format($$DELETE FROM partnership.agreement WHERE id = %s$$, :add2), true);

-- within one transaction: a party added, the agreement signed, then no
-- more parties (the trigger's per-transaction cache is forgotten on signing)
SELECT pg_temp.draft(3001, 'pks', 'PKS/ONE-XACT') AS one \gset
BEGIN;
DELETE FROM agreement_party WHERE agreement_id = :one AND partner_id = 3002;
INSERT INTO agreement_party (agreement_id, partnership_id, partner_id, roles, responsibilities, signatory_name, signed_on)
VALUES (:one, 3001, 3004, '{implementer}', '{Relawan}', 'Rina', '2026-01-09');
SELECT pg_temp.sign(:one);
SELECT pg_temp.try(format($$INSERT INTO partnership.agreement_party (agreement_id, partnership_id, partner_id) VALUES (%s, 3001, 3002)$$, :one), true);
COMMIT;
SELECT number, status, signed_on FROM agreement WHERE id = :one;

SELECT count(*) AS signed_agreements FROM agreement WHERE partnership_id = 3001 AND status = 'signed';

-- a clause kind typed by its label, in either language and any case, is
-- stored as its code; a word that names no kind, or two, is refused as
-- typed (1.1.0 before: every label was an unknown clause kind)
SELECT pg_temp.draft(3001, 'mou', 'MOU/CLAUSE-LABELS') AS a \gset
INSERT INTO agreement_clause (agreement_id, partnership_id, kind) VALUES
	(:a, 3001, 'Kerahasiaan'), (:a, 3001, 'ownership of assets'), (:a, 3001, ' pelaporan '),
	(:a, 3001, 'Hak_dan_Kewajiban');
UPDATE agreement_clause SET kind = 'Keadaan memaksa' WHERE agreement_id = :a AND kind = 'reporting';
SELECT kind FROM agreement_clause WHERE agreement_id = :a ORDER BY id DESC LIMIT 4;
SELECT regexp_replace(pg_temp.try(format($$INSERT INTO partnership.agreement_clause (agreement_id, partnership_id, kind) VALUES (%s, 3001, 'Biaya')$$, :a), true), 'agreement \d+', 'agreement N');
INSERT INTO clause_kind (code, label_en, label_id) VALUES ('secrecy', 'Kerahasiaan', 'Rahasia');
SELECT regexp_replace(pg_temp.try(format($$INSERT INTO partnership.agreement_clause (agreement_id, partnership_id, kind) VALUES (%s, 3001, 'kerahasiaan')$$, :a), true), 'agreement \d+', 'agreement N');
SET partnership.language = 'id';
SELECT regexp_replace(pg_temp.try(format($$INSERT INTO partnership.agreement_clause (agreement_id, partnership_id, kind) VALUES (%s, 3001, 'KERAHASIAAN')$$, :a), true), 'perjanjian \d+', 'perjanjian N') AS label_shared_id;
RESET partnership.language;
INSERT INTO agreement_clause (agreement_id, partnership_id, kind) VALUES (:a, 3001, 'rahasia');
SELECT partnership.clause_kind_code('Rahasia') AS code, partnership.clause_kind_code('kerahasiaan') IS NULL AS ambiguous,
	partnership.clause_kind_code('confidentiality') AS code_itself;
-- a code renamed since a session read it is no longer taken for a code:
-- the old word is read as the label it now is (1.1.0 before: the session
-- kept the old code as known, and PostgreSQL's foreign key refused it)
SELECT partnership.clause_kind_code('secrecy') AS before_rename;
UPDATE clause_kind SET code = 'secrecy_renamed', label_en = 'secrecy' WHERE code = 'secrecy';
SELECT partnership.clause_kind_code('secrecy') AS after_rename;
INSERT INTO agreement_clause (agreement_id, partnership_id, kind) VALUES (:a, 3001, 'secrecy');
SELECT kind, count(*) FROM agreement_clause WHERE agreement_id = :a AND kind LIKE 'secrecy%' GROUP BY 1;
DELETE FROM agreement_clause WHERE agreement_id = :a AND kind = 'secrecy_renamed';
DELETE FROM clause_kind WHERE code = 'secrecy_renamed';
-- a code deleted, or inserted by a transaction that rolled back, is no
-- longer taken for a code by the session that used it: a row naming it is
-- refused in the registry's words (1.1.0 before: the session kept the code
-- as known, and PostgreSQL's foreign key refused the row, in English)
INSERT INTO clause_kind (code, label_en, label_id) VALUES ('pilot_term', 'Pilot term', 'Masa uji coba');
INSERT INTO agreement_clause (agreement_id, partnership_id, kind) VALUES (:a, 3001, 'pilot_term');
DELETE FROM agreement_clause WHERE agreement_id = :a AND kind = 'pilot_term';
DELETE FROM clause_kind WHERE code = 'pilot_term';
SELECT regexp_replace(pg_temp.try(format($$INSERT INTO partnership.agreement_clause (agreement_id, partnership_id, kind) VALUES (%s, 3001, 'pilot_term')$$, :a), true), 'agreement \d+', 'agreement N') AS deleted_code;
BEGIN;
INSERT INTO clause_kind (code, label_en, label_id) VALUES ('trial_term', 'Trial term', 'Masa percobaan');
INSERT INTO agreement_clause (agreement_id, partnership_id, kind) VALUES (:a, 3001, 'trial_term');
ROLLBACK;
SELECT regexp_replace(pg_temp.try(format($$INSERT INTO partnership.agreement_clause (agreement_id, partnership_id, kind) VALUES (%s, 3001, 'trial_term')$$, :a), true), 'agreement \d+', 'agreement N') AS rolled_back_code;

