
/* ------------------------------------------------------------------------
 * The extension's schemas (doc/security.md).  CREATE EXTENSION creates
 * schema partnership (partnership.control names it) as the installing
 * superuser unless it already exists; this script creates
 * partnership_report.  A schema that already existed is refused unless the
 * installing role owns it and nobody else may create objects in it: its
 * owner could otherwise drop the registry with DROP SCHEMA ... CASCADE, and
 * replace the extension's objects (an index the checks read, say) with its
 * own.
 * ------------------------------------------------------------------------
 */
DO $$
DECLARE
	s record;
BEGIN
	FOR s IN
		SELECT n.nspname, pg_catalog.pg_get_userbyid(n.nspowner) AS owner,
			   n.nspowner OPERATOR(pg_catalog.<>) r.oid AS foreign_owner,
			   n.nspname OPERATOR(pg_catalog.=) 'partnership_report' AS report
		FROM pg_catalog.pg_namespace n, pg_catalog.pg_roles r
		WHERE n.nspname OPERATOR(pg_catalog.=) ANY (ARRAY['@extschema@', 'partnership_report']::pg_catalog.name[])
		  AND r.rolname OPERATOR(pg_catalog.=) CURRENT_USER
	LOOP
		IF s.foreign_owner OR EXISTS (
			SELECT FROM pg_catalog.pg_namespace n,
				 LATERAL pg_catalog.aclexplode(n.nspacl) a
			WHERE n.nspname OPERATOR(pg_catalog.=) s.nspname
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
		END IF;
	END LOOP;
END
$$;
