
/* ------------------------------------------------------------------------
 * Reports for BI (SPEC 8): the views of schema partnership_report.
 *
 * Every view is security_invoker, so the reader's own rights (and any
 * row-level security on the tables) apply; every column is a built-in type
 * (the extension's vocabulary types are cast to text, with a *_label column
 * beside each code in the language of partnership.language).
 *
 * Each view starts from one registry table and reaches everything else
 * through LATERAL subqueries keyed on that row's partnership_id, with no
 * window function or aggregate over the whole registry: a filter on
 * partnership_id (or the row's id) is pushed down into an index scan, so
 * looking up one partnership costs the same at any registry size.
 * See doc/reports.md.
 * ------------------------------------------------------------------------
 */

CREATE SCHEMA partnership_report;
COMMENT ON SCHEMA partnership_report IS 'report views of the partnership extension for BI tools: plain SQL column types, security_invoker, labels in partnership.language';

/*
 * The language of the labels, from setting partnership.language ('en' when
 * the setting is not defined yet, i.e. before the module is loaded).
 */
CREATE FUNCTION @extschema@.report_language()
	RETURNS pg_catalog.text
	LANGUAGE sql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$SELECT CASE WHEN pg_catalog.lower(pg_catalog.current_setting('partnership.language', true))
		IN ('id', 'indonesian') THEN 'id' ELSE 'en' END$$;
COMMENT ON FUNCTION @extschema@.report_language() IS 'language of report labels: ''id'' or ''en'', from setting partnership.language';

/*
 * Labels of the plain-text codes the scoring functions return (risk levels,
 * factor statuses, stakeholder quadrants); other text is returned as is.
 */
CREATE FUNCTION @extschema@.term_label(term pg_catalog.text, lang pg_catalog.text)
	RETURNS pg_catalog.text
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$SELECT CASE WHEN lang = 'id' THEN
		CASE term
			WHEN 'low' THEN 'rendah' WHEN 'medium' THEN 'sedang'
			WHEN 'high' THEN 'tinggi' WHEN 'critical' THEN 'kritis'
			WHEN 'strength' THEN 'kekuatan' WHEN 'borderline' THEN 'ambang batas'
			WHEN 'concern' THEN 'perlu perhatian'
			WHEN 'manage_closely' THEN 'kelola secara dekat'
			WHEN 'keep_satisfied' THEN 'jaga kepuasan'
			WHEN 'keep_informed' THEN 'beri informasi'
			WHEN 'monitor' THEN 'pantau'
			ELSE term END
	ELSE
		CASE term
			WHEN 'manage_closely' THEN 'manage closely'
			WHEN 'keep_satisfied' THEN 'keep satisfied'
			WHEN 'keep_informed' THEN 'keep informed'
			ELSE term END
	END$$;
COMMENT ON FUNCTION @extschema@.term_label(pg_catalog.text, pg_catalog.text) IS 'label of a scoring code (risk level, factor status, stakeholder quadrant) in a language: en or id';

CREATE FUNCTION @extschema@.term_label(term pg_catalog.text)
	RETURNS pg_catalog.text
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$SELECT @extschema@.term_label(term, @extschema@.report_language())$$;
COMMENT ON FUNCTION @extschema@.term_label(pg_catalog.text) IS 'label of a scoring code (risk level, factor status, stakeholder quadrant) in the language of partnership.language';

/*
 * Labels of the members of a set, comma separated, in partnership.language.
 */
CREATE FUNCTION @extschema@.set_label(s @extschema@.sectorset)
	RETURNS pg_catalog.text
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$SELECT pg_catalog.string_agg(@extschema@.label(x), ', ') FROM @extschema@.unnest(s) AS x$$;
COMMENT ON FUNCTION @extschema@.set_label(@extschema@.sectorset) IS 'labels of the sectors of a set, comma separated, in the language of partnership.language';

CREATE FUNCTION @extschema@.set_label(s @extschema@.roleset)
	RETURNS pg_catalog.text
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$SELECT pg_catalog.string_agg(@extschema@.label(x), ', ') FROM @extschema@.unnest(s) AS x$$;
COMMENT ON FUNCTION @extschema@.set_label(@extschema@.roleset) IS 'labels of the roles of a set, comma separated, in the language of partnership.language';

/* ------------------------------------------------------------------------
 * members
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.members WITH (security_invoker = true) AS
SELECT m.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
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
	(m.left_on IS NULL OR m.left_on > CURRENT_DATE)
		AND (m.joined_on IS NULL OR m.joined_on <= CURRENT_DATE) AS is_current,
	(m.joined_on IS NOT NULL AND p.starts_on IS NOT NULL
		AND m.joined_on > p.starts_on) AS joined_late,
	m.influence::pg_catalog.int4 AS influence,
	m.interest::pg_catalog.int4 AS interest,
	@extschema@.stakeholder_quadrant(m.influence, m.interest) AS stakeholder_quadrant,
	@extschema@.term_label(@extschema@.stakeholder_quadrant(m.influence, m.interest)) AS stakeholder_quadrant_label,
	EXISTS (SELECT 1 FROM @extschema@.agreement_party ap
		WHERE ap.partnership_id = m.partnership_id AND ap.partner_id = m.partner_id
		  AND ap.agreement_id = f.agreement_id) AS is_party_in_force,
	COALESCE((SELECT pg_catalog.sum(c.amount) FROM @extschema@.commitment c
		WHERE c.partnership_id = m.partnership_id AND c.partner_id = m.partner_id), 0) AS committed_total,
	(SELECT pg_catalog.count(*)::pg_catalog.int4 FROM @extschema@.assignment s
		WHERE s.partnership_id = m.partnership_id AND s.partner_id = m.partner_id) AS assignments,
	(SELECT pg_catalog.string_agg(pg_catalog.concat_ws(', ', ct.name, ct.position, ct.email, ct.phone),
			'; ' ORDER BY ct.name, ct.id)
	 FROM @extschema@.contact ct WHERE ct.partner_id = m.partner_id) AS contacts,
	m.extra::pg_catalog.text AS extra,
	pt.extra::pg_catalog.text AS partner_extra
FROM @extschema@.member m
JOIN @extschema@.partnership p ON p.id = m.partnership_id
JOIN @extschema@.partner pt ON pt.id = m.partner_id
LEFT JOIN LATERAL (
	SELECT a.id AS agreement_id
	FROM @extschema@.agreement a
	WHERE a.partnership_id = m.partnership_id
	  AND a.kind::pg_catalog.text IN ('pks', 'addendum')
	  AND a.status::pg_catalog.text = 'signed'
	  AND a.effective_from <= CURRENT_DATE
	  AND (a.effective_to IS NULL OR a.effective_to >= CURRENT_DATE)
	ORDER BY a.version DESC LIMIT 1) f ON true;

COMMENT ON VIEW partnership_report.members IS 'one row per member of a partnership: the organisation, its sector, roles, dates and stakeholder position';
COMMENT ON COLUMN partnership_report.members.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.members.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.members.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.members.partnership_status IS 'status of the partnership: draft, proposed, active, suspended, completed, terminated';
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
COMMENT ON COLUMN partnership_report.members.committed_total IS 'sum of the member''s commitments (as recorded, in their currencies)';
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
	a.status::pg_catalog.text = 'signed'
		AND a.effective_from <= CURRENT_DATE
		AND (a.effective_to IS NULL OR a.effective_to >= CURRENT_DATE) AS effective_today,
	a.id = f.agreement_id AS in_force,
	CASE WHEN a.status::pg_catalog.text = 'signed' THEN a.effective_to - CURRENT_DATE END AS days_to_expiry,
	a.terminated_on,
	a.termination_reason,
	pa.parties,
	pa.parties_signed,
	pa.party_names,
	pa.sectors,
	cl.clauses,
	cl.missing_required_clauses,
	dc.documents,
	dc.latest_document_title,
	dc.latest_document_url,
	a.extra::pg_catalog.text AS extra
FROM @extschema@.agreement a
JOIN @extschema@.partnership p ON p.id = a.partnership_id
LEFT JOIN LATERAL (
	SELECT ag.id AS agreement_id
	FROM @extschema@.agreement ag
	WHERE ag.partnership_id = a.partnership_id
	  AND ag.kind::pg_catalog.text IN ('pks', 'addendum')
	  AND ag.status::pg_catalog.text = 'signed'
	  AND ag.effective_from <= CURRENT_DATE
	  AND (ag.effective_to IS NULL OR ag.effective_to >= CURRENT_DATE)
	ORDER BY ag.version DESC LIMIT 1) f ON true
CROSS JOIN LATERAL (
	SELECT pg_catalog.count(*)::pg_catalog.int4 AS parties,
		(pg_catalog.count(*) FILTER (WHERE ap.signed_on IS NOT NULL
			AND pg_catalog.btrim(ap.signatory_name) <> ''))::pg_catalog.int4 AS parties_signed,
		pg_catalog.string_agg(pt.name, '; ' ORDER BY pt.name) AS party_names,
		COALESCE(@extschema@.sectors(pt.sector), '{}')::pg_catalog.text AS sectors
	FROM @extschema@.agreement_party ap
	JOIN @extschema@.partner pt ON pt.id = ap.partner_id
	WHERE ap.partnership_id = a.partnership_id AND ap.agreement_id = a.id) pa
CROSS JOIN LATERAL (
	SELECT (SELECT pg_catalog.count(*)::pg_catalog.int4 FROM @extschema@.agreement_clause c
			WHERE c.partnership_id = a.partnership_id AND c.agreement_id = a.id) AS clauses,
		CASE WHEN a.kind::pg_catalog.text IN ('pks', 'addendum') THEN
			(SELECT pg_catalog.string_agg(k.code, ', ' ORDER BY k.code)
			 FROM @extschema@.clause_kind k
			 WHERE k.required
			   AND NOT EXISTS (SELECT 1 FROM @extschema@.agreement_clause c
					WHERE c.partnership_id = a.partnership_id AND c.agreement_id = a.id
					  AND c.kind = k.code))
		END AS missing_required_clauses) cl
CROSS JOIN LATERAL (
	SELECT pg_catalog.count(*)::pg_catalog.int4 AS documents,
		(pg_catalog.array_agg(d.title ORDER BY d.added_on DESC, d.id DESC))[1] AS latest_document_title,
		(pg_catalog.array_agg(d.url ORDER BY d.added_on DESC, d.id DESC))[1] AS latest_document_url
	FROM @extschema@.document d
	WHERE d.partnership_id = a.partnership_id AND d.agreement_id = a.id) dc;

COMMENT ON VIEW partnership_report.agreements IS 'one row per agreement (MoU, PKS, addendum) with its status, period, parties and clauses';
COMMENT ON COLUMN partnership_report.agreements.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.agreements.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.agreements.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.agreements.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.agreements.agreement_id IS 'identity of the agreement';
COMMENT ON COLUMN partnership_report.agreements.kind IS 'mou, pks or addendum';
COMMENT ON COLUMN partnership_report.agreements.kind_label IS 'kind label in partnership.language';
COMMENT ON COLUMN partnership_report.agreements.binding IS 'true for a binding agreement (pks or addendum)';
COMMENT ON COLUMN partnership_report.agreements.number IS 'registration number of the agreement';
COMMENT ON COLUMN partnership_report.agreements.title IS 'title of the agreement';
COMMENT ON COLUMN partnership_report.agreements.version IS 'version within the partnership (1, 2, ...)';
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
CROSS JOIN LATERAL (
	SELECT COALESCE(pg_catalog.round(@extschema@.setting('expiry_warning_days'))::pg_catalog.int4,
		90) AS warning_days) w
LEFT JOIN LATERAL (
	SELECT pt.name AS lead_name
	FROM @extschema@.member m
	JOIN @extschema@.partner pt ON pt.id = m.partner_id
	WHERE m.partnership_id = a.partnership_id
	  AND m.roles OPERATOR(@extschema@.@>) 'lead'::@extschema@.role
	  AND (m.left_on IS NULL OR m.left_on > CURRENT_DATE)
	  AND (m.joined_on IS NULL OR m.joined_on <= CURRENT_DATE)
	ORDER BY m.partner_id LIMIT 1) ld ON true
WHERE a.status::pg_catalog.text = 'signed'
  AND p.status::pg_catalog.text NOT IN ('completed', 'terminated')
  AND a.effective_from <= CURRENT_DATE
  AND a.effective_to >= CURRENT_DATE
  AND a.effective_to <= CURRENT_DATE + w.warning_days;

COMMENT ON VIEW partnership_report.agreements_expiring IS 'signed agreements in force today that end within setting expiry_warning_days (default 90), for partnerships that are not completed or terminated';
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
COMMENT ON COLUMN partnership_report.agreements_expiring.version IS 'version within the partnership';
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
	d.disbursed,
	c.amount - d.disbursed AS remaining,
	pg_catalog.round(d.disbursed * 100 / c.amount, 2) AS disbursed_percent,
	c.committed_on,
	d.disbursements,
	d.last_paid_on
FROM @extschema@.commitment c
JOIN @extschema@.partnership p ON p.id = c.partnership_id
JOIN @extschema@.partner pt ON pt.id = c.partner_id
CROSS JOIN LATERAL (
	SELECT COALESCE(pg_catalog.sum(x.amount), 0) AS disbursed,
		pg_catalog.count(*)::pg_catalog.int4 AS disbursements,
		pg_catalog.max(x.paid_on) AS last_paid_on
	FROM @extschema@.disbursement x
	WHERE x.partnership_id = c.partnership_id AND x.commitment_id = c.id) d;

COMMENT ON VIEW partnership_report.funding IS 'one row per commitment (cash or in kind) with what has been disbursed against it';
COMMENT ON COLUMN partnership_report.funding.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.funding.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.funding.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.funding.partnership_status IS 'status of the partnership';
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
	m.measurements,
	m.last_period_end,
	m.actual,
	@extschema@.achievement(i.baseline, i.target, m.actual, i.direction) AS achievement_percent,
	@extschema@.progress(i.baseline, i.target, m.actual) AS progress_percent
FROM @extschema@.indicator i
JOIN @extschema@.partnership p ON p.id = i.partnership_id
CROSS JOIN LATERAL (
	SELECT pg_catalog.count(*)::pg_catalog.int4 AS measurements,
		pg_catalog.max(x.period_end) AS last_period_end,
		CASE WHEN i.aggregation::pg_catalog.text = 'level'
			THEN (pg_catalog.array_agg(x.value ORDER BY x.period_end DESC))[1]
			ELSE pg_catalog.sum(x.value) END AS actual
	FROM @extschema@.measurement x
	WHERE x.partnership_id = i.partnership_id AND x.indicator_id = i.id) m;

COMMENT ON VIEW partnership_report.indicators IS 'one row per indicator: baseline, target, actual (sum of measurements, or the latest for a level indicator), achievement and progress';
COMMENT ON COLUMN partnership_report.indicators.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.indicators.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.indicators.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.indicators.partnership_status IS 'status of the partnership';
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
	e.period_end,
	e.status::pg_catalog.text AS evaluation_status,
	c.code AS criterion,
	CASE @extschema@.report_language() WHEN 'id' THEN c.label_id ELSE c.label_en END AS criterion_label,
	c.dimension::pg_catalog.text AS dimension,
	@extschema@.label(c.dimension) AS dimension_label,
	c.weight,
	c.reverse,
	(x.s).n::pg_catalog.int4 AS responses,
	(x.s).mean AS mean,
	(x.s).balanced_mean AS balanced_mean,
	(x.s).gap AS gap,
	(x.s).gap >= COALESCE(@extschema@.setting('gap_threshold'), 1.5) AS divergent,
	(x.s).sectors::pg_catalog.text AS sectors,
	@extschema@.cardinality((x.s).sectors) AS sector_count,
	(x.s).status AS status,
	@extschema@.term_label((x.s).status) AS status_label,
	(x.s).index AS index
FROM @extschema@.evaluation e
JOIN @extschema@.partnership p ON p.id = e.partnership_id
CROSS JOIN LATERAL (
	SELECT r.criterion,
		@extschema@.likert(r.score, pt.sector, cr.reverse) AS s
	FROM @extschema@.response r
	JOIN @extschema@.partner pt ON pt.id = r.respondent_id
	JOIN @extschema@.criterion cr ON cr.code = r.criterion
	WHERE r.partnership_id = e.partnership_id AND r.evaluation_id = e.id
	GROUP BY r.criterion) x
JOIN @extschema@.criterion c ON c.code = x.criterion;

COMMENT ON VIEW partnership_report.evaluation_criteria IS 'one row per evaluation and criterion scored: sector-balanced mean, perception gap, Wilder status and index (reverse criteria counted as 6 - score)';
COMMENT ON COLUMN partnership_report.evaluation_criteria.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.evaluation_criteria.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.evaluation_criteria.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.evaluation_criteria.evaluation_id IS 'identity of the evaluation';
COMMENT ON COLUMN partnership_report.evaluation_criteria.evaluation_kind IS 'monitoring, midterm or final';
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

CREATE VIEW partnership_report.evaluations WITH (security_invoker = true) AS
SELECT e.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	e.id AS evaluation_id,
	e.kind::pg_catalog.text AS kind,
	@extschema@.label(e.kind) AS kind_label,
	e.period_end,
	e.status::pg_catalog.text AS status,
	@extschema@.label(e.status) AS status_label,
	rs.respondents,
	rs.responses,
	rs.sectors::pg_catalog.text AS sectors,
	COALESCE(@extschema@.cardinality(rs.sectors), 0) AS sector_count,
	rs.respondents >= COALESCE(@extschema@.setting('min_respondents'), 3)
		AND COALESCE(@extschema@.cardinality(rs.sectors), 0) >= 2 AS sufficient,
	ix.criteria,
	ix.index,
	@extschema@.grade(ix.index) AS grade,
	@extschema@.grade_label(ix.index) AS grade_label,
	ix.outcome_index,
	ix.process_index,
	ix.risk_index,
	ix.strengths,
	ix.borderlines,
	ix.concerns,
	ix.divergent_criteria
FROM @extschema@.evaluation e
JOIN @extschema@.partnership p ON p.id = e.partnership_id
CROSS JOIN LATERAL (
	SELECT pg_catalog.count(DISTINCT r.respondent_id)::pg_catalog.int4 AS respondents,
		pg_catalog.count(*)::pg_catalog.int4 AS responses,
		@extschema@.sectors(pt.sector) AS sectors
	FROM @extschema@.response r
	JOIN @extschema@.partner pt ON pt.id = r.respondent_id
	WHERE r.partnership_id = e.partnership_id AND r.evaluation_id = e.id) rs
CROSS JOIN LATERAL (
	SELECT pg_catalog.count(*)::pg_catalog.int4 AS criteria,
		pg_catalog.round(pg_catalog.sum(x.weight * (x.s).index) / pg_catalog.sum(x.weight), 2) AS index,
		pg_catalog.round(pg_catalog.sum(x.weight * (x.s).index) FILTER (WHERE x.dimension = 'outcome')
			/ pg_catalog.sum(x.weight) FILTER (WHERE x.dimension = 'outcome'), 2) AS outcome_index,
		pg_catalog.round(pg_catalog.sum(x.weight * (x.s).index) FILTER (WHERE x.dimension = 'process')
			/ pg_catalog.sum(x.weight) FILTER (WHERE x.dimension = 'process'), 2) AS process_index,
		pg_catalog.round(pg_catalog.sum(x.weight * (x.s).index) FILTER (WHERE x.dimension = 'risk')
			/ pg_catalog.sum(x.weight) FILTER (WHERE x.dimension = 'risk'), 2) AS risk_index,
		(pg_catalog.count(*) FILTER (WHERE (x.s).status = 'strength'))::pg_catalog.int4 AS strengths,
		(pg_catalog.count(*) FILTER (WHERE (x.s).status = 'borderline'))::pg_catalog.int4 AS borderlines,
		(pg_catalog.count(*) FILTER (WHERE (x.s).status = 'concern'))::pg_catalog.int4 AS concerns,
		(pg_catalog.count(*) FILTER (WHERE (x.s).gap >=
			COALESCE(@extschema@.setting('gap_threshold'), 1.5)))::pg_catalog.int4 AS divergent_criteria
	FROM (SELECT cr.dimension::pg_catalog.text AS dimension, cr.weight,
			@extschema@.likert(r.score, pt.sector, cr.reverse) AS s
		FROM @extschema@.response r
		JOIN @extschema@.partner pt ON pt.id = r.respondent_id
		JOIN @extschema@.criterion cr ON cr.code = r.criterion
		WHERE r.partnership_id = e.partnership_id AND r.evaluation_id = e.id
		GROUP BY cr.code) x) ix;

COMMENT ON VIEW partnership_report.evaluations IS 'one row per evaluation: respondents, responding sectors, sufficiency, weighted index overall and per dimension, SAKIP grade';
COMMENT ON COLUMN partnership_report.evaluations.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.evaluations.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.evaluations.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.evaluations.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.evaluations.evaluation_id IS 'identity of the evaluation';
COMMENT ON COLUMN partnership_report.evaluations.kind IS 'monitoring, midterm or final';
COMMENT ON COLUMN partnership_report.evaluations.kind_label IS 'kind label in partnership.language';
COMMENT ON COLUMN partnership_report.evaluations.period_end IS 'last day of the period evaluated';
COMMENT ON COLUMN partnership_report.evaluations.status IS 'open (collecting responses) or closed';
COMMENT ON COLUMN partnership_report.evaluations.status_label IS 'status label in partnership.language';
COMMENT ON COLUMN partnership_report.evaluations.respondents IS 'number of distinct respondents';
COMMENT ON COLUMN partnership_report.evaluations.responses IS 'number of scores given';
COMMENT ON COLUMN partnership_report.evaluations.sectors IS 'sectors of the respondents, e.g. {government,private,community}';
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
	r.status::pg_catalog.text = 'open' AND r.likelihood * r.impact >= 10
		AND (r.mitigation IS NULL OR pg_catalog.btrim(r.mitigation) = '') AS unmitigated
FROM @extschema@.risk r
JOIN @extschema@.partnership p ON p.id = r.partnership_id
LEFT JOIN @extschema@.partner o ON o.id = r.owner_id;

COMMENT ON VIEW partnership_report.risks IS 'one row per risk of the risk register: challenge, likelihood, impact, level and mitigation';
COMMENT ON COLUMN partnership_report.risks.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.risks.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.risks.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.risks.partnership_status IS 'status of the partnership';
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
	p.formality::pg_catalog.text AS formality,
	p.horizon::pg_catalog.text AS horizon,
	x.sector::pg_catalog.text AS sector,
	@extschema@.label(x.sector) AS sector_label,
	@extschema@.pentahelix(x.sector)::pg_catalog.text AS pentahelix,
	x.members,
	pg_catalog.round(x.members * 100.0 / t.members, 2) AS member_percent,
	x.leads,
	x.funders,
	x.present_from_start,
	x.committed_total
FROM @extschema@.partnership p
CROSS JOIN LATERAL (
	SELECT pt.sector,
		pg_catalog.count(*)::pg_catalog.int4 AS members,
		(pg_catalog.count(*) FILTER (WHERE m.roles OPERATOR(@extschema@.@>) 'lead'::@extschema@.role))::pg_catalog.int4 AS leads,
		(pg_catalog.count(*) FILTER (WHERE m.roles OPERATOR(@extschema@.@>) 'funder'::@extschema@.role))::pg_catalog.int4 AS funders,
		COALESCE(pg_catalog.bool_or(m.joined_on IS NULL OR p.starts_on IS NULL
			OR m.joined_on <= p.starts_on), false) AS present_from_start,
		COALESCE(pg_catalog.sum((SELECT pg_catalog.sum(c.amount) FROM @extschema@.commitment c
			WHERE c.partnership_id = m.partnership_id AND c.partner_id = m.partner_id)), 0) AS committed_total
	FROM @extschema@.member m
	JOIN @extschema@.partner pt ON pt.id = m.partner_id
	WHERE m.partnership_id = p.id
	  AND (m.left_on IS NULL OR m.left_on > CURRENT_DATE)
	  AND (m.joined_on IS NULL OR m.joined_on <= CURRENT_DATE)
	GROUP BY pt.sector) x
CROSS JOIN LATERAL (
	SELECT pg_catalog.count(*) AS members
	FROM @extschema@.member m
	WHERE m.partnership_id = p.id
	  AND (m.left_on IS NULL OR m.left_on > CURRENT_DATE)
	  AND (m.joined_on IS NULL OR m.joined_on <= CURRENT_DATE)) t;

COMMENT ON VIEW partnership_report.sector_mix IS 'one row per partnership and sector of its current members: how many members, their share, leads and funders, and whether the sector was there from the start';
COMMENT ON COLUMN partnership_report.sector_mix.partnership_id IS 'identity of the partnership';
COMMENT ON COLUMN partnership_report.sector_mix.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.sector_mix.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.sector_mix.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.sector_mix.formality IS 'formal or informal';
COMMENT ON COLUMN partnership_report.sector_mix.horizon IS 'strategic or operational';
COMMENT ON COLUMN partnership_report.sector_mix.sector IS 'sector (canonical English code)';
COMMENT ON COLUMN partnership_report.sector_mix.sector_label IS 'sector label in partnership.language';
COMMENT ON COLUMN partnership_report.sector_mix.pentahelix IS 'Pentahelix letter of the sector: A, B, C, G, M (NULL for nonprofit and international)';
COMMENT ON COLUMN partnership_report.sector_mix.members IS 'number of current members of this sector';
COMMENT ON COLUMN partnership_report.sector_mix.member_percent IS 'share of the partnership''s current members in this sector, percent';
COMMENT ON COLUMN partnership_report.sector_mix.leads IS 'current members of this sector holding lead';
COMMENT ON COLUMN partnership_report.sector_mix.funders IS 'current members of this sector holding funder';
COMMENT ON COLUMN partnership_report.sector_mix.present_from_start IS 'true when a member of this sector joined on or before the partnership started (rule early_involvement)';
COMMENT ON COLUMN partnership_report.sector_mix.committed_total IS 'sum of the commitments of this sector''s current members (as recorded, in their currencies)';

/* ------------------------------------------------------------------------
 * partner_network
 * ------------------------------------------------------------------------
 */

CREATE VIEW partnership_report.partner_network WITH (security_invoker = true) AS
SELECT a.partnership_id,
	p.code AS partnership_code,
	p.name AS partnership_name,
	p.status::pg_catalog.text AS partnership_status,
	a.partner_id AS partner_a_id,
	pa.name AS partner_a_name,
	pa.sector::pg_catalog.text AS partner_a_sector,
	b.partner_id AS partner_b_id,
	pb.name AS partner_b_name,
	pb.sector::pg_catalog.text AS partner_b_sector,
	pa.sector OPERATOR(@extschema@.<>) pb.sector AS cross_sector,
	s.shared_partnerships
FROM @extschema@.member a
JOIN @extschema@.member b ON b.partnership_id = a.partnership_id AND b.partner_id > a.partner_id
JOIN @extschema@.partnership p ON p.id = a.partnership_id
JOIN @extschema@.partner pa ON pa.id = a.partner_id
JOIN @extschema@.partner pb ON pb.id = b.partner_id
CROSS JOIN LATERAL (
	SELECT pg_catalog.count(*)::pg_catalog.int4 AS shared_partnerships
	FROM @extschema@.member x
	JOIN @extschema@.member y ON y.partnership_id = x.partnership_id AND y.partner_id = b.partner_id
	WHERE x.partner_id = a.partner_id) s;

COMMENT ON VIEW partnership_report.partner_network IS 'edges of the partner network: one row per partnership and pair of its members (partner_a_id < partner_b_id); group by the pair for a weighted network chart';
COMMENT ON COLUMN partnership_report.partner_network.partnership_id IS 'identity of the partnership the pair shares';
COMMENT ON COLUMN partnership_report.partner_network.partnership_code IS 'code of the partnership';
COMMENT ON COLUMN partnership_report.partner_network.partnership_name IS 'name of the partnership';
COMMENT ON COLUMN partnership_report.partner_network.partnership_status IS 'status of the partnership';
COMMENT ON COLUMN partnership_report.partner_network.partner_a_id IS 'identity of the first partner (the lower id)';
COMMENT ON COLUMN partnership_report.partner_network.partner_a_name IS 'name of the first partner';
COMMENT ON COLUMN partnership_report.partner_network.partner_a_sector IS 'sector of the first partner';
COMMENT ON COLUMN partnership_report.partner_network.partner_b_id IS 'identity of the second partner (the higher id)';
COMMENT ON COLUMN partnership_report.partner_network.partner_b_name IS 'name of the second partner';
COMMENT ON COLUMN partnership_report.partner_network.partner_b_sector IS 'sector of the second partner';
COMMENT ON COLUMN partnership_report.partner_network.cross_sector IS 'true when the two partners are of different sectors';
COMMENT ON COLUMN partnership_report.partner_network.shared_partnerships IS 'number of partnerships (any status) in which both partners are members: the weight of the edge';

/* ------------------------------------------------------------------------
 * compliance
 * ------------------------------------------------------------------------
 */

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
	c.detail::pg_catalog.text AS detail
FROM @extschema@.partnership p
CROSS JOIN LATERAL @extschema@.check(p.id) c
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
	p.owner_id,
	o.name AS owner_name,
	ld.lead_id,
	ld.lead_name,
	ld.lead_sector,
	ms.member_count,
	COALESCE(ms.sectors, '{}')::pg_catalog.text AS sectors,
	COALESCE(@extschema@.set_label(ms.sectors), '') AS sectors_label,
	COALESCE(@extschema@.cardinality(ms.sectors), 0) AS sector_count,
	COALESCE(@extschema@.pentahelix_coverage(ms.sectors), 0) AS pentahelix_coverage,
	ag.agreement_id,
	ag.agreement_number,
	ag.agreement_kind,
	ag.agreement_effective_to,
	ag.agreement_effective_to - CURRENT_DATE AS days_to_expiry,
	fu.currency,
	fu.committed_total,
	fu.disbursed_total,
	ev.evaluation_id AS latest_evaluation_id,
	ev.period_end AS latest_evaluation_on,
	ev.index AS latest_evaluation_index,
	ev.grade AS latest_evaluation_grade,
	ev.grade_label AS latest_evaluation_grade_label,
	ck.error_count,
	ck.warning_count,
	rk.open_risks,
	@extschema@.risk_level(rk.top_likelihood, rk.top_impact) AS highest_risk_level,
	@extschema@.term_label(@extschema@.risk_level(rk.top_likelihood, rk.top_impact)) AS highest_risk_level_label,
	(SELECT pg_catalog.count(*)::pg_catalog.int4 FROM @extschema@.document d
		WHERE d.partnership_id = p.id) AS documents,
	p.extra::pg_catalog.text AS extra
FROM @extschema@.partnership p
LEFT JOIN @extschema@.partner o ON o.id = p.owner_id
CROSS JOIN LATERAL (
	SELECT pg_catalog.count(*)::pg_catalog.int4 AS member_count,
		@extschema@.sectors(pt.sector) AS sectors
	FROM @extschema@.member m
	JOIN @extschema@.partner pt ON pt.id = m.partner_id
	WHERE m.partnership_id = p.id
	  AND (m.left_on IS NULL OR m.left_on > CURRENT_DATE)
	  AND (m.joined_on IS NULL OR m.joined_on <= CURRENT_DATE)) ms
LEFT JOIN LATERAL (
	SELECT m.partner_id AS lead_id, pt.name AS lead_name,
		pt.sector::pg_catalog.text AS lead_sector
	FROM @extschema@.member m
	JOIN @extschema@.partner pt ON pt.id = m.partner_id
	WHERE m.partnership_id = p.id
	  AND m.roles OPERATOR(@extschema@.@>) 'lead'::@extschema@.role
	  AND (m.left_on IS NULL OR m.left_on > CURRENT_DATE)
	  AND (m.joined_on IS NULL OR m.joined_on <= CURRENT_DATE)
	ORDER BY m.partner_id LIMIT 1) ld ON true
LEFT JOIN LATERAL (
	SELECT a.id AS agreement_id, a.number AS agreement_number,
		a.kind::pg_catalog.text AS agreement_kind, a.effective_to AS agreement_effective_to
	FROM @extschema@.agreement a
	WHERE a.partnership_id = p.id
	  AND a.status::pg_catalog.text = 'signed'
	  AND a.effective_from <= CURRENT_DATE
	  AND (a.effective_to IS NULL OR a.effective_to >= CURRENT_DATE)
	ORDER BY a.kind::pg_catalog.text IN ('pks', 'addendum') DESC, a.version DESC
	LIMIT 1) ag ON true
CROSS JOIN LATERAL (
	SELECT CASE WHEN pg_catalog.count(DISTINCT c.currency) = 1
			THEN pg_catalog.min(c.currency) END AS currency,
		CASE WHEN pg_catalog.count(DISTINCT c.currency) <= 1
			THEN COALESCE(pg_catalog.sum(c.amount), 0) END AS committed_total,
		CASE WHEN pg_catalog.count(DISTINCT c.currency) <= 1
			THEN COALESCE(pg_catalog.sum((SELECT pg_catalog.sum(d.amount)
				FROM @extschema@.disbursement d
				WHERE d.partnership_id = c.partnership_id AND d.commitment_id = c.id)), 0)
		END AS disbursed_total
	FROM @extschema@.commitment c
	WHERE c.partnership_id = p.id) fu
LEFT JOIN LATERAL (
	SELECT e.evaluation_id, e.period_end, e.index, e.grade, e.grade_label
	FROM partnership_report.evaluations e
	WHERE e.partnership_id = p.id AND e.status = 'closed'
	ORDER BY e.period_end DESC, e.evaluation_id DESC
	LIMIT 1) ev ON true
CROSS JOIN LATERAL (
	SELECT (pg_catalog.count(*) FILTER (WHERE c.severity = 'error'))::pg_catalog.int4 AS error_count,
		(pg_catalog.count(*) FILTER (WHERE c.severity = 'warning'))::pg_catalog.int4 AS warning_count
	FROM @extschema@.check(p.id) c) ck
CROSS JOIN LATERAL (
	SELECT pg_catalog.count(*)::pg_catalog.int4 AS open_risks,
		(pg_catalog.array_agg(r.likelihood::pg_catalog.int4
			ORDER BY r.likelihood * r.impact DESC, r.impact DESC))[1] AS top_likelihood,
		(pg_catalog.array_agg(r.impact::pg_catalog.int4
			ORDER BY r.likelihood * r.impact DESC, r.impact DESC))[1] AS top_impact
	FROM @extschema@.risk r
	WHERE r.partnership_id = p.id AND r.status::pg_catalog.text = 'open') rk;

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
