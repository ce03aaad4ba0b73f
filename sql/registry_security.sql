--
-- registry_security: the triggers' queries mean the same whatever the
-- search_path.  A schema placed before pg_catalog shadows the operators
-- and functions those queries use; every trigger still works, and none of
-- the shadows is ever called.  (pg_regress runs this file in a fresh
-- session, so the triggers also prepare their plans under this path.)
--
CREATE SCHEMA regress_evil;
CREATE FUNCTION regress_evil.trap() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'search_path hijacked'; END $$;
CREATE FUNCTION regress_evil.eq(bigint, bigint) RETURNS boolean LANGUAGE sql AS 'SELECT regress_evil.trap()';
CREATE OPERATOR regress_evil.= (LEFTARG = bigint, RIGHTARG = bigint, FUNCTION = regress_evil.eq);
CREATE FUNCTION regress_evil.ne(text, text) RETURNS boolean LANGUAGE sql AS 'SELECT regress_evil.trap()';
CREATE OPERATOR regress_evil.<> (LEFTARG = text, RIGHTARG = text, FUNCTION = regress_evil.ne);
CREATE FUNCTION regress_evil.btrim(text) RETURNS text LANGUAGE sql AS 'SELECT CASE WHEN regress_evil.trap() THEN $1 END';
CREATE FUNCTION regress_evil.to_jsonb(anyelement) RETURNS jsonb LANGUAGE sql AS 'SELECT CASE WHEN regress_evil.trap() THEN NULL::jsonb END';
CREATE FUNCTION regress_evil.unnest(anyarray) RETURNS SETOF anyelement LANGUAGE sql AS 'SELECT CASE WHEN regress_evil.trap() THEN $1[1] END';

SET search_path = regress_evil, partnership, pg_catalog, public;

INSERT INTO partner (id, name, sector) VALUES (6001, 'Dinas Aman', 'pemerintah'), (6002, 'PT Aman', 'swasta');
INSERT INTO partnership (id, code, name, formality, horizon, owner_id, objectives, starts_on)
VALUES (6001, 'SEC-1', 'Aman', 'formal', 'strategic', 6001, ARRAY['Aman'], '2026-01-01');
INSERT INTO member (partnership_id, partner_id, roles) VALUES (6001, 6001, 'lead'), (6001, 6002, 'funder');
INSERT INTO agreement (id, partnership_id, kind, number, objectives, effective_from, effective_to)
VALUES (6001, 6001, 'pks', 'PKS-SEC', ARRAY['Aman'], '2026-01-01', '2027-12-31');
INSERT INTO agreement_party (agreement_id, partnership_id, partner_id, roles, responsibilities, signatory_name, signed_on)
SELECT 6001, 6001, partner_id, roles, ARRAY['Tugas'], 'Nama', '2026-01-01' FROM member WHERE partnership_id = 6001;
INSERT INTO agreement_clause (agreement_id, partnership_id, kind) SELECT 6001, 6001, code FROM clause_kind WHERE required;
UPDATE agreement SET status = 'signed' WHERE id = 6001;
INSERT INTO agreement (id, partnership_id, kind, number, amends_id, objectives, effective_from, effective_to)
VALUES (6002, 6001, 'addendum', 'ADD-SEC', 6001, ARRAY['Aman'], '2026-01-01', '2027-12-31');
INSERT INTO agreement_party (agreement_id, partnership_id, partner_id, roles, responsibilities, signatory_name, signed_on)
SELECT 6002, 6001, partner_id, roles, ARRAY['Tugas'], 'Nama', '2026-02-01' FROM member WHERE partnership_id = 6001;
INSERT INTO agreement_clause (agreement_id, partnership_id, kind) SELECT 6002, 6001, code FROM clause_kind WHERE required;
UPDATE agreement SET status = 'signed' WHERE id = 6002;
SELECT number, version, status FROM agreement WHERE partnership_id = 6001 ORDER BY version;
INSERT INTO commitment (id, partnership_id, partner_id, amount) VALUES (6001, 6001, 6002, 10);
INSERT INTO disbursement (commitment_id, partnership_id, amount) VALUES (6001, 6001, 10);
-- refused by the commitment check itself, not by a shadowing operator
INSERT INTO disbursement (commitment_id, partnership_id, amount) VALUES (6001, 6001, 1);
UPDATE rule SET severity = severity WHERE code = 'single_lead';
UPDATE partnership SET status = 'proposed' WHERE id = 6001;
SELECT relation, operation, count(*) FROM audit WHERE partnership_id = 6001 GROUP BY 1, 2 ORDER BY 1, 2;

RESET search_path;
DROP SCHEMA regress_evil CASCADE;
