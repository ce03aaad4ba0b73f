# The staging form of the tables partnership.import() covers (doc/import.md),
# sourced by test/scripts/suite-import.sh and test/bench/p9_import.sh:
#   export[sheet]   the query that writes a registry's rows as that sheet
#                   (names and codes for ids, Indonesian dates and amounts,
#                   lists), in the registry's id order
#   columns[sheet]  the staging columns the query fills, for \copy
#   sheets          the sheets in load order
# shellcheck shell=bash disable=SC2034
declare -A export
export[partner]="SELECT a.name, a.sector::text, a.iati_ref, b.name
	FROM partnership.partner a LEFT JOIN partnership.partner b ON b.id = a.parent_id ORDER BY a.id"
export[contact]="SELECT p.name, c.name, c.position, c.email, c.phone
	FROM partnership.contact c JOIN partnership.partner p ON p.id = c.partner_id ORDER BY c.id"
export[partnership]="SELECT p.code, p.name, p.formality::text, p.horizon::text, p.status::text,
	to_char(p.starts_on, 'DD/MM/YYYY'), to_char(p.ends_on, 'YYYY-MM-DD'),
	array_to_string(p.objectives, E'\n'), o.name,
	(extract(year FROM p.evaluation_interval) * 12 + extract(month FROM p.evaluation_interval))::int || ' bulan',
	p.description, to_char(p.ended_on, 'DD/MM/YYYY'), p.end_reason
	FROM partnership.partnership p LEFT JOIN partnership.partner o ON o.id = p.owner_id ORDER BY p.id"
export[member]="SELECT p.code, a.name, translate(m.roles::text, '{}', ''), m.title,
	to_char(m.joined_on, 'DD-MM-YYYY'), to_char(m.left_on, 'DD/MM/YYYY'), m.influence, m.interest
	FROM partnership.member m JOIN partnership.partnership p ON p.id = m.partnership_id
	JOIN partnership.partner a ON a.id = m.partner_id ORDER BY p.id, a.id"
export[agreement]="SELECT p.code, a.kind::text, a.number, b.number, a.status::text, a.title,
	to_char(a.signed_on, 'DD/MM/YYYY'), to_char(a.effective_from, 'DD/MM/YYYY'),
	to_char(a.effective_to, 'DD/MM/YYYY'), array_to_string(a.objectives, E'\n'),
	to_char(a.terminated_on, 'DD/MM/YYYY'), a.termination_reason,
	(SELECT string_agg(c.kind, '; ' ORDER BY c.id) FROM partnership.agreement_clause c WHERE c.agreement_id = a.id)
	FROM partnership.agreement a JOIN partnership.partnership p ON p.id = a.partnership_id
	LEFT JOIN partnership.agreement b ON b.id = a.amends_id ORDER BY a.id"
export[agreement_party]="SELECT p.code, g.number, a.name, translate(x.roles::text, '{}', ''),
	array_to_string(x.responsibilities, E'\n'), x.signatory_name, x.signatory_title,
	to_char(x.signed_on, 'DD/MM/YYYY')
	FROM partnership.agreement_party x JOIN partnership.agreement g ON g.id = x.agreement_id
	JOIN partnership.partnership p ON p.id = x.partnership_id
	JOIN partnership.partner a ON a.id = x.partner_id ORDER BY g.id, a.id"
export[commitment]="SELECT p.code, a.name, c.kind::text, 'Rp ' || replace(c.amount::text, '.', ','),
	c.currency, to_char(c.committed_on, 'DD/MM/YYYY'), c.description
	FROM partnership.commitment c JOIN partnership.partnership p ON p.id = c.partnership_id
	JOIN partnership.partner a ON a.id = c.partner_id ORDER BY c.id"
export[disbursement]="WITH k AS (SELECT id, row_number() OVER (ORDER BY id) + 1 AS line FROM partnership.commitment)
	SELECT p.code, a.name, k.line, replace(d.amount::text, '.', ','), to_char(d.paid_on, 'DD/MM/YYYY')
	FROM partnership.disbursement d JOIN partnership.commitment c ON c.id = d.commitment_id
	JOIN k ON k.id = c.id
	JOIN partnership.partnership p ON p.id = d.partnership_id
	JOIN partnership.partner a ON a.id = c.partner_id ORDER BY d.id"
export[indicator]="SELECT p.code, i.code, i.name, i.unit, i.direction::text, i.aggregation::text,
	replace(i.baseline::text, '.', ','), replace(i.target::text, '.', ','), to_char(i.target_on, 'DD/MM/YYYY')
	FROM partnership.indicator i JOIN partnership.partnership p ON p.id = i.partnership_id ORDER BY i.id"
export[measurement]="SELECT p.code, i.code, to_char(m.period_end, 'DD/MM/YYYY'), replace(m.value::text, '.', ',')
	FROM partnership.measurement m JOIN partnership.indicator i ON i.id = m.indicator_id
	JOIN partnership.partnership p ON p.id = m.partnership_id ORDER BY m.partnership_id, i.id, m.period_end"
declare -A columns=(
	[partner]="name, sector, iati_ref, parent"
	[contact]="partner, name, position, email, phone"
	[partnership]="code, name, formality, horizon, status, starts_on, ends_on, objectives, owner, evaluation_interval, description, ended_on, end_reason"
	[member]="partnership, partner, roles, title, joined_on, left_on, influence, interest"
	[agreement]="partnership, kind, number, amends, status, title, signed_on, effective_from, effective_to, objectives, terminated_on, termination_reason, clauses"
	[agreement_party]="partnership, agreement, partner, roles, responsibilities, signatory_name, signatory_title, signed_on"
	[commitment]="partnership, partner, kind, amount, currency, committed_on, description"
	[disbursement]="partnership, partner, commitment, amount, paid_on"
	[indicator]="partnership, code, name, unit, direction, aggregation, baseline, target, target_on"
	[measurement]="partnership, indicator, period_end, value"
)
sheets="partner contact partnership member agreement agreement_party commitment disbursement indicator measurement"
