
/* ------------------------------------------------------------------------
 * grant_access() (doc/security.md#roles-and-levels): the three levels of access a DBA hands out.
 *
 * SECURITY INVOKER on purpose: the function only spells out the GRANTs, and
 * they run with the caller's rights, so it grants nothing the caller could
 * not grant by hand (the owner of the extension's objects, a superuser, or
 * a role holding the privileges WITH GRANT OPTION).  As SECURITY DEFINER,
 * any role allowed to execute it could grant itself admin.  Every
 * privilege is checked before the first GRANT, so a caller without the
 * right gets one clear error (42501) instead of PostgreSQL's per-object
 * "no privileges were granted" warnings and a half-granted role.
 * No roles are created, nothing is granted to PUBLIC.
 * ------------------------------------------------------------------------
 */

/*
 * What a level needs: (kind, object, privileges).  read (1): both schemas,
 * the report views, SELECT on every table but audit (the views are
 * security_invoker, so their reader needs the tables); write (2): INSERT,
 * UPDATE, DELETE on the registry tables and USAGE on their identity
 * sequences, and the staging tables of the import with USAGE on their line
 * sequences (drawing, not setting: with multi-institution mode on the roles
 * share them, src/import/staging.c); admin (3): the same on the catalogues,
 * and SELECT on audit.
 * Nobody is granted any write on audit: the audit trigger writes the trail
 * as the owner of the registry (recording the changing role as actor), so
 * a writer cannot forge or remove audit rows.
 */
CREATE FUNCTION @extschema@.access_plan(rank pg_catalog.int4)
	RETURNS TABLE (kind pg_catalog.text, object pg_catalog.text, privileges pg_catalog.text)
	LANGUAGE sql STABLE STRICT
	SET search_path = pg_catalog, pg_temp
	AS $$
SELECT 'SCHEMA', pg_catalog.quote_ident(n), 'USAGE'
FROM pg_catalog.unnest(ARRAY['@extschema@', 'partnership_report']) AS n
UNION ALL
SELECT 'TABLE', c.oid::pg_catalog.regclass::pg_catalog.text, 'SELECT'
FROM pg_catalog.pg_class c
WHERE (c.relnamespace = 'partnership_report'::pg_catalog.regnamespace AND c.relkind = 'v')
   OR (c.relnamespace = '@extschema@'::pg_catalog.regnamespace AND c.relkind IN ('r', 'p')
       AND c.relname NOT IN ('audit', 'institution_role'))
UNION ALL
SELECT 'TABLE', c.oid::pg_catalog.regclass::pg_catalog.text, 'INSERT, UPDATE, DELETE'
FROM pg_catalog.pg_class c
WHERE rank >= 2
  AND c.relnamespace = '@extschema@'::pg_catalog.regnamespace AND c.relkind IN ('r', 'p')
  AND c.relname NOT IN ('audit', 'institution_role')
  AND (rank >= 3 OR c.relname NOT IN ('clause_kind', 'criterion', 'rule', 'setting', 'term_alias'))
UNION ALL
SELECT 'SEQUENCE', s.oid::pg_catalog.regclass::pg_catalog.text, 'USAGE'
FROM pg_catalog.pg_class t
JOIN pg_catalog.pg_depend d ON d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
	AND d.refobjid = t.oid AND d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
	AND d.deptype IN ('a', 'i')
JOIN pg_catalog.pg_class s ON s.oid = d.objid AND s.relkind = 'S'
WHERE rank >= 2
  AND t.relnamespace = '@extschema@'::pg_catalog.regnamespace AND t.relkind IN ('r', 'p')
  AND t.relname NOT IN ('audit', 'institution_role')
  AND (rank >= 3 OR t.relname NOT IN ('clause_kind', 'criterion', 'rule', 'setting', 'term_alias'))
UNION ALL
SELECT 'SCHEMA', 'partnership_import', 'USAGE'
WHERE rank >= 2
UNION ALL
SELECT 'SEQUENCE', s.oid::pg_catalog.regclass::pg_catalog.text, 'USAGE'
FROM pg_catalog.pg_class s
WHERE rank >= 2
  AND s.relnamespace = 'partnership_import'::pg_catalog.regnamespace AND s.relkind = 'S'
UNION ALL
SELECT 'TABLE', c.oid::pg_catalog.regclass::pg_catalog.text, 'SELECT, INSERT, UPDATE, DELETE'
FROM pg_catalog.pg_class c
WHERE rank >= 2
  AND c.relnamespace = 'partnership_import'::pg_catalog.regnamespace AND c.relkind = 'r'
UNION ALL
SELECT 'TABLE', t, 'SELECT'
FROM pg_catalog.unnest(ARRAY['@extschema@.audit', '@extschema@.institution_role']) AS t
WHERE rank >= 3
ORDER BY 1, 2, 3
$$;
COMMENT ON FUNCTION @extschema@.access_plan(pg_catalog.int4) IS 'the GRANTs grant_access() makes for an access level: 1 read, 2 write, 3 admin (institution_role, like audit, is only read by admin)';

CREATE FUNCTION @extschema@.grant_access(role pg_catalog.regrole, level pg_catalog.text,
		institution pg_catalog.int8 DEFAULT NULL)
	RETURNS void
	LANGUAGE plpgsql VOLATILE CALLED ON NULL INPUT SECURITY INVOKER
	SET search_path = pg_catalog, pg_temp
	AS $$
DECLARE
	lvl text := pg_catalog.lower(pg_catalog.btrim(level));
	rank int;
	g record;
	missing text[];
	needed int;
BEGIN
	/* Not STRICT, for the optional institution: a NULL role or level is no call. */
	IF role IS NULL OR level IS NULL THEN
		RETURN;
	END IF;
	rank := CASE
		WHEN lvl IN ('read', 'baca') THEN 1
		WHEN lvl IN ('write', 'tulis') THEN 2
		WHEN lvl IN ('admin', 'administrator') THEN 3
	END;
	IF rank IS NULL THEN
		RAISE EXCEPTION '%', @extschema@.message('MSG_GRANT_UNKNOWN_LEVEL', level)
			USING ERRCODE = 'invalid_parameter_value',
				DETAIL = @extschema@.message('MSG_GRANT_UNKNOWN_LEVEL_DETAIL'),
				HINT = @extschema@.message('MSG_GRANT_UNKNOWN_LEVEL_HINT');
	END IF;
	IF role::pg_catalog.oid = 0 THEN
		RAISE EXCEPTION '%', @extschema@.message('MSG_GRANT_PUBLIC')
			USING ERRCODE = 'invalid_parameter_value',
				HINT = @extschema@.message('MSG_GRANT_PUBLIC_HINT');
	END IF;
	/* the mapping's foreign key, said before any GRANT is made */
	IF institution IS NOT NULL AND NOT EXISTS (SELECT FROM @extschema@.partner p
			WHERE p.id OPERATOR(pg_catalog.=) institution) THEN
		RAISE EXCEPTION '%', @extschema@.message('MSG_GRANT_NO_INSTITUTION', institution::pg_catalog.text)
			USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'institution_role_partner_fkey',
				HINT = @extschema@.message('MSG_GRANT_NO_INSTITUTION_HINT');
	END IF;

	/* Check every privilege first: all or nothing. */
	SELECT pg_catalog.array_agg(p.object || ' (' || p.privileges || ')' ORDER BY p.object)
	INTO missing
	FROM @extschema@.access_plan(rank) p
	WHERE NOT CASE p.kind
		WHEN 'SCHEMA' THEN pg_catalog.has_schema_privilege(p.object, 'USAGE WITH GRANT OPTION')
		/* a sequence or table of a schema the caller cannot use is one it cannot grant */
		WHEN 'SEQUENCE' THEN CASE WHEN pg_catalog.has_schema_privilege(pg_catalog.split_part(p.object, '.', 1), 'USAGE')
			THEN pg_catalog.has_sequence_privilege(p.object,
				pg_catalog.replace(p.privileges, ',', ' WITH GRANT OPTION,') || ' WITH GRANT OPTION')
			ELSE false END
		ELSE CASE WHEN pg_catalog.has_schema_privilege(pg_catalog.split_part(p.object, '.', 1), 'USAGE')
			THEN pg_catalog.has_table_privilege(p.object,
				pg_catalog.replace(p.privileges, ',', ' WITH GRANT OPTION,') || ' WITH GRANT OPTION')
			ELSE false END
	END;
	IF missing IS NOT NULL THEN
		SELECT pg_catalog.count(*) INTO needed FROM @extschema@.access_plan(rank);
		RAISE EXCEPTION '%', @extschema@.message('MSG_GRANT_DENIED', lvl, role::pg_catalog.text)
			USING ERRCODE = 'insufficient_privilege',
				DETAIL = @extschema@.message('MSG_GRANT_DENIED_DETAIL', CURRENT_USER::pg_catalog.text,
					pg_catalog.cardinality(missing)::pg_catalog.text, needed::pg_catalog.text, missing[1]),
				HINT = @extschema@.message('MSG_GRANT_DENIED_HINT');
	END IF;

	FOR g IN SELECT * FROM @extschema@.access_plan(rank) LOOP
		EXECUTE pg_catalog.format('GRANT %s ON %s %s TO %s', g.privileges, g.kind, g.object, role);
	END LOOP;

	/*
	 * The mapping for multi-institution mode, in the same transaction as
	 * the GRANTs: a caller who may not write institution_role, or an
	 * institution that is not a partner, undoes them all.
	 */
	IF institution IS NOT NULL THEN
		INSERT INTO @extschema@.institution_role (role_name, partner_id)
		VALUES (pg_catalog.pg_get_userbyid(role::pg_catalog.oid), institution)
		ON CONFLICT DO NOTHING;
		/* a row left by a dropped role of the same name: bound to this one */
		IF NOT FOUND AND EXISTS (SELECT FROM @extschema@.institution_role r
				WHERE r.role_name OPERATOR(pg_catalog.=) pg_catalog.pg_get_userbyid(role::pg_catalog.oid)
				  AND r.partner_id OPERATOR(pg_catalog.=) institution
				  AND r.role_oid IS DISTINCT FROM role::pg_catalog.oid) THEN
			UPDATE @extschema@.institution_role r SET role_oid = role::pg_catalog.oid
			WHERE r.role_name OPERATOR(pg_catalog.=) pg_catalog.pg_get_userbyid(role::pg_catalog.oid)
			  AND r.partner_id OPERATOR(pg_catalog.=) institution;
		END IF;
	END IF;
END
$$;
COMMENT ON FUNCTION @extschema@.grant_access(pg_catalog.regrole, pg_catalog.text, pg_catalog.int8) IS 'grant a role one access level: read (baca: the report views and SELECT on the tables they read), write (tulis: read plus INSERT, UPDATE, DELETE on the registry tables; never on audit, which its trigger writes) or admin (write plus the catalogues clause_kind, criterion, rule, setting, and reading audit and institution_role); with an institution (a partner id), also map the role to it for multi-institution mode (institution_role); runs with the caller''s rights';
