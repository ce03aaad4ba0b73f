--
-- The message catalogue: every entry has an English and an Indonesian
-- text, and both take the same arguments in the same order (the formats are
-- applied to one argument list, so a mismatch would print garbage or crash).
--
CREATE EXTENSION IF NOT EXISTS partnership;

-- entries whose languages differ in their conversions (none)
WITH conv AS (
	SELECT m.name, f.form, f.txt,
		pg_catalog.array_to_string(ARRAY(
			SELECT c[1] FROM pg_catalog.regexp_matches(
				pg_catalog.replace(f.txt, '%%', ''),
				'%[-+ #0]*[0-9]*(?:\.[0-9]+)?(?:l|ll|z|h)?[a-zA-Z]', 'g') AS c),
			' ') AS conversions
	FROM partnership.messages() m
	CROSS JOIN LATERAL (VALUES ('en', m.en), ('en_plural', m.en_plural),
							   ('id', m.id), ('id_plural', m.id_plural)) f(form, txt)
	WHERE f.txt IS NOT NULL
)
SELECT name, pg_catalog.string_agg(form || ': ' || conversions, '; ' ORDER BY form)
FROM conv
GROUP BY name
HAVING pg_catalog.count(DISTINCT conversions) > 1;

-- entries with a blank text or a missing plural form (none)
SELECT name FROM partnership.messages()
WHERE pg_catalog.btrim(en) = '' OR pg_catalog.btrim(id) = ''
   OR (plural AND (en_plural IS NULL OR id_plural IS NULL))
   OR en = id AND en ~ '[a-z]{4}';

-- the catalogue is not empty, and its names are unique
SELECT pg_catalog.count(*) > 0 AS has_entries,
	pg_catalog.count(*) = pg_catalog.count(DISTINCT name) AS unique_names
FROM partnership.messages();
