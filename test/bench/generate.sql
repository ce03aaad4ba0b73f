-- test/bench/generate.sql
--
-- Deterministic generator of a synthetic registry, for the benchmarks
-- P1, P2, P4 and P6 (doc/performance.md).  Bench-only: it lives in schema
-- "bench" of the benchmark's throwaway database, never in the extension.
--
-- What it builds, for partnership number i (1, 2, ...), depends on i alone
-- (hash-based, no random() state), and on the day it runs (dates are
-- relative to CURRENT_DATE, so that the agreements are in force today):
--   * the four types in turn: i mod 4 = formal/strategic, informal/strategic,
--     formal/operational, informal/operational;
--   * 5 to 7 members (6 on average) from a shared pool of partners of all
--     seven sectors: a government lead (also the owner), a funder (private,
--     or a second government agency), a nonprofit implementer, an advisor,
--     provider or manager, a community beneficiary, an independent
--     evaluator (academia, media, international or nonprofit), sometimes a
--     provider from the media or the private sector;
--   * a signed agreement: a binding "pks" with every required clause kind
--     (and one optional) for formal partnerships, a non-binding "mou" with
--     three clauses for informal ones; every member is a party, with the
--     member's roles, a responsibility and a signature;
--   * a cash commitment per funder, an in-kind commitment of the lead;
--   * three activities, each with a RACI of four members (one A);
--   * the moves draft -> proposed -> active.
--
-- The statements are those an application issues: one multi-row INSERT
-- per table and partnership (rows of one partnership together), the
-- signing UPDATE, two status UPDATEs.  bench.load(first, last) runs them
-- for partnerships first..last, ONE TRANSACTION PER PARTNERSHIP (it
-- commits after each), so the deferred rule checks run once per
-- partnership at its commit, as in real use.  Every variant of the
-- benchmarks (enforcement on, triggers off, PL/pgSQL rules) runs exactly
-- these statements.
--
-- bench.load_one(i, defect) can also build a deliberately broken
-- partnership (left in draft), used to check that the PL/pgSQL rules of
-- test/bench/plpgsql_rules.sql agree with partnership.check().

CREATE SCHEMA bench;
COMMENT ON SCHEMA bench IS 'benchmark generator (test/bench/generate.sql); not part of the extension';

-- A non-negative pseudo-random integer from (i, k), stable across runs.
CREATE FUNCTION bench.h(i bigint, k integer)
	RETURNS integer
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	AS 'SELECT pg_catalog.hashint8($1 * 1000 + $2) & 2147483647';

-- CPU time (user + system, in clock ticks) this backend has used so far,
-- from /proc (Linux; superuser).  The benchmarks time the server's work
-- with it, which other load on a shared machine disturbs far less than
-- the wall clock.
CREATE FUNCTION bench.cpu_ticks()
	RETURNS bigint
	LANGUAGE sql VOLATILE AS
$$
	SELECT f[12]::bigint + f[13]::bigint
	FROM (SELECT regexp_split_to_array(
		split_part(pg_read_file('/proc/self/stat'), ') ', 2), ' ') AS f) AS s
$$;

-- The partner pool: one contiguous block of ids per sector.
CREATE TABLE bench.pool (
	sector text PRIMARY KEY,
	ord integer NOT NULL,
	first_id bigint NOT NULL,
	n integer NOT NULL
);

-- Create the shared pool of partners (about 30% government).
CREATE FUNCTION bench.make_partners(total integer)
	RETURNS void
	LANGUAGE plpgsql AS
$$
DECLARE
	s record;
	cnt integer;
	lo bigint;
	hi bigint;
BEGIN
	FOR s IN SELECT * FROM (VALUES
			(1, 'government', 30), (2, 'private', 20), (3, 'nonprofit', 15),
			(4, 'community', 15), (5, 'academia', 10), (6, 'media', 5),
			(7, 'international', 5)) AS v(ord, sector, pct)
		ORDER BY ord
	LOOP
		cnt := greatest(12, total * s.pct / 100);
		WITH ins AS (
			INSERT INTO partnership.partner (name, sector, iati_ref)
			SELECT format('%s organisation %s', initcap(s.sector), g),
				s.sector::partnership.sector,
				format('XB-%s%s', upper(left(s.sector, 3)), g)
			FROM generate_series(1, cnt) AS g
			ORDER BY g
			RETURNING id)
		SELECT min(id), max(id) INTO lo, hi FROM ins;
		IF hi - lo + 1 <> cnt THEN
			RAISE EXCEPTION 'partner ids of sector % are not contiguous', s.sector;
		END IF;
		INSERT INTO bench.pool VALUES (s.sector, s.ord, lo, cnt);
	END LOOP;
END
$$;

/*
 * Build partnership number i; returns its id.  defect = NULL builds a valid
 * partnership and activates it; any other value builds a draft with that
 * defect (see the CASE expressions below; 'none' = valid draft).
 */
CREATE FUNCTION bench.load_one(i bigint, defect text DEFAULT NULL)
	RETURNS bigint
	LANGUAGE plpgsql AS
$$
DECLARE
	d text := coalesce(defect, '');
	formal boolean := i % 2 = 1;
	strategic boolean := (i / 2) % 2 = 0;
	nm integer := 5 + bench.h(i, 1) % 3;
	slots integer[];
	sect text[];
	rol text[];
	prol text[];
	ids bigint[];
	joined date[];
	left_ date[];
	starts date;
	ends date;
	pid bigint;
	aid bigint;
	acts bigint[];
	clauses text[];
	ag_to date;
BEGIN
	IF d = 'late_member' OR d = 'left_assignee' THEN
		nm := 7;
	END IF;
	IF strategic THEN
		starts := current_date - bench.h(i, 2) % 365;
		ends := (starts + (CASE WHEN d = 'horizon_short' THEN 12 ELSE 48 END)
			* interval '1 month' - interval '1 day')::date;
	ELSE
		starts := current_date - bench.h(i, 2) % 60;
		ends := (starts + interval '10 months' - interval '1 day')::date;
	END IF;
	IF d <> '' THEN
		starts := current_date - 30 - bench.h(i, 2) % 30;
		ends := (starts + (CASE WHEN NOT strategic THEN 10
			WHEN d = 'horizon_short' THEN 12 ELSE 48 END) * interval '1 month' - interval '1 day')::date;
	END IF;
	ag_to := CASE WHEN d = 'expiring' THEN current_date + 30
		WHEN d = 'long_agreement' THEN (starts + interval '6 years')::date ELSE ends END;

	-- Slots 1..7: sector and roles; nm = 5 drops slot 5, nm = 6 slot 7.
	slots := CASE nm WHEN 5 THEN ARRAY[1, 2, 3, 4, 6]
		WHEN 6 THEN ARRAY[1, 2, 3, 4, 5, 6] ELSE ARRAY[1, 2, 3, 4, 5, 6, 7] END;
	sect := ARRAY[
		CASE WHEN d IN ('no_government') THEN 'private' ELSE 'government' END,
		CASE WHEN bench.h(i, 3) % 4 = 0 THEN 'government' ELSE 'private' END,
		'nonprofit',
		(ARRAY['academia', 'community', 'private', 'nonprofit'])[1 + bench.h(i, 4) % 4],
		'community',
		(ARRAY['academia', 'media', 'international', 'nonprofit'])[1 + bench.h(i, 5) % 4],
		(ARRAY['media', 'private'])[1 + bench.h(i, 6) % 2]];
	IF d = 'one_sector' THEN
		sect := array_fill('government'::text, ARRAY[7]);
	END IF;
	rol := ARRAY[
		CASE WHEN bench.h(i, 7) % 3 = 0 THEN '{lead,funder}' ELSE '{lead}' END,
		'{funder}',
		CASE WHEN d = 'two_leads' THEN '{lead,implementer}' ELSE '{implementer}' END,
		(ARRAY['{advisor}', '{provider}', '{manager}'])[1 + bench.h(i, 8) % 3],
		'{beneficiary}',
		CASE WHEN d = 'evaluator_conflict' THEN '{evaluator,implementer}'
			WHEN d = 'no_evaluator' THEN '{advisor}' ELSE '{evaluator}' END,
		'{provider}'];
	IF d = 'no_lead' THEN
		rol[1] := '{manager}';
	END IF;
	-- The agreement gives each party the member's roles, except where a
	-- defect makes the member row itself wrong.
	prol := rol;
	IF d = 'roleless' THEN
		rol[4] := '{}';
	END IF;

	-- Distinct partners: slot k of sector s takes index (h(i, s) + k) mod n.
	SELECT array_agg(p.first_id + (bench.h(i, 10 + p.ord) + s.k) % p.n ORDER BY s.k)
	INTO ids
	FROM unnest(sect) WITH ORDINALITY AS s(sector, k)
	JOIN bench.pool p ON p.sector = s.sector
	WHERE s.k = ANY (slots);
	sect := ARRAY(SELECT sect[k] FROM unnest(slots) AS k);
	rol := ARRAY(SELECT rol[k] FROM unnest(slots) AS k);
	prol := ARRAY(SELECT prol[k] FROM unnest(slots) AS k);
	-- Positions (in the arrays above) of the members the RACI uses.
	joined := array_fill(starts, ARRAY[nm]);
	left_ := array_fill(NULL::date, ARRAY[nm]);
	IF nm = 7 THEN
		joined[7] := CASE WHEN d = 'late_member' THEN current_date - 1 ELSE starts END;
		IF d = 'late_member' THEN
			sect[7] := 'media';
			ids[7] := (SELECT first_id + bench.h(i, 16) % n FROM bench.pool
				WHERE sector = 'media');
		END IF;
	END IF;
	IF d = 'left_assignee' THEN
		left_[4] := current_date;
	END IF;

	INSERT INTO partnership.partnership (code, name, formality, horizon,
		starts_on, ends_on, objectives, owner_id, description)
	VALUES (format('BP-%s', lpad(i::text, greatest(7, length(i::text)), '0')),
		format('Benchmark partnership %s', i),
		CASE WHEN formal THEN 'formal' ELSE 'informal' END::partnership.formality,
		CASE WHEN strategic THEN 'strategic' ELSE 'operational' END::partnership.horizon,
		starts, ends,
		CASE WHEN d = 'no_objectives' THEN ARRAY[' ']
			ELSE ARRAY['Improve local services', format('Reach %s households', 100 + bench.h(i, 9) % 900)] END,
		-- an owner is required from proposed on; without a government
		-- member, a government partner outside the partnership owns it
		CASE WHEN d = 'no_government' THEN (SELECT first_id FROM bench.pool
			WHERE sector = 'government') ELSE ids[1] END,
		'Generated by test/bench/generate.sql')
	RETURNING id INTO pid;

	INSERT INTO partnership.member (partnership_id, partner_id, roles, title,
		joined_on, left_on, influence, interest)
	SELECT pid, m.id, m.roles::partnership.roleset,
		CASE WHEN m.k = 1 THEN 'Koordinator' END,
		m.joined, m.left_, 1 + bench.h(i, 20 + m.k::integer) % 5,
		1 + bench.h(i, 30 + m.k::integer) % 5
	FROM unnest(ids, rol, joined, left_) WITH ORDINALITY AS m(id, roles, joined, left_, k);

	IF d <> 'no_agreement' THEN
		INSERT INTO partnership.agreement (partnership_id, kind, number, title,
			effective_from, effective_to, objectives)
		VALUES (pid, CASE WHEN formal THEN 'pks' ELSE 'mou' END::partnership.agreement_kind,
			format('%s/BENCH/%s', CASE WHEN formal THEN 'PKS' ELSE 'MOU' END, i),
			format('Agreement of partnership %s', i),
			starts, ag_to, ARRAY['Improve local services'])
		RETURNING id INTO aid;

		INSERT INTO partnership.agreement_party (agreement_id, partnership_id,
			partner_id, roles, responsibilities, signatory_name, signatory_title,
			signed_on)
		SELECT aid, pid, m.id,
			(CASE WHEN d = 'party_roles_differ' AND m.k = 3 THEN '{implementer,advisor}'
				ELSE m.roles END)::partnership.roleset,
			ARRAY[format('Responsibility %s of partner %s', m.k, m.id)],
			format('Signatory %s', m.k), 'Kepala', starts
		FROM unnest(ids, prol) WITH ORDINALITY AS m(id, roles, k)
		WHERE NOT (d = 'party_missing' AND m.k = 4);

		clauses := CASE WHEN formal THEN
			ARRAY['object', 'rights_obligations', 'duration', 'funding', 'governance',
				'monitoring', 'dispute_resolution', 'termination', 'force_majeure',
				'reporting']
			ELSE ARRAY['object', 'rights_obligations', 'duration'] END;
		INSERT INTO partnership.agreement_clause (agreement_id, partnership_id,
			kind, article, body)
		SELECT aid, pid, c.kind, format('Pasal %s', c.n),
			format('Clause on %s of agreement %s.', c.kind, i)
		FROM unnest(clauses) WITH ORDINALITY AS c(kind, n);

		IF d NOT IN ('unsigned', 'one_sector') THEN
			UPDATE partnership.agreement SET status = 'signed', signed_on = starts
			WHERE id = aid;
		END IF;
	END IF;

	-- A cash commitment per funder, an in-kind one of a lead that does not fund.
	INSERT INTO partnership.commitment (partnership_id, partner_id, kind, amount,
		currency, committed_on, description)
	SELECT pid, m.id,
		CASE WHEN m.roles LIKE '%funder%' THEN 'cash' ELSE 'in_kind' END::partnership.commitment_kind,
		1000000 * (1 + bench.h(i, 40 + m.k::integer) % 500), 'IDR', starts,
		'Committed by the generator'
	FROM unnest(ids, rol) WITH ORDINALITY AS m(id, roles, k)
	WHERE (m.roles LIKE '%funder%' AND NOT (d = 'funder_uncommitted' AND m.k = 2))
		OR (m.k = 1 AND m.roles NOT LIKE '%funder%');

	WITH ins AS (
		INSERT INTO partnership.activity (partnership_id, name, due_on, status)
		SELECT pid, format('Activity %s of partnership %s', a, i),
			starts + 90 * a, 'planned'
		FROM generate_series(1, 3) AS a
		RETURNING id)
	SELECT array_agg(id ORDER BY id) INTO acts FROM ins;

	-- RACI: the lead is accountable, the implementer responsible, slot 4
	-- consulted, the evaluator informed (positions 1, 3, 4 and 5 or 6).
	INSERT INTO partnership.assignment (activity_id, partnership_id, partner_id, raci)
	SELECT acts[a], pid, ids[r.pos],
		(CASE WHEN d = 'no_accountable' AND a = 1 AND r.raci = 'A' THEN 'R'
			WHEN d = 'two_accountable' AND a = 2 AND r.raci = 'C' THEN 'A'
			ELSE r.raci END)::partnership.raci
	FROM generate_series(1, 3) AS a,
		(VALUES (1, 'A'), (3, 'R'), (4, 'C'), (array_position(slots, 6), 'I')) AS r(pos, raci);

	IF d = 'risk' THEN
		INSERT INTO partnership.risk (partnership_id, challenge, description,
			likelihood, impact, mitigation, owner_id, status)
		VALUES (pid, 'funding', 'Funding may stop', 4, 4, NULL, ids[1], 'open');
	END IF;

	IF defect IS NULL THEN
		UPDATE partnership.partnership SET status = 'proposed' WHERE id = pid;
		UPDATE partnership.partnership SET status = 'active' WHERE id = pid;
	END IF;
	RETURN pid;
END
$$;

-- Partnerships first..last, one transaction each.
CREATE PROCEDURE bench.load(first bigint, last bigint)
	LANGUAGE plpgsql AS
$$
BEGIN
	FOR i IN first .. last LOOP
		PERFORM bench.load_one(i);
		COMMIT;
	END LOOP;
END
$$;

-- The deliberately broken partnerships (drafts), numbered from first.
CREATE FUNCTION bench.defects()
	RETURNS SETOF text
	LANGUAGE sql IMMUTABLE AS
$$
	SELECT unnest(ARRAY['none', 'no_objectives', 'one_sector', 'no_government',
		'two_leads', 'no_lead', 'roleless', 'evaluator_conflict', 'no_evaluator',
		'funder_uncommitted', 'no_agreement', 'unsigned', 'party_missing',
		'party_roles_differ', 'no_accountable', 'two_accountable', 'left_assignee',
		'horizon_short', 'expiring', 'late_member', 'long_agreement', 'risk'])
$$;

CREATE FUNCTION bench.load_broken(first bigint)
	RETURNS SETOF bigint
	LANGUAGE plpgsql AS
$$
DECLARE
	d text;
	n bigint := first;
BEGIN
	-- every defect on each of the four types
	FOR d IN SELECT * FROM bench.defects() LOOP
		FOR t IN 0 .. 3 LOOP
			RETURN NEXT bench.load_one(n + t, d);
		END LOOP;
		n := n + 4;
	END LOOP;
END
$$;

/*
 * For the lookup benchmarks (P4, P6): give every fourth partnership of
 * ids lo..hi a closed evaluation with a response of every current member
 * to every criterion, an indicator with two measurements, a disbursement
 * and a mitigated high risk, so that the views' per-partnership lookups
 * have their evaluation, funding and risk rows to read.  Set-based: one
 * statement per table for the whole range.
 */
CREATE FUNCTION bench.enrich(lo bigint, hi bigint)
	RETURNS void
	LANGUAGE plpgsql AS
$$
BEGIN
	INSERT INTO partnership.evaluation (partnership_id, kind, period_end, status)
	SELECT p.id, 'monitoring', greatest(current_date - 10, p.starts_on), 'open'
	FROM partnership.partnership p
	WHERE p.id BETWEEN lo AND hi AND p.id % 4 = 0;

	INSERT INTO partnership.response (evaluation_id, partnership_id, respondent_id,
		criterion, score)
	SELECT e.id, e.partnership_id, m.partner_id, c.code,
		1 + bench.h(e.id * 64 + m.partner_id % 64, length(c.code)) % 5
	FROM partnership.evaluation e
	JOIN partnership.member m ON m.partnership_id = e.partnership_id
	CROSS JOIN partnership.criterion c
	WHERE e.partnership_id BETWEEN lo AND hi AND e.status::text = 'open';

	UPDATE partnership.evaluation SET status = 'closed'
	WHERE partnership_id BETWEEN lo AND hi AND status::text = 'open';

	WITH ind AS (
		INSERT INTO partnership.indicator (partnership_id, code, name, unit,
			direction, aggregation, baseline, target, target_on)
		SELECT p.id, 'HH', 'Households reached', 'households', 'increase',
			'incremental', 0, 1000, p.ends_on
		FROM partnership.partnership p
		WHERE p.id BETWEEN lo AND hi AND p.id % 4 = 0
		RETURNING id, partnership_id)
	INSERT INTO partnership.measurement (indicator_id, partnership_id, period_end, value)
	SELECT ind.id, ind.partnership_id, current_date - 10 * k, 100 * k
	FROM ind
	JOIN partnership.partnership p ON p.id = ind.partnership_id,
		generate_series(1, 2) AS k
	-- measured periods lie within the partnership's dates
	WHERE current_date - 10 * k >= p.starts_on;

	INSERT INTO partnership.disbursement (commitment_id, partnership_id, amount, paid_on)
	SELECT c.id, c.partnership_id, c.amount / 2, greatest(current_date - 5, p.starts_on)
	FROM partnership.commitment c
	JOIN partnership.partnership p ON p.id = c.partnership_id
	WHERE c.partnership_id BETWEEN lo AND hi AND c.partnership_id % 4 = 0;

	INSERT INTO partnership.risk (partnership_id, challenge, description, likelihood,
		impact, mitigation, owner_id, status)
	SELECT p.id, 'coordination', 'Members may not coordinate', 4, 3,
		'Monthly coordination meeting', p.owner_id, 'open'
	FROM partnership.partnership p
	WHERE p.id BETWEEN lo AND hi AND p.id % 4 = 0 AND p.owner_id IS NOT NULL;
END
$$;

-- P4 and P6: the partnerships the calls look up, `calls` pseudo-random
-- ids of the visible ones (salt picks the sequence).  Drawn before the
-- timed calls: reading every id of the registry grows with it (5 ms at
-- 100 000 partnerships), and that is not the lookup being measured.
CREATE FUNCTION bench.sample_ids(calls integer, salt integer)
	RETURNS bigint[]
	LANGUAGE plpgsql STABLE AS
$$
DECLARE
	ids bigint[] := ARRAY(SELECT id FROM partnership.partnership ORDER BY id);
BEGIN
	RETURN ARRAY(SELECT ids[1 + bench.h(k, salt) % cardinality(ids)]
		FROM generate_series(1, calls) AS k ORDER BY k);
END
$$;

-- P4: milliseconds for one call of check() on each of ids.
CREATE FUNCTION bench.time_check(ids bigint[])
	RETURNS float8
	LANGUAGE plpgsql AS
$$
DECLARE
	t0 timestamptz;
	c bigint;
BEGIN
	t0 := clock_timestamp();
	FOR k IN 1 .. cardinality(ids) LOOP
		SELECT count(*) INTO c FROM partnership.check(ids[k]);
	END LOOP;
	RETURN extract(epoch FROM clock_timestamp() - t0) * 1000;
END
$$;

-- P6: milliseconds for one lookup of the report row of each of ids.
CREATE FUNCTION bench.time_report(ids bigint[])
	RETURNS float8
	LANGUAGE plpgsql AS
$$
DECLARE
	t0 timestamptz;
	r record;
BEGIN
	t0 := clock_timestamp();
	FOR k IN 1 .. cardinality(ids) LOOP
		SELECT * INTO r FROM partnership_report.partnerships
		WHERE partnership_id = ids[k];
	END LOOP;
	RETURN extract(epoch FROM clock_timestamp() - t0) * 1000;
END
$$;

/*
 * Multi-institution mode at the top (BENCH_MULTI_INSTITUTION=top): one
 * province above every government partner of the pool, as forty Dinas
 * (each with the pool's government partners below it, by id) below one
 * Pemerintah Provinsi; returns the province's id.  A role mapped to it
 * reads every partnership, as a Bappeda does (doc/access.md); one mapped
 * to a Dinas reads about a fortieth.
 */
CREATE FUNCTION bench.institution_top()
	RETURNS bigint
	LANGUAGE plpgsql AS
$$
DECLARE
	top bigint;
BEGIN
	INSERT INTO partnership.partner (name, sector)
	VALUES ('Pemerintah Provinsi Bench', 'government') RETURNING id INTO top;
	INSERT INTO partnership.partner (name, sector, parent_id)
	SELECT format('Dinas Bench %s', k), 'government', top
	FROM generate_series(1, 40) AS k ORDER BY k;
	WITH dinas AS (
		SELECT id, row_number() OVER (ORDER BY id) - 1 AS k
		FROM partnership.partner WHERE parent_id = top)
	UPDATE partnership.partner p SET parent_id = dinas.id
	FROM dinas, bench.pool g
	WHERE g.sector = 'government' AND p.id BETWEEN g.first_id AND g.first_id + g.n - 1
	  AND p.id % 40 = dinas.k;
	RETURN top;
END
$$;
