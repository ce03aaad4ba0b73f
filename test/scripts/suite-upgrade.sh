#!/usr/bin/env bash
# Upgrade path (SPEC 10): install the OLDEST release this build ships, load
# the sample registry, ALTER EXTENSION UPDATE to the default version, and
# compare with a fresh install of the default version loaded with the same
# sample: the same member objects (by description, signature included) and
# identical rows in every report view.
#
# While 1.0.0 is the only release the update is a no-op and the comparison
# checks the install is reproducible; from the first upgrade script on it
# checks that script.
#
# Runs inside a cluster (PGHOST, PGPORT, PGUSER set); exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

old=partnership_upgrade_old_$$
new=partnership_upgrade_new_$$
cleanup() {
	dropdb --if-exists "$old" >/dev/null 2>&1 || true
	dropdb --if-exists "$new" >/dev/null 2>&1 || true
}
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

views=$(q "$new" "SELECT relname FROM pg_class WHERE relnamespace = 'partnership_report'::regnamespace AND relkind = 'v' ORDER BY 1")
[ -n "$views" ] || { echo "FAIL  no report views"; fail=1; }
for v in $views; do
	sql="SELECT count(*) || ' rows, ' || coalesce(md5(string_agg(v::text, ',' ORDER BY v::text)), '-') FROM partnership_report.$v v"
	check "view $v" "$(q "$old" "$sql")" "$(q "$new" "$sql")"
done
exit $fail
