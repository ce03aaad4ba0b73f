--
-- Stakeholder and structure rules (doc/rules.md): check(), the rule catalogue,
-- the threshold settings, enforcement at activation and at commit.
--
\set VERBOSITY default
SET search_path = public;

-- try_commit(sql, full_text) of test/regress/try.sql: run statements in a
-- subtransaction, firing the deferred rule triggers (SET CONSTRAINTS ALL
-- IMMEDIATE), and report the outcome: 'ok' or SQLSTATE, message and
-- constraint name (with full_text, the detail and hint).  Changes are
-- always rolled back.
\set ECHO none
\getenv abs_srcdir PG_ABS_SRCDIR
\set try_sql :abs_srcdir '/test/regress/try.sql'
\i :try_sql
\set ECHO all
-- with the detail and hint, the partnership's id (drawn from a sequence)
-- masked in the hint
CREATE FUNCTION pg_temp.try_detail(stmts text) RETURNS text LANGUAGE sql AS $$
	SELECT regexp_replace(pg_temp.try_commit(stmts, true), 'check\(\d+\)', 'check(N)', 'g')
$$;

-- Dates and ids change from run to run: mask them.
CREATE FUNCTION pg_temp.norm(t text) RETURNS text LANGUAGE sql AS $$
	SELECT regexp_replace(regexp_replace(t, '\d{4}-\d{2}-\d{2}', 'YYYY-MM-DD', 'g'),
		'"(\w*_id)": \d+', '"\1": N', 'g')
$$;

-- The violations of a partnership, by code.
CREATE FUNCTION pg_temp.rules_of(p_code text) RETURNS text LANGUAGE sql AS $$
	SELECT coalesce(string_agg(c.rule || '(' || c.severity || ')', ', '), 'none')
	FROM partnership.partnership p, partnership.check(p.id) c
	WHERE p.code = p_code
$$;

-- The catalogue ships the 18 rules, and the thresholds.
SELECT code, severity FROM partnership.rule ORDER BY code;
SELECT name, value, unit, builtin FROM partnership.setting ORDER BY name;
SELECT partnership.setting('strategic_min_months'), partnership.setting('nope');

-- ------------------------------------------------------------------
-- A complete formal partnership
-- ------------------------------------------------------------------
INSERT INTO partnership.partner (name, sector) VALUES
	('RL Dinas Kesehatan', 'government'),
	('RL PT Pangan Sehat', 'private'),
	('RL Yayasan Gizi', 'nonprofit'),
	('RL Universitas Nusantara', 'academia'),
	('RL Kelompok Ibu', 'community');
SELECT id AS gov FROM partnership.partner WHERE name = 'RL Dinas Kesehatan' \gset
SELECT id AS biz FROM partnership.partner WHERE name = 'RL PT Pangan Sehat' \gset
SELECT id AS ngo FROM partnership.partner WHERE name = 'RL Yayasan Gizi' \gset
SELECT id AS uni FROM partnership.partner WHERE name = 'RL Universitas Nusantara' \gset
SELECT id AS com FROM partnership.partner WHERE name = 'RL Kelompok Ibu' \gset

INSERT INTO partnership.partnership (code, name, formality, horizon, starts_on, ends_on, objectives, owner_id)
VALUES ('RL-A', 'Gizi Anak', 'formal', 'strategic', current_date - 30, current_date + 1500,
	'{"Turunkan stunting 10%"}', :gov);
SELECT id AS pa FROM partnership.partnership WHERE code = 'RL-A' \gset

-- A draft reports what is missing; nothing is enforced.
SELECT rule, severity, message, pg_temp.norm(detail::text) AS detail FROM partnership.check(:pa);

INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on) VALUES
	(:pa, :gov, '{lead}', current_date - 30),
	(:pa, :biz, '{funder,implementer}', current_date - 30),
	(:pa, :ngo, '{implementer}', current_date - 30),
	(:pa, :uni, '{evaluator}', current_date - 30);
INSERT INTO partnership.commitment (partnership_id, partner_id, kind, amount)
VALUES (:pa, :biz, 'cash', 500000000);

INSERT INTO partnership.agreement (partnership_id, kind, number, effective_from, effective_to, objectives)
VALUES (:pa, 'pks', 'PKS-RL-A/1', current_date - 30, current_date + 1400, '{"Turunkan stunting"}');
SELECT id AS aga FROM partnership.agreement WHERE number = 'PKS-RL-A/1' \gset
INSERT INTO partnership.agreement_party (agreement_id, partnership_id, partner_id, roles, responsibilities, signatory_name, signatory_title, signed_on)
SELECT :aga, :pa, m.partner_id, m.roles, '{"Melaksanakan tugasnya"}', 'Penandatangan ' || m.partner_id, 'Kepala', current_date - 31
FROM partnership.member m WHERE m.partnership_id = :pa;
INSERT INTO partnership.agreement_clause (agreement_id, partnership_id, kind, body)
SELECT :aga, :pa, ck.code, 'Isi ' || ck.label_id
FROM partnership.clause_kind ck WHERE ck.required;
UPDATE partnership.agreement SET status = 'signed', signed_on = current_date - 31 WHERE id = :aga;

INSERT INTO partnership.activity (partnership_id, name, due_on) VALUES (:pa, 'RL Survei gizi', current_date + 60);
SELECT id AS act FROM partnership.activity WHERE name = 'RL Survei gizi' \gset
INSERT INTO partnership.assignment (activity_id, partnership_id, partner_id, raci) VALUES
	(:act, :pa, :gov, 'A'), (:act, :pa, :ngo, 'R'), (:act, :pa, :uni, 'I');
INSERT INTO partnership.risk (partnership_id, challenge, likelihood, impact, mitigation, owner_id)
VALUES (:pa, 'funding', 4, 4, 'Cadangan dana daerah', :gov);

-- Every rule holds.
SELECT pg_temp.rules_of('RL-A');

-- It activates.
UPDATE partnership.partnership SET status = 'proposed' WHERE id = :pa;
UPDATE partnership.partnership SET status = 'active' WHERE id = :pa;
SELECT status FROM partnership.partnership WHERE id = :pa;

-- ------------------------------------------------------------------
-- While active, every error rule is enforced at commit, by rule code
-- (constraint name) and SQLSTATE 23514.
-- ------------------------------------------------------------------
-- has_objectives
SELECT pg_temp.try_commit($$UPDATE partnership.partnership SET objectives = '{" "}' WHERE code = 'RL-A'$$);
-- cross_sector: only the government member stays
SELECT pg_temp.try_commit(format($$UPDATE partnership.member SET left_on = current_date
	WHERE partnership_id = %s AND partner_id <> %s$$, :pa, :gov));
-- government_member: the government member leaves
SELECT pg_temp.try_commit(format($$UPDATE partnership.member SET left_on = current_date
	WHERE partnership_id = %s AND partner_id = %s$$, :pa, :gov));
-- single_lead: removing the lead's role
SELECT pg_temp.try_commit(format($$UPDATE partnership.member SET roles = '{}'
	WHERE partnership_id = %s AND partner_id = %s$$, :pa, :gov));
-- single_lead: a second lead
SELECT pg_temp.try_detail(format($$UPDATE partnership.member SET roles = '{lead,funder,implementer}'
	WHERE partnership_id = %s AND partner_id = %s$$, :pa, :biz));
-- roles_defined: a new member without a role
SELECT pg_temp.try_commit(format($$INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on)
	VALUES (%s, %s, '{}', current_date)$$, :pa, :com));
-- evaluator_independent: the evaluator made implementer
SELECT pg_temp.try_commit(format($$UPDATE partnership.member SET roles = '{evaluator,implementer}'
	WHERE partnership_id = %s AND partner_id = %s$$, :pa, :uni));
-- funder_committed: a funder without a commitment
SELECT pg_temp.try_commit(format($$UPDATE partnership.member SET roles = '{implementer,funder}'
	WHERE partnership_id = %s AND partner_id = %s$$, :pa, :ngo));
-- funder_committed holds again once the funder commits
SELECT pg_temp.try_commit(format($$UPDATE partnership.member SET roles = '{implementer,funder}'
	WHERE partnership_id = %1$s AND partner_id = %2$s;
	INSERT INTO partnership.commitment (partnership_id, partner_id, kind, amount) VALUES (%1$s, %2$s, 'in_kind', 1000)$$, :pa, :ngo))
	AS funder_committed_first_rule_then_covers;
-- agreement_in_force: the agreement is terminated
SELECT pg_temp.try_commit(format($$UPDATE partnership.agreement SET status = 'terminated',
	terminated_on = current_date, termination_reason = 'Uji' WHERE id = %s$$, :aga));
-- agreement_covers_members: a new member who is not a party
SELECT pg_temp.try_detail(format($$INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on)
	VALUES (%s, %s, '{beneficiary}', current_date)$$, :pa, :com));
-- agreement_clauses: the DBA makes another clause kind required.  The
-- signed agreement in force lacks it now, but an unrelated change still
-- commits: only what a transaction's own changes break fails its commit
-- (doc/rules.md, "Time"); check() reports the missing clause
SELECT pg_temp.try_commit(format($$UPDATE partnership.clause_kind SET required = true WHERE code = 'confidentiality';
	UPDATE partnership.activity SET due_on = due_on + 1 WHERE id = %s$$, :act));
-- raci_accountable: an open activity without an accountable partner
SELECT pg_temp.try_commit(format($$INSERT INTO partnership.activity (partnership_id, name) VALUES (%s, 'RL Tanpa A')$$, :pa));
-- raci_accountable: two accountable partners
SELECT pg_temp.try_commit(format($$UPDATE partnership.assignment SET raci = 'A'
	WHERE activity_id = %s AND partner_id = %s$$, :act, :ngo));
-- raci_accountable: an assignee who is no longer a current member
SELECT pg_temp.try_commit(format($$UPDATE partnership.member SET left_on = current_date
	WHERE partnership_id = %s AND partner_id = %s$$, :pa, :ngo));
-- raci_accountable holds for closed activities
SELECT pg_temp.try_commit(format($$UPDATE partnership.activity SET status = 'done' WHERE id = %1$s;
	UPDATE partnership.member SET left_on = current_date WHERE partnership_id = %2$s AND partner_id = %3$s$$,
	:act, :pa, :ngo));

-- Warnings never block: a strategic partnership that is too short.
SELECT pg_temp.try_commit(format($$UPDATE partnership.partnership SET ends_on = starts_on + 400 WHERE id = %s$$, :pa));

-- A real commit: the whole transaction fails with the rule's code.
\set VERBOSITY terse
BEGIN;
UPDATE partnership.member SET roles = '{lead,funder,implementer}'
WHERE partnership_id = :pa AND partner_id = :biz;
COMMIT;
\echo :LAST_ERROR_SQLSTATE
-- removing the lead's role
BEGIN;
UPDATE partnership.member SET roles = '{manager}'
WHERE partnership_id = :pa AND partner_id = :gov;
COMMIT;
\echo :LAST_ERROR_SQLSTATE
-- making the evaluator an implementer
BEGIN;
UPDATE partnership.member SET roles = '{evaluator,implementer}'
WHERE partnership_id = :pa AND partner_id = :uni;
COMMIT;
\echo :LAST_ERROR_SQLSTATE
\set VERBOSITY default
SELECT pt.name, m.roles FROM partnership.member m JOIN partnership.partner pt ON pt.id = m.partner_id
WHERE m.partnership_id = :pa ORDER BY pt.name;

-- ------------------------------------------------------------------
-- Once per partnership per transaction
-- ------------------------------------------------------------------
SELECT partnership.enforcement_checks() AS before_checks \gset
BEGIN;
INSERT INTO partnership.commitment (partnership_id, partner_id, kind, amount)
SELECT :pa, :biz, 'in_kind', g FROM generate_series(1, 1000) g;
UPDATE partnership.commitment SET amount = amount + 1 WHERE partnership_id = :pa AND kind::text = 'in_kind';
COMMIT;
SELECT partnership.enforcement_checks() - :before_checks AS checks_for_2000_row_changes;
-- A change after SET CONSTRAINTS ... IMMEDIATE is checked again.
SELECT partnership.enforcement_checks() AS before_checks \gset
\set VERBOSITY terse
BEGIN;
DELETE FROM partnership.commitment WHERE partnership_id = :pa AND kind::text = 'in_kind';
SET CONSTRAINTS ALL IMMEDIATE;
SET CONSTRAINTS ALL DEFERRED;
UPDATE partnership.member SET roles = '{lead,funder,implementer}'
WHERE partnership_id = :pa AND partner_id = :biz;
COMMIT;
\set VERBOSITY default
SELECT partnership.enforcement_checks() - :before_checks AS checks;

-- ------------------------------------------------------------------
-- Severity: error -> warning -> off
-- ------------------------------------------------------------------
UPDATE partnership.rule SET severity = 'warning' WHERE code = 'single_lead';
SELECT builtin FROM partnership.rule WHERE code = 'single_lead';
SELECT pg_temp.try_commit(format($$UPDATE partnership.member SET roles = '{lead,funder,implementer}'
	WHERE partnership_id = %s AND partner_id = %s$$, :pa, :biz)) AS single_lead_warning;
BEGIN;
UPDATE partnership.member SET roles = '{lead,funder,implementer}'
WHERE partnership_id = :pa AND partner_id = :biz;
SELECT pg_temp.rules_of('RL-A');
ROLLBACK;
UPDATE partnership.rule SET severity = 'off' WHERE code = 'single_lead';
BEGIN;
UPDATE partnership.member SET roles = '{lead,funder,implementer}'
WHERE partnership_id = :pa AND partner_id = :biz;
SELECT pg_temp.rules_of('RL-A');
ROLLBACK;
UPDATE partnership.rule SET severity = 'error' WHERE code = 'single_lead';
SELECT pg_temp.try_commit(format($$UPDATE partnership.member SET roles = '{lead,funder,implementer}'
	WHERE partnership_id = %s AND partner_id = %s$$, :pa, :biz)) AS single_lead_error_again;

-- ------------------------------------------------------------------
-- Activation fails on any error rule: the first failing rule names the
-- constraint, the detail lists them all.
-- ------------------------------------------------------------------
INSERT INTO partnership.partnership (code, name, formality, horizon, starts_on, ends_on, objectives, owner_id)
VALUES ('RL-B', 'Air Bersih', 'informal', 'operational', current_date - 10, current_date + 200, '{}', :gov);
SELECT id AS pb FROM partnership.partnership WHERE code = 'RL-B' \gset
INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on) VALUES
	(:pb, :gov, '{lead}', current_date - 10),
	(:pb, :com, '{lead,beneficiary}', current_date - 10);
UPDATE partnership.partnership SET status = 'proposed' WHERE id = :pb;
SELECT pg_temp.try_detail(format($$UPDATE partnership.partnership SET status = 'active' WHERE id = %s$$, :pb));
UPDATE partnership.partnership SET objectives = '{"Air bersih untuk 5 desa"}' WHERE id = :pb;
SELECT pg_temp.try_commit(format($$UPDATE partnership.partnership SET status = 'active' WHERE id = %s$$, :pb));
UPDATE partnership.member SET roles = '{beneficiary}' WHERE partnership_id = :pb AND partner_id = :com;
-- an informal partnership needs no agreement; evaluator_assigned is a warning
SELECT pg_temp.rules_of('RL-B');
UPDATE partnership.partnership SET status = 'active' WHERE id = :pb;
SELECT status FROM partnership.partnership WHERE id = :pb;

-- In Indonesian.
SET partnership.language = 'id';
SELECT pg_temp.try_detail(format($$UPDATE partnership.member SET roles = '{lead,beneficiary}'
	WHERE partnership_id = %s AND partner_id = %s$$, :pb, :com));
SELECT rule, message FROM partnership.check(:pb);
RESET partnership.language;
SELECT rule, message FROM partnership.check(:pb);
-- Suspended: nothing is enforced; moving back to active is an activation.
UPDATE partnership.partnership SET status = 'suspended' WHERE id = :pb;
UPDATE partnership.member SET roles = '{lead,beneficiary}' WHERE partnership_id = :pb AND partner_id = :com;
SELECT pg_temp.rules_of('RL-B');
SELECT pg_temp.try_commit(format($$UPDATE partnership.partnership SET status = 'active' WHERE id = %s$$, :pb));
UPDATE partnership.member SET roles = '{beneficiary}' WHERE partnership_id = :pb AND partner_id = :com;
UPDATE partnership.partnership SET status = 'active' WHERE id = :pb;

-- A partner's new sector re-checks its active partnerships at commit.
SELECT pg_temp.try_commit(format($$UPDATE partnership.partner SET sector = 'government' WHERE id = %s$$, :com));
SELECT pg_temp.try_commit(format($$UPDATE partnership.partner SET sector = 'nonprofit' WHERE id = %s$$, :com));

-- ------------------------------------------------------------------
-- The warnings, each failing and holding (check() only)
-- ------------------------------------------------------------------
INSERT INTO partnership.partnership (code, name, formality, horizon, starts_on, ends_on, objectives, owner_id)
VALUES ('RL-C', 'Pelatihan', 'formal', 'operational', current_date - 400, current_date + 400, '{"Latih 100 guru"}', :gov);
SELECT id AS pc FROM partnership.partnership WHERE code = 'RL-C' \gset
INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on) VALUES
	(:pc, :gov, '{lead}', current_date - 400),
	(:pc, :ngo, '{implementer}', current_date - 400),
	(:pc, :com, '{beneficiary}', current_date - 5);
INSERT INTO partnership.agreement (partnership_id, kind, number, effective_from, effective_to, objectives)
VALUES (:pc, 'pks', 'PKS-RL-C/1', current_date - 400, current_date + 2000, '{"Latih guru"}');
INSERT INTO partnership.risk (partnership_id, challenge, likelihood, impact, description)
VALUES (:pc, 'coordination', 5, 4, 'Jadwal bentrok'), (:pc, 'funding', 3, 3, 'Dana terlambat');
SELECT rule, severity, message, pg_temp.norm(detail::text) AS detail FROM partnership.check(:pc);

-- horizon_duration holds once the operational partnership is short enough
UPDATE partnership.partnership SET starts_on = current_date - 100, ends_on = current_date + 100 WHERE id = :pc;
-- early_involvement holds once the community took part from the start
UPDATE partnership.member SET joined_on = current_date - 100 WHERE partnership_id = :pc;
-- agreement_max_duration holds for a five-year agreement (end day inclusive)
UPDATE partnership.agreement SET effective_from = current_date - 100,
	effective_to = (current_date - 100 + interval '5 years')::date - 1 WHERE partnership_id = :pc;
-- risk_unmitigated holds once the high risk is mitigated
UPDATE partnership.risk SET mitigation = 'Rapat koordinasi bulanan' WHERE partnership_id = :pc AND likelihood = 5;
-- evaluator_assigned holds with an evaluator
INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on) VALUES (:pc, :uni, '{evaluator}', current_date - 100);
SELECT pg_temp.rules_of('RL-C');
UPDATE partnership.agreement SET effective_to = (current_date - 100 + interval '5 years')::date WHERE partnership_id = :pc;
SELECT pg_temp.rules_of('RL-C');

-- agreement_expiring and evaluation_due, on the active RL-A
BEGIN;
UPDATE partnership.partnership SET evaluation_interval = '7 days' WHERE id = :pa;
SELECT rule, severity, pg_temp.norm(message) AS message, pg_temp.norm(detail::text) AS detail FROM partnership.check(:pa);
INSERT INTO partnership.evaluation (partnership_id, kind, period_end)
VALUES (:pa, 'monitoring', current_date - 1) RETURNING id AS held_evaluation \gset
INSERT INTO partnership.response (evaluation_id, partnership_id, respondent_id, criterion, score)
SELECT :held_evaluation, :pa, m.partner_id, c.code, 4
FROM partnership.member m CROSS JOIN partnership.criterion c
WHERE m.partnership_id = :pa ORDER BY m.partner_id, c.code LIMIT 1;
UPDATE partnership.evaluation SET status = 'closed' WHERE id = :held_evaluation;
SELECT pg_temp.rules_of('RL-A');
ROLLBACK;
UPDATE partnership.setting SET value = 1500 WHERE name = 'expiry_warning_days';
SELECT name, value, builtin FROM partnership.setting WHERE name = 'expiry_warning_days';
SELECT rule, severity, pg_temp.norm(message) AS message, pg_temp.norm((detail - 'days_left')::text) AS detail FROM partnership.check(:pa);
UPDATE partnership.setting SET value = 90 WHERE name = 'expiry_warning_days';
SELECT pg_temp.rules_of('RL-A');

-- Settings are validated, in the registry's words: the range each
-- takes (1.1.0 before this: PostgreSQL's "violates check constraint")
UPDATE partnership.setting SET value = 0 WHERE name = 'strategic_min_months';
UPDATE partnership.setting SET value = 2.5 WHERE name = 'max_agreement_years';
UPDATE partnership.setting SET value = 5 WHERE name = 'gap_threshold';
UPDATE partnership.setting SET value = 2 WHERE name = 'notify_names';
SET partnership.language = 'id';
UPDATE partnership.setting SET value = 0 WHERE name = 'final_report_days';
RESET partnership.language;
INSERT INTO partnership.setting (name, value, description_en, description_id) VALUES ('nope', 1, 'x', 'y');
-- An INSERT of an existing name (as pg_restore does) updates that row.
INSERT INTO partnership.setting (name, value, description_en, description_id)
VALUES ('gap_threshold', 1.25, 'Restored edit.', 'Suntingan yang dipulihkan.');
SELECT name, value, builtin, description_en FROM partnership.setting WHERE name = 'gap_threshold';
SELECT count(*) FROM partnership.setting;

-- The rule queries mean the same whatever the search_path: a schema before
-- pg_catalog that shadows their operators is never called.
CREATE SCHEMA rules_evil;
CREATE FUNCTION rules_evil.trap() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'search_path hijacked'; END $$;
CREATE FUNCTION rules_evil.eq8(bigint, bigint) RETURNS boolean LANGUAGE sql AS 'SELECT rules_evil.trap()';
CREATE OPERATOR rules_evil.= (LEFTARG = bigint, RIGHTARG = bigint, FUNCTION = rules_evil.eq8);
CREATE FUNCTION rules_evil.eqt(text, text) RETURNS boolean LANGUAGE sql AS 'SELECT rules_evil.trap()';
CREATE OPERATOR rules_evil.= (LEFTARG = text, RIGHTARG = text, FUNCTION = rules_evil.eqt);
CREATE FUNCTION rules_evil.led(date, date) RETURNS boolean LANGUAGE sql AS 'SELECT rules_evil.trap()';
CREATE OPERATOR rules_evil.<= (LEFTARG = date, RIGHTARG = date, FUNCTION = rules_evil.led);
SET search_path = rules_evil, partnership, pg_catalog, public;
SELECT rule FROM partnership.check(:pa);
SELECT rule FROM partnership.check(:pc);
\set VERBOSITY terse
BEGIN;
UPDATE partnership.member SET roles = '{lead,funder,implementer}'
WHERE partnership_id OPERATOR(pg_catalog.=) :pa AND partner_id OPERATOR(pg_catalog.=) :biz;
COMMIT;
BEGIN;
UPDATE partnership.member SET title = 'Tim Gizi'
WHERE partnership_id OPERATOR(pg_catalog.=) :pa AND partner_id OPERATOR(pg_catalog.=) :biz;
COMMIT;
\set VERBOSITY default
SET search_path = public;
SELECT title FROM partnership.member WHERE partnership_id = :pa AND partner_id = :biz;
DROP SCHEMA rules_evil CASCADE;

-- Unknown partnership.
SELECT * FROM partnership.check(-1);

-- check() is PARALLEL SAFE: it runs in a parallel worker, in the session's language.
SET force_parallel_mode = on;
EXPLAIN (COSTS OFF) SELECT rule FROM partnership.check(:pc);
SET partnership.language = 'id';
SELECT rule, message FROM partnership.check(:pc);
RESET partnership.language;
RESET force_parallel_mode;

-- Locks of the commit-time check: a draft partnership needs no lock of its
-- own (no one can activate it while this transaction holds its row FOR
-- SHARE), so a bulk load of drafts cannot exhaust the lock table; an active
-- one takes exactly one advisory lock, held to the end of the transaction.
BEGIN;
INSERT INTO partnership.partnership (code, name, formality, horizon, owner_id)
SELECT 'RL-BULK-' || i, 'Draf ' || i, 'informal', 'operational', :gov
FROM generate_series(1, 200) i;
INSERT INTO partnership.member (partnership_id, partner_id, roles)
SELECT p.id, :gov, '{lead}' FROM partnership.partnership p WHERE p.code LIKE 'RL-BULK-%';
SET CONSTRAINTS ALL IMMEDIATE;
SELECT count(*) AS rule_locks_for_200_drafts
FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 20562 AND pid = pg_backend_pid();
SET CONSTRAINTS ALL DEFERRED;
UPDATE partnership.member SET title = 'Koordinator program' WHERE partnership_id = :pa AND partner_id = :gov;
SET CONSTRAINTS ALL IMMEDIATE;
SELECT count(*) AS rule_locks_for_one_active
FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 20562 AND pid = pg_backend_pid();
ROLLBACK;
