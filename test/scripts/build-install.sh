#!/usr/bin/env bash
# Build partnership with warnings as errors and install it into the
# PostgreSQL that pg_config names (sudo when not root).
set -euo pipefail
cd "$(dirname "$0")/../.."

SUDO=
if [ "$(id -u)" -ne 0 ]; then
	SUDO=sudo
fi

make -s COPT=-Werror
$SUDO make -s install
