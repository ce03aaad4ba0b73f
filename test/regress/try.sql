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
--
-- try_commit(sql, full_text): as try(), but the deferred checks a commit
-- would run (SET CONSTRAINTS ALL IMMEDIATE) run too, and the statement's
-- changes are always rolled back: 'ok' is what COMMIT would have done.
--
CREATE FUNCTION pg_temp.try_commit(sql text, full_text boolean DEFAULT false) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
DECLARE state text; msg text; det text; hint text; cons text;
BEGIN
	EXECUTE sql;
	SET CONSTRAINTS ALL IMMEDIATE;
	SET CONSTRAINTS ALL DEFERRED;
	RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'try_commit: rollback';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
		det = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT, cons = CONSTRAINT_NAME;
	IF state = 'P0001' AND msg = 'try_commit: rollback' THEN
		RETURN 'ok';
	END IF;
	RETURN state || ': ' || msg || coalesce(' [' || nullif(cons, '') || ']', '')
		|| CASE WHEN full_text THEN coalesce(E'\nDETAIL: ' || nullif(det, ''), '')
			|| coalesce(E'\nHINT: ' || nullif(hint, ''), '') ELSE '' END;
END $$;
