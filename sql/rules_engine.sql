--
-- rules_engine: the facts the rules are judged from, and whose view check()
-- and check_all() take (doc/rules.md, "One engine" and "Whose view").
--   - blank text is blank everywhere: a tab-only objective or mitigation
--     counts as none, as a space-only one always did;
--   - the rules speak the session's language, counted messages in their
--     plural forms;
--   - check() and check_all() need SELECT on the tables the facts come
--     from, and judge only the partnerships row-level security lets the
--     caller see (an invisible one is reported as not existing).
--
SET search_path = public;
\getenv abs_srcdir PG_ABS_SRCDIR
\i :abs_srcdir/test/regress/try.sql

INSERT INTO partnership.partner (id, name, sector) VALUES
	(930001, 'RE Dinas Pendidikan', 'government'),
	(930002, 'RE Yayasan Baca', 'nonprofit'),
	(930003, 'RE PT Buku', 'private');
INSERT INTO partnership.partnership (id, code, name, formality, horizon, owner_id, starts_on, ends_on, objectives)
VALUES (930101, 'RE-1', 'Literasi', 'informal', 'operational', 930001, current_date - 10, current_date + 200, ARRAY['Tingkatkan minat baca']),
	   (930102, 'RE-2', 'Tab', 'informal', 'operational', 930001, current_date - 10, current_date + 200, ARRAY[E'\t']),
	   (930103, 'RE-3', 'Spaces and breaks', 'informal', 'operational', 930001, current_date - 10, current_date + 200, ARRAY[E' \n\r\t ', E'\f']);
INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on)
SELECT p, m.partner_id, m.roles::partnership.roleset, current_date - 10
FROM unnest(ARRAY[930101, 930102, 930103]) AS p,
	 (VALUES (930001, '{lead}'), (930002, '{implementer}'), (930003, '{funder,evaluator}')) AS m(partner_id, roles);
INSERT INTO partnership.risk (partnership_id, challenge, likelihood, impact, mitigation, description)
VALUES (930101, 'coordination', 4, 4, E'\t', 'Rapat bentrok'),
	   (930101, 'funding', 5, 4, 'Rapat bulanan', 'Dana terlambat');

-- blank text: only RE-1 states an objective; the tab-only mitigation is none
SELECT p.code, c.rule, c.severity
FROM partnership.partnership p, partnership.check(p.id) c
WHERE p.code LIKE 'RE-%' AND c.rule IN ('has_objectives', 'risk_unmitigated')
ORDER BY 1, 2;

-- the same facts, judged in Indonesian: counted messages in the plural
-- forms of the catalogue (one member, two risks...)
SET partnership.language = 'id';
SELECT c.rule, c.message
FROM partnership.check(930101) c ORDER BY c.rule;
UPDATE partnership.risk SET mitigation = NULL WHERE partnership_id = 930101;
SELECT c.message FROM partnership.check(930101) c WHERE c.rule = 'risk_unmitigated';
RESET partnership.language;
SELECT c.message FROM partnership.check(930101) c WHERE c.rule = 'risk_unmitigated';
SELECT c.message FROM partnership.check(930102) c WHERE c.rule = 'evaluator_independent';

-- activation refused, in Indonesian: message, detail and hint
SET partnership.language = 'id';
UPDATE partnership.partnership SET status = 'proposed' WHERE id = 930102;
SELECT pg_temp.try($$UPDATE partnership.partnership SET status = 'active' WHERE id = 930102$$, true);
SELECT pg_temp.try($$SELECT * FROM partnership.check(-1)$$, true);
RESET partnership.language;
SELECT pg_temp.try($$SELECT * FROM partnership.check(939999)$$, true);

-- check_all(): the same rows as check(), for every partnership, in one call
SELECT (SELECT count(*) FROM partnership.check_all() a WHERE a.partnership_id BETWEEN 930101 AND 930103)
	 = (SELECT count(*) FROM partnership.partnership p, partnership.check(p.id) c
		WHERE p.id BETWEEN 930101 AND 930103) AS same_rows;

-- privileges: SELECT on every table the facts come from
CREATE ROLE regress_re_reader;
SELECT partnership.grant_access('regress_re_reader', 'read');
REVOKE SELECT ON partnership.risk FROM regress_re_reader;
SET ROLE regress_re_reader;
SELECT pg_temp.try($$SELECT * FROM partnership.check(930101)$$);
SELECT pg_temp.try($$SELECT * FROM partnership.check_all()$$);
RESET ROLE;
GRANT SELECT ON partnership.risk TO regress_re_reader;

-- visibility: with row-level security letting the reader see RE-1 only
-- (a restrictive policy on top of whatever permissive ones exist), check()
-- of RE-2 says it does not exist and check_all() leaves it out
CREATE TEMP TABLE rls_before AS
SELECT relrowsecurity FROM pg_class WHERE oid = 'partnership.partnership'::regclass;
ALTER TABLE partnership.partnership ENABLE ROW LEVEL SECURITY;
CREATE POLICY regress_re_all ON partnership.partnership FOR SELECT TO regress_re_reader
	USING (true);
CREATE POLICY regress_re_one ON partnership.partnership AS RESTRICTIVE FOR SELECT
	TO regress_re_reader USING (code = 'RE-1');
SET ROLE regress_re_reader;
SELECT count(*) AS visible FROM partnership.partnership;
SELECT pg_temp.try($$SELECT * FROM partnership.check(930102)$$, true);
SELECT count(*) AS rules_of_re_1 FROM partnership.check(930101);
SELECT DISTINCT a.partnership_id FROM partnership.check_all() a ORDER BY 1;
RESET ROLE;
-- the registry's owner still sees every partnership
SELECT count(DISTINCT a.partnership_id) AS judged FROM partnership.check_all() a
WHERE a.partnership_id BETWEEN 930101 AND 930103;
DROP POLICY regress_re_one ON partnership.partnership;
DROP POLICY regress_re_all ON partnership.partnership;
DO $$
BEGIN
	IF NOT (SELECT relrowsecurity FROM rls_before) THEN
		ALTER TABLE partnership.partnership DISABLE ROW LEVEL SECURITY;
	END IF;
END $$;
DROP OWNED BY regress_re_reader;
DROP ROLE regress_re_reader;
