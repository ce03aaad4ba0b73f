--
-- funding and the other immediate row rules (doc/registry.md): disbursements within
-- their commitment; respondents, assignees, committing partners and risk
-- owners are members (composite foreign keys to member, SQLSTATE 23503);
-- a closed evaluation and its responses are immutable.
--
SET search_path = partnership, public;
SET partnership.language = 'en';

\set ECHO none
\getenv abs_srcdir PG_ABS_SRCDIR
\set try_sql :abs_srcdir '/test/regress/try.sql'
\i :try_sql
\set ECHO all

INSERT INTO partner (id, name, sector) VALUES
	(4001, 'Dinas Pertanian', 'pemerintah'), (4002, 'PT Tani Makmur', 'swasta'),
	(4003, 'Kelompok Tani', 'masyarakat'), (4004, 'Outsider', 'media');
INSERT INTO partnership (id, code, name, formality, horizon, owner_id)
VALUES (4001, 'FUND-1', 'Pangan lokal', 'informal', 'operational', 4001),
       (4002, 'FUND-2', 'Other', 'informal', 'operational', 4001);
INSERT INTO member (partnership_id, partner_id, roles) VALUES
	(4001, 4001, '{lead}'), (4001, 4002, '{funder}'), (4001, 4003, '{beneficiary}'),
	(4002, 4004, '{implementer}');

-- commitments: by members, amount > 0, currency code
SELECT pg_temp.try($$INSERT INTO partnership.commitment (partnership_id, partner_id, amount) VALUES (4001, 4004, 10)$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.commitment (partnership_id, partner_id, amount) VALUES (4001, 4002, 0)$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.commitment (partnership_id, partner_id, amount, currency) VALUES (4001, 4002, 10, 'rupiah')$$, true);
INSERT INTO commitment (id, partnership_id, partner_id, kind, amount) VALUES (4001, 4001, 4002, 'tunai', 1000000);
INSERT INTO commitment (id, partnership_id, partner_id, kind, amount, currency) VALUES (4002, 4001, 4003, 'natura', 500, 'USD');
SELECT id, kind, amount, currency FROM commitment WHERE partnership_id = 4001 ORDER BY id;

-- disbursements: amount > 0, same partnership, never above the commitment
SELECT pg_temp.try($$INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount) VALUES (4001, 4001, -5)$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount) VALUES (4001, 4002, 5)$$, true);
INSERT INTO disbursement (id, commitment_id, partnership_id, amount, paid_on) VALUES (4001, 4001, 4001, 600000, '2026-02-01');
SELECT pg_temp.try($$INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount) VALUES (4001, 4001, 400001)$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.disbursement (id, commitment_id, partnership_id, amount) VALUES (4002, 4001, 4001, 400000)$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount) VALUES (4001, 4001, 0.01)$$, true);
-- several rows of one statement are added up too
SELECT pg_temp.try($$INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount) VALUES (4002, 4001, 300), (4002, 4001, 300)$$, true);
SELECT commitment_id, sum(amount) FROM disbursement WHERE partnership_id = 4001 GROUP BY 1 ORDER BY 1;
-- raising a disbursement is checked; lowering is fine
SELECT pg_temp.try($$UPDATE partnership.disbursement SET amount = 600001 WHERE id = 4001$$, true);
SELECT pg_temp.try($$UPDATE partnership.disbursement SET amount = 500000 WHERE id = 4001$$, true);
-- a commitment cannot drop below what was paid
SELECT pg_temp.try($$UPDATE partnership.commitment SET amount = 899999 WHERE id = 4001$$, true);
SELECT pg_temp.try($$UPDATE partnership.commitment SET amount = 900000 WHERE id = 4001$$, true);
SELECT pg_temp.try($$DELETE FROM partnership.commitment WHERE id = 4001$$, true);
-- a member with commitments stays a member
SELECT pg_temp.try($$DELETE FROM partnership.member WHERE partnership_id = 4001 AND partner_id = 4002$$, true);

-- assignments: assignees are members
INSERT INTO activity (id, partnership_id, name) VALUES (4001, 4001, 'Pelatihan petani');
SELECT pg_temp.try($$INSERT INTO partnership.assignment VALUES (4001, 4001, 4004, 'R')$$, true);
INSERT INTO assignment VALUES (4001, 4001, 4001, 'A'), (4001, 4001, 4003, 'I');

-- risks: owners are members
SELECT pg_temp.try($$INSERT INTO partnership.risk (partnership_id, challenge, likelihood, impact, owner_id) VALUES (4001, 'funding', 4, 5, 4004)$$, true);
INSERT INTO risk (id, partnership_id, challenge, likelihood, impact, owner_id, mitigation)
VALUES (4001, 4001, 'funding', 4, 5, 4002, 'Dana cadangan');

-- evaluations and responses: respondents are members, scores 1-5
INSERT INTO evaluation (id, partnership_id, kind, period_end) VALUES (4001, 4001, 'pemantauan', '2026-06-30');
SELECT pg_temp.try($$INSERT INTO partnership.response VALUES (4001, 4001, 4004, 'trust', 4)$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.response VALUES (4001, 4001, 4001, 'trust', 6)$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.response VALUES (4001, 4001, 4001, 'no_such_criterion', 3)$$, true);
INSERT INTO response VALUES (4001, 4001, 4001, 'trust', 4, NULL), (4001, 4001, 4002, 'trust', 3, NULL),
	(4001, 4001, 4003, 'funding', 2, 'Dana terlambat');
-- a criterion typed by its label, in either language, is stored as its code
INSERT INTO response VALUES (4001, 4001, 4003, 'Kepercayaan Publik', 4, NULL),
	(4001, 4001, 4003, 'clear goals', 5, NULL);
SELECT criterion, score FROM response WHERE evaluation_id = 4001 AND respondent_id = 4003 ORDER BY criterion;
DELETE FROM response WHERE evaluation_id = 4001 AND criterion IN ('public_trust', 'clear_goals');
UPDATE response SET score = 5 WHERE evaluation_id = 4001 AND respondent_id = 4001;
DELETE FROM response WHERE evaluation_id = 4001 AND respondent_id = 4002;
-- closing makes the evaluation and its responses immutable
UPDATE evaluation SET status = 'ditutup' WHERE id = 4001;
SELECT pg_temp.try($$INSERT INTO partnership.response VALUES (4001, 4001, 4002, 'trust', 3)$$, true);
SELECT pg_temp.try($$UPDATE partnership.response SET score = 1 WHERE evaluation_id = 4001$$, true);
SELECT pg_temp.try($$DELETE FROM partnership.response WHERE evaluation_id = 4001$$, true);
SELECT pg_temp.try($$UPDATE partnership.evaluation SET status = 'open' WHERE id = 4001$$, true);
SELECT pg_temp.try($$UPDATE partnership.evaluation SET period_end = '2026-07-31' WHERE id = 4001$$, true);
SELECT pg_temp.try($$DELETE FROM partnership.evaluation WHERE id = 4001$$, true);
SELECT respondent_id, criterion, score FROM response WHERE evaluation_id = 4001 ORDER BY 1, 2;
-- an open evaluation can be deleted with its responses
INSERT INTO evaluation (id, partnership_id, period_end) VALUES (4002, 4001, '2026-12-31');
INSERT INTO response VALUES (4002, 4001, 4001, 'trust', 4);
DELETE FROM evaluation WHERE id = 4002;
SELECT count(*) FROM response WHERE evaluation_id = 4002;
