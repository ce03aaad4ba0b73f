#!/usr/bin/env bash
# Benchmark P5 (doc/performance.md): COPY in and out of sector/role columns against
# native enums with the same labels, in one run, on a throwaway cluster.
#
#   bash test/bench/p5_copy.sh            # P5_ROWS rows, default 10000000
#   P5_ROWS=1000000 bash test/bench/p5_copy.sh    # quick
#
# Needs the extension installed (make install).  Outside a cluster it
# starts one with pg_virtualenv; inside one (PGPORT set by pg_virtualenv,
# P5_USE_CURRENT_CLUSTER=1) it uses the current server, which must be on
# this machine: the data goes through server-side COPY FROM/TO files, so the
# times measure the type input and output functions, not the network.
#
# Prints every run, then
#   P5 copy-in ratio = X (CPU time, best of 3; sizes, times, wall-clock ratio)
#   P5 copy-out ratio = Y (...)
#   P5 summary: PASS|FAIL (... target <= 1.1 x ...)
# Exits non-zero on an error or when the two tables do not hold the same
# rows; a missed target is reported in the summary line (and fails the exit
# status too with P5_STRICT=1).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
P5_ROWS=${P5_ROWS:-10000000}
PGVER=${PGVER:-15}

case $P5_ROWS in
	'' | *[!0-9]*)
		echo "P5_ROWS must be a number" >&2
		exit 2
		;;
esac

if [ -z "${P5_USE_CURRENT_CLUSTER:-}" ]; then
	export P5_USE_CURRENT_CLUSTER=1
	exec pg_virtualenv -v "$PGVER" bash "$0" "$@"
fi

# A directory the server (the postgres user when we run as root) can write.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/p5_copy.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
chmod 0777 "$tmp"

echo "P5: $P5_ROWS rows, PostgreSQL $(psql -XAtc 'SHOW server_version'), $(nproc) cores"
out=$tmp/psql.out
psql -X -q -v ON_ERROR_STOP=1 \
	-v rows="$P5_ROWS" -v datafile="$tmp/data.txt" -v outfile="$tmp/out.txt" \
	-f "$BENCH_DIR/p5_copy.sql" 2>&1 | tee "$out"

grep -q '^P5 check: .*: ok$' "$out" || {
	echo "P5: the two tables do not hold the same rows" >&2
	exit 1
}
if [ -n "${P5_STRICT:-}" ] && ! grep -q '^P5 summary: PASS' "$out"; then
	exit 1
fi
exit 0
