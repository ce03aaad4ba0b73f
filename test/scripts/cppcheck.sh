#!/usr/bin/env bash
# Static analysis of the C sources with cppcheck; any finding fails.  The
# server headers and PG_VERSION_NUM are those of $PG_CONFIG.
set -euo pipefail
cd "$(dirname "$0")/../.."
. test/scripts/common.sh

inc=$("$PG_CONFIG" --includedir-server)
cppcheck --quiet --error-exitcode=1 --enable=warning,portability,performance \
	--inline-suppr --std=c99 -D__GNUC__ -DPG_VERSION_NUM="${PGVER}0000" \
	-I src --suppress=missingIncludeSystem \
	--include="$inc/postgres.h" -I "$inc" src/*.c src/*/*.c
