#!/usr/bin/env bash
# Read every report view through the PostgreSQL JDBC driver (Debian's
# libpostgresql-jdbc-java), as a BI tool does: test/bi/ReportTypes.java,
# compiled here, fails unless every column is a plain java.sql.Types code
# and every value can be fetched, the numeric columns of a fixed scale
# report their precision and scale, and agreements.in_force is never NULL.
# The database is created here and loaded with the sample registry.
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
