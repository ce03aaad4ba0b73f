
/* ------------------------------------------------------------------------
 * Reports for BI (doc/reports.md): the views of schema partnership_report.
 *
 * Every view is security_invoker, so the reader's own rights (and any
 * row-level security on the tables) apply; every column is a built-in type
 * (the extension's vocabulary types are cast to text, with a *_label column
 * beside each code in the language of partnership.language).
 *
 * Each view starts from one registry table and joins everything else as
 * grouped subqueries keyed on partnership_id (and the row's id), or as one
 * join with a GROUP BY over it: a full scan runs as hash joins, one pass
 * over each table, while a filter on partnership_id is carried by the
 * planner into every subquery down to its index, so looking up one
 * partnership costs the same at any registry size.  No correlated
 * subquery, no SQL function call per row: the label and classification
 * functions are C, the shared definitions (is_current_member, is_in_force,
 * is_blank...) are inlined.  sql/reports_plans.sql proves both plans.
 * See doc/reports.md.
 * ------------------------------------------------------------------------
 */

CREATE SCHEMA partnership_report;
COMMENT ON SCHEMA partnership_report IS 'report views of the partnership extension for BI tools: plain SQL column types, security_invoker, labels in partnership.language';

/*
 * The language of the labels, from setting partnership.language.  The
 * label functions are C table lookups (src/reports/labels.c): a view calls them
 * once per row.
 */
CREATE FUNCTION @extschema@.report_language()
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'report_language'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.report_language() IS 'language of report labels: ''id'' or ''en'', from setting partnership.language';

/*
 * Labels of the plain-text codes the scoring functions return (risk levels,
 * factor statuses, stakeholder quadrants); other text is returned as is.
 */
CREATE FUNCTION @extschema@.term_label(term pg_catalog.text, lang pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'term_label_lang'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_label(pg_catalog.text, pg_catalog.text) IS 'label of a scoring code (risk level, factor status, stakeholder quadrant) in a language: en or id';

CREATE FUNCTION @extschema@.term_label(term pg_catalog.text)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'term_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.term_label(pg_catalog.text) IS 'label of a scoring code (risk level, factor status, stakeholder quadrant) in the language of partnership.language';

/*
 * Labels of the members of a set, comma separated, in partnership.language
 * (NULL for the empty set).
 */
CREATE FUNCTION @extschema@.set_label(s @extschema@.sectorset)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'sectorset_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.set_label(@extschema@.sectorset) IS 'labels of the sectors of a set, comma separated, in the language of partnership.language';

CREATE FUNCTION @extschema@.set_label(s @extschema@.roleset)
	RETURNS pg_catalog.text AS 'MODULE_PATHNAME', 'roleset_label'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.set_label(@extschema@.roleset) IS 'labels of the roles of a set, comma separated, in the language of partnership.language';

/*
 * One definition per meaning, for the views and the scoring functions:
 * SQL-standard bodies without SET clauses, so that the planner inlines
 * them into the query (no function call per row).  The C rules use the
 * same definitions (doc/reports.md, "Shared definitions").  A vocabulary
 * column is compared with its own type's = (not as text), so that the
 * planner estimates the filter from the column's statistics.
 */
CREATE FUNCTION @extschema@.is_current_member(joined_on pg_catalog.date, left_on pg_catalog.date)
	RETURNS pg_catalog.bool
	LANGUAGE sql STABLE PARALLEL SAFE
	RETURN (left_on IS NULL OR left_on OPERATOR(pg_catalog.>) CURRENT_DATE)
		AND (joined_on IS NULL OR joined_on OPERATOR(pg_catalog.<=) CURRENT_DATE);
COMMENT ON FUNCTION @extschema@.is_current_member(pg_catalog.date, pg_catalog.date) IS 'true for a member who has joined by today (or has no join day) and not left by today: the current member of the rules';

CREATE FUNCTION @extschema@.is_effective(status @extschema@.agreement_status, effective_from pg_catalog.date, effective_to pg_catalog.date)
	RETURNS pg_catalog.bool
	LANGUAGE sql STABLE PARALLEL SAFE
	RETURN status OPERATOR(@extschema@.=) 'signed'
		AND effective_from OPERATOR(pg_catalog.<=) CURRENT_DATE
		AND (effective_to IS NULL OR effective_to OPERATOR(pg_catalog.>=) CURRENT_DATE);
COMMENT ON FUNCTION @extschema@.is_effective(@extschema@.agreement_status, pg_catalog.date, pg_catalog.date) IS 'true for a signed agreement whose period holds today (any kind)';

CREATE FUNCTION @extschema@.is_in_force(kind @extschema@.agreement_kind, status @extschema@.agreement_status, effective_from pg_catalog.date, effective_to pg_catalog.date)
	RETURNS pg_catalog.bool
	LANGUAGE sql STABLE PARALLEL SAFE
	RETURN (kind OPERATOR(@extschema@.=) 'pks' OR kind OPERATOR(@extschema@.=) 'addendum')
		AND status OPERATOR(@extschema@.=) 'signed'
		AND effective_from OPERATOR(pg_catalog.<=) CURRENT_DATE
		AND (effective_to IS NULL OR effective_to OPERATOR(pg_catalog.>=) CURRENT_DATE);
COMMENT ON FUNCTION @extschema@.is_in_force(@extschema@.agreement_kind, @extschema@.agreement_status, pg_catalog.date, pg_catalog.date) IS 'true for an agreement in force: a binding one (pks or addendum), signed, effective_from <= today <= effective_to (or no end): the agreement in force of the rules';

CREATE FUNCTION @extschema@.takes_over(kind @extschema@.agreement_kind, status @extschema@.agreement_status, effective_from pg_catalog.date, effective_to pg_catalog.date, from_kind @extschema@.agreement_kind, from_effective_to pg_catalog.date)
	RETURNS pg_catalog.bool
	LANGUAGE sql STABLE PARALLEL SAFE
	RETURN (kind OPERATOR(@extschema@.=) 'pks' OR kind OPERATOR(@extschema@.=) 'addendum')
		AND (from_kind OPERATOR(@extschema@.=) 'pks' OR from_kind OPERATOR(@extschema@.=) 'addendum')
		AND status OPERATOR(@extschema@.=) 'signed'
		AND effective_from OPERATOR(pg_catalog.>) CURRENT_DATE
		AND effective_from OPERATOR(pg_catalog.<=) (from_effective_to OPERATOR(pg_catalog.+) 1)
		AND (effective_to IS NULL OR effective_to OPERATOR(pg_catalog.>) from_effective_to);
COMMENT ON FUNCTION @extschema@.takes_over(@extschema@.agreement_kind, @extschema@.agreement_status, pg_catalog.date, pg_catalog.date, @extschema@.agreement_kind, pg_catalog.date) IS 'true when a signed binding agreement (kind, status, effective_from, effective_to) takes over from a binding agreement of the same partnership (from_kind) that ends on from_effective_to: it starts after today, by the day after, and ends later (a renewal signed ahead); rule agreement_expiring does not warn of an end taken over';

CREATE FUNCTION @extschema@.clause_required_for(required pg_catalog.bool, required_since pg_catalog.date, signed_on pg_catalog.date)
	RETURNS pg_catalog.bool
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN required
		AND (required_since IS NULL OR signed_on IS NULL
			OR signed_on OPERATOR(pg_catalog.>=) required_since);
COMMENT ON FUNCTION @extschema@.clause_required_for(pg_catalog.bool, pg_catalog.date, pg_catalog.date) IS 'true when a clause kind (its required and required_since) is required of a binding agreement signed on signed_on (NULL: not yet signed): a requirement applies to agreements signed on or after the day it was made';

CREATE FUNCTION @extschema@.is_blank(value pg_catalog.text)
	RETURNS pg_catalog.bool
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	RETURN value IS NULL
		OR pg_catalog.btrim(value, E' \t\n\r\f\013') OPERATOR(pg_catalog.=) '';
COMMENT ON FUNCTION @extschema@.is_blank(pg_catalog.text) IS 'true for NULL or a text of only spaces, tabs, newlines, carriage returns, form feeds and vertical tabs (the C isspace set): blank as the rules see it';

/* ------------------------------------------------------------------------
 * members
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.members WITH (security_invoker = true) AS
SELECT m.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	@extschema@.label(p.status) AS partnership_status_label,
	m.partner_id,
	pt.name AS partner_name,
	pt.sector::pg_catalog.text AS sector,
	@extschema@.label(pt.sector) AS sector_label,
	@extschema@.pentahelix(pt.sector)::pg_catalog.text AS pentahelix,
	m.roles::pg_catalog.text AS roles,
	@extschema@.set_label(m.roles) AS roles_label,
	m.title,
	m.joined_on,
	m.left_on,
	@extschema@.is_current_member(m.joined_on, m.left_on) AS is_current,
	(m.joined_on IS NOT NULL AND p.starts_on IS NOT NULL
		AND m.joined_on > p.starts_on) AS joined_late,
	m.influence::pg_catalog.int4 AS influence,
	m.interest::pg_catalog.int4 AS interest,
	@extschema@.stakeholder_quadrant(m.influence, m.interest) AS stakeholder_quadrant,
	@extschema@.term_label(@extschema@.stakeholder_quadrant(m.influence, m.interest)) AS stakeholder_quadrant_label,
	pg_catalog.bool_or(ap.partner_id IS NOT NULL) AS is_party_in_force,
	CASE WHEN pg_catalog.min(u.currency) OPERATOR(pg_catalog.=) pg_catalog.max(u.currency)
		THEN pg_catalog.min(u.currency) END AS currency,
	CASE WHEN pg_catalog.min(u.currency) IS NOT DISTINCT FROM pg_catalog.max(u.currency)
		THEN COALESCE(pg_catalog.sum(u.amount), 0) END AS committed_total,
	(pg_catalog.count(*) FILTER (WHERE u.is_assignment))::pg_catalog.int4 AS assignments,
	pg_catalog.min(ct.contacts) AS contacts,
	m.extra::pg_catalog.text AS extra,
	pt.extra::pg_catalog.text AS partner_extra
FROM @extschema@.member m
JOIN @extschema@.partnership p ON p.id = m.partnership_id
JOIN @extschema@.partner pt ON pt.id = m.partner_id
LEFT JOIN (
	SELECT DISTINCT ON (a.partnership_id, q.code) a.partnership_id, q.code, a.id AS agreement_id
	FROM @extschema@.agreement a
	JOIN @extschema@.partnership q ON q.id = a.partnership_id
	WHERE @extschema@.is_in_force(a.kind, a.status, a.effective_from, a.effective_to)
	ORDER BY a.partnership_id, q.code, a.effective_from DESC NULLS LAST, a.version DESC, a.id DESC) f ON f.partnership_id = m.partnership_id AND f.code = p.code
LEFT JOIN @extschema@.agreement_party ap
	ON ap.partnership_id = m.partnership_id AND ap.agreement_id = f.agreement_id
	AND ap.partner_id = m.partner_id
LEFT JOIN (
	SELECT c.partnership_id, c.partner_id, c.amount, c.currency, false AS is_assignment
	FROM @extschema@.commitment c
	UNION ALL
	SELECT s.partnership_id, s.partner_id, NULL, NULL, true
	FROM @extschema@.assignment s) u
	ON u.partnership_id = m.partnership_id AND u.partner_id = m.partner_id
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, mc.partner_id,
		pg_catalog.string_agg(pg_catalog.concat_ws(', ', c.name, c.position, c.email, c.phone),
			'; ' ORDER BY c.name, c.id) AS contacts
	FROM @extschema@.member mc
	JOIN @extschema@.partnership q ON q.id = mc.partnership_id
	JOIN @extschema@.contact c ON c.partner_id = mc.partner_id
	GROUP BY q.id, mc.partner_id) ct
	ON ct.partnership_id = m.partnership_id AND ct.code = p.code AND ct.partner_id = m.partner_id
-- The member's commitments and assignments are joined as rows (two index
-- scans a member for a filter) and counted in one grouping of the member's
-- own rows, keyed on the columns a filter names: no subquery grouped on its
-- own, which the planner, underestimating the rows a multi-institution role
-- reads, would run again for every member.
GROUP BY m.partnership_id, m.partner_id, p.id, p.code, pt.id;

COMMENT ON VIEW partnership_report.members IS 'one row per member of a partnership: the organisation, its sector, roles, dates and stakeholder position';
COMMENT ON COLUMN partnership_report.members.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.members.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.members.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.members.partnership_status IS 'status of the partnership: draft, proposed, active, suspended, completed, terminated';
COMMENT ON COLUMN partnership_report.members.partnership_status_label IS 'status label of the partnership in partnership.language';
COMMENT ON COLUMN partnership_report.members.partner_id IS 'identity of the member organisation';
COMMENT ON COLUMN partnership_report.members.partner_name IS 'name of the member organisation';
COMMENT ON COLUMN partnership_report.members.sector IS 'sector of the organisation (canonical English code)';
COMMENT ON COLUMN partnership_report.members.sector_label IS 'sector label in partnership.language';
COMMENT ON COLUMN partnership_report.members.pentahelix IS 'Pentahelix letter of the sector: A, B, C, G, M (NULL for nonprofit and international)';
COMMENT ON COLUMN partnership_report.members.roles IS 'roles of the member, e.g. {lead,implementer}';
COMMENT ON COLUMN partnership_report.members.roles_label IS 'role labels in partnership.language, comma separated';
COMMENT ON COLUMN partnership_report.members.title IS 'free local title beside the roles';
COMMENT ON COLUMN partnership_report.members.joined_on IS 'day the member joined';
COMMENT ON COLUMN partnership_report.members.left_on IS 'day the member left (NULL while a member)';
COMMENT ON COLUMN partnership_report.members.is_current IS 'true when the member has joined by today and not left';
COMMENT ON COLUMN partnership_report.members.joined_late IS 'true when the member joined after the partnership started (rule early_involvement)';
COMMENT ON COLUMN partnership_report.members.influence IS 'stakeholder influence 1-5 (NULL when not rated)';
COMMENT ON COLUMN partnership_report.members.interest IS 'stakeholder interest 1-5 (NULL when not rated)';
COMMENT ON COLUMN partnership_report.members.stakeholder_quadrant IS 'Mendelow quadrant: manage_closely, keep_satisfied, keep_informed, monitor (NULL when not rated)';
COMMENT ON COLUMN partnership_report.members.stakeholder_quadrant_label IS 'quadrant label in partnership.language';
COMMENT ON COLUMN partnership_report.members.is_party_in_force IS 'true when the member is a party of the binding agreement in force';
COMMENT ON COLUMN partnership_report.members.currency IS 'currency of the member''s commitments (NULL when there are none or they use several currencies)';
COMMENT ON COLUMN partnership_report.members.committed_total IS 'sum of the member''s commitments, 0 when none (NULL when they use several currencies: see funding)';
COMMENT ON COLUMN partnership_report.members.assignments IS 'number of work-plan assignments (RACI) of the member';
COMMENT ON COLUMN partnership_report.members.contacts IS 'contact persons of the member organisation: name, position, e-mail, phone; semicolon separated';
COMMENT ON COLUMN partnership_report.members.extra IS 'local fields of the membership, a JSON object as text (NULL when none)';
COMMENT ON COLUMN partnership_report.members.partner_extra IS 'local fields of the member organisation, a JSON object as text (NULL when none)';

/* ------------------------------------------------------------------------
 * agreements
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.agreements WITH (security_invoker = true) AS
SELECT a.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	@extschema@.label(p.status) AS partnership_status_label,
	a.id AS agreement_id,
	a.kind::pg_catalog.text AS kind,
	@extschema@.label(a.kind) AS kind_label,
	a.kind::pg_catalog.text IN ('pks', 'addendum') AS binding,
	a.number,
	a.title,
	a.version,
	a.amends_id,
	a.status::pg_catalog.text AS status,
	@extschema@.label(a.status) AS status_label,
	a.signed_on,
	a.effective_from,
	a.effective_to,
	@extschema@.is_effective(a.status, a.effective_from, a.effective_to) AS effective_today,
	f.agreement_id IS NOT NULL AND a.id = f.agreement_id AS in_force,
	CASE WHEN a.status::pg_catalog.text = 'signed' THEN a.effective_to - CURRENT_DATE END AS days_to_expiry,
	a.terminated_on,
	a.termination_reason,
	COALESCE(pa.parties, 0) AS parties,
	COALESCE(pa.parties_signed, 0) AS parties_signed,
	pa.party_names,
	COALESCE(pa.sectors, '{}')::pg_catalog.text AS sectors,
	COALESCE(cl.clauses, 0) AS clauses,
	mc.missing_required_clauses,
	COALESCE(dc.documents, 0) AS documents,
	dc.latest_document_title,
	dc.latest_document_url,
	a.extra::pg_catalog.text AS extra
FROM @extschema@.agreement a
JOIN @extschema@.partnership p ON p.id = a.partnership_id
LEFT JOIN (
	SELECT DISTINCT ON (ag.partnership_id, q.code) ag.partnership_id, q.code, ag.id AS agreement_id
	FROM @extschema@.agreement ag
	JOIN @extschema@.partnership q ON q.id = ag.partnership_id
	WHERE @extschema@.is_in_force(ag.kind, ag.status, ag.effective_from, ag.effective_to)
	ORDER BY ag.partnership_id, q.code, ag.effective_from DESC NULLS LAST, ag.version DESC, ag.id DESC) f ON f.partnership_id = a.partnership_id AND f.code = p.code
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, ap.agreement_id,
		pg_catalog.count(*)::pg_catalog.int4 AS parties,
		(pg_catalog.count(*) FILTER (WHERE ap.signed_on IS NOT NULL
			AND NOT @extschema@.is_blank(ap.signatory_name)))::pg_catalog.int4 AS parties_signed,
		pg_catalog.string_agg(pt.name, '; ' ORDER BY pt.name) AS party_names,
		@extschema@.sectors(pt.sector) AS sectors
	FROM @extschema@.agreement_party ap
	JOIN @extschema@.partnership q ON q.id = ap.partnership_id
	JOIN @extschema@.partner pt ON pt.id = ap.partner_id
	GROUP BY q.id, ap.agreement_id) pa
	ON pa.partnership_id = a.partnership_id AND pa.code = p.code AND pa.agreement_id = a.id
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, c.agreement_id, pg_catalog.count(*)::pg_catalog.int4 AS clauses
	FROM @extschema@.agreement_clause c
	JOIN @extschema@.partnership q ON q.id = c.partnership_id
	GROUP BY q.id, c.agreement_id) cl
	ON cl.partnership_id = a.partnership_id AND cl.code = p.code AND cl.agreement_id = a.id
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, ab.id AS agreement_id,
		pg_catalog.string_agg(k.code, ', ' ORDER BY k.code) AS missing_required_clauses
	FROM @extschema@.agreement ab
	JOIN @extschema@.partnership q ON q.id = ab.partnership_id
	CROSS JOIN @extschema@.clause_kind k
	WHERE @extschema@.clause_required_for(k.required, k.required_since, ab.signed_on)
	  AND ab.kind::pg_catalog.text IN ('pks', 'addendum')
	  AND NOT EXISTS (SELECT 1 FROM @extschema@.agreement_clause c
			WHERE c.partnership_id = ab.partnership_id AND c.agreement_id = ab.id
			  AND c.kind = k.code)
	GROUP BY q.id, ab.id) mc
	ON mc.partnership_id = a.partnership_id AND mc.code = p.code AND mc.agreement_id = a.id
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, d.agreement_id,
		pg_catalog.count(*)::pg_catalog.int4 AS documents,
		(pg_catalog.array_agg(d.title ORDER BY d.added_on DESC, d.id DESC))[1] AS latest_document_title,
		(pg_catalog.array_agg(d.url ORDER BY d.added_on DESC, d.id DESC))[1] AS latest_document_url
	FROM @extschema@.document d
	JOIN @extschema@.partnership q ON q.id = d.partnership_id
	WHERE d.agreement_id IS NOT NULL
	GROUP BY q.id, d.agreement_id) dc
	ON dc.partnership_id = a.partnership_id AND dc.code = p.code AND dc.agreement_id = a.id;

COMMENT ON VIEW partnership_report.agreements IS 'one row per agreement (MoU, PKS, addendum) with its status, period, parties and clauses';
COMMENT ON COLUMN partnership_report.agreements.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.agreements.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.agreements.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.agreements.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.agreements.partnership_status_label IS 'status label of the partnership in partnership.language';
COMMENT ON COLUMN partnership_report.agreements.agreement_id IS 'identity of the agreement';
COMMENT ON COLUMN partnership_report.agreements.kind IS 'mou, pks or addendum';
COMMENT ON COLUMN partnership_report.agreements.kind_label IS 'kind label in partnership.language';
COMMENT ON COLUMN partnership_report.agreements.binding IS 'true for a binding agreement (pks or addendum)';
COMMENT ON COLUMN partnership_report.agreements.number IS 'registration number of the agreement';
COMMENT ON COLUMN partnership_report.agreements.title IS 'title of the agreement';
COMMENT ON COLUMN partnership_report.agreements.version IS 'version within its chain: 1 for a pks or mou, one more than the agreement an addendum amends';
COMMENT ON COLUMN partnership_report.agreements.amends_id IS 'for an addendum: the agreement it replaces';
COMMENT ON COLUMN partnership_report.agreements.status IS 'draft, signed, superseded or terminated';
COMMENT ON COLUMN partnership_report.agreements.status_label IS 'status label in partnership.language';
COMMENT ON COLUMN partnership_report.agreements.signed_on IS 'day the agreement was signed';
COMMENT ON COLUMN partnership_report.agreements.effective_from IS 'first day in force';
COMMENT ON COLUMN partnership_report.agreements.effective_to IS 'last day in force';
COMMENT ON COLUMN partnership_report.agreements.effective_today IS 'true when the agreement is signed and its period holds today';
COMMENT ON COLUMN partnership_report.agreements.in_force IS 'true for the partnership''s binding agreement in force (the newest signed pks or addendum whose period holds today)';
COMMENT ON COLUMN partnership_report.agreements.days_to_expiry IS 'days from today to effective_to, for a signed agreement (negative once past)';
COMMENT ON COLUMN partnership_report.agreements.terminated_on IS 'day a signed agreement was terminated';
COMMENT ON COLUMN partnership_report.agreements.termination_reason IS 'why it was terminated';
COMMENT ON COLUMN partnership_report.agreements.parties IS 'number of parties';
COMMENT ON COLUMN partnership_report.agreements.parties_signed IS 'number of parties with a signatory name and signature day';
COMMENT ON COLUMN partnership_report.agreements.party_names IS 'names of the parties, semicolon separated';
COMMENT ON COLUMN partnership_report.agreements.sectors IS 'sectors of the parties, e.g. {government,private}';
COMMENT ON COLUMN partnership_report.agreements.clauses IS 'number of clauses';
COMMENT ON COLUMN partnership_report.agreements.missing_required_clauses IS 'for a binding agreement: the required clause kinds it lacks, comma separated (NULL when none is missing or for an mou)';
COMMENT ON COLUMN partnership_report.agreements.documents IS 'number of documents of the agreement (scans, minutes, reports)';
COMMENT ON COLUMN partnership_report.agreements.latest_document_title IS 'title of the agreement''s most recently added document';
COMMENT ON COLUMN partnership_report.agreements.latest_document_url IS 'where the most recently added document is kept';
COMMENT ON COLUMN partnership_report.agreements.extra IS 'local fields of the agreement, a JSON object as text (NULL when none)';

/* ------------------------------------------------------------------------
 * agreements_expiring
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.agreements_expiring WITH (security_invoker = true) AS
SELECT a.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	@extschema@.label(p.status) AS partnership_status_label,
	ld.lead_name,
	a.id AS agreement_id,
	a.kind::pg_catalog.text AS kind,
	@extschema@.label(a.kind) AS kind_label,
	a.number,
	a.title,
	a.version,
	a.effective_from,
	a.effective_to,
	a.effective_to - CURRENT_DATE AS days_to_expiry,
	w.warning_days
FROM @extschema@.agreement a
JOIN @extschema@.partnership p ON p.id = a.partnership_id
CROSS JOIN (
	SELECT COALESCE(pg_catalog.round((SELECT s.value FROM @extschema@.setting s
			WHERE s.name = 'expiry_warning_days'))::pg_catalog.int4,
		90) AS warning_days) w
LEFT JOIN (
	SELECT DISTINCT ON (m.partnership_id, q.code) m.partnership_id, q.code, pt.name AS lead_name
	FROM @extschema@.member m
	JOIN @extschema@.partnership q ON q.id = m.partnership_id
	JOIN @extschema@.partner pt ON pt.id = m.partner_id
	WHERE m.roles OPERATOR(@extschema@.@>) 'lead'::@extschema@.role
	  AND @extschema@.is_current_member(m.joined_on, m.left_on)
	ORDER BY m.partnership_id, q.code, m.partner_id) ld ON ld.partnership_id = a.partnership_id AND ld.code = p.code
/*
 * a newer binding agreement in force: probed per agreement that ends in the
 * window (LIMIT 1 keeps it a probe of the index, not a hash of every
 * agreement in force, which a parallel plan would build even for none)
 */
LEFT JOIN LATERAL (
	SELECT true AS replaced
	FROM @extschema@.agreement n
	WHERE n.partnership_id = a.partnership_id
	  AND @extschema@.is_in_force(a.kind, a.status, a.effective_from, a.effective_to)
	  AND @extschema@.is_in_force(n.kind, n.status, n.effective_from, n.effective_to)
	  AND (n.effective_from, n.version, n.id) > (a.effective_from, a.version, a.id)
	LIMIT 1) nw ON true
WHERE @extschema@.is_effective(a.status, a.effective_from, a.effective_to)
  AND p.status::pg_catalog.text NOT IN ('completed', 'terminated')
  AND a.effective_to <= CURRENT_DATE + w.warning_days
  AND NOT EXISTS (SELECT FROM @extschema@.agreement b
	WHERE b.partnership_id = a.partnership_id
	  AND @extschema@.takes_over(b.kind, b.status, b.effective_from, b.effective_to, a.kind, a.effective_to))
  /* of the binding agreements, the one in force (agreements.in_force) */
  AND nw.replaced IS NULL;

COMMENT ON VIEW partnership_report.agreements_expiring IS 'signed agreements effective today that end within setting expiry_warning_days (default 90): the binding agreement in force (not one a newer binding agreement has replaced) and MoUs, unless a signed renewal takes over from them by the day after (takes_over), for partnerships that are not completed or terminated';
COMMENT ON COLUMN partnership_report.agreements_expiring.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.agreements_expiring.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.agreements_expiring.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.agreements_expiring.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.agreements_expiring.partnership_status_label IS 'status label in partnership.language';
COMMENT ON COLUMN partnership_report.agreements_expiring.lead_name IS 'name of the current lead member, who should renew the agreement';
COMMENT ON COLUMN partnership_report.agreements_expiring.agreement_id IS 'identity of the agreement';
COMMENT ON COLUMN partnership_report.agreements_expiring.kind IS 'mou, pks or addendum';
COMMENT ON COLUMN partnership_report.agreements_expiring.kind_label IS 'kind label in partnership.language';
COMMENT ON COLUMN partnership_report.agreements_expiring.number IS 'registration number of the agreement';
COMMENT ON COLUMN partnership_report.agreements_expiring.title IS 'title of the agreement';
COMMENT ON COLUMN partnership_report.agreements_expiring.version IS 'version within its chain (1 for a pks, one more for each addendum)';
COMMENT ON COLUMN partnership_report.agreements_expiring.effective_from IS 'first day in force';
COMMENT ON COLUMN partnership_report.agreements_expiring.effective_to IS 'last day in force';
COMMENT ON COLUMN partnership_report.agreements_expiring.days_to_expiry IS 'days from today to effective_to (0 = ends today)';
COMMENT ON COLUMN partnership_report.agreements_expiring.warning_days IS 'the warning window used: setting expiry_warning_days';

/* ------------------------------------------------------------------------
 * funding
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.funding WITH (security_invoker = true) AS
SELECT c.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	@extschema@.label(p.status) AS partnership_status_label,
	c.id AS commitment_id,
	c.partner_id,
	pt.name AS partner_name,
	pt.sector::pg_catalog.text AS sector,
	@extschema@.label(pt.sector) AS sector_label,
	c.kind::pg_catalog.text AS kind,
	@extschema@.label(c.kind) AS kind_label,
	c.description,
	c.currency,
	c.amount AS committed,
	COALESCE(d.disbursed, 0) AS disbursed,
	c.amount - COALESCE(d.disbursed, 0) AS remaining,
	pg_catalog.round(COALESCE(d.disbursed, 0) * 100 / c.amount, 2)::pg_catalog.numeric(1000, 2) AS disbursed_percent,
	c.committed_on,
	COALESCE(d.disbursements, 0) AS disbursements,
	d.last_paid_on
FROM @extschema@.commitment c
JOIN @extschema@.partnership p ON p.id = c.partnership_id
JOIN @extschema@.partner pt ON pt.id = c.partner_id
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, x.commitment_id,
		pg_catalog.sum(x.amount) AS disbursed,
		pg_catalog.count(*)::pg_catalog.int4 AS disbursements,
		pg_catalog.max(x.paid_on) AS last_paid_on
	FROM @extschema@.disbursement x
	JOIN @extschema@.partnership q ON q.id = x.partnership_id
	GROUP BY q.id, x.commitment_id) d
	ON d.partnership_id = c.partnership_id AND d.code = p.code AND d.commitment_id = c.id;

COMMENT ON VIEW partnership_report.funding IS 'one row per commitment (cash or in kind) with what has been disbursed against it';
COMMENT ON COLUMN partnership_report.funding.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.funding.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.funding.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.funding.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.funding.partnership_status_label IS 'status label of the partnership in partnership.language';
COMMENT ON COLUMN partnership_report.funding.commitment_id IS 'identity of the commitment';
COMMENT ON COLUMN partnership_report.funding.partner_id IS 'identity of the committing member';
COMMENT ON COLUMN partnership_report.funding.partner_name IS 'name of the committing member';
COMMENT ON COLUMN partnership_report.funding.sector IS 'sector of the committing member';
COMMENT ON COLUMN partnership_report.funding.sector_label IS 'sector label in partnership.language';
COMMENT ON COLUMN partnership_report.funding.kind IS 'cash or in_kind';
COMMENT ON COLUMN partnership_report.funding.kind_label IS 'kind label in partnership.language';
COMMENT ON COLUMN partnership_report.funding.description IS 'what is committed';
COMMENT ON COLUMN partnership_report.funding.currency IS 'ISO 4217 currency of the amounts';
COMMENT ON COLUMN partnership_report.funding.committed IS 'amount committed (value, for in kind)';
COMMENT ON COLUMN partnership_report.funding.disbursed IS 'total paid against the commitment so far';
COMMENT ON COLUMN partnership_report.funding.remaining IS 'committed minus disbursed';
COMMENT ON COLUMN partnership_report.funding.disbursed_percent IS 'disbursed as a percentage of committed, 2 decimals';
COMMENT ON COLUMN partnership_report.funding.committed_on IS 'day of the commitment';
COMMENT ON COLUMN partnership_report.funding.disbursements IS 'number of disbursements';
COMMENT ON COLUMN partnership_report.funding.last_paid_on IS 'day of the latest disbursement';

/* ------------------------------------------------------------------------
 * indicators
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.indicators WITH (security_invoker = true) AS
SELECT i.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	@extschema@.label(p.status) AS partnership_status_label,
	i.id AS indicator_id,
	i.code AS indicator_code,
	i.name AS indicator_name,
	i.unit,
	i.direction::pg_catalog.text AS direction,
	@extschema@.label(i.direction) AS direction_label,
	i.aggregation::pg_catalog.text AS aggregation,
	@extschema@.label(i.aggregation) AS aggregation_label,
	i.baseline,
	i.target,
	i.target_on,
	COALESCE(m.measurements, 0) AS measurements,
	m.last_period_end,
	x.actual,
	@extschema@.achievement(i.baseline, i.target, x.actual, i.direction)::pg_catalog.numeric(1000, 2) AS achievement_percent,
	@extschema@.progress(i.baseline, i.target, x.actual)::pg_catalog.numeric(1000, 2) AS progress_percent,
	@extschema@.achievement(i.baseline, i.target, x.actual, i.direction)::pg_catalog.numeric(1000, 2) AS achievement,
	@extschema@.progress(i.baseline, i.target, x.actual)::pg_catalog.numeric(1000, 2) AS progress
FROM @extschema@.indicator i
JOIN @extschema@.partnership p ON p.id = i.partnership_id
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, v.indicator_id,
		pg_catalog.count(*)::pg_catalog.int4 AS measurements,
		pg_catalog.max(v.period_end) AS last_period_end,
		(pg_catalog.array_agg(v.value ORDER BY v.period_end DESC))[1] AS latest,
		pg_catalog.sum(v.value) AS total
	FROM @extschema@.measurement v
	JOIN @extschema@.partnership q ON q.id = v.partnership_id
	GROUP BY q.id, v.indicator_id) m
	ON m.partnership_id = i.partnership_id AND m.code = p.code AND m.indicator_id = i.id
CROSS JOIN LATERAL (
	SELECT CASE WHEN i.aggregation::pg_catalog.text = 'level' THEN m.latest
		ELSE m.total END AS actual) x;

COMMENT ON VIEW partnership_report.indicators IS 'one row per indicator: baseline, target, actual (sum of measurements, or the latest for a level indicator), achievement and progress';
COMMENT ON COLUMN partnership_report.indicators.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.indicators.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.indicators.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.indicators.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.indicators.partnership_status_label IS 'status label of the partnership in partnership.language';
COMMENT ON COLUMN partnership_report.indicators.indicator_id IS 'identity of the indicator';
COMMENT ON COLUMN partnership_report.indicators.indicator_code IS 'code of the indicator within the partnership';
COMMENT ON COLUMN partnership_report.indicators.indicator_name IS 'what is measured';
COMMENT ON COLUMN partnership_report.indicators.unit IS 'unit of measurement';
COMMENT ON COLUMN partnership_report.indicators.direction IS 'increase or decrease: which way is better';
COMMENT ON COLUMN partnership_report.indicators.direction_label IS 'direction label in partnership.language';
COMMENT ON COLUMN partnership_report.indicators.aggregation IS 'incremental (actual = sum of measurements) or level (actual = latest measurement)';
COMMENT ON COLUMN partnership_report.indicators.aggregation_label IS 'aggregation label in partnership.language';
COMMENT ON COLUMN partnership_report.indicators.baseline IS 'value at the start';
COMMENT ON COLUMN partnership_report.indicators.target IS 'value to reach';
COMMENT ON COLUMN partnership_report.indicators.target_on IS 'day the target should be reached';
COMMENT ON COLUMN partnership_report.indicators.measurements IS 'number of measurements';
COMMENT ON COLUMN partnership_report.indicators.last_period_end IS 'end of the latest period measured';
COMMENT ON COLUMN partnership_report.indicators.actual IS 'actual value: sum of measurements (incremental) or latest measurement (level); NULL without measurements';
COMMENT ON COLUMN partnership_report.indicators.achievement_percent IS 'percent of target achieved, uncapped (achievement())';
COMMENT ON COLUMN partnership_report.indicators.progress_percent IS 'percent of the way from baseline to target (progress()); NULL when target equals baseline';
COMMENT ON COLUMN partnership_report.indicators.achievement IS 'the same as achievement_percent, under its short name';
COMMENT ON COLUMN partnership_report.indicators.progress IS 'the same as progress_percent, under its short name';

/* ------------------------------------------------------------------------
 * evaluation_criteria and evaluations
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.evaluation_criteria WITH (security_invoker = true) AS
SELECT e.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	e.id AS evaluation_id,
	e.kind::pg_catalog.text AS evaluation_kind,
	@extschema@.label(e.kind) AS evaluation_kind_label,
	e.period_end,
	e.status::pg_catalog.text AS evaluation_status,
	c.code AS criterion,
	CASE @extschema@.report_language() WHEN 'id' THEN c.label_id ELSE c.label_en END AS criterion_label,
	c.dimension::pg_catalog.text AS dimension,
	@extschema@.label(c.dimension) AS dimension_label,
	c.weight,
	c.reverse,
	(x.s).n::pg_catalog.int4 AS responses,
	(x.s).mean::pg_catalog.numeric(5, 4) AS mean,
	(x.s).balanced_mean::pg_catalog.numeric(5, 4) AS balanced_mean,
	(x.s).gap::pg_catalog.numeric(5, 4) AS gap,
	(x.s).gap >= COALESCE((SELECT t.value FROM @extschema@.setting t
		WHERE t.name = 'gap_threshold'), 1.5) AS divergent,
	(x.s).sectors::pg_catalog.text AS sectors,
	@extschema@.cardinality((x.s).sectors) AS sector_count,
	(x.s).status AS status,
	@extschema@.term_label((x.s).status) AS status_label,
	(x.s).index::pg_catalog.numeric(5, 2) AS index,
	(x.s).n::pg_catalog.int4 AS n
FROM @extschema@.evaluation e
JOIN @extschema@.partnership p ON p.id = e.partnership_id
JOIN (
	SELECT q.id AS partnership_id, q.code, r.evaluation_id, r.criterion,
		@extschema@.likert(r.score, pt.sector, cr.reverse) AS s
	FROM @extschema@.response r
	JOIN @extschema@.partnership q ON q.id = r.partnership_id
	JOIN @extschema@.partner pt ON pt.id = r.respondent_id
	JOIN @extschema@.criterion cr ON cr.code = r.criterion
	GROUP BY q.id, r.evaluation_id, r.criterion) x
	ON x.partnership_id = e.partnership_id AND x.code = p.code AND x.evaluation_id = e.id
JOIN @extschema@.criterion c ON c.code = x.criterion;

COMMENT ON VIEW partnership_report.evaluation_criteria IS 'one row per evaluation and criterion scored: sector-balanced mean, perception gap, Wilder status and index (reverse criteria counted as 6 - score)';
COMMENT ON COLUMN partnership_report.evaluation_criteria.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.evaluation_criteria.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.evaluation_criteria.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.evaluation_criteria.evaluation_id IS 'identity of the evaluation';
COMMENT ON COLUMN partnership_report.evaluation_criteria.evaluation_kind IS 'monitoring, midterm or final';
COMMENT ON COLUMN partnership_report.evaluation_criteria.evaluation_kind_label IS 'evaluation kind label in partnership.language';
COMMENT ON COLUMN partnership_report.evaluation_criteria.period_end IS 'last day of the period evaluated';
COMMENT ON COLUMN partnership_report.evaluation_criteria.evaluation_status IS 'open or closed';
COMMENT ON COLUMN partnership_report.evaluation_criteria.criterion IS 'code of the criterion';
COMMENT ON COLUMN partnership_report.evaluation_criteria.criterion_label IS 'criterion label in partnership.language';
COMMENT ON COLUMN partnership_report.evaluation_criteria.dimension IS 'outcome, process or risk';
COMMENT ON COLUMN partnership_report.evaluation_criteria.dimension_label IS 'dimension label in partnership.language';
COMMENT ON COLUMN partnership_report.evaluation_criteria.weight IS 'weight of the criterion in the evaluation index';
COMMENT ON COLUMN partnership_report.evaluation_criteria.reverse IS 'true when the statement names a problem (score counted as 6 - score)';
COMMENT ON COLUMN partnership_report.evaluation_criteria.responses IS 'number of scores (n)';
COMMENT ON COLUMN partnership_report.evaluation_criteria.mean IS 'plain mean of the effective scores, 1-5';
COMMENT ON COLUMN partnership_report.evaluation_criteria.balanced_mean IS 'mean of the per-sector means: every responding sector weighs the same';
COMMENT ON COLUMN partnership_report.evaluation_criteria.gap IS 'perception gap: highest minus lowest per-sector mean';
COMMENT ON COLUMN partnership_report.evaluation_criteria.divergent IS 'true when the gap reaches setting gap_threshold (default 1.5)';
COMMENT ON COLUMN partnership_report.evaluation_criteria.sectors IS 'responding sectors, e.g. {government,community}';
COMMENT ON COLUMN partnership_report.evaluation_criteria.sector_count IS 'number of responding sectors';
COMMENT ON COLUMN partnership_report.evaluation_criteria.status IS 'Wilder band of the balanced mean: strength, borderline, concern';
COMMENT ON COLUMN partnership_report.evaluation_criteria.status_label IS 'status label in partnership.language';
COMMENT ON COLUMN partnership_report.evaluation_criteria.index IS 'index 0-100: (balanced_mean - 1) / 4 * 100';
COMMENT ON COLUMN partnership_report.evaluation_criteria.n IS 'the same as responses, under its short name';

CREATE VIEW partnership_report.evaluations WITH (security_invoker = true) AS
SELECT e.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	@extschema@.label(p.status) AS partnership_status_label,
	e.id AS evaluation_id,
	e.kind::pg_catalog.text AS kind,
	@extschema@.label(e.kind) AS kind_label,
	e.period_end,
	e.status::pg_catalog.text AS status,
	@extschema@.label(e.status) AS status_label,
	COALESCE(rs.respondents, 0) AS respondents,
	COALESCE(rs.responses, 0) AS responses,
	COALESCE(rs.sectors, '{}')::pg_catalog.text AS sectors,
	COALESCE(@extschema@.cardinality(rs.sectors), 0) AS sector_count,
	COALESCE(rs.respondents, 0) >= COALESCE((SELECT t.value FROM @extschema@.setting t
			WHERE t.name = 'min_respondents'), 3)
		AND COALESCE(@extschema@.cardinality(rs.sectors), 0) >= 2 AS sufficient,
	COALESCE(ix.criteria, 0) AS criteria,
	ix.index,
	@extschema@.grade(ix.index) AS grade,
	@extschema@.grade_label(ix.index) AS grade_label,
	ix.outcome_index,
	ix.process_index,
	ix.risk_index,
	COALESCE(ix.strengths, 0) AS strengths,
	COALESCE(ix.borderlines, 0) AS borderlines,
	COALESCE(ix.concerns, 0) AS concerns,
	COALESCE(ix.divergent_criteria, 0) AS divergent_criteria
FROM @extschema@.evaluation e
JOIN @extschema@.partnership p ON p.id = e.partnership_id
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, r.evaluation_id,
		pg_catalog.count(DISTINCT r.respondent_id)::pg_catalog.int4 AS respondents,
		pg_catalog.count(*)::pg_catalog.int4 AS responses,
		@extschema@.sectors(pt.sector) AS sectors
	FROM @extschema@.response r
	JOIN @extschema@.partnership q ON q.id = r.partnership_id
	JOIN @extschema@.partner pt ON pt.id = r.respondent_id
	GROUP BY q.id, r.evaluation_id) rs
	ON rs.partnership_id = e.partnership_id AND rs.code = p.code AND rs.evaluation_id = e.id
LEFT JOIN (
	SELECT x.partnership_id, x.partnership_code, x.evaluation_id,
		pg_catalog.count(*)::pg_catalog.int4 AS criteria,
		pg_catalog.round(pg_catalog.sum(x.weight * x.index) / pg_catalog.sum(x.weight), 2)::pg_catalog.numeric(5, 2) AS index,
		pg_catalog.round(pg_catalog.sum(x.weight * x.index) FILTER (WHERE x.dimension = 'outcome')
			/ pg_catalog.sum(x.weight) FILTER (WHERE x.dimension = 'outcome'), 2)::pg_catalog.numeric(5, 2) AS outcome_index,
		pg_catalog.round(pg_catalog.sum(x.weight * x.index) FILTER (WHERE x.dimension = 'process')
			/ pg_catalog.sum(x.weight) FILTER (WHERE x.dimension = 'process'), 2)::pg_catalog.numeric(5, 2) AS process_index,
		pg_catalog.round(pg_catalog.sum(x.weight * x.index) FILTER (WHERE x.dimension = 'risk')
			/ pg_catalog.sum(x.weight) FILTER (WHERE x.dimension = 'risk'), 2)::pg_catalog.numeric(5, 2) AS risk_index,
		(pg_catalog.count(*) FILTER (WHERE x.status = 'strength'))::pg_catalog.int4 AS strengths,
		(pg_catalog.count(*) FILTER (WHERE x.status = 'borderline'))::pg_catalog.int4 AS borderlines,
		(pg_catalog.count(*) FILTER (WHERE x.status = 'concern'))::pg_catalog.int4 AS concerns,
		(pg_catalog.count(*) FILTER (WHERE x.divergent))::pg_catalog.int4 AS divergent_criteria
	FROM partnership_report.evaluation_criteria x
	GROUP BY x.partnership_id, x.partnership_code, x.evaluation_id) ix
	ON ix.partnership_id = e.partnership_id AND ix.partnership_code = p.code AND ix.evaluation_id = e.id;

COMMENT ON VIEW partnership_report.evaluations IS 'one row per evaluation: respondents, responding sectors, sufficiency, weighted index overall and per dimension, SAKIP grade';
COMMENT ON COLUMN partnership_report.evaluations.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.evaluations.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.evaluations.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.evaluations.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.evaluations.partnership_status_label IS 'status label of the partnership in partnership.language';
COMMENT ON COLUMN partnership_report.evaluations.evaluation_id IS 'identity of the evaluation';
COMMENT ON COLUMN partnership_report.evaluations.kind IS 'monitoring, midterm or final';
COMMENT ON COLUMN partnership_report.evaluations.kind_label IS 'kind label in partnership.language';
COMMENT ON COLUMN partnership_report.evaluations.period_end IS 'last day of the period evaluated';
COMMENT ON COLUMN partnership_report.evaluations.status IS 'open (collecting responses) or closed';
COMMENT ON COLUMN partnership_report.evaluations.status_label IS 'status label in partnership.language';
COMMENT ON COLUMN partnership_report.evaluations.respondents IS 'number of distinct respondents';
COMMENT ON COLUMN partnership_report.evaluations.responses IS 'number of scores given';
COMMENT ON COLUMN partnership_report.evaluations.sectors IS 'sectors of the respondents, e.g. {government,private,community}; {} before the first response';
COMMENT ON COLUMN partnership_report.evaluations.sector_count IS 'number of responding sectors';
COMMENT ON COLUMN partnership_report.evaluations.sufficient IS 'true with at least setting min_respondents (default 3) respondents from at least two sectors';
COMMENT ON COLUMN partnership_report.evaluations.criteria IS 'number of criteria scored';
COMMENT ON COLUMN partnership_report.evaluations.index IS 'evaluation index 0-100: mean of the criteria indexes weighted by criterion weight (NULL without responses)';
COMMENT ON COLUMN partnership_report.evaluations.grade IS 'SAKIP grade of the index: AA, A, BB, B, CC, C, D';
COMMENT ON COLUMN partnership_report.evaluations.grade_label IS 'grade label in partnership.language (Sangat Memuaskan ... Sangat Kurang)';
COMMENT ON COLUMN partnership_report.evaluations.outcome_index IS 'weighted index of the outcome criteria (benefits)';
COMMENT ON COLUMN partnership_report.evaluations.process_index IS 'weighted index of the process criteria (practices)';
COMMENT ON COLUMN partnership_report.evaluations.risk_index IS 'weighted index of the risk criteria (challenges; high = few problems)';
COMMENT ON COLUMN partnership_report.evaluations.strengths IS 'number of criteria with status strength';
COMMENT ON COLUMN partnership_report.evaluations.borderlines IS 'number of criteria with status borderline';
COMMENT ON COLUMN partnership_report.evaluations.concerns IS 'number of criteria with status concern';
COMMENT ON COLUMN partnership_report.evaluations.divergent_criteria IS 'number of criteria whose perception gap reaches setting gap_threshold';

/* ------------------------------------------------------------------------
 * risks
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.risks WITH (security_invoker = true) AS
SELECT r.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	@extschema@.label(p.status) AS partnership_status_label,
	r.id AS risk_id,
	r.challenge::pg_catalog.text AS challenge,
	@extschema@.label(r.challenge) AS challenge_label,
	r.description,
	r.likelihood::pg_catalog.int4 AS likelihood,
	r.impact::pg_catalog.int4 AS impact,
	(r.likelihood * r.impact)::pg_catalog.int4 AS rating,
	@extschema@.risk_level(r.likelihood, r.impact) AS level,
	@extschema@.term_label(@extschema@.risk_level(r.likelihood, r.impact)) AS level_label,
	r.mitigation,
	r.owner_id,
	o.name AS owner_name,
	r.status::pg_catalog.text AS status,
	@extschema@.label(r.status) AS status_label,
	r.status::pg_catalog.text = 'open'
		AND @extschema@.risk_level(r.likelihood, r.impact) IN ('high', 'critical')
		AND @extschema@.is_blank(r.mitigation) AS unmitigated
FROM @extschema@.risk r
JOIN @extschema@.partnership p ON p.id = r.partnership_id
LEFT JOIN @extschema@.partner o ON o.id = r.owner_id;

COMMENT ON VIEW partnership_report.risks IS 'one row per risk of the risk register: challenge, likelihood, impact, level and mitigation';
COMMENT ON COLUMN partnership_report.risks.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.risks.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.risks.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.risks.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.risks.partnership_status_label IS 'status label of the partnership in partnership.language';
COMMENT ON COLUMN partnership_report.risks.risk_id IS 'identity of the risk';
COMMENT ON COLUMN partnership_report.risks.challenge IS 'cultural_differences, conflict_of_interest, coordination, funding or other';
COMMENT ON COLUMN partnership_report.risks.challenge_label IS 'challenge label in partnership.language';
COMMENT ON COLUMN partnership_report.risks.description IS 'what could go wrong';
COMMENT ON COLUMN partnership_report.risks.likelihood IS 'likelihood 1-5';
COMMENT ON COLUMN partnership_report.risks.impact IS 'impact 1-5';
COMMENT ON COLUMN partnership_report.risks.rating IS 'likelihood times impact, 1-25';
COMMENT ON COLUMN partnership_report.risks.level IS 'risk level: low, medium, high, critical';
COMMENT ON COLUMN partnership_report.risks.level_label IS 'level label in partnership.language';
COMMENT ON COLUMN partnership_report.risks.mitigation IS 'how the risk is mitigated';
COMMENT ON COLUMN partnership_report.risks.owner_id IS 'identity of the member owning the risk';
COMMENT ON COLUMN partnership_report.risks.owner_name IS 'name of the member owning the risk';
COMMENT ON COLUMN partnership_report.risks.status IS 'open, mitigated or closed';
COMMENT ON COLUMN partnership_report.risks.status_label IS 'status label in partnership.language';
COMMENT ON COLUMN partnership_report.risks.unmitigated IS 'true for an open high or critical risk without a mitigation (rule risk_unmitigated)';

/* ------------------------------------------------------------------------
 * sector_mix
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.sector_mix WITH (security_invoker = true) AS
SELECT p.id AS partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	@extschema@.label(p.status) AS partnership_status_label,
	p.formality::pg_catalog.text AS formality,
	p.horizon::pg_catalog.text AS horizon,
	pt.sector::pg_catalog.text AS sector,
	@extschema@.label(pt.sector) AS sector_label,
	@extschema@.pentahelix(pt.sector)::pg_catalog.text AS pentahelix,
	(pg_catalog.count(DISTINCT m.partner_id)
		FILTER (WHERE @extschema@.is_current_member(m.joined_on, m.left_on)))::pg_catalog.int4 AS members,
	pg_catalog.round((pg_catalog.count(DISTINCT m.partner_id)
			FILTER (WHERE @extschema@.is_current_member(m.joined_on, m.left_on))) * 100.0
		/ pg_catalog.sum(pg_catalog.count(DISTINCT m.partner_id)
			FILTER (WHERE @extschema@.is_current_member(m.joined_on, m.left_on))) OVER (PARTITION BY p.id, p.code),
		2)::pg_catalog.numeric(5, 2) AS member_percent,
	(pg_catalog.count(DISTINCT m.partner_id)
		FILTER (WHERE @extschema@.is_current_member(m.joined_on, m.left_on)
			AND m.roles OPERATOR(@extschema@.@>) 'lead'::@extschema@.role))::pg_catalog.int4 AS leads,
	(pg_catalog.count(DISTINCT m.partner_id)
		FILTER (WHERE @extschema@.is_current_member(m.joined_on, m.left_on)
			AND m.roles OPERATOR(@extschema@.@>) 'funder'::@extschema@.role))::pg_catalog.int4 AS funders,
	/* as rule early_involvement judges it: former members count */
	p.starts_on IS NULL OR pg_catalog.bool_or(m.joined_on IS NULL)
		OR pg_catalog.min(m.joined_on) <= p.starts_on AS present_from_start,
	CASE WHEN (pg_catalog.min(c.currency) FILTER (WHERE @extschema@.is_current_member(m.joined_on, m.left_on)))
			OPERATOR(pg_catalog.=)
			(pg_catalog.max(c.currency) FILTER (WHERE @extschema@.is_current_member(m.joined_on, m.left_on)))
		THEN pg_catalog.min(c.currency) FILTER (WHERE @extschema@.is_current_member(m.joined_on, m.left_on)) END AS currency,
	CASE WHEN (pg_catalog.min(c.currency) FILTER (WHERE @extschema@.is_current_member(m.joined_on, m.left_on)))
			IS NOT DISTINCT FROM
			(pg_catalog.max(c.currency) FILTER (WHERE @extschema@.is_current_member(m.joined_on, m.left_on)))
		THEN COALESCE(pg_catalog.sum(c.amount) FILTER (WHERE @extschema@.is_current_member(m.joined_on, m.left_on)), 0)
		END AS committed_total
FROM @extschema@.partnership p
JOIN @extschema@.member m ON m.partnership_id = p.id
JOIN @extschema@.partner pt ON pt.id = m.partner_id
LEFT JOIN @extschema@.commitment c ON c.partnership_id = m.partnership_id
	AND c.partner_id = m.partner_id
-- One grouping of the members joined to their commitments (a member
-- counted once however many it made), keyed on the columns a filter names;
-- the window partitions by them too, so that the filter still reaches the
-- indexes.  No subquery grouped on its own, which the planner,
-- underestimating the rows a multi-institution role reads, would run again
-- for every sector.  Former members only tell whether the sector was there
-- from the start; a sector of former members alone has no row.
GROUP BY p.id, p.code, pt.sector
HAVING pg_catalog.bool_or(@extschema@.is_current_member(m.joined_on, m.left_on));

COMMENT ON VIEW partnership_report.sector_mix IS 'one row per partnership and sector of its current members: how many members, their share, leads and funders, and whether the sector was there from the start';
COMMENT ON COLUMN partnership_report.sector_mix.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.sector_mix.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.sector_mix.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.sector_mix.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.sector_mix.partnership_status_label IS 'status label of the partnership in partnership.language';
COMMENT ON COLUMN partnership_report.sector_mix.formality IS 'formal or informal';
COMMENT ON COLUMN partnership_report.sector_mix.horizon IS 'strategic or operational';
COMMENT ON COLUMN partnership_report.sector_mix.sector IS 'sector (canonical English code)';
COMMENT ON COLUMN partnership_report.sector_mix.sector_label IS 'sector label in partnership.language';
COMMENT ON COLUMN partnership_report.sector_mix.pentahelix IS 'Pentahelix letter of the sector: A, B, C, G, M (NULL for nonprofit and international)';
COMMENT ON COLUMN partnership_report.sector_mix.members IS 'number of current members of this sector';
COMMENT ON COLUMN partnership_report.sector_mix.member_percent IS 'share of the partnership''s current members in this sector, percent';
COMMENT ON COLUMN partnership_report.sector_mix.leads IS 'current members of this sector holding lead';
COMMENT ON COLUMN partnership_report.sector_mix.funders IS 'current members of this sector holding funder';
COMMENT ON COLUMN partnership_report.sector_mix.present_from_start IS 'true when a member of this sector, current or former, joined on or before the partnership started (as rule early_involvement judges)';
COMMENT ON COLUMN partnership_report.sector_mix.currency IS 'currency of the commitments of this sector''s current members (NULL when there are none or they use several currencies)';
COMMENT ON COLUMN partnership_report.sector_mix.committed_total IS 'sum of the commitments of this sector''s current members, 0 when none (NULL when they use several currencies: see funding)';

/* ------------------------------------------------------------------------
 * partner_network
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.partner_network WITH (security_invoker = true) AS
SELECT s.partnership_id,
	s.partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	@extschema@.label(p.status) AS partnership_status_label,
	s.partner_a_id,
	pa.name AS partner_a_name,
	pa.sector::pg_catalog.text AS partner_a_sector,
	@extschema@.label(pa.sector) AS partner_a_sector_label,
	s.partner_b_id,
	pb.name AS partner_b_name,
	pb.sector::pg_catalog.text AS partner_b_sector,
	@extschema@.label(pb.sector) AS partner_b_sector_label,
	pa.sector OPERATOR(@extschema@.<>) pb.sector AS cross_sector,
	s.shared_partnerships
FROM (
	SELECT q.id AS partnership_id, q.code AS partnership_code,
		a.partner_id AS partner_a_id, b.partner_id AS partner_b_id,
		pg_catalog.count(*)::pg_catalog.int4 AS shared_partnerships
	FROM @extschema@.member a
	JOIN @extschema@.member b ON b.partnership_id = a.partnership_id AND b.partner_id > a.partner_id
	JOIN @extschema@.partnership q ON q.id = a.partnership_id
	JOIN @extschema@.member x ON x.partner_id = a.partner_id
	JOIN @extschema@.member y ON y.partnership_id = x.partnership_id AND y.partner_id = b.partner_id
		AND y.partner_id > x.partner_id
	GROUP BY q.id, a.partner_id, b.partner_id) s
JOIN @extschema@.partnership p ON p.id = s.partnership_id
JOIN @extschema@.partner pa ON pa.id = s.partner_a_id
JOIN @extschema@.partner pb ON pb.id = s.partner_b_id;

COMMENT ON VIEW partnership_report.partner_network IS 'edges of the partner network: one row per partnership and pair of its members (partner_a_id < partner_b_id); group by the pair for a weighted network chart';
COMMENT ON COLUMN partnership_report.partner_network.partnership_id IS 'identity of the partnership the pair shares';
COMMENT ON COLUMN partnership_report.partner_network.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.partner_network.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.partner_network.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.partner_network.partnership_status_label IS 'status label of the partnership in partnership.language';
COMMENT ON COLUMN partnership_report.partner_network.partner_a_id IS 'identity of the first partner (the lower id)';
COMMENT ON COLUMN partnership_report.partner_network.partner_a_name IS 'name of the first partner';
COMMENT ON COLUMN partnership_report.partner_network.partner_a_sector IS 'sector of the first partner';
COMMENT ON COLUMN partnership_report.partner_network.partner_a_sector_label IS 'sector label of the first partner in partnership.language';
COMMENT ON COLUMN partnership_report.partner_network.partner_b_id IS 'identity of the second partner (the higher id)';
COMMENT ON COLUMN partnership_report.partner_network.partner_b_name IS 'name of the second partner';
COMMENT ON COLUMN partnership_report.partner_network.partner_b_sector IS 'sector of the second partner';
COMMENT ON COLUMN partnership_report.partner_network.partner_b_sector_label IS 'sector label of the second partner in partnership.language';
COMMENT ON COLUMN partnership_report.partner_network.cross_sector IS 'true when the two partners are of different sectors';
COMMENT ON COLUMN partnership_report.partner_network.shared_partnerships IS 'number of partnerships (any status) in which both partners are members: the weight of the edge';

/* ------------------------------------------------------------------------
 * compliance
 * ------------------------------------------------------------------------
 */

/*
 * The rule violations the compliance view lists and the partnerships view
 * counts, in one place: check() per partnership (a filter on the
 * partnership reaches it through the join, so one partnership costs one
 * check; read whole, check() switches to one pass over the registry after
 * a few calls, src/rules/check.c).  An SQL-standard body without SET clauses, so that the planner
 * inlines it into the views.
 */
CREATE FUNCTION @extschema@.report_findings()
	RETURNS TABLE (partnership_id pg_catalog.int8, rule pg_catalog.text, severity pg_catalog.text,
		message pg_catalog.text, detail pg_catalog.jsonb)
	LANGUAGE sql STABLE PARALLEL SAFE ROWS 1000
BEGIN ATOMIC
	SELECT p.id, c.rule, c.severity, c.message, c.detail
	FROM @extschema@.partnership p
	CROSS JOIN LATERAL @extschema@.check(p.id) c;
END;
COMMENT ON FUNCTION @extschema@.report_findings() IS 'every current rule violation of every partnership the caller can read, for the compliance and partnerships report views: check() per partnership, which judges the whole registry in one pass when a query reads many';

CREATE VIEW partnership_report.compliance WITH (security_invoker = true) AS
SELECT p.id AS partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	@extschema@.label(p.status) AS partnership_status_label,
	c.rule,
	c.severity,
	CASE @extschema@.report_language() WHEN 'id' THEN r.description_id ELSE r.description_en END AS rule_description,
	c.message,
	c.detail OPERATOR(pg_catalog.->>) 'fix' AS fix,
	c.detail::pg_catalog.text AS detail
FROM @extschema@.partnership p
JOIN @extschema@.report_findings() c ON c.partnership_id = p.id
LEFT JOIN @extschema@.rule r ON r.code = c.rule;

COMMENT ON VIEW partnership_report.compliance IS 'one row per current rule violation (error or warning) of every partnership, from check()';
COMMENT ON COLUMN partnership_report.compliance.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.compliance.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.compliance.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.compliance.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.compliance.partnership_status_label IS 'status label in partnership.language';
COMMENT ON COLUMN partnership_report.compliance.rule IS 'code of the rule violated (the constraint name of its errors)';
COMMENT ON COLUMN partnership_report.compliance.severity IS 'error or warning';
COMMENT ON COLUMN partnership_report.compliance.rule_description IS 'what the rule requires, in partnership.language';
COMMENT ON COLUMN partnership_report.compliance.message IS 'what is wrong, in partnership.language';
COMMENT ON COLUMN partnership_report.compliance.fix IS 'what to do about it, in partnership.language, where the rule names it (an error time caused, the warnings of time: sign the addendum, suspend, complete); else NULL (the detail''s fix)';
COMMENT ON COLUMN partnership_report.compliance.detail IS 'the offending members, agreements, activities or risks, as JSON text';

/* ------------------------------------------------------------------------
 * partnerships
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.partnerships WITH (security_invoker = true) AS
SELECT p.id AS partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.formality::pg_catalog.text AS formality,
	@extschema@.label(p.formality) AS formality_label,
	p.horizon::pg_catalog.text AS horizon,
	@extschema@.label(p.horizon) AS horizon_label,
	p.status::pg_catalog.text AS status,
	@extschema@.label(p.status) AS status_label,
	p.starts_on,
	p.ends_on,
	p.ended_on,
	p.end_reason,
	p.owner_id,
	o.name AS owner_name,
	ld.lead_id,
	ld.lead_name,
	ld.lead_sector,
	COALESCE(ms.member_count, 0) AS member_count,
	COALESCE(ms.sectors, '{}')::pg_catalog.text AS sectors,
	COALESCE(@extschema@.set_label(ms.sectors), '') AS sectors_label,
	COALESCE(@extschema@.cardinality(ms.sectors), 0) AS sector_count,
	COALESCE(@extschema@.pentahelix_coverage(ms.sectors), 0) AS pentahelix_coverage,
	ag.agreement_id,
	ag.agreement_number,
	ag.agreement_kind,
	ag.agreement_kind_label,
	ag.agreement_effective_to,
	ag.agreement_effective_to - CURRENT_DATE AS days_to_expiry,
	CASE WHEN fu.currencies = 1 THEN fu.currency END AS currency,
	CASE WHEN COALESCE(fu.currencies, 0) <= 1 THEN COALESCE(fu.committed_total, 0) END AS committed_total,
	CASE WHEN COALESCE(fu.currencies, 0) <= 1 THEN COALESCE(ds.disbursed_total, 0) END AS disbursed_total,
	ev.evaluation_id AS latest_evaluation_id,
	ev.period_end AS latest_evaluation_on,
	ev.index AS latest_evaluation_index,
	ev.grade AS latest_evaluation_grade,
	ev.grade_label AS latest_evaluation_grade_label,
	COALESCE(ck.error_count, 0) AS error_count,
	COALESCE(ck.warning_count, 0) AS warning_count,
	COALESCE(rk.open_risks, 0) AS open_risks,
	@extschema@.risk_level(rk.top_likelihood, rk.top_impact) AS highest_risk_level,
	@extschema@.term_label(@extschema@.risk_level(rk.top_likelihood, rk.top_impact)) AS highest_risk_level_label,
	COALESCE(dc.documents, 0) AS documents,
	p.extra::pg_catalog.text AS extra
FROM @extschema@.partnership p
LEFT JOIN @extschema@.partner o ON o.id = p.owner_id
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, pg_catalog.count(*)::pg_catalog.int4 AS member_count,
		@extschema@.sectors(pt.sector) AS sectors
	FROM @extschema@.member m
	JOIN @extschema@.partnership q ON q.id = m.partnership_id
	JOIN @extschema@.partner pt ON pt.id = m.partner_id
	WHERE @extschema@.is_current_member(m.joined_on, m.left_on)
	GROUP BY q.id) ms ON ms.partnership_id = p.id AND ms.code = p.code
LEFT JOIN (
	SELECT DISTINCT ON (m.partnership_id, q.code) m.partnership_id, q.code, m.partner_id AS lead_id,
		pt.name AS lead_name, pt.sector::pg_catalog.text AS lead_sector
	FROM @extschema@.member m
	JOIN @extschema@.partnership q ON q.id = m.partnership_id
	JOIN @extschema@.partner pt ON pt.id = m.partner_id
	WHERE m.roles OPERATOR(@extschema@.@>) 'lead'::@extschema@.role
	  AND @extschema@.is_current_member(m.joined_on, m.left_on)
	ORDER BY m.partnership_id, q.code, m.partner_id) ld ON ld.partnership_id = p.id AND ld.code = p.code
LEFT JOIN (
	SELECT DISTINCT ON (a.partnership_id, q.code) a.partnership_id, q.code, a.id AS agreement_id,
		a.number AS agreement_number, a.kind::pg_catalog.text AS agreement_kind,
		@extschema@.label(a.kind) AS agreement_kind_label,
		a.effective_to AS agreement_effective_to
	FROM @extschema@.agreement a
	JOIN @extschema@.partnership q ON q.id = a.partnership_id
	WHERE @extschema@.is_effective(a.status, a.effective_from, a.effective_to)
	ORDER BY a.partnership_id, q.code,
		@extschema@.is_in_force(a.kind, a.status, a.effective_from, a.effective_to) DESC,
		a.effective_from DESC NULLS LAST, a.version DESC, a.id DESC) ag ON ag.partnership_id = p.id AND ag.code = p.code
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, pg_catalog.count(DISTINCT c.currency) AS currencies,
		pg_catalog.min(c.currency) AS currency, pg_catalog.sum(c.amount) AS committed_total
	FROM @extschema@.commitment c
	JOIN @extschema@.partnership q ON q.id = c.partnership_id
	GROUP BY q.id) fu ON fu.partnership_id = p.id AND fu.code = p.code
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, pg_catalog.sum(d.amount) AS disbursed_total
	FROM @extschema@.disbursement d
	JOIN @extschema@.partnership q ON q.id = d.partnership_id
	GROUP BY q.id) ds ON ds.partnership_id = p.id AND ds.code = p.code
LEFT JOIN (
	SELECT DISTINCT ON (e.partnership_id, e.partnership_code) e.partnership_id, e.partnership_code, e.evaluation_id,
		e.period_end, e.index, e.grade, e.grade_label
	FROM partnership_report.evaluations e
	-- filtered on the table's own column, whose statistics the planner
	-- reads: the view's status is text, and a filter on a cast is guessed
	-- at 0.5 % of the rows, which made a plan that regrouped every
	-- evaluation once per closed evaluation
	JOIN @extschema@.evaluation x ON x.id = e.evaluation_id
	WHERE x.status OPERATOR(@extschema@.=) 'closed'
	ORDER BY e.partnership_id, e.partnership_code, e.period_end DESC, e.evaluation_id DESC) ev
	ON ev.partnership_id = p.id AND ev.partnership_code = p.code
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code,
		(pg_catalog.count(*) FILTER (WHERE f.severity = 'error'))::pg_catalog.int4 AS error_count,
		(pg_catalog.count(*) FILTER (WHERE f.severity = 'warning'))::pg_catalog.int4 AS warning_count
	FROM @extschema@.report_findings() f
	JOIN @extschema@.partnership q ON q.id = f.partnership_id
	GROUP BY q.id) ck ON ck.partnership_id = p.id AND ck.code = p.code
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, pg_catalog.count(*)::pg_catalog.int4 AS open_risks,
		(pg_catalog.array_agg(r.likelihood::pg_catalog.int4
			ORDER BY r.likelihood * r.impact DESC, r.impact DESC))[1] AS top_likelihood,
		(pg_catalog.array_agg(r.impact::pg_catalog.int4
			ORDER BY r.likelihood * r.impact DESC, r.impact DESC))[1] AS top_impact
	FROM @extschema@.risk r
	JOIN @extschema@.partnership q ON q.id = r.partnership_id
	WHERE r.status OPERATOR(@extschema@.=) 'open'
	GROUP BY q.id) rk ON rk.partnership_id = p.id AND rk.code = p.code
LEFT JOIN (
	SELECT q.id AS partnership_id, q.code, pg_catalog.count(*)::pg_catalog.int4 AS documents
	FROM @extschema@.document d
	JOIN @extschema@.partnership q ON q.id = d.partnership_id
	GROUP BY q.id) dc ON dc.partnership_id = p.id AND dc.code = p.code;

COMMENT ON VIEW partnership_report.partnerships IS 'one row per partnership: type, status, dates, lead, members and sectors, agreement in force, funding, latest evaluation, rule violations and risks';
COMMENT ON COLUMN partnership_report.partnerships.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.partnerships.partnership_code IS 'unique code of the partnership';
COMMENT ON COLUMN partnership_report.partnerships.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.partnerships.formality IS 'formal (written agreement) or informal';
COMMENT ON COLUMN partnership_report.partnerships.formality_label IS 'formality label in partnership.language';
COMMENT ON COLUMN partnership_report.partnerships.horizon IS 'strategic (long-term) or operational (short-term)';
COMMENT ON COLUMN partnership_report.partnerships.horizon_label IS 'horizon label in partnership.language';
COMMENT ON COLUMN partnership_report.partnerships.status IS 'draft, proposed, active, suspended, completed or terminated';
COMMENT ON COLUMN partnership_report.partnerships.status_label IS 'status label in partnership.language';
COMMENT ON COLUMN partnership_report.partnerships.starts_on IS 'first day of the partnership';
COMMENT ON COLUMN partnership_report.partnerships.ends_on IS 'last day of the partnership';
COMMENT ON COLUMN partnership_report.partnerships.ended_on IS 'day the partnership was completed or terminated; NULL while it runs';
COMMENT ON COLUMN partnership_report.partnerships.end_reason IS 'why the partnership ended (required to terminate it)';
COMMENT ON COLUMN partnership_report.partnerships.owner_id IS 'identity of the government partner that owns the partnership';
COMMENT ON COLUMN partnership_report.partnerships.owner_name IS 'name of the owner';
COMMENT ON COLUMN partnership_report.partnerships.lead_id IS 'identity of the current lead member (the lowest id if several)';
COMMENT ON COLUMN partnership_report.partnerships.lead_name IS 'name of the current lead member';
COMMENT ON COLUMN partnership_report.partnerships.lead_sector IS 'sector of the current lead member';
COMMENT ON COLUMN partnership_report.partnerships.member_count IS 'number of current members';
COMMENT ON COLUMN partnership_report.partnerships.sectors IS 'sectors of the current members, e.g. {government,private,community}';
COMMENT ON COLUMN partnership_report.partnerships.sectors_label IS 'sector labels in partnership.language, comma separated';
COMMENT ON COLUMN partnership_report.partnerships.sector_count IS 'number of sectors among the current members';
COMMENT ON COLUMN partnership_report.partnerships.pentahelix_coverage IS 'share of the five Pentahelix helices (academia, business, community, government, media) among the current members, 0 to 1';
COMMENT ON COLUMN partnership_report.partnerships.agreement_id IS 'identity of the agreement in force: the binding one (pks, addendum) if any, else a signed mou in force';
COMMENT ON COLUMN partnership_report.partnerships.agreement_number IS 'registration number of the agreement in force';
COMMENT ON COLUMN partnership_report.partnerships.agreement_kind IS 'kind of the agreement in force: pks, addendum or mou';
COMMENT ON COLUMN partnership_report.partnerships.agreement_kind_label IS 'kind label of the agreement in force in partnership.language';
COMMENT ON COLUMN partnership_report.partnerships.agreement_effective_to IS 'last day of the agreement in force';
COMMENT ON COLUMN partnership_report.partnerships.days_to_expiry IS 'days from today until the agreement in force ends';
COMMENT ON COLUMN partnership_report.partnerships.currency IS 'currency of the commitments (NULL when there are none or they use several currencies)';
COMMENT ON COLUMN partnership_report.partnerships.committed_total IS 'sum of all commitments (NULL when they use several currencies: see funding)';
COMMENT ON COLUMN partnership_report.partnerships.disbursed_total IS 'sum of all disbursements (NULL when commitments use several currencies: see funding)';
COMMENT ON COLUMN partnership_report.partnerships.latest_evaluation_id IS 'identity of the latest closed evaluation';
COMMENT ON COLUMN partnership_report.partnerships.latest_evaluation_on IS 'period end of the latest closed evaluation';
COMMENT ON COLUMN partnership_report.partnerships.latest_evaluation_index IS 'index 0-100 of the latest closed evaluation';
COMMENT ON COLUMN partnership_report.partnerships.latest_evaluation_grade IS 'SAKIP grade of the latest closed evaluation: AA, A, BB, B, CC, C, D';
COMMENT ON COLUMN partnership_report.partnerships.latest_evaluation_grade_label IS 'grade label in partnership.language';
COMMENT ON COLUMN partnership_report.partnerships.error_count IS 'number of error rule violations now (check())';
COMMENT ON COLUMN partnership_report.partnerships.warning_count IS 'number of warning rule violations now (check())';
COMMENT ON COLUMN partnership_report.partnerships.open_risks IS 'number of open risks';
COMMENT ON COLUMN partnership_report.partnerships.highest_risk_level IS 'level of the highest-rated open risk: low, medium, high, critical (NULL without open risks)';
COMMENT ON COLUMN partnership_report.partnerships.highest_risk_level_label IS 'level label in partnership.language';
COMMENT ON COLUMN partnership_report.partnerships.documents IS 'number of documents of the partnership and its agreements';
COMMENT ON COLUMN partnership_report.partnerships.extra IS 'local fields of the partnership, a JSON object as text (NULL when none)';

/* ------------------------------------------------------------------------
 * Scoring of the registry (doc/scoring.md): one evaluation's criteria,
 * dimensions and overall result, and one indicator's actual, achievement
 * and progress, read from the report views above, so that each figure has
 * one definition.  The key ($1) reaches the views' subqueries down to
 * their indexes (response_pkey, measurement_pkey): the cost does not grow
 * with the registry.  SECURITY INVOKER: row-level security and the
 * caller's grants (the report views and the tables under them) hold.
 * ------------------------------------------------------------------------
 */

CREATE FUNCTION @extschema@.evaluation_criteria(evaluation_id pg_catalog.int8)
	RETURNS TABLE (
		criterion pg_catalog.text,
		dimension @extschema@.dimension,
		weight pg_catalog.numeric,
		reverse pg_catalog.bool,
		n pg_catalog.int8,
		mean pg_catalog.numeric,
		balanced_mean pg_catalog.numeric,
		gap pg_catalog.numeric,
		divergent pg_catalog.bool,
		sectors @extschema@.sectorset,
		index pg_catalog.numeric,
		status pg_catalog.text
	)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT c.criterion, c.dimension::@extschema@.dimension, c.weight, c.reverse,
		   c.responses::pg_catalog.int8, c.mean::pg_catalog.numeric,
		   c.balanced_mean::pg_catalog.numeric, c.gap::pg_catalog.numeric, c.divergent,
		   c.sectors::@extschema@.sectorset, c.index::pg_catalog.numeric, c.status
	FROM partnership_report.evaluation_criteria c
	WHERE c.evaluation_id = $1
	ORDER BY 2, 1
$$;
COMMENT ON FUNCTION @extschema@.evaluation_criteria(pg_catalog.int8) IS 'per criterion answered in one evaluation: likert() summary of its scores (reverse criteria scored 6 - score), divergent when gap >= setting gap_threshold (1.5)';

CREATE FUNCTION @extschema@.evaluation_dimensions(evaluation_id pg_catalog.int8)
	RETURNS TABLE (
		dimension @extschema@.dimension,
		criteria pg_catalog.int4,
		index pg_catalog.numeric,
		grade pg_catalog.text,
		status pg_catalog.text
	)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT x.dimension, x.criteria, x.index, @extschema@.grade(x.index),
		   @extschema@.factor_status(x.index / 25 + 1)
	FROM (SELECT c.dimension, count(*)::int4 AS criteria,
				 round(sum(c.weight * c.index) / sum(c.weight), 2) AS index
		  FROM @extschema@.evaluation_criteria($1) c
		  GROUP BY c.dimension) x
	ORDER BY x.dimension
$$;
COMMENT ON FUNCTION @extschema@.evaluation_dimensions(pg_catalog.int8) IS 'per dimension (outcome, process, risk) of one evaluation: weighted mean of its criteria''s indexes (weights from criterion), SAKIP grade, and the Wilder band of the matching mean (index / 25 + 1)';

CREATE FUNCTION @extschema@.evaluation_result(evaluation_id pg_catalog.int8)
	RETURNS TABLE (
		criteria pg_catalog.int4,
		index pg_catalog.numeric,
		grade pg_catalog.text,
		respondents pg_catalog.int8,
		sectors @extschema@.sectorset,
		sufficient pg_catalog.bool
	)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT e.criteria, e.index::pg_catalog.numeric, e.grade, e.respondents::pg_catalog.int8,
		   COALESCE(e.sectors, '{}')::@extschema@.sectorset, e.sufficient
	FROM partnership_report.evaluations e
	WHERE e.evaluation_id = $1
$$;
COMMENT ON FUNCTION @extschema@.evaluation_result(pg_catalog.int8) IS 'overall result of one evaluation (no row when it does not exist): weighted mean of its criteria''s indexes, SAKIP grade, respondents and their sectors, and sufficient when at least setting min_respondents (3) respondents from at least two sectors answered';

CREATE FUNCTION @extschema@.indicator_result(indicator_id pg_catalog.int8)
	RETURNS TABLE (
		actual pg_catalog.numeric,
		measurements pg_catalog.int8,
		last_period_end pg_catalog.date,
		achievement pg_catalog.numeric,
		progress pg_catalog.numeric
	)
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
AS $$
	SELECT i.actual, i.measurements::pg_catalog.int8, i.last_period_end,
		   i.achievement_percent::pg_catalog.numeric, i.progress_percent::pg_catalog.numeric
	FROM partnership_report.indicators i
	WHERE i.indicator_id = $1
$$;
COMMENT ON FUNCTION @extschema@.indicator_result(pg_catalog.int8) IS 'one indicator (no row when it does not exist): actual value (sum of measurements when incremental, the latest by period_end when level; NULL without measurements), number of measurements, last period, achievement() and progress() against its baseline and target';
