#!/usr/bin/env bash
# Benchmark P3 (doc/performance.md): the likert() aggregate over many responses,
# grouped by evaluation and criterion, against the same summary in plain
# SQL and against plain avg(score), in one run, on a throwaway cluster.
#
#   bash test/bench/p3_likert.sh                      # P3_ROWS, default 10000000
#   P3_ROWS=1000000 bash test/bench/p3_likert.sh      # quick
#
# P3_RESPONDENTS (default 30) sets the respondents per evaluation, so the
# number of groups is P3_ROWS / P3_RESPONDENTS.
#
# Needs the extension installed (make install), and nobody reinstalling it
# during the run: hold the install lock around both, e.g.
#   flock /tmp/partnership-install.lock bash -c 'make install && bash test/bench/p3_likert.sh'
# Outside a cluster it starts one with pg_virtualenv; inside one
# (P3_USE_CURRENT_CLUSTER=1) it uses the current server.
#
# Every run records wall time and the backend's CPU time; the ratios use
# the best CPU times (Linux /proc), which a busy shared machine disturbs far
# less than wall time, and the wall-time ratios are printed beside them.
# Prints every run, then
#   P3 plain-SQL/likert ratio = X ...
#   P3 likert/avg ratio = Y ...
#   P3 summary: PASS|FAIL (...)
# Exits non-zero on an error or when likert() and the plain SQL disagree on
# any group; a missed target is reported in the summary line (and fails the
# exit status too with P3_STRICT=1).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
P3_ROWS=${P3_ROWS:-10000000}
P3_RESPONDENTS=${P3_RESPONDENTS:-30}
PGVER=${PGVER:-15}

for v in "$P3_ROWS" "$P3_RESPONDENTS"; do
	case $v in
		'' | *[!0-9]*)
			echo "P3_ROWS and P3_RESPONDENTS must be numbers" >&2
			exit 2
			;;
	esac
done

if [ -z "${P3_USE_CURRENT_CLUSTER:-}" ]; then
	export P3_USE_CURRENT_CLUSTER=1
	exec pg_virtualenv -v "$PGVER" -o 'shared_buffers=1GB' bash "$0" "$@"
fi

out=$(mktemp "${TMPDIR:-/tmp}/p3_likert.XXXXXX")
trap 'rm -f "$out"' EXIT

echo "P3: $P3_ROWS rows, PostgreSQL $(psql -XAtc 'SHOW server_version'), $(nproc) cores"
psql -X -q -v ON_ERROR_STOP=1 \
	-v rows="$P3_ROWS" -v respondents="$P3_RESPONDENTS" \
	-f "$BENCH_DIR/p3_likert.sql" 2>&1 | tee "$out"

grep -q '^P3 check: .*: ok$' "$out" || {
	echo "P3: likert() and the plain SQL disagree" >&2
	exit 1
}
if [ -n "${P3_STRICT:-}" ] && ! grep -q '^P3 summary: PASS' "$out"; then
	exit 1
fi
exit 0
