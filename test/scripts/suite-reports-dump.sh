#!/usr/bin/env bash
# pg_dump/pg_restore round trip of the sample registry (doc/registry.md, doc/reports.md): load
# test/sample/sukamaju.sql, dump it (custom format), restore it into a new
# database, and compare every report view of partnership_report, row by
# row, before and after.  The table-level round trip is
# suite-dump-restore.sh; this one shows what a BI user sees is unchanged.
#
# Restored both ways suite-dump-restore.sh supports: a plain pg_restore
# (the registry's triggers let a superuser session named pg_restore
# through), and one under session_replication_role = replica.
#
# Runs inside a cluster (PGHOST, PGPORT, PGUSER set); exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

src=partnership_rdump_src_$$
dst=partnership_rdump_dst_$$
dst2=partnership_rdump_rep_$$
work=$(mktemp -d)
cleanup() {
	dropdb --if-exists "$src" >/dev/null 2>&1 || true
	dropdb --if-exists "$dst" >/dev/null 2>&1 || true
	dropdb --if-exists "$dst2" >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap cleanup EXIT

q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

createdb "$src"
q "$src" "CREATE EXTENSION partnership"
psql -X -q -v ON_ERROR_STOP=1 -d "$src" -f test/sample/sukamaju.sql

pg_dump -Fc -d "$src" -f "$work/sample.dump" 2> >(grep -v -e "circular foreign-key" -e "^pg_dump: detail" -e "^pg_dump: hint" >&2)
createdb "$dst"
pg_restore --exit-on-error -d "$dst" "$work/sample.dump"
createdb "$dst2"
PGOPTIONS='-c session_replication_role=replica' \
	pg_restore --exit-on-error -d "$dst2" "$work/sample.dump"

fail=0
views=$(q "$src" "SELECT relname FROM pg_class WHERE relnamespace = 'partnership_report'::regnamespace AND relkind = 'v' ORDER BY 1")
[ "$(echo "$views" | wc -w)" -eq 15 ] || { echo "FAIL  expected 15 report views"; fail=1; }
for v in $views; do
	sql="SELECT count(*) || ' rows, ' || coalesce(md5(string_agg(v::text, ',' ORDER BY v::text)), '-') FROM partnership_report.$v v"
	a=$(q "$src" "$sql")
	b=$(q "$dst" "$sql")
	c=$(q "$dst2" "$sql")
	if [ "$a" = "$b" ] && [ "$a" = "$c" ] && [ "${a%% *}" != "0" ]; then
		echo "ok    view $v: $a"
	else
		echo "FAIL  view $v: source '$a', pg_restore '$b', replica '$c'"
		fail=1
	fi
done
exit $fail
