#!/usr/bin/env bash
# Notifications (doc/registry.md#notifications): a listener in its own
# session receives exactly the expected partnership_events for the README
# tour (sql/reports_tour.sql run by psql in another session), in order, and
# none for a transaction that rolled back.
#
# Runs inside a cluster (PGHOST, PGPORT, PGUSER set); exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

db=partnership_notify_$$
cleanup() { dropdb --if-exists "$db" >/dev/null 2>&1 || true; }
trap cleanup EXIT
createdb "$db"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION partnership"
export PGDATABASE=$db

fail=0
got=$(/usr/bin/python3 test/notify/listen.py partnership_events 5 -- \
	psql -X -q -v ON_ERROR_STOP=1 -o /dev/null -f sql/reports_tour.sql)
if [ "$got" = "$(cat test/notify/tour.expected)" ]; then
	echo "ok    the tour's events: $(echo "$got" | wc -l) notifications, as expected"
else
	echo "FAIL  the tour's events differ from test/notify/tour.expected:"
	diff <(echo "$got") test/notify/tour.expected || true
	fail=1
fi

# A rolled-back transaction sends nothing, and a committed one after it does.
got=$(/usr/bin/python3 test/notify/listen.py partnership_events 3 -- \
	psql -X -q -v ON_ERROR_STOP=1 -c "BEGIN" \
		-c "UPDATE partnership.partnership SET status = 'suspended' WHERE code = 'GIZI-1'" \
		-c "ROLLBACK")
if [ -z "$got" ]; then
	echo "ok    nothing for a rolled-back suspension"
else
	echo "FAIL  a rolled-back transaction notified: $got"
	fail=1
fi
got=$(/usr/bin/python3 test/notify/listen.py partnership_events 3 -- \
	psql -X -q -v ON_ERROR_STOP=1 \
		-c "UPDATE partnership.partnership SET status = 'suspended' WHERE code = 'GIZI-1'")
want='{"agreement": null, "event": "partnership_suspended", "institution": "Dinas Kesehatan Kota Contoh", "partnership": "GIZI-1", "seq": 1}'
if [ "$got" = "$want" ]; then
	echo "ok    the committed suspension, once"
else
	echo "FAIL  committed suspension: got '$got'"
	fail=1
fi

# Two changes of one partnership in one transaction are two events (seq
# keeps PostgreSQL from folding identical payloads), and an owner's name
# too long for a notification is cut, not a reason to refuse the change.
got=$(/usr/bin/python3 test/notify/listen.py partnership_events 3 -- \
	psql -X -q -v ON_ERROR_STOP=1 -c "BEGIN" \
		-c "UPDATE partnership.partner SET name = repeat('Ä', 5000) WHERE name = 'Dinas Kesehatan Kota Contoh'" \
		-c "UPDATE partnership.partnership SET status = 'active' WHERE code = 'GIZI-1'" \
		-c "UPDATE partnership.partnership SET status = 'suspended' WHERE code = 'GIZI-1'" \
		-c "COMMIT")
if [ "$(echo "$got" | grep -c '"event"')" -eq 2 ] &&
	echo "$got" | head -n 1 | grep -q '"event": "partnership_activated".*"seq": 1' &&
	echo "$got" | tail -n 1 | grep -q '"event": "partnership_suspended".*"seq": 2' &&
	[ "$(echo "$got" | head -n 1 | grep -o 'Ä' | wc -l)" -eq 256 ]; then
	echo "ok    two changes in one transaction, two events; the long name cut to 512 bytes"
else
	echo "FAIL  two changes in one transaction: got '$got'"
	fail=1
fi
exit $fail
