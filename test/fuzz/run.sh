#!/usr/bin/env bash
# Build and run the libFuzzer targets (clang-14) over the extension's text
# parsers; see doc/testing.md.
#
#   bash test/fuzz/run.sh SECONDS [TARGET...]
#
# Targets (test/fuzz/fuzz_TARGET.c), all by default:
#   vocabulary  text input of every vocabulary's words and sets
#   receive     binary receive of every element and set type
#   text        the language of label()/grade_label(), rule severities
#   import      the import's dates, amounts, lists and edit distance
#
# 1. Builds test/fuzz/build/fuzz_TARGET from the unchanged
#    backend-independent sources of src/ plus the harness, with
#    AddressSanitizer and UndefinedBehaviorSanitizer (no recovery), -O2.
# 2. Regression pass: runs each binary once over every seed of its corpus
#    (test/fuzz/corpus/vocabulary for vocabulary and receive,
#    test/fuzz/corpus/text for text, test/fuzz/corpus/import for import);
#    this also runs the deterministic
#    self-checks of LLVMFuzzerInitialize.
# 3. Fuzzes each target for SECONDS (default 60) from a fresh copy of its
#    seeds in test/fuzz/corpus-work/TARGET, with FUZZ_JOBS parallel jobs
#    (libFuzzer -jobs/-workers; default: the number of cores; logs in
#    test/fuzz/build/jobs-TARGET/), and prints its executions.
#
# Exits non-zero on a missing compiler, a build failure, a crash, a
# sanitizer report, an invariant violation or a timeout.  Crashing inputs
# are saved in test/fuzz/build/artifacts/; replay one with
#   test/fuzz/build/fuzz_TARGET test/fuzz/build/artifacts/crash-...
set -euo pipefail

SECONDS_TO_FUZZ=${1:-60}
case $SECONDS_TO_FUZZ in
	'' | *[!0-9]*)
		echo "usage: $0 SECONDS [TARGET...]" >&2
		exit 2
		;;
esac
shift || true
ALL_TARGETS=(vocabulary receive text import)
if [ $# -gt 0 ]; then
	TARGETS=("$@")
else
	TARGETS=("${ALL_TARGETS[@]}")
fi

FUZZ_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$FUZZ_DIR/../.." && pwd)
BUILD=$FUZZ_DIR/build
CC=${FUZZ_CC:-clang-14}
PG_CONFIG=${PG_CONFIG:-pg_config}
JOBS=${FUZZ_JOBS:-$(nproc 2>/dev/null || echo 1)}

fail() {
	echo "fuzz: FAIL: $*" >&2
	exit 1
}

corpus_of() {
	case $1 in
		vocabulary | receive) echo "$FUZZ_DIR/corpus/vocabulary" ;;
		text) echo "$FUZZ_DIR/corpus/text" ;;
		import) echo "$FUZZ_DIR/corpus/import" ;;
		*) fail "unknown target $1 (targets: ${ALL_TARGETS[*]})" ;;
	esac
}

dict_of() {
	case $1 in
		vocabulary | receive) echo "$FUZZ_DIR/vocabulary.dict" ;;
		text) echo "$FUZZ_DIR/text.dict" ;;
		import) echo "$FUZZ_DIR/import.dict" ;;
	esac
}

for t in "${TARGETS[@]}"; do corpus_of "$t" >/dev/null; done

command -v "$CC" >/dev/null 2>&1 ||
	fail "$CC not found; install clang-14 and libclang-rt-14-dev (make deps)"
command -v "$PG_CONFIG" >/dev/null 2>&1 ||
	fail "$PG_CONFIG not found; install postgresql-server-dev-15 (make deps)"
PG_INCLUDE=$("$PG_CONFIG" --includedir-server)
[ -f "$PG_INCLUDE/postgres.h" ] ||
	fail "no postgres.h in $PG_INCLUDE; install postgresql-server-dev-15 (make deps)"

# Build.  The sources of src/ are compiled with coverage instrumentation
# (libFuzzer's feedback), the harness code without: the checks need no
# coverage, and instrumenting them cost time on every input.  The coverage
# is inline 8-bit counters with a PC table, without trace-cmp: the parsers
# compare every input byte with constants, and tracing those comparisons
# took three quarters of the run time (the dictionary gives the fuzzer the
# constants instead; memcmp and strcmp are still traced by libFuzzer's
# interceptors).  -O2: the sanitizers keep every check.
# -Wno-ignored-attributes: clang does not know the gnu_printf format
# attribute the server headers use.  The harness links no PostgreSQL
# library: these sources need only libc.
SANITIZE="-fsanitize=address,undefined -fno-sanitize-recover=all"
CFLAGS="-g -O2 -fno-omit-frame-pointer -Wall -Werror -Wno-ignored-attributes"
COVERAGE="-fsanitize-coverage=inline-8bit-counters,pc-table"
SOURCES=(
	"$ROOT/src/vocabulary/vocabulary.c" "$ROOT/src/vocabulary/terms.c"
	"$ROOT/src/vocabulary/language.c" "$ROOT/src/rules/severity.c"
	"$ROOT/src/import/parse_date.c" "$ROOT/src/import/parse_amount.c"
	"$ROOT/src/import/parse_list.c"
)
mkdir -p "$BUILD/obj" "$BUILD/artifacts"
echo "fuzz: building ${TARGETS[*]} with $CC"
compile() {
	# shellcheck disable=SC2086
	"$CC" $CFLAGS $SANITIZE -I "$FUZZ_DIR" -I "$ROOT/src" -I "$PG_INCLUDE" \
		"$@" || fail "could not compile ${*: -3:1}"
}
objects=()
for src in "${SOURCES[@]}"; do
	obj=$BUILD/obj/$(basename "$src" .c).o
	compile $COVERAGE -c "$src" -o "$obj"
	objects+=("$obj")
done
compile -c "$FUZZ_DIR/fuzz_common.c" -o "$BUILD/obj/fuzz_common.o"
objects+=("$BUILD/obj/fuzz_common.o")
for t in "${TARGETS[@]}"; do
	compile -c "$FUZZ_DIR/fuzz_$t.c" -o "$BUILD/obj/fuzz_$t.o"
	# shellcheck disable=SC2086
	"$CC" $SANITIZE -fsanitize=fuzzer "$BUILD/obj/fuzz_$t.o" "${objects[@]}" \
		-o "$BUILD/fuzz_$t" ||
		fail "could not link fuzz_$t (is libclang-rt-14-dev installed?)"
done

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# A libFuzzer log that holds a finding.
found_problem() {
	grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|INVARIANT VIOLATED' "$1"
}

# Regression pass: every seed once, plus the self-checks.
for t in "${TARGETS[@]}"; do
	corpus=$(corpus_of "$t")
	seeds=("$corpus"/*)
	[ -e "${seeds[0]}" ] || fail "no seeds in $corpus"
	log=$BUILD/regression-$t.log
	if ! "$BUILD/fuzz_$t" -artifact_prefix="$BUILD/artifacts/" "${seeds[@]}" >"$log" 2>&1 ||
		found_problem "$log"; then
		tail -n 40 "$log" >&2
		fail "$t: regression pass failed (log: $log)"
	fi
	ran=$(grep -c '^Executed ' "$log" || true)
	[ "$ran" -eq "${#seeds[@]}" ] ||
		fail "$t: regression pass executed $ran of ${#seeds[@]} seeds (log: $log)"
	echo "fuzz: $t: regression pass over ${#seeds[@]} seeds"
done

[ "$SECONDS_TO_FUZZ" -gt 0 ] || {
	echo "fuzz: PASS (regression only)"
	exit 0
}

# Fuzzing, each target from a fresh copy of its seeds.  With more than one
# job, libFuzzer's -jobs/-workers mode runs that many independent fuzzing
# processes for the whole time, sharing the corpus directory (each reloads
# what the others add) and writing fuzz-N.log in the current directory; its
# -fork mode, which restarts short jobs and merges their corpora, gave less
# than half the executions on two cores.
summary=()
for t in "${TARGETS[@]}"; do
	work=$FUZZ_DIR/corpus-work/$t
	logs=$BUILD/jobs-$t
	rm -rf "$work" "$logs"
	mkdir -p "$work" "$logs"
	cp "$(corpus_of "$t")"/* "$work"/
	log=$logs/main.log
	parallel=()
	[ "$JOBS" -gt 1 ] && parallel=(-jobs="$JOBS" -workers="$JOBS")
	echo "fuzz: $t: fuzzing for ${SECONDS_TO_FUZZ}s with $JOBS job(s)"
	status=0
	start=$(date +%s)
	(cd "$logs" &&
		"$BUILD/fuzz_$t" "${parallel[@]}" -max_total_time="$SECONDS_TO_FUZZ" \
			-max_len=1024 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
			-dict="$(dict_of "$t")" -artifact_prefix="$BUILD/artifacts/" \
			"$work") >"$log" 2>&1 || status=$?
	elapsed=$(($(date +%s) - start))
	for l in "$logs"/*.log; do
		if [ "$status" -ne 0 ] || found_problem "$l"; then
			grep -E -A 30 'ERROR:|runtime error:|INVARIANT VIOLATED' "$l" | head -n 60 >&2 ||
				tail -n 40 "$l" >&2
			fail "$t: fuzzer found a problem (exit $status, log: $l, artifacts: $BUILD/artifacts/)"
		fi
	done
	# every process prints its own count (the main log repeats the jobs'
	# logs); a job that stopped early has none
	job_logs=("$logs"/fuzz-*.log)
	[ "$JOBS" -gt 1 ] || job_logs=("$log")
	counts=$(cat "${job_logs[@]}" | sed -n 's/^stat::number_of_executed_units: *//p')
	[ "$(echo "$counts" | grep -c .)" -eq "$JOBS" ] ||
		fail "$t: expected the final statistics of $JOBS job(s) in $logs"
	execs=$(($(echo "$counts" | paste -sd+)))
	line="$t: $execs executions in ${elapsed}s ($((execs / (elapsed > 0 ? elapsed : 1)))/s, $JOBS job(s)), corpus $(find "$work" -type f | wc -l) inputs"
	echo "fuzz: $line"
	summary+=("$line")
done
echo "fuzz: PASS (${SECONDS_TO_FUZZ}s per target)"
printf 'fuzz:   %s\n' "${summary[@]}"
