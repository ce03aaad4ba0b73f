#!/usr/bin/env bash
# Install the Debian packages that building, packaging and testing
# partnership need, if they are missing.  This is the one place the test
# path installs anything; it says what it installs, and installs nothing
# when everything is present (safe to run again).  As root it runs apt-get
# itself, otherwise through sudo; without either it stops with one line
# naming what to install.
set -euo pipefail
. "$(dirname "$0")/common.sh"

packages=(
	make gcc build-essential          # the build (build-essential: dpkg-buildpackage checks it)
	git                               # make dist (git archive)
	libasan8 libubsan1                # gcc's sanitizer runtimes (suite-sanitizer)
	"postgresql-$PGVER"               # server, for the throwaway cluster
	"postgresql-client-$PGVER"        # psql, pg_dump, pg_isolation_regress
	postgresql-common                 # pg_virtualenv
	"postgresql-server-dev-$PGVER"    # headers and PGXS
	postgresql-server-dev-all         # dh --with pgxs, dh_pgxs_test (make deb)
	postgresql-all                    # the package's build-time tests (Build-Depends <!nocheck>)
	debhelper dpkg-dev fakeroot       # make deb (dpkg-buildpackage)
	python3 python3-jsonschema        # META.json schema check (suite pgxn)
	python3-psycopg2                  # the notification listener (suites notify, cron)
	"postgresql-$PGVER-cron"          # pg_cron running notify_due() (suite cron)
	clang-14 libclang-rt-14-dev       # libFuzzer and sanitizers (fuzz smoke)
	cppcheck                          # static analysis suite
	default-jdk-headless libpostgresql-jdbc-java  # BI driver test (suite-bi-jdbc)
)

missing=()
for p in "${packages[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing+=("$p")
	fi
done

if [ ${#missing[@]} -eq 0 ]; then
	exit 0
fi

if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
	echo "install-deps: cannot install ${missing[*]}: not root and no sudo; as root run: apt-get install ${missing[*]}" >&2
	exit 1
fi

echo "install-deps: installing missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt_install() {
	as_root apt-get install -y -q --no-install-recommends "${missing[@]}"
}
if ! apt_install; then
	# A fresh machine may have stale package lists: refresh once and retry.
	echo "install-deps: apt-get install failed; refreshing the package lists and retrying"
	if ! { as_root apt-get update -q && apt_install; }; then
		echo "install-deps: cannot install ${missing[*]} (apt-get failed, see above)" >&2
		exit 1
	fi
fi
