#!/usr/bin/env bash
# notify_due() run by pg_cron (doc/registry.md#notifications): Debian's
# postgresql-15-cron preloaded in a throwaway cluster of its own, the
# sample registry loaded, notify_due() scheduled every minute as the
# documented recipe does; a listener must receive one notification on
# partnership_due per item of due_items() within a bounded wait (pg_cron
# 1.4 schedules by the minute: at most about 60 s).
#
# Exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
PGVER=${PGVER:-15}

if [ -z "${SUITE_CRON_INSIDE:-}" ]; then
	[ -f "/usr/lib/postgresql/$PGVER/lib/pg_cron.so" ] ||
		{ echo "FAIL  pg_cron is not installed (postgresql-$PGVER-cron; make deps)"; exit 1; }
	# Jobs run in background workers: no connection (and no password) needed.
	# (the outer cluster's PG* variables would make pg_virtualenv reuse its port)
	SUITE_CRON_INSIDE=1 exec env -u PGPORT -u PGHOST -u PGUSER -u PGPASSWORD -u PGDATABASE \
		pg_virtualenv -t -v "$PGVER" \
		-o shared_preload_libraries=pg_cron -o cron.database_name=postgres \
		-o cron.use_background_workers=on -o max_worker_processes=16 \
		bash "$0"
fi

export PGDATABASE=postgres
psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION pg_cron" -c "CREATE EXTENSION partnership"
psql -X -q -v ON_ERROR_STOP=1 -o /dev/null -f test/sample/sukamaju.sql
want=$(psql -X -A -t -v ON_ERROR_STOP=1 -c "SELECT count(*) FROM partnership.due_items()")
[ "$want" -gt 0 ] || { echo "FAIL  the sample registry has nothing due: the test would prove nothing"; exit 1; }

got=$(/usr/bin/python3 test/notify/listen.py partnership_due 75 -- \
	psql -X -q -v ON_ERROR_STOP=1 -o /dev/null \
		-c "SELECT cron.schedule('partnership-due', '* * * * *', 'SELECT partnership.notify_due()')")
n=$(printf '%s' "$got" | grep -c '"event"' || true)
if [ "$n" -eq "$want" ]; then
	echo "ok    pg_cron ran notify_due(): $n notifications on partnership_due, one per due item"
	echo "$got" | sed 's/^/      /' | head -n 5
else
	echo "FAIL  pg_cron's notify_due() sent $n notifications, due_items() has $want"
	echo "$got" | head -n 20
	psql -X -c "SELECT status, return_message FROM cron.job_run_details ORDER BY runid DESC LIMIT 3" || true
	exit 1
fi
