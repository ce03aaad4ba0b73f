#!/usr/bin/env bash
# The README's main job (make demo): install what is missing, build and
# install the extension, start a throwaway PostgreSQL cluster, and run the
# demo script in it.  The cluster is removed when the demo ends.
set -euo pipefail
cd "$(dirname "$0")/../.."

bash test/scripts/install-deps.sh
bash test/scripts/build-install.sh

. test/scripts/common.sh
pg_virtualenv -v "$PGVER" \
	psql -X -q -v ON_ERROR_STOP=1 -P pager=off -f test/demo/demo.sql
