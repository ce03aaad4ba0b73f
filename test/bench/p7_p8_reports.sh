#!/usr/bin/env bash
# Benchmarks P7 and P8: the report views read whole, as a BI dashboard
# reads them (SELECT * without a filter).  Two registries built by
# test/bench/generate.sql, with the triggers off (session_replication_role
# = replica, two sessions in parallel; the generator's statements are the
# ones the enforced load runs, so the data is valid), evaluations,
# indicators, disbursements and risks on every fourth partnership
# (bench.enrich), then VACUUM ANALYZE:
#   small  P7_SMALL partnerships (default 10000)
#   large  P7_LARGE partnerships (default 100000)
#
#   P7 ratio, per view = full scan at P7_LARGE / at P7_SMALL   target <= 11
#                        (printed beside it: how much its floor grows, the
#                        part of the growth that the data and the machine
#                        make: caches, work_mem spills)
#   P8 ratio, per view = full scan / its floor, at P7_LARGE     target <= 3
#   P8 compliance      = compliance / the PL/pgSQL yardstick's check
#                        (test/bench/plpgsql_rules.sql) over every
#                        partnership, at P7_LARGE               target <= 0.5
# The views and their floors are the rows of test/bench/report_floors.sql
# (one row per view: a new view is one more row); a view of
# partnership_report without a row there is reported and misses P8.
# Each time is the executor's (EXPLAIN (ANALYZE, TIMING OFF) execution
# time: the rows are produced but not sent), the best of P7_ROUNDS, the
# two sizes interleaved.
#
#   bash test/bench/p7_p8_reports.sh
#   P7_SMALL=1000 P7_LARGE=10000 bash test/bench/p7_p8_reports.sh     # quick
#
# The reader is configured as doc/reports.md tells a BI role to be
# (`jit = off`: JIT compiling a whole-registry plan costs a second and
# more, and only the large registry's plans cross its thresholds);
# P7_JIT=on measures with PostgreSQL's default instead.  The partner pool
# grows with the registry (a quarter of the partnerships), so that ten
# times the partnerships are ten times the data: members per partner stay
# the same (with 500 + n / 4 they grew from 20 to 23.5, and so did the
# pairs partner_network counts).  Both registries (1.1 GB) fit the 2 GB of
# shared buffers.
#
# BENCH_MULTI_INSTITUTION=1: multi-institution mode on, every query as one
# role mapped to the owner of the first partnership (doc/access.md);
# BENCH_MULTI_INSTITUTION=top: as one role mapped to a province above every
# government partner (bench.institution_top()), which reads every
# partnership, as a Bappeda does.
#
# Needs the extension installed (make install).  Outside a cluster it
# starts one with pg_virtualenv; with P7_USE_CURRENT_CLUSTER=1 it uses the
# current one, creating and dropping databases p7_* (kept for study with
# P7_KEEP=1).  A missed target is
# reported in the summary lines (and fails the exit status with P7_STRICT=1).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
P7_SMALL=${P7_SMALL:-10000}
P7_LARGE=${P7_LARGE:-100000}
P7_ROUNDS=${P7_ROUNDS:-5}
P7_JIT=${P7_JIT:-off}
PGVER=${PGVER:-15}

for v in "$P7_SMALL" "$P7_LARGE" "$P7_ROUNDS"; do
	case $v in
		'' | *[!0-9]*)
			echo "P7_SMALL, P7_LARGE and P7_ROUNDS must be numbers" >&2
			exit 2
			;;
	esac
done
if [ "$P7_LARGE" -le "$P7_SMALL" ]; then
	echo "P7_LARGE must be larger than P7_SMALL" >&2
	exit 2
fi

if [ -z "${P7_USE_CURRENT_CLUSTER:-}" ]; then
	export P7_USE_CURRENT_CLUSTER=1
	exec pg_virtualenv -t -v "$PGVER" -o shared_buffers=2GB -o max_wal_size=4GB bash "$0" "$@"
fi

export PGOPTIONS="${PGOPTIONS:-} -c synchronous_commit=off -c client_min_messages=warning -c jit=$P7_JIT"
PSQL=(psql -X -q -v ON_ERROR_STOP=1)

cleanup() {
	if [ -n "${P7_KEEP:-}" ]; then
		return
	fi
	dropdb --if-exists p7_small >/dev/null 2>&1 || true
	dropdb --if-exists p7_large >/dev/null 2>&1 || true
	if [ -n "${BENCH_MULTI_INSTITUTION:-}" ]; then
		psql -X -q -d postgres -c 'DROP ROLE IF EXISTS bench_institution' >/dev/null 2>&1 || true
	fi
}
trap cleanup EXIT

echo "P7/P8: $P7_SMALL vs $P7_LARGE partnerships, best of $P7_ROUNDS, jit $P7_JIT,${BENCH_MULTI_INSTITUTION:+ multi_institution on,}" \
	"PostgreSQL $(psql -XAtc 'SHOW server_version'), $(nproc) cores"

# A registry of n partnerships, the floors and the PL/pgSQL yardstick.
setup_db() {
	local db=$1 n=$2 half pid1 pid2
	dropdb --if-exists "$db" >/dev/null 2>&1 || true
	createdb "$db"
	"${PSQL[@]}" -d "$db" -c 'CREATE EXTENSION partnership' -f "$BENCH_DIR/generate.sql" \
		-f "$BENCH_DIR/plpgsql_rules.sql" -f "$BENCH_DIR/report_floors.sql" \
		-c "SELECT bench.make_partners($((n / 4)))" >/dev/null
	"${PSQL[@]}" -d "$db" <<'SQL' >/dev/null
CREATE FUNCTION bench.exec_ms(q text)
	RETURNS float8
	LANGUAGE plpgsql AS
$$
DECLARE
	plan json;
BEGIN
	EXECUTE 'EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) ' || q INTO plan;
	RETURN (plan -> 0 ->> 'Execution Time')::float8;
END
$$;
SQL
	half=$((n / 2))
	"${PSQL[@]}" -d "$db" -c 'SET session_replication_role = replica' \
		-c "CALL bench.load(1, $half)" >/dev/null &
	pid1=$!
	"${PSQL[@]}" -d "$db" -c 'SET session_replication_role = replica' \
		-c "CALL bench.load($((half + 1)), $n)" >/dev/null &
	pid2=$!
	wait $pid1
	wait $pid2
	"${PSQL[@]}" -d "$db" -c 'SET session_replication_role = replica' \
		-c "SELECT bench.enrich(1, (SELECT max(id) FROM partnership.partnership))" \
		-c 'VACUUM ANALYZE' >/dev/null
}

t0=$(date +%s)
setup_db p7_small "$P7_SMALL"
setup_db p7_large "$P7_LARGE"
for db in p7_small p7_large; do
	"${PSQL[@]}" -At -d "$db" -c "SELECT format('P7 data: %s: %s partnerships, %s members, %s agreements, %s responses, database %s',
		current_database(),
		(SELECT count(*) FROM partnership.partnership),
		(SELECT count(*) FROM partnership.member),
		(SELECT count(*) FROM partnership.agreement),
		(SELECT count(*) FROM partnership.response),
		pg_size_pretty(pg_database_size(current_database())))"
done
echo "P7 data: built in $(($(date +%s) - t0)) s"

# Views of the report schema without a floor: listed, and they miss P8.
missing=$("${PSQL[@]}" -At -d p7_large -c "SELECT string_agg(c.relname, ', ' ORDER BY c.relname)
	FROM pg_class c WHERE c.relnamespace = 'partnership_report'::regnamespace AND c.relkind = 'v'
	  AND c.relname NOT IN (SELECT view_name FROM bench.report_floor)")
views=$("${PSQL[@]}" -At -d p7_large -c "SELECT f.view_name FROM bench.report_floor f
	WHERE to_regclass('partnership_report.' || quote_ident(f.view_name)) IS NOT NULL ORDER BY 1")

# Multi-institution mode (BENCH_MULTI_INSTITUTION=1, doc/access.md): every
# view, floor and the yardstick read as one role mapped to the owner of the
# first partnership (top: to the province above every government partner),
# with the mode on, as p4_p6_lookup.sh does.
as_role=""
if [ -n "${BENCH_MULTI_INSTITUTION:-}" ]; then
	"${PSQL[@]}" -d postgres -c 'DROP ROLE IF EXISTS bench_institution' -c 'CREATE ROLE bench_institution' >/dev/null
	if [ "$BENCH_MULTI_INSTITUTION" = top ]; then
		institution='bench.institution_top()'
	else
		institution='(SELECT owner_id FROM partnership.partnership ORDER BY id LIMIT 1)'
	fi
	for db in p7_small p7_large; do
		"${PSQL[@]}" -d "$db" -o /dev/null \
			-c "SELECT partnership.grant_access('bench_institution', 'read', $institution)" \
			-c 'GRANT USAGE ON SCHEMA bench, bench_pl TO bench_institution' \
			-c "UPDATE partnership.setting SET value = 1 WHERE name = 'multi_institution'"
		"${PSQL[@]}" -At -d "$db" -c 'SET ROLE bench_institution' \
			-c "SELECT format('P7 data: %s: multi_institution on, role bench_institution reads %s partnerships', current_database(), count(*)) FROM partnership.partnership"
	done
	as_role="SET ROLE bench_institution;"
fi

declare -A best slowest
# time KEY DB QUERY: best (and slowest) execution time of QUERY in DB so
# far, in ms; the slowest is printed beside the best, so that a reader sees
# how far the machine's noise moves a ratio
time_query() {
	local key=$1 db=$2 query=$3 ms
	# psql interpolates :'q' (quoted as a literal) only in its input, not in -c
	ms=$(printf '%s\n%s\n' "$as_role" "SELECT round(bench.exec_ms(:'q')::numeric, 1)" |
		"${PSQL[@]}" -At -d "$db" -v q="$query")
	if [ -z "${best[$key]:-}" ] || [ "$(echo "$ms < ${best[$key]}" | bc)" = 1 ]; then
		best[$key]=$ms
	fi
	if [ -z "${slowest[$key]:-}" ] || [ "$(echo "$ms > ${slowest[$key]}" | bc)" = 1 ]; then
		slowest[$key]=$ms
	fi
}

yardstick='SELECT count(*) FROM partnership.partnership p CROSS JOIN LATERAL bench_pl.check(p.id) c'
for ((r = 1; r <= P7_ROUNDS; r++)); do
	for v in $views; do
		floor=$("${PSQL[@]}" -At -d p7_large -c "SELECT floor FROM bench.report_floor WHERE view_name = '$v'")
		if ((r % 2)); then
			time_query "$v.small" p7_small "SELECT * FROM partnership_report.$v"
			time_query "$v.large" p7_large "SELECT * FROM partnership_report.$v"
		else
			time_query "$v.large" p7_large "SELECT * FROM partnership_report.$v"
			time_query "$v.small" p7_small "SELECT * FROM partnership_report.$v"
		fi
		time_query "$v.floor" p7_large "$floor"
		time_query "$v.floor_small" p7_small "$floor"
		echo "P7 run: round $r $v: small ${best[$v.small]} ms, large ${best[$v.large]} ms, floor ${best[$v.floor_small]} / ${best[$v.floor]} ms (best so far)"
	done
	if grep -qx compliance <<<"$views"; then
		time_query yardstick p7_large "$yardstick"
	fi
done

fmt() { printf '%.2f' "$(echo "$1" | bc -l)"; }
# a ratio of two times, a zero denominator read as 0.1 ms
ratio() { fmt "$1 / ($2 + (($2 == 0) * 0.1))"; }
p7_met=0 p8_met=0 count=0 p7_worst= p8_worst= p7_worst_v= p8_worst_v=
for v in $views; do
	count=$((count + 1))
	p7=$(ratio "${best[$v.large]}" "${best[$v.small]}")
	p8=$(ratio "${best[$v.large]}" "${best[$v.floor]}")
	ok7=$(echo "$p7 <= 11" | bc)
	ok8=$(echo "$p8 <= 3" | bc)
	p7_met=$((p7_met + ok7))
	p8_met=$((p8_met + ok8))
	if [ -z "$p7_worst" ] || [ "$(echo "$p7 > $p7_worst" | bc)" = 1 ]; then p7_worst=$p7 p7_worst_v=$v; fi
	if [ -z "$p8_worst" ] || [ "$(echo "$p8 > $p8_worst" | bc)" = 1 ]; then p8_worst=$p8 p8_worst_v=$v; fi
	printf 'P7 %s ratio = %s (%s ms at %s / %s ms at %s partnerships; slowest rounds %s / %s ms; its floor grows %s x) %s\n' "$v" "$p7" \
		"${best[$v.large]}" "$P7_LARGE" "${best[$v.small]}" "$P7_SMALL" \
		"${slowest[$v.large]}" "${slowest[$v.small]}" \
		"$(ratio "${best[$v.floor]}" "${best[$v.floor_small]}")" "$( [ "$ok7" = 1 ] && echo met || echo MISSED)"
	printf 'P8 %s ratio = %s (%s ms / floor %s ms at %s partnerships) %s\n' "$v" "$p8" \
		"${best[$v.large]}" "${best[$v.floor]}" "$P7_LARGE" "$( [ "$ok8" = 1 ] && echo met || echo MISSED)"
done
yard_ok=1
if [ -n "${best[yardstick]:-}" ]; then
	py=$(ratio "${best[compliance.large]}" "${best[yardstick]}")
	yard_ok=$(echo "$py <= 0.5" | bc)
	printf 'P8 compliance/yardstick ratio = %s (compliance %s ms / bench_pl.check over all partnerships %s ms at %s partnerships; target <= 0.5) %s\n' \
		"$py" "${best[compliance.large]}" "${best[yardstick]}" "$P7_LARGE" "$( [ "$yard_ok" = 1 ] && echo met || echo MISSED)"
fi
if [ -n "$missing" ]; then
	echo "P8 views without a floor (add a row to test/bench/report_floors.sql): $missing"
fi
p7_pass=$( [ "$p7_met" = "$count" ] && [ -z "$missing" ] && echo PASS || echo FAIL)
p8_pass=$( [ "$p8_met" = "$count" ] && [ "$yard_ok" = 1 ] && [ -z "$missing" ] && echo PASS || echo FAIL)
echo "P7 summary: $p7_pass ($p7_met of $count views <= 11 x; worst $p7_worst_v $p7_worst x; $P7_LARGE vs $P7_SMALL partnerships)"
echo "P8 summary: $p8_pass ($p8_met of $count views <= 3 x their floor; worst $p8_worst_v $p8_worst x; compliance/yardstick ${py:-n/a} x, target <= 0.5; $P7_LARGE partnerships)"
if [ -n "${P7_STRICT:-}" ] && { [ "$p7_pass" != PASS ] || [ "$p8_pass" != PASS ]; }; then
	exit 1
fi
exit 0
