
/* ------------------------------------------------------------------------
 * The extension's schemas (doc/security.md).  CREATE EXTENSION creates
 * schema partnership (partnership.control names it) as the installing
 * superuser unless it already exists; this script creates
 * partnership_report.  A schema that already existed is refused unless the
 * installing role owns it, nobody else may create objects in it, and it is
 * empty: its owner could otherwise drop the registry with DROP SCHEMA ...
 * CASCADE, replace the extension's objects (an index the checks read, say)
 * with its own, or leave an operator behind that the script would pick up.
 * Default privileges of the installing role on new tables, sequences and
 * schemas are refused too: they would be granted on the registry's.
 * ------------------------------------------------------------------------
 */
DO $$
DECLARE
	s record;
BEGIN
	/*
	 * Default privileges of the installing role would be granted on the
	 * registry's tables as they are created (TRIGGER, say, which runs the
	 * grantee's code as whoever writes the table), and on its schemas
	 * (CREATE on partnership_report or partnership_import, whose objects
	 * are the superuser's alone).  First: CREATE EXTENSION has already
	 * made schema partnership with them, and the loop below would report
	 * that schema, not their cause.
	 */
	IF EXISTS (SELECT FROM pg_catalog.pg_default_acl d, pg_catalog.pg_roles r
			   WHERE r.rolname OPERATOR(pg_catalog.=) CURRENT_USER
				 AND d.defaclrole OPERATOR(pg_catalog.=) r.oid
				 AND d.defaclobjtype OPERATOR(pg_catalog.=) ANY (ARRAY['r', 'S', 'n']::"char"[]))
	THEN
		RAISE EXCEPTION 'role "%" has default privileges on new tables, sequences or schemas', CURRENT_USER
			USING ERRCODE = 'insufficient_privilege',
				DETAIL = 'They would be granted on the registry''s schemas, tables and sequences as the extension creates them, past its access levels.',
				HINT = 'Create the extension as a superuser without ALTER DEFAULT PRIVILEGES for tables, sequences and schemas (see \ddp), then hand out access with partnership.grant_access().';
	END IF;

	FOR s IN
		SELECT n.oid, n.nspname, pg_catalog.pg_get_userbyid(n.nspowner) AS owner,
			   n.nspowner OPERATOR(pg_catalog.<>) r.oid AS foreign_owner,
			   n.nspname OPERATOR(pg_catalog.=) 'partnership_report' AS report
		FROM pg_catalog.pg_namespace n, pg_catalog.pg_roles r
		WHERE n.nspname OPERATOR(pg_catalog.=) ANY (ARRAY['@extschema@', 'partnership_report']::pg_catalog.name[])
		  AND r.rolname OPERATOR(pg_catalog.=) CURRENT_USER
	LOOP
		IF s.foreign_owner OR EXISTS (
			SELECT FROM pg_catalog.pg_namespace n,
				 LATERAL pg_catalog.aclexplode(n.nspacl) a
			WHERE n.oid OPERATOR(pg_catalog.=) s.oid
			  AND a.privilege_type OPERATOR(pg_catalog.=) 'CREATE'
			  AND a.grantee OPERATOR(pg_catalog.<>) n.nspowner)
		THEN
			RAISE EXCEPTION 'schema "%" already exists and is not the installing role''s alone', s.nspname
				USING ERRCODE = 'insufficient_privilege',
					DETAIL = CASE WHEN s.foreign_owner
						THEN pg_catalog.format('Schema "%s" is owned by role "%s", who could drop or replace the extension''s objects.', s.nspname, s.owner)
						ELSE pg_catalog.format('Roles other than its owner may create objects in schema "%s", and could shadow the extension''s.', s.nspname) END,
					HINT = pg_catalog.format('Drop or rename schema "%s", or make the installing superuser its owner and revoke CREATE from others, then create the extension again.', s.nspname);
		ELSIF s.report THEN
			RAISE EXCEPTION 'schema "partnership_report" already exists'
				USING ERRCODE = 'duplicate_schema',
					DETAIL = 'The extension creates schema partnership_report itself, for its report views.',
					HINT = 'Drop or rename the existing schema partnership_report, then create the extension again.';
		ELSIF EXISTS (SELECT FROM pg_catalog.pg_class c WHERE c.relnamespace OPERATOR(pg_catalog.=) s.oid)
		   OR EXISTS (SELECT FROM pg_catalog.pg_proc p WHERE p.pronamespace OPERATOR(pg_catalog.=) s.oid)
		   OR EXISTS (SELECT FROM pg_catalog.pg_type t WHERE t.typnamespace OPERATOR(pg_catalog.=) s.oid)
		   OR EXISTS (SELECT FROM pg_catalog.pg_operator o WHERE o.oprnamespace OPERATOR(pg_catalog.=) s.oid)
		   OR EXISTS (SELECT FROM pg_catalog.pg_collation c WHERE c.collnamespace OPERATOR(pg_catalog.=) s.oid)
		   OR EXISTS (SELECT FROM pg_catalog.pg_conversion c WHERE c.connamespace OPERATOR(pg_catalog.=) s.oid)
		   OR EXISTS (SELECT FROM pg_catalog.pg_opfamily f WHERE f.opfnamespace OPERATOR(pg_catalog.=) s.oid)
		   OR EXISTS (SELECT FROM pg_catalog.pg_ts_config c WHERE c.cfgnamespace OPERATOR(pg_catalog.=) s.oid)
		   OR EXISTS (SELECT FROM pg_catalog.pg_ts_dict d WHERE d.dictnamespace OPERATOR(pg_catalog.=) s.oid)
		   OR EXISTS (SELECT FROM pg_catalog.pg_statistic_ext x WHERE x.stxnamespace OPERATOR(pg_catalog.=) s.oid)
		THEN
			/*
			 * Whatever is already in the schema would be resolved by the
			 * script (an operator of the right argument types beats
			 * pg_catalog's that needs a cast), whoever owns it now.
			 */
			RAISE EXCEPTION 'schema "%" already exists and is not empty', s.nspname
				USING ERRCODE = 'insufficient_privilege',
					DETAIL = pg_catalog.format('Objects in schema "%s" could stand in for the ones the install script uses.', s.nspname),
					HINT = pg_catalog.format('Drop the objects in schema "%s" (or the schema), then create the extension again.', s.nspname);
		END IF;
	END LOOP;

END
$$;
