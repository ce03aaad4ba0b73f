#!/usr/bin/env bash
# Dump/restore round trip of a registry (doc/registry.md): build one from
# test/fixtures/registry.sql, pg_dump -Fc, restore into a new database (the
# restore itself creates the extension), and compare every table of the
# extension's schema row by row.  Also: catalogue rows are not duplicated,
# DBA edits of shipped catalogue rows and DBA-added rows survive, sequences
# continue, and the triggers still guard the restored data; with
# multi-institution mode on, the mapping, the switch and the policies come
# back and a mapped role reads the same rows.
#
# The registry's triggers must not act on restored rows (they would write a
# second audit trail and refuse signed agreements and final partnerships):
# they let rows through in a superuser session named pg_restore, which is
# what a plain pg_restore is (tested first).  The second round trip uses the
# other way, session_replication_role = replica, under which only the
# catalogue merge (ENABLE ALWAYS) fires.
#
# Runs inside a cluster (PGHOST, PGPORT, PGUSER set); exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

src=partnership_dump_src_$$
dst=partnership_dump_dst_$$
inst=regress_dump_inst_$$
work=$(mktemp -d)
cleanup() {
	dropdb --if-exists "$src" >/dev/null 2>&1 || true
	dropdb --if-exists "$dst" >/dev/null 2>&1 || true
	psql -X -q -d postgres -c "DROP ROLE IF EXISTS $inst" >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap cleanup EXIT

q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

createdb "$src"
q "$src" "CREATE EXTENSION partnership"
psql -X -q -v ON_ERROR_STOP=1 -d "$src" -f test/fixtures/registry.sql >/dev/null
# multi-institution mode (doc/access.md): a role mapped to the owner of the
# first partnership, and the switch on; both must survive the round trip
psql -X -q -d postgres -c "CREATE ROLE $inst"
q "$src" "SELECT partnership.grant_access('$inst', 'read', (SELECT owner_id FROM partnership.partnership ORDER BY id LIMIT 1))" >/dev/null
q "$src" "UPDATE partnership.setting SET value = 1 WHERE name = 'multi_institution'"

pg_dump -Fc -d "$src" -f "$work/registry.dump" 2> >(grep -v -e "circular foreign-key" -e "^pg_dump: detail" -e "^pg_dump: hint" >&2)
createdb "$dst"
pg_restore --exit-on-error -d "$dst" "$work/registry.dump"

fail=0
check() {
	local what=$1 a=$2 b=$3
	if [ "$a" = "$b" ]; then
		echo "ok    $what"
	else
		echo "FAIL  $what: source '$a', restored '$b'"
		fail=1
	fi
}

# every table, row by row
tables=$(q "$src" "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'partnership'::regnamespace AND c.relkind = 'r' ORDER BY 1")
for t in $tables; do
	sql="SELECT count(*) || ' rows, ' || coalesce(md5(string_agg(t::text, E'\n' ORDER BY t::text)), '-') FROM partnership.$t t"
	check "table $t" "$(q "$src" "$sql")" "$(q "$dst" "$sql")"
done

# local fields, documents and contacts came back (not only "the same": there)
sql="SELECT (SELECT count(*) FROM partnership.partner WHERE extra ? 'kode_opd')
	+ (SELECT count(*) FROM partnership.partnership WHERE extra ->> 'rpjmd' = 'Misi 2')
	+ (SELECT count(*) FROM partnership.member WHERE extra IS NOT NULL)
	|| ' local fields, ' || (SELECT count(*) FROM partnership.document) || ' documents, '
	|| (SELECT count(*) FROM partnership.contact) || ' contacts'"
check "local fields, documents, contacts" "$(q "$dst" "$sql")" "3 local fields, 2 documents, 1 contacts"

# every sequence, where it stood
sql="SELECT string_agg(c.relname || '=' || coalesce(s.last_value::text, '-'), ' ' ORDER BY c.relname) FROM pg_class c JOIN pg_sequences s ON s.schemaname = 'partnership' AND s.sequencename = c.relname WHERE c.relnamespace = 'partnership'::regnamespace AND c.relkind = 'S'"
check "sequences" "$(q "$src" "$sql")" "$(q "$dst" "$sql")"

# the source registry is not trivially empty
check "partnerships in source" "$(q "$src" "SELECT count(*) FROM partnership.partnership")" "4"
check "audit rows survive" "$(q "$src" "SELECT count(*) > 100 FROM partnership.audit")" "t"

# catalogues: shipped rows once, DBA edits and additions kept
check "clause kinds (12 shipped + 1 added)" "$(q "$dst" "SELECT count(*) FROM partnership.clause_kind")" "13"
check "criteria (14 shipped + 1 added)" "$(q "$dst" "SELECT count(*) FROM partnership.criterion")" "15"
check "rules (22 shipped)" "$(q "$dst" "SELECT count(*) FROM partnership.rule")" "22"
check "edited rule severity" "$(q "$dst" "SELECT severity || ' ' || builtin FROM partnership.rule WHERE code = 'evaluator_assigned'")" "off false"
check "edited clause kind" "$(q "$dst" "SELECT required || ' ' || label_en FROM partnership.clause_kind WHERE code = 'confidentiality'")" "true Confidentiality of data"
check "edited clause kind: required_since restored as dumped" "$(q "$dst" "SELECT required_since FROM partnership.clause_kind WHERE code = 'confidentiality'")" "$(q "$src" "SELECT required_since || '' FROM partnership.clause_kind WHERE code = 'confidentiality' AND required_since IS NOT NULL")"
check "added clause kind" "$(q "$dst" "SELECT label_id FROM partnership.clause_kind WHERE code = 'data_sharing'")" "Berbagi data"
check "unedited rows stay shipped" "$(q "$dst" "SELECT count(*) FROM partnership.rule WHERE builtin")" "21"

# the restored database works: sequences continue, triggers guard it
check "sequence continues" "$(q "$dst" "INSERT INTO partnership.partner (name, sector) VALUES ('Baru', 'media') RETURNING id > 6")" "t"
out=$(q "$dst" "UPDATE partnership.agreement SET title = 'x' WHERE number = 'ADD/GZ-A/1'" 2>&1 || true)
check "signed agreement still immutable" "$(echo "$out" | grep -c 'is signed')" "1"
out=$(q "$dst" "INSERT INTO partnership.member (partnership_id, partner_id) VALUES (2, 6)" 2>&1 || true)
check "completed partnership still read-only" "$(echo "$out" | grep -c 'is completed')" "1"
check "audit trail continues" "$(q "$dst" "SELECT count(*) FROM partnership.audit WHERE relation = 'partner' AND operation = 'INSERT' AND row_key = jsonb_build_object('id', (SELECT max(id) FROM partnership.partner))")" "1"

# multi-institution mode: the mapping (compared above with every table),
# the switch, the policies and row-level security came back, and the
# mapped role reads the same rows, no more, in every report view
check "switch multi_institution" "$(q "$dst" "SELECT value || ' ' || builtin FROM partnership.setting WHERE name = 'multi_institution'")" "1 false"
sql="SELECT string_agg(c.relname || ':' || c.relrowsecurity || ':' || coalesce((SELECT string_agg(p.polname || '/' || p.polcmd::text || '/' || md5(coalesce(pg_get_expr(p.polqual, p.polrelid), '') || coalesce(pg_get_expr(p.polwithcheck, p.polrelid), '')), ',' ORDER BY p.polname) FROM pg_policy p WHERE p.polrelid = c.oid), ''), ' ' ORDER BY c.relname) FROM pg_class c WHERE c.relnamespace = 'partnership'::regnamespace AND c.relkind = 'r'"
check "policies and row-level security" "$(q "$src" "$sql")" "$(q "$dst" "$sql")"
check "policies on the partnership tables" "$(q "$dst" "SELECT count(DISTINCT polrelid) FROM pg_policy WHERE polrelid::regclass::text LIKE 'partnership.%'")" "16"
views=$(q "$src" "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'partnership_report'::regnamespace AND c.relkind = 'v' AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'partnership_id') ORDER BY 1")
for v in $views; do
	sql="SET ROLE $inst; SELECT count(*) || ' rows, partnerships ' || coalesce(string_agg(DISTINCT partnership_id::text, ' '), '-') FROM partnership_report.$v"
	check "mapped role reads $v" "$(q "$src" "$sql")" "$(q "$dst" "$sql")"
done
sql="SET ROLE $inst; SELECT count(*) FROM partnership.partnership"
check "mapped role reads its own partnerships only" "$(q "$dst" "$sql") of $(q "$dst" "SELECT count(*) FROM partnership.partnership")" "3 of 4"

# a second dump of the restored database restores the same catalogues
pg_dump -Fc -d "$dst" -f "$work/again.dump" 2> >(grep -v -e "circular foreign-key" -e "^pg_dump: detail" -e "^pg_dump: hint" >&2)
dropdb "$src"
createdb "$src"
PGOPTIONS='-c session_replication_role=replica' \
	pg_restore --exit-on-error -d "$src" "$work/again.dump"
for t in clause_kind criterion rule; do
	sql="SELECT md5(string_agg(t::text, E'\n' ORDER BY t::text)) FROM partnership.$t t"
	check "catalogue $t after a second round trip" "$(q "$dst" "$sql")" "$(q "$src" "$sql")"
done

exit $fail
