#!/usr/bin/env bash
# Benchmarks P4 and P6 (doc/performance.md): the per-partnership lookups do not grow
# with the registry.  Two registries built by test/bench/generate.sql, in
# one run, on a throwaway cluster:
#   small  P4_SMALL partnerships (default 1000), loaded with enforcement on;
#   large  P4_LARGE partnerships (default 100000): the first P4_LARGE -
#          P4_SMALL loaded with the triggers off (session_replication_role =
#          replica, two sessions in parallel) to save time, the last P4_SMALL
#          with enforcement on.  The generator's statements are the ones the
#          enforced load runs (and passes), so the data is valid either way.
# Both get evaluations with responses, indicators, disbursements and risks
# on every fourth partnership (bench.enrich), then VACUUM ANALYZE.
#
#   P4 ratio = time of P4_CALLS check(id) calls on pseudo-random
#              partnerships, large / small                  target <= 1.3
#   P6 ratio = time of P4_CALLS lookups of one partnership's row of
#              partnership_report.partnerships, large / small   target <= 1.3
# Each time is the backend's CPU time (from /proc; the wall clock is printed
# too), the best of P4_ROUNDS, the two sizes interleaved; each measurement
# runs in a fresh session after a warm-up of P4_CALLS / 10 calls.  The CPU
# time is counted in clock ticks (10 ms): P4_CALLS is large enough that
# one check measurement spans some fifty of them.
#
#   bash test/bench/p4_p6_lookup.sh
#   P4_LARGE=10000 P4_CALLS=5000 bash test/bench/p4_p6_lookup.sh    # quick
#
# BENCH_MULTI_INSTITUTION=1 runs both with multi-institution mode on
# (doc/access.md): a role bench_institution, mapped to the owner of the
# first partnership with read access, makes every call (the cpu_ticks()
# readings excepted), so check(id) and the report view run under the
# row-level security policies; the lookups are of the partnerships that
# role reads (its institution's, about n / number of government partners).
# BENCH_MULTI_INSTITUTION=top maps it to a province above every government
# partner instead (bench.institution_top()): it reads every partnership.
#
# Needs the extension installed (make install).  Outside a cluster it
# starts one with pg_virtualenv; with P4_USE_CURRENT_CLUSTER=1 it uses the
# current one, creating and dropping databases p4_* (P4_KEEP=1 keeps them,
# to profile a call by hand).  A missed target is
# reported in the summary line (and fails the exit status with P4_STRICT=1).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
P4_SMALL=${P4_SMALL:-1000}
P4_LARGE=${P4_LARGE:-100000}
P4_CALLS=${P4_CALLS:-10000}
P4_ROUNDS=${P4_ROUNDS:-3}
PGVER=${PGVER:-15}

for v in "$P4_SMALL" "$P4_LARGE" "$P4_CALLS" "$P4_ROUNDS"; do
	case $v in
		'' | *[!0-9]*)
			echo "P4_SMALL, P4_LARGE, P4_CALLS and P4_ROUNDS must be numbers" >&2
			exit 2
			;;
	esac
done
if [ "$P4_LARGE" -le "$P4_SMALL" ]; then
	echo "P4_LARGE must be larger than P4_SMALL" >&2
	exit 2
fi

if [ -z "${P4_USE_CURRENT_CLUSTER:-}" ]; then
	export P4_USE_CURRENT_CLUSTER=1
	exec pg_virtualenv -t -v "$PGVER" -o shared_buffers=1GB -o max_wal_size=4GB bash "$0" "$@"
fi

export PGOPTIONS="${PGOPTIONS:-} -c synchronous_commit=off -c client_min_messages=warning"
PSQL=(psql -X -q -v ON_ERROR_STOP=1)

cleanup() {
	if [ -n "${P4_KEEP:-}" ]; then
		return
	fi
	dropdb --if-exists p4_small >/dev/null 2>&1 || true
	dropdb --if-exists p4_large >/dev/null 2>&1 || true
	if [ -n "${BENCH_MULTI_INSTITUTION:-}" ]; then
		psql -X -q -d postgres -c 'DROP ROLE IF EXISTS bench_institution' >/dev/null 2>&1 || true
	fi
}
trap cleanup EXIT

echo "P4/P6: $P4_SMALL vs $P4_LARGE partnerships, $P4_CALLS calls, best of $P4_ROUNDS,${BENCH_MULTI_INSTITUTION:+ multi_institution on,}" \
	"PostgreSQL $(psql -XAtc 'SHOW server_version'), $(nproc) cores"

setup_db() {
	local db=$1 n=$2
	dropdb --if-exists "$db" >/dev/null 2>&1 || true
	createdb "$db"
	"${PSQL[@]}" -d "$db" -c 'CREATE EXTENSION partnership' -f "$BENCH_DIR/generate.sql" \
		-c "SELECT bench.make_partners($((500 + n / 4)))" >/dev/null
}

t0=$(date +%s)
setup_db p4_small "$P4_SMALL"
"${PSQL[@]}" -d p4_small -c "CALL bench.load(1, $P4_SMALL)" \
	-c "SELECT bench.enrich(1, $P4_SMALL)" -c 'VACUUM ANALYZE' >/dev/null

setup_db p4_large "$P4_LARGE"
bulk=$((P4_LARGE - P4_SMALL))
half=$((bulk / 2))
"${PSQL[@]}" -d p4_large -c 'SET session_replication_role = replica' \
	-c "CALL bench.load(1, $half)" >/dev/null &
pid1=$!
"${PSQL[@]}" -d p4_large -c 'SET session_replication_role = replica' \
	-c "CALL bench.load($((half + 1)), $bulk)" >/dev/null &
pid2=$!
wait $pid1
wait $pid2
"${PSQL[@]}" -d p4_large -c "CALL bench.load($((bulk + 1)), $P4_LARGE)" >/dev/null
maxid=$("${PSQL[@]}" -At -d p4_large -c 'SELECT max(id) FROM partnership.partnership')
"${PSQL[@]}" -d p4_large -c 'SET session_replication_role = replica' \
	-c "SELECT bench.enrich(1, $maxid)" -c 'VACUUM ANALYZE' >/dev/null
t1=$(date +%s)

for db in p4_small p4_large; do
	"${PSQL[@]}" -At -d "$db" -c "SELECT format('P4 data: %s: %s partnerships (%s active), %s members, %s responses, %s audit rows, database %s',
		current_database(),
		(SELECT count(*) FROM partnership.partnership),
		(SELECT count(*) FROM partnership.partnership WHERE status::text = 'active'),
		(SELECT count(*) FROM partnership.member),
		(SELECT count(*) FROM partnership.response),
		(SELECT count(*) FROM partnership.audit),
		pg_size_pretty(pg_database_size(current_database())))"
done
echo "P4 data: built in $((t1 - t0)) s"

# Multi-institution mode: one mapped role makes the calls.
as_role="RESET ROLE"
if [ -n "${BENCH_MULTI_INSTITUTION:-}" ]; then
	"${PSQL[@]}" -d postgres -c 'DROP ROLE IF EXISTS bench_institution' -c 'CREATE ROLE bench_institution' >/dev/null
	if [ "$BENCH_MULTI_INSTITUTION" = top ]; then
		institution='bench.institution_top()'
	else
		institution='(SELECT owner_id FROM partnership.partnership ORDER BY id LIMIT 1)'
	fi
	for db in p4_small p4_large; do
		"${PSQL[@]}" -d "$db" -o /dev/null \
			-c "SELECT partnership.grant_access('bench_institution', 'read', $institution)" \
			-c 'GRANT USAGE ON SCHEMA bench TO bench_institution' \
			-c "UPDATE partnership.setting SET value = 1 WHERE name = 'multi_institution'"
		"${PSQL[@]}" -At -d "$db" -c 'SET ROLE bench_institution' \
			-c "SELECT format('P4 data: %s: multi_institution on, role bench_institution reads %s partnerships', current_database(), count(*)) FROM partnership.partnership"
	done
	as_role="SET ROLE bench_institution"
fi

declare -A best
TICKS=$(getconf CLK_TCK)
measure() {
	local what=$1 db=$2 out wall ms salt
	# The ids are drawn as the calling role, before the CPU is read; the
	# warm-up calls are the first tenth of them.
	salt=$([ "$what" = check ] && echo 99 || echo 98)
	out=$("${PSQL[@]}" -At -d "$db" <<-EOF
		$as_role;
		SELECT bench.sample_ids($P4_CALLS, $salt) AS timed \gset
		SELECT bench.time_$what((:'timed'::bigint[])[1:$((P4_CALLS / 10 + 1))]);
		RESET ROLE;
		SELECT bench.cpu_ticks();
		$as_role;
		SELECT round(bench.time_$what(:'timed')::numeric, 1);
		RESET ROLE;
		SELECT bench.cpu_ticks();
	EOF
	)
	wall=$(echo "$out" | sed -n 3p)
	ms=$((($(echo "$out" | sed -n 4p) - $(echo "$out" | sed -n 2p)) * 1000 / TICKS))
	printf 'P4 run: round %s %-6s %-5s cpu %6s ms, wall %8s ms (%s calls)\n' \
		"$r" "$what" "${db#p4_}" "$ms" "$wall" "$P4_CALLS"
	if [ -z "${best[$what.$db]:-}" ] || [ "$ms" -lt "${best[$what.$db]}" ]; then
		best[$what.$db]=$ms
	fi
}

for ((r = 1; r <= P4_ROUNDS; r++)); do
	for what in check report; do
		if ((r % 2)); then
			measure "$what" p4_small
			measure "$what" p4_large
		else
			measure "$what" p4_large
			measure "$what" p4_small
		fi
	done
done

fmt() { printf '%.2f' "$(echo "$1" | bc -l)"; }
p4=$(fmt "${best[check.p4_large]} / ${best[check.p4_small]}")
p6=$(fmt "${best[report.p4_large]} / ${best[report.p4_small]}")
echo "P4 ratio = $p4 (check(id): ${best[check.p4_large]} ms CPU at $P4_LARGE / ${best[check.p4_small]} ms at $P4_SMALL partnerships; $P4_CALLS calls, best of $P4_ROUNDS)"
echo "P6 ratio = $p6 (partnership_report.partnerships, one partnership: ${best[report.p4_large]} ms CPU at $P4_LARGE / ${best[report.p4_small]} ms at $P4_SMALL partnerships; $P4_CALLS calls, best of $P4_ROUNDS)"
p4_ok=$(echo "$p4 <= 1.3" | bc)
p6_ok=$(echo "$p6 <= 1.3" | bc)
echo "P4 summary: $( [ "$p4_ok" = 1 ] && echo PASS || echo FAIL ) (P4 = $p4 x, target <= 1.3 x; $P4_LARGE vs $P4_SMALL partnerships)"
echo "P6 summary: $( [ "$p6_ok" = 1 ] && echo PASS || echo FAIL ) (P6 = $p6 x, target <= 1.3 x; $P4_LARGE vs $P4_SMALL partnerships)"
if [ -n "${P4_STRICT:-}" ] && { [ "$p4_ok" != 1 ] || [ "$p6_ok" != 1 ]; }; then
	exit 1
fi
exit 0
