--
-- rules_time: time, not changes (doc/rules.md, "Time").  Dates relative
-- to current_date; time passing is simulated by moving stored dates into
-- the past with the registry's triggers off (session_replication_role),
-- as if the days had gone by.
--   - warnings ahead of the end: partnership_ending, agreement_expiring,
--     mou_expiring, agreement_outlasts_partnership, and foresight of an
--     error rule a recorded date will break (a lead leaving);
--   - once broken by time (an agreement ran out, the partnership is past
--     its end), a violation is reported with its fix, and never makes an
--     unrelated change fail at commit; what a change itself breaks still
--     fails;
--   - a final partnership reports nothing.
--
SET search_path = public;
SET partnership.language = 'en';
\getenv abs_srcdir PG_ABS_SRCDIR
\i :abs_srcdir/test/regress/try.sql

INSERT INTO partnership.partner (id, name, sector) VALUES
	(940001, 'RT Dinas Kesehatan', 'government'),
	(940002, 'RT PT Sehat', 'private'),
	(940003, 'RT Yayasan Gizi', 'nonprofit'),
	(940004, 'RT Universitas', 'academic');

-- an active formal partnership: ends_on and the pks's end relative to today
CREATE FUNCTION pg_temp.build(pid bigint, code text, ends_in int, pks_to_in int)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE aid bigint; act bigint;
BEGIN
	INSERT INTO partnership.partnership (id, code, name, formality, horizon, owner_id, starts_on, ends_on, objectives)
	VALUES (pid, code, 'Gizi ' || code, 'formal', 'operational', 940001, current_date - 60,
			current_date + ends_in, ARRAY['Turunkan stunting']);
	INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on) VALUES
		(pid, 940001, 'lead', current_date - 60),
		(pid, 940002, 'funder', current_date - 60),
		(pid, 940003, 'implementer', current_date - 60),
		(pid, 940004, 'evaluator', current_date - 60);
	INSERT INTO partnership.agreement (partnership_id, kind, number, objectives, effective_from, effective_to)
	VALUES (pid, 'pks', 'PKS/' || code, ARRAY['Turunkan stunting'], current_date - 60, current_date + pks_to_in)
	RETURNING id INTO aid;
	INSERT INTO partnership.agreement_party (agreement_id, partnership_id, partner_id, roles, responsibilities, signatory_name, signatory_title, signed_on)
	SELECT aid, pid, m.partner_id, m.roles, ARRAY['Tugas ' || m.partner_id], 'Penandatangan ' || m.partner_id, 'Kepala', current_date - 61
	FROM partnership.member m WHERE m.partnership_id = pid;
	INSERT INTO partnership.agreement_clause (agreement_id, partnership_id, kind, article, body)
	SELECT aid, pid, k.code, 'Pasal ' || row_number() OVER (ORDER BY k.code), k.label_id
	FROM partnership.clause_kind k WHERE k.required;
	UPDATE partnership.agreement SET status = 'signed' WHERE id = aid;
	INSERT INTO partnership.commitment (partnership_id, partner_id, kind, amount, committed_on)
	VALUES (pid, 940002, 'cash', 100000000, current_date - 60);
	UPDATE partnership.partnership SET status = 'proposed' WHERE id = pid;
	UPDATE partnership.partnership SET status = 'active' WHERE id = pid;
END $$;

-- (strict thresholds out of the way: operational partnerships of a year)
SELECT pg_temp.build(940101, 'RT-END', 20, 30);
SELECT pg_temp.build(940102, 'RT-RUN', 200, 200);
SELECT pg_temp.build(940103, 'RT-FIN', 200, 200);

CREATE FUNCTION pg_temp.rules_of(pid bigint) RETURNS TABLE (rule text, severity text, message text)
LANGUAGE sql AS $$
	SELECT c.rule, c.severity, regexp_replace(c.message, '\d{4}-\d{2}-\d{2}', 'YYYY-MM-DD', 'g')
	FROM partnership.check(pid) c
$$;

-- warned ahead: the partnership ends in 20 days, its pks in 30 (after the
-- partnership's end)
SELECT * FROM pg_temp.rules_of(940101);
SELECT c.rule, c.detail->>'fix' AS fix
FROM partnership.check(940101) c ORDER BY c.rule;

-- a signed MoU ending within the warning window
INSERT INTO partnership.agreement (partnership_id, kind, number, objectives, effective_from, effective_to)
VALUES (940102, 'mou', 'MOU/RT-RUN', ARRAY['Kerja sama gizi'], current_date - 60, current_date + 45);
INSERT INTO partnership.agreement_party (agreement_id, partnership_id, partner_id, roles, responsibilities, signatory_name, signatory_title, signed_on)
SELECT a.id, 940102, m.partner_id, m.roles, ARRAY['Tugas'], 'Penandatangan', 'Kepala', current_date - 61
FROM partnership.agreement a, partnership.member m
WHERE a.number = 'MOU/RT-RUN' AND m.partnership_id = 940102;
UPDATE partnership.agreement SET status = 'signed' WHERE number = 'MOU/RT-RUN';
SELECT * FROM pg_temp.rules_of(940102);

-- foresight: the lead leaves in ten days; nothing is wrong yet, but
-- single_lead (and government_member, cross_sector stays) will break then
UPDATE partnership.member SET left_on = current_date + 10
WHERE partnership_id = 940102 AND partner_id = 940001;
SELECT * FROM pg_temp.rules_of(940102);
SELECT c.detail->>'days_left' AS days_left, c.detail->'then'->>'leads' AS leads_then
FROM partnership.check(940102) c WHERE c.rule = 'single_lead';
UPDATE partnership.member SET left_on = NULL
WHERE partnership_id = 940102 AND partner_id = 940001;

-- time passes: RT-RUN's pks ran out yesterday
SET session_replication_role = replica;
UPDATE partnership.agreement SET effective_to = current_date - 1 WHERE number = 'PKS/RT-RUN';
RESET session_replication_role;
SELECT c.rule, c.severity, c.detail->>'number' AS ran_out, c.detail->>'fix' AS fix
FROM partnership.check(940102) c WHERE c.rule = 'agreement_in_force';
-- the compliance report names the fix in a column of its own
SELECT rule, severity, fix FROM partnership_report.compliance
WHERE partnership_code = 'RT-RUN' AND rule = 'agreement_in_force';
-- an unrelated change commits: the broken rule is time's, not the change's
SELECT pg_temp.try_commit($$WITH a AS (INSERT INTO partnership.activity (partnership_id, name, due_on)
	VALUES (940102, 'Survei', current_date + 30) RETURNING id)
	INSERT INTO partnership.assignment SELECT a.id, 940102, 940001, 'A' FROM a$$);
SELECT pg_temp.try_commit($$UPDATE partnership.member SET title = 'Ketua' WHERE partnership_id = 940102 AND partner_id = 940001$$);
-- a change that breaks another rule still fails, naming only that rule
SELECT pg_temp.try_commit($$UPDATE partnership.member SET roles = 'lead' WHERE partnership_id = 940102 AND partner_id = 940003$$, true);
-- commit_check() says so before the commit: nothing for the unrelated
-- change, only the rule the change breaks (check() names time's error too)
BEGIN;
UPDATE partnership.member SET title = 'Ketua' WHERE partnership_id = 940102 AND partner_id = 940001;
SELECT * FROM partnership.commit_check(940102);
UPDATE partnership.member SET roles = 'lead' WHERE partnership_id = 940102 AND partner_id = 940003;
SELECT rule, severity, message FROM partnership.commit_check(940102);
SELECT rule FROM partnership.check(940102) WHERE severity = 'error' ORDER BY rule;
ROLLBACK;
-- a partnership that is not active has nothing the commit would refuse;
-- an unknown one is as for check()
SELECT count(*) AS refused FROM partnership.commit_check((SELECT min(id) FROM partnership.partnership WHERE status::text <> 'active'));
SELECT pg_temp.try($$SELECT * FROM partnership.commit_check(-1)$$);

-- time passes: RT-END is past its own end, still active
SET session_replication_role = replica;
UPDATE partnership.partnership SET ends_on = current_date - 3 WHERE id = 940101;
RESET session_replication_role;
SELECT * FROM pg_temp.rules_of(940101);
SELECT c.detail->>'days_overdue' AS days_overdue, c.detail->>'fix' AS fix
FROM partnership.check(940101) c WHERE c.rule = 'partnership_overdue';
SELECT pg_temp.try_commit($$WITH a AS (INSERT INTO partnership.activity (partnership_id, name, due_on)
	VALUES (940101, 'Laporan akhir', current_date + 10) RETURNING id)
	INSERT INTO partnership.assignment SELECT a.id, 940101, 940001, 'A' FROM a$$);

-- in Indonesian
SET partnership.language = 'id';
SELECT * FROM pg_temp.rules_of(940101);
RESET partnership.language;

-- time passes: RT-FIN's lead left yesterday, as recorded (its left_on).
-- The errors this breaks say the day and the fix; an error a change made
-- has neither
SET session_replication_role = replica;
UPDATE partnership.member SET left_on = current_date - 1
WHERE partnership_id = 940103 AND partner_id = 940001;
UPDATE partnership.member SET roles = '{}'
WHERE partnership_id = 940103 AND partner_id = 940003;
RESET session_replication_role;
SELECT c.rule, (c.detail->>'broke_on')::date = current_date - 1 AS broke_yesterday,
	c.detail->>'fix' AS fix
FROM partnership.check(940103) c WHERE c.severity = 'error' ORDER BY c.rule;
-- the end, the way out the fix names, goes through: every error an active
-- partnership had before the transaction is time's or a catalogue edit's,
-- since the commit-time check lets none a change made stand (here
-- roles_defined, written with the triggers off; 1.1.0 before: it refused
-- the end, as would a rule a DBA made an error) ...
BEGIN;
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'completed' WHERE id = 940103$$);
ROLLBACK;
-- ... but an error a change made while the partnership was suspended, which
-- no commit-time check judged, still refuses its end
SELECT pg_temp.build(940107, 'RT-SUS', 200, 200);
UPDATE partnership.partnership SET status = 'suspended' WHERE id = 940107;
UPDATE partnership.member SET roles = '{}' WHERE partnership_id = 940107 AND partner_id = 940003;
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'completed' WHERE id = 940107$$);
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'terminated', end_reason = 'Dihentikan' WHERE id = 940107$$);
UPDATE partnership.member SET roles = '{implementer}' WHERE partnership_id = 940107 AND partner_id = 940003;
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'terminated', end_reason = 'Dihentikan' WHERE id = 940107$$);
UPDATE partnership.member SET roles = '{implementer}'
WHERE partnership_id = 940103 AND partner_id = 940003;
-- a member of a sector not there before neither breaks nor mends
-- government_member, which time broke, though the sectors its detail lists
-- change: the commit names only the change's own error, the new member
-- missing from the pks (1.1.0 before: government_member too)
INSERT INTO partnership.partner (id, name, sector) VALUES (940005, 'RT Radio Komunitas', 'media');
SELECT pg_temp.try_commit($$INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on)
	VALUES (940103, 940005, 'advisor', current_date)$$, true);
-- ... and goes through with only time's errors (1.1.0 before: refused,
-- single_lead); so does a termination from suspended
BEGIN;
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'suspended' WHERE id = 940103$$);
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'terminated', end_reason = 'Ketua keluar' WHERE id = 940103$$);
ROLLBACK;
-- but a role removed in the transaction of the end is a change: refused
BEGIN;
UPDATE partnership.member SET roles = '{}'
WHERE partnership_id = 940103 AND partner_id = 940004;
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'completed' WHERE id = 940103$$);
ROLLBACK;
-- and so is a member added in it who is no party of the pks: the end
-- judges the agreements it ends itself as the ones in force, on its day
-- (1.1.0 before this: the end terminated the pks before the rules ran, so
-- agreement_covers_members and agreement_clauses never bound an end)
BEGIN;
INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on)
VALUES (940103, 940005, 'advisor', current_date);
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'completed' WHERE id = 940103$$);
ROLLBACK;
-- (an end dated yesterday judges the agreement in force yesterday)
BEGIN;
INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on)
VALUES (940103, 940005, 'advisor', current_date - 5);
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'terminated', end_reason = 'Ketua keluar',
	ended_on = current_date - 1 WHERE id = 940103$$);
ROLLBACK;
-- a partner renamed is the same partner: time's errors that name it are
-- the same, whatever the new name holds, and an unrelated change with
-- the rename commits (1.1.0
-- before: refused, the error taken for a new one).  Time passes: a member
-- RT-END recorded as joining yesterday is no party of its pks
INSERT INTO partnership.partner (id, name, sector) VALUES (940006, 'RT Karang Taruna', 'community');
SET session_replication_role = replica;
INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on)
VALUES (940101, 940006, 'beneficiary', current_date - 1);
RESET session_replication_role;
SELECT c.rule, c.detail::text LIKE '%RT Karang Taruna%' AS names_it
FROM partnership.check(940101) c WHERE c.severity = 'error' ORDER BY c.rule;
SELECT pg_temp.try_commit($$WITH renamed AS (UPDATE partnership.partner SET name = 'RT Karang Taruna "name":"x\\'
		WHERE id = 940006 RETURNING id)
	UPDATE partnership.member SET title = 'Anggota' WHERE partnership_id = 940101 AND partner_id = 940004$$);

-- a final partnership reports nothing, and leaves the compliance report
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'completed' WHERE id = 940103$$);
SELECT count(*) AS rules_of_completed FROM partnership.check(940103);
SELECT count(*) AS compliance_rows FROM partnership_report.compliance WHERE partnership_code = 'RT-FIN';

-- an informal partnership all of whose members' periods ran out: a new
-- lead mends government_member and single_lead, and leaves cross_sector
-- broken as it was (one sector, not two): the commit goes through (1.1.0
-- before: refused, cross_sector, since the sectors listed went from none
-- to one)
INSERT INTO partnership.partner (id, name, sector) VALUES (940007, 'RT Dinas Dua', 'government');
INSERT INTO partnership.partnership (id, code, name, formality, horizon, owner_id, starts_on, ends_on, objectives)
VALUES (940104, 'RT-INF', 'Gizi RT-INF', 'informal', 'operational', 940001, current_date - 60,
		current_date + 200, ARRAY['Turunkan stunting']);
INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on) VALUES
	(940104, 940001, 'lead', current_date - 60), (940104, 940002, 'implementer', current_date - 60),
	(940104, 940003, 'evaluator', current_date - 60);
UPDATE partnership.partnership SET status = 'proposed' WHERE id = 940104;
UPDATE partnership.partnership SET status = 'active' WHERE id = 940104;
SET session_replication_role = replica;
UPDATE partnership.member SET left_on = current_date - 1 WHERE partnership_id = 940104;
RESET session_replication_role;
SELECT c.rule FROM partnership.check(940104) c WHERE c.severity = 'error' ORDER BY 1;
SELECT pg_temp.try_commit($$INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on)
	VALUES (940104, 940007, 'lead', current_date)$$, true);

-- time broke one rule for two rows: the member accountable for two
-- activities left yesterday, as recorded.  Mending one of them commits
-- (the error's offenders are some of those time left, nothing new); the
-- other stays broken as time left it.  A change that adds an offender is
-- still refused (1.1.0 before: mending one was refused, the smaller
-- error taken for a new one)
INSERT INTO partnership.partnership (id, code, name, formality, horizon, owner_id, starts_on, ends_on, objectives)
VALUES (940105, 'RT-RACI', 'Gizi RT-RACI', 'informal', 'operational', 940001, current_date - 60,
		current_date + 200, ARRAY['Turunkan stunting']);
INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on) VALUES
	(940105, 940001, 'lead', current_date - 60), (940105, 940002, 'implementer', current_date - 60),
	(940105, 940003, 'implementer', current_date - 60), (940105, 940004, 'evaluator', current_date - 60);
UPDATE partnership.partnership SET status = 'proposed' WHERE id = 940105;
UPDATE partnership.partnership SET status = 'active' WHERE id = 940105;
BEGIN;
INSERT INTO partnership.activity (id, partnership_id, name, due_on) VALUES
	(940201, 940105, 'Posyandu', current_date + 30), (940202, 940105, 'Penyuluhan', current_date + 30),
	(940203, 940105, 'Pelatihan', current_date + 30);
INSERT INTO partnership.assignment (activity_id, partnership_id, partner_id, raci) VALUES
	(940201, 940105, 940003, 'A'), (940202, 940105, 940003, 'A'), (940203, 940105, 940002, 'A');
COMMIT;
SET session_replication_role = replica;
UPDATE partnership.member SET left_on = current_date - 1 WHERE partnership_id = 940105 AND partner_id = 940003;
RESET session_replication_role;
SELECT c.rule, c.message FROM partnership.check(940105) c WHERE c.severity = 'error';
SELECT pg_temp.try_commit($$UPDATE partnership.assignment SET partner_id = 940002
	WHERE activity_id = 940201$$);
SELECT pg_temp.try_commit($$UPDATE partnership.assignment SET partner_id = 940003
	WHERE activity_id = 940203$$);
UPDATE partnership.assignment SET partner_id = 940002 WHERE activity_id = 940201;
SELECT c.rule, c.message FROM partnership.check(940105) c WHERE c.severity = 'error';

-- a renewal signed ahead: the addendum starts the day after the pks ends.
-- Signing it leaves the pks in force to its end (1.1.0 before: signing
-- superseded the pks at once, and the commit was refused for want of an
-- agreement in force, the hint pointing to a check() that showed nothing);
-- its end is no longer warned of, the pks cannot be amended a second time,
-- and once the day comes the addendum is the agreement in force
SELECT pg_temp.build(940106, 'RT-AHEAD', 200, 30);
SELECT rule FROM partnership.check(940106) WHERE rule = 'agreement_expiring';
SELECT partnership.amend(a.id, 'ADD/RT-AHEAD', current_date + 200) AS ahead
FROM partnership.agreement a WHERE a.number = 'PKS/RT-AHEAD' \gset
UPDATE partnership.agreement SET effective_from = current_date + 31 WHERE id = :ahead;
UPDATE partnership.agreement_party SET signed_on = current_date WHERE agreement_id = :ahead;
SELECT pg_temp.try_commit(format($$UPDATE partnership.agreement SET status = 'signed' WHERE id = %s$$, :ahead));
UPDATE partnership.agreement SET status = 'signed' WHERE id = :ahead;
SELECT a.number, a.status, ag.in_force
FROM partnership.agreement a JOIN partnership_report.agreements ag ON ag.agreement_id = a.id
WHERE a.partnership_id = 940106 ORDER BY a.id;
SELECT count(*) AS errors_or_expiry FROM partnership.check(940106)
WHERE severity = 'error' OR rule = 'agreement_expiring';
SELECT pg_temp.try($$SELECT partnership.amend(a.id, 'ADD/RT-AHEAD/2')
	FROM partnership.agreement a WHERE a.number = 'PKS/RT-AHEAD'$$);
-- the views agree: the pks is in force in the half-year's row, and is not
-- listed as expiring (1.1.0 before: no agreement in semesters, and listed)
SELECT agreement_number FROM partnership_report.semesters
WHERE partnership_id = 940106 AND period_end >= current_date;
SELECT count(*) AS listed_expiring FROM partnership_report.agreements_expiring WHERE partnership_id = 940106;
-- a renewal of the renewal that starts today supersedes both, the
-- renewal and the pks it left in force: one agreement in force (1.1.0
-- before: the pks stayed signed and in force beside it)
BEGIN;
SELECT partnership.amend(:ahead, 'ADD/RT-AHEAD/II') AS again \gset
UPDATE partnership.agreement SET effective_from = current_date WHERE id = :again;
UPDATE partnership.agreement_party SET signed_on = current_date WHERE agreement_id = :again;
UPDATE partnership.agreement SET status = 'signed' WHERE id = :again;
SELECT a.number, a.status, ag.in_force
FROM partnership.agreement a JOIN partnership_report.agreements ag ON ag.agreement_id = a.id
WHERE a.partnership_id = 940106 ORDER BY a.id;
ROLLBACK;
-- a corrected renewal that replaces the one signed ahead, from the same
-- first day, supersedes it and leaves the pks in force to its end: no gap,
-- so no refusal (1.1.0 before this: refused, as if it left a gap)
BEGIN;
SELECT partnership.amend(:ahead, 'ADD/RT-AHEAD/FIX', current_date + 220) AS fix \gset
UPDATE partnership.agreement_party SET signed_on = current_date WHERE agreement_id = :fix;
SELECT pg_temp.try(format($$UPDATE partnership.agreement SET status = 'signed' WHERE id = %s$$, :fix));
SELECT a.number, a.status, ag.in_force
FROM partnership.agreement a JOIN partnership_report.agreements ag ON ag.agreement_id = a.id
WHERE a.partnership_id = 940106 ORDER BY a.id;
ROLLBACK;
-- an addendum that starts after today but before the agreement it amends
-- ends would leave no agreement in force until it starts: its signing is
-- refused, naming the days (1.1.0 before: signed, and the commit refused
-- for want of an agreement in force)
SELECT pg_temp.build(940109, 'RT-GAP', 200, 30);
SELECT partnership.amend(a.id, 'ADD/RT-GAP', current_date + 200) AS gap
FROM partnership.agreement a WHERE a.number = 'PKS/RT-GAP' \gset
UPDATE partnership.agreement SET effective_from = current_date + 10 WHERE id = :gap;
UPDATE partnership.agreement_party SET signed_on = current_date WHERE agreement_id = :gap;
SELECT regexp_replace(pg_temp.try(format($$UPDATE partnership.agreement SET status = 'signed' WHERE id = %s$$, :gap), true),
	'\d{4}-\d{2}-\d{2}', 'DATE', 'g') AS refused;
-- time passes: the pks ran out yesterday, the addendum starts today
SET session_replication_role = replica;
UPDATE partnership.agreement SET effective_from = effective_from - 31, effective_to = effective_to - 31
WHERE partnership_id = 940106 AND number = 'PKS/RT-AHEAD';
UPDATE partnership.agreement SET effective_from = current_date WHERE id = :ahead;
RESET session_replication_role;
SELECT a.number, ag.in_force
FROM partnership.agreement a JOIN partnership_report.agreements ag ON ag.agreement_id = a.id
WHERE a.partnership_id = 940106 ORDER BY a.id;
SELECT count(*) AS errors FROM partnership.check(940106) WHERE severity = 'error';

-- a rule a DBA makes an error does not keep an active partnership that
-- breaks it from ending (1.1.0 before: evaluator_assigned, made an error,
-- refused the termination of a partnership that never had an evaluator,
-- though the commit-time check excused it)
INSERT INTO partnership.partnership (id, code, name, formality, horizon, owner_id, starts_on, ends_on, objectives)
VALUES (940108, 'RT-DBA', 'Gizi RT-DBA', 'informal', 'operational', 940001, current_date - 60,
		current_date + 200, ARRAY['Turunkan stunting']);
INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on) VALUES
	(940108, 940001, 'lead', current_date - 60), (940108, 940002, 'implementer', current_date - 60);
UPDATE partnership.partnership SET status = 'proposed' WHERE id = 940108;
UPDATE partnership.partnership SET status = 'active' WHERE id = 940108;
UPDATE partnership.rule SET severity = 'error' WHERE code = 'evaluator_assigned';
SELECT c.rule, c.severity, c.detail ? 'broke_on' AS time_broke_it
FROM partnership.check(940108) c WHERE c.rule = 'evaluator_assigned';
BEGIN;
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'terminated', end_reason = 'Selesai lebih awal' WHERE id = 940108$$);
ROLLBACK;
UPDATE partnership.rule SET severity = 'warning' WHERE code = 'evaluator_assigned';

-- two pks chains: the older pks ends in 30 days, a newer one started ten
-- days ago and is the agreement in force.  The expiry report and the due
-- list warn of the agreement in force only, as the rule does (1.1.0 before
-- this: the replaced pks was listed as expiring, and notify_due() sent it)
SELECT pg_temp.build(940120, 'RT-TWO', 200, 30);
SET session_replication_role = replica;
INSERT INTO partnership.agreement (partnership_id, kind, number, objectives, effective_from, effective_to, status, signed_on)
VALUES (940120, 'pks', 'PKS-B/RT-TWO', ARRAY['Turunkan stunting'], current_date - 10, current_date + 300, 'signed', current_date - 11);
RESET session_replication_role;
SELECT number, in_force FROM partnership_report.agreements WHERE partnership_code = 'RT-TWO' ORDER BY number;
SELECT count(*) AS expiring FROM partnership_report.agreements_expiring WHERE partnership_code = 'RT-TWO';
SELECT count(*) AS due FROM partnership.due_items() WHERE partnership_code = 'RT-TWO' AND event = 'agreement_expiring';
SELECT count(*) AS warned FROM partnership.check(940120) WHERE rule = 'agreement_expiring';
-- while the older pks is the one in force, and the newer one starts only
-- after a gap (so does not take over from it), it is listed
SET session_replication_role = replica;
UPDATE partnership.agreement SET effective_from = current_date + 40 WHERE number = 'PKS-B/RT-TWO';
RESET session_replication_role;
SELECT number, days_to_expiry = 30 AS in_30_days FROM partnership_report.agreements_expiring WHERE partnership_code = 'RT-TWO';

-- the commit judges again what was checked by rules edited since in the
-- transaction, also after a savepoint rolled back (an import's dry run
-- rolls one back; 1.1.0 before this: the savepoint made the commit forget
-- the check, and the member who is no party committed)
SELECT pg_temp.build(940121, 'RT-SVP', 200, 200);
BEGIN;
UPDATE partnership.rule SET severity = 'warning' WHERE code = 'agreement_covers_members';
INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on)
VALUES (940121, 940005, 'advisor', current_date);
SET CONSTRAINTS ALL IMMEDIATE;
SET CONSTRAINTS ALL DEFERRED;
UPDATE partnership.rule SET severity = 'error' WHERE code = 'agreement_covers_members';
SAVEPOINT s;
UPDATE partnership.partnership SET name = name WHERE id = 940121;
ROLLBACK TO s;
\set VERBOSITY terse
COMMIT;
\set VERBOSITY default
SELECT count(*) AS members FROM partnership.member WHERE partnership_id = 940121;

-- the end judges as in force only the agreements it terminates itself: a
-- newer pks a user terminated earlier the same day stays terminated, and
-- the pks in force again is the one judged (1.1.0 before this: the
-- terminated one, which covered no member, refused the end)
SELECT pg_temp.build(940122, 'RT-TRM', 200, 200);
SET session_replication_role = replica;
INSERT INTO partnership.agreement (id, partnership_id, kind, number, objectives, effective_from, effective_to, status, signed_on)
VALUES (940122, 940122, 'pks', 'PKS-B/RT-TRM', ARRAY['Turunkan stunting'], current_date - 5, current_date + 100, 'signed', current_date - 6);
RESET session_replication_role;
SELECT rule FROM partnership.check(940122) WHERE severity = 'error';
UPDATE partnership.agreement SET status = 'terminated', terminated_on = current_date,
	termination_reason = 'Salah susun' WHERE id = 940122;
SELECT count(*) AS errors FROM partnership.check(940122) WHERE severity = 'error';
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'completed' WHERE id = 940122$$);
SELECT a.number, a.status FROM partnership.agreement a WHERE a.partnership_id = 940122 ORDER BY a.number;

-- so is an end judged while a rule was a warning: judged again at the
-- commit, as an end (1.1.0 before this: committed, a read-only
-- partnership breaking the rule for good)
SELECT pg_temp.build(940123, 'RT-END2', 200, 200);
BEGIN;
UPDATE partnership.rule SET severity = 'warning' WHERE code = 'agreement_covers_members';
INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on)
VALUES (940123, 940005, 'advisor', current_date);
UPDATE partnership.partnership SET status = 'completed' WHERE id = 940123;
UPDATE partnership.rule SET severity = 'error' WHERE code = 'agreement_covers_members';
\set VERBOSITY terse
COMMIT;
\set VERBOSITY default
SELECT status FROM partnership.partnership WHERE id = 940123;
-- commit_check() says so before the commit, and the refusal's hint names it
BEGIN;
UPDATE partnership.rule SET severity = 'warning' WHERE code = 'agreement_covers_members';
INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on)
VALUES (940123, 940005, 'advisor', current_date);
UPDATE partnership.partnership SET status = 'completed' WHERE id = 940123;
SELECT rule FROM partnership.commit_check(940123);
UPDATE partnership.rule SET severity = 'error' WHERE code = 'agreement_covers_members';
SELECT rule FROM partnership.commit_check(940123);
COMMIT;
-- but a change the registry lets an ended partnership have, later in the
-- transaction of its end, does not reopen the end (a partner's sector,
-- which the same two statements in two transactions allow)
INSERT INTO partnership.partner (id, name, sector) VALUES (940019, 'RT Dinas Kedua', 'government');
SELECT pg_temp.build(940124, 'RT-SEC', 200, 200);
-- (its only government member is 940019, the owner no member)
CREATE FUNCTION pg_temp.lead_instead(pid bigint, lead bigint) RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
	SET LOCAL session_replication_role = replica;
	UPDATE partnership.member SET partner_id = lead WHERE partnership_id = pid AND partner_id = 940001;
	UPDATE partnership.agreement_party SET partner_id = lead WHERE partnership_id = pid AND partner_id = 940001;
END $f$;
SELECT pg_temp.lead_instead(940124, 940019);
SELECT count(*) AS errors FROM partnership.check(940124) WHERE severity = 'error';
BEGIN;
UPDATE partnership.partnership SET status = 'completed' WHERE id = 940124;
UPDATE partnership.partner SET sector = 'private' WHERE id = 940019;
SELECT pg_temp.try('SET CONSTRAINTS ALL IMMEDIATE');
ROLLBACK;

-- a check that ran inside a statement still running does not cover the
-- rows that statement writes after it (1.1.0 before this: a function in
-- the WHERE clause that set the constraints immediate, or resumed the
-- partnership, let a second lead through the commit)
SELECT pg_temp.build(940125, 'RT-NEST', 200, 200);
CREATE FUNCTION pg_temp.check_now(pid bigint) RETURNS boolean LANGUAGE plpgsql AS $f$
BEGIN
	UPDATE partnership.partnership SET name = name WHERE id = pid;
	SET CONSTRAINTS ALL IMMEDIATE;
	SET CONSTRAINTS ALL DEFERRED;
	RETURN true;
END $f$;
CREATE FUNCTION pg_temp.resume(pid bigint) RETURNS boolean LANGUAGE plpgsql AS $f$
BEGIN
	UPDATE partnership.partnership SET status = 'active' WHERE id = pid;
	RETURN true;
END $f$;
\set VERBOSITY terse
UPDATE partnership.member SET roles = 'lead'
WHERE partnership_id = 940125 AND partner_id = 940003 AND pg_temp.check_now(940125);
UPDATE partnership.partnership SET status = 'suspended' WHERE id = 940125;
UPDATE partnership.member SET roles = 'lead'
WHERE partnership_id = 940125 AND partner_id = 940003 AND pg_temp.resume(940125);
\set VERBOSITY default
SELECT m.partner_id, m.roles::text, p.status
FROM partnership.member m JOIN partnership.partnership p ON p.id = m.partnership_id
WHERE m.partnership_id = 940125 ORDER BY 1;
-- nor a partner's sector set after it
INSERT INTO partnership.partner (id, name, sector) VALUES (940020, 'RT Dinas Ketiga', 'government');
SELECT pg_temp.build(940126, 'RT-NEST2', 200, 200);
SELECT pg_temp.lead_instead(940126, 940020);
\set VERBOSITY terse
UPDATE partnership.partner SET sector = 'private' WHERE id = 940020 AND pg_temp.check_now(940126);
\set VERBOSITY default
SELECT sector FROM partnership.partner WHERE id = 940020;

-- an agreement the end's own transaction terminated or superseded first,
-- even back-dated, is judged as in force at the end (1.1.0 before this:
-- terminating the pks, adding a member who is no party and ending the
-- partnership, in one transaction, committed)
SELECT pg_temp.build(940127, 'RT-TRM2', 200, 200);
BEGIN;
UPDATE partnership.agreement SET status = 'terminated', terminated_on = current_date - 10,
	termination_reason = 'Diakhiri lebih dulu' WHERE partnership_id = 940127;
INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on)
VALUES (940127, 940005, 'advisor', current_date);
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'completed' WHERE id = 940127$$);
ROLLBACK;
BEGIN;
UPDATE partnership.agreement SET status = 'superseded' WHERE partnership_id = 940127;
INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on)
VALUES (940127, 940005, 'advisor', current_date);
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'completed' WHERE id = 940127$$);
ROLLBACK;
-- the end alone is accepted, and terminates the pks
UPDATE partnership.partnership SET status = 'completed' WHERE id = 940127;
SELECT status FROM partnership.agreement WHERE partnership_id = 940127;

-- six months after a period that ends on 30 June is 31 December (1.1.0
-- before this: 30 December, the day before the next half-year's
-- evaluation could be closed, so evaluation_due fired every 31 December)
SET session_replication_role = replica;
INSERT INTO partnership.evaluation (partnership_id, kind, period_end, status)
VALUES (940126, 'monitoring', '2025-06-30', 'closed');
RESET session_replication_role;
SELECT detail ->> 'last_closed_evaluation' AS last_closed, detail ->> 'due_on' AS due_on
FROM partnership.check(940126) WHERE rule = 'evaluation_due';

-- a year from 29 February ends on 28 February (1.1.0 before this: one day
-- too long for horizon_duration and agreement_max_duration); a day more
-- is too long
SELECT pg_temp.build(940128, 'RT-LEAP', 200, 200);
SET session_replication_role = replica;
UPDATE partnership.partnership SET starts_on = '2024-02-29', ends_on = '2025-02-28' WHERE id = 940128;
UPDATE partnership.agreement SET effective_from = '2024-02-29', effective_to = '2029-02-28' WHERE partnership_id = 940128;
RESET session_replication_role;
SELECT rule FROM partnership.check(940128) WHERE rule IN ('horizon_duration', 'agreement_max_duration');
SET session_replication_role = replica;
UPDATE partnership.partnership SET ends_on = '2025-03-01' WHERE id = 940128;
UPDATE partnership.agreement SET effective_to = '2029-03-01' WHERE partnership_id = 940128;
RESET session_replication_role;
SELECT rule FROM partnership.check(940128) WHERE rule IN ('horizon_duration', 'agreement_max_duration') ORDER BY 1;
-- and the year from 1 March 2027 ends on 29 February 2028
SET session_replication_role = replica;
UPDATE partnership.partnership SET starts_on = '2027-03-01', ends_on = '2028-02-29' WHERE id = 940128;
UPDATE partnership.agreement SET effective_from = '2023-03-01', effective_to = '2028-02-29' WHERE partnership_id = 940128;
RESET session_replication_role;
SELECT rule FROM partnership.check(940128) WHERE rule IN ('horizon_duration', 'agreement_max_duration');

-- of a suspended partnership, a change made while it was suspended (a
-- second lead added as having joined yesterday, the lead's left_on set
-- back) is no time's: the end stays refused, though check() dates the
-- break (1.1.0 before this: excused as time's); once anything the rules
-- read was written while suspended, the end judges everything
SELECT pg_temp.build(940129, 'RT-BACK', 200, 200);
UPDATE partnership.partnership SET status = 'suspended' WHERE id = 940129;
INSERT INTO partnership.member (partnership_id, partner_id, roles) VALUES (940129, 940005, 'lead');
UPDATE partnership.member SET joined_on = current_date - 1 WHERE partnership_id = 940129 AND partner_id = 940005;
SELECT rule, detail ? 'broke_on' AS dated FROM partnership.check(940129) WHERE severity = 'error' ORDER BY 1;
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'completed' WHERE id = 940129$$);
SELECT pg_temp.build(940130, 'RT-BACK2', 200, 200);
UPDATE partnership.partnership SET status = 'suspended' WHERE id = 940130;
UPDATE partnership.member SET left_on = current_date - 20 WHERE partnership_id = 940130 AND partner_id = 940001;
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'terminated', end_reason = 'Tanpa pemimpin' WHERE id = 940130$$);
-- nor do a role given while suspended (the member's joined_on, long
-- past, would date the second lead), a member added in the end's own
-- statement with the back-dated day, or a lead's left_on set back to the
-- day of another member's, recorded ahead (helper-57's cases)
SELECT pg_temp.build(940139, 'RT-BACK3', 200, 200);
SET session_replication_role = replica;
UPDATE partnership.member SET joined_on = current_date - 30 WHERE partnership_id = 940139 AND partner_id = 940003;
UPDATE partnership.member SET left_on = current_date - 10 WHERE partnership_id = 940139 AND partner_id = 940004;
RESET session_replication_role;
UPDATE partnership.partnership SET status = 'suspended' WHERE id = 940139;
UPDATE partnership.member SET roles = 'lead' WHERE partnership_id = 940139 AND partner_id = 940003;
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'completed' WHERE id = 940139$$, true);
SET partnership.language = 'id';
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'completed' WHERE id = 940139$$, true);
RESET partnership.language;
UPDATE partnership.member SET roles = 'implementer' WHERE partnership_id = 940139 AND partner_id = 940003;
UPDATE partnership.member SET left_on = current_date - 10 WHERE partnership_id = 940139 AND partner_id = 940001;
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'terminated', end_reason = 'x' WHERE id = 940139$$);
SELECT pg_temp.try($$WITH m AS (INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on, left_on)
	VALUES (940139, 940005, 'beneficiary', current_date - 20, current_date - 10) RETURNING partner_id)
UPDATE partnership.partnership SET status = 'terminated', end_reason = 'x' WHERE id = 940139 AND EXISTS (SELECT FROM m)$$);
-- a left_on recorded before the suspension (here loaded without the
-- audit), that time reached while the partnership was suspended and
-- nothing was written, is time's: the end is let through
SELECT pg_temp.build(940138, 'RT-AHEAD2', 200, 200);
SET session_replication_role = replica;
UPDATE partnership.member SET left_on = current_date - 20 WHERE partnership_id = 940138 AND partner_id = 940001;
RESET session_replication_role;
UPDATE partnership.partnership SET status = 'suspended' WHERE id = 940138;
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'terminated', end_reason = 'Tanpa pemimpin' WHERE id = 940138$$);

-- hindsight looks back over the latest 256 recorded days at most (each a
-- judgement of the whole partnership; 1.1.0 before this: every one, a
-- check's cost the square of its members): a lead who left before 300
-- members joined on as many days is no longer dated
SELECT pg_temp.build(940131, 'RT-MANY', 200, 200);
SET session_replication_role = replica;
UPDATE partnership.partnership SET starts_on = current_date - 400 WHERE id = 940131;
INSERT INTO partnership.partner (id, name, sector)
SELECT 941000 + g, 'RT Warga ' || g, 'community' FROM generate_series(1, 300) g;
INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on)
SELECT 940131, 941000 + g, 'beneficiary', current_date - g FROM generate_series(1, 300) g;
UPDATE partnership.member SET joined_on = current_date - 400, left_on = current_date - 350 WHERE partnership_id = 940131 AND partner_id = 940001;
RESET session_replication_role;
SELECT rule, detail ? 'broke_on' AS dated FROM partnership.check(940131) WHERE rule = 'single_lead';
-- a lead who left within them is
SET session_replication_role = replica;
UPDATE partnership.member SET left_on = current_date - 100 WHERE partnership_id = 940131 AND partner_id = 940001;
RESET session_replication_role;
SELECT rule, (detail ->> 'broke_on')::date = current_date - 100 AS dated FROM partnership.check(940131) WHERE rule = 'single_lead';

-- an agreement superseded without an addendum (a history loaded without
-- it) is in force in no report today (1.1.0 before this: semesters still
-- showed it for the half-year running)
SELECT pg_temp.build(940132, 'RT-SUP', 200, 200);
UPDATE partnership.partnership SET status = 'suspended' WHERE id = 940132;
UPDATE partnership.agreement SET status = 'superseded' WHERE partnership_id = 940132;
SELECT (SELECT agreement_number FROM partnership_report.semesters
		WHERE partnership_id = 940132 AND current_date BETWEEN period_start AND period_end) AS semesters,
	(SELECT agreement_number FROM partnership_report.partnerships WHERE partnership_id = 940132) AS partnerships;

-- sector_mix tells whether a sector was there from the start as rule
-- early_involvement judges it, former members counted (1.1.0 before this:
-- current members only, so a funder who left and another who joined
-- later made the private sector a latecomer in the report alone)
INSERT INTO partnership.partner (id, name, sector) VALUES (940021, 'RT Swasta Kedua', 'private');
SELECT pg_temp.build(940133, 'RT-MIX', 200, 200);
SET session_replication_role = replica;
UPDATE partnership.member SET left_on = current_date - 1 WHERE partnership_id = 940133 AND partner_id = 940002;
INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on)
VALUES (940133, 940021, 'funder', current_date);
RESET session_replication_role;
SELECT sector, members, present_from_start FROM partnership_report.sector_mix
WHERE partnership_id = 940133 ORDER BY sector;
SELECT count(*) AS early_involvement FROM partnership.check(940133) WHERE rule = 'early_involvement';

-- a payment made after the planned end of a partnership still running is
-- refused with the way out: extend ends_on first (1.1.0 before this: a
-- hint to correct the dates, which did not say which)
SELECT pg_temp.build(940134, 'RT-LATE', 200, 200);
SET session_replication_role = replica;
UPDATE partnership.partnership SET ends_on = current_date - 10 WHERE id = 940134;
RESET session_replication_role;
SELECT regexp_replace(pg_temp.try(format($$INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount, paid_on)
	VALUES (%s, 940134, 1000, current_date)$$, (SELECT id FROM partnership.commitment WHERE partnership_id = 940134)), true),
	'\d{4}-\d{2}-\d{2}', 'YYYY-MM-DD', 'g') AS refused;
UPDATE partnership.partnership SET ends_on = current_date WHERE id = 940134;
INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount, paid_on)
SELECT id, 940134, 1000, current_date FROM partnership.commitment WHERE partnership_id = 940134;

-- the end judges an agreement signed before its transaction as in force,
-- not one a history replayed in it signed and terminated (1.1.0 before
-- this: the import of a partnership whose pks was terminated months before
-- the end, and a member who joined after, refused)
CREATE FUNCTION pg_temp.stage(c text) RETURNS void LANGUAGE sql AS $f$
INSERT INTO partnership_import.partnership (code, name, formality, horizon, status, starts_on, ends_on, objectives, owner, ended_on)
VALUES (c, 'Posyandu ' || c, 'formal', 'operasional', 'selesai', '01/01/2024', '31/12/2024', 'Balita sehat', 'RT Dinas Kesehatan', '31/12/2024');
INSERT INTO partnership_import.member (partnership, partner, roles, joined_on)
VALUES (c, 'RT Dinas Kesehatan', 'koordinator', '01/01/2024'), (c, 'RT Yayasan Gizi', 'pelaksana', '01/01/2024'),
	(c, 'RT Radio Komunitas', 'pelaksana', '01/09/2024');
INSERT INTO partnership_import.agreement (partnership, kind, number, status, title, signed_on, effective_from, effective_to, objectives, clauses, terminated_on, termination_reason)
VALUES (c, 'PKS', 'PKS/' || c, 'diakhiri', 'PKS ' || c, '20/12/2023', '01/01/2024', '31/12/2025', 'Balita sehat',
	(SELECT string_agg(code, '; ') FROM partnership.clause_kind WHERE required), '01/06/2024', 'Dihentikan');
INSERT INTO partnership_import.agreement_party (partnership, agreement, partner, roles, responsibilities, signatory_name, signatory_title, signed_on)
VALUES (c, 'PKS/' || c, 'RT Dinas Kesehatan', 'koordinator', 'Tugas', 'Penandatangan', 'Kepala', '20/12/2023'),
	(c, 'PKS/' || c, 'RT Yayasan Gizi', 'pelaksana', 'Tugas', 'Penandatangan', 'Kepala', '20/12/2023');
$f$;
BEGIN;
SELECT pg_temp.stage('RT-HIST');
UPDATE partnership.rule SET severity = 'warning' WHERE code = 'agreement_in_force';
SELECT relation, field, problem FROM partnership.import(apply => true);
UPDATE partnership.rule SET severity = 'error' WHERE code = 'agreement_in_force';
SELECT p.status, p.ended_on, a.status AS pks, a.terminated_on
FROM partnership.partnership p JOIN partnership.agreement a ON a.partnership_id = p.id WHERE p.code = 'RT-HIST';
ROLLBACK;

-- of a suspended partnership, an agreement terminated while it was
-- suspended, in an earlier transaction, is judged as in force at the end
-- (1.1.0 before this: a member who is no party could then be added and
-- the partnership ended)
SELECT pg_temp.build(940135, 'RT-SUSP', 200, 200);
UPDATE partnership.partnership SET status = 'suspended' WHERE id = 940135;
UPDATE partnership.agreement SET status = 'terminated', terminated_on = current_date,
	termination_reason = 'Dihentikan' WHERE partnership_id = 940135;
INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on)
VALUES (940135, 940005, 'advisor', current_date);
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'completed' WHERE id = 940135$$);
-- without the member, the end is accepted
DELETE FROM partnership.member WHERE partnership_id = 940135 AND partner_id = 940005;
UPDATE partnership.partnership SET status = 'completed' WHERE id = 940135;

-- under SET CONSTRAINTS ALL IMMEDIATE the signing of an addendum and the
-- end are judged whole (1.1.0 before this: the agreement the signing
-- superseded, and those the end terminated, were checked half made, and
-- both were refused with agreement_in_force)
SELECT pg_temp.build(940136, 'RT-IMM', 200, 200);
BEGIN;
SET CONSTRAINTS ALL IMMEDIATE;
SELECT partnership.amend(a.id, 'ADD/RT-IMM') AS add_imm FROM partnership.agreement a WHERE a.partnership_id = 940136 \gset
UPDATE partnership.agreement_party SET signed_on = current_date WHERE agreement_id = :add_imm;
UPDATE partnership.agreement SET status = 'signed' WHERE id = :add_imm;
UPDATE partnership.partnership SET status = 'terminated', end_reason = 'Selesai lebih awal' WHERE id = 940136;
COMMIT;
SELECT a.number, a.status, p.status AS partnership
FROM partnership.agreement a JOIN partnership.partnership p ON p.id = a.partnership_id
WHERE a.partnership_id = 940136 ORDER BY a.number;

-- a row the commit-time check does not watch (a payment), or a sector of
-- a partner in none of the partnerships checked, does not make the commit
-- check again what the activation checked (1.1.0 before this fix: twice)
INSERT INTO partnership.partner (id, name, sector) VALUES (940022, 'RT Tanpa Kemitraan', 'private');
SELECT partnership.enforcement_checks() AS checks_before \gset
BEGIN;
SELECT pg_temp.build(940137, 'RT-CNT', 200, 200);
INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount, paid_on)
SELECT id, 940137, 10, current_date FROM partnership.commitment WHERE partnership_id = 940137;
UPDATE partnership.partner SET sector = 'academia' WHERE id = 940022;
COMMIT;
SELECT partnership.enforcement_checks() - :checks_before AS checks;

-- a message names a row by what it is only in the row's own partnership:
-- another partnership's indicator or commitment is the id typed
INSERT INTO partnership.indicator (id, partnership_id, code, name) VALUES (940101, 940134, 'RT-IND', 'Indikator');
SELECT pg_temp.try($$INSERT INTO partnership.measurement VALUES (940101, 940137, current_date, 'NaN')$$);
SELECT pg_temp.try($$INSERT INTO partnership.measurement VALUES (940101, 940134, current_date, 'NaN')$$);
SELECT regexp_replace(pg_temp.try(format($$INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount) VALUES (%s, 940137, 0)$$,
	(SELECT id FROM partnership.commitment WHERE partnership_id = 940134))), 'commitment of [0-9]+', 'commitment of ID') AS refused;

-- a transaction that suspends a partnership is judged at its commit as
-- one that leaves it active: what it broke does not pass because the
-- partnership is suspended by then (1.1.0 before this: the lead's left_on
-- set back and the suspension, in one transaction, committed, and the end
-- then excused the break as time's)
SELECT pg_temp.build(940140, 'RT-SUSP2', 200, 200);
BEGIN;
UPDATE partnership.member SET left_on = current_date - 10 WHERE partnership_id = 940140 AND partner_id = 940001;
UPDATE partnership.partnership SET status = 'suspended' WHERE id = 940140;
\set VERBOSITY terse
COMMIT;
\set VERBOSITY default
SELECT status FROM partnership.partnership WHERE id = 940140;
-- a row moved out of a suspended partnership is a change of it too (the
-- audit files it under its new partnership)
SELECT pg_temp.build(940141, 'RT-MOVE', 200, 200);
SET session_replication_role = replica;
UPDATE partnership.member SET left_on = current_date - 20 WHERE partnership_id = 940141 AND partner_id = 940001;
INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on)
VALUES (940141, 940019, 'lead', current_date - 19);
RESET session_replication_role;
INSERT INTO partnership.partnership (id, code, name, formality, horizon, objectives)
VALUES (940142, 'RT-DRAFT', 'Draf', 'informal', 'operational', '{Uji}');
UPDATE partnership.partnership SET status = 'suspended' WHERE id = 940141;
UPDATE partnership.member SET partnership_id = 940142 WHERE partnership_id = 940141 AND partner_id = 940019;
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'completed' WHERE id = 940141$$);
