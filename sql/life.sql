--
-- life: a partnership's whole life (doc/registry.md#renewal,
-- doc/registry.md#the-end-of-a-partnership, doc/registry.md#sensible-dates,
-- doc/reports.md#reports-over-time).  Each part reproduces what release
-- 1.0.0 let happen (the comment above it says what) and shows what happens
-- now.  Time is simulated with dates relative to current_date; the output
-- prints comparisons, never dates, so it is the same any day.  Runs in one
-- transaction with the stakeholder rules off (they are tested in rules*),
-- rolled back at the end.  Codes start with LIFE-, ids with 9176.
--
SET search_path = partnership, public;
SET partnership.language = 'en';

\set ECHO none
\getenv abs_srcdir PG_ABS_SRCDIR
\set try_sql :abs_srcdir '/test/regress/try.sql'
\i :try_sql
\set ECHO all
-- try(), with the days in messages (relative to today) written as DATE
CREATE FUNCTION pg_temp.undated(sql text, full_text boolean DEFAULT false) RETURNS text
LANGUAGE sql AS $$SELECT regexp_replace(pg_temp.try(sql, full_text), '[0-9]{4}-[0-9]{2}-[0-9]{2}', 'DATE', 'g')$$;

BEGIN;
UPDATE rule SET severity = 'off';

INSERT INTO partner (id, name, sector) VALUES
	(917601, 'LIFE Dinas', 'government'), (917602, 'LIFE Swasta', 'private'),
	(917603, 'LIFE Yayasan', 'nonprofit');

/* ------------------------------------------------------------------------
 * What a proposal needs.  1.0.0: owner_id was optional, and a partnership
 * with no owner and no dates activated with no error and no warning.
 * ------------------------------------------------------------------------
 */
INSERT INTO partnership (id, code, name, formality, horizon, objectives)
VALUES (917600, 'LIFE-0', 'Tanpa pemilik', 'informal', 'operational', '{Uji}');
SELECT pg_temp.undated($$UPDATE partnership.partnership SET status = 'proposed' WHERE id = 917600$$, true);
SELECT pg_temp.undated($$UPDATE partnership.partnership SET owner_id = 917602 WHERE id = 917600$$);
UPDATE partnership SET owner_id = 917601 WHERE id = 917600;
SELECT pg_temp.undated($$UPDATE partnership.partnership SET status = 'proposed' WHERE id = 917600$$, true);
UPDATE partnership SET starts_on = current_date, status = 'proposed' WHERE id = 917600;
-- the owner and the start cannot be taken away afterwards
SELECT pg_temp.undated($$UPDATE partnership.partnership SET owner_id = NULL WHERE id = 917600$$);
SELECT pg_temp.undated($$UPDATE partnership.partnership SET starts_on = NULL WHERE id = 917600$$);
-- ended_on and end_reason belong to the end
SELECT pg_temp.undated($$UPDATE partnership.partnership SET ended_on = current_date WHERE id = 917600$$);
SELECT pg_temp.undated($$UPDATE partnership.partnership SET end_reason = 'belum' WHERE id = 917600$$);

/* ------------------------------------------------------------------------
 * Renewal.  1.0.0: renewing took four hand-written statements, and
 * versions were shared with MoUs (PKS v1, MoU v2, addendum v3).
 * ------------------------------------------------------------------------
 */
INSERT INTO partnership (id, code, name, formality, horizon, objectives, owner_id, starts_on, ends_on)
VALUES (917601, 'LIFE-1', 'Kemitraan sepanjang hayat', 'formal', 'strategic', '{Uji}', 917601,
	current_date - 400, current_date + 400);
INSERT INTO member (partnership_id, partner_id, roles, joined_on) VALUES
	(917601, 917601, '{lead}', current_date - 400),
	(917601, 917602, '{funder}', current_date - 400),
	(917601, 917603, '{implementer}', current_date - 400);
-- a PKS, then an MoU beside it: each is version 1 of its own chain
INSERT INTO agreement (id, partnership_id, kind, number, effective_from, effective_to, objectives)
VALUES (917601, 917601, 'pks', 'LIFE/PKS/1', current_date - 390, current_date + 30, '{Uji}'),
	(917602, 917601, 'mou', 'LIFE/MOU/1', current_date - 390, current_date + 300, '{Uji}');
INSERT INTO agreement_party (agreement_id, partnership_id, partner_id, roles, responsibilities,
	signatory_name, signatory_title, signed_on)
SELECT a.id, 917601, m.partner_id, m.roles, ARRAY['Tugas ' || m.partner_id], 'Penanda ' || m.partner_id,
	'Kepala', current_date - 395
FROM agreement a CROSS JOIN member m
WHERE a.id IN (917601, 917602) AND m.partnership_id = 917601;
INSERT INTO agreement_clause (agreement_id, partnership_id, kind, article, body)
SELECT 917601, 917601, code, 'Pasal ' || row_number() OVER (ORDER BY code), 'Isi ' || code
FROM clause_kind WHERE required;
UPDATE agreement SET status = 'signed' WHERE id IN (917601, 917602);
SELECT number, kind, version, status FROM agreement WHERE partnership_id = 917601 ORDER BY id;
-- with several binding agreements in force, the newest is the one that
-- started last: versions count within a chain, and a new PKS (version 1)
-- beside an older chain's addendum (version 2) is the newer (1.1.0 before
-- this: the addendum, by its version), for the rules and the views alike
SAVEPOINT chains;
INSERT INTO agreement (id, partnership_id, kind, number, amends_id, effective_from, effective_to, objectives)
VALUES (917605, 917601, 'addendum', 'LIFE/ADD/OLD', 917601, current_date - 200, current_date + 500, '{Uji}'),
	(917606, 917601, 'pks', 'LIFE/PKS/NEW', NULL, current_date - 10, current_date, '{Uji}');
INSERT INTO agreement_party (agreement_id, partnership_id, partner_id, roles, responsibilities,
	signatory_name, signatory_title, signed_on)
SELECT a.id, 917601, p.partner_id, p.roles, p.responsibilities, p.signatory_name, p.signatory_title,
	a.effective_from
FROM agreement a CROSS JOIN agreement_party p
WHERE a.id IN (917605, 917606) AND p.agreement_id = 917601;
INSERT INTO agreement_clause (agreement_id, partnership_id, kind, article, body)
SELECT a.id, 917601, c.kind, c.article, c.body
FROM agreement a CROSS JOIN agreement_clause c WHERE a.id IN (917605, 917606) AND c.agreement_id = 917601;
UPDATE agreement SET status = 'signed' WHERE id = 917605;
UPDATE agreement SET status = 'signed' WHERE id = 917606;
SELECT number, version, status, in_force FROM partnership_report.agreements
WHERE partnership_id = 917601 AND kind <> 'mou' ORDER BY agreement_id;
SELECT agreement_number FROM partnership_report.partnerships WHERE partnership_id = 917601;
UPDATE rule SET severity = 'warning' WHERE code = 'agreement_expiring';
SELECT rule, message ~ 'LIFE/PKS/NEW' AS names_the_new_pks FROM partnership.check(917601) WHERE rule = 'agreement_expiring';
-- the half-year still running shows the agreement in force today, though
-- it ends before the half-year does (before: the one in force on the
-- half-year's last day)
SELECT agreement_number FROM partnership_report.semesters
WHERE partnership_id = 917601 AND current_date BETWEEN period_start AND period_end;
ROLLBACK TO SAVEPOINT chains;
-- a clause kind made required applies to agreements signed from then on
-- (1.0.0: every signed PKS became an error that only an addendum cleared)
UPDATE rule SET severity = 'error' WHERE code = 'agreement_clauses';
UPDATE clause_kind SET required = true WHERE code = 'confidentiality';
SELECT required_since = current_date + 1 AS required_from_tomorrow, builtin FROM clause_kind WHERE code = 'confidentiality';
-- so an agreement signed today, before the edit, is not judged by it either
-- (before: required_since was today, and it was)
SELECT clause_required_for(required, required_since, current_date) AS required_of_todays_signing,
	clause_required_for(required, required_since, current_date + 1) AS required_of_tomorrows
FROM clause_kind WHERE code = 'confidentiality';
SELECT count(*) AS clause_errors FROM partnership.check(917601) WHERE rule = 'agreement_clauses';
SELECT number, missing_required_clauses FROM partnership_report.agreements WHERE partnership_id = 917601 ORDER BY agreement_id;
-- had it been required before the PKS was signed, the PKS would lack it
UPDATE clause_kind SET required_since = current_date - 400 WHERE code = 'confidentiality';
SELECT rule, severity, message FROM partnership.check(917601) WHERE rule = 'agreement_clauses';
SELECT number, missing_required_clauses FROM partnership_report.agreements WHERE partnership_id = 917601 ORDER BY agreement_id;
UPDATE clause_kind SET required_since = current_date + 1 WHERE code = 'confidentiality';
UPDATE rule SET severity = 'off' WHERE code = 'agreement_clauses';

-- one call writes the draft addendum: parties, roles, responsibilities,
-- signatories (not the signing days) and clauses
SELECT amend(917601, 'LIFE/ADD/I', current_date + 400) AS add1 \gset
SELECT kind, version, status, amends_id = 917601 AS amends_the_pks,
	effective_from = current_date AS from_today, effective_to = current_date + 400 AS to_given,
	objectives, signed_on IS NULL AS unsigned
FROM agreement WHERE id = :add1;
SELECT (SELECT array_agg(ROW(partner_id, roles, responsibilities, signatory_name, signatory_title)::text ORDER BY partner_id)
		FROM agreement_party WHERE agreement_id = :add1)
	= (SELECT array_agg(ROW(partner_id, roles, responsibilities, signatory_name, signatory_title)::text ORDER BY partner_id)
		FROM agreement_party WHERE agreement_id = 917601) AS same_parties,
	(SELECT bool_and(signed_on IS NULL) FROM agreement_party WHERE agreement_id = :add1) AS signing_days_empty,
	(SELECT array_agg(ROW(kind, article, body)::text ORDER BY kind)
		FROM agreement_clause WHERE agreement_id = :add1)
	= (SELECT array_agg(ROW(kind, article, body)::text ORDER BY kind)
		FROM agreement_clause WHERE agreement_id = 917601) AS same_clauses;
-- the user edits and signs it as usual; signing supersedes the PKS.  The
-- addendum is signed after confidentiality was made required: it needs it
SELECT pg_temp.undated(format($$UPDATE partnership.agreement SET status = 'signed' WHERE id = %s$$, :add1), true);
UPDATE agreement_party SET signed_on = current_date - 6 WHERE agreement_id = :add1;
INSERT INTO agreement_clause (agreement_id, partnership_id, kind, article, body)
VALUES (:add1, 917601, 'confidentiality', 'Pasal 10', 'Kerahasiaan data');
UPDATE agreement SET status = 'signed' WHERE id = :add1;
SELECT number, kind, version, status FROM agreement WHERE partnership_id = 917601 ORDER BY id;
-- an addendum of the addendum is version 3
SELECT amend(:add1, 'LIFE/ADD/II') AS add2 \gset
SELECT version, effective_to = current_date + 400 AS keeps_the_end FROM agreement WHERE id = :add2;
DELETE FROM agreement WHERE id = :add2;
-- a PKS that has already run out is renewed from the day after its end,
-- by default until as long after today as it ran, not past the
-- partnership's end (1.1.0 before this: its end, which came before the
-- start, and the insert failed)
SAVEPOINT lapsed;
INSERT INTO agreement (id, partnership_id, kind, number, effective_from, effective_to, objectives)
VALUES (917604, 917601, 'pks', 'LIFE/PKS/LAPSED', current_date - 390, current_date - 10, '{Uji}');
INSERT INTO agreement_party (agreement_id, partnership_id, partner_id, roles, responsibilities,
	signatory_name, signatory_title, signed_on)
SELECT 917604, 917601, partner_id, roles, responsibilities, signatory_name, signatory_title, signed_on
FROM agreement_party WHERE agreement_id = 917601;
INSERT INTO agreement_clause (agreement_id, partnership_id, kind, article, body)
SELECT 917604, 917601, code, 'Pasal ' || row_number() OVER (ORDER BY code), 'Isi ' || code
FROM clause_kind WHERE required;
UPDATE agreement SET status = 'signed' WHERE id = 917604;
SELECT amend(917604, 'LIFE/ADD/LAPSED') AS add_lapsed \gset
SELECT effective_from = current_date - 9 AS from_the_day_after,
	effective_to = current_date + 380 AS as_long_after_today_as_it_ran
FROM agreement WHERE id = :add_lapsed;
UPDATE partnership SET ends_on = current_date + 100 WHERE id = 917601;
SELECT amend(917604, 'LIFE/ADD/LAPSED/3') AS add_lapsed3 \gset
SELECT effective_to = current_date + 100 AS not_past_the_partnership FROM agreement WHERE id = :add_lapsed3;
SELECT amend(917604, 'LIFE/ADD/LAPSED/2', current_date + 700) AS add_lapsed2 \gset
SELECT effective_to = current_date + 700 AS until_the_given_day FROM agreement WHERE id = :add_lapsed2;
ROLLBACK TO SAVEPOINT lapsed;
-- what cannot be amended
SELECT pg_temp.undated($$SELECT partnership.amend(917602, 'LIFE/X')$$, true);
SELECT pg_temp.undated($$SELECT partnership.amend(917601, 'LIFE/X')$$, true);
INSERT INTO agreement (id, partnership_id, kind, number, objectives) VALUES (917603, 917601, 'pks', 'LIFE/PKS/DRAFT', '{Uji}');
SELECT pg_temp.undated($$SELECT partnership.amend(917603, 'LIFE/X')$$);
SELECT pg_temp.undated($$SELECT partnership.amend(-1, 'LIFE/X')$$, true);
SELECT amend(NULL, 'LIFE/X') IS NULL AS null_in_null_out;
-- nor without a number (1.1.0 before: an addendum with no number, or a
-- blank one, could be signed and became the agreement in force)
SELECT regexp_replace(pg_temp.undated(format($$SELECT partnership.amend(%s, NULL)$$, :add1), true), '(agreement|perjanjian) [0-9]+', '\1 N') AS refused;
SELECT regexp_replace(pg_temp.undated(format($$SELECT partnership.amend(%s, E' \t')$$, :add1)), '(agreement|perjanjian) [0-9]+', '\1 N') AS refused;
SET partnership.language = 'id';
SELECT regexp_replace(pg_temp.undated(format($$SELECT partnership.amend(%s, '')$$, :add1), true), '(agreement|perjanjian) [0-9]+', '\1 N') AS refused;
RESET partnership.language;

/* ------------------------------------------------------------------------
 * Sensible dates.  1.0.0 accepted a party signed_on 2099, a disbursement
 * dated 1990, and an evaluation closed with zero responses and period_end
 * 2099 (which silenced evaluation_due).
 * ------------------------------------------------------------------------
 */
INSERT INTO agreement_party (agreement_id, partnership_id, partner_id, roles, responsibilities, signatory_name)
VALUES (917603, 917601, 917601, '{lead}', '{Tugas}', 'Penanda');
SELECT pg_temp.undated($$UPDATE partnership.agreement_party SET signed_on = '2099-01-01' WHERE agreement_id = 917603$$, true);
SELECT pg_temp.undated($$UPDATE partnership.agreement_party SET signed_on = current_date WHERE agreement_id = 917603$$);
SELECT pg_temp.undated($$UPDATE partnership.agreement SET signed_on = current_date + 1 WHERE id = 917603$$);
-- a commitment is made on a day that has come (1.1.0 before this: one dated
-- 2099 was accepted, and counted in funding but in no half-year)
SELECT pg_temp.undated($$INSERT INTO partnership.commitment (partnership_id, partner_id, amount, committed_on) VALUES (917601, 917602, 700, '2099-01-01')$$, true);
INSERT INTO commitment (id, partnership_id, partner_id, amount, committed_on) VALUES (917601, 917601, 917602, 1000, current_date - 300);
SELECT pg_temp.undated($$INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount, paid_on) VALUES (917601, 917601, 10, '1990-01-01')$$, true);
SELECT pg_temp.undated($$INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount, paid_on) VALUES (917601, 917601, 10, current_date + 5)$$);
INSERT INTO disbursement (commitment_id, partnership_id, amount, paid_on) VALUES
	(917601, 917601, 100, current_date - 250), (917601, 917601, 200, current_date - 20);
INSERT INTO indicator (id, partnership_id, code, name) VALUES (917601, 917601, 'L', 'Layanan');
SELECT pg_temp.undated($$INSERT INTO partnership.measurement VALUES (917601, 917601, current_date + 500, 1)$$);
SELECT pg_temp.undated($$INSERT INTO partnership.measurement VALUES (917601, 917601, current_date - 500, 1)$$);
INSERT INTO measurement VALUES (917601, 917601, current_date - 200, 5), (917601, 917601, current_date - 10, 7);
-- a member from 1900 (1.0.0 accepted it): joining before the start is
-- early involvement, but not more than a year before it; the same bound
-- holds when the start moves later
SELECT pg_temp.undated($$UPDATE partnership.member SET joined_on = '1900-01-01' WHERE partnership_id = 917601 AND partner_id = 917603$$, true);
SELECT pg_temp.undated($$UPDATE partnership.member SET joined_on = (current_date - 400 - interval '1 year')::date - 1 WHERE partnership_id = 917601 AND partner_id = 917603$$);
UPDATE member SET joined_on = (current_date - 400 - interval '1 year')::date WHERE partnership_id = 917601 AND partner_id = 917603;
SELECT pg_temp.undated($$UPDATE partnership.partnership SET starts_on = starts_on + 1 WHERE id = 917601$$, true);
UPDATE member SET joined_on = current_date - 400 WHERE partnership_id = 917601 AND partner_id = 917603;
UPDATE partnership SET starts_on = starts_on + 30 WHERE id = 917601;
UPDATE partnership SET starts_on = starts_on - 30 WHERE id = 917601;
-- left_on keeps the same bounds, from both sides (1.1.0 before this: a
-- member who left in 1900, or will in 2199, was accepted)
SELECT pg_temp.undated($$UPDATE partnership.member SET left_on = '2199-01-01' WHERE partnership_id = 917601 AND partner_id = 917603$$, true);
INSERT INTO partner (id, name, sector) VALUES (917606, 'LIFE Pemuda', 'community');
SELECT pg_temp.undated($$INSERT INTO partnership.member (partnership_id, partner_id, roles, left_on) VALUES (917601, 917606, '{advisor}', '1900-01-01')$$, true);
SAVEPOINT left_late;
UPDATE member SET left_on = current_date + 300 WHERE partnership_id = 917601 AND partner_id = 917603;
SELECT pg_temp.undated($$UPDATE partnership.partnership SET ends_on = current_date + 299 WHERE id = 917601$$);
ROLLBACK TO SAVEPOINT left_late;
SELECT pg_temp.undated($$INSERT INTO partnership.evaluation (partnership_id, period_end) VALUES (917601, '2099-12-31')$$);
-- no date is infinite (1.1.0 before: an agreement in force until
-- 'infinity' made the partnerships and agreements views fail for everyone
-- with "cannot subtract infinite dates")
SELECT pg_temp.undated($$INSERT INTO partnership.agreement (partnership_id, kind, number, effective_from, effective_to) VALUES (917601, 'mou', 'LIFE/MOU/INF', current_date, 'infinity')$$, true);
SELECT pg_temp.undated($$UPDATE partnership.partnership SET ends_on = 'infinity' WHERE id = 917601$$);
SELECT pg_temp.undated($$INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount, paid_on) VALUES (917601, 917601, 10, '-infinity')$$);
SET partnership.language = 'id';
SELECT pg_temp.undated($$INSERT INTO partnership.activity (partnership_id, name, due_on) VALUES (917601, 'Selamanya', 'infinity')$$, true);
RESET partnership.language;
SAVEPOINT finite;
SET LOCAL session_replication_role = replica;
SELECT pg_temp.undated($$INSERT INTO partnership.measurement VALUES (917601, 917601, 'infinity', 1)$$);
ROLLBACK TO finite;
-- (and the half-year of an infinite day, asked directly, is that day)
SELECT half_year_start('2026-06-30') AS june, half_year_start('2026-07-01') AS july,
	half_year_start('infinity') AS infinity, half_year_start('-infinity') AS minus_infinity;
INSERT INTO evaluation (id, partnership_id, period_end) VALUES (917601, 917601, current_date - 180);
-- the partnership's own dates are kept around those rows, from its side
-- too (1.1.0 before: accepted, leaving the payments outside its dates)
-- (each row named as the user knows it: a payment by its amount, a
-- measurement by its indicator's code; until 1.1.0's tenth review, by ids)
SELECT pg_temp.undated($$UPDATE partnership.partnership SET starts_on = current_date - 190 WHERE id = 917601$$, true) AS later_start;
SELECT pg_temp.undated($$UPDATE partnership.partnership SET ends_on = current_date - 15 WHERE id = 917601$$, true) AS earlier_end;
SET partnership.language = 'id';
SELECT pg_temp.undated($$UPDATE partnership.partnership SET starts_on = current_date - 190 WHERE id = 917601$$, true) AS later_start;
SELECT pg_temp.undated($$UPDATE partnership.partnership SET ends_on = current_date - 15 WHERE id = 917601$$, true) AS earlier_end;
RESET partnership.language;
SELECT pg_temp.undated($$UPDATE partnership.evaluation SET status = 'closed' WHERE id = 917601$$, true);
-- nor inserted already closed: it would have no responses, and none could
-- be added
SELECT pg_temp.undated($$INSERT INTO partnership.evaluation (id, partnership_id, period_end, status) VALUES (917604, 917601, current_date - 170, 'closed')$$, true);
INSERT INTO response (evaluation_id, partnership_id, respondent_id, criterion, score)
SELECT 917601, 917601, m.partner_id, c.code, 4 FROM member m CROSS JOIN criterion c WHERE m.partnership_id = 917601;
UPDATE evaluation SET status = 'closed' WHERE id = 917601;
INSERT INTO evaluation (id, partnership_id, period_end) VALUES (917602, 917601, current_date + 10);
INSERT INTO response (evaluation_id, partnership_id, respondent_id, criterion, score) VALUES (917602, 917601, 917601, 'trust', 4);
SELECT pg_temp.undated($$UPDATE partnership.evaluation SET status = 'closed' WHERE id = 917602$$);
DELETE FROM evaluation WHERE id = 917602;

UPDATE partnership SET status = 'proposed' WHERE id = 917601;
UPDATE partnership SET status = 'active' WHERE id = 917601;

/* ------------------------------------------------------------------------
 * Reports over time.  1.0.0: no view had periods, evaluations carried no
 * owner, every view was "as of today".
 * ------------------------------------------------------------------------
 */
SELECT count(*) = (date_part('year', current_date) * 2 + (date_part('month', current_date) > 6)::int)
		- (date_part('year', current_date - 400) * 2 + (date_part('month', current_date - 400) > 6)::int) + 1
		AS one_row_per_half_year,
	bool_and(owner_name = 'LIFE Dinas') AS owner,
	bool_and(period_end = (period_start + interval '6 months' - interval '1 day')::date
		AND date_part('day', period_start) = 1 AND date_part('month', period_start) IN (1, 7)) AS halves,
	sum(disbursed) AS disbursed, sum(disbursements) AS payments, sum(measurements) AS measurements,
	sum(closed_evaluations) AS closed, count(*) FILTER (WHERE evaluated) AS evaluated_halves,
	min(evaluation_index) = (SELECT index FROM partnership_report.evaluations WHERE evaluation_id = 917601) AS index_as_evaluations
FROM partnership_report.semesters WHERE partnership_id = 917601;
-- a commitment made during planning, before the start, counts in the
-- first half-year (1.1.0 before this: in none, so the half-years added up
-- to less than the funding view)
INSERT INTO commitment (id, partnership_id, partner_id, amount, committed_on)
SELECT 917602, 917601, 917602, 50, starts_on - 20 FROM partnership WHERE id = 917601;
SELECT sum(committed) = (SELECT sum(amount) FROM commitment WHERE partnership_id = 917601) AS all_committed,
	(array_agg(committed ORDER BY period_start))[1] >= 50 AS in_the_first
FROM partnership_report.semesters WHERE partnership_id = 917601;
-- so does an undated one (1.1.0 before this: in none)
SAVEPOINT undated_commitment;
INSERT INTO commitment (id, partnership_id, partner_id, amount)
VALUES (917603, 917601, 917602, 70);
SELECT sum(committed) = (SELECT sum(amount) FROM commitment WHERE partnership_id = 917601) AS all_committed,
	(array_agg(committed ORDER BY period_start))[1] >= 120 AS in_the_first
FROM partnership_report.semesters WHERE partnership_id = 917601;
ROLLBACK TO undated_commitment;
-- the half-year holding today: active, with the addendum in force; the
-- half-year of the evaluation is evaluated
SELECT status, agreement_number FROM partnership_report.semesters
WHERE partnership_id = 917601 AND current_date BETWEEN period_start AND period_end;
SELECT evaluated, closed_evaluations FROM partnership_report.semesters
WHERE partnership_id = 917601 AND current_date - 180 BETWEEN period_start AND period_end;
SELECT count(*) AS payments, sum(amount) AS paid, bool_and(half IN (1, 2)) AS halves
FROM partnership_report.disbursements WHERE partnership_id = 917601;
-- an undated payment has no half-year (1.1.0 before this: half 2)
SAVEPOINT undated_payment;
INSERT INTO disbursement (commitment_id, partnership_id, amount) VALUES (917601, 917601, 1);
SELECT year, half, month FROM partnership_report.disbursements
WHERE partnership_id = 917601 AND paid_on IS NULL;
ROLLBACK TO undated_payment;
INSERT INTO activity (id, partnership_id, name, due_on) VALUES
	(917601, 917601, 'Terlambat', current_date - 3), (917602, 917601, 'Nanti', current_date + 3);
INSERT INTO assignment VALUES (917601, 917601, 917601, 'A'), (917601, 917601, 917603, 'R');
SELECT activity_name, is_open, overdue, days_overdue, responsible, accountable, raci_ok
FROM partnership_report.activities WHERE partnership_id = 917601 ORDER BY activity_id;

/* ------------------------------------------------------------------------
 * The end.  1.0.0: completing left the PKS "signed" and in force
 * (days_to_expiry 130) forever, with no end date or reason; nothing could
 * be recorded after the end, not even the final evaluation.
 * ------------------------------------------------------------------------
 */
-- not in the future, not before the start
SELECT pg_temp.undated($$UPDATE partnership.partnership SET status = 'completed', ended_on = current_date + 1 WHERE id = 917601$$);
SELECT pg_temp.undated($$UPDATE partnership.partnership SET status = 'completed', ended_on = current_date - 401 WHERE id = 917601$$);
-- a partnership activated ahead of its start and called off before it is
-- terminated on the day it was called off; it cannot be completed, and the
-- hint says what to do (1.1.0 before this: neither, and the hint asked to
-- leave empty the ended_on that was empty)
INSERT INTO partnership (id, code, name, formality, horizon, objectives, owner_id, starts_on, ends_on)
VALUES (917609, 'LIFE-9', 'Belum dimulai', 'informal', 'operational', '{Uji}', 917601,
	current_date + 30, current_date + 200);
INSERT INTO member (partnership_id, partner_id, roles) VALUES
	(917609, 917601, '{lead}'), (917609, 917602, '{implementer}');
UPDATE partnership SET status = 'proposed' WHERE id = 917609;
UPDATE partnership SET status = 'active' WHERE id = 917609;
SELECT pg_temp.undated($$UPDATE partnership.partnership SET status = 'completed' WHERE id = 917609$$, true);
-- nor is it called off more than a year before its start, before its
-- planning (1.1.0 before this: any day was accepted)
SELECT pg_temp.undated($$UPDATE partnership.partnership SET status = 'terminated', end_reason = 'x', ended_on = current_date - 400 WHERE id = 917609$$);
UPDATE partnership SET status = 'terminated', end_reason = 'Dibatalkan sebelum dimulai' WHERE id = 917609;
SELECT status, ended_on = current_date AS ended_today, ended_on < starts_on AS before_its_start,
	(SELECT count(*) FROM partnership_report.semesters s WHERE s.partnership_id = 917609) AS semesters
FROM partnership WHERE id = 917609;
-- nor has it a half-year once its start has come: a half-year lies between
-- a start and an end, none between an end and a later start (1.1.0 before
-- this: the half-year both fall in)
SELECT count(*) AS half_years FROM partnership.half_years(current_date, current_date - 1);
-- nor before the signing of an agreement it would terminate (1.1.0 before
-- this: the addendum signed six days ago terminated a week ago)
SELECT pg_temp.undated($$UPDATE partnership.partnership SET status = 'completed', ended_on = current_date - 7 WHERE id = 917601$$, true);
-- nor before a payment, a measurement or an evaluation period it would
-- leave outside its dates (1.1.0 before this: accepted)
SAVEPOINT back_dated;
INSERT INTO disbursement (commitment_id, partnership_id, amount, paid_on) VALUES (917601, 917601, 1, current_date - 5);
INSERT INTO activity (id, partnership_id, name, due_on) VALUES (917603, 917601, 'Lama', current_date - 10),
	(917604, 917601, 'Tanpa tanggal', NULL);
SELECT pg_temp.undated($$UPDATE partnership.partnership SET status = 'completed', ended_on = current_date - 30 WHERE id = 917601$$, true) AS refused;
SET partnership.language = 'id';
SELECT pg_temp.undated($$UPDATE partnership.partnership SET status = 'completed', ended_on = current_date - 30 WHERE id = 917601$$, true) AS refused;
RESET partnership.language;
SELECT pg_temp.undated($$UPDATE partnership.partnership SET status = 'completed', ended_on = current_date - 5 WHERE id = 917601$$);
-- the work plan is judged as of the end: an item due after it is not
-- overdue, and one overdue at the end stays as overdue as it was then
-- (1.1.0 before this: as of today, 10 days); without due_on, never overdue
-- (before: NULL)
SELECT activity_name, is_open, overdue, days_overdue
FROM partnership_report.activities WHERE partnership_id = 917601 ORDER BY activity_id;
ROLLBACK TO SAVEPOINT back_dated;
-- nor before a member joined (1.1.0 before this: accepted, a member of a
-- partnership that had already ended); one still to join is let be
SAVEPOINT joined_late;
INSERT INTO partner (id, name, sector) VALUES (917604, 'LIFE Warga', 'community'), (917605, 'LIFE Radio', 'media');
INSERT INTO member (partnership_id, partner_id, roles, joined_on) VALUES
	(917601, 917604, '{beneficiary}', current_date - 3), (917601, 917605, '{advisor}', current_date + 10);
SELECT pg_temp.undated($$UPDATE partnership.partnership SET status = 'completed', ended_on = current_date - 5 WHERE id = 917601$$, true);
SELECT pg_temp.undated($$UPDATE partnership.partnership SET status = 'completed', ended_on = current_date - 3 WHERE id = 917601$$);
ROLLBACK TO SAVEPOINT joined_late;
-- nor before a member is recorded as leaving (1.1.0 before this:
-- accepted, and the ended partnership lost the member afterwards)
SAVEPOINT leaves_late;
UPDATE member SET left_on = current_date + 20 WHERE partnership_id = 917601 AND partner_id = 917603;
SELECT pg_temp.undated($$UPDATE partnership.partnership SET status = 'completed', ended_on = current_date - 3 WHERE id = 917601$$, true);
SET partnership.language = 'id';
SELECT pg_temp.undated($$UPDATE partnership.partnership SET status = 'completed', ended_on = current_date - 3 WHERE id = 917601$$, true);
RESET partnership.language;
ROLLBACK TO SAVEPOINT leaves_late;
-- an evaluation period still to come would lie after an end today too
SAVEPOINT future_period;
INSERT INTO evaluation (partnership_id, kind, period_end) VALUES (917601, 'monitoring', current_date + 30);
SELECT pg_temp.undated($$UPDATE partnership.partnership SET status = 'completed' WHERE id = 917601$$, true) AS refused;
ROLLBACK TO SAVEPOINT future_period;
-- an MoU that ran out a hundred days ago (signed as 1.0.0 would have)
SET session_replication_role = replica;
INSERT INTO agreement (id, partnership_id, kind, number, version, status, objectives,
	effective_from, effective_to, signed_on)
VALUES (917605, 917601, 'mou', 'LIFE/MOU/OLD', 1, 'signed', '{Uji}',
	current_date - 390, current_date - 100, current_date - 391);
RESET session_replication_role;
UPDATE partnership SET status = 'completed' WHERE id = 917601;
SELECT status, ended_on = current_date AS ended_today, end_reason FROM partnership WHERE id = 917601;
-- every agreement still signed ended with it, saying why, but the one that
-- had run out, whose own end says why (1.1.0 before this: terminated on the
-- end, an end it never had); none is in force
SELECT number, status, terminated_on = current_date AS on_the_end,
	replace(termination_reason, to_char(current_date, 'YYYY-MM-DD'), 'TODAY') AS termination_reason
FROM agreement WHERE partnership_id = 917601 ORDER BY id;
SELECT agreement_id IS NULL AS none_in_force FROM partnership_report.partnerships WHERE partnership_id = 917601;
SELECT count(*) AS in_force FROM partnership_report.agreements WHERE partnership_id = 917601 AND in_force;
-- a completed partnership stays completed: terminating it is refused
SELECT pg_temp.undated($$UPDATE partnership.partnership SET status = 'terminated', end_reason = 'x' WHERE id = 917601$$);
-- after the end: a final evaluation, its responses and measurements ...
INSERT INTO evaluation (id, partnership_id, kind, period_end) VALUES (917603, 917601, 'final', current_date);
INSERT INTO response (evaluation_id, partnership_id, respondent_id, criterion, score)
SELECT 917603, 917601, m.partner_id, c.code, 5 FROM member m CROSS JOIN criterion c WHERE m.partnership_id = 917601;
UPDATE evaluation SET status = 'closed' WHERE id = 917603;
INSERT INTO measurement VALUES (917601, 917601, current_date, 9);
-- ... but nothing else
SELECT pg_temp.undated($$INSERT INTO partnership.evaluation (partnership_id, period_end) VALUES (917601, current_date)$$, true);
SELECT pg_temp.undated($$UPDATE partnership.response SET score = 3 WHERE evaluation_id = 917601$$);
SELECT pg_temp.undated($$UPDATE partnership.evaluation SET kind = 'final' WHERE id = 917601$$);
SELECT pg_temp.undated($$INSERT INTO partnership.activity (partnership_id, name) VALUES (917601, 'Lagi')$$);
SELECT pg_temp.undated($$INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount) VALUES (917601, 917601, 1)$$);
SELECT pg_temp.undated($$UPDATE partnership.partnership SET end_reason = 'nanti' WHERE id = 917601$$);
-- the last half-year shows the end, the agreement in force to its last
-- day (1.1.0 before this: none, judged today, after the end terminated
-- it), and the final evaluation
SELECT status, agreement_number, evaluated, closed_evaluations
FROM partnership_report.semesters WHERE partnership_id = 917601 ORDER BY period_start DESC LIMIT 1;

-- termination needs a reason; the window closes final_report_days after
-- ended_on, or after the day the end was recorded if later (here: ended
-- 100 days ago, recorded today: the whole window is left; 1.1.0 before
-- this: closed at once)
INSERT INTO partnership (id, code, name, formality, horizon, objectives, owner_id, starts_on)
VALUES (917602, 'LIFE-2', 'Berakhir dini', 'informal', 'operational', '{Uji}', 917601, current_date - 400);
INSERT INTO member (partnership_id, partner_id, roles, joined_on) VALUES
	(917602, 917601, '{lead}', current_date - 400), (917602, 917603, '{implementer}', current_date - 400);
UPDATE partnership SET status = 'proposed' WHERE id = 917602;
UPDATE partnership SET status = 'active' WHERE id = 917602;
SELECT pg_temp.undated($$UPDATE partnership.partnership SET status = 'terminated', ended_on = current_date - 100 WHERE id = 917602$$, true);
SELECT pg_temp.undated($$UPDATE partnership.partnership SET status = 'terminated', ended_on = current_date - 100, end_reason = '  ' WHERE id = 917602$$);
UPDATE partnership SET status = 'terminated', ended_on = current_date - 100, end_reason = 'Dana dialihkan' WHERE id = 917602;
SAVEPOINT recorded_today;
SELECT pg_temp.undated($$INSERT INTO partnership.evaluation (partnership_id, kind, period_end) VALUES (917602, 'final', current_date - 100)$$);
ROLLBACK TO recorded_today;
-- (the end as if recorded 95 days ago, the day the audit says)
SET LOCAL session_replication_role = replica;
UPDATE audit SET at = at - interval '95 days' WHERE partnership_id = 917602 AND relation = 'partnership';
SET LOCAL session_replication_role = DEFAULT;
SELECT pg_temp.undated($$INSERT INTO partnership.evaluation (partnership_id, kind, period_end) VALUES (917602, 'final', current_date - 100)$$);
-- a longer window (setting final_report_days) reopens it
UPDATE setting SET value = 120 WHERE name = 'final_report_days';
SELECT pg_temp.undated($$INSERT INTO partnership.evaluation (partnership_id, kind, period_end) VALUES (917602, 'final', current_date - 100)$$);
-- evaluation periods stay inside the partnership's dates: not after ended_on
SELECT pg_temp.undated($$INSERT INTO partnership.evaluation (partnership_id, kind, period_end) VALUES (917602, 'final', current_date - 99)$$);

-- Indonesian
SET partnership.language = 'id';
SELECT pg_temp.undated($$INSERT INTO partnership.partnership (code, name, formality, horizon, status) VALUES ('LIFE-ID', 'x', 'informal', 'operational', 'diusulkan')$$, true);
SELECT pg_temp.undated($$SELECT partnership.amend(917602, 'LIFE/X')$$, true);
SELECT pg_temp.undated($$INSERT INTO partnership.member (partnership_id, partner_id, joined_on) VALUES (917600, 917603, '1900-01-01')$$, true);
RESET partnership.language;

ROLLBACK;
