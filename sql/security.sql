--
-- The install script is safe against search_path attacks: objects an
-- attacker plants in a schema that precedes the extension's are never
-- called, neither while the extension is created nor when its functions
-- run.  Done in a database of its own, created here.
--
CREATE ROLE regress_partnership_attacker;
CREATE DATABASE regress_partnership_security;
\c regress_partnership_security
CREATE SCHEMA attacker AUTHORIZATION regress_partnership_attacker;
SET ROLE regress_partnership_attacker;
-- Traps: any of these being called raises an error.
CREATE FUNCTION attacker.trap() RETURNS bool LANGUAGE plpgsql AS
$$ BEGIN RAISE EXCEPTION 'search_path attack succeeded'; END $$;
CREATE FUNCTION attacker.cardinality(anyelement) RETURNS int LANGUAGE plpgsql AS
$$ BEGIN PERFORM attacker.trap(); RETURN 0; END $$;
CREATE FUNCTION attacker.unnest(anyelement) RETURNS SETOF text LANGUAGE plpgsql AS
$$ BEGIN PERFORM attacker.trap(); END $$;
CREATE FUNCTION attacker.text(anyelement) RETURNS text LANGUAGE plpgsql AS
$$ BEGIN PERFORM attacker.trap(); RETURN ''; END $$;
CREATE FUNCTION attacker.lower(text) RETURNS text LANGUAGE plpgsql AS
$$ BEGIN PERFORM attacker.trap(); RETURN ''; END $$;
CREATE FUNCTION attacker.eq(text, text) RETURNS bool LANGUAGE plpgsql AS
$$ BEGIN RETURN attacker.trap(); END $$;
CREATE OPERATOR attacker.= (LEFTARG = text, RIGHTARG = text, FUNCTION = attacker.eq);
CREATE FUNCTION attacker.to_jsonb(anyelement) RETURNS jsonb LANGUAGE plpgsql AS
$$ BEGIN PERFORM attacker.trap(); RETURN NULL; END $$;
CREATE FUNCTION attacker.now() RETURNS timestamptz LANGUAGE plpgsql AS
$$ BEGIN PERFORM attacker.trap(); RETURN NULL; END $$;
RESET ROLE;

SET search_path = attacker, public, partnership;
CREATE EXTENSION partnership;
-- (the version is compared with the control file's, so that a release does
-- not have to edit this test)
SELECT extname, extversion = (SELECT default_version FROM pg_available_extensions
                              WHERE name = 'partnership') AS default_version,
       nspname
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE extname = 'partnership';

-- The extension's functions resolve their own names whatever the caller's
-- search_path, even one that puts the attacker before pg_catalog.
SET search_path = attacker, pg_catalog, public;
SELECT partnership.cardinality('{government,private}'::partnership.sectorset),
       partnership.pentahelix_coverage('{government,private}'),
       partnership.label('media'::partnership.sector, 'id');
SELECT * FROM partnership.unnest('{lead,funder}'::partnership.roleset);

-- Every function of the extension is in its schema and owned by the
-- installing role; none is SECURITY DEFINER without a pinned search_path.
SELECT count(*) AS definer_without_search_path
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'partnership'
WHERE p.prosecdef
  AND NOT coalesce(p.proconfig::text[] && ARRAY['search_path=pg_catalog, pg_temp',
                                                 'search_path=pg_catalog,pg_temp'], false);
SELECT count(*) AS outside_schema
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'partnership'
WHERE p.pronamespace <> e.extnamespace;

-- Nothing of the extension is granted to PUBLIC beyond the defaults for
-- functions and types (tables and views are not).
SELECT count(*) AS public_table_grants
FROM information_schema.role_table_grants
WHERE grantee = 'PUBLIC' AND table_schema LIKE 'partnership%';

\c contrib_regression
DROP DATABASE regress_partnership_security;
DROP ROLE regress_partnership_attacker;
