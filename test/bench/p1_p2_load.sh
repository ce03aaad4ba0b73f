#!/usr/bin/env bash
# Benchmarks P1 and P2 (doc/performance.md): the write path.  One load of the
# synthetic registry of test/bench/generate.sql (P1_PARTNERSHIPS
# partnerships, one transaction each) is timed in three variants, in one
# run, on a throwaway cluster:
#   off  the same statements with session_replication_role = replica (no
#        trigger fires: neither the extension's nor the foreign keys)
#   ext  the extension's enforcement (its C triggers, rules and audit)
#   pl   the same triggers and rules in PL/pgSQL (test/bench/plpgsql_rules.sql)
#        installed in place of the extension's (ALTER TABLE ... DISABLE
#        TRIGGER on the originals; the foreign keys stay)
# and
#   fk   every trigger of the extension disabled, the foreign keys on;
#   noaudit  (only when named in P1_VARIANTS) the extension's enforcement
#        without its audit trail (the p90_audit_* triggers disabled): what
#        the one audit row per row written costs, printed as a breakdown;
#   mi   (only when named in P1_VARIANTS) the extension's enforcement with
#        multi-institution mode on, the load run by one role given write
#        access to a province above every government partner
#        (bench.institution_top(), doc/access.md), so that every write
#        passes the row-level security policies and the institution guard:
#        P1 with the mode on = mi / off.
# P1_VARIANTS (default "off ext pl fk") names the variants to run; off and
# ext are always among them, since every ratio is taken against them.
# Variants run interleaved, P1_ROUNDS rounds, each on a fresh copy of one
# template database.  The time of a run is the CPU time (user + system) of
# the backend that runs the load, read from /proc before and after (the
# wall clock is printed too): on a shared machine it is far less disturbed
# by other work than the wall clock.  The best run of each variant counts.
#
#   P1 ratio  = ext / off                        target <= 1.5
#   P1′ ratio = ext / fk                         target <= 1.3
#   P2 ratio  = (ext - off) / (pl - off)         target <= 0.33
#
# Before timing, it verifies that bench_pl.check() agrees with
# partnership.check() (rules and severities) on P2_VERIFY generated
# partnerships and on 88 deliberately broken ones, and that activating each
# broken one fails (or succeeds) the same way under both implementations;
# it aborts otherwise.
#
#   bash test/bench/p1_p2_load.sh                          # 20000, 2 rounds
#   P1_PARTNERSHIPS=2000 P1_ROUNDS=1 bash test/bench/p1_p2_load.sh   # quick
#
# Needs the extension installed (make install).  Outside a cluster it
# starts one with pg_virtualenv; with P1_USE_CURRENT_CLUSTER=1 it uses the
# current one (PGHOST/PGPORT/PGUSER), creating and dropping databases p1_*.
# Exits non-zero on an error or a failed verification; a missed target is
# reported in the summary line (and fails the exit status with P1_STRICT=1).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
P1_PARTNERSHIPS=${P1_PARTNERSHIPS:-20000}
P1_ROUNDS=${P1_ROUNDS:-2}
P1_VARIANTS=${P1_VARIANTS:-off ext pl fk}
P2_VERIFY=${P2_VERIFY:-400}
PGVER=${PGVER:-15}

for v in "$P1_PARTNERSHIPS" "$P1_ROUNDS" "$P2_VERIFY"; do
	case $v in
		'' | *[!0-9]*)
			echo "P1_PARTNERSHIPS, P1_ROUNDS and P2_VERIFY must be numbers" >&2
			exit 2
			;;
	esac
done
# every ratio is against off, and the mode's share against ext
for v in off ext; do
	if [[ " $P1_VARIANTS " != *" $v "* ]]; then
		echo "P1_VARIANTS must name off and ext (the ratios are taken against them): $P1_VARIANTS" >&2
		exit 2
	fi
done

if [ -z "${P1_USE_CURRENT_CLUSTER:-}" ]; then
	export P1_USE_CURRENT_CLUSTER=1
	exec pg_virtualenv -t -v "$PGVER" -o shared_buffers=1GB -o max_wal_size=4GB bash "$0" "$@"
fi

# Every session: commits do not wait for the WAL flush, so the times
# measure the work of the statements and triggers, not the disk's fsync
# (which would dilute every ratio towards 1).
export PGOPTIONS="${PGOPTIONS:-} -c synchronous_commit=off -c client_min_messages=warning"
PSQL=(psql -X -q -v ON_ERROR_STOP=1)
POOL=$((500 + P1_PARTNERSHIPS / 4))
BROKEN_FIRST=90000000

tmp=$(mktemp -d "${TMPDIR:-/tmp}/p1_load.XXXXXX")
cleanup() {
	for db in p1_tpl p1_run p1_verify_ext p1_verify_pl; do
		dropdb --if-exists "$db" >/dev/null 2>&1 || true
	done
	if [[ " $P1_VARIANTS " == *" mi "* ]]; then
		psql -X -q -d postgres -c 'DROP ROLE IF EXISTS bench_writer' >/dev/null 2>&1 || true
	fi
	rm -rf "$tmp"
}
trap cleanup EXIT

now_ms() { date +%s%3N; }

echo "P1/P2: $P1_PARTNERSHIPS partnerships (pool of $POOL partners), $P1_ROUNDS round(s)," \
	"PostgreSQL $(psql -XAtc 'SHOW server_version'), $(nproc) cores"

# ---------------------------------------------------------------------------
# The template: the extension, the generator, the PL/pgSQL yardstick and
# the partner pool.
# ---------------------------------------------------------------------------
dropdb --if-exists p1_tpl >/dev/null 2>&1 || true
createdb p1_tpl
"${PSQL[@]}" -d p1_tpl -c 'CREATE EXTENSION partnership' \
	-f "$BENCH_DIR/generate.sql" -f "$BENCH_DIR/plpgsql_rules.sql" \
	-c "SELECT bench.make_partners($POOL)" >/dev/null
if [[ " $P1_VARIANTS " == *" mi "* ]]; then
	"${PSQL[@]}" -d postgres -c 'DROP ROLE IF EXISTS bench_writer' -c 'CREATE ROLE bench_writer' >/dev/null
fi

# ---------------------------------------------------------------------------
# Verification: bench_pl.check() = partnership.check(), and the same
# activation outcomes, before anything is timed.
# ---------------------------------------------------------------------------
verify_load() {
	local db=$1 variant=$2
	dropdb --if-exists "$db" >/dev/null 2>&1 || true
	createdb -T p1_tpl "$db"
	if [ "$variant" = pl ]; then
		"${PSQL[@]}" -d "$db" -c 'SELECT bench_pl.install()' >/dev/null
	fi
	"${PSQL[@]}" -d "$db" -c "CALL bench.load(1, $P2_VERIFY)" \
		-c "SELECT count(*) FROM bench.load_broken($BROKEN_FIRST)" >/dev/null
	# Activate every broken draft, each in its own subtransaction.
	"${PSQL[@]}" -At -d "$db" >"$tmp/activation_$variant.txt" <<-'EOF'
		CREATE TEMP TABLE act (code text, outcome text);
		DO $$
		DECLARE
			r record;
			st text;
			cn text;
		BEGIN
			FOR r IN SELECT id, code FROM partnership.partnership
				WHERE status::text = 'draft' ORDER BY id
			LOOP
				BEGIN
					UPDATE partnership.partnership SET status = 'proposed' WHERE id = r.id;
					UPDATE partnership.partnership SET status = 'active' WHERE id = r.id;
					INSERT INTO act VALUES (r.code, 'activated');
				EXCEPTION WHEN OTHERS THEN
					GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, cn = CONSTRAINT_NAME;
					INSERT INTO act VALUES (r.code, st || ' ' || cn);
				END;
			END LOOP;
		END
		$$;
		SELECT code || ' ' || outcome FROM act ORDER BY code;
	EOF
}

verify_load p1_verify_ext ext
verify_load p1_verify_pl pl

# The two implementations' check() on the same data (the ext database).
mismatch=$("${PSQL[@]}" -At -d p1_verify_ext <<-'EOF'
	SELECT count(*) FROM partnership.partnership p
	WHERE (SELECT array_agg(c.rule || ':' || c.severity ORDER BY c.rule)
			FROM partnership.check(p.id) c)
		IS DISTINCT FROM
		(SELECT array_agg(c.rule || ':' || c.severity ORDER BY c.rule)
			FROM bench_pl.check(p.id) c);
EOF
)
"${PSQL[@]}" -At -d p1_verify_ext >"$tmp/verify.txt" <<-EOF
	SELECT format('P2 check: %s partnerships (%s broken), violations found by check(): %s',
		(SELECT count(*) FROM partnership.partnership),
		(SELECT count(*) FROM partnership.partnership WHERE code >= 'BP-$BROKEN_FIRST'),
		(SELECT string_agg(format('%s/%s=%s', rule, severity, n), ' ' ORDER BY rule)
			FROM (SELECT c.rule, c.severity, count(*) AS n
				FROM partnership.partnership p, partnership.check(p.id) c
				GROUP BY 1, 2) s));
	SELECT 'P2 check: error violations among the generated (valid) partnerships: '
		|| count(*) FROM partnership.partnership p, partnership.check(p.id) c
		WHERE p.status::text = 'active' AND c.severity = 'error';
EOF
cat "$tmp/verify.txt"
if [ "$mismatch" != 0 ]; then
	echo "P2 check: bench_pl.check() and partnership.check() disagree on $mismatch partnerships: FAILED" >&2
	"${PSQL[@]}" -d p1_verify_ext <<-'EOF' >&2
		SELECT p.code,
			(SELECT string_agg(c.rule || ':' || c.severity, ' ' ORDER BY c.rule) FROM partnership.check(p.id) c) AS extension,
			(SELECT string_agg(c.rule || ':' || c.severity, ' ' ORDER BY c.rule) FROM bench_pl.check(p.id) c) AS plpgsql
		FROM partnership.partnership p
		WHERE (SELECT array_agg(c.rule || ':' || c.severity ORDER BY c.rule) FROM partnership.check(p.id) c)
			IS DISTINCT FROM
			(SELECT array_agg(c.rule || ':' || c.severity ORDER BY c.rule) FROM bench_pl.check(p.id) c)
		LIMIT 20;
	EOF
	exit 1
fi
if ! diff "$tmp/activation_ext.txt" "$tmp/activation_pl.txt" >"$tmp/activation.diff"; then
	echo "P2 check: activation outcomes differ (< extension, > PL/pgSQL): FAILED" >&2
	cat "$tmp/activation.diff" >&2
	exit 1
fi
if grep -q ' error violations among the generated (valid) partnerships: [1-9]' "$tmp/verify.txt"; then
	echo "P2 check: the generated partnerships break error rules: FAILED" >&2
	exit 1
fi
echo "P2 check: activation of the broken drafts: $(awk '{print $2, $3}' "$tmp/activation_ext.txt" | sort | uniq -c | awk '{printf "%s%s x%s", sep, $2 ($3 ? " " $3 : ""), $1; sep=", "}')"
echo "P2 check: PL/pgSQL and extension agree on check() and on activation: ok"
dropdb p1_verify_ext
dropdb p1_verify_pl

# ---------------------------------------------------------------------------
# Timing
# ---------------------------------------------------------------------------
declare -A best bestwall
TICKS=$(getconf CLK_TCK)
run_variant() {
	local v=$1 t0 t1 ms n
	createdb -T p1_tpl p1_run
	case $v in
		pl)
			"${PSQL[@]}" -d p1_run -c 'SELECT bench_pl.install()' >/dev/null
			;;
		fk)
			"${PSQL[@]}" -d p1_run >/dev/null <<-'EOF'
				DO $$
				DECLARE t record;
				BEGIN
					FOR t IN SELECT c.relname FROM pg_class c
						WHERE c.relnamespace = 'partnership'::regnamespace AND c.relkind = 'r'
					LOOP
						EXECUTE format('ALTER TABLE partnership.%I DISABLE TRIGGER USER', t.relname);
					END LOOP;
				END $$;
			EOF
			;;
		noaudit)
			"${PSQL[@]}" -d p1_run >/dev/null <<-'EOF'
				DO $$
				DECLARE t record;
				BEGIN
					FOR t IN SELECT g.tgrelid::regclass AS rel, g.tgname FROM pg_trigger g
						JOIN pg_class c ON c.oid = g.tgrelid
						WHERE c.relnamespace = 'partnership'::regnamespace
						  AND c.relname <> 'audit' AND g.tgname LIKE 'p90\_audit\_%'
					LOOP
						EXECUTE format('ALTER TABLE %s DISABLE TRIGGER %I', t.rel, t.tgname);
					END LOOP;
				END $$;
			EOF
			;;
		mi)
			"${PSQL[@]}" -d p1_run >/dev/null <<-'EOF'
				SELECT partnership.grant_access('bench_writer', 'write', bench.institution_top());
				GRANT USAGE ON SCHEMA bench TO bench_writer;
				GRANT SELECT ON ALL TABLES IN SCHEMA bench TO bench_writer;
				UPDATE partnership.setting SET value = 1 WHERE name = 'multi_institution';
			EOF
			;;
	esac
	"${PSQL[@]}" -d p1_run -c 'CHECKPOINT' >/dev/null
	local setup=() as_role=(-c 'RESET ROLE') back=(-c 'RESET ROLE')
	if [ "$v" = off ]; then
		setup=(-c 'SET session_replication_role = replica')
	fi
	if [ "$v" = mi ]; then
		as_role=(-c 'SET ROLE bench_writer')
	fi
	t0=$(now_ms)
	out=$("${PSQL[@]}" -At -d p1_run "${setup[@]}" -c 'SELECT bench.cpu_ticks()' \
		"${as_role[@]}" -c "CALL bench.load(1, $P1_PARTNERSHIPS)" "${back[@]}" \
		-c 'SELECT bench.cpu_ticks()')
	t1=$(now_ms)
	wall=$((t1 - t0))
	ms=$((($(echo "$out" | tail -1) - $(echo "$out" | head -1)) * 1000 / TICKS))
	n=$("${PSQL[@]}" -At -d p1_run -c "SELECT count(*) FROM partnership.partnership WHERE status::text = 'active'")
	if [ "$n" != "$P1_PARTNERSHIPS" ]; then
		echo "P1: variant $v loaded $n active partnerships, not $P1_PARTNERSHIPS" >&2
		exit 1
	fi
	dropdb p1_run
	printf 'P1 run: round %s variant %-3s cpu %7.1f s (%.2f ms per partnership), wall %7.1f s\n' \
		"$r" "$v" "$(echo "$ms / 1000" | bc -l)" "$(echo "$ms / $P1_PARTNERSHIPS" | bc -l)" \
		"$(echo "$wall / 1000" | bc -l)"
	if [ -z "${bestwall[$v]:-}" ] || [ "$wall" -lt "${bestwall[$v]}" ]; then
		bestwall[$v]=$wall
	fi
	if [ -z "${best[$v]:-}" ] || [ "$ms" -lt "${best[$v]}" ]; then
		best[$v]=$ms
	fi
}

read -r -a variants <<<"$P1_VARIANTS"
for ((r = 1; r <= P1_ROUNDS; r++)); do
	# rotate the order from round to round
	for ((k = 0; k < ${#variants[@]}; k++)); do
		run_variant "${variants[$(((k + r - 1) % ${#variants[@]}))]}"
	done
done

fmt() { printf '%.2f' "$(echo "$1" | bc -l)"; }
off=${best[off]}
ext=${best[ext]}
pl=${best[pl]:-}
echo "P1 best backend CPU: off $(fmt "$off / 1000") s, ext $(fmt "$ext / 1000") s${pl:+, pl $(fmt "$pl / 1000") s}${best[fk]:+, fk (foreign keys only) $(fmt "${best[fk]} / 1000") s}"
echo "P1 best wall clock:  off $(fmt "${bestwall[off]} / 1000") s, ext $(fmt "${bestwall[ext]} / 1000") s${pl:+, pl $(fmt "${bestwall[pl]} / 1000") s} (ratio ext/off $(fmt "${bestwall[ext]} / ${bestwall[off]}"))"
p1=$(fmt "$ext / $off")
echo "P1 ratio = $p1 (backend CPU, enforcement on / triggers off; $P1_PARTNERSHIPS partnerships, ~6 members, one transaction each, best of $P1_ROUNDS)"
p1_ok=$(echo "$p1 <= 1.5" | bc)
summary="P1 summary: $( [ "$p1_ok" = 1 ] && echo PASS || echo FAIL ) (P1 = $p1 x, target <= 1.5 x; $P1_PARTNERSHIPS partnerships)"
if [ -n "${best[mi]:-}" ]; then
	p1m=$(fmt "${best[mi]} / $off")
	echo "P1 ratio with multi-institution mode on = $p1m (backend CPU, the load as one role writing for a province above every government partner / triggers off; the mode's share $(fmt "${best[mi]} / $ext") x the enforced load with the mode off; $P1_PARTNERSHIPS partnerships, best of $P1_ROUNDS)"
	summary+=$'\n'"P1 summary, multi-institution mode on: $( [ "$(echo "$p1m <= 1.5" | bc)" = 1 ] && echo PASS || echo FAIL ) (P1 = $p1m x, target <= 1.5 x; $P1_PARTNERSHIPS partnerships)"
fi
p1f_ok=1
if [ -n "${best[fk]:-}" ]; then
	# P1′: the extension's triggers against the same load with PostgreSQL's
	# foreign keys on (what the registry would cost with foreign keys only).
	p1f=$(fmt "$ext / ${best[fk]}")
	p1f_ok=$(echo "$p1f <= 1.3" | bc)
	echo "P1′ ratio = $p1f (backend CPU, enforcement on / the extension's triggers off, foreign keys on; foreign keys alone $(fmt "${best[fk]} / $off") x the triggers-off load; $P1_PARTNERSHIPS partnerships, best of $P1_ROUNDS)"
	if [ -n "${best[noaudit]:-}" ]; then
		echo "P1′ breakdown: without the audit trail $(fmt "${best[noaudit]} / ${best[fk]}") x the foreign-keys-only load; the audit trail $(fmt "($ext - ${best[noaudit]}) / 1000") s of the extension's $(fmt "($ext - ${best[fk]}) / 1000") s"
	fi
	summary+=$'\n'"P1′ summary: $( [ "$p1f_ok" = 1 ] && echo PASS || echo FAIL ) (P1′ = $p1f x, target <= 1.3 x; $P1_PARTNERSHIPS partnerships)"
fi
if [ -n "$pl" ]; then
	p2=$(fmt "($ext - $off) / ($pl - $off)")
	echo "P2 ratio = $p2 (extension overhead $(fmt "($ext - $off) / 1000") s / PL/pgSQL overhead $(fmt "($pl - $off) / 1000") s; $P1_PARTNERSHIPS partnerships, best of $P1_ROUNDS)"
	if [ -n "${best[fk]:-}" ]; then
		echo "P2 breakdown: foreign keys alone $(fmt "(${best[fk]} - $off) / 1000") s; beyond the foreign keys: extension $(fmt "($ext - ${best[fk]}) / 1000") s, PL/pgSQL $(fmt "($pl - ${best[fk]}) / 1000") s (ratio $(fmt "($ext - ${best[fk]}) / ($pl - ${best[fk]})"))"
	fi
	p2_ok=$(echo "$p2 <= 0.33" | bc)
	echo "$summary"
	echo "P2 summary: $( [ "$p2_ok" = 1 ] && echo PASS || echo FAIL ) (P2 = $p2 x the PL/pgSQL overhead, target <= 0.33 x; $P1_PARTNERSHIPS partnerships)"
else
	p2_ok=1
	echo "$summary"
fi
if [ -n "${P1_STRICT:-}" ] && { [ "$p1_ok" != 1 ] || [ "$p1f_ok" != 1 ] || [ "$p2_ok" != 1 ]; }; then
	exit 1
fi
exit 0
