--
-- try(sql, full_text): run one statement and say how it went, for the
-- pg_regress files that show errors beside successes: 'ok', or the
-- SQLSTATE, the message and the constraint name; with full_text also the
-- detail and the hint.  Included with \ir from sql/*.sql (a pg_temp
-- function: once per session, again after \c).  Its search_path is pinned,
-- so that the shadowing objects some tests plant cannot reach it.
--
CREATE FUNCTION pg_temp.try(sql text, full_text boolean DEFAULT false) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE state text; msg text; det text; hint text; cons text;
BEGIN
	EXECUTE sql;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
		det = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT, cons = CONSTRAINT_NAME;
	RETURN state || ': ' || msg || coalesce(' [' || nullif(cons, '') || ']', '')
		|| CASE WHEN full_text THEN coalesce(E'\nDETAIL: ' || nullif(det, ''), '')
			|| coalesce(E'\nHINT: ' || nullif(hint, ''), '') ELSE '' END;
END $$;
