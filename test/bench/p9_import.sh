#!/usr/bin/env bash
# Benchmark P9 (doc/import.md#speed): importing the generator's registry
# (test/bench/generate.sql: bench.load and bench.enrich, P9_PARTNERSHIPS
# partnerships) through the staging tables against the enforced load of
# the same rows.
#
#   import   \copy of the ten sheets (the staging form of the registry,
#            test/scripts/import-sheets.sh) into partnership_import, then
#            SELECT partnership.import(apply => true): every cell parsed,
#            every name resolved, every row loaded through the registry's
#            triggers and rules, one transaction
#   app      \copy of the same rows, typed and with their ids, into plain
#            tables, then the enforced load as P1 measures it: the
#            statements an application issues (those of bench.load),
#            partnership by partnership, one transaction each
#   load     the same typed rows loaded by the cheapest enforced statements
#            there are: one INSERT ... SELECT per table, the signing
#            UPDATE, the two status UPDATEs, one transaction
# Both into an empty registry on a fresh copy of one template, interleaved,
# P9_ROUNDS rounds; the time of a run is the backend CPU (user + system,
# from /proc, as in p1_p2_load.sh); the best of each counts.
#
#   P9 ratio = import / app                      target <= 1.3
#   P9 set-based ratio = import / load           (printed beside it)
#
# The rows the import does not cover (activities, assignments, risks,
# evaluations, responses) are in neither.
#
#   bash test/bench/p9_import.sh                       # 20000, 2 rounds
#   P9_PARTNERSHIPS=2000 P9_ROUNDS=1 bash test/bench/p9_import.sh   # quick
#
# Needs the extension installed; outside a cluster it starts one with
# pg_virtualenv; with P9_USE_CURRENT_CLUSTER=1 it uses the current one,
# creating and dropping databases p9_*.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
TOP=$(cd "$BENCH_DIR/../.." && pwd)
P9_PARTNERSHIPS=${P9_PARTNERSHIPS:-${P1_PARTNERSHIPS:-20000}}
P9_ROUNDS=${P9_ROUNDS:-${P1_ROUNDS:-2}}
PGVER=${PGVER:-15}
for v in "$P9_PARTNERSHIPS" "$P9_ROUNDS"; do
	case $v in
		'' | *[!0-9]*)
			echo "P9_PARTNERSHIPS and P9_ROUNDS must be numbers" >&2
			exit 2
			;;
	esac
done

if [ -z "${P9_USE_CURRENT_CLUSTER:-}" ]; then
	export P9_USE_CURRENT_CLUSTER=1
	exec pg_virtualenv -t -v "$PGVER" -o shared_buffers=1GB -o max_wal_size=4GB bash "$0" "$@"
fi

export PGOPTIONS="${PGOPTIONS:-} -c synchronous_commit=off -c client_min_messages=warning"
PSQL=(psql -X -q -v ON_ERROR_STOP=1)
POOL=$((500 + P9_PARTNERSHIPS / 4))
TICKS=$(getconf CLK_TCK)
# shellcheck source=../scripts/import-sheets.sh
. "$TOP/test/scripts/import-sheets.sh"
# the tables the import covers, in load order, for the typed load
typed="partner contact partnership member agreement agreement_clause agreement_party commitment disbursement indicator measurement"

sheets_dir=$(mktemp -d "${TMPDIR:-/tmp}/p9_import.XXXXXX")
chmod 755 "$sheets_dir"
cleanup() {
	for db in p9_tpl p9_src p9_run; do
		dropdb --if-exists "$db" >/dev/null 2>&1 || true
	done
	rm -rf "$sheets_dir"
}
trap cleanup EXIT

echo "P9: $P9_PARTNERSHIPS partnerships (pool of $POOL partners), $P9_ROUNDS round(s)," \
	"PostgreSQL $(psql -XAtc 'SHOW server_version'), $(nproc) cores"

# The template (extension, generator) and the source registry.
dropdb --if-exists p9_tpl >/dev/null 2>&1 || true
createdb p9_tpl
"${PSQL[@]}" -d p9_tpl -c 'CREATE EXTENSION partnership' -f "$BENCH_DIR/generate.sql" >/dev/null
"${PSQL[@]}" -d p9_tpl >/dev/null <<-'SQL'
	CREATE SCHEMA p9;
	CREATE TABLE p9.partner AS SELECT * FROM partnership.partner WITH NO DATA;
	CREATE TABLE p9.contact AS SELECT * FROM partnership.contact WITH NO DATA;
	CREATE TABLE p9.partnership AS SELECT * FROM partnership.partnership WITH NO DATA;
	CREATE TABLE p9.member AS SELECT * FROM partnership.member WITH NO DATA;
	CREATE TABLE p9.agreement AS SELECT * FROM partnership.agreement WITH NO DATA;
	CREATE TABLE p9.agreement_clause AS SELECT * FROM partnership.agreement_clause WITH NO DATA;
	CREATE TABLE p9.agreement_party AS SELECT * FROM partnership.agreement_party WITH NO DATA;
	CREATE TABLE p9.commitment AS SELECT * FROM partnership.commitment WITH NO DATA;
	CREATE TABLE p9.disbursement AS SELECT * FROM partnership.disbursement WITH NO DATA;
	CREATE TABLE p9.indicator AS SELECT * FROM partnership.indicator WITH NO DATA;
	CREATE TABLE p9.measurement AS SELECT * FROM partnership.measurement WITH NO DATA;
	CREATE INDEX ON p9.member (partnership_id);
	CREATE INDEX ON p9.agreement (partnership_id);
	CREATE INDEX ON p9.agreement_clause (partnership_id);
	CREATE INDEX ON p9.agreement_party (partnership_id);
	CREATE INDEX ON p9.commitment (partnership_id);
	CREATE INDEX ON p9.disbursement (partnership_id);
	CREATE INDEX ON p9.indicator (partnership_id);
	CREATE INDEX ON p9.measurement (partnership_id);
	-- the same rows as an application writes them (the statements of
	-- bench.load, P1): the partners, then per partnership its rows, the
	-- signing and the status moves, one transaction each
	CREATE PROCEDURE p9.load_app() LANGUAGE plpgsql AS $p$
	DECLARE
		p record;
	BEGIN
		INSERT INTO partnership.partner (id, name, sector, iati_ref, parent_id)
		SELECT id, name, sector, iati_ref, parent_id FROM p9.partner ORDER BY id;
		INSERT INTO partnership.contact (id, partner_id, name, position, email, phone)
		SELECT id, partner_id, name, position, email, phone FROM p9.contact ORDER BY id;
		COMMIT;
		FOR p IN SELECT * FROM p9.partnership ORDER BY id LOOP
			INSERT INTO partnership.partnership (id, code, name, formality, horizon, starts_on,
				ends_on, objectives, owner_id, evaluation_interval, description)
			VALUES (p.id, p.code, p.name, p.formality, p.horizon, p.starts_on, p.ends_on,
				p.objectives, p.owner_id, p.evaluation_interval, p.description);
			INSERT INTO partnership.member (partnership_id, partner_id, roles, title, joined_on,
				left_on, influence, interest)
			SELECT partnership_id, partner_id, roles, title, joined_on, left_on, influence, interest
			FROM p9.member WHERE partnership_id = p.id ORDER BY partner_id;
			INSERT INTO partnership.agreement (id, partnership_id, kind, number, amends_id, title,
				signed_on, effective_from, effective_to, objectives)
			SELECT id, partnership_id, kind, number, amends_id, title, signed_on, effective_from,
				effective_to, objectives FROM p9.agreement WHERE partnership_id = p.id ORDER BY id;
			INSERT INTO partnership.agreement_clause (agreement_id, partnership_id, kind)
			SELECT agreement_id, partnership_id, kind FROM p9.agreement_clause
			WHERE partnership_id = p.id ORDER BY id;
			INSERT INTO partnership.agreement_party (agreement_id, partnership_id, partner_id, roles,
				responsibilities, signatory_name, signatory_title, signed_on)
			SELECT agreement_id, partnership_id, partner_id, roles, responsibilities, signatory_name,
				signatory_title, signed_on FROM p9.agreement_party
			WHERE partnership_id = p.id ORDER BY agreement_id, partner_id;
			INSERT INTO partnership.commitment (id, partnership_id, partner_id, kind, amount,
				currency, committed_on, description)
			SELECT id, partnership_id, partner_id, kind, amount, currency, committed_on, description
			FROM p9.commitment WHERE partnership_id = p.id ORDER BY id;
			INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount, paid_on)
			SELECT commitment_id, partnership_id, amount, paid_on FROM p9.disbursement
			WHERE partnership_id = p.id ORDER BY id;
			INSERT INTO partnership.indicator (id, partnership_id, code, name, unit, direction,
				aggregation, baseline, target, target_on)
			SELECT id, partnership_id, code, name, unit, direction, aggregation, baseline, target,
				target_on FROM p9.indicator WHERE partnership_id = p.id ORDER BY id;
			INSERT INTO partnership.measurement (indicator_id, partnership_id, period_end, value)
			SELECT indicator_id, partnership_id, period_end, value FROM p9.measurement
			WHERE partnership_id = p.id ORDER BY indicator_id, period_end;
			UPDATE partnership.agreement a SET status = 'signed'
			FROM p9.agreement t
			WHERE a.id = t.id AND t.partnership_id = p.id AND t.status::text <> 'draft';
			IF p.status::text <> 'draft' THEN
				UPDATE partnership.partnership SET status = 'proposed' WHERE id = p.id;
			END IF;
			IF p.status::text = 'active' THEN
				UPDATE partnership.partnership SET status = 'active' WHERE id = p.id;
			END IF;
			COMMIT;
		END LOOP;
	END
	$p$;
SQL
dropdb --if-exists p9_src >/dev/null 2>&1 || true
createdb -T p9_tpl p9_src
"${PSQL[@]}" -d p9_src -c "SELECT bench.make_partners($POOL)" \
	-c "CALL bench.load(1, $P9_PARTNERSHIPS)" -c "SELECT bench.enrich(1, $P9_PARTNERSHIPS)" >/dev/null

# The sheets, and the same rows typed.
rows=0
for s in $sheets; do
	"${PSQL[@]}" -d p9_src -c "\\copy ($(echo "${export[$s]}" | tr '\n' ' ')) TO '$sheets_dir/$s.csv' WITH (FORMAT csv, HEADER)"
	rows=$((rows + $(wc -l <"$sheets_dir/$s.csv") - 1))
done
for t in $typed; do
	"${PSQL[@]}" -d p9_src -c "\\copy (SELECT * FROM partnership.$t ORDER BY 1, 2) TO '$sheets_dir/typed_$t.csv' WITH (FORMAT csv)"
done
echo "P9 rows: $rows staged rows in 10 sheets, $(du -sk "$sheets_dir" | cut -f1) kB of CSV"
# (in a fixed order: a UNION ALL's rows come in no order of their own)
counts="SELECT string_agg(n::text, ' ' ORDER BY k) FROM (
	SELECT 1 k, count(*) n FROM partnership.partner UNION ALL SELECT 2, count(*) FROM partnership.member
	UNION ALL SELECT 3, count(*) FROM partnership.agreement_party UNION ALL SELECT 4, count(*) FROM partnership.disbursement
	UNION ALL SELECT 5, count(*) FROM partnership.partnership WHERE status::text = 'active') x"
expected=$(psql -X -A -t -d p9_src -c "$counts")

cat >"$sheets_dir/load.sql" <<-'SQL'
	BEGIN;
	INSERT INTO partnership.partner (id, name, sector, iati_ref, parent_id)
	SELECT id, name, sector, iati_ref, parent_id FROM p9.partner ORDER BY id;
	INSERT INTO partnership.contact (id, partner_id, name, position, email, phone)
	SELECT id, partner_id, name, position, email, phone FROM p9.contact ORDER BY id;
	INSERT INTO partnership.partnership (id, code, name, formality, horizon, starts_on, ends_on,
		objectives, owner_id, evaluation_interval, description)
	SELECT id, code, name, formality, horizon, starts_on, ends_on, objectives, owner_id,
		evaluation_interval, description FROM p9.partnership ORDER BY id;
	INSERT INTO partnership.member (partnership_id, partner_id, roles, title, joined_on, left_on,
		influence, interest)
	SELECT partnership_id, partner_id, roles, title, joined_on, left_on, influence, interest
	FROM p9.member ORDER BY partnership_id, partner_id;
	INSERT INTO partnership.agreement (id, partnership_id, kind, number, amends_id, title,
		signed_on, effective_from, effective_to, objectives)
	SELECT id, partnership_id, kind, number, amends_id, title, signed_on, effective_from,
		effective_to, objectives FROM p9.agreement ORDER BY id;
	INSERT INTO partnership.agreement_clause (agreement_id, partnership_id, kind)
	SELECT agreement_id, partnership_id, kind FROM p9.agreement_clause ORDER BY id;
	INSERT INTO partnership.agreement_party (agreement_id, partnership_id, partner_id, roles,
		responsibilities, signatory_name, signatory_title, signed_on)
	SELECT agreement_id, partnership_id, partner_id, roles, responsibilities, signatory_name,
		signatory_title, signed_on FROM p9.agreement_party ORDER BY agreement_id, partner_id;
	INSERT INTO partnership.commitment (id, partnership_id, partner_id, kind, amount, currency,
		committed_on, description)
	SELECT id, partnership_id, partner_id, kind, amount, currency, committed_on, description
	FROM p9.commitment ORDER BY id;
	INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount, paid_on)
	SELECT commitment_id, partnership_id, amount, paid_on FROM p9.disbursement ORDER BY id;
	INSERT INTO partnership.indicator (id, partnership_id, code, name, unit, direction,
		aggregation, baseline, target, target_on)
	SELECT id, partnership_id, code, name, unit, direction, aggregation, baseline, target,
		target_on FROM p9.indicator ORDER BY id;
	INSERT INTO partnership.measurement (indicator_id, partnership_id, period_end, value)
	SELECT indicator_id, partnership_id, period_end, value FROM p9.measurement
	ORDER BY indicator_id, period_end;
	UPDATE partnership.agreement a SET status = 'signed'
	FROM p9.agreement t WHERE a.id = t.id AND t.status::text <> 'draft';
	UPDATE partnership.partnership p SET status = 'proposed'
	FROM p9.partnership t WHERE p.id = t.id AND t.status::text <> 'draft';
	UPDATE partnership.partnership p SET status = 'active'
	FROM p9.partnership t WHERE p.id = t.id AND t.status::text = 'active';
	COMMIT;
SQL

declare -A best
run_variant() {
	local v=$1 out ms args=() got problems
	createdb -T p9_tpl p9_run
	"${PSQL[@]}" -d p9_run -c 'CHECKPOINT' >/dev/null
	if [ "$v" = import ]; then
		for s in $sheets; do
			args+=(-c "\\copy partnership_import.$s (${columns[$s]}) FROM '$sheets_dir/$s.csv' WITH (FORMAT csv, HEADER)")
		done
		args+=(-c "SELECT count(*) FROM partnership.import(apply => true)")
	else
		for t in $typed; do
			args+=(-c "\\copy p9.$t FROM '$sheets_dir/typed_$t.csv' WITH (FORMAT csv)")
		done
		if [ "$v" = app ]; then
			args+=(-c "CALL p9.load_app()")
		else
			args+=(-f "$sheets_dir/load.sql")
		fi
	fi
	out=$("${PSQL[@]}" -At -d p9_run -c 'SELECT bench.cpu_ticks()' "${args[@]}" -c 'SELECT bench.cpu_ticks()')
	ms=$((($(echo "$out" | tail -1) - $(echo "$out" | head -1)) * 1000 / TICKS))
	problems=$(echo "$out" | sed -n 2p)
	if [ "$v" = import ] && [ "$problems" != 0 ]; then
		echo "P9: the import found $problems problem(s):" >&2
		psql -X -d p9_run -c "SELECT * FROM partnership.import() LIMIT 20" >&2
		exit 1
	fi
	got=$(psql -X -A -t -d p9_run -c "$counts")
	if [ "$got" != "$expected" ]; then
		echo "P9: variant $v loaded (partners members parties disbursements active) $got, not $expected" >&2
		exit 1
	fi
	dropdb p9_run
	printf 'P9 run: round %s variant %-6s cpu %7.2f s (%.2f ms per partnership)\n' "$r" "$v" \
		"$(echo "$ms / 1000" | bc -l)" "$(echo "$ms / $P9_PARTNERSHIPS" | bc -l)"
	if [ -z "${best[$v]:-}" ] || [ "$ms" -lt "${best[$v]}" ]; then
		best[$v]=$ms
	fi
}

for ((r = 1; r <= P9_ROUNDS; r++)); do
	if [ $((r % 2)) = 1 ]; then
		run_variant app
		run_variant load
		run_variant import
	else
		run_variant import
		run_variant load
		run_variant app
	fi
done

fmt() { printf '%.2f' "$(echo "$1" | bc -l)"; }
p9=$(fmt "${best[import]} / ${best[app]}")
p9set=$(fmt "${best[import]} / ${best[load]}")
echo "P9 best backend CPU: import $(fmt "${best[import]} / 1000") s, enforced load as an application writes it $(fmt "${best[app]} / 1000") s, set-based enforced load $(fmt "${best[load]} / 1000") s"
echo "P9 ratio = $p9 (backend CPU, import through staging / enforced load of the same rows as P1 loads them, one transaction per partnership; $P9_PARTNERSHIPS partnerships, $rows staged rows, best of $P9_ROUNDS)"
echo "P9 set-based ratio = $p9set (import / the same rows loaded by one INSERT ... SELECT per table in one transaction: the cheapest enforced load there is)"
ok=$(echo "$p9 <= 1.3" | bc)
echo "P9 summary: $([ "$ok" = 1 ] && echo PASS || echo FAIL) (P9 = $p9 x, target <= 1.3 x; set-based $p9set x; $P9_PARTNERSHIPS partnerships)"
if [ -n "${P9_STRICT:-}" ] && [ "$ok" != 1 ]; then
	exit 1
fi
exit 0
