-- test/bench/plpgsql_rules.sql
--
-- Benchmark P2 (doc/performance.md): the extension's triggers and rules written the
-- way a competent DBA would write them in PL/pgSQL, as the yardstick for
-- the extension's enforcement overhead.  Bench-only (schema bench_pl of
-- the benchmark's throwaway database), never part of the extension.
--
-- Fair, not a strawman:
--   * the same triggers at the same timings (BEFORE row checks, AFTER
--     statement audit from transition tables, AFTER UPDATE activation check, deferred constraint
--     triggers at commit), installed by bench_pl.install() from the
--     extension's own trigger definitions (pg_get_triggerdef), so every
--     trigger of the extension on a table the load writes has its
--     PL/pgSQL twin, with the same arguments and deferral;
--   * the same tables and indexes, the same set-based queries as the C code
--     (one query per concern, index lookups on one partnership's rows);
--   * the same per-transaction shortcuts where PL/pgSQL can express them: the
--     partnership guard remembers the partnership it locked (in a
--     transaction-local setting, reset when a partnership row changes), and
--     a partnership is rule-checked at most once per transaction (the
--     activation check counts; a transaction-local setting remembers the
--     checked ids).  The last one is slightly MORE lenient than the
--     extension, which re-checks a partnership changed after its check in
--     the same transaction (only possible after SET CONSTRAINTS IMMEDIATE
--     or with changes after the activating UPDATE): it only makes the
--     PL/pgSQL version faster.
--
-- bench_pl.check(id) returns the same rules and severities as
-- partnership.check(id) (messages and details are simpler); the P1/P2
-- script verifies that on every generated partnership and on deliberately
-- broken ones before it times anything.

CREATE SCHEMA bench_pl;
COMMENT ON SCHEMA bench_pl IS 'PL/pgSQL yardstick of the extension''s triggers and rules (test/bench/plpgsql_rules.sql); not part of the extension';

-- ------------------------------------------------------------------------
-- check(): every rule of the catalogue for one partnership
-- ------------------------------------------------------------------------

CREATE FUNCTION bench_pl.check(pid bigint)
	RETURNS TABLE (rule text, severity text, message text, detail jsonb)
	LANGUAGE plpgsql STABLE AS
$$
DECLARE
	sev jsonb;
	s_strat integer;
	s_oper integer;
	s_years integer;
	s_expiry integer;
	p partnership.partnership;
	formal boolean;
	running boolean;
	ag_id bigint;
	ag_number text;
	ag_to date;
	last_closed date;
BEGIN
	SELECT jsonb_object_agg(r.code, r.severity::text) INTO sev FROM partnership.rule r;
	SELECT coalesce(round(max(s.value) FILTER (WHERE s.name = 'strategic_min_months')), 36),
		coalesce(round(max(s.value) FILTER (WHERE s.name = 'operational_max_months')), 12),
		coalesce(round(max(s.value) FILTER (WHERE s.name = 'max_agreement_years')), 5),
		coalesce(round(max(s.value) FILTER (WHERE s.name = 'expiry_warning_days')), 90)
	INTO s_strat, s_oper, s_years, s_expiry
	FROM partnership.setting s;

	SELECT * INTO p FROM partnership.partnership WHERE id = pid;
	IF NOT FOUND THEN
		RAISE EXCEPTION 'partnership % does not exist', pid USING ERRCODE = '22023';
	END IF;
	-- a final partnership reports nothing (doc/rules.md)
	IF p.status::text IN ('completed', 'terminated') THEN
		RETURN;
	END IF;
	formal := p.formality::text = 'formal';
	running := p.status::text IN ('active', 'suspended');

	SELECT a.id, a.number, a.effective_to INTO ag_id, ag_number, ag_to
	FROM partnership.agreement a
	WHERE a.partnership_id = pid AND a.kind::text IN ('pks', 'addendum')
		AND a.status::text = 'signed' AND a.effective_from <= current_date
		AND (a.effective_to IS NULL OR a.effective_to >= current_date)
	ORDER BY a.version DESC LIMIT 1;

	SELECT max(e.period_end) INTO last_closed FROM partnership.evaluation e
	WHERE e.partnership_id = pid AND e.status::text = 'closed';

	RETURN QUERY
	WITH mem AS (
		SELECT m.partner_id, pt.sector::text AS sector, m.roles, m.joined_on,
			(m.left_on IS NULL OR m.left_on > current_date)
				AND (m.joined_on IS NULL OR m.joined_on <= current_date) AS cur,
			EXISTS (SELECT 1 FROM partnership.commitment c
				WHERE c.partnership_id = pid AND c.partner_id = m.partner_id
					AND c.amount > 0) AS committed,
			ap.partner_id IS NOT NULL AS is_party, ap.roles AS party_roles,
			EXISTS (SELECT 1 FROM unnest(ap.responsibilities) AS r(t)
				WHERE btrim(r.t) <> '') AS has_resp
		FROM partnership.member m
		JOIN partnership.partner pt ON pt.id = m.partner_id
		LEFT JOIN partnership.agreement_party ap
			ON ap.agreement_id = ag_id AND ap.partner_id = m.partner_id
		WHERE m.partnership_id = pid),
	st AS (
		SELECT array_agg(DISTINCT sector) AS start_sectors FROM mem
		WHERE p.starts_on IS NOT NULL AND (joined_on IS NULL OR joined_on <= p.starts_on)),
	agg AS (
		SELECT count(DISTINCT sector) FILTER (WHERE cur) AS nsectors,
			coalesce(bool_or(cur AND sector = 'government'), false) AS has_gov,
			count(*) FILTER (WHERE cur AND roles OPERATOR(partnership.@>) 'lead'::partnership.role) AS nleads,
			count(*) FILTER (WHERE cur AND roles OPERATOR(partnership.=) '{}'::partnership.roleset) AS nroleless,
			count(*) FILTER (WHERE cur AND roles OPERATOR(partnership.@>) 'evaluator'::partnership.role
				AND roles OPERATOR(partnership.&&) '{lead,funder,manager,implementer}'::partnership.roleset) AS ndependent,
			coalesce(bool_or(cur AND roles OPERATOR(partnership.@>) 'evaluator'::partnership.role), false) AS has_evaluator,
			count(*) FILTER (WHERE cur AND roles OPERATOR(partnership.@>) 'funder'::partnership.role AND NOT committed) AS nuncommitted,
			count(*) FILTER (WHERE cur AND (NOT is_party OR party_roles OPERATOR(partnership.<>) roles OR NOT has_resp)) AS nuncovered,
			count(*) FILTER (WHERE cur AND p.starts_on IS NOT NULL
				AND sector <> ALL (coalesce((SELECT start_sectors FROM st), '{}'))) AS nlate
		FROM mem),
	missing_clauses AS (
		SELECT count(*) AS n FROM partnership.clause_kind ck
		WHERE formal AND ag_id IS NOT NULL AND ck.required
			AND NOT EXISTS (SELECT 1 FROM partnership.agreement_clause c
				WHERE c.partnership_id = pid AND c.agreement_id = ag_id AND c.kind = ck.code)),
	long_agreements AS (
		SELECT count(*) AS n FROM partnership.agreement a
		WHERE a.partnership_id = pid AND a.status::text IN ('draft', 'signed')
			AND a.effective_from IS NOT NULL
			AND CASE WHEN a.effective_to IS NULL THEN a.status::text = 'signed'
				ELSE a.effective_to + 1 > a.effective_from + make_interval(years => s_years)
					AND a.effective_to > a.effective_from - 1 + make_interval(years => s_years) END),
	raci AS (
		SELECT (SELECT count(*) FROM partnership.activity a
				WHERE a.partnership_id = pid AND a.status::text IN ('planned', 'in_progress')
					AND (SELECT count(*) FROM partnership.assignment s
						WHERE s.activity_id = a.id AND s.raci::text = 'A') <> 1) AS nact,
			(SELECT count(*) FROM partnership.activity a
				JOIN partnership.assignment s ON s.activity_id = a.id
				WHERE a.partnership_id = pid AND a.status::text IN ('planned', 'in_progress')
					AND NOT EXISTS (SELECT 1 FROM partnership.member m
						WHERE m.partnership_id = pid AND m.partner_id = s.partner_id
							AND (m.left_on IS NULL OR m.left_on > current_date)
							AND (m.joined_on IS NULL OR m.joined_on <= current_date))) AS nassignees),
	risks AS (
		SELECT count(*) AS n FROM partnership.risk r
		WHERE r.partnership_id = pid AND r.status::text = 'open'
			AND r.likelihood * r.impact >= 10
			AND (r.mitigation IS NULL OR btrim(r.mitigation) = '')),
	time_rules AS (
		SELECT EXISTS (SELECT 1 FROM partnership.agreement a
				WHERE a.partnership_id = pid AND a.status::text IN ('draft', 'signed')
					AND p.ends_on IS NOT NULL
					AND (a.effective_to IS NULL OR a.effective_to > p.ends_on)) AS outlasts,
			EXISTS (SELECT 1 FROM partnership.agreement a
				WHERE a.partnership_id = pid AND a.kind::text = 'mou' AND a.status::text = 'signed'
					AND (a.effective_from IS NULL OR a.effective_from <= current_date)
					AND a.effective_to BETWEEN current_date AND current_date + s_expiry) AS mou_ending),
	v(ord, code, def, bad, msg, det) AS (
		SELECT x.* FROM agg, missing_clauses mc, long_agreements la, raci, risks rk, time_rules tr,
		LATERAL (VALUES
			(1, 'has_objectives', 'error',
				NOT EXISTS (SELECT 1 FROM unnest(p.objectives) AS o(t) WHERE btrim(o.t) <> ''),
				'the partnership has no objective', NULL::jsonb),
			(2, 'cross_sector', 'error', agg.nsectors < 2,
				format('current members come from %s sector(s)', agg.nsectors),
				jsonb_build_object('sectors', agg.nsectors)),
			(3, 'government_member', 'error', NOT agg.has_gov,
				'no current member is a government institution', NULL),
			(4, 'single_lead', 'error', agg.nleads <> 1,
				format('%s current members hold the lead role', agg.nleads),
				jsonb_build_object('leads', agg.nleads)),
			(5, 'roles_defined', 'error', agg.nroleless > 0,
				format('%s current members have no role', agg.nroleless), NULL),
			(6, 'evaluator_independent', 'error', agg.ndependent > 0,
				format('%s evaluators also lead, fund, manage or implement', agg.ndependent), NULL),
			(7, 'funder_committed', 'error', agg.nuncommitted > 0,
				format('%s funders have committed nothing', agg.nuncommitted), NULL),
			(8, 'agreement_in_force', 'error', formal AND ag_id IS NULL,
				'no binding agreement is in force', NULL),
			(9, 'agreement_covers_members', 'error',
				formal AND ag_id IS NOT NULL AND agg.nuncovered > 0,
				format('%s current members are not covered by agreement %s', agg.nuncovered, ag_number), NULL),
			(10, 'agreement_clauses', 'error', mc.n > 0,
				format('agreement %s lacks %s required clause kinds', ag_number, mc.n), NULL),
			(11, 'raci_accountable', 'error', raci.nact > 0 OR raci.nassignees > 0,
				format('%s open activities without exactly one A, %s non-member assignees',
					raci.nact, raci.nassignees), NULL),
			(12, 'horizon_duration', 'warning',
				NOT CASE WHEN p.starts_on IS NULL THEN true
					WHEN p.horizon::text = 'strategic'
					THEN p.ends_on IS NULL
						OR p.ends_on + 1 >= p.starts_on + make_interval(months => s_strat)
						OR p.ends_on >= p.starts_on - 1 + make_interval(months => s_strat)
					ELSE p.ends_on IS NOT NULL
						AND (p.ends_on + 1 <= p.starts_on + make_interval(months => s_oper)
							 OR p.ends_on <= p.starts_on - 1 + make_interval(months => s_oper)) END,
				'the duration does not fit the horizon', NULL),
			(13, 'agreement_max_duration', 'warning', la.n > 0,
				format('%s agreements run longer than %s years', la.n, s_years), NULL),
			(14, 'evaluator_assigned', 'warning', NOT agg.has_evaluator,
				'no current member is an evaluator', NULL),
			(15, 'evaluation_due', 'warning',
				running AND (CASE WHEN last_closed IS NULL THEN (p.starts_on + p.evaluation_interval)::date
					ELSE (last_closed + 1 + p.evaluation_interval)::date - 1 END) < current_date,
				'an evaluation is due', NULL),
			(16, 'early_involvement', 'warning', agg.nlate > 0,
				format('%s current members are of a sector absent at the start', agg.nlate), NULL),
			(17, 'agreement_expiring', 'warning',
				ag_id IS NOT NULL AND ag_to IS NOT NULL AND ag_to <= current_date + s_expiry,
				format('agreement %s ends on %s', ag_number, ag_to), NULL),
			(18, 'risk_unmitigated', 'warning', rk.n > 0,
				format('%s open high risks lack a mitigation', rk.n), NULL),
			(19, 'partnership_ending', 'warning',
				running AND p.ends_on BETWEEN current_date AND current_date + s_expiry,
				format('the partnership ends on %s', p.ends_on), NULL),
			(20, 'partnership_overdue', 'warning', running AND p.ends_on < current_date,
				format('the partnership ended on %s', p.ends_on), NULL),
			(21, 'agreement_outlasts_partnership', 'warning', tr.outlasts,
				'an agreement runs past the partnership''s end', NULL),
			(22, 'mou_expiring', 'warning', tr.mou_ending, 'an MoU ends soon', NULL)
		) AS x(ord, code, def, bad, msg, det))
	SELECT v.code, coalesce(sev ->> v.code, v.def), v.msg, coalesce(v.det, '{}'::jsonb)
	FROM v
	WHERE v.bad IS TRUE AND coalesce(sev ->> v.code, v.def) <> 'off'
	ORDER BY v.ord;
END
$$;

-- ------------------------------------------------------------------------
-- Enforcement of the rules: at activation and at commit
-- ------------------------------------------------------------------------

-- Raise 23514 when the partnership breaks an error rule.
CREATE FUNCTION bench_pl.enforce(pid bigint, code text, activation boolean)
	RETURNS void
	LANGUAGE plpgsql AS
$$
DECLARE
	first text;
	n integer;
	det text;
BEGIN
	SELECT min(c.rule) FILTER (WHERE c.ord = 1), count(*),
		string_agg(c.rule || ': ' || c.message, '; ' ORDER BY c.ord)
	INTO first, n, det
	FROM (SELECT x.rule, x.message, row_number() OVER () AS ord
		FROM bench_pl.check(pid) AS x WHERE x.severity = 'error') AS c;
	-- remember the check for the rest of the transaction
	PERFORM set_config('bench_pl.checked',
		coalesce(current_setting('bench_pl.checked', true), '') || ',' || pid || ',', true);
	IF n > 0 THEN
		RAISE EXCEPTION USING ERRCODE = '23514', CONSTRAINT = first,
			MESSAGE = CASE WHEN activation
				THEN format('partnership "%s" cannot be activated: it breaks rule "%s"', code, first)
				ELSE format('active partnership "%s" breaks rule "%s"', code, first) END,
			DETAIL = format('Failing rules (%s): %s.', n, det),
			SCHEMA = 'partnership', TABLE = 'partnership';
	END IF;
END
$$;

-- AFTER UPDATE FOR EACH ROW on partnership: a move into active.
CREATE FUNCTION bench_pl.rules_activation()
	RETURNS trigger
	LANGUAGE plpgsql AS
$$
BEGIN
	IF NEW.status::text = 'active' AND OLD.status::text <> 'active' THEN
		PERFORM bench_pl.enforce(NEW.id, NEW.code, true);
	END IF;
	RETURN NULL;
END
$$;

-- Deferred constraint trigger: an active partnership whose rows changed
-- is re-checked once per transaction, at commit.
CREATE FUNCTION bench_pl.rules_deferred()
	RETURNS trigger
	LANGUAGE plpgsql AS
$$
DECLARE
	pid bigint;
	st text;
	code text;
BEGIN
	IF TG_TABLE_NAME = 'partnership' THEN
		pid := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
	ELSIF TG_OP = 'DELETE' THEN
		pid := OLD.partnership_id;
	ELSE
		pid := NEW.partnership_id;
	END IF;
	IF position(',' || pid || ',' IN coalesce(current_setting('bench_pl.checked', true), '')) > 0 THEN
		RETURN NULL;
	END IF;
	SELECT p.status::text, p.code INTO st, code FROM partnership.partnership p
	WHERE p.id = pid FOR NO KEY UPDATE;
	IF st = 'active' THEN
		PERFORM bench_pl.enforce(pid, code, false);
	ELSE
		PERFORM set_config('bench_pl.checked',
			coalesce(current_setting('bench_pl.checked', true), '') || ',' || pid || ',', true);
	END IF;
	RETURN NULL;
END
$$;

-- ------------------------------------------------------------------------
-- The registry's row triggers (doc/registry.md)
-- ------------------------------------------------------------------------

-- BEFORE INSERT OR UPDATE OR DELETE on partnership.
CREATE FUNCTION bench_pl.partnership_lifecycle()
	RETURNS trigger
	LANGUAGE plpgsql AS
$$
DECLARE
	o text;
	n text;
	owner_sector text;
BEGIN
	IF TG_OP = 'INSERT' THEN
		IF NEW.status::text NOT IN ('draft', 'proposed') THEN
			RAISE EXCEPTION 'new partnership "%" cannot start as "%"', NEW.code, NEW.status
				USING ERRCODE = '55000';
		END IF;
	ELSE
		-- our own change may alter what the guard remembered
		PERFORM set_config('bench_pl.guard', '', true);
		o := OLD.status::text;
		IF o IN ('completed', 'terminated') THEN
			RAISE EXCEPTION 'partnership "%" is % and cannot be %', OLD.code, o,
				CASE WHEN TG_OP = 'DELETE' THEN 'deleted' ELSE 'changed' END
				USING ERRCODE = '55000';
		END IF;
		IF TG_OP = 'UPDATE' THEN
			n := NEW.status::text;
			IF n <> o AND NOT (o, n) IN (('draft', 'proposed'), ('proposed', 'draft'),
					('proposed', 'active'), ('active', 'suspended'), ('active', 'completed'),
					('active', 'terminated'), ('suspended', 'active'),
					('suspended', 'completed'), ('suspended', 'terminated')) THEN
				RAISE EXCEPTION 'cannot change status of partnership "%" from "%" to "%"',
					OLD.code, o, n USING ERRCODE = '55000';
			END IF;
		END IF;
	END IF;
	IF TG_OP <> 'DELETE' AND NEW.owner_id IS NOT NULL
		AND (TG_OP = 'INSERT' OR OLD.owner_id IS DISTINCT FROM NEW.owner_id) THEN
		SELECT pt.sector::text INTO owner_sector FROM partnership.partner pt
		WHERE pt.id = NEW.owner_id FOR SHARE;
		IF owner_sector <> 'government' THEN
			RAISE EXCEPTION 'owner of partnership "%" must be a government partner', NEW.code
				USING ERRCODE = '23514', CONSTRAINT = 'partnership_owner_government';
		END IF;
	END IF;
	IF TG_OP = 'DELETE' THEN
		RETURN OLD;
	END IF;
	RETURN NEW;
END
$$;

-- Lock a partnership FOR SHARE (once per transaction) and refuse final ones.
CREATE FUNCTION bench_pl.lock_partnership(pid bigint, tab text)
	RETURNS void
	LANGUAGE plpgsql AS
$$
DECLARE
	st text;
	code text;
BEGIN
	IF current_setting('bench_pl.guard', true) = pid::text THEN
		RETURN;
	END IF;
	SELECT p.status::text, p.code INTO st, code FROM partnership.partnership p
	WHERE p.id = pid FOR SHARE;
	IF st IN ('completed', 'terminated') THEN
		RAISE EXCEPTION 'partnership "%" is %: rows of table "%" cannot be changed', code, st, tab
			USING ERRCODE = '55000';
	END IF;
	PERFORM set_config('bench_pl.guard', pid::text, true);
END
$$;

-- BEFORE INSERT OR UPDATE OR DELETE on the child tables.
CREATE FUNCTION bench_pl.guard()
	RETURNS trigger
	LANGUAGE plpgsql AS
$$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM bench_pl.lock_partnership(NEW.partnership_id, TG_TABLE_NAME);
		RETURN NEW;
	ELSIF TG_OP = 'UPDATE' THEN
		PERFORM bench_pl.lock_partnership(OLD.partnership_id, TG_TABLE_NAME);
		IF NEW.partnership_id <> OLD.partnership_id THEN
			PERFORM bench_pl.lock_partnership(NEW.partnership_id, TG_TABLE_NAME);
		END IF;
		RETURN NEW;
	END IF;
	PERFORM bench_pl.lock_partnership(OLD.partnership_id, TG_TABLE_NAME);
	RETURN OLD;
END
$$;

-- BEFORE TRUNCATE on every registry table: refused.
CREATE FUNCTION bench_pl.no_truncate()
	RETURNS trigger
	LANGUAGE plpgsql AS
$$
BEGIN
	RAISE EXCEPTION 'table "%" of the registry cannot be truncated', TG_TABLE_NAME
		USING ERRCODE = 'object_not_in_prerequisite_state';
END
$$;

-- BEFORE ROW on the partnership tables, partner and setting: the
-- multi-institution guard (doc/access.md), with the same decisions: off, or
-- a caller that bypasses row-level security, lets everything through; on,
-- a write must be to a partnership owned within the caller's institutions'
-- tree, a partner placed only within it, and the switch is the owner's.
CREATE FUNCTION bench_pl.institution_covers(partner bigint)
	RETURNS boolean
	LANGUAGE sql STABLE AS
$$
	WITH RECURSIVE up(id) AS (
		SELECT partner
		UNION
		SELECT x.parent_id FROM partnership.partner x JOIN up ON x.id = up.id
		WHERE x.parent_id IS NOT NULL)
	SELECT EXISTS (SELECT 1 FROM partnership.institution_role r JOIN up ON r.partner_id = up.id
		WHERE r.role_name = current_user)
$$;

CREATE FUNCTION bench_pl.institution()
	RETURNS trigger
	LANGUAGE plpgsql AS
$$
DECLARE
	o jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
	n jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
	bypass boolean := pg_has_role(current_user,
		(SELECT c.relowner FROM pg_class c WHERE c.oid = TG_RELID), 'USAGE')
		OR (SELECT r.rolbypassrls FROM pg_roles r WHERE r.rolname = current_user);
	pid bigint;
BEGIN
	IF TG_TABLE_NAME = 'setting' THEN
		IF 'multi_institution' IN (o ->> 'name', n ->> 'name') AND NOT bypass THEN
			RAISE EXCEPTION 'permission denied to change setting "multi_institution"'
				USING ERRCODE = 'insufficient_privilege';
		END IF;
	ELSIF coalesce((SELECT s.value FROM partnership.setting s WHERE s.name = 'multi_institution'), 0) <> 0
			AND NOT bypass THEN
		IF TG_TABLE_NAME = 'partner' THEN
			IF n IS NOT NULL AND (n -> 'parent_id') IS DISTINCT FROM (o -> 'parent_id')
				AND ((n ->> 'parent_id') IS NOT NULL AND NOT bench_pl.institution_covers((n ->> 'parent_id')::bigint)
					OR o IS NOT NULL AND ((o ->> 'parent_id') IS NULL OR (n ->> 'parent_id') IS NULL
						OR NOT bench_pl.institution_covers((o ->> 'parent_id')::bigint))) THEN
				RAISE EXCEPTION 'permission denied to move partner "%"', n ->> 'name'
					USING ERRCODE = 'insufficient_privilege';
			END IF;
		ELSE
			FOREACH pid IN ARRAY ARRAY[(o ->> CASE WHEN TG_TABLE_NAME = 'partnership' THEN 'id' ELSE 'partnership_id' END)::bigint,
					(n ->> CASE WHEN TG_TABLE_NAME = 'partnership' THEN 'id' ELSE 'partnership_id' END)::bigint] LOOP
				IF pid IS NOT NULL AND (TG_TABLE_NAME <> 'partnership' OR o IS NOT NULL)
					AND NOT coalesce((SELECT bench_pl.institution_covers(p.owner_id)
						FROM partnership.partnership p WHERE p.id = pid), false) THEN
					RAISE EXCEPTION 'permission denied for partnership %', pid
						USING ERRCODE = 'insufficient_privilege';
				END IF;
			END LOOP;
			IF TG_TABLE_NAME = 'partnership' AND n IS NOT NULL
				AND (n -> 'owner_id') IS DISTINCT FROM (o -> 'owner_id')
				AND ((n ->> 'owner_id') IS NULL OR NOT bench_pl.institution_covers((n ->> 'owner_id')::bigint)) THEN
				RAISE EXCEPTION 'permission denied to create partnership "%"', n ->> 'code'
					USING ERRCODE = 'insufficient_privilege';
			END IF;
		END IF;
	END IF;
	RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

-- AFTER UPDATE OF status on partnership and agreement: the state change
-- notifications, with the same payload.
CREATE FUNCTION bench_pl.notify()
	RETURNS trigger
	LANGUAGE plpgsql AS
$$
DECLARE
	ev text;
	pcode text;
	anumber text;
	owner bigint;
BEGIN
	IF OLD.status::text = NEW.status::text THEN
		RETURN NULL;
	END IF;
	IF TG_TABLE_NAME = 'agreement' THEN
		IF NEW.status::text <> 'signed' THEN
			RETURN NULL;
		END IF;
		ev := 'agreement_signed';
		anumber := NEW.number;
		SELECT p.code, p.owner_id INTO pcode, owner FROM partnership.partnership p WHERE p.id = NEW.partnership_id;
	ELSE
		ev := CASE NEW.status::text WHEN 'active' THEN 'partnership_activated'
			WHEN 'suspended' THEN 'partnership_suspended' WHEN 'completed' THEN 'partnership_completed'
			WHEN 'terminated' THEN 'partnership_terminated' END;
		IF ev IS NULL THEN
			RETURN NULL;
		END IF;
		pcode := NEW.code;
		owner := NEW.owner_id;
	END IF;
	PERFORM pg_notify('partnership_events', json_build_object('event', ev, 'partnership', pcode,
		'agreement', anumber,
		'institution', (SELECT pt.name FROM partnership.partner pt WHERE pt.id = owner),
		'at', now())::text);
	RETURN NULL;
END
$$;

-- BEFORE INSERT OR UPDATE OR DELETE on agreement.
CREATE FUNCTION bench_pl.agreement()
	RETURNS trigger
	LANGUAGE plpgsql AS
$$
DECLARE
	o text;
	n text;
	binding boolean;
	failures text[] := '{}';
	first text;
	r record;
	missing text;
	amended record;
BEGIN
	IF TG_OP = 'INSERT' THEN
		IF NEW.status::text <> 'draft' THEN
			RAISE EXCEPTION 'new agreement cannot start as "%"', NEW.status USING ERRCODE = '55000';
		END IF;
		IF NEW.amends_id IS NOT NULL AND (SELECT a.kind::text FROM partnership.agreement a
				WHERE a.id = NEW.amends_id) = 'mou' THEN
			RAISE EXCEPTION 'an addendum cannot amend an mou' USING ERRCODE = '23514',
				CONSTRAINT = 'agreement_amends';
		END IF;
		PERFORM FROM partnership.partnership p WHERE p.id = NEW.partnership_id FOR NO KEY UPDATE;
		NEW.version := coalesce((SELECT max(a.version) FROM partnership.agreement a
			WHERE a.partnership_id = NEW.partnership_id), 0) + 1;
		RETURN NEW;
	END IF;

	o := OLD.status::text;
	IF TG_OP = 'DELETE' THEN
		IF o <> 'draft' THEN
			RAISE EXCEPTION 'agreement % is %: it cannot be deleted', OLD.id, o USING ERRCODE = '55000';
		END IF;
		RETURN OLD;
	END IF;

	n := NEW.status::text;
	IF NEW.id <> OLD.id OR NEW.partnership_id <> OLD.partnership_id THEN
		RAISE EXCEPTION 'agreement % cannot move', OLD.id USING ERRCODE = '55000';
	END IF;
	IF NEW.version <> OLD.version THEN
		RAISE EXCEPTION 'the version of agreement % cannot change', OLD.id USING ERRCODE = '55000';
	END IF;

	IF o = 'draft' AND n = 'signed' THEN
		binding := NEW.kind::text <> 'mou';
		SELECT count(*) AS nparties, count(DISTINCT pr.sector) AS nsectors,
			count(*) FILTER (WHERE p.signatory_name IS NULL OR btrim(p.signatory_name) = ''
				OR p.signed_on IS NULL) AS nunsigned,
			count(*) FILTER (WHERE p.roles OPERATOR(partnership.=) '{}'::partnership.roleset) AS nroleless,
			count(*) FILTER (WHERE NOT EXISTS (SELECT FROM unnest(p.responsibilities) AS x(t)
				WHERE btrim(x.t) <> '')) AS nirresponsible,
			max(p.signed_on) AS last_signed
		INTO r
		FROM partnership.agreement_party p
		JOIN partnership.partner pr ON pr.id = p.partner_id
		WHERE p.agreement_id = NEW.id;
		IF r.nparties < 2 THEN failures := failures || 'agreement_parties'; END IF;
		IF r.nsectors < 2 THEN failures := failures || 'agreement_sectors'; END IF;
		IF r.nunsigned > 0 THEN failures := failures || 'agreement_signatures'; END IF;
		IF NOT EXISTS (SELECT FROM unnest(NEW.objectives) AS x(t) WHERE btrim(x.t) <> '') THEN
			failures := failures || 'agreement_objectives';
		END IF;
		IF NEW.effective_from IS NULL OR (binding AND NEW.effective_to IS NULL) THEN
			failures := failures || 'agreement_dates';
		END IF;
		IF binding THEN
			SELECT string_agg(k.code, ', ' ORDER BY k.code) INTO missing
			FROM partnership.clause_kind k
			WHERE k.required AND NOT EXISTS (SELECT FROM partnership.agreement_clause c
				WHERE c.partnership_id = NEW.partnership_id AND c.agreement_id = NEW.id
					AND c.kind = k.code);
			IF missing IS NOT NULL THEN failures := failures || 'agreement_clauses'; END IF;
			IF r.nroleless > 0 THEN failures := failures || 'agreement_roles'; END IF;
			IF r.nirresponsible > 0 THEN failures := failures || 'agreement_responsibilities'; END IF;
		END IF;
		IF NEW.kind::text = 'addendum' THEN
			SELECT a.kind::text AS kind, a.status::text AS status INTO amended
			FROM partnership.agreement a WHERE a.id = NEW.amends_id FOR UPDATE;
			IF NOT FOUND OR amended.kind = 'mou' OR amended.status <> 'signed' THEN
				failures := failures || 'agreement_amends';
			END IF;
		END IF;
		IF cardinality(failures) > 0 THEN
			first := failures[1];
			RAISE EXCEPTION 'agreement % cannot be signed: % requirements are not met',
				coalesce(NEW.number, '#' || NEW.id), cardinality(failures)
				USING ERRCODE = '23514', CONSTRAINT = first,
				DETAIL = array_to_string(failures, ', ');
		END IF;
		IF NEW.kind::text = 'addendum' THEN
			UPDATE partnership.agreement SET status = 'superseded' WHERE id = NEW.amends_id;
		END IF;
		IF NEW.signed_on IS NULL THEN
			NEW.signed_on := r.last_signed;
		END IF;
	ELSIF o = 'draft' THEN
		IF n <> 'draft' THEN
			RAISE EXCEPTION 'agreement % cannot move from draft to %', OLD.id, n USING ERRCODE = '55000';
		END IF;
		IF NEW.amends_id IS NOT NULL AND (SELECT a.kind::text FROM partnership.agreement a
				WHERE a.id = NEW.amends_id) = 'mou' THEN
			RAISE EXCEPTION 'an addendum cannot amend an mou' USING ERRCODE = '23514',
				CONSTRAINT = 'agreement_amends';
		END IF;
	ELSIF o = 'signed' AND n = 'superseded' THEN
		IF (to_jsonb(NEW) - 'status') <> (to_jsonb(OLD) - 'status') THEN
			RAISE EXCEPTION 'agreement % is signed', OLD.id USING ERRCODE = '55000';
		END IF;
	ELSIF o = 'signed' AND n = 'terminated' THEN
		IF (to_jsonb(NEW) - '{status,terminated_on,termination_reason}'::text[])
			<> (to_jsonb(OLD) - '{status,terminated_on,termination_reason}'::text[]) THEN
			RAISE EXCEPTION 'agreement % is signed', OLD.id USING ERRCODE = '55000';
		END IF;
	ELSIF o = 'signed' AND n <> 'signed' THEN
		RAISE EXCEPTION 'agreement % cannot move from signed to %', OLD.id, n USING ERRCODE = '55000';
	ELSIF NEW IS DISTINCT FROM OLD THEN
		RAISE EXCEPTION 'agreement % is %: it cannot be changed', OLD.id, o USING ERRCODE = '55000';
	END IF;
	RETURN NEW;
END
$$;

-- Lock an agreement FOR SHARE and refuse changes of its parts unless draft.
CREATE FUNCTION bench_pl.agreement_draft(aid bigint, tab text)
	RETURNS void
	LANGUAGE plpgsql AS
$$
DECLARE
	st text;
BEGIN
	SELECT a.status::text INTO st FROM partnership.agreement a WHERE a.id = aid FOR SHARE;
	IF st <> 'draft' THEN
		RAISE EXCEPTION 'agreement % is %: its % rows cannot be changed', aid, st, tab
			USING ERRCODE = '55000';
	END IF;
END
$$;

-- BEFORE INSERT OR UPDATE OR DELETE on agreement_party and agreement_clause.
CREATE FUNCTION bench_pl.agreement_part()
	RETURNS trigger
	LANGUAGE plpgsql AS
$$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM bench_pl.agreement_draft(NEW.agreement_id, TG_TABLE_NAME);
		RETURN NEW;
	END IF;
	PERFORM bench_pl.agreement_draft(OLD.agreement_id, TG_TABLE_NAME);
	IF TG_OP = 'UPDATE' THEN
		IF NEW.agreement_id <> OLD.agreement_id THEN
			PERFORM bench_pl.agreement_draft(NEW.agreement_id, TG_TABLE_NAME);
		END IF;
		RETURN NEW;
	END IF;
	RETURN OLD;
END
$$;

-- BEFORE INSERT OR UPDATE on disbursement.
CREATE FUNCTION bench_pl.disbursement()
	RETURNS trigger
	LANGUAGE plpgsql AS
$$
DECLARE
	committed numeric;
	paid numeric;
BEGIN
	SELECT c.amount INTO committed FROM partnership.commitment c
	WHERE c.id = NEW.commitment_id FOR UPDATE;
	IF NOT FOUND THEN
		RETURN NEW;
	END IF;
	SELECT sum(d.amount) INTO paid FROM partnership.disbursement d
	WHERE d.commitment_id = NEW.commitment_id AND d.id <> NEW.id;
	IF coalesce(paid, 0) + NEW.amount > committed THEN
		RAISE EXCEPTION 'disbursements of commitment % would exceed it', NEW.commitment_id
			USING ERRCODE = '23514', CONSTRAINT = 'disbursement_within_commitment';
	END IF;
	RETURN NEW;
END
$$;

-- BEFORE UPDATE on commitment.
CREATE FUNCTION bench_pl.commitment()
	RETURNS trigger
	LANGUAGE plpgsql AS
$$
BEGIN
	IF NEW.amount < (SELECT sum(d.amount) FROM partnership.disbursement d
			WHERE d.commitment_id = OLD.id) THEN
		RAISE EXCEPTION 'commitment % cannot be lowered below its disbursements', OLD.id
			USING ERRCODE = '23514', CONSTRAINT = 'disbursement_within_commitment';
	END IF;
	RETURN NEW;
END
$$;

-- BEFORE INSERT OR UPDATE OF joined_on, partnership_id on member: nobody
-- joins after the partnership's end.
CREATE FUNCTION bench_pl.member_dates()
	RETURNS trigger
	LANGUAGE plpgsql AS
$$
DECLARE
	p record;
BEGIN
	IF NEW.joined_on IS NULL THEN
		RETURN NEW;
	END IF;
	SELECT ends_on, code INTO p FROM partnership.partnership WHERE id = NEW.partnership_id;
	IF p.ends_on IS NOT NULL AND NEW.joined_on > p.ends_on THEN
		RAISE EXCEPTION 'a member cannot join partnership "%" after it ends', p.code
			USING ERRCODE = '23514', CONSTRAINT = 'member_dates_within_partnership';
	END IF;
	RETURN NEW;
END
$$;

-- BEFORE UPDATE OF ends_on on partnership: the new end is not before any
-- member's joined_on.
CREATE FUNCTION bench_pl.partnership_dates()
	RETURNS trigger
	LANGUAGE plpgsql AS
$$
BEGIN
	IF NEW.ends_on IS NULL OR (OLD.ends_on IS NOT NULL AND NEW.ends_on >= OLD.ends_on) THEN
		RETURN NEW;
	END IF;
	IF EXISTS (SELECT FROM partnership.member m
			WHERE m.partnership_id = NEW.id AND m.joined_on > NEW.ends_on) THEN
		RAISE EXCEPTION 'partnership "%" cannot end on %: a member joined after that',
			NEW.code, NEW.ends_on
			USING ERRCODE = '23514', CONSTRAINT = 'member_dates_within_partnership';
	END IF;
	RETURN NEW;
END
$$;

-- BEFORE UPDATE OR DELETE on evaluation.
CREATE FUNCTION bench_pl.evaluation()
	RETURNS trigger
	LANGUAGE plpgsql AS
$$
BEGIN
	IF OLD.status::text = 'closed' AND (TG_OP = 'DELETE' OR NEW IS DISTINCT FROM OLD) THEN
		RAISE EXCEPTION 'evaluation % is closed', OLD.id USING ERRCODE = '55000';
	END IF;
	IF TG_OP = 'DELETE' THEN
		RETURN OLD;
	END IF;
	RETURN NEW;
END
$$;

-- BEFORE INSERT OR UPDATE OR DELETE on response.
CREATE FUNCTION bench_pl.response()
	RETURNS trigger
	LANGUAGE plpgsql AS
$$
DECLARE
	st text;
BEGIN
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		SELECT e.status::text INTO st FROM partnership.evaluation e
		WHERE e.id = OLD.evaluation_id FOR SHARE;
		IF st = 'closed' THEN
			RAISE EXCEPTION 'evaluation % is closed', OLD.evaluation_id USING ERRCODE = '55000';
		END IF;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		SELECT e.status::text INTO st FROM partnership.evaluation e
		WHERE e.id = NEW.evaluation_id FOR SHARE;
		IF st = 'closed' THEN
			RAISE EXCEPTION 'evaluation % is closed', NEW.evaluation_id USING ERRCODE = '55000';
		END IF;
		RETURN NEW;
	END IF;
	RETURN OLD;
END
$$;

-- BEFORE INSERT OR UPDATE on partnership: an owner and starts_on from
-- proposed on; ended_on and end_reason only on a final partnership; the move
-- into completed or terminated sets ended_on and ends the agreements still
-- signed.
CREATE FUNCTION bench_pl.partnership_span()
	RETURNS trigger
	LANGUAGE plpgsql AS
$$
DECLARE
	o text := CASE WHEN TG_OP = 'UPDATE' THEN OLD.status::text END;
	n text := NEW.status::text;
	moved boolean := TG_OP = 'INSERT' OR o <> n;
BEGIN
	IF n <> 'draft' THEN
		IF NEW.owner_id IS NULL AND (moved OR OLD.owner_id IS NOT NULL) THEN
			RAISE EXCEPTION 'partnership "%" cannot be % without an owner', NEW.code, n
				USING ERRCODE = '23514', CONSTRAINT = 'partnership_owner_required';
		END IF;
		IF NEW.starts_on IS NULL AND (moved OR OLD.starts_on IS NOT NULL) THEN
			RAISE EXCEPTION 'partnership "%" cannot be % without starts_on', NEW.code, n
				USING ERRCODE = '23514', CONSTRAINT = 'partnership_starts_on_required';
		END IF;
	END IF;
	IF n NOT IN ('completed', 'terminated') THEN
		IF NEW.ended_on IS NOT NULL OR NEW.end_reason IS NOT NULL THEN
			RAISE EXCEPTION 'partnership "%" is %: ended_on and end_reason are set only at its end',
				NEW.code, n USING ERRCODE = '23514', CONSTRAINT = 'partnership_end_check';
		END IF;
		RETURN NEW;
	END IF;
	IF TG_OP = 'INSERT' OR o IN ('completed', 'terminated') THEN
		RETURN NEW;
	END IF;
	NEW.ended_on := coalesce(NEW.ended_on, current_date);
	IF NEW.ended_on > current_date OR NEW.ended_on < NEW.starts_on THEN
		RAISE EXCEPTION 'partnership "%" cannot end on %', NEW.code, NEW.ended_on
			USING ERRCODE = '23514', CONSTRAINT = 'partnership_ended_on_check';
	END IF;
	IF n = 'terminated' AND coalesce(btrim(NEW.end_reason), '') = '' THEN
		RAISE EXCEPTION 'partnership "%" cannot be terminated without a reason', NEW.code
			USING ERRCODE = '23514', CONSTRAINT = 'partnership_end_reason_check';
	END IF;
	UPDATE partnership.agreement
	SET status = 'terminated', terminated_on = NEW.ended_on,
		termination_reason = format('partnership "%s" %s on %s', NEW.code, n, NEW.ended_on)
			|| coalesce(': ' || NEW.end_reason, '')
	WHERE partnership_id = NEW.id AND status::text = 'signed';
	PERFORM set_config('bench_pl.guard', '', true);
	RETURN NEW;
END
$$;

-- BEFORE INSERT OR UPDATE OF the date on dated tables: TG_ARGV[0] the
-- column, TG_ARGV[1] the checks ('past', 'within').
CREATE FUNCTION bench_pl.row_date()
	RETURNS trigger
	LANGUAGE plpgsql AS
$$
DECLARE
	d date := (to_jsonb(NEW) ->> TG_ARGV[0])::date;
	od date;
	p record;
BEGIN
	IF d IS NULL THEN
		RETURN NEW;
	END IF;
	IF TG_OP = 'UPDATE' THEN
		od := (to_jsonb(OLD) ->> TG_ARGV[0])::date;
		IF od = d AND OLD.partnership_id = NEW.partnership_id THEN
			RETURN NEW;
		END IF;
	END IF;
	IF TG_ARGV[1] LIKE '%past%' AND d > current_date THEN
		RAISE EXCEPTION '% % of table "%" is in the future', TG_ARGV[0], d, TG_TABLE_NAME
			USING ERRCODE = '23514';
	END IF;
	IF TG_ARGV[1] LIKE '%within%' THEN
		SELECT starts_on, coalesce(ended_on, ends_on) AS end_on, code INTO p
		FROM partnership.partnership WHERE id = NEW.partnership_id;
		IF d < p.starts_on OR d > p.end_on THEN
			RAISE EXCEPTION '% % of table "%" is outside partnership "%"', TG_ARGV[0], d,
				TG_TABLE_NAME, p.code USING ERRCODE = '23514';
		END IF;
	END IF;
	RETURN NEW;
END
$$;

-- BEFORE UPDATE OF status on evaluation: closed only with responses, once
-- its period has ended.
CREATE FUNCTION bench_pl.evaluation_close()
	RETURNS trigger
	LANGUAGE plpgsql AS
$$
BEGIN
	IF OLD.status::text = 'open' AND NEW.status::text = 'closed' THEN
		IF NOT EXISTS (SELECT FROM partnership.response r WHERE r.evaluation_id = NEW.id) THEN
			RAISE EXCEPTION 'evaluation % cannot be closed without responses', NEW.id
				USING ERRCODE = '23514', CONSTRAINT = 'evaluation_responses_check';
		END IF;
		IF NEW.period_end > current_date THEN
			RAISE EXCEPTION 'evaluation % cannot be closed before its period ends', NEW.id
				USING ERRCODE = '23514', CONSTRAINT = 'evaluation_period_end_check';
		END IF;
	END IF;
	RETURN NEW;
END
$$;

-- AFTER INSERT, AFTER UPDATE and AFTER DELETE FOR EACH STATEMENT on every
-- registry table, with transition tables audit_new / audit_old, like the
-- extension's: one INSERT ... SELECT per statement.  TG_ARGV: the primary
-- key columns.  An UPDATE's old and new rows pair up by position.
CREATE FUNCTION bench_pl.audit()
	RETURNS trigger
	LANGUAGE plpgsql AS
$$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO partnership.audit (actor, session_actor, relation, operation,
			partnership_id, row_key, old, new)
		SELECT current_user, session_user, TG_TABLE_NAME, TG_OP,
			CASE WHEN TG_TABLE_NAME = 'partnership' THEN (x.j ->> 'id')::bigint
				ELSE (x.j ->> 'partnership_id')::bigint END,
			(SELECT jsonb_object_agg(k, x.j -> k) FROM unnest(TG_ARGV) AS k),
			NULL, x.j
		FROM (SELECT to_jsonb(n) AS j FROM audit_new n) AS x;
	ELSIF TG_OP = 'DELETE' THEN
		INSERT INTO partnership.audit (actor, session_actor, relation, operation,
			partnership_id, row_key, old, new)
		SELECT current_user, session_user, TG_TABLE_NAME, TG_OP,
			CASE WHEN TG_TABLE_NAME = 'partnership' THEN (x.j ->> 'id')::bigint
				ELSE (x.j ->> 'partnership_id')::bigint END,
			(SELECT jsonb_object_agg(k, x.j -> k) FROM unnest(TG_ARGV) AS k),
			x.j, NULL
		FROM (SELECT to_jsonb(o) AS j FROM audit_old o) AS x;
	ELSE
		INSERT INTO partnership.audit (actor, session_actor, relation, operation,
			partnership_id, row_key, old, new)
		SELECT current_user, session_user, TG_TABLE_NAME, TG_OP,
			CASE WHEN TG_TABLE_NAME = 'partnership' THEN (n.j ->> 'id')::bigint
				ELSE (n.j ->> 'partnership_id')::bigint END,
			(SELECT jsonb_object_agg(k, n.j -> k) FROM unnest(TG_ARGV) AS k),
			o.j, n.j
		FROM (SELECT to_jsonb(x) AS j, row_number() OVER () AS r FROM audit_old x) AS o
		JOIN (SELECT to_jsonb(x) AS j, row_number() OVER () AS r FROM audit_new x) AS n
			USING (r);
	END IF;
	RETURN NULL;
END
$$;

-- ------------------------------------------------------------------------
-- Installing in place of the extension's triggers
-- ------------------------------------------------------------------------

/*
 * For every enabled trigger of the extension on a registry table: create
 * its PL/pgSQL twin (same timing, events, deferral and arguments; the
 * audit twin gets the primary key columns as arguments) and disable the
 * original.  Catalogue triggers (tables the load does not write) stay.
 * Fails when a trigger on a table the load writes has no twin.
 */
CREATE FUNCTION bench_pl.install()
	RETURNS integer
	LANGUAGE plpgsql AS
$$
DECLARE
	t record;
	twin text;
	def text;
	pk text;
	n integer := 0;
BEGIN
	FOR t IN
		SELECT tg.oid, tg.tgname, c.relname, p.proname
		FROM pg_trigger tg
		JOIN pg_class c ON c.oid = tg.tgrelid
		JOIN pg_proc p ON p.oid = tg.tgfoid
		WHERE c.relnamespace = 'partnership'::regnamespace
			AND p.pronamespace = 'partnership'::regnamespace
			AND NOT tg.tgisinternal AND tg.tgenabled <> 'D'
		ORDER BY c.relname, tg.tgname
	LOOP
		twin := CASE t.proname
			WHEN 'partnership_lifecycle_trigger' THEN 'partnership_lifecycle'
			WHEN 'partnership_guard_trigger' THEN 'guard'
			WHEN 'agreement_trigger' THEN 'agreement'
			WHEN 'agreement_part_trigger' THEN 'agreement_part'
			WHEN 'disbursement_trigger' THEN 'disbursement'
			WHEN 'commitment_trigger' THEN 'commitment'
			WHEN 'evaluation_trigger' THEN 'evaluation'
			WHEN 'response_trigger' THEN 'response'
			WHEN 'audit_trigger' THEN 'audit'
			WHEN 'member_dates_trigger' THEN 'member_dates'
			WHEN 'partnership_dates_trigger' THEN 'partnership_dates'
			WHEN 'rules_activation' THEN 'rules_activation'
			WHEN 'rules_deferred' THEN 'rules_deferred'
			WHEN 'registry_truncate_trigger' THEN 'no_truncate'
			WHEN 'registry_notify_trigger' THEN 'notify'
			WHEN 'partnership_span_trigger' THEN 'partnership_span'
			WHEN 'registry_date_trigger' THEN 'row_date'
			WHEN 'evaluation_close_trigger' THEN 'evaluation_close'
			WHEN 'institution_guard' THEN 'institution'
			END;
		IF twin IS NULL THEN
			IF t.relname IN ('partnership', 'member', 'agreement', 'agreement_party',
					'agreement_clause', 'commitment', 'activity', 'assignment') THEN
				RAISE EXCEPTION 'trigger % on % (function %) has no PL/pgSQL twin',
					t.tgname, t.relname, t.proname;
			END IF;
			CONTINUE;
		END IF;
		def := pg_get_triggerdef(t.oid);
		def := replace(def, 'partnership.' || t.proname || '(', 'bench_pl.' || twin || '(');
		def := regexp_replace(def, '^CREATE (CONSTRAINT )?TRIGGER ' || t.tgname || ' ',
			'CREATE \1TRIGGER pl_' || t.tgname || ' ');
		IF twin = 'audit' THEN
			SELECT string_agg(quote_literal(a.attname), ', ' ORDER BY k.n) INTO pk
			FROM pg_index i
			CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
			JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
			WHERE i.indrelid = ('partnership.' || t.relname)::regclass AND i.indisprimary;
			def := replace(def, 'bench_pl.audit()', 'bench_pl.audit(' || pk || ')');
		END IF;
		EXECUTE def;
		EXECUTE format('ALTER TABLE partnership.%I DISABLE TRIGGER %I', t.relname, t.tgname);
		n := n + 1;
	END LOOP;
	RETURN n;
END
$$;

-- The extension runs its rule and signing checks with the planner kept on
-- the indexes (src/registry/plan_shape.c); the PL/pgSQL twins get the same, the way
-- a DBA would write it: SET clauses on the functions.
ALTER FUNCTION bench_pl.check(bigint) SET enable_seqscan = off;
ALTER FUNCTION bench_pl.check(bigint) SET enable_bitmapscan = off;
ALTER FUNCTION bench_pl.check(bigint) SET enable_hashjoin = off;
ALTER FUNCTION bench_pl.check(bigint) SET enable_mergejoin = off;
ALTER FUNCTION bench_pl.check(bigint) SET jit = off;
ALTER FUNCTION bench_pl.agreement() SET enable_seqscan = off;
ALTER FUNCTION bench_pl.agreement() SET enable_bitmapscan = off;
ALTER FUNCTION bench_pl.agreement() SET enable_hashjoin = off;
ALTER FUNCTION bench_pl.agreement() SET enable_mergejoin = off;
ALTER FUNCTION bench_pl.agreement() SET jit = off;
