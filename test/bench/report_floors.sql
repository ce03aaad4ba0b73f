-- test/bench/report_floors.sql
--
-- The report views that benchmarks P7 and P8 (test/bench/p7_p8_reports.sh)
-- time, one row each, with the floor of each: a plain query that reads
-- and joins the same base rows as the view (the same tables, the same
-- joins and groupings, built-in aggregates such as count and sum) with no
-- function call of the extension, no label and no cast to text.  P8 is
-- the view's full scan over its floor's.  A new view is one more row.
-- See doc/performance.md, "P7 and P8".

CREATE TABLE bench.report_floor (
	view_name text PRIMARY KEY,
	floor text NOT NULL
);

INSERT INTO bench.report_floor VALUES
('members', $$
SELECT m.partnership_id, p.code, p.name, p.status, m.partner_id, pt.name, pt.sector, m.roles,
	m.title, m.joined_on, m.left_on, m.influence, m.interest, ap.partner_id,
	cm.total, sg.n, ct.contacts, m.extra, pt.extra
FROM partnership.member m
JOIN partnership.partnership p ON p.id = m.partnership_id
JOIN partnership.partner pt ON pt.id = m.partner_id
LEFT JOIN (SELECT DISTINCT ON (a.partnership_id) a.partnership_id, a.id FROM partnership.agreement a
	WHERE a.effective_from <= CURRENT_DATE ORDER BY a.partnership_id, a.version DESC) f
	ON f.partnership_id = m.partnership_id
LEFT JOIN partnership.agreement_party ap ON ap.partnership_id = m.partnership_id
	AND ap.agreement_id = f.id AND ap.partner_id = m.partner_id
LEFT JOIN (SELECT partnership_id, partner_id, sum(amount) AS total FROM partnership.commitment
	GROUP BY 1, 2) cm ON cm.partnership_id = m.partnership_id AND cm.partner_id = m.partner_id
LEFT JOIN (SELECT partnership_id, partner_id, count(*) AS n FROM partnership.assignment
	GROUP BY 1, 2) sg ON sg.partnership_id = m.partnership_id AND sg.partner_id = m.partner_id
LEFT JOIN (SELECT mc.partnership_id, mc.partner_id, count(*) AS contacts FROM partnership.member mc
	JOIN partnership.contact c ON c.partner_id = mc.partner_id GROUP BY 1, 2) ct
	ON ct.partnership_id = m.partnership_id AND ct.partner_id = m.partner_id
$$),
('agreements', $$
SELECT a.*, p.code, p.name, p.status, f.id, pa.n, pa.names, cl.n, mc.n, dc.n
FROM partnership.agreement a
JOIN partnership.partnership p ON p.id = a.partnership_id
LEFT JOIN (SELECT DISTINCT ON (ag.partnership_id) ag.partnership_id, ag.id FROM partnership.agreement ag
	WHERE ag.effective_from <= CURRENT_DATE ORDER BY ag.partnership_id, ag.version DESC) f
	ON f.partnership_id = a.partnership_id
LEFT JOIN (SELECT ap.partnership_id, ap.agreement_id, count(*) AS n, string_agg(pt.name, '; ') AS names
	FROM partnership.agreement_party ap JOIN partnership.partner pt ON pt.id = ap.partner_id
	GROUP BY 1, 2) pa ON pa.partnership_id = a.partnership_id AND pa.agreement_id = a.id
LEFT JOIN (SELECT partnership_id, agreement_id, count(*) AS n FROM partnership.agreement_clause
	GROUP BY 1, 2) cl ON cl.partnership_id = a.partnership_id AND cl.agreement_id = a.id
LEFT JOIN (SELECT ab.partnership_id, ab.id, count(*) AS n FROM partnership.agreement ab
	CROSS JOIN partnership.clause_kind k WHERE k.required AND NOT EXISTS (SELECT 1
		FROM partnership.agreement_clause c WHERE c.partnership_id = ab.partnership_id
		AND c.agreement_id = ab.id AND c.kind = k.code)
	GROUP BY 1, 2) mc ON mc.partnership_id = a.partnership_id AND mc.id = a.id
LEFT JOIN (SELECT partnership_id, agreement_id, count(*) AS n FROM partnership.document
	GROUP BY 1, 2) dc ON dc.partnership_id = a.partnership_id AND dc.agreement_id = a.id
$$),
('agreements_expiring', $$
SELECT a.*, p.code, p.name, p.status, ld.name
FROM partnership.agreement a
JOIN partnership.partnership p ON p.id = a.partnership_id
LEFT JOIN (SELECT DISTINCT ON (m.partnership_id) m.partnership_id, pt.name FROM partnership.member m
	JOIN partnership.partner pt ON pt.id = m.partner_id WHERE m.left_on IS NULL
	ORDER BY m.partnership_id, m.partner_id) ld ON ld.partnership_id = a.partnership_id
WHERE a.effective_from <= CURRENT_DATE AND a.effective_to >= CURRENT_DATE
  AND a.effective_to <= CURRENT_DATE + 90
$$),
('funding', $$
SELECT c.*, p.code, p.name, p.status, pt.name, pt.sector, d.s, d.n, d.last
FROM partnership.commitment c
JOIN partnership.partnership p ON p.id = c.partnership_id
JOIN partnership.partner pt ON pt.id = c.partner_id
LEFT JOIN (SELECT partnership_id, commitment_id, sum(amount) AS s, count(*) AS n, max(paid_on) AS last
	FROM partnership.disbursement GROUP BY 1, 2) d
	ON d.partnership_id = c.partnership_id AND d.commitment_id = c.id
$$),
('indicators', $$
SELECT i.*, p.code, p.name, p.status, m.n, m.last, m.total
FROM partnership.indicator i
JOIN partnership.partnership p ON p.id = i.partnership_id
LEFT JOIN (SELECT partnership_id, indicator_id, count(*) AS n, max(period_end) AS last, sum(value) AS total
	FROM partnership.measurement GROUP BY 1, 2) m
	ON m.partnership_id = i.partnership_id AND m.indicator_id = i.id
$$),
('evaluation_criteria', $$
SELECT e.*, p.code, p.name, c.code, c.label_en, c.dimension, c.weight, c.reverse, x.n, x.total
FROM partnership.evaluation e
JOIN partnership.partnership p ON p.id = e.partnership_id
JOIN (SELECT r.partnership_id, r.evaluation_id, r.criterion, count(*) AS n, sum(r.score) AS total
	FROM partnership.response r JOIN partnership.partner pt ON pt.id = r.respondent_id
	JOIN partnership.criterion cr ON cr.code = r.criterion GROUP BY 1, 2, 3) x
	ON x.partnership_id = e.partnership_id AND x.evaluation_id = e.id
JOIN partnership.criterion c ON c.code = x.criterion
$$),
('evaluations', $$
SELECT e.*, p.code, p.name, p.status, rs.n, rs.respondents, ix.n, ix.total
FROM partnership.evaluation e
JOIN partnership.partnership p ON p.id = e.partnership_id
LEFT JOIN (SELECT r.partnership_id, r.evaluation_id, count(DISTINCT r.respondent_id) AS respondents,
	count(*) AS n FROM partnership.response r JOIN partnership.partner pt ON pt.id = r.respondent_id
	GROUP BY 1, 2) rs ON rs.partnership_id = e.partnership_id AND rs.evaluation_id = e.id
LEFT JOIN (SELECT x.partnership_id, x.evaluation_id, count(*) AS n, sum(x.total) AS total
	FROM (SELECT r.partnership_id, r.evaluation_id, r.criterion, sum(r.score) AS total
		FROM partnership.response r JOIN partnership.partner pt ON pt.id = r.respondent_id
		JOIN partnership.criterion cr ON cr.code = r.criterion GROUP BY 1, 2, 3) x
	JOIN partnership.evaluation e2 ON e2.partnership_id = x.partnership_id AND e2.id = x.evaluation_id
	JOIN partnership.partnership p2 ON p2.id = e2.partnership_id
	JOIN partnership.criterion c ON c.code = x.criterion GROUP BY 1, 2) ix
	ON ix.partnership_id = e.partnership_id AND ix.evaluation_id = e.id
$$),
('risks', $$
SELECT r.*, p.code, p.name, p.status, o.name
FROM partnership.risk r
JOIN partnership.partnership p ON p.id = r.partnership_id
LEFT JOIN partnership.partner o ON o.id = r.owner_id
$$),
('sector_mix', $$
SELECT p.id, p.code, p.name, p.status, p.formality, p.horizon, x.*
FROM partnership.partnership p
JOIN (SELECT m.partnership_id, pt.sector, count(*) AS n, sum(count(*)) OVER (PARTITION BY m.partnership_id) AS all_n,
	min(m.joined_on) AS first_joined, sum(cm.total) AS total
	FROM partnership.member m JOIN partnership.partner pt ON pt.id = m.partner_id
	LEFT JOIN (SELECT partnership_id, partner_id, sum(amount) AS total FROM partnership.commitment
		GROUP BY 1, 2) cm ON cm.partnership_id = m.partnership_id AND cm.partner_id = m.partner_id
	WHERE m.left_on IS NULL GROUP BY 1, 2) x ON x.partnership_id = p.id
$$),
('partner_network', $$
SELECT a.partnership_id, p.code, p.name, p.status, a.partner_id, pa.name, pa.sector,
	b.partner_id, pb.name, pb.sector, count(*)
FROM partnership.member a
JOIN partnership.member b ON b.partnership_id = a.partnership_id AND b.partner_id > a.partner_id
JOIN partnership.partnership p ON p.id = a.partnership_id
JOIN partnership.partner pa ON pa.id = a.partner_id
JOIN partnership.partner pb ON pb.id = b.partner_id
JOIN partnership.member x ON x.partner_id = a.partner_id
JOIN partnership.member y ON y.partnership_id = x.partnership_id AND y.partner_id = b.partner_id
GROUP BY a.partnership_id, a.partner_id, b.partner_id, p.id, pa.id, pb.id
$$),
('compliance', $$
SELECT p.id, p.code, p.name, p.status, m.n, m.sectors, cm.n, a.n, pa.n, cl.n, ac.n, sg.n, ev.n, rk.n
FROM partnership.partnership p
LEFT JOIN (SELECT m.partnership_id, count(*) AS n, count(DISTINCT pt.sector) AS sectors
	FROM partnership.member m JOIN partnership.partner pt ON pt.id = m.partner_id GROUP BY 1) m
	ON m.partnership_id = p.id
LEFT JOIN (SELECT partnership_id, count(*) AS n FROM partnership.commitment GROUP BY 1) cm ON cm.partnership_id = p.id
LEFT JOIN (SELECT partnership_id, count(*) AS n FROM partnership.agreement GROUP BY 1) a ON a.partnership_id = p.id
LEFT JOIN (SELECT partnership_id, count(*) AS n FROM partnership.agreement_party GROUP BY 1) pa ON pa.partnership_id = p.id
LEFT JOIN (SELECT partnership_id, count(*) AS n FROM partnership.agreement_clause GROUP BY 1) cl ON cl.partnership_id = p.id
LEFT JOIN (SELECT partnership_id, count(*) AS n FROM partnership.activity GROUP BY 1) ac ON ac.partnership_id = p.id
LEFT JOIN (SELECT s.partnership_id, count(*) AS n FROM partnership.assignment s
	JOIN partnership.partner pt ON pt.id = s.partner_id GROUP BY 1) sg ON sg.partnership_id = p.id
LEFT JOIN (SELECT partnership_id, count(*) AS n FROM partnership.evaluation GROUP BY 1) ev ON ev.partnership_id = p.id
LEFT JOIN (SELECT partnership_id, count(*) AS n FROM partnership.risk GROUP BY 1) rk ON rk.partnership_id = p.id
$$),
('partnerships', $$
SELECT p.*, o.name, ms.n, ld.partner_id, ag.id, fu.total, ds.total, ev.id, ev.total, rk.n, dc.n, pa.n, cl.n, ac.n, sg.n
FROM partnership.partnership p
LEFT JOIN partnership.partner o ON o.id = p.owner_id
LEFT JOIN (SELECT partnership_id, count(*) AS n FROM partnership.member WHERE left_on IS NULL
	GROUP BY 1) ms ON ms.partnership_id = p.id
LEFT JOIN (SELECT DISTINCT ON (m.partnership_id) m.partnership_id, m.partner_id, pt.name
	FROM partnership.member m JOIN partnership.partner pt ON pt.id = m.partner_id
	WHERE m.left_on IS NULL ORDER BY m.partnership_id, m.partner_id) ld ON ld.partnership_id = p.id
LEFT JOIN (SELECT DISTINCT ON (a.partnership_id) a.partnership_id, a.id FROM partnership.agreement a
	WHERE a.effective_from <= CURRENT_DATE ORDER BY a.partnership_id, a.version DESC) ag
	ON ag.partnership_id = p.id
LEFT JOIN (SELECT partnership_id, sum(amount) AS total FROM partnership.commitment GROUP BY 1) fu
	ON fu.partnership_id = p.id
LEFT JOIN (SELECT partnership_id, sum(amount) AS total FROM partnership.disbursement GROUP BY 1) ds
	ON ds.partnership_id = p.id
LEFT JOIN (SELECT DISTINCT ON (e.partnership_id) e.partnership_id, e.id, ix.total FROM partnership.evaluation e
	JOIN (SELECT x.evaluation_id, count(*) AS n, sum(x.total) AS total
		FROM (SELECT r.partnership_id, r.evaluation_id, r.criterion, sum(r.score) AS total
			FROM partnership.response r JOIN partnership.partner pt ON pt.id = r.respondent_id
			JOIN partnership.criterion cr ON cr.code = r.criterion GROUP BY 1, 2, 3) x
		GROUP BY 1) ix ON ix.evaluation_id = e.id
	ORDER BY e.partnership_id, e.period_end DESC, e.id DESC) ev ON ev.partnership_id = p.id
LEFT JOIN (SELECT partnership_id, count(*) AS n FROM partnership.risk GROUP BY 1) rk ON rk.partnership_id = p.id
LEFT JOIN (SELECT partnership_id, count(*) AS n FROM partnership.document GROUP BY 1) dc ON dc.partnership_id = p.id
LEFT JOIN (SELECT partnership_id, count(*) AS n FROM partnership.agreement_party GROUP BY 1) pa ON pa.partnership_id = p.id
LEFT JOIN (SELECT partnership_id, count(*) AS n FROM partnership.agreement_clause GROUP BY 1) cl ON cl.partnership_id = p.id
LEFT JOIN (SELECT partnership_id, count(*) AS n FROM partnership.activity GROUP BY 1) ac ON ac.partnership_id = p.id
LEFT JOIN (SELECT partnership_id, count(*) AS n FROM partnership.assignment GROUP BY 1) sg ON sg.partnership_id = p.id
$$),
('activities', $$
SELECT a.partnership_id, p.code, p.name, p.status, a.id, a.name, a.due_on, a.status,
	r.responsible, r.accountable, r.n
FROM partnership.activity a
JOIN partnership.partnership p ON p.id = a.partnership_id
LEFT JOIN (SELECT s.activity_id, string_agg(pt.name, ', ') AS responsible,
		string_agg(pt.name, ', ' ORDER BY pt.name) AS accountable, count(*) AS n
	FROM partnership.assignment s JOIN partnership.partner pt ON pt.id = s.partner_id
	GROUP BY 1) r ON r.activity_id = a.id
$$),
('disbursements', $$
SELECT d.partnership_id, p.code, p.name, d.id, d.commitment_id, c.partner_id, pt.name, pt.sector,
	c.kind, c.currency, d.amount, d.paid_on
FROM partnership.disbursement d
JOIN partnership.partnership p ON p.id = d.partnership_id
JOIN partnership.commitment c ON c.partnership_id = d.partnership_id AND c.id = d.commitment_id
JOIN partnership.partner pt ON pt.id = c.partner_id
$$),
('semesters', $$
SELECT p.id, p.code, o.name, h.g, ag.id, cm.total, ds.total, ms.n, ev.n, ev.total
FROM partnership.partnership p
LEFT JOIN partnership.partner o ON o.id = p.owner_id
CROSS JOIN LATERAL generate_series(date_trunc('year', p.starts_on), LEAST(coalesce(p.ended_on, CURRENT_DATE), CURRENT_DATE),
	'6 months') AS h(g)
LEFT JOIN (SELECT partnership_id, max(id) AS id FROM partnership.agreement WHERE signed_on IS NOT NULL
	GROUP BY 1) ag ON ag.partnership_id = p.id
LEFT JOIN (SELECT partnership_id, make_date(extract(year FROM committed_on)::int,
		CASE WHEN extract(month FROM committed_on) <= 6 THEN 1 ELSE 7 END, 1) AS g, sum(amount) AS total
	FROM partnership.commitment GROUP BY 1, 2) cm ON cm.partnership_id = p.id AND cm.g = h.g
LEFT JOIN (SELECT partnership_id, make_date(extract(year FROM paid_on)::int,
		CASE WHEN extract(month FROM paid_on) <= 6 THEN 1 ELSE 7 END, 1) AS g, sum(amount) AS total
	FROM partnership.disbursement GROUP BY 1, 2) ds ON ds.partnership_id = p.id AND ds.g = h.g
LEFT JOIN (SELECT partnership_id, make_date(extract(year FROM period_end)::int,
		CASE WHEN extract(month FROM period_end) <= 6 THEN 1 ELSE 7 END, 1) AS g, count(*) AS n
	FROM partnership.measurement GROUP BY 1, 2) ms ON ms.partnership_id = p.id AND ms.g = h.g
LEFT JOIN (SELECT e.partnership_id, make_date(extract(year FROM e.period_end)::int,
		CASE WHEN extract(month FROM e.period_end) <= 6 THEN 1 ELSE 7 END, 1) AS g,
		count(*) AS n, sum(x.total) AS total
	FROM partnership.evaluation e
	JOIN (SELECT r.partnership_id, r.evaluation_id, r.criterion, sum(r.score) AS total
		FROM partnership.response r JOIN partnership.partner pt ON pt.id = r.respondent_id
		JOIN partnership.criterion cr ON cr.code = r.criterion GROUP BY 1, 2, 3) x
		ON x.partnership_id = e.partnership_id AND x.evaluation_id = e.id
	GROUP BY 1, 2) ev ON ev.partnership_id = p.id AND ev.g = h.g
$$);
