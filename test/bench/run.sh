#!/usr/bin/env bash
# Benchmarks P1-P9 in one run: installs the extension, starts one
# throwaway cluster, runs every benchmark script of test/bench in it, and
# prints each ratio with its sizes, then a summary line per benchmark and a
# final line.  Not part of the test command (make test).
#
#   bash test/bench/run.sh [full|quick]      # make bench, make bench-quick
#
#   full   P1/P2 at 20000 partnerships (2 rounds, best of each variant's
#          backend CPU, see p1_p2_load.sh), P3 and P5 at 10M rows, P4/P6 at
#          100000 vs 1000 partnerships (5 rounds), P7/P8 at 100000 vs 10000
#          partnerships (3 rounds), P9 at 20000: 20 to 32 minutes on 2 cores
#   quick  P1/P2 at 2000, P3 and P5 at 1M rows, P4/P6 and P7/P8 at 10000
#          vs 1000, P9 at 2000: a few minutes
# Any size can be overridden through the scripts' own variables
# (P1_PARTNERSHIPS, P1_ROUNDS, P2_VERIFY, P3_ROWS, P4_SMALL, P4_LARGE,
# P4_CALLS, P4_ROUNDS, P5_ROWS, P7_SMALL, P7_LARGE, P7_ROUNDS,
# P9_PARTNERSHIPS, P9_ROUNDS; P9 defaults to the P1 sizes).  A script
# that is not there (yet) is reported as missing.
#
# The extension is installed under /tmp/partnership-install.lock (shared by
# everyone building on this machine); the benchmarks themselves run
# unlocked, as they take minutes.  So that a concurrent reinstall cannot go
# unnoticed, the checksum of the installed files is taken after installing
# and checked after every script: a change is reported and fails the run.
# BENCH_NO_INSTALL=1 skips the installation (use what is installed).
# BENCH_MULTI_INSTITUTION=1 runs the scripts that know it (p4_p6_lookup.sh,
# p7_p8_reports.sh) with multi-institution mode on and one mapped role
# (doc/access.md); =top maps that role to a province above every government
# partner.  P1 with the mode on is p1_p2_load.sh's variant mi
# (P1_VARIANTS="off ext pl fk mi").
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$BENCH_DIR/../.." && pwd)
MODE=${1:-${BENCH_MODE:-full}}
PGVER=${PGVER:-15}
PG_CONFIG=${PG_CONFIG:-pg_config}

case $MODE in
	full)
		: "${P1_PARTNERSHIPS:=20000}" "${P1_ROUNDS:=2}" "${P2_VERIFY:=400}"
		: "${P3_ROWS:=10000000}" "${P5_ROWS:=10000000}"
		: "${P4_SMALL:=1000}" "${P4_LARGE:=100000}" "${P4_CALLS:=10000}" "${P4_ROUNDS:=5}"
		: "${P7_SMALL:=10000}" "${P7_LARGE:=100000}" "${P7_ROUNDS:=5}"
		;;
	quick)
		: "${P1_PARTNERSHIPS:=2000}" "${P1_ROUNDS:=1}" "${P2_VERIFY:=100}"
		: "${P3_ROWS:=1000000}" "${P5_ROWS:=1000000}"
		: "${P4_SMALL:=1000}" "${P4_LARGE:=10000}" "${P4_CALLS:=5000}" "${P4_ROUNDS:=2}"
		: "${P7_SMALL:=1000}" "${P7_LARGE:=10000}" "${P7_ROUNDS:=3}"
		;;
	*)
		echo "usage: $0 [full|quick]" >&2
		exit 2
		;;
esac
export P1_PARTNERSHIPS P1_ROUNDS P2_VERIFY P3_ROWS P5_ROWS P4_SMALL P4_LARGE P4_CALLS P4_ROUNDS \
	P7_SMALL P7_LARGE P7_ROUNDS

installed_sum() {
	cat "$($PG_CONFIG --pkglibdir)/partnership.so" \
		"$($PG_CONFIG --sharedir)"/extension/partnership* | md5sum | cut -d' ' -f1
}

if [ -z "${BENCH_IN_CLUSTER:-}" ]; then
	if [ -z "${BENCH_NO_INSTALL:-}" ]; then
		echo "bench: installing the extension (under /tmp/partnership-install.lock)"
		flock /tmp/partnership-install.lock make -C "$TOP" -s install
	fi
	BENCH_INSTALL_SUM=$(installed_sum)
	export BENCH_INSTALL_SUM BENCH_IN_CLUSTER=1
	exec pg_virtualenv -t -v "$PGVER" -o shared_buffers=2GB -o max_wal_size=4GB \
		bash "$0" "$MODE"
fi

export P1_USE_CURRENT_CLUSTER=1 P3_USE_CURRENT_CLUSTER=1 P4_USE_CURRENT_CLUSTER=1 \
	P5_USE_CURRENT_CLUSTER=1 P7_USE_CURRENT_CLUSTER=1 P9_USE_CURRENT_CLUSTER=1
log=$(mktemp "${TMPDIR:-/tmp}/bench.XXXXXX")
trap 'rm -f "$log"' EXIT
started=$(date +%s)
echo "bench: $MODE run, $(date -u '+%Y-%m-%d %H:%M UTC'), PostgreSQL $(psql -XAtc 'SHOW server_version')," \
	"$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)," \
	"$( (. /etc/os-release && echo "$PRETTY_NAME") 2>/dev/null || uname -s)"

failed=0
for script in p1_p2_load p3_likert p4_p6_lookup p5_copy p7_p8_reports p9_import; do
	if [ ! -f "$BENCH_DIR/$script.sh" ] ||
		{ [ "$script" = p3_likert ] && [ ! -f "$BENCH_DIR/p3_likert.sql" ]; }; then
		echo "bench: $script: not available in this tree" | tee -a "$log"
		continue
	fi
	echo "bench: --- $script ---"
	t0=$(date +%s)
	if ! bash "$BENCH_DIR/$script.sh" 2>&1 | tee -a "$log"; then
		echo "bench: $script: FAILED (see above)" | tee -a "$log"
		failed=1
	fi
	echo "bench: $script took $(($(date +%s) - t0)) s"
	if [ "$(installed_sum)" != "$BENCH_INSTALL_SUM" ]; then
		echo "bench: the installed extension changed during $script (a concurrent make install): results are not reliable" | tee -a "$log"
		failed=1
	fi
done

echo
echo "bench: summary ($MODE run, $(($(date +%s) - started)) s)"
grep -E '^P[0-9](′)? (ratio|.* ratio) = |^P8 views without a floor' "$log" || true
grep -E '^P[0-9](′)? summary: ' "$log" | sort || true
verdicts=""
met=0
total=0
for p in 1 1′ 2 3 4 5 6 7 8 9; do
	line=$(grep -E "^P$p summary: " "$log" | tail -1 || true)
	case $line in
		*"summary: PASS"*) verdicts+=" P$p met" ; met=$((met + 1)); total=$((total + 1)) ;;
		*"summary: FAIL"*) verdicts+=" P$p missed" ; total=$((total + 1)) ;;
		*) verdicts+=" P$p not-run" ;;
	esac
done
echo "bench: RESULT$verdicts ($met of $total targets met)"
exit $failed
