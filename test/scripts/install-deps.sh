#!/usr/bin/env bash
# Install the Debian packages that building and testing partnership need,
# if they are missing.  Safe to run again: it installs nothing when all are
# present.  Uses sudo when not run as root.
set -euo pipefail

PGVER=${PGVER:-15}
packages=(
	make gcc                          # the build
	libasan8 libubsan1                # gcc's sanitizer runtimes (suite-sanitizer)
	"postgresql-$PGVER"               # server, for the throwaway cluster
	"postgresql-client-$PGVER"        # psql, pg_dump, pg_isolation_regress
	postgresql-common                 # pg_virtualenv
	"postgresql-server-dev-$PGVER"    # headers and PGXS
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

SUDO=
if [ "$(id -u)" -ne 0 ]; then
	SUDO=sudo
fi

echo "Installing missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"; then
	# A fresh machine may have stale package lists: refresh once and retry.
	$SUDO apt-get update -q
	$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
