#!/usr/bin/env bash
# Build partnership with warnings as errors and install it into the
# PostgreSQL that $PG_CONFIG (default pg_config) names; the install runs as
# root (sudo only when not root already).
set -euo pipefail
cd "$(dirname "$0")/../.."
. test/scripts/common.sh

make -s COPT=-Werror PG_CONFIG="$PG_CONFIG"
as_root make -s install PG_CONFIG="$PG_CONFIG"
