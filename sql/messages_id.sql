--
-- messages_id: with partnership.language = 'id' every error a user can
-- cause outside the rules has an Indonesian message, detail and hint (the
-- catalogue, src/messages/).  One case or more per family: type input,
-- lifecycle, signing, funding, membership, constraints, scoring; the
-- SQLSTATE and the constraint name are those of the English report.  Ids
-- start with 9186.
--
SET search_path = partnership, public;

\set ECHO none
\getenv abs_srcdir PG_ABS_SRCDIR
\set try_sql :abs_srcdir '/test/regress/try.sql'
\i :try_sql
\set ECHO all

INSERT INTO partner (id, name, sector, iati_ref) VALUES
	(918601, 'Bappeda Kota', 'pemerintah', NULL),
	(918602, 'PT Air Bersih', 'swasta', NULL),
	(918603, 'Yayasan Sungai', 'yayasan', NULL),
	(918604, 'Koran Kota', 'pers', NULL);
INSERT INTO partnership (id, code, name, formality, horizon, owner_id, starts_on, ends_on)
VALUES (918601, 'ID-1', 'Air bersih untuk semua', 'formal', 'strategic', 918601,
		'2026-01-01', '2027-12-31');
INSERT INTO member (partnership_id, partner_id, roles, joined_on) VALUES
	(918601, 918601, '{lead}', '2026-01-01'),
	(918601, 918602, '{funder}', '2026-01-01'),
	(918601, 918603, '{implementer}', '2027-06-01');

SET partnership.language = 'id';

-- type input
SELECT pg_temp.try($$SELECT 'resmii'::partnership.formality$$, true);
SELECT pg_temp.try($$SELECT '{pemerintah,koran}'::partnership.sectorset$$, false);
SELECT pg_temp.try($$SELECT '30'::partnership.sector$$, true);
SELECT pg_temp.try($$SELECT '{pemerintah'::partnership.sectorset$$, true);
SELECT pg_temp.try($$SELECT '{pemerintah,,swasta}'::partnership.sectorset$$, true);
SELECT pg_temp.try($$SELECT partnership.label('lead'::partnership.role, 'fr')$$, true);

-- lifecycle
SELECT pg_temp.try($$INSERT INTO partnership.partnership (code, name, formality, horizon, status) VALUES ('ID-X', 'x', 'formal', 'strategic', 'active')$$, true);
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'completed' WHERE id = 918601$$, true);
SELECT pg_temp.try($$UPDATE partnership.partnership SET owner_id = 918602 WHERE id = 918601$$, true);
SELECT pg_temp.try($$UPDATE partnership.partner SET sector = 'swasta' WHERE id = 918601$$, true);
SELECT pg_temp.try($$TRUNCATE partnership.risk$$, true);

-- signing: one party only, nothing else
INSERT INTO agreement (id, partnership_id, kind, number) VALUES (918601, 918601, 'pks', 'PKS/ID/1');
INSERT INTO agreement_party (agreement_id, partnership_id, partner_id) VALUES (918601, 918601, 918601);
SELECT pg_temp.try($$UPDATE partnership.agreement SET status = 'signed' WHERE id = 918601$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.agreement (partnership_id, kind, number, status) VALUES (918601, 'mou', 'MOU/ID/X', 'signed')$$, true);
SELECT pg_temp.try($$UPDATE partnership.agreement SET status = 'superseded' WHERE id = 918601$$, true);

-- funding
INSERT INTO commitment (id, partnership_id, partner_id, amount) VALUES (918601, 918601, 918602, 1000);
INSERT INTO disbursement (id, commitment_id, partnership_id, amount) VALUES (918601, 918601, 918601, 800);
SELECT pg_temp.try($$INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount) VALUES (918601, 918601, 300)$$, true);
SELECT pg_temp.try($$UPDATE partnership.commitment SET amount = 500 WHERE id = 918601$$, true);

-- membership
SELECT pg_temp.try($$INSERT INTO partnership.member (partnership_id, partner_id, joined_on) VALUES (918601, 918604, '2028-01-01')$$, true);
SELECT pg_temp.try($$UPDATE partnership.partnership SET ends_on = '2027-01-31' WHERE id = 918601$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.risk (id, partnership_id, challenge, likelihood, impact, owner_id) VALUES (918601, 918601, 'funding', 3, 3, 918604)$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.commitment (id, partnership_id, partner_id, amount) VALUES (918602, 918601, 918604, 10)$$, true);

-- constraints
SELECT pg_temp.try($$INSERT INTO partnership.partner (id, name, sector, iati_ref) VALUES (918609, 'Ref salah', 'swasta', 'ID KMK 1')$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.partnership (code, name, formality, horizon, starts_on, ends_on) VALUES ('ID-Y', 'y', 'formal', 'strategic', '2026-02-01', '2026-01-01')$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.commitment (id, partnership_id, partner_id, amount, currency) VALUES (918603, 918601, 918602, 10, 'Rp')$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.commitment (id, partnership_id, partner_id, amount) VALUES (918604, 918601, 918602, 0)$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.agreement (partnership_id, kind, number) VALUES (918601, 'addendum', 'ADD/ID/1')$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.agreement (partnership_id, kind, number, effective_from, effective_to) VALUES (918601, 'mou', 'MOU/ID/2', '2026-05-01', '2026-04-01')$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.agreement_clause (agreement_id, partnership_id, kind, body) VALUES (918601, 918601, 'rahasia', 'x')$$, true);
SELECT pg_temp.try($$UPDATE partnership.member SET influence = 9 WHERE partnership_id = 918601 AND partner_id = 918602$$, true);
SELECT pg_temp.try($$UPDATE partnership.member SET left_on = '2025-12-31' WHERE partnership_id = 918601 AND partner_id = 918602$$, true);
INSERT INTO evaluation (id, partnership_id, kind, period_end) VALUES (918601, 918601, 'pemantauan', '2026-06-30');
SELECT pg_temp.try($$INSERT INTO partnership.response VALUES (918601, 918601, 918602, 'trust', 7)$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.response VALUES (918601, 918601, 918604, 'trust', 4)$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.response VALUES (918601, 918601, 918602, 'tidak_ada', 4)$$, true);
SELECT pg_temp.try($$INSERT INTO partnership.risk (id, partnership_id, challenge, likelihood, impact) VALUES (918602, 918601, 'funding', 6, 3)$$, true);

-- scoring functions
SELECT pg_temp.try($$SELECT partnership.risk_level(0, 3)$$, true);
SELECT pg_temp.try($$SELECT (partnership.likert(s::smallint, 'government')).index FROM (VALUES (9)) v(s)$$, true);
SELECT pg_temp.try($$SELECT partnership.grade(101)$$, true);

-- the same error in English, and partnership.messages() lists both
SET partnership.language = 'en';
SELECT pg_temp.try($$INSERT INTO partnership.commitment (id, partnership_id, partner_id, amount, currency) VALUES (918603, 918601, 918602, 10, 'Rp')$$, true);
SELECT name, en, id FROM partnership.messages() WHERE name = 'MSG_CHECK_CURRENCY';
