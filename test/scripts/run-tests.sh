#!/usr/bin/env bash
# The README's test command (make test), also what .ci/run calls.
#
# Installs what is missing (install-deps.sh), builds with -Werror, installs,
# then runs every suite: the cluster-backed ones (pg_regress, isolation,
# dump/restore, ...) inside one throwaway cluster made by pg_virtualenv, then
# outside it the packages (Debian, PGXN: their own throwaway clusters), the
# sanitizer suite in a cluster of its own, and the ones that need no server
# (static analysis, fuzz smoke).  Every suite runs even when an earlier one
# failed; the exit status is non-zero if any failed.  doc/testing.md lists
# the suites.
set -uo pipefail
cd "$(dirname "$0")/../.."

bash test/scripts/install-deps.sh || exit 1
bash test/scripts/build-install.sh || exit 1

. test/scripts/common.sh
status_file=$(mktemp)
trap 'rm -f "$status_file"' EXIT

# Cluster-backed suites; they append "name pass|fail" lines to status_file.
pg_virtualenv -v "$PGVER" \
	bash test/scripts/suites.sh "$status_file"

# Suites run outside that cluster.
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
# The packages, each with its own throwaway clusters: the Debian package
# swaps the installed extension for the package and back, so it runs once
# the suites above are done with it; then the PGXN zip.
run_suite deb bash test/scripts/package-deb.sh
run_suite pgxn bash test/scripts/package-pgxn.sh

# The sanitizer build, in a cluster of its own (its server starts with the
# sanitizer runtime); last of the suites that use the installed extension,
# and it reinstalls the normal build when it ends.
run_suite sanitizer bash test/scripts/suite-sanitizer.sh

# Suites that need no server.
run_suite cppcheck bash test/scripts/cppcheck.sh
# every fuzz target for FUZZ_SMOKE_SECONDS (about 30 s in all)
run_suite fuzz-smoke bash test/fuzz/run.sh "${FUZZ_SMOKE_SECONDS:-8}"

passed=$(grep -c ' pass$' "$status_file")
failed=$(grep -c ' fail$' "$status_file")
echo
echo "Suites:"
sed 's/^/  /' "$status_file"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
