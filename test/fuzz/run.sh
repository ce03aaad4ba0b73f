#!/usr/bin/env bash
# Build and run the vocabulary fuzzer (libFuzzer, clang-14).
#
#   bash test/fuzz/run.sh SECONDS
#
# 1. Builds test/fuzz/build/fuzz_vocabulary from the unchanged
#    src/vocabulary.c and src/vocabulary_terms.c plus the harness, with
#    AddressSanitizer and UndefinedBehaviorSanitizer (no recovery).
# 2. Regression pass: runs the binary once over every seed in
#    test/fuzz/corpus/ (this also runs the harness's deterministic
#    self-check of the tables).
# 3. Fuzzes for SECONDS (default 60) from a fresh copy of the seeds in
#    test/fuzz/corpus-work/, with the dictionary test/fuzz/vocabulary.dict.
#
# Exits non-zero on a missing compiler, a build failure, a crash, a
# sanitizer report, an invariant violation or a timeout.  Crashing inputs
# are saved in test/fuzz/build/artifacts/; replay one with
#   test/fuzz/build/fuzz_vocabulary test/fuzz/build/artifacts/crash-...
set -euo pipefail

SECONDS_TO_FUZZ=${1:-60}
case $SECONDS_TO_FUZZ in
	'' | *[!0-9]*)
		echo "usage: $0 SECONDS" >&2
		exit 2
		;;
esac

FUZZ_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$FUZZ_DIR/../.." && pwd)
BUILD=$FUZZ_DIR/build
WORK=$FUZZ_DIR/corpus-work
BIN=$BUILD/fuzz_vocabulary
CC=${FUZZ_CC:-clang-14}
PG_CONFIG=${PG_CONFIG:-pg_config}

fail() {
	echo "fuzz: FAIL: $*" >&2
	exit 1
}

command -v "$CC" >/dev/null 2>&1 ||
	fail "$CC not found; install clang-14 and libclang-rt-14-dev (make deps)"
command -v "$PG_CONFIG" >/dev/null 2>&1 ||
	fail "$PG_CONFIG not found; install postgresql-server-dev-15 (make deps)"
PG_INCLUDE=$("$PG_CONFIG" --includedir-server)
[ -f "$PG_INCLUDE/postgres.h" ] ||
	fail "no postgres.h in $PG_INCLUDE; install postgresql-server-dev-15 (make deps)"

# Every vocabulary the header declares must be in the harness's list.
missing=$(sed -n 's/^extern const Vocabulary \([A-Za-z0-9_]*\);/\1/p' "$ROOT/src/vocabulary.h" |
	while read -r v; do
		grep -q "&$v," "$FUZZ_DIR/fuzz_vocabulary.c" || echo "$v"
	done)
[ -z "$missing" ] ||
	fail "add to vocabularies[] in test/fuzz/fuzz_vocabulary.c:" $missing

# Build.  -Wno-ignored-attributes: clang does not know the gnu_printf
# format attribute the server headers use.  The harness links no
# PostgreSQL library: the vocabulary core needs only libc.
mkdir -p "$BUILD" "$BUILD/artifacts"
echo "fuzz: building $BIN with $CC"
"$CC" -g -O1 -fno-omit-frame-pointer \
	-Wall -Werror -Wno-ignored-attributes \
	-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	-I "$ROOT/src" -I "$PG_INCLUDE" \
	"$ROOT/src/vocabulary.c" "$ROOT/src/vocabulary_terms.c" \
	"$FUZZ_DIR/fuzz_vocabulary.c" \
	-o "$BIN" ||
	fail "could not build the fuzzer (is libclang-rt-14-dev installed?)"

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# Regression pass: every seed once, plus the self-check.
seeds=("$FUZZ_DIR"/corpus/vocabulary/*)
[ -e "${seeds[0]}" ] || fail "no seeds in $FUZZ_DIR/corpus/vocabulary"
echo "fuzz: regression pass over ${#seeds[@]} seeds"
log=$BUILD/regression.log
if ! "$BIN" -artifact_prefix="$BUILD/artifacts/" "${seeds[@]}" >"$log" 2>&1; then
	tail -n 40 "$log" >&2
	fail "regression pass failed (log: $log)"
fi
ran=$(grep -c '^Executed ' "$log" || true)
[ "$ran" -eq "${#seeds[@]}" ] ||
	fail "regression pass executed $ran of ${#seeds[@]} seeds (log: $log)"

[ "$SECONDS_TO_FUZZ" -gt 0 ] || {
	echo "fuzz: PASS (regression only)"
	exit 0
}

# Fuzzing from a fresh copy of the seeds.
rm -rf "$WORK"
mkdir -p "$WORK"
cp "$FUZZ_DIR"/corpus/vocabulary/* "$WORK"/
echo "fuzz: fuzzing for ${SECONDS_TO_FUZZ}s"
log=$BUILD/fuzz.log
status=0
"$BIN" -max_total_time="$SECONDS_TO_FUZZ" -max_len=1024 -timeout=10 \
	-rss_limit_mb=2048 -print_final_stats=1 \
	-dict="$FUZZ_DIR/vocabulary.dict" \
	-artifact_prefix="$BUILD/artifacts/" \
	"$WORK" >"$log" 2>&1 || status=$?

if [ "$status" -ne 0 ] ||
	grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|INVARIANT VIOLATED' "$log"; then
	grep -E -A 30 'ERROR:|runtime error:|INVARIANT VIOLATED' "$log" | head -n 60 >&2 || tail -n 40 "$log" >&2
	fail "fuzzer found a problem (exit $status, log: $log, artifacts: $BUILD/artifacts/)"
fi
grep -E '^stat::(number_of_executed_units|new_units_added)' "$log" || true
grep -E '^#[0-9]+.*DONE' "$log" | tail -n 1 || true
echo "fuzz: PASS (${SECONDS_TO_FUZZ}s, corpus $(find "$WORK" -type f | wc -l) inputs)"
