
/* ------------------------------------------------------------------------
 * grant_access() (SPEC 10): the three levels of access a DBA hands out.
 *
 * SECURITY INVOKER on purpose: the function only spells out the GRANTs, and
 * they succeed only when the caller could have typed them (the owner of the
 * extension's objects, a superuser, or a role holding them WITH GRANT
 * OPTION).  As SECURITY DEFINER, any role allowed to execute it could
 * grant itself admin.  No roles are created, nothing is granted to PUBLIC.
 * ------------------------------------------------------------------------
 */

CREATE FUNCTION @extschema@.grant_access(role pg_catalog.regrole, level pg_catalog.text)
	RETURNS void
	LANGUAGE plpgsql VOLATILE STRICT SECURITY INVOKER
	SET search_path = pg_catalog, pg_temp
	AS $$
DECLARE
	lvl text := pg_catalog.lower(pg_catalog.btrim(level));
	grade int;
	catalogues constant text[] := ARRAY['clause_kind', 'criterion', 'rule', 'setting'];
	t record;
	seq text;
BEGIN
	grade := CASE
		WHEN lvl IN ('read', 'baca') THEN 1
		WHEN lvl IN ('write', 'tulis') THEN 2
		WHEN lvl IN ('admin', 'administrator') THEN 3
	END;
	IF grade IS NULL THEN
		RAISE EXCEPTION 'unknown access level "%"', level
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = 'grant_access() grants one of three levels to a role.',
				HINT = 'Use read (baca), write (tulis) or admin.';
	END IF;
	IF role::pg_catalog.oid = 0 THEN
		RAISE EXCEPTION 'access cannot be granted to PUBLIC'
			USING ERRCODE = 'invalid_parameter_value',
				HINT = 'Grant to a role, and grant that role to the users.';
	END IF;

	/* read: both schemas, every report view, and what the views read. */
	EXECUTE pg_catalog.format('GRANT USAGE ON SCHEMA %I, %I TO %s',
		'@extschema@', 'partnership_report', role);
	EXECUTE pg_catalog.format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %s',
		'partnership_report', role);

	FOR t IN
		SELECT c.relname::text AS relname
		FROM pg_catalog.pg_class c
		WHERE c.relnamespace = '@extschema@'::pg_catalog.regnamespace
		  AND c.relkind IN ('r', 'p')
		ORDER BY c.relname
	LOOP
		CONTINUE WHEN t.relname = 'audit';
		EXECUTE pg_catalog.format('GRANT SELECT ON %I.%I TO %s', '@extschema@', t.relname, role);

		IF grade >= 2 AND (t.relname <> ALL (catalogues) OR grade >= 3) THEN
			EXECUTE pg_catalog.format('GRANT INSERT, UPDATE, DELETE ON %I.%I TO %s',
				'@extschema@', t.relname, role);
			FOR seq IN
				SELECT s.oid::pg_catalog.regclass::text
				FROM pg_catalog.pg_depend d
				JOIN pg_catalog.pg_class s ON s.oid = d.objid AND s.relkind = 'S'
				WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
				  AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
				  AND d.refobjid = pg_catalog.format('%I.%I', '@extschema@', t.relname)::pg_catalog.regclass
				  AND d.deptype IN ('a', 'i')
			LOOP
				EXECUTE pg_catalog.format('GRANT USAGE ON SEQUENCE %s TO %s', seq, role);
			END LOOP;
		END IF;
	END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.grant_access(pg_catalog.regrole, pg_catalog.text) IS 'grant a role one access level: read (baca: the report views and SELECT on the tables they read), write (tulis: read plus INSERT, UPDATE, DELETE on the registry tables, not audit) or admin (write plus the catalogues clause_kind, criterion, rule, setting); runs with the caller''s rights';
