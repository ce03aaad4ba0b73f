#!/usr/bin/env bash
# Sanitizer suite (doc/testing.md): build the extension with
# AddressSanitizer and UndefinedBehaviorSanitizer (gcc, no recovery), install
# it, run the pg_regress and isolation suites (make installcheck) against it
# in a throwaway cluster whose server runs with the ASan runtime preloaded,
# and fail on any sanitizer report in the server log.  The normal build is
# reinstalled afterwards, whatever happened (trap), so later suites and
# commands use the normal library.
#
#   SANITIZER_ASAN=0   UBSan only, no runtime preloaded into the server
#   SANITIZER_TIMEOUT  seconds allowed for make installcheck (default 600)
#
# Run by run-tests.sh after the other cluster suites, with its own cluster
# (not inside suites.sh's): the server must start with the sanitizer
# runtime in its environment.  It installs into the system's PostgreSQL, so
# run it where nobody else uses the installed extension meanwhile (on a
# shared machine: under the install lock that make test is run under).
# Exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

PGVER=${PGVER:-15}
PG_CONFIG=${PG_CONFIG:-pg_config}
BINDIR=$("$PG_CONFIG" --bindir)
ASAN=${SANITIZER_ASAN:-1}
TIMEOUT=${SANITIZER_TIMEOUT:-600}
SANITIZE="-fsanitize=undefined -fno-sanitize-recover=all"
[ "$ASAN" = 1 ] && SANITIZE="-fsanitize=address,undefined -fno-sanitize-recover=all"

SUDO=
[ "$(id -u)" -ne 0 ] && SUDO=sudo
# initdb and the server refuse to run as root
AS_SERVER=()
[ "$(id -u)" -eq 0 ] && AS_SERVER=(runuser -u postgres --)

work=$(mktemp -d -t partnership-sanitizer.XXXXXX)
chmod 755 "$work"
data=$work/data
log=$work/server.log
server_started=0

restore() {
	local status=$?
	if [ "$server_started" = 1 ]; then
		"${AS_SERVER[@]}" "$BINDIR/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
	fi
	echo "sanitizer: reinstalling the normal build"
	if ! bash "$ROOT/test/scripts/build-install.sh"; then
		echo "sanitizer: FAIL: could not reinstall the normal build" >&2
		status=1
	fi
	rm -rf "$work"
	exit "$status"
}
trap restore EXIT
trap 'exit 130' INT TERM

fail() {
	echo "sanitizer: FAIL: $*" >&2
	exit 1
}

# A copy of the sources, built apart so that the normal objects of the
# worktree stay as they are.  PROFILE goes to the compiler and the linker,
# so the module links the sanitizer runtimes.
echo "sanitizer: building with $SANITIZE"
started=$(date +%s)
mkdir "$work/src"
tar -C "$ROOT" -cf - --exclude='*.o' --exclude='*.so' --exclude='*.bc' \
	--exclude=test/fuzz \
	Makefile partnership.control partnership--*.sql src sql expected test |
	tar -C "$work/src" -xf -
make -s -C "$work/src" clean >/dev/null
make -s -C "$work/src" COPT=-Werror PROFILE="$SANITIZE -fno-omit-frame-pointer" ||
	fail "the sanitizer build failed"
$SUDO make -s -C "$work/src" install
built=$(date +%s)
module="$("$PG_CONFIG" --pkglibdir)/partnership.so"
# (not ldd | grep -q: under pipefail, grep's early exit can fail ldd)
linked=$(ldd "$module")
[[ $linked == *libubsan* ]] ||
	fail "the installed $module does not link the UBSan runtime"

# The server's environment: the sanitizers' options, and with ASan its
# runtime preloaded (an instrumented module cannot be loaded into a server
# without it), followed by test/sanitizer/asan_init_first.c, without which
# the server hangs before main().  Leak detection is off: a backend frees
# its memory contexts by exiting, by design.
server_env=(PATH=/usr/bin:/bin LANG=C.UTF-8
	"UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:abort_on_error=1")
if [ "$ASAN" = 1 ]; then
	libasan=$(gcc -print-file-name=libasan.so)
	libasan=$(readlink -f "$libasan")
	[ -f "$libasan" ] || fail "no libasan.so for gcc (package libasan8)"
	gcc -O2 -shared -fPIC -Wall -Werror -o "$work/asan_init_first.so" \
		"$ROOT/test/sanitizer/asan_init_first.c" -ldl ||
		fail "could not build test/sanitizer/asan_init_first.c"
	chmod 755 "$work/asan_init_first.so"
	server_env+=("LD_PRELOAD=$libasan:$work/asan_init_first.so"
		"ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:halt_on_error=1")
fi

# A throwaway cluster, all of it in the work directory, its socket too, and
# no TCP: it cannot collide with another cluster, whatever the port.
port=54329
[ "$(id -u)" -eq 0 ] && chown postgres "$work"
"${AS_SERVER[@]}" "$BINDIR/initdb" -D "$data" -A trust -U postgres -E UTF8 \
	--locale=C.UTF-8 --no-sync >"$work/initdb.log" 2>&1 ||
	{ cat "$work/initdb.log" >&2; fail "initdb failed"; }
cat >>"$data/postgresql.conf" <<EOF
port = $port
listen_addresses = ''
unix_socket_directories = '$work'
fsync = off
max_prepared_transactions = 10
EOF
echo "sanitizer: starting the server (port $port)"
server_started=1
if ! "${AS_SERVER[@]}" env -i "${server_env[@]}" \
	"$BINDIR/pg_ctl" -D "$data" -l "$log" -w -t 60 start >/dev/null; then
	tail -n 40 "$log" >&2 || true
	fail "the server did not start within 60 s"
fi
export PGHOST=$work PGPORT=$port PGUSER=postgres PGDATABASE=postgres
unset PGPASSWORD PGSERVICE PGHOSTADDR

# The backends really run the sanitized module and the runtimes.
runtimes=$(psql -X -A -t -v ON_ERROR_STOP=1 -c "CREATE EXTENSION partnership" \
	-c "SELECT 'media'::partnership.sector" \
	-c "SELECT string_agg(r, ',' ORDER BY r) FROM (
	      SELECT DISTINCT substring(l FROM 'lib(asan|ubsan)\.so') AS r
	      FROM regexp_split_to_table(pg_read_file('/proc/self/maps'), E'\n') AS l
	      WHERE l ~ 'lib(asan|ubsan)\.so') AS m" | tail -n 1)
want=ubsan
[ "$ASAN" = 1 ] && want=asan,ubsan
[ "$runtimes" = "$want" ] ||
	fail "a backend maps '$runtimes' of the sanitizer runtimes, not '$want'"
psql -X -q -c "DROP EXTENSION partnership"
echo "sanitizer: a backend runs with the $want runtime(s)"

# pg_regress and the isolation specs against the sanitized module.
status=0
tests_started=$(date +%s)
(cd "$work/src" && timeout "$TIMEOUT" make -s installcheck) || status=$?
tests_ended=$(date +%s)
if [ "$status" -ne 0 ]; then
	for f in "$work/src/regression.diffs" "$work/src/output_iso/regression.diffs"; do
		[ -f "$f" ] && { echo "----- ${f#"$work/src/"}"; head -n 200 "$f"; }
	done
fi

"${AS_SERVER[@]}" "$BINDIR/pg_ctl" -D "$data" -m fast -w stop >/dev/null || true
server_started=0
reports=$(grep -cE 'runtime error:|ERROR: AddressSanitizer|ERROR: LeakSanitizer' "$log" || true)
crashes=$(grep -cE 'server process \(PID [0-9]+\) (was terminated by signal|exited with exit code)' "$log" || true)
echo "sanitizer: $reports sanitizer report(s), $crashes crashed server process(es)"
if [ "$reports" -ne 0 ] || [ "$crashes" -ne 0 ]; then
	grep -E -B 2 -A 25 'runtime error:|ERROR: AddressSanitizer|server process \(PID' "$log" |
		head -n 120 >&2
	fail "the server log holds sanitizer reports or crashes"
fi
[ "$status" -eq 0 ] || fail "make installcheck failed against the sanitized build (exit $status)"
echo "sanitizer: PASS (build $((built - started)) s, make installcheck $((tests_ended - tests_started)) s)"
