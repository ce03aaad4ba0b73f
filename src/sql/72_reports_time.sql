/* ------------------------------------------------------------------------
 * Reports over time (doc/reports.md#reports-over-time): semesters (one row
 * per partnership per half-year), activities (the work plan with RACI and
 * overdue flags) and disbursements (one row per payment).  Like the other
 * report views: security_invoker, built-in column types, labels in
 * partnership.language, and the other rows joined from subqueries grouped
 * by partnership (and half-year), or LATERAL ones keyed on the row's
 * partnership_id, or (activities) joined as rows and grouped with the
 * row's own, so that a filter on partnership_id or partnership_code stays
 * an index lookup and a full scan stays set-based and linear.
 * ------------------------------------------------------------------------
 */

/* ------------------------------------------------------------------------
 * semesters
 * ------------------------------------------------------------------------
 */

CREATE FUNCTION @extschema@.half_years(from_day pg_catalog.date, to_day pg_catalog.date)
	RETURNS SETOF pg_catalog.date AS 'MODULE_PATHNAME', 'half_years'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION @extschema@.half_years(pg_catalog.date, pg_catalog.date) IS 'first days (1 January, 1 July) of the half-years from the one holding from_day to the one holding to_day; none if to_day is before from_day or either is infinite';

CREATE FUNCTION @extschema@.half_year_start(day pg_catalog.date)
	RETURNS pg_catalog.date
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN CASE WHEN pg_catalog.isfinite(day)
		THEN pg_catalog.make_date(pg_catalog.date_part('year', day)::pg_catalog.int4,
			CASE WHEN pg_catalog.date_part('month', day) OPERATOR(pg_catalog.<=) 6 THEN 1 ELSE 7 END, 1)
		ELSE day END;
COMMENT ON FUNCTION @extschema@.half_year_start(pg_catalog.date) IS 'first day (1 January or 1 July) of the half-year holding day: the half-year a dated row is reported in; infinity and -infinity are their own';

CREATE VIEW partnership_report.semesters WITH (security_invoker = true) AS
SELECT p.id AS partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.owner_id,
	o.name AS owner_name,
	h.period_start,
	h.period_end,
	pg_catalog.date_part('year', h.period_start)::pg_catalog.int4 AS year,
	CASE WHEN pg_catalog.date_part('month', h.period_start) OPERATOR(pg_catalog.=) 1
		THEN 1 ELSE 2 END AS half,
	st.status,
	@extschema@.label(st.status::@extschema@.partnership_status) AS status_label,
	ag.agreement_id,
	ag.agreement_number,
	ag.agreement_kind,
	ag.agreement_kind_label,
	COALESCE(cm.committed, 0) AS committed,
	COALESCE(ds.disbursed, 0) AS disbursed,
	COALESCE(ds.disbursements, 0) AS disbursements,
	COALESCE(ms.measurements, 0) AS measurements,
	COALESCE(ev.evaluations, 0) AS evaluations,
	COALESCE(ev.closed_evaluations, 0) AS closed_evaluations,
	ev.evaluation_index,
	COALESCE(ev.closed_evaluations, 0) OPERATOR(pg_catalog.>) 0 AS evaluated
FROM @extschema@.partnership p
LEFT JOIN @extschema@.partner o ON o.id OPERATOR(pg_catalog.=) p.owner_id
CROSS JOIN LATERAL (
	SELECT g AS period_start,
		(g OPERATOR(pg_catalog.+) '6 months'::pg_catalog.interval
			OPERATOR(pg_catalog.-) '1 day'::pg_catalog.interval)::pg_catalog.date AS period_end,
		/*
		 * the agreement of a half-year still running is today's, of the
		 * half-year of the end the one in force on ended_on
		 */
		LEAST((g OPERATOR(pg_catalog.+) '6 months'::pg_catalog.interval
			OPERATOR(pg_catalog.-) '1 day'::pg_catalog.interval)::pg_catalog.date, p.ended_on,
			CURRENT_DATE) AS judged_on
	FROM @extschema@.half_years(p.starts_on,
		LEAST(COALESCE(p.ended_on, CURRENT_DATE), CURRENT_DATE)) AS g
	/* a partnership still to start has no half-year yet, even this one */
	WHERE p.starts_on OPERATOR(pg_catalog.<=) CURRENT_DATE) h
CROSS JOIN LATERAL (
	SELECT CASE
		WHEN p.status::pg_catalog.text OPERATOR(pg_catalog.=) ANY ('{draft,proposed}'::pg_catalog.text[])
			THEN p.status::pg_catalog.text
		WHEN p.ended_on OPERATOR(pg_catalog.<=) h.period_end THEN p.status::pg_catalog.text
		WHEN p.ended_on IS NULL AND h.period_end OPERATOR(pg_catalog.>=) CURRENT_DATE
			THEN p.status::pg_catalog.text
		ELSE 'active' END AS status) st
LEFT JOIN LATERAL (
	SELECT a.id AS agreement_id, a.number AS agreement_number,
		a.kind::pg_catalog.text AS agreement_kind,
		@extschema@.label(a.kind) AS agreement_kind_label
	FROM @extschema@.agreement a
	WHERE a.partnership_id OPERATOR(pg_catalog.=) p.id
	  AND a.status::pg_catalog.text OPERATOR(pg_catalog.<>) 'draft'
	  AND a.signed_on OPERATOR(pg_catalog.<=) h.judged_on
	  AND a.effective_from OPERATOR(pg_catalog.<=) h.judged_on
	  AND (a.effective_to IS NULL OR a.effective_to OPERATOR(pg_catalog.>=) h.judged_on)
	  /* the end terminates on ended_on what was in force to its last day */
	  AND (a.terminated_on IS NULL OR a.terminated_on OPERATOR(pg_catalog.>) h.judged_on
		   OR a.terminated_on OPERATOR(pg_catalog.=) p.ended_on)
	  /* superseded, by an addendum or not (history loaded without it): not today */
	  AND NOT (a.status::pg_catalog.text OPERATOR(pg_catalog.=) 'superseded'
			   AND h.judged_on OPERATOR(pg_catalog.>=) CURRENT_DATE)
	  AND NOT EXISTS (
		/* superseded by then: a signed addendum that does not start after it ends */
		SELECT FROM @extschema@.agreement n
		WHERE n.partnership_id OPERATOR(pg_catalog.=) p.id
		  AND n.amends_id OPERATOR(pg_catalog.=) a.id
		  AND n.status::pg_catalog.text OPERATOR(pg_catalog.<>) 'draft'
		  AND n.signed_on OPERATOR(pg_catalog.<=) h.judged_on
		  AND (a.effective_to IS NULL OR n.effective_from IS NULL
			   OR n.effective_from OPERATOR(pg_catalog.<=) a.effective_to))
	ORDER BY a.kind::pg_catalog.text OPERATOR(pg_catalog.=) ANY ('{pks,addendum}'::pg_catalog.text[]) DESC,
		a.effective_from DESC NULLS LAST, a.version DESC, a.id DESC
	LIMIT 1) ag ON true
LEFT JOIN (
	/*
	 * a commitment made during planning, before the start, or undated (as
	 * partnerships() counts it too), in the first half-year: GREATEST
	 * skips a NULL
	 */
	SELECT q.id AS partnership_id, q.code,
		@extschema@.half_year_start(GREATEST(c.committed_on, q.starts_on)) AS period_start,
		pg_catalog.sum(c.amount) AS committed
	FROM @extschema@.commitment c
	JOIN @extschema@.partnership q ON q.id OPERATOR(pg_catalog.=) c.partnership_id
	GROUP BY q.id, 3) cm
	ON cm.partnership_id OPERATOR(pg_catalog.=) p.id AND cm.code OPERATOR(pg_catalog.=) p.code
		AND cm.period_start OPERATOR(pg_catalog.=) h.period_start
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, @extschema@.half_year_start(d.paid_on) AS period_start,
		pg_catalog.sum(d.amount) AS disbursed,
		pg_catalog.count(*)::pg_catalog.int4 AS disbursements
	FROM @extschema@.disbursement d
	JOIN @extschema@.partnership q ON q.id OPERATOR(pg_catalog.=) d.partnership_id
	WHERE d.paid_on IS NOT NULL
	GROUP BY q.id, 3) ds
	ON ds.partnership_id OPERATOR(pg_catalog.=) p.id AND ds.code OPERATOR(pg_catalog.=) p.code
		AND ds.period_start OPERATOR(pg_catalog.=) h.period_start
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, @extschema@.half_year_start(m.period_end) AS period_start,
		pg_catalog.count(*)::pg_catalog.int4 AS measurements
	FROM @extschema@.measurement m
	JOIN @extschema@.partnership q ON q.id OPERATOR(pg_catalog.=) m.partnership_id
	WHERE m.period_end IS NOT NULL
	GROUP BY q.id, 3) ms
	ON ms.partnership_id OPERATOR(pg_catalog.=) p.id AND ms.code OPERATOR(pg_catalog.=) p.code
		AND ms.period_start OPERATOR(pg_catalog.=) h.period_start
LEFT JOIN (
	SELECT e.partnership_id, e.partnership_code,
		@extschema@.half_year_start(e.period_end) AS period_start,
		pg_catalog.count(*)::pg_catalog.int4 AS evaluations,
		(pg_catalog.count(*) FILTER (WHERE e.status OPERATOR(pg_catalog.=) 'closed'))::pg_catalog.int4
			AS closed_evaluations,
		pg_catalog.round(pg_catalog.avg(e.index) FILTER (WHERE e.status OPERATOR(pg_catalog.=) 'closed'), 2)::pg_catalog.numeric(5, 2)
			AS evaluation_index
	FROM partnership_report.evaluations e
	GROUP BY e.partnership_id, e.partnership_code, 3) ev
	ON ev.partnership_id OPERATOR(pg_catalog.=) p.id AND ev.partnership_code OPERATOR(pg_catalog.=) p.code
		AND ev.period_start OPERATOR(pg_catalog.=) h.period_start;

COMMENT ON VIEW partnership_report.semesters IS 'one row per partnership per half-year (1 Jan-30 Jun, 1 Jul-31 Dec) from the half-year of its starts_on to today or its ended_on: owner, status, agreement in force, funding, measurements and evaluations of the half-year, and whether it was evaluated (the twice-yearly evaluation of every cooperation)';
COMMENT ON COLUMN partnership_report.semesters.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.semesters.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.semesters.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.semesters.owner_id IS 'identity of the government partner that owns the partnership';
COMMENT ON COLUMN partnership_report.semesters.owner_name IS 'name of the owner (the institution reporting)';
COMMENT ON COLUMN partnership_report.semesters.period_start IS 'first day of the half-year (1 January or 1 July)';
COMMENT ON COLUMN partnership_report.semesters.period_end IS 'last day of the half-year (30 June or 31 December)';
COMMENT ON COLUMN partnership_report.semesters.year IS 'year of the half-year';
COMMENT ON COLUMN partnership_report.semesters.half IS '1 for January-June, 2 for July-December';
COMMENT ON COLUMN partnership_report.semesters.status IS 'status at the end of the half-year as the registry''s dates tell it: the final status from the half-year of ended_on, the current status for the current half-year and for a partnership not yet active, else active (suspensions are dated only in the audit trail)';
COMMENT ON COLUMN partnership_report.semesters.status_label IS 'status label in partnership.language';
COMMENT ON COLUMN partnership_report.semesters.agreement_id IS 'identity of the agreement in force on the last day of the half-year, or today for the half-year still running, or ended_on for the half-year of the end (binding first, then the newest), NULL if none';
COMMENT ON COLUMN partnership_report.semesters.agreement_number IS 'registration number of that agreement';
COMMENT ON COLUMN partnership_report.semesters.agreement_kind IS 'kind of that agreement: pks, addendum or mou';
COMMENT ON COLUMN partnership_report.semesters.agreement_kind_label IS 'kind label of that agreement in partnership.language';
COMMENT ON COLUMN partnership_report.semesters.committed IS 'total of the commitments made in the half-year (committed_on; one made before starts_on, during planning, or undated, in the first half-year), all currencies added';
COMMENT ON COLUMN partnership_report.semesters.disbursed IS 'total paid in the half-year (paid_on)';
COMMENT ON COLUMN partnership_report.semesters.disbursements IS 'number of payments in the half-year';
COMMENT ON COLUMN partnership_report.semesters.measurements IS 'number of indicator measurements whose period ends in the half-year';
COMMENT ON COLUMN partnership_report.semesters.evaluations IS 'number of evaluations whose period ends in the half-year, open or closed';
COMMENT ON COLUMN partnership_report.semesters.closed_evaluations IS 'number of those evaluations that are closed (held)';
COMMENT ON COLUMN partnership_report.semesters.evaluation_index IS 'mean index (0-100) of the closed evaluations of the half-year, as in view evaluations; NULL if none';
COMMENT ON COLUMN partnership_report.semesters.evaluated IS 'true when at least one evaluation of the half-year is closed';

/* ------------------------------------------------------------------------
 * activities
 * ------------------------------------------------------------------------
 */
CREATE VIEW partnership_report.activities WITH (security_invoker = true) AS
SELECT a.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	@extschema@.label(p.status) AS partnership_status_label,
	a.id AS activity_id,
	a.name AS activity_name,
	a.due_on,
	a.status::pg_catalog.text AS status,
	@extschema@.label(a.status) AS status_label,
	a.status::pg_catalog.text OPERATOR(pg_catalog.=) ANY ('{planned,in_progress}'::pg_catalog.text[]) AS is_open,
	/* overdue as of today, or of the end once the partnership has ended */
	a.status::pg_catalog.text OPERATOR(pg_catalog.=) ANY ('{planned,in_progress}'::pg_catalog.text[])
		AND a.due_on IS NOT NULL
		AND a.due_on OPERATOR(pg_catalog.<) LEAST(CURRENT_DATE, p.ended_on) AS overdue,
	CASE WHEN a.status::pg_catalog.text OPERATOR(pg_catalog.=) ANY ('{planned,in_progress}'::pg_catalog.text[])
		AND a.due_on OPERATOR(pg_catalog.<) LEAST(CURRENT_DATE, p.ended_on)
		THEN LEAST(CURRENT_DATE, p.ended_on) OPERATOR(pg_catalog.-) a.due_on END AS days_overdue,
	pg_catalog.string_agg(pt.name, ', ' ORDER BY pt.name)
		FILTER (WHERE s.raci::pg_catalog.text OPERATOR(pg_catalog.=) 'R') AS responsible,
	pg_catalog.string_agg(pt.name, ', ' ORDER BY pt.name)
		FILTER (WHERE s.raci::pg_catalog.text OPERATOR(pg_catalog.=) 'A') AS accountable,
	pg_catalog.string_agg(pt.name, ', ' ORDER BY pt.name)
		FILTER (WHERE s.raci::pg_catalog.text OPERATOR(pg_catalog.=) 'C') AS consulted,
	pg_catalog.string_agg(pt.name, ', ' ORDER BY pt.name)
		FILTER (WHERE s.raci::pg_catalog.text OPERATOR(pg_catalog.=) 'I') AS informed,
	(pg_catalog.count(*) FILTER (WHERE s.raci::pg_catalog.text OPERATOR(pg_catalog.=) 'A'))::pg_catalog.int4
		AS accountable_count,
	pg_catalog.count(*) FILTER (WHERE s.raci::pg_catalog.text OPERATOR(pg_catalog.=) 'A')
		OPERATOR(pg_catalog.=) 1 AS raci_ok
FROM @extschema@.activity a
JOIN @extschema@.partnership p ON p.id OPERATOR(pg_catalog.=) a.partnership_id
LEFT JOIN @extschema@.assignment s ON s.partnership_id OPERATOR(pg_catalog.=) a.partnership_id
	AND s.activity_id OPERATOR(pg_catalog.=) a.id
LEFT JOIN @extschema@.partner pt ON pt.id OPERATOR(pg_catalog.=) s.partner_id
-- One grouping of the activity's own rows, keyed on the columns a filter
-- names (pushed below the grouping to the indexes): no subquery grouped on
-- its own, which the planner, underestimating the rows a multi-institution
-- role reads, would run again for every activity.
GROUP BY a.partnership_id, p.code, a.id, p.id;

COMMENT ON VIEW partnership_report.activities IS 'the work plan: one row per activity, with who is responsible, accountable, consulted and informed (RACI) and whether it is overdue';
COMMENT ON COLUMN partnership_report.activities.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.activities.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.activities.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.activities.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.activities.partnership_status_label IS 'status label of the partnership in partnership.language';
COMMENT ON COLUMN partnership_report.activities.activity_id IS 'identity of the activity';
COMMENT ON COLUMN partnership_report.activities.activity_name IS 'what is to be done';
COMMENT ON COLUMN partnership_report.activities.due_on IS 'day the activity is due';
COMMENT ON COLUMN partnership_report.activities.status IS 'planned, in_progress, done or cancelled';
COMMENT ON COLUMN partnership_report.activities.status_label IS 'status label in partnership.language';
COMMENT ON COLUMN partnership_report.activities.is_open IS 'true while planned or in progress';
COMMENT ON COLUMN partnership_report.activities.overdue IS 'true when open and due before today (before ended_on once the partnership has ended); false without due_on';
COMMENT ON COLUMN partnership_report.activities.days_overdue IS 'days from due_on to today (to ended_on once the partnership has ended) for an overdue activity, else NULL';
COMMENT ON COLUMN partnership_report.activities.responsible IS 'members responsible (R), comma-separated';
COMMENT ON COLUMN partnership_report.activities.accountable IS 'members accountable (A), comma-separated';
COMMENT ON COLUMN partnership_report.activities.consulted IS 'members consulted (C), comma-separated';
COMMENT ON COLUMN partnership_report.activities.informed IS 'members informed (I), comma-separated';
COMMENT ON COLUMN partnership_report.activities.accountable_count IS 'number of accountable members';
COMMENT ON COLUMN partnership_report.activities.raci_ok IS 'true with exactly one accountable member (rule raci_accountable)';

/* ------------------------------------------------------------------------
 * disbursements
 * ------------------------------------------------------------------------
 */
CREATE VIEW partnership_report.disbursements WITH (security_invoker = true) AS
SELECT d.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	d.id AS disbursement_id,
	d.commitment_id,
	c.partner_id,
	pt.name AS partner_name,
	pt.sector::pg_catalog.text AS sector,
	@extschema@.label(pt.sector) AS sector_label,
	c.kind::pg_catalog.text AS kind,
	@extschema@.label(c.kind) AS kind_label,
	c.currency,
	d.amount,
	d.paid_on,
	pg_catalog.date_part('year', d.paid_on)::pg_catalog.int4 AS year,
	CASE WHEN pg_catalog.date_part('month', d.paid_on) OPERATOR(pg_catalog.<=) 6 THEN 1
		WHEN d.paid_on IS NOT NULL THEN 2 END AS half,
	pg_catalog.date_trunc('month', d.paid_on)::pg_catalog.date AS month
FROM @extschema@.disbursement d
JOIN @extschema@.partnership p ON p.id OPERATOR(pg_catalog.=) d.partnership_id
JOIN @extschema@.commitment c ON c.partnership_id OPERATOR(pg_catalog.=) d.partnership_id
	AND c.id OPERATOR(pg_catalog.=) d.commitment_id
JOIN @extschema@.partner pt ON pt.id OPERATOR(pg_catalog.=) c.partner_id;

COMMENT ON VIEW partnership_report.disbursements IS 'one row per payment against a commitment, dated, for time series';
COMMENT ON COLUMN partnership_report.disbursements.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.disbursements.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.disbursements.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.disbursements.disbursement_id IS 'identity of the disbursement';
COMMENT ON COLUMN partnership_report.disbursements.commitment_id IS 'identity of the commitment paid against';
COMMENT ON COLUMN partnership_report.disbursements.partner_id IS 'identity of the committing member';
COMMENT ON COLUMN partnership_report.disbursements.partner_name IS 'name of the committing member';
COMMENT ON COLUMN partnership_report.disbursements.sector IS 'sector of the committing member';
COMMENT ON COLUMN partnership_report.disbursements.sector_label IS 'sector label in partnership.language';
COMMENT ON COLUMN partnership_report.disbursements.kind IS 'cash or in_kind';
COMMENT ON COLUMN partnership_report.disbursements.kind_label IS 'kind label in partnership.language';
COMMENT ON COLUMN partnership_report.disbursements.currency IS 'ISO 4217 currency of the amount';
COMMENT ON COLUMN partnership_report.disbursements.amount IS 'amount paid';
COMMENT ON COLUMN partnership_report.disbursements.paid_on IS 'day of payment';
COMMENT ON COLUMN partnership_report.disbursements.year IS 'year of payment';
COMMENT ON COLUMN partnership_report.disbursements.half IS 'half-year of payment: 1 January-June, 2 July-December; NULL without paid_on';
COMMENT ON COLUMN partnership_report.disbursements.month IS 'first day of the month of payment';
