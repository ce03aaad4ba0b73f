#!/usr/bin/env bash
# Static analysis of the C sources with cppcheck; any finding fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
inc=$(pg_config --includedir-server)
cppcheck --quiet --error-exitcode=1 --enable=warning,portability,performance \
	--inline-suppr --std=c99 -D__GNUC__ -DPG_VERSION_NUM=150000 \
	-I src --suppress=missingIncludeSystem \
	--include="$inc/postgres.h" -I "$inc" src/*.c
