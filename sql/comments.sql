--
-- Every object of the extension is documented with COMMENT ON: functions,
-- aggregates, types, operators, operator classes, tables, views, sequences
-- excepted (identity sequences belong to their column), and every column of
-- its tables and views.
--
WITH members AS (
  SELECT classid, objid, objsubid
  FROM pg_depend
  WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
    AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'partnership')
)
SELECT pg_describe_object(classid, objid, objsubid) AS undocumented
FROM members m
WHERE obj_description(objid, classid::regclass::name) IS NULL
  AND NOT (classid = 'pg_class'::regclass
           AND (SELECT relkind FROM pg_class WHERE oid = objid) = 'S')
  AND classid NOT IN ('pg_cast'::regclass, 'pg_opfamily'::regclass)
  -- array types are created implicitly with their element type
  AND NOT (classid = 'pg_type'::regclass
           AND (SELECT typcategory FROM pg_type WHERE oid = objid) = 'A')
ORDER BY 1;

SELECT c.oid::regclass AS relation, a.attname AS undocumented_column
FROM pg_class c
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE c.relnamespace IN ('partnership'::regnamespace, 'partnership_report'::regnamespace)
  AND c.relkind IN ('r', 'v', 'p')
  AND col_description(c.oid, a.attnum) IS NULL
ORDER BY 1, 2;
