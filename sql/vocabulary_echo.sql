--
-- Error messages quote at most 64 bytes of the user's input, then "...":
-- a long value gives a short message, whatever the path (text input of an
-- element or a set, binary receive, the language of label() and
-- grade_label()).  Multibyte input: vocabulary_echo_utf8.
--
SET search_path = partnership, public;

-- 64 bytes are quoted whole, 65 are cut.
SELECT repeat('a', 64)::sector;
SELECT repeat('a', 65)::sector;

-- A megabyte of input: the message is as short.
SELECT repeat('x', 1000000)::partnership.sector;
\echo :LAST_ERROR_SQLSTATE
SELECT length(repeat('x', 1000000)) AS input_bytes;

-- Sets: the value and the offending word are both cut.
SELECT ('{government,' || repeat('y', 100000) || '}')::sectorset;
\echo :LAST_ERROR_SQLSTATE
-- (the trailing comma leaves an empty element)
SELECT ('{' || repeat('government,', 10000) || '}')::sectorset;
\echo :LAST_ERROR_SQLSTATE
SELECT ('{' || repeat('z', 70) || '}')::roleset;
\echo :LAST_ERROR_SQLSTATE
-- bad braces in a long value
SELECT ('{{' || repeat('lead,', 100) || '}')::roleset;
\echo :LAST_ERROR_SQLSTATE

-- The messages as a client sees them, measured: none grows with the input.
CREATE FUNCTION pg_temp.message_length(sql text) RETURNS int LANGUAGE plpgsql AS $$
DECLARE
	msg text;
	det text;
BEGIN
	EXECUTE sql;
	RETURN NULL;
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, det = PG_EXCEPTION_DETAIL;
	RETURN octet_length(msg) + octet_length(det);
END $$;
SELECT n, pg_temp.message_length(format('SELECT repeat(%L, %s)::partnership.sector', 'q', n)) AS element,
       pg_temp.message_length(format('SELECT (''{media,'' || repeat(%L, %s) || ''}'')::partnership.sectorset', 'q', n)) AS set,
       pg_temp.message_length(format('SELECT partnership.label(''media''::partnership.sector, repeat(%L, %s))', 'q', n)) AS label
FROM unnest(ARRAY[100, 10000, 1000000]) AS n;

-- Binary receive (COPY ... FORMAT binary): the binary form of a value is
-- its text, so a text column's binary COPY feeds sector_recv and
-- sectorset_recv the same bytes.
CREATE TABLE echo_binary_source (i int, t text);
INSERT INTO echo_binary_source VALUES (1, repeat('w', 100000));
\copy echo_binary_source TO 'results/echo_long.bin' WITH (FORMAT binary)
CREATE TABLE echo_binary_sector (i int, s sector);
CREATE TABLE echo_binary_set (i int, s sectorset);
\copy echo_binary_sector FROM 'results/echo_long.bin' WITH (FORMAT binary)
\echo :LAST_ERROR_SQLSTATE
\copy echo_binary_set FROM 'results/echo_long.bin' WITH (FORMAT binary)
\echo :LAST_ERROR_SQLSTATE
-- a valid value still goes through
TRUNCATE echo_binary_source;
INSERT INTO echo_binary_source VALUES (2, ' Pemerintah '), (3, '{swasta, 10}');
\copy (SELECT * FROM echo_binary_source WHERE i = 2) TO 'results/echo_word.bin' WITH (FORMAT binary)
\copy (SELECT * FROM echo_binary_source WHERE i = 3) TO 'results/echo_set.bin' WITH (FORMAT binary)
\copy echo_binary_sector FROM 'results/echo_word.bin' WITH (FORMAT binary)
\copy echo_binary_set FROM 'results/echo_set.bin' WITH (FORMAT binary)
SELECT * FROM echo_binary_sector;
SELECT * FROM echo_binary_set;
DROP TABLE echo_binary_source, echo_binary_sector, echo_binary_set;

-- The language argument of label() and grade_label().
SELECT label('media'::sector, repeat('fr', 500));
\echo :LAST_ERROR_SQLSTATE
SELECT grade_label(70, repeat('de', 500));
\echo :LAST_ERROR_SQLSTATE
SELECT label('media'::sector, ' ID '), grade_label(70, 'En');
