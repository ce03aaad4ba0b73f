#!/usr/bin/env bash
# The sample registry (test/sample/sukamaju.sql) loads into a fresh database
# with one command, every partnership ends in its intended status, every
# report view has content, and the compliance report shows the warnings the
# sample breaks on purpose (and no error for a partnership in force).
#
# Runs inside a cluster (PGHOST, PGPORT, PGUSER set); exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

db=partnership_sample_$$
cleanup() { dropdb --if-exists "$db" >/dev/null 2>&1 || true; }
trap cleanup EXIT

q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$db" -c "$1"; }

createdb "$db"
q "CREATE EXTENSION partnership"
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f test/sample/sukamaju.sql

fail=0
check() {
	local what=$1 got=$2 want=$3
	if [ "$got" = "$want" ]; then
		echo "ok    $what"
	else
		echo "FAIL  $what"
		echo "      got:  $got"
		echo "      want: $want"
		fail=1
	fi
}

check "every partnership with its intended status" \
	"$(q "SELECT string_agg(partnership_code || '=' || status, ' ' ORDER BY partnership_code) FROM partnership_report.partnerships")" \
	"SKM-01=active SKM-02=active SKM-03=suspended SKM-04=completed SKM-05=active SKM-06=terminated SKM-07=proposed SKM-08=active SKM-09=draft SKM-10=completed SKM-11=active SKM-12=proposed SKM-13=draft"

check "the four types" \
	"$(q "SELECT string_agg(DISTINCT formality || '/' || horizon, ' ') FROM partnership_report.partnerships")" \
	"formal/operational formal/strategic informal/operational informal/strategic"

for v in $(q "SELECT relname FROM pg_class WHERE relnamespace = 'partnership_report'::regnamespace ORDER BY 1"); do
	check "view $v has rows" "$(q "SELECT count(*) > 0 FROM partnership_report.$v")" "t"
done

check "the warnings the sample breaks on purpose" \
	"$(q "SELECT string_agg(partnership_code || ':' || rule, ' ' ORDER BY partnership_code, rule) FROM partnership_report.compliance WHERE (partnership_code, rule) IN (VALUES ('SKM-01', 'early_involvement'), ('SKM-02', 'agreement_expiring'), ('SKM-02', 'evaluator_assigned'), ('SKM-03', 'risk_unmitigated'), ('SKM-05', 'evaluation_due'), ('SKM-05', 'horizon_duration'), ('SKM-08', 'agreement_max_duration'), ('SKM-08', 'risk_unmitigated')) AND severity = 'warning'")" \
	"SKM-01:early_involvement SKM-02:agreement_expiring SKM-02:evaluator_assigned SKM-03:risk_unmitigated SKM-05:evaluation_due SKM-05:horizon_duration SKM-08:agreement_max_duration SKM-08:risk_unmitigated"

check "no error rule broken by an active or suspended partnership" \
	"$(q "SELECT count(*) FROM partnership_report.compliance WHERE severity = 'error' AND partnership_status IN ('active', 'suspended')")" "0"

check "agreements: mou, pks, addendum; signed, superseded, terminated, draft" \
	"$(q "SELECT string_agg(DISTINCT kind, ',') || ' ' || (SELECT string_agg(DISTINCT status, ',') FROM partnership_report.agreements) FROM partnership_report.agreements")" \
	"addendum,mou,pks draft,signed,superseded,terminated"

check "SKM-02's PKS expires within 90 days" \
	"$(q "SELECT string_agg(partnership_code || ' ' || days_to_expiry, ',') FROM partnership_report.agreements_expiring")" "SKM-02 45"

check "closed evaluations are sufficient; SKM-01 has two closed rounds and an open one" \
	"$(q "SELECT bool_and(sufficient) FILTER (WHERE status = 'closed') || ' ' || count(*) FILTER (WHERE partnership_code = 'SKM-01' AND status = 'closed') || ' ' || count(*) FILTER (WHERE partnership_code = 'SKM-01' AND status = 'open') FROM partnership_report.evaluations")" \
	"true 2 1"

check "responses from several sectors in every round" \
	"$(q "SELECT min(sector_count) >= 3 FROM partnership_report.evaluations")" "t"

check "the first SKM-01 round shows a divergent perception" \
	"$(q "SELECT count(*) > 0 FROM partnership_report.evaluation_criteria WHERE partnership_code = 'SKM-01' AND evaluation_id = (SELECT min(evaluation_id) FROM partnership_report.evaluations WHERE partnership_code = 'SKM-01') AND divergent")" "t"

# The audit trail writes its images in C: each must be exactly to_jsonb()
# of the row (dates, numbers, arrays, vocabulary types, nulls), so every
# current row of every registry table has an audit image equal to it
# (institution_role, the mapping of roles, is not part of the sample).
check "every registry row has an audit image equal to to_jsonb(row)" \
	"$(psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$db" <<-'EOF'
		CREATE FUNCTION pg_temp.image_mismatches() RETURNS text LANGUAGE plpgsql AS $f$
		DECLARE
			r record;
			n bigint;
			rows bigint;
			result text := '';
		BEGIN
			FOR r IN SELECT c.relname FROM pg_class c
				WHERE c.relnamespace = 'partnership'::regnamespace AND c.relkind = 'r'
					AND c.relname NOT IN ('audit', 'clause_kind', 'criterion', 'rule', 'setting', 'term_alias', 'institution_role')
				ORDER BY 1
			LOOP
				EXECUTE format('SELECT count(*), count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM partnership.audit a WHERE a.relation = %L AND a.new = to_jsonb(t))) FROM partnership.%I t', r.relname, r.relname)
					INTO rows, n;
				IF rows = 0 THEN
					result := result || r.relname || ':empty ';
				ELSIF n > 0 THEN
					result := result || r.relname || ':' || n || ' ';
				END IF;
			END LOOP;
			RETURN coalesce(nullif(result, ''), 'all equal');
		END $f$;
		SELECT pg_temp.image_mismatches();
	EOF
	)" "all equal"

check "sectors of the partners" \
	"$(q "SELECT string_agg(DISTINCT sector::text, ',') FROM partnership.partner")" \
	"academia,community,government,international,media,nonprofit,private"

check "work plans with RACI: every open activity has one A" \
	"$(q "SELECT count(*) FROM partnership.activity a WHERE a.status::text IN ('planned', 'in_progress') AND (SELECT count(*) FROM partnership.assignment s WHERE s.activity_id = a.id AND s.raci::text = 'A') <> 1")" "0"

check "funding: disbursed never above committed" \
	"$(q "SELECT count(*) FROM partnership_report.funding WHERE disbursed > committed")" "0"

# A partnership's whole life (doc/registry.md#renewal, #the-end-of-a-partnership).
check "SKM-05's PKS renewed by amend(): PKS v1 superseded, Adendum I v2 signed with the same parties" \
	"$(q "SELECT string_agg(a.kind::text || ' v' || a.version || ' ' || a.status::text || ' ' || (SELECT count(*) FROM partnership.agreement_party x WHERE x.agreement_id = a.id), ', ' ORDER BY a.version) FROM partnership.agreement a WHERE a.partnership_id = (SELECT id FROM partnership.partnership WHERE code = 'SKM-05')")" \
	"pks v1 superseded 5, addendum v2 signed 5"

check "ended partnerships: ended_on set, no agreement still signed, none in force" \
	"$(q "SELECT string_agg(p.code || ' ' || (p.ended_on IS NOT NULL) || ' ' || (SELECT count(*) FROM partnership.agreement a WHERE a.partnership_id = p.id AND a.status::text = 'signed') || ' ' || (r.agreement_id IS NULL), ', ' ORDER BY p.code) FROM partnership.partnership p JOIN partnership_report.partnerships r ON r.partnership_id = p.id WHERE p.status::text IN ('completed', 'terminated')")" \
	"SKM-04 true 0 true, SKM-06 true 0 true, SKM-10 true 0 true"

check "the partnerships report tells when and why each ended partnership ended" \
	"$(q "SELECT string_agg(r.partnership_code || ' ' || (r.ended_on = p.ended_on) || ' ' || (r.end_reason IS NOT DISTINCT FROM p.end_reason) || ' ' || (r.end_reason IS NOT NULL), ', ' ORDER BY r.partnership_code) FROM partnership_report.partnerships r JOIN partnership.partnership p ON p.id = r.partnership_id WHERE r.ended_on IS NOT NULL OR r.status IN ('completed', 'terminated')")" \
	"SKM-04 true true true, SKM-06 true true true, SKM-10 true true false"

check "SKM-10's final evaluation, recorded after the end, is closed and dated ended_on" \
	"$(q "SELECT count(*) FROM partnership.evaluation e JOIN partnership.partnership p ON p.id = e.partnership_id WHERE p.code = 'SKM-10' AND e.kind::text = 'final' AND e.status::text = 'closed' AND e.period_end = p.ended_on")" "1"

check "semesters: one row per half-year from the start to today or the end" \
	"$(q "SELECT count(*) FILTER (WHERE s.n <> (pg_catalog.date_part('year', s.last_end) * 2 + (pg_catalog.date_part('month', s.last_end) > 6)::int) - (pg_catalog.date_part('year', p.starts_on) * 2 + (pg_catalog.date_part('month', p.starts_on) > 6)::int) + 1 OR s.last_end < least(coalesce(p.ended_on, current_date), current_date) OR s.first_start > p.starts_on) FROM partnership.partnership p JOIN (SELECT partnership_id, count(*) AS n, min(period_start) AS first_start, max(period_end) AS last_end FROM partnership_report.semesters GROUP BY 1) s ON s.partnership_id = p.id")" "0"

check "semesters agree with the commitments: every dated one in a half-year, one made during planning in the first" \
	"$(q "SELECT count(*) FROM (SELECT partnership_id, sum(committed) AS c FROM partnership_report.semesters GROUP BY 1) s FULL JOIN (SELECT partnership_id, sum(amount) AS c FROM partnership.commitment WHERE committed_on IS NOT NULL AND partnership_id IN (SELECT partnership_id FROM partnership_report.semesters) GROUP BY 1) f USING (partnership_id) WHERE s.c IS DISTINCT FROM coalesce(f.c, 0)")" "0"
check "semesters agree with funding: disbursed per partnership" \
	"$(q "SELECT count(*) FROM (SELECT partnership_id, sum(disbursed) AS d FROM partnership_report.semesters GROUP BY 1) s FULL JOIN (SELECT partnership_id, sum(disbursed) AS d FROM partnership_report.funding WHERE partnership_id IN (SELECT partnership_id FROM partnership_report.semesters) GROUP BY 1) f USING (partnership_id) WHERE s.d IS DISTINCT FROM coalesce(f.d, 0)")" "0"

check "semesters agree with evaluations: closed evaluations, their mean index and evaluated, per half-year" \
	"$(q "SELECT count(*) FROM partnership_report.semesters s CROSS JOIN LATERAL (SELECT count(*) AS n, round(avg(e.index), 2) AS ix FROM partnership_report.evaluations e WHERE e.partnership_id = s.partnership_id AND e.status = 'closed' AND e.period_end BETWEEN s.period_start AND s.period_end) e WHERE s.closed_evaluations <> e.n OR s.evaluation_index IS DISTINCT FROM e.ix OR s.evaluated <> (e.n > 0)")" "0"

check "semesters: every closed evaluation of a started partnership is counted once" \
	"$(q "SELECT (SELECT sum(closed_evaluations) FROM partnership_report.semesters) = (SELECT count(*) FROM partnership_report.evaluations e JOIN partnership.partnership p ON p.id = e.partnership_id WHERE e.status = 'closed' AND p.starts_on IS NOT NULL)")" "t"

check "SKM-02 is warned about its expiry, not yet broken" \
	"$(q "SELECT string_agg(rule || '/' || severity, ' ' ORDER BY rule) FROM partnership_report.compliance WHERE partnership_code = 'SKM-02' AND rule IN ('agreement_expiring', 'agreement_in_force')")" \
	"agreement_expiring/warning"

check "labels in Indonesian" \
	"$(psql -X -q -A -t -d "$db" -c "SET partnership.language = 'id'" -c "SELECT status_label FROM partnership_report.partnerships WHERE partnership_code = 'SKM-03'")" "Ditangguhkan"

check "report views agree with the scoring functions (evaluations)" \
	"$(q "SELECT count(*) || ' ' || count(*) FILTER (WHERE v.index IS NOT DISTINCT FROM r.index AND v.grade IS NOT DISTINCT FROM r.grade AND v.sufficient = r.sufficient AND v.respondents = r.respondents) FROM partnership_report.evaluations v, LATERAL partnership.evaluation_result(v.evaluation_id) r")" \
	"$(q "SELECT count(*) || ' ' || count(*) FROM partnership.evaluation")"

check "report views agree with the scoring functions (indicators)" \
	"$(q "SELECT count(*) || ' ' || count(*) FILTER (WHERE v.actual IS NOT DISTINCT FROM r.actual AND v.achievement_percent IS NOT DISTINCT FROM r.achievement AND v.progress_percent IS NOT DISTINCT FROM r.progress) FROM partnership_report.indicators v, LATERAL partnership.indicator_result(v.indicator_id) r")" \
	"$(q "SELECT count(*) || ' ' || count(*) FROM partnership.indicator")"

exit $fail
