--
-- A long multibyte value is cut at a character boundary, never inside a
-- character: the message stays valid text.  Needs a UTF-8 database; in any
-- other the test is skipped (expected/vocabulary_echo_utf8_1.out).
--
SELECT getdatabaseencoding() <> 'UTF8' AS skip_test \gset
\if :skip_test
\quit
\endif
SET search_path = partnership, public;

-- two-byte characters: 32 of them fill the 64 bytes; after one ASCII
-- letter only 31 fit
SELECT repeat(U&'\00E9', 100)::sector;
SELECT ('x' || repeat(U&'\00E9', 100))::sector;
-- four-byte characters: 16 fit, or 15 after two ASCII letters
SELECT repeat(U&'\+01F600', 40)::sector;
SELECT ('ab' || repeat(U&'\+01F600', 40))::sectorset;

-- k ASCII letters, then four-byte characters: the quote keeps the whole
-- characters that fit in 64 bytes (convert_from() would fail on a cut one)
CREATE FUNCTION pg_temp.quoted(sql text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	msg text;
BEGIN
	EXECUTE sql;
	RETURN NULL;
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT;
	RETURN substring(msg FROM '"(.*)"');
END $$;
SELECT k, octet_length(q) - 3 AS bytes_before_ellipsis, length(q) - 3 AS characters,
       convert_from(convert_to(q, 'UTF8'), 'UTF8') = q AS valid_utf8
FROM generate_series(0, 3) AS k,
     LATERAL pg_temp.quoted(format('SELECT (repeat(''x'', %s) || repeat(%L, 40))::partnership.sector',
                                   k, U&'\+01F600')) AS q
ORDER BY k;
