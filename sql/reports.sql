--
-- Report views (partnership_report): shape, content on a small fixed
-- registry, labels, and index use when one partnership is looked up.
-- Codes of this file start with RPT-; dates are relative to current_date
-- and printed as day offsets, so the output is the same any day.
--
SET search_path = partnership, public;

-- Other test files insert rows with explicit ids: move every identity
-- sequence of the registry past the ids in use.
DO $$
DECLARE t regclass; s text;
BEGIN
	FOR t, s IN SELECT c.oid, pg_get_serial_sequence(c.oid::regclass::text, 'id')
		FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'id'
		WHERE c.relnamespace = 'partnership'::regnamespace AND c.relkind = 'r'
		  AND a.attidentity <> ''
	LOOP
		EXECUTE format('SELECT setval(%L, greatest((SELECT max(id) FROM %s), (SELECT last_value FROM %s)))', s, t, s);
	END LOOP;
END $$;
\pset null '(null)'

-- Every view is security_invoker and commented, every column is a built-in
-- type and commented.
SELECT c.relname AS view,
       c.reloptions @> '{security_invoker=true}' AS security_invoker,
       obj_description(c.oid, 'pg_class') IS NOT NULL AS commented,
       count(a.attnum) AS columns
FROM pg_class c
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE c.relnamespace = 'partnership_report'::regnamespace
GROUP BY c.oid, c.relname, c.reloptions
ORDER BY 1;

SELECT format_type(a.atttypid, a.atttypmod) AS column_type, count(*)
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
WHERE c.relnamespace = 'partnership_report'::regnamespace AND a.attnum > 0
GROUP BY 1 ORDER BY 1;

-- Columns of a type that is not built in, or without a comment: none.
SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod)
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_type t ON t.oid = a.atttypid
WHERE c.relnamespace = 'partnership_report'::regnamespace AND a.attnum > 0
  AND (t.typnamespace <> 'pg_catalog'::regnamespace
       OR t.typname NOT IN ('text', 'int4', 'int8', 'numeric', 'date', 'timestamptz', 'bool')
       OR col_description(c.oid, a.attnum) IS NULL);

-- The views belong to the extension.
SELECT count(*) AS extension_views
FROM pg_depend d
JOIN pg_class c ON c.oid = d.objid AND d.classid = 'pg_class'::regclass
WHERE d.refclassid = 'pg_extension'::regclass
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'partnership')
  AND c.relnamespace = 'partnership_report'::regnamespace;

/*
 * A small registry: RPT-1, a formal strategic partnership (four sectors, a
 * signed PKS ending in 40 days, funding, an indicator, an evaluation, two
 * risks), and RPT-2, an informal draft with one sector.
 */
INSERT INTO partner (name, sector) VALUES
	('RPT Dinas', 'pemerintah'), ('RPT PT Maju', 'swasta'),
	('RPT Kelompok Tani', 'masyarakat'), ('RPT Universitas', 'akademisi'),
	('RPT Kecamatan', 'pemerintah');

CREATE FUNCTION pg_temp.org(text) RETURNS bigint LANGUAGE sql
	AS $$SELECT id FROM partnership.partner WHERE name = $1$$;

INSERT INTO partnership (code, name, formality, horizon, starts_on, ends_on, objectives, owner_id)
VALUES ('RPT-1', 'Kemitraan Uji Laporan', 'formal', 'strategic', current_date - 100,
        current_date + 1200, '{Menguji laporan}', pg_temp.org('RPT Dinas')),
       ('RPT-2', 'Rancangan Uji', 'informal', 'operational', current_date + 10,
        current_date + 100, '{}', pg_temp.org('RPT Dinas'));
CREATE FUNCTION pg_temp.ps(text) RETURNS bigint LANGUAGE sql
	AS $$SELECT id FROM partnership.partnership WHERE code = $1$$;

INSERT INTO member (partnership_id, partner_id, roles, title, joined_on, influence, interest)
VALUES (pg_temp.ps('RPT-1'), pg_temp.org('RPT Dinas'), '{lead}', 'Koordinator', current_date - 100, 5, 5),
       (pg_temp.ps('RPT-1'), pg_temp.org('RPT PT Maju'), '{funder}', NULL, current_date - 100, 4, 2),
       (pg_temp.ps('RPT-1'), pg_temp.org('RPT Kelompok Tani'), '{implementer,beneficiary}', NULL, current_date - 50, 2, 5),
       (pg_temp.ps('RPT-1'), pg_temp.org('RPT Universitas'), '{evaluator}', NULL, current_date - 100, NULL, NULL),
       (pg_temp.ps('RPT-2'), pg_temp.org('RPT Dinas'), '{lead}', NULL, current_date, NULL, NULL),
       (pg_temp.ps('RPT-2'), pg_temp.org('RPT Kecamatan'), '{implementer}', NULL, current_date, NULL, NULL);

INSERT INTO commitment (partnership_id, partner_id, kind, amount, committed_on, description)
VALUES (pg_temp.ps('RPT-1'), pg_temp.org('RPT PT Maju'), 'cash', 1000, current_date - 100, 'Dana'),
       (pg_temp.ps('RPT-1'), pg_temp.org('RPT Dinas'), 'in_kind', 500, current_date - 100, 'Ruang');
INSERT INTO disbursement (commitment_id, partnership_id, amount, paid_on)
SELECT id, partnership_id, 300, current_date - 30 FROM commitment
WHERE partnership_id = pg_temp.ps('RPT-1') AND kind = 'cash';
INSERT INTO disbursement (commitment_id, partnership_id, amount, paid_on)
SELECT id, partnership_id, 100, current_date - 10 FROM commitment
WHERE partnership_id = pg_temp.ps('RPT-1') AND kind = 'cash';

INSERT INTO agreement (partnership_id, kind, number, effective_from, effective_to, objectives)
VALUES (pg_temp.ps('RPT-1'), 'pks', 'RPT/PKS/1', current_date - 100, current_date + 40, '{Menguji laporan}');
INSERT INTO agreement_party (agreement_id, partnership_id, partner_id, roles, responsibilities,
	signatory_name, signed_on)
SELECT a.id, a.partnership_id, m.partner_id, m.roles, '{Bertugas}', 'Penandatangan', current_date - 101
FROM agreement a JOIN member m ON m.partnership_id = a.partnership_id
WHERE a.number = 'RPT/PKS/1';
INSERT INTO agreement_clause (agreement_id, partnership_id, kind, body)
SELECT a.id, a.partnership_id, k.code, 'Isi ' || k.code
FROM agreement a CROSS JOIN clause_kind k
WHERE a.number = 'RPT/PKS/1' AND k.required;
UPDATE agreement SET status = 'signed' WHERE number = 'RPT/PKS/1';

WITH a AS (
	INSERT INTO activity (partnership_id, name, due_on, status)
	VALUES (pg_temp.ps('RPT-1'), 'Kegiatan uji', current_date + 30, 'in_progress')
	RETURNING id, partnership_id)
INSERT INTO assignment (activity_id, partnership_id, partner_id, raci)
SELECT a.id, a.partnership_id, pg_temp.org('RPT Dinas'), 'A' FROM a
UNION ALL
SELECT a.id, a.partnership_id, pg_temp.org('RPT Kelompok Tani'), 'R' FROM a;

WITH i AS (
	INSERT INTO indicator (partnership_id, code, name, unit, direction, aggregation, baseline, target)
	VALUES (pg_temp.ps('RPT-1'), 'PANEN', 'Hasil panen', 'ton', 'increase', 'incremental', 0, 200),
	       (pg_temp.ps('RPT-1'), 'RUGI', 'Kehilangan hasil', 'persen', 'decrease', 'level', 20, 10)
	RETURNING id, partnership_id, code)
INSERT INTO measurement (indicator_id, partnership_id, period_end, value)
SELECT i.id, i.partnership_id, current_date - v.d, v.value
FROM i JOIN (VALUES ('PANEN', 60, 50), ('PANEN', 30, 70), ('RUGI', 60, 16), ('RUGI', 30, 14))
	AS v(code, d, value) ON v.code = i.code;

/*
 * One evaluation: clear_goals scored 5, 4, 2 by government, private and
 * community (balanced mean 3.6667, gap 3, divergent, index 66.67);
 * funding, a reverse criterion, scored 1, 2, 3 (effective 5, 4, 3:
 * balanced mean 4, strength, index 75).  Evaluation index 70.84 (BB).
 */
INSERT INTO evaluation (partnership_id, kind, period_end)
VALUES (pg_temp.ps('RPT-1'), 'monitoring', current_date - 5);
INSERT INTO response (evaluation_id, partnership_id, respondent_id, criterion, score)
SELECT e.id, e.partnership_id, pg_temp.org(v.org), v.criterion, v.score
FROM evaluation e
CROSS JOIN (VALUES ('RPT Dinas', 'clear_goals', 5), ('RPT PT Maju', 'clear_goals', 4),
                   ('RPT Kelompok Tani', 'clear_goals', 2), ('RPT Dinas', 'funding', 1),
                   ('RPT PT Maju', 'funding', 2), ('RPT Kelompok Tani', 'funding', 3))
	AS v(org, criterion, score)
WHERE e.partnership_id = pg_temp.ps('RPT-1');
UPDATE evaluation SET status = 'closed' WHERE partnership_id = pg_temp.ps('RPT-1');

INSERT INTO risk (partnership_id, challenge, description, likelihood, impact, mitigation, owner_id, status)
VALUES (pg_temp.ps('RPT-1'), 'funding', 'Dana terlambat', 4, 4, NULL, pg_temp.org('RPT Dinas'), 'open'),
       (pg_temp.ps('RPT-1'), 'coordination', 'Rapat jarang', 2, 2, 'Rapat bulanan', NULL, 'open'),
       (pg_temp.ps('RPT-1'), 'other', 'Cuaca', 5, 5, 'Asuransi', NULL, 'closed');

UPDATE partnership SET status = 'proposed' WHERE code = 'RPT-1';
UPDATE partnership SET status = 'active' WHERE code = 'RPT-1';

-- partnerships
SELECT partnership_code, formality, horizon, status, starts_on - current_date AS starts,
       ends_on - current_date AS ends, lead_name, lead_sector, member_count, sectors,
       sector_count, pentahelix_coverage
FROM partnership_report.partnerships WHERE partnership_code LIKE 'RPT-%' ORDER BY 1;
SELECT partnership_code, agreement_number, agreement_kind, days_to_expiry, currency,
       committed_total, disbursed_total, latest_evaluation_on - current_date AS evaluated,
       latest_evaluation_index, latest_evaluation_grade, latest_evaluation_grade_label,
       error_count, warning_count, open_risks, highest_risk_level
FROM partnership_report.partnerships WHERE partnership_code LIKE 'RPT-%' ORDER BY 1;

-- members
SELECT partnership_code, partner_name, sector, pentahelix, roles, roles_label, title,
       is_current, joined_late, stakeholder_quadrant, is_party_in_force, currency, committed_total,
       assignments
FROM partnership_report.members WHERE partnership_code LIKE 'RPT-%' ORDER BY 1, 2;

-- compliance
SELECT partnership_code, partnership_status, rule, severity,
       regexp_replace(message, '\d{4}-\d\d-\d\d', '(date)', 'g') AS message
FROM partnership_report.compliance WHERE partnership_code LIKE 'RPT-%' ORDER BY 1, 3;

-- agreements and agreements_expiring
SELECT partnership_code, number, kind, binding, version, status, effective_from - current_date AS from,
       days_to_expiry, effective_today, in_force, parties, parties_signed, party_names, sectors,
       clauses, missing_required_clauses
FROM partnership_report.agreements WHERE partnership_code LIKE 'RPT-%' ORDER BY 1, 2;
SELECT partnership_code, lead_name, number, kind, days_to_expiry, warning_days
FROM partnership_report.agreements_expiring WHERE partnership_code LIKE 'RPT-%';

-- funding
SELECT partnership_code, partner_name, sector, kind, description, currency, committed,
       disbursed, remaining, disbursed_percent, disbursements, last_paid_on - current_date AS paid
FROM partnership_report.funding WHERE partnership_code LIKE 'RPT-%' ORDER BY 1, 2;

-- indicators
SELECT partnership_code, indicator_code, direction, aggregation, baseline, target,
       measurements, actual, achievement_percent, progress_percent
FROM partnership_report.indicators WHERE partnership_code LIKE 'RPT-%' ORDER BY 1, 2;
-- the short names repeat the percent columns (and n the responses)
SELECT count(*) AS indicators, count(*) FILTER (WHERE achievement IS NOT DISTINCT FROM achievement_percent
       AND progress IS NOT DISTINCT FROM progress_percent) AS short_names_equal
FROM partnership_report.indicators WHERE partnership_code LIKE 'RPT-%';
SELECT count(*) AS criteria, count(*) FILTER (WHERE n = responses) AS n_equal
FROM partnership_report.evaluation_criteria WHERE partnership_code LIKE 'RPT-%';

-- evaluations and evaluation_criteria
SELECT partnership_code, kind, status, respondents, responses, sectors, sector_count,
       sufficient, criteria, index, grade, grade_label, outcome_index, process_index,
       risk_index, strengths, borderlines, concerns, divergent_criteria
FROM partnership_report.evaluations WHERE partnership_code LIKE 'RPT-%';
SELECT criterion, criterion_label, dimension, weight, reverse, responses, mean, balanced_mean,
       gap, divergent, sectors, sector_count, status, status_label, index
FROM partnership_report.evaluation_criteria WHERE partnership_code LIKE 'RPT-%' ORDER BY 1;

-- risks
SELECT partnership_code, challenge, description, likelihood, impact, rating, level,
       level_label, mitigation, owner_name, status, unmitigated
FROM partnership_report.risks WHERE partnership_code LIKE 'RPT-%' ORDER BY rating DESC;

-- sector_mix
SELECT partnership_code, sector, pentahelix, members, member_percent, leads, funders,
       present_from_start, currency, committed_total
FROM partnership_report.sector_mix WHERE partnership_code LIKE 'RPT-%' ORDER BY 1, 2;

-- commitments in two currencies are not summed into one figure: members,
-- sector_mix and partnerships give no currency and no total, as funding
-- lists each commitment in its own (1.1.0 before: members and sector_mix
-- added rupiah and dollars)
BEGIN;
INSERT INTO commitment (partnership_id, partner_id, kind, amount, currency)
VALUES (pg_temp.ps('RPT-1'), pg_temp.org('RPT PT Maju'), 'cash', 1000, 'USD');
SELECT partner_name, currency, committed_total FROM partnership_report.members
WHERE partnership_code = 'RPT-1' ORDER BY 1;
SELECT sector, currency, committed_total FROM partnership_report.sector_mix
WHERE partnership_code = 'RPT-1' ORDER BY 1;
SELECT currency, committed_total FROM partnership_report.partnerships WHERE partnership_code = 'RPT-1';
ROLLBACK;

-- an evaluation before its first response: no respondents, no sectors, as
-- agreements gives for an agreement without parties (1.1.0 before: NULL)
BEGIN;
INSERT INTO evaluation (partnership_id, period_end) VALUES (pg_temp.ps('RPT-1'), current_date - 1);
SELECT respondents, responses, sectors, sector_count, sufficient FROM partnership_report.evaluations
WHERE partnership_code = 'RPT-1' AND period_end = current_date - 1;
ROLLBACK;

-- partner_network: RPT Dinas and RPT PT Maju... share RPT-1 only; RPT Dinas
-- and RPT Kecamatan share RPT-2.
SELECT partnership_code, partner_a_name, partner_b_name, cross_sector, shared_partnerships
FROM partnership_report.partner_network WHERE partnership_code LIKE 'RPT-%' ORDER BY 1, 2, 3;

-- Labels follow partnership.language.
SET partnership.language = 'id';
SELECT partnership_code, formality_label, horizon_label, status_label, sectors_label,
       latest_evaluation_grade_label, highest_risk_level_label, agreement_kind_label
FROM partnership_report.partnerships WHERE partnership_code = 'RPT-1';
SELECT criterion_label, dimension_label, status_label, evaluation_kind_label
FROM partnership_report.evaluation_criteria WHERE partnership_code = 'RPT-1' ORDER BY 1;
SELECT partner_a_name, partner_a_sector_label, partner_b_name, partner_b_sector_label
FROM partnership_report.partner_network WHERE partnership_code = 'RPT-1' ORDER BY 1, 3;
SELECT DISTINCT agreement_kind, agreement_kind_label
FROM partnership_report.semesters WHERE partnership_code LIKE 'RPT-%' ORDER BY 1;
SELECT partner_name, sector_label, roles_label, stakeholder_quadrant_label
FROM partnership_report.members WHERE partnership_code = 'RPT-1' ORDER BY 1;
SELECT rule, rule_description FROM partnership_report.compliance WHERE partnership_code = 'RPT-2' ORDER BY 1;
RESET partnership.language;

/*
 * Index use: on a registry of a few thousand partnerships (each with
 * members, an agreement, funding, an indicator, an evaluation and a risk),
 * looking up one partnership in any view scans no registry table in full.
 * Seq scans of the small catalogues (criterion, rule, clause_kind,
 * setting) do not grow with the registry and are allowed.
 */
INSERT INTO partner (name, sector)
SELECT 'RPTGEN ' || g || CASE WHEN g % 2 = 0 THEN ' dinas' ELSE ' swasta' END,
       CASE WHEN g % 2 = 0 THEN 'government' ELSE 'private' END::sector
FROM generate_series(1, 6000) g;
INSERT INTO partnership (code, name, formality, horizon, starts_on, ends_on, objectives, owner_id)
SELECT 'RPTGEN-' || g, 'Generated ' || g, 'informal', 'operational', current_date - 10,
       current_date + 300, '{Uji}', pt.id
FROM generate_series(1, 3000) g JOIN partner pt ON pt.name = 'RPTGEN ' || (2 * g) || ' dinas';
INSERT INTO member (partnership_id, partner_id, roles, joined_on)
SELECT p.id, pt.id, CASE WHEN pt.sector = 'government' THEN '{lead}' ELSE '{funder}' END::roleset,
       current_date - 10
FROM generate_series(1, 3000) g
JOIN partnership p ON p.code = 'RPTGEN-' || g
JOIN partner pt ON pt.name IN ('RPTGEN ' || (2 * g) || ' dinas', 'RPTGEN ' || (2 * g - 1) || ' swasta');
INSERT INTO commitment (partnership_id, partner_id, kind, amount)
SELECT m.partnership_id, m.partner_id, 'cash', 100
FROM member m JOIN partnership p ON p.id = m.partnership_id
WHERE p.code LIKE 'RPTGEN-%' AND m.roles @> 'funder'::role;
INSERT INTO disbursement (commitment_id, partnership_id, amount)
SELECT c.id, c.partnership_id, 50
FROM commitment c JOIN partnership p ON p.id = c.partnership_id WHERE p.code LIKE 'RPTGEN-%';
INSERT INTO agreement (partnership_id, kind, number, effective_from, effective_to, objectives)
SELECT id, 'mou', 'GEN/' || id, current_date - 10, current_date + 300, '{Uji}'
FROM partnership WHERE code LIKE 'RPTGEN-%';
INSERT INTO agreement_party (agreement_id, partnership_id, partner_id, roles)
SELECT a.id, a.partnership_id, m.partner_id, m.roles
FROM agreement a JOIN member m ON m.partnership_id = a.partnership_id
WHERE a.number LIKE 'GEN/%';
INSERT INTO agreement_clause (agreement_id, partnership_id, kind, body)
SELECT id, partnership_id, 'object', 'Objek' FROM agreement WHERE number LIKE 'GEN/%';
INSERT INTO activity (partnership_id, name)
SELECT id, 'Kegiatan' FROM partnership WHERE code LIKE 'RPTGEN-%';
INSERT INTO assignment (activity_id, partnership_id, partner_id, raci)
SELECT a.id, a.partnership_id, m.partner_id, 'A'
FROM activity a JOIN member m ON m.partnership_id = a.partnership_id AND m.roles @> 'lead'::role
JOIN partnership p ON p.id = a.partnership_id WHERE p.code LIKE 'RPTGEN-%';
INSERT INTO indicator (partnership_id, code, name, target)
SELECT id, 'I', 'Indikator', 10 FROM partnership WHERE code LIKE 'RPTGEN-%';
INSERT INTO measurement (indicator_id, partnership_id, period_end, value)
SELECT i.id, i.partnership_id, current_date - 1, 3
FROM indicator i JOIN partnership p ON p.id = i.partnership_id WHERE p.code LIKE 'RPTGEN-%';
INSERT INTO evaluation (partnership_id, period_end)
SELECT id, current_date - 1 FROM partnership WHERE code LIKE 'RPTGEN-%';
INSERT INTO response (evaluation_id, partnership_id, respondent_id, criterion, score)
SELECT e.id, e.partnership_id, m.partner_id, c.code, 4
FROM evaluation e JOIN member m ON m.partnership_id = e.partnership_id
JOIN partnership p ON p.id = e.partnership_id
CROSS JOIN (VALUES ('trust'), ('clear_goals')) c(code)
WHERE p.code LIKE 'RPTGEN-%';
INSERT INTO risk (partnership_id, challenge, likelihood, impact)
SELECT id, 'coordination', 2, 3 FROM partnership WHERE code LIKE 'RPTGEN-%';
ANALYZE partner, partnership, member, agreement, agreement_party, agreement_clause,
	activity, assignment, commitment, disbursement, indicator, measurement, evaluation,
	response, risk, criterion, clause_kind, rule, setting;

-- The relations a generic plan for "view WHERE partnership_id = $1" reads
-- in full (Seq Scan), and whether it reads any through an index.
CREATE FUNCTION pg_temp.plan_scans(view text, OUT seq_scans text, OUT index_scans boolean)
LANGUAGE plpgsql AS $$
DECLARE
	line text;
	seqs text[] := '{}';
BEGIN
	index_scans := false;
	EXECUTE format('PREPARE report_lookup(bigint) AS SELECT * FROM partnership_report.%I WHERE partnership_id = $1', view);
	FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) EXECUTE report_lookup(1)' LOOP
		IF line ~ 'Seq Scan on ' THEN
			seqs := seqs || substring(line FROM 'Seq Scan on (\w+)');
		ELSIF line ~ 'Index (Only )?Scan|Bitmap Index Scan' THEN
			index_scans := true;
		END IF;
	END LOOP;
	DEALLOCATE report_lookup;
	SELECT string_agg(DISTINCT s, ',' ORDER BY s) INTO seq_scans FROM unnest(seqs) s;
END $$;

SET plan_cache_mode = force_generic_plan;
SELECT c.relname AS view, s.seq_scans, s.index_scans
FROM pg_class c CROSS JOIN LATERAL pg_temp.plan_scans(c.relname) s
WHERE c.relnamespace = 'partnership_report'::regnamespace
ORDER BY 1;

RESET plan_cache_mode;

-- One generated partnership's row.
SELECT partnership_code, status, member_count, sectors, agreement_kind, committed_total,
       disbursed_total, open_risks, highest_risk_level, error_count
FROM partnership_report.partnerships
WHERE partnership_id = (SELECT id FROM partnership WHERE code = 'RPTGEN-77');
