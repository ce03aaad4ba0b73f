/* ------------------------------------------------------------------------
 * The message catalogue (src/messages.c): every message a user can cause,
 * English and Indonesian, listed for the documentation (doc/errors.md) and
 * the tests.
 * ------------------------------------------------------------------------
 */
CREATE FUNCTION @extschema@.messages()
	RETURNS TABLE (name pg_catalog.text, plural pg_catalog.bool,
				   en pg_catalog.text, en_plural pg_catalog.text,
				   id pg_catalog.text, id_plural pg_catalog.text)
	AS 'MODULE_PATHNAME', 'partnership_messages'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.messages() IS 'the message catalogue: every message the extension can give a user, in English (en) and Indonesian (id), with the plural forms of counted messages; partnership.language picks which one a session sees';

CREATE FUNCTION @extschema@.message(name pg_catalog.text, VARIADIC args pg_catalog.text[] DEFAULT '{}')
	RETURNS pg_catalog.text
	AS 'MODULE_PATHNAME', 'partnership_message'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.message(pg_catalog.text, pg_catalog.text[]) IS 'one entry of the message catalogue (a name of messages()) in the language of partnership.language, its %s filled with args in order; for the extension''s SQL functions that raise errors';
