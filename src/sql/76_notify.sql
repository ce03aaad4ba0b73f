
/* ------------------------------------------------------------------------
 * Notifications (doc/registry.md#notifications).  State changes go out on
 * channel partnership_events when their transaction commits (C trigger
 * p95_notify); notify_due() sends what is due on channel partnership_due,
 * for a pg_cron job.
 * ------------------------------------------------------------------------
 */

CREATE FUNCTION @extschema@.registry_notify_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'registry_notify_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.registry_notify_trigger() IS 'trigger: notifies partnership_events when an agreement is signed or a partnership is activated, suspended, completed or terminated (AFTER UPDATE ROW on partnership and agreement)';

CREATE TRIGGER p95_notify AFTER UPDATE OF status ON @extschema@.partnership
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_notify_trigger();
COMMENT ON TRIGGER p95_notify ON @extschema@.partnership IS 'notifies partnership_events of an activation, suspension, completion or termination, at commit';
CREATE TRIGGER p95_notify AFTER UPDATE OF status ON @extschema@.agreement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_notify_trigger();
COMMENT ON TRIGGER p95_notify ON @extschema@.agreement IS 'notifies partnership_events of a signature, at commit';

/*
 * What is due today, one row per item: agreements in force that end within
 * expiry_warning_days (the agreements_expiring report), active
 * partnerships that end within the same days, active partnerships that
 * rule evaluation_due flags, and open work-plan items past their day.
 */
CREATE FUNCTION @extschema@.due_items()
	RETURNS TABLE (event pg_catalog.text, partnership_id pg_catalog.int8,
				   partnership_code pg_catalog.text, agreement_number pg_catalog.text,
				   institution pg_catalog.text, item pg_catalog.text, due_on date,
				   agreement_id pg_catalog.int8)
	LANGUAGE sql STABLE
	SET search_path = pg_catalog, pg_temp
	AS $$
SELECT 'agreement_expiring', x.partnership_id, x.partnership_code, x.number,
	o.name, x.kind, x.effective_to, x.agreement_id
FROM partnership_report.agreements_expiring x
JOIN @extschema@.partnership p ON p.id OPERATOR(pg_catalog.=) x.partnership_id
LEFT JOIN @extschema@.partner o ON o.id OPERATOR(pg_catalog.=) p.owner_id
UNION ALL
SELECT 'partnership_ending', p.id, p.code, NULL, o.name, p.name, p.ends_on, NULL
FROM @extschema@.partnership p
LEFT JOIN @extschema@.partner o ON o.id OPERATOR(pg_catalog.=) p.owner_id
WHERE p.status::pg_catalog.text OPERATOR(pg_catalog.=) 'active'
  AND p.ends_on OPERATOR(pg_catalog.>=) CURRENT_DATE
  AND p.ends_on OPERATOR(pg_catalog.<=) (CURRENT_DATE OPERATOR(pg_catalog.+)
	COALESCE(pg_catalog.round(@extschema@.setting('expiry_warning_days'))::pg_catalog.int4, 90))
UNION ALL
/* what time broke or made due, as check() judges it: one definition */
SELECT CASE c.rule WHEN 'agreement_in_force' THEN 'agreement_expired' ELSE c.rule END,
	p.id, p.code, c.detail OPERATOR(pg_catalog.->>) 'number', o.name, c.message,
	CASE c.rule
		WHEN 'evaluation_due' THEN COALESCE((c.detail OPERATOR(pg_catalog.->>) 'due_on')::pg_catalog.date, CURRENT_DATE)
		WHEN 'partnership_overdue' THEN p.ends_on
		/* the day after the last one in force */
		ELSE COALESCE((c.detail OPERATOR(pg_catalog.->>) 'effective_to')::pg_catalog.date OPERATOR(pg_catalog.+) 1, CURRENT_DATE)
	END,
	(c.detail OPERATOR(pg_catalog.->>) 'agreement_id')::pg_catalog.int8
FROM @extschema@.partnership p
CROSS JOIN LATERAL @extschema@.check(p.id) c
LEFT JOIN @extschema@.partner o ON o.id OPERATOR(pg_catalog.=) p.owner_id
WHERE p.status::pg_catalog.text OPERATOR(pg_catalog.=) 'active'
  AND c.rule OPERATOR(pg_catalog.=) ANY (ARRAY['evaluation_due', 'partnership_overdue', 'agreement_in_force'])
UNION ALL
SELECT 'activity_overdue', p.id, p.code, NULL, o.name, a.name, a.due_on, NULL
FROM @extschema@.activity a
JOIN @extschema@.partnership p ON p.id OPERATOR(pg_catalog.=) a.partnership_id
LEFT JOIN @extschema@.partner o ON o.id OPERATOR(pg_catalog.=) p.owner_id
WHERE p.status::pg_catalog.text OPERATOR(pg_catalog.=) 'active'
  AND a.status::pg_catalog.text OPERATOR(pg_catalog.=) ANY (ARRAY['planned', 'in_progress'])
  AND a.due_on OPERATOR(pg_catalog.<) CURRENT_DATE
ORDER BY 1, 3, 6
$$;
COMMENT ON FUNCTION @extschema@.due_items() IS 'what is due today, one row per item: agreement_expiring (with the agreement''s number and id), partnership_ending, evaluation_due, activity_overdue, and what time has already broken: partnership_overdue (past its ends_on), agreement_expired (no agreement in force any more) (what notify_due() sends)';

CREATE FUNCTION @extschema@.notify_text(value pg_catalog.text)
	RETURNS pg_catalog.text
	AS 'MODULE_PATHNAME', 'notify_text'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.notify_text(pg_catalog.text) IS 'a text as a notification carries it: cut at a character boundary so that its JSON string (quotes and escapes counted) takes at most 1024 bytes, as the partnership_events trigger cuts its texts';

CREATE FUNCTION @extschema@.notify_names()
	RETURNS pg_catalog.bool
	AS 'MODULE_PATHNAME', 'notify_names'
	LANGUAGE C VOLATILE PARALLEL RESTRICTED;
COMMENT ON FUNCTION @extschema@.notify_names() IS 'true when notifications carry names (codes, numbers, institutions, items, due days): multi-institution mode off and setting notify_names 1; otherwise they carry the ids alone (any role that can connect may LISTEN)';

CREATE FUNCTION @extschema@.notify_due()
	RETURNS pg_catalog.int4
	LANGUAGE sql VOLATILE
	SET search_path = pg_catalog, pg_temp
	AS $$
SELECT pg_catalog.count(pg_catalog.pg_notify('partnership_due',
	pg_catalog.json_build_object('event', d.event, 'partnership_id', d.partnership_id,
		'agreement_id', d.agreement_id, 'seq', d.seq,
		'partnership', @extschema@.notify_text(n.partnership_code),
		'agreement', @extschema@.notify_text(n.agreement_number), 'institution', @extschema@.notify_text(n.institution),
		'item', @extschema@.notify_text(n.item), 'due_on', n.due_on, 'at', pg_catalog.now())::pg_catalog.text))::pg_catalog.int4
FROM (SELECT i.*, pg_catalog.row_number() OVER (ORDER BY i.event, i.partnership_id, i.agreement_id) AS seq
	FROM @extschema@.due_items() i) d
/* seq: PostgreSQL folds identical notifications of a transaction into one */
/* numbered, and sent, in the order of the ids: that of the codes would tell their order */
/* any role may LISTEN: the names only where notify_names() allows them (doc/access.md) */
LEFT JOIN LATERAL (SELECT d.partnership_code, d.agreement_number, d.institution, d.item, d.due_on
	WHERE @extschema@.notify_names()) n ON true
$$;
COMMENT ON FUNCTION @extschema@.notify_due() IS 'sends one notification on channel partnership_due per item of due_items() (texts cut by notify_text(); in multi-institution mode or with setting notify_names 0 the event and the ids alone), at commit; returns how many (for a pg_cron job)';

/* ------------------------------------------------------------------------
 * The DDL guard (src/registry/ddl_guard.c): DROP EXTENSION of a registry with rows
 * is refused unless the DBA sets partnership.allow_drop; a column added to
 * an extension table (lost by pg_dump) is warned about.
 * ------------------------------------------------------------------------
 */
CREATE FUNCTION @extschema@.ddl_guard()
	RETURNS event_trigger AS 'MODULE_PATHNAME', 'partnership_ddl_guard'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.ddl_guard() IS 'event trigger: refuses DROP EXTENSION partnership, DROP SCHEMA partnership or DROP OWNED BY its owner while the registry holds rows, unless partnership.allow_drop is on; warns when ALTER TABLE adds a column to an extension table';
CREATE EVENT TRIGGER partnership_ddl_guard ON ddl_command_start
	WHEN TAG IN ('DROP EXTENSION', 'DROP SCHEMA', 'DROP OWNED', 'ALTER TABLE')
	EXECUTE FUNCTION @extschema@.ddl_guard();
COMMENT ON EVENT TRIGGER partnership_ddl_guard IS 'refuses to drop a registry that holds rows unless partnership.allow_drop is on; warns when a column is added to an extension table';
