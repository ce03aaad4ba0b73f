--
-- rules_cache: enforcement keeps the rule severities per session; a change
-- to partnership.rule must reach it, also after the extension was dropped
-- and created again in the same session (new tables, new relation ids).
-- (Other sessions' changes: isolation spec rules_catalogue_cache.)
--
SET partnership.language = 'en';
SET client_min_messages = warning;

-- an informal partnership of two government agencies, proposed: of the
-- rules only cross_sector fails
CREATE FUNCTION pg_temp.make_partnership() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO partnership.partner (id, name, sector) VALUES
		(987601, 'Dinas Kesehatan', 'government'), (987602, 'Dinas Pendidikan', 'government');
	INSERT INTO partnership.partnership (id, code, name, formality, horizon, starts_on, ends_on, objectives, owner_id)
	VALUES (987601, 'CACHE-1', 'Sekolah sehat', 'informal', 'operational',
		current_date - 10, current_date + 100, ARRAY['Anak sekolah sehat'], 987601);
	INSERT INTO partnership.member (partnership_id, partner_id, roles, joined_on) VALUES
		(987601, 987601, '{lead}', current_date - 10), (987601, 987602, '{implementer}', current_date - 10);
	UPDATE partnership.partnership SET status = 'proposed' WHERE id = 987601;
END $$;

BEGIN;
-- an activation fills this session's copy of the catalogue
SELECT pg_temp.make_partnership();
SAVEPOINT before_drop;
UPDATE partnership.partnership SET status = 'active' WHERE id = 987601;
ROLLBACK TO before_drop;

-- the extension dropped and created again: new catalogue tables (the
-- commit-time checks queued so far run first: DROP refuses pending events)
SET CONSTRAINTS ALL IMMEDIATE;
-- (the registry holds rows: the drop guard wants the DBA's consent)
SET LOCAL partnership.allow_drop = on;
DROP EXTENSION partnership CASCADE;
CREATE EXTENSION partnership;
RESET client_min_messages;
SELECT pg_temp.make_partnership();

-- the first activation fills this session's copy: cross_sector is an error
SAVEPOINT first;
UPDATE partnership.partnership SET status = 'active' WHERE id = 987601;
ROLLBACK TO first;

-- the DBA turns the rule off: the copy must follow
UPDATE partnership.rule SET severity = 'off' WHERE code = 'cross_sector';
UPDATE partnership.partnership SET status = 'active' WHERE id = 987601;
SELECT code, status FROM partnership.partnership WHERE id = 987601;

-- and back to error: a change that keeps it one-sector is refused at once
UPDATE partnership.rule SET severity = 'error' WHERE code = 'cross_sector';
UPDATE partnership.member SET title = 'Pelaksana' WHERE partnership_id = 987601 AND partner_id = 987602;
ROLLBACK;
