#!/usr/bin/env bash
# Import round trip (doc/import.md#round-trip): load the sample registry
# (test/sample/sukamaju.sql), export every row of the tables the import
# covers to the staging form as CSV sheets (names and codes instead of ids,
# Indonesian dates and amounts, lists), \copy them into the staging tables
# of an empty database, run partnership.import() (a dry run must find no
# problem), then import(apply => true); carry over what the import does not
# cover (activities, assignments, evaluations, responses, risks, documents
# and local fields) as data; compare every report view, row by row.
#
# Runs inside a cluster (PGHOST, PGPORT, PGUSER set); exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

src=partnership_import_src_$$
dst=partnership_import_dst_$$
work=$(mktemp -d)
chmod 755 "$work"
cleanup() {
	dropdb --if-exists "$src" >/dev/null 2>&1 || true
	dropdb --if-exists "$dst" >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap cleanup EXIT

q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

createdb "$src"
q "$src" "CREATE EXTENSION partnership"
psql -X -q -v ON_ERROR_STOP=1 -d "$src" -f test/sample/sukamaju.sql

# The staging form of every covered table, one query per sheet.
declare -A export
export[partner]="SELECT a.name, a.sector::text, a.iati_ref, b.name
	FROM partnership.partner a LEFT JOIN partnership.partner b ON b.id = a.parent_id ORDER BY a.id"
export[contact]="SELECT p.name, c.name, c.position, c.email, c.phone
	FROM partnership.contact c JOIN partnership.partner p ON p.id = c.partner_id ORDER BY c.id"
export[partnership]="SELECT p.code, p.name, p.formality::text, p.horizon::text, p.status::text,
	to_char(p.starts_on, 'DD/MM/YYYY'), to_char(p.ends_on, 'YYYY-MM-DD'),
	array_to_string(p.objectives, E'\n'), o.name,
	(extract(year FROM p.evaluation_interval) * 12 + extract(month FROM p.evaluation_interval))::int || ' bulan',
	p.description
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
export[disbursement]="SELECT p.code, a.name,
	(SELECT count(*) + 2 FROM partnership.commitment k WHERE k.id < c.id),
	replace(d.amount::text, '.', ','), to_char(d.paid_on, 'DD/MM/YYYY')
	FROM partnership.disbursement d JOIN partnership.commitment c ON c.id = d.commitment_id
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
	[partnership]="code, name, formality, horizon, status, starts_on, ends_on, objectives, owner, evaluation_interval, description"
	[member]="partnership, partner, roles, title, joined_on, left_on, influence, interest"
	[agreement]="partnership, kind, number, amends, status, title, signed_on, effective_from, effective_to, objectives, terminated_on, termination_reason, clauses"
	[agreement_party]="partnership, agreement, partner, roles, responsibilities, signatory_name, signatory_title, signed_on"
	[commitment]="partnership, partner, kind, amount, currency, committed_on, description"
	[disbursement]="partnership, partner, commitment, amount, paid_on"
	[indicator]="partnership, code, name, unit, direction, aggregation, baseline, target, target_on"
	[measurement]="partnership, indicator, period_end, value"
)
sheets="partner contact partnership member agreement agreement_party commitment disbursement indicator measurement"

createdb "$dst"
q "$dst" "CREATE EXTENSION partnership"
rows=0
for s in $sheets; do
	# the sheet as Excel saves it: CSV, CRLF (the parsers take either)
	psql -X -q -v ON_ERROR_STOP=1 -d "$src" \
		-c "\\copy ($(echo "${export[$s]}" | tr '\n' ' ')) TO '$work/$s.csv' WITH (FORMAT csv, HEADER)"
	n=$(($(psql -X -q -A -t -d "$src" -c "SELECT count(*) FROM (${export[$s]}) x")))
	rows=$((rows + n))
	psql -X -q -v ON_ERROR_STOP=1 -d "$dst" \
		-c "\\copy partnership_import.$s (${columns[$s]}) FROM '$work/$s.csv' WITH (FORMAT csv, HEADER)"
	q "$dst" "UPDATE partnership_import.$s SET sheet = '$s.csv'"
done
echo "exported $rows rows in 10 sheets"

fail=0
problems=$(q "$dst" "SELECT count(*) FROM partnership.import()")
if [ "$problems" = 0 ]; then
	echo "ok    dry run: no problem"
else
	echo "FAIL  dry run: $problems problem(s)"
	psql -X -d "$dst" -c "SELECT * FROM partnership.import()"
	fail=1
fi
# A dry run rolls its load back, but not the identity sequences it drew
# from (as any rolled-back INSERT): start them afresh, so that the apply
# numbers the rows as the source did and the carried-over rows below match.
q "$dst" "SELECT setval(pg_get_serial_sequence('partnership.' || t, 'id'), 1, false)
	FROM unnest(ARRAY['partner', 'partnership', 'agreement', 'agreement_clause', 'contact',
		'commitment', 'disbursement', 'indicator']) t" >/dev/null
problems=$(q "$dst" "SELECT count(*) FROM partnership.import(apply => true)")
[ "$problems" = 0 ] && echo "ok    apply: no problem" || { echo "FAIL  apply: $problems problem(s)"; fail=1; }
[ "$(q "$dst" "SELECT count(*) FROM partnership_import.partner")" = 0 ] &&
	echo "ok    staging emptied" || { echo "FAIL  staging not emptied"; fail=1; }

# What the import does not cover, as data (ids agree: both registries
# numbered their rows in the same order).
pg_dump --data-only -d "$src" -t partnership.activity -t partnership.assignment \
	-t partnership.evaluation -t partnership.response -t partnership.risk \
	-t partnership.document -f "$work/rest.sql"
psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$src" -c "
	SELECT format('UPDATE partnership.%I SET extra = %L WHERE id = %s;', t, extra, id)
	FROM (SELECT 'partner' t, id, extra FROM partnership.partner
		  UNION ALL SELECT 'partnership', id, extra FROM partnership.partnership
		  UNION ALL SELECT 'agreement', id, extra FROM partnership.agreement) x
	WHERE extra IS NOT NULL
	UNION ALL
	SELECT format('UPDATE partnership.member SET extra = %L WHERE partnership_id = %s AND partner_id = %s;',
		extra, partnership_id, partner_id)
	FROM partnership.member WHERE extra IS NOT NULL" >> "$work/rest.sql"
PGOPTIONS='-c session_replication_role=replica' psql -X -q -v ON_ERROR_STOP=1 -d "$dst" -f "$work/rest.sql" >/dev/null

for t in partner contact partnership member agreement agreement_clause agreement_party commitment disbursement indicator measurement; do
	a=$(q "$src" "SELECT count(*) FROM partnership.$t")
	b=$(q "$dst" "SELECT count(*) FROM partnership.$t")
	[ "$a" = "$b" ] && echo "ok    table $t: $a rows" || { echo "FAIL  table $t: $a rows, imported $b"; fail=1; }
done

views=$(q "$src" "SELECT relname FROM pg_class WHERE relnamespace = 'partnership_report'::regnamespace AND relkind = 'v' ORDER BY 1")
for v in $views; do
	sql="SELECT count(*) || ' rows, ' || coalesce(md5(string_agg(v::text, ',' ORDER BY v::text)), '-') FROM partnership_report.$v v"
	a=$(q "$src" "$sql")
	b=$(q "$dst" "$sql")
	if [ "$a" = "$b" ] && [ "${a%% *}" != "0" ]; then
		echo "ok    view $v: $a"
	else
		echo "FAIL  view $v: source '$a', imported '$b'"
		fail=1
		rowsql="SELECT v::text FROM partnership_report.$v v ORDER BY 1"
		diff <(q "$src" "$rowsql") <(q "$dst" "$rowsql") | head -n 6 || true
	fi
done
exit $fail
