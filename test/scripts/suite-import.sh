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

# The staging form of every covered table: export, columns, sheets.
. test/scripts/import-sheets.sh

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
