#!/usr/bin/python3
"""Listen on a channel while a command runs, then print what arrived.

    listen.py CHANNEL FIRST_WITHIN -- COMMAND [ARG...]

Connects with the PG* environment, LISTENs on CHANNEL, runs COMMAND (which
makes the registry changes in sessions of its own, or schedules a job),
then waits up to FIRST_WITHIN seconds for the first notification and, once
one came, collects until none has arrived for a second.  Prints one line per notification: its payload as JSON with the
clock field "at" removed (the rest is deterministic), in arrival order.
Exits non-zero when COMMAND fails.  Used by test/scripts/suite-notify.sh and
suite-cron.sh; Debian's python3-psycopg2.
"""
import json
import select
import subprocess
import sys
import time

import psycopg2

channel, first_within = sys.argv[1], float(sys.argv[2])
command = sys.argv[sys.argv.index("--") + 1:]

conn = psycopg2.connect("")
conn.set_session(autocommit=True)
conn.cursor().execute("LISTEN " + channel)

status = subprocess.call(command)
received = []
started = last = time.monotonic()
while True:
    if select.select([conn], [], [], 0.2) != ([], [], []):
        conn.poll()
        while conn.notifies:
            received.append(conn.notifies.pop(0).payload)
            last = time.monotonic()
    now = time.monotonic()
    if received and now - last > 1.0:
        break
    if not received and now - started > first_within:
        break
for payload in received:
    event = json.loads(payload)
    del event["at"]  # every payload carries its time; the rest is compared
    print(json.dumps(event, sort_keys=True, ensure_ascii=False))
sys.exit(status)
