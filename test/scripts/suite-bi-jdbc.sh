#!/usr/bin/env bash
# Read every report view through the PostgreSQL JDBC driver (Debian's
# libpostgresql-jdbc-java), as a BI tool does: test/bi/ReportTypes.java,
# compiled here, fails unless every column is a plain java.sql.Types code
# and every value can be fetched, the numeric columns of a fixed scale
# report their precision and scale, and agreements.in_force is never NULL.
# The database is created here and loaded with the sample registry.  Then
# again as a BI reader of one institution with multi-institution mode on:
# every view holds exactly its rows.
#
# Runs inside a cluster (PGHOST, PGPORT, PGUSER, PGPASSWORD set, as by
# pg_virtualenv); exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=/usr/share/java/postgresql.jar
if [ ! -r "$jar" ] || ! command -v javac >/dev/null; then
	echo "FAIL  needs javac and $jar (packages default-jdk-headless, libpostgresql-jdbc-java; see install-deps.sh)"
	exit 1
fi

db=partnership_bi_$$
work=$(mktemp -d)
cleanup() {
	dropdb --if-exists "$db" >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap cleanup EXIT

createdb "$db"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION partnership"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f test/sample/sukamaju.sql

javac -d "$work" test/bi/ReportTypes.java
PGDATABASE=$db java -cp "$work:$jar" ReportTypes

# Multi-institution mode (doc/access.md): a BI reader mapped to Dinas
# Kesehatan reads, in every view, exactly the rows of the partnerships that
# Dinas (or its Puskesmas) owns or is a member of, as the owner counts them.
bi=regress_bi_dinkes_$$
trap 'cleanup; psql -X -q -d postgres -c "DROP ROLE IF EXISTS $bi" >/dev/null 2>&1 || true' EXIT
psql -X -q -v ON_ERROR_STOP=1 -o /dev/null -d "$db" <<SQL
CREATE ROLE $bi LOGIN PASSWORD 'bi';
SELECT partnership.grant_access('$bi', 'read',
	(SELECT id FROM partnership.partner WHERE name = 'Dinas Kesehatan Kabupaten Sukamaju'));
UPDATE partnership.setting SET value = 1 WHERE name = 'multi_institution';
SQL
ids=$(psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$db" -c "
	WITH RECURSIVE scope(id) AS (
		SELECT id FROM partnership.partner WHERE name = 'Dinas Kesehatan Kabupaten Sukamaju'
		UNION SELECT c.id FROM partnership.partner c JOIN scope s ON c.parent_id = s.id)
	SELECT string_agg(id::text, ',' ORDER BY id) FROM (
		SELECT p.id FROM partnership.partnership p WHERE p.owner_id IN (SELECT id FROM scope)
		UNION SELECT m.partnership_id FROM partnership.member m
		WHERE m.partner_id = (SELECT id FROM partnership.partner WHERE name = 'Dinas Kesehatan Kabupaten Sukamaju')) v")
for v in $(psql -X -q -A -t -d "$db" -c "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'partnership_report'::regnamespace AND c.relkind = 'v' ORDER BY 1"); do
	echo "$v $(psql -X -q -A -t -d "$db" -c "SELECT count(*) FROM partnership_report.$v WHERE partnership_id = ANY ('{$ids}'::bigint[])")"
done > "$work/expect"
echo "as $bi (multi_institution on), partnerships $ids:"
PGDATABASE=$db PGUSER=$bi PGPASSWORD=bi REPORT_PARTNERSHIPS=$ids REPORT_EXPECT=$work/expect \
	java -cp "$work:$jar" ReportTypes
