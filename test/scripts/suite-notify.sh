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
# expect WHAT GOT WANT: one ok or FAIL line for a received payload
expect() {
	if [ "$2" = "$3" ]; then
		echo "ok    $1"
	else
		echo "FAIL  $1: got '$2'"
		fail=1
	fi
}

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
expect "the committed suspension, once" "$got" \
	'{"agreement": null, "agreement_id": null, "event": "partnership_suspended", "institution": "Dinas Kesehatan Kota Contoh", "partnership": "GIZI-1", "partnership_id": 1, "seq": 1}'

# Two changes of one partnership in one transaction are two events (seq
# keeps PostgreSQL from folding identical payloads), and an owner's name
# too long for a notification is cut, not a reason to refuse the change:
# to 1024 bytes as a JSON string, its quotes included (notify_text()), so
# 511 characters of two bytes each.
got=$(/usr/bin/python3 test/notify/listen.py partnership_events 3 -- \
	psql -X -q -v ON_ERROR_STOP=1 -c "BEGIN" \
		-c "UPDATE partnership.partner SET name = repeat('Ä', 5000) WHERE name = 'Dinas Kesehatan Kota Contoh'" \
		-c "UPDATE partnership.partnership SET status = 'active' WHERE code = 'GIZI-1'" \
		-c "UPDATE partnership.partnership SET status = 'suspended' WHERE code = 'GIZI-1'" \
		-c "COMMIT")
if [ "$(echo "$got" | grep -c '"event"')" -eq 2 ] &&
	echo "$got" | head -n 1 | grep -q '"event": "partnership_activated".*"seq": 1' &&
	echo "$got" | tail -n 1 | grep -q '"event": "partnership_suspended".*"seq": 2' &&
	[ "$(echo "$got" | head -n 1 | grep -o 'Ä' | wc -l)" -eq 511 ]; then
	echo "ok    two changes in one transaction, two events; the long name cut to 1024 bytes of JSON"
else
	echo "FAIL  two changes in one transaction: got '$got'"
	fail=1
fi

# Multi-institution mode: any role may LISTEN, so the payload carries the
# ids alone (doc/access.md#notifications).
psql -X -q -v ON_ERROR_STOP=1 -c "UPDATE partnership.setting SET value = 1 WHERE name = 'multi_institution'"
got=$(/usr/bin/python3 test/notify/listen.py partnership_events 3 -- \
	psql -X -q -v ON_ERROR_STOP=1 \
		-c "UPDATE partnership.partnership SET status = 'active' WHERE code = 'GIZI-1'")
expect "multi-institution mode: the activation names the partnership by id only" "$got" \
	'{"agreement": null, "agreement_id": null, "event": "partnership_activated", "institution": null, "partnership": null, "partnership_id": 1, "seq": 1}'
# notify_due() likewise: a warning window long enough that the tour's
# partnership and agreement are both due.
psql -X -q -v ON_ERROR_STOP=1 -c "UPDATE partnership.setting SET value = 2000 WHERE name = 'expiry_warning_days'"
got=$(/usr/bin/python3 test/notify/listen.py partnership_due 3 -- \
	psql -X -q -v ON_ERROR_STOP=1 -o /dev/null -c "SELECT partnership.notify_due()")
expect "multi-institution mode: notify_due() names the partnerships by id only" "$got" \
	'{"agreement": null, "agreement_id": 1, "due_on": null, "event": "agreement_expiring", "institution": null, "item": null, "partnership": null, "partnership_id": 1, "seq": 1}
{"agreement": null, "agreement_id": null, "due_on": null, "event": "partnership_ending", "institution": null, "item": null, "partnership": null, "partnership_id": 1, "seq": 2}'

# Setting notify_names 0: the ids alone with the mode off too, for a
# database where roles the registry granted nothing can connect
# (doc/access.md#notifications).
psql -X -q -v ON_ERROR_STOP=1 -c "UPDATE partnership.setting SET value = 0 WHERE name = 'multi_institution'" \
	-c "UPDATE partnership.setting SET value = 0 WHERE name = 'notify_names'"
got=$(/usr/bin/python3 test/notify/listen.py partnership_events 3 -- \
	psql -X -q -v ON_ERROR_STOP=1 \
		-c "UPDATE partnership.partnership SET status = 'suspended' WHERE code = 'GIZI-1'")
expect "notify_names 0: the suspension names the partnership by id only" "$got" \
	'{"agreement": null, "agreement_id": null, "event": "partnership_suspended", "institution": null, "partnership": null, "partnership_id": 1, "seq": 1}'
got=$(/usr/bin/python3 test/notify/listen.py partnership_due 3 -- \
	psql -X -q -v ON_ERROR_STOP=1 -o /dev/null -c "SELECT partnership.notify_due()")
expect "notify_names 0: notify_due() names nothing either" "$got" \
	'{"agreement": null, "agreement_id": 1, "due_on": null, "event": "agreement_expiring", "institution": null, "item": null, "partnership": null, "partnership_id": 1, "seq": 1}'
# ... nor tells the order of the codes: notify_due() numbers and sends
# in the order of the ids (before: of the codes, so ZZ-8 before AA-9 in
# the ids gave seq 3 to ZZ-8)
psql -X -q -v ON_ERROR_STOP=1 -c "SET session_replication_role = replica" \
	-c "INSERT INTO partnership.partnership (id, code, name, formality, horizon, objectives, owner_id, starts_on, ends_on, status)
		VALUES (1000, 'ZZ-8', 'Akhir', 'informal', 'operational', '{Uji}', 1, current_date - 10, current_date + 10, 'active'),
			(1001, 'AA-9', 'Awal', 'informal', 'operational', '{Uji}', 1, current_date - 10, current_date + 10, 'active')"
got=$(/usr/bin/python3 test/notify/listen.py partnership_due 3 -- \
	psql -X -q -v ON_ERROR_STOP=1 -o /dev/null -c "SELECT partnership.notify_due()")
expect "notify_names 0: notify_due() in the order of the ids, not of the codes" "$got" \
	'{"agreement": null, "agreement_id": 1, "due_on": null, "event": "agreement_expiring", "institution": null, "item": null, "partnership": null, "partnership_id": 1, "seq": 1}
{"agreement": null, "agreement_id": null, "due_on": null, "event": "partnership_ending", "institution": null, "item": null, "partnership": null, "partnership_id": 1000, "seq": 2}
{"agreement": null, "agreement_id": null, "due_on": null, "event": "partnership_ending", "institution": null, "item": null, "partnership": null, "partnership_id": 1001, "seq": 3}'
exit $fail
