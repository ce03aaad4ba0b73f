#!/usr/bin/env bash
# The suites that need a running server.  Run by run-tests.sh inside
# pg_virtualenv, which sets PGHOST, PGPORT, PGUSER and PGPASSWORD.
# Appends one "name pass|fail" line per suite to the file named by $1.
set -uo pipefail
cd "$(dirname "$0")/../.."
status_file=$1

run_suite() {
	local name=$1
	shift
	echo "=== suite: $name"
	if "$@"; then
		echo "$name pass" >> "$status_file"
	else
		echo "$name fail" >> "$status_file"
	fi
}

# pg_regress and isolation specs, through PGXS's installcheck.  On failure
# show the differences, which is all a CI log reader has.
regress() {
	rm -rf results output_iso regression.diffs regression.out
	if make -s installcheck; then
		return 0
	fi
	for f in regression.diffs output_iso/regression.diffs; do
		[ -f "$f" ] && { echo "----- $f"; cat "$f"; }
	done
	return 1
}

run_suite regress regress
for t in test/scripts/suite-*.sh; do
	[ -e "$t" ] || continue
	name=$(basename "$t" .sh)
	# run by run-tests.sh after this cluster, in a cluster of its own
	[ "$name" = suite-sanitizer ] && continue
	run_suite "${name#suite-}" bash "$t"
done
