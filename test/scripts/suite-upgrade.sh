#!/usr/bin/env bash
# Upgrade path (doc/testing.md): install the OLDEST release this build
# ships (its frozen install script), load the sample registry, ALTER
# EXTENSION UPDATE to the default version, and compare with a fresh install
# of the default version loaded with the same sample:
#
#   - the whole catalogue of the extension: pg_dump --binary-upgrade
#     --schema-only dumps every member object one by one (definition, column
#     order, constraint, trigger, policy, comment, privilege), which a plain
#     pg_dump does not; lines that carry OIDs or transaction ids are dropped;
#   - the configuration tables registered for dumping, with their filters;
#   - the member objects by description, and their comments (a summary line
#     that names what differs when the dump diff is long);
#   - every row of every catalogue table, and of every report view.
#
# Runs inside a cluster (PGHOST, PGPORT, PGUSER set); exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

old=partnership_upgrade_old_$$
new=partnership_upgrade_new_$$
squat=partnership_upgrade_squat_$$
squatter=regress_upgrade_squatter_$$
granted=partnership_upgrade_granted_$$
restored=partnership_upgrade_restored_$$
reader=regress_upgrade_reader_$$
writer=regress_upgrade_writer_$$
partial=regress_upgrade_partial_$$
cyclic=partnership_upgrade_cyclic_$$
unreasoned=partnership_upgrade_unreasoned_$$
infinite=partnership_upgrade_infinite_$$
cleanup() {
	dropdb --if-exists "$old" >/dev/null 2>&1 || true
	dropdb --if-exists "$new" >/dev/null 2>&1 || true
	dropdb --if-exists "$squat" >/dev/null 2>&1 || true
	dropdb --if-exists "$granted" >/dev/null 2>&1 || true
	dropdb --if-exists "$restored" >/dev/null 2>&1 || true
	rm -rf "$dump_dir"
	dropdb --if-exists "$cyclic" >/dev/null 2>&1 || true
	dropdb --if-exists "$unreasoned" >/dev/null 2>&1 || true
	dropdb --if-exists "$infinite" >/dev/null 2>&1 || true
	for r in "$squatter" "$reader" "$writer" "$partial"; do
		psql -X -q -d postgres -c "DROP ROLE IF EXISTS $r" >/dev/null 2>&1 || true
	done
}
dump_dir=$(mktemp -d)
trap cleanup EXIT

q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

versions=$(q postgres "SELECT version FROM pg_available_extension_versions
	WHERE name = 'partnership' ORDER BY string_to_array(version, '.')::int[]")
oldest=$(echo "$versions" | head -n 1)
default=$(q postgres "SELECT default_version FROM pg_available_extensions WHERE name = 'partnership'")
echo "releases: $(echo $versions); oldest $oldest, default $default"

createdb "$old"
q "$old" "CREATE EXTENSION partnership VERSION '$oldest'"
psql -X -q -v ON_ERROR_STOP=1 -d "$old" -f test/sample/sukamaju.sql
q "$old" "SET client_min_messages = warning; ALTER EXTENSION partnership UPDATE"
# the part of the sample that needs 1.1.0 (the fresh install loads it within)
psql -X -q -v ON_ERROR_STOP=1 -d "$old" -f test/sample/sukamaju-documents.sql
psql -X -q -v ON_ERROR_STOP=1 -d "$old" -f test/sample/sukamaju-life.sql >/dev/null

createdb "$new"
q "$new" "CREATE EXTENSION partnership"
psql -X -q -v ON_ERROR_STOP=1 -d "$new" -f test/sample/sukamaju.sql

fail=0
check() {
	local what=$1 a=$2 b=$3
	if [ "$a" = "$b" ]; then
		echo "ok    $what"
	else
		echo "FAIL  $what: updated '$a', fresh '$b'"
		fail=1
	fi
}

check "version after update" "$(q "$old" "SELECT extversion FROM pg_extension WHERE extname = 'partnership'")" "$default"

members="SELECT count(*) || ' objects, ' || md5(string_agg(d, ',' ORDER BY d))
	FROM (SELECT pg_describe_object(classid, objid, objsubid) AS d
	      FROM pg_depend WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
	        AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'partnership')) o"
check "member objects" "$(q "$old" "$members")" "$(q "$new" "$members")"

comments="SELECT md5(string_agg(coalesce(obj_description(objid, classid::regclass::name), '-'), ',' ORDER BY pg_describe_object(classid, objid, objsubid)))
	FROM pg_depend WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
	  AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'partnership')"
check "comments" "$(q "$old" "$comments")" "$(q "$new" "$comments")"

# The catalogue: a normalised binary-upgrade schema dump of each database.
dump_catalogue() {
	pg_dump --binary-upgrade --schema-only --no-owner -d "$1" 2>/dev/null |
		sed -E -e '/^\\(un)?restrict /d' \
			-e '/binary_upgrade_set_next_/d' \
			-e '/relfrozenxid/d' -e "/^WHERE oid = '[0-9]+';$/d" \
			-e "s/(binary_upgrade_create_empty_extension\('partnership', '[^']*', (true|false), '[0-9.]+').*/\1, ...);/"
}
dump_old=$(mktemp)
dump_new=$(mktemp)
trap 'cleanup; rm -f "$dump_old" "$dump_new"' EXIT
dump_catalogue "$old" > "$dump_old"
dump_catalogue "$new" > "$dump_new"
if [ ! -s "$dump_new" ]; then
	echo "FAIL  catalogue: pg_dump --binary-upgrade gave nothing"
	fail=1
elif diff -u "$dump_old" "$dump_new" > /dev/null; then
	echo "ok    catalogue ($(wc -l < "$dump_new") lines of pg_dump --binary-upgrade --schema-only)"
else
	echo "FAIL  catalogue: updated (-) and fresh (+) differ:"
	diff -u "$dump_old" "$dump_new" | head -n 80
	fail=1
fi

configs="SELECT string_agg(c::regclass::text || ' ' || coalesce(f, '-'), ', ' ORDER BY c::regclass::text)
	FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(c, f) WHERE e.extname = 'partnership'"
check "dumped configuration tables" "$(q "$old" "$configs")" "$(q "$new" "$configs")"

catalogues=$(q "$new" "SELECT c.relname FROM pg_class c
	WHERE c.relnamespace = 'partnership'::regnamespace AND c.relkind = 'r'
	  AND c.oid IN (SELECT unnest(extconfig) FROM pg_extension WHERE extname = 'partnership')
	ORDER BY 1")
# Every row, less the audit trail's clock ("at": when the sample was loaded).
# The audit images record a row's columns as they were when written: those
# written before the update lack the columns 1.1.0 added (extra), so the
# images are compared without them; and the trail's ids follow the order in
# which one INSERT ... SELECT wrote its rows, which the plan chooses.
for t in $catalogues; do
	row="to_jsonb(t) - 'at'"
	[ "$t" = audit ] && row="to_jsonb(t) - 'at' - 'id' || jsonb_build_object('old', t.old - 'extra' - 'ended_on' - 'end_reason', 'new', t.new - 'extra' - 'ended_on' - 'end_reason')"
	sql="SELECT count(*) || ' rows, ' || coalesce(md5(string_agg(($row)::text, ',' ORDER BY ($row)::text)), '-') FROM partnership.$t t"
	check "table $t" "$(q "$old" "$sql")" "$(q "$new" "$sql")"
done

views=$(q "$new" "SELECT relname FROM pg_class WHERE relnamespace = 'partnership_report'::regnamespace AND relkind = 'v' ORDER BY 1")
[ -n "$views" ] || { echo "FAIL  no report views"; fail=1; }
for v in $views; do
	sql="SELECT count(*) || ' rows, ' || coalesce(md5(string_agg(v::text, ',' ORDER BY v::text)), '-') FROM partnership_report.$v v"
	check "view $v" "$(q "$old" "$sql")" "$(q "$new" "$sql")"
done
# A 1.0.0 installed into a schema another role owned (its script did not
# refuse it) is refused by the update, with the hint, and stays at 1.0.0.
createdb "$squat"
q postgres "CREATE ROLE $squatter"
q "$squat" "CREATE SCHEMA partnership AUTHORIZATION $squatter"
q "$squat" "CREATE EXTENSION partnership VERSION '$oldest'"
if out=$(q "$squat" "ALTER EXTENSION partnership UPDATE" 2>&1); then
	echo "FAIL  update into a schema owned by $squatter was not refused"
	fail=1
elif echo "$out" | grep -q 'schema "partnership" is not a superuser'"'"'s alone'; then
	echo "ok    update refused for a schema owned by another role"
else
	echo "FAIL  update refused, but not for the schema: $out"
	fail=1
fi
check "version after a refused update" "$(q "$squat" "SELECT extversion FROM pg_extension WHERE extname = 'partnership'")" "$oldest"

# Made a superuser's, the schema still holds the other role's operator
# (which may stand in constraints 1.0.0 made): still refused.
q "$squat" "SET ROLE $squatter; CREATE FUNCTION partnership.gt(numeric, integer) RETURNS boolean LANGUAGE sql AS 'SELECT \$1 OPERATOR(pg_catalog.>) \$2::numeric'; CREATE OPERATOR partnership.> (LEFTARG = numeric, RIGHTARG = integer, FUNCTION = partnership.gt)"
q "$squat" "ALTER SCHEMA partnership OWNER TO CURRENT_USER"
if out=$(q "$squat" "ALTER EXTENSION partnership UPDATE" 2>&1); then
	echo "FAIL  update with another role's operator in the schema was not refused"
	fail=1
elif echo "$out" | grep -q 'schema "partnership" holds .* of role'; then
	echo "ok    update refused for another role's operator in the schema"
else
	echo "FAIL  update refused, but not for the operator: $out"
	fail=1
fi

# Roles granted a level under the oldest release: the update names each
# (not one with part of a level, granted by hand) with the grant_access()
# call that gives it the new release's objects, and after that call the
# reader reads every report view (1.1.0's partnerships view reads document).
createdb "$granted"
q postgres "CREATE ROLE $reader; CREATE ROLE $writer; CREATE ROLE $partial"
q "$granted" "CREATE EXTENSION partnership VERSION '$oldest'"
q "$granted" "SELECT partnership.grant_access('$reader', 'read'), partnership.grant_access('$writer', 'write')" >/dev/null
q "$granted" "GRANT USAGE ON SCHEMA partnership_report TO $partial; GRANT SELECT ON partnership_report.partnerships TO $partial"
out=$(psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$granted" -c "ALTER EXTENSION partnership UPDATE" 2>&1)
hint=$(echo "$out" | sed -n 's/^HINT:  Run, as the owner of the extension or a superuser: //p')
if echo "$out" | grep -q "^DETAIL:  Roles and their levels: $reader read, $writer write\." &&
	[ "$hint" = "SELECT partnership.grant_access('$reader', 'read'); SELECT partnership.grant_access('$writer', 'write');" ]; then
	echo "ok    update names the roles granted a level, with the calls to run"
else
	echo "FAIL  update did not name the granted roles as expected: $out"
	fail=1
fi
check "reader before the calls" "$(q "$granted" "SET ROLE $reader; SELECT count(*) FROM partnership_report.partnerships" 2>&1 | grep -o 'permission denied for table document')" "permission denied for table document"
q "$granted" "$hint" >/dev/null
for v in $views; do
	check "reader reads $v after the calls" "$(q "$granted" "SET ROLE $reader; SELECT count(*) FROM partnership_report.$v" 2>&1)" "0"
done
check "writer stages after the calls" "$(q "$granted" "SET ROLE $writer; INSERT INTO partnership_import.partner (name) VALUES ('x') RETURNING name" 2>&1)" "x"
# The grants on the report views the update made again stay the roles' own
# (none is recorded as the extension's initial privilege, which pg_dump
# leaves out), so a dump and restore of the updated database keeps them.
check "no initial privilege of the extension names a granted role" \
	"$(q "$granted" "SELECT count(*) FROM pg_init_privs WHERE initprivs::text ~ '$reader|$writer|$partial'")" "0"
# (its warnings of circular foreign keys concern data-only dumps)
pg_dump -Fc -d "$granted" -f "$dump_dir/granted.dump" 2>/dev/null
createdb "$restored"
pg_restore --single-transaction -d "$restored" "$dump_dir/granted.dump"
for v in $views; do
	check "reader reads $v after a dump and restore of the update" "$(q "$restored" "SET ROLE $reader; SELECT count(*) FROM partnership_report.$v" 2>&1)" "0"
done
check "a grant made by hand is kept by a dump and restore of the update" \
	"$(q "$restored" "SELECT has_table_privilege('$partial', 'partnership_report.partnerships', 'SELECT')" 2>&1)" "t"

# Partners below themselves, which the oldest release let parent_id make:
# the update names the partners of the cycle in a WARNING, not the one
# below it; an update without a cycle says nothing of the tree.
if echo "$out" | grep -q 'below themselves'; then
	echo "FAIL  update without a cycle in the partner tree warned of one"
	fail=1
fi
createdb "$cyclic"
q "$cyclic" "CREATE EXTENSION partnership VERSION '$oldest'"
q "$cyclic" "INSERT INTO partnership.partner (id, name, sector) VALUES (1, 'Dinas A', 'government'), (2, 'Dinas B', 'government'), (3, 'Bidang C', 'government');
	UPDATE partnership.partner SET parent_id = 2 WHERE id = 1; UPDATE partnership.partner SET parent_id = 1 WHERE id IN (2, 3)"
out=$(psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$cyclic" -c "ALTER EXTENSION partnership UPDATE" 2>&1)
if echo "$out" | grep -q '^WARNING:  partners are below themselves in the partner tree (parent_id)$' &&
	echo "$out" | grep -q '^DETAIL:  Partners in a cycle: "Dinas A" (1), "Dinas B" (2)\. '; then
	echo "ok    update names the partners below themselves in the partner tree"
else
	echo "FAIL  update did not name the partner tree's cycle as expected: $out"
	fail=1
fi

# A terminated agreement without a reason, which the oldest release's
# library let through (its CHECK passed a NULL reason): the update gives
# it one that says so, and then refuses a NULL reason in the CHECK too.
# One agreement of one partnership in a database of the oldest release,
# written past its library's triggers as that library let it be:
# legacy_agreement DB ID 'EFFECTIVE_TO' STATUS 'TERMINATED_ON'.
legacy_agreement() {
	createdb "$1"
	q "$1" "CREATE EXTENSION partnership VERSION '$oldest'"
	q "$1" "SET session_replication_role = replica;
		INSERT INTO partnership.partner (id, name, sector) VALUES (1, 'Dinas A', 'government');
		INSERT INTO partnership.partnership (id, code, name, formality, horizon, owner_id) VALUES (1, 'L-1', 'l', 'formal', 'strategic', 1);
		INSERT INTO partnership.agreement (id, partnership_id, kind, number, objectives, effective_from, effective_to, signed_on, status, terminated_on)
			VALUES ($2, 1, 'mou', 'MOU/$2', '{x}', '2026-01-01', $3, '2026-01-01', '$4', $5)"
}
legacy_agreement "$unreasoned" 1 "'2026-12-31'" terminated "'2026-06-01'"
q "$unreasoned" "SET client_min_messages = warning; ALTER EXTENSION partnership UPDATE"
check "a terminated agreement of the oldest release without a reason gets one" \
	"$(q "$unreasoned" "SELECT termination_reason FROM partnership.agreement WHERE id = 1")" \
	"terminated under release 1.0.0, which recorded no reason"
check "the updated CHECK refuses a terminated agreement without a reason" \
	"$(q "$unreasoned" "SET session_replication_role = replica; UPDATE partnership.agreement SET termination_reason = NULL WHERE id = 1" 2>&1 | grep -o 'violates check constraint "agreement_termination_check"')" \
	'violates check constraint "agreement_termination_check"'

# An infinite date, which the oldest release took: the update stops and
# names the row and its column, with how to give it its real day; done so,
# it goes through.
legacy_agreement "$infinite" 7 "'infinity'" signed NULL
out=$(psql -X -q -A -t -d "$infinite" -c "ALTER EXTENSION partnership UPDATE" 2>&1 || true)
if echo "$out" | grep -q '^ERROR:  rows of the registry hold infinite dates, which release 1.1.0 refuses$' &&
	echo "$out" | grep -q '^DETAIL:  Rows: agreement 7 (effective_to)\. '; then
	echo "ok    update names the rows that hold infinite dates"
else
	echo "FAIL  update did not name the infinite dates as expected: $out"
	fail=1
fi
q "$infinite" "SET session_replication_role = replica; UPDATE partnership.agreement SET effective_to = '2027-12-31' WHERE id = 7"
check "update after the infinite date is given its day" \
	"$(q "$infinite" "SET client_min_messages = warning; ALTER EXTENSION partnership UPDATE; SELECT extversion FROM pg_extension WHERE extname = 'partnership'")" "$default"

exit $fail
