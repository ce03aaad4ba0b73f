/* ------------------------------------------------------------------------
 * Stakeholder and structure rules (doc/rules.md): the threshold settings,
 * check(), and their enforcement at activation and at commit.
 * See doc/rules.md.
 * ------------------------------------------------------------------------
 */

/*
 * Thresholds the rules (and the scoring) read, set once per database by a
 * DBA.  Like the catalogues, shipped rows carry builtin = true and are not
 * dumped; an edit clears builtin, so pg_dump keeps it, and on restore the
 * merge trigger folds it onto the row CREATE EXTENSION re-created.
 */
CREATE TABLE @extschema@.setting (
	name text PRIMARY KEY
		CONSTRAINT setting_name_check CHECK (name IN ('strategic_min_months',
			'operational_max_months', 'max_agreement_years', 'expiry_warning_days',
			'evaluation_interval_months', 'gap_threshold', 'min_respondents',
			'final_report_days', 'multi_institution', 'notify_names')),
	value numeric NOT NULL,
	unit text NOT NULL DEFAULT '',
	default_value numeric,
	description_en text NOT NULL,
	description_id text NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	CONSTRAINT setting_value_check CHECK (CASE name
		WHEN 'gap_threshold' THEN value > 0::numeric AND value <= 4::numeric
		WHEN 'multi_institution' THEN value IN (0::numeric, 1::numeric)
		WHEN 'notify_names' THEN value IN (0::numeric, 1::numeric)
		ELSE value >= 1::numeric AND value <= 100000::numeric AND value = pg_catalog.trunc(value) END)
);
COMMENT ON TABLE @extschema@.setting IS 'thresholds of the rules and the scoring, set once per database by a DBA (UPDATE the value); kept by pg_dump';
COMMENT ON COLUMN @extschema@.setting.name IS 'name of the setting';
COMMENT ON COLUMN @extschema@.setting.value IS 'current value (whole numbers except gap_threshold)';
COMMENT ON COLUMN @extschema@.setting.unit IS 'unit of the value (months, years, days, points, respondents)';
COMMENT ON COLUMN @extschema@.setting.default_value IS 'value shipped by the extension, for reference';
COMMENT ON COLUMN @extschema@.setting.description_en IS 'what the setting controls, in English';
COMMENT ON COLUMN @extschema@.setting.description_id IS 'what the setting controls, in Indonesian';
COMMENT ON COLUMN @extschema@.setting.builtin IS 'true for an unedited row shipped by the extension (not dumped); set to false automatically when the row is edited';

INSERT INTO @extschema@.setting (name, value, unit, default_value, description_en, description_id, builtin) VALUES
	('strategic_min_months', 36, 'months', 36,
	 'Shortest run of a strategic partnership (rule horizon_duration).',
	 'Jangka waktu terpendek kemitraan strategis (aturan horizon_duration).', true),
	('operational_max_months', 12, 'months', 12,
	 'Longest run of an operational partnership (rule horizon_duration).',
	 'Jangka waktu terpanjang kemitraan operasional (aturan horizon_duration).', true),
	('max_agreement_years', 5, 'years', 5,
	 'Longest run of an agreement (rule agreement_max_duration).',
	 'Jangka waktu terpanjang sebuah perjanjian (aturan agreement_max_duration).', true),
	('expiry_warning_days', 90, 'days', 90,
	 'Warn this many days before the agreement in force ends (rule agreement_expiring).',
	 'Peringatkan sekian hari sebelum perjanjian yang berlaku berakhir (aturan agreement_expiring).', true),
	('evaluation_interval_months', 6, 'months', 6,
	 'Default evaluation interval of a new partnership (rule evaluation_due).',
	 'Selang evaluasi bawaan untuk kemitraan baru (aturan evaluation_due).', true),
	('gap_threshold', 1.5, 'points', 1.5,
	 'Perception gap between sectors from which a criterion is flagged divergent.',
	 'Kesenjangan persepsi antarsektor yang membuat sebuah kriteria ditandai divergen.', true),
	('min_respondents', 3, 'respondents', 3,
	 'Respondents an evaluation needs (from at least two sectors) to be sufficient.',
	 'Jumlah responden (dari sekurang-kurangnya dua sektor) agar sebuah evaluasi memadai.', true),
	('final_report_days', 90, 'days', 90,
	 'Days after a partnership ends during which its final evaluation, responses and measurements may still be recorded.',
	 'Jumlah hari setelah kemitraan berakhir selama evaluasi akhir, tanggapan, dan pengukurannya masih dapat dicatat.', true),
	('multi_institution', 0, 'switch', 0,
	 'Multi-institution mode: 1 lets each role see and change only the partnerships of its institutions (institution_role), 0 (off) lets every role see all.',
	 'Mode multi-instansi: 1 membatasi setiap peran pada kemitraan instansinya sendiri (institution_role), 0 (mati) membuka semuanya bagi setiap peran.', true),
	('notify_names', 1, 'switch', 1,
	 'Names in notifications: 1 puts codes, numbers, institutions and items into the payloads of partnership_events and partnership_due while multi-institution mode is off, 0 sends the ids alone; any role that can connect may LISTEN.',
	 'Nama dalam notifikasi: 1 memuat kode, nomor, instansi, dan butir ke dalam isi partnership_events dan partnership_due selama mode multi-instansi mati, 0 hanya mengirim id; setiap peran yang dapat terhubung dapat LISTEN.', true);

SELECT pg_catalog.pg_extension_config_dump('@extschema@.setting', 'WHERE NOT builtin');

CREATE FUNCTION @extschema@.setting_merge()
	RETURNS trigger AS 'MODULE_PATHNAME', 'partnership_setting_merge'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.setting_merge() IS 'trigger on setting: an edit clears builtin; an INSERT of an existing name (a restored edit) updates that row instead';

CREATE TRIGGER p05_merge BEFORE INSERT OR UPDATE ON @extschema@.setting
	FOR EACH ROW EXECUTE FUNCTION @extschema@.setting_merge();
COMMENT ON TRIGGER p05_merge ON @extschema@.setting IS 'clears builtin when a shipped setting is edited (so pg_dump keeps the edit) and folds an inserted existing name (a restored edit) onto the shipped row';
ALTER TABLE @extschema@.setting ENABLE ALWAYS TRIGGER p05_merge;
CREATE TRIGGER p90_audit_insert AFTER INSERT ON @extschema@.setting
	REFERENCING NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_insert ON @extschema@.setting IS 'writes one audit row per inserted row';
CREATE TRIGGER p90_audit_update AFTER UPDATE ON @extschema@.setting
	REFERENCING OLD TABLE AS audit_old NEW TABLE AS audit_new
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_update ON @extschema@.setting IS 'writes one audit row per updated row';
CREATE TRIGGER p90_audit_delete AFTER DELETE ON @extschema@.setting
	REFERENCING OLD TABLE AS audit_old
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.audit_trigger();
COMMENT ON TRIGGER p90_audit_delete ON @extschema@.setting IS 'writes one audit row per deleted row';

/*
 * Enforcement keeps a copy of the rule severities and the thresholds per
 * session (src/rules/catalogue.c); a change to either table tells every session to
 * read them again.  Row triggers, ENABLE ALWAYS: a logical replication
 * apply worker fires row triggers only.
 */
CREATE FUNCTION @extschema@.rules_catalogue_changed()
	RETURNS trigger AS 'MODULE_PATHNAME', 'rules_catalogue_changed'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.rules_catalogue_changed() IS 'trigger on rule and setting: every session reads the severities and thresholds again (its cached copy is invalidated)';
CREATE TRIGGER p80_rules_cache AFTER INSERT OR UPDATE OR DELETE ON @extschema@.rule
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_catalogue_changed();
COMMENT ON TRIGGER p80_rules_cache ON @extschema@.rule IS 'makes every session read the rule severities again after a change';
ALTER TABLE @extschema@.rule ENABLE ALWAYS TRIGGER p80_rules_cache;
CREATE TRIGGER p80_rules_cache_truncate AFTER TRUNCATE ON @extschema@.rule
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.rules_catalogue_changed();
COMMENT ON TRIGGER p80_rules_cache_truncate ON @extschema@.rule IS 'makes every session read the rule severities again after a TRUNCATE';
ALTER TABLE @extschema@.rule ENABLE ALWAYS TRIGGER p80_rules_cache_truncate;
CREATE TRIGGER p80_rules_cache AFTER INSERT OR UPDATE OR DELETE ON @extschema@.setting
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_catalogue_changed();
COMMENT ON TRIGGER p80_rules_cache ON @extschema@.setting IS 'makes every session read the thresholds again after a change';
ALTER TABLE @extschema@.setting ENABLE ALWAYS TRIGGER p80_rules_cache;
CREATE TRIGGER p80_rules_cache_truncate AFTER TRUNCATE ON @extschema@.setting
	FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.rules_catalogue_changed();
COMMENT ON TRIGGER p80_rules_cache_truncate ON @extschema@.setting IS 'makes every session read the thresholds again after a TRUNCATE';
ALTER TABLE @extschema@.setting ENABLE ALWAYS TRIGGER p80_rules_cache_truncate;

CREATE FUNCTION @extschema@.setting(name text)
	RETURNS numeric
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS 'SELECT s.value FROM @extschema@.setting s WHERE s.name = $1';
COMMENT ON FUNCTION @extschema@.setting(text) IS 'current value of a threshold setting (NULL for an unknown name)';

/* The default evaluation interval of a new partnership follows the setting. */
ALTER TABLE @extschema@.partnership ALTER COLUMN evaluation_interval
	SET DEFAULT pg_catalog.make_interval(months =>
		COALESCE(@extschema@.setting('evaluation_interval_months'), 6)::integer);

/* ------------------------------------------------------------------------
 * check(), check_all() and commit_check() (src/rules/check.c)
 * ------------------------------------------------------------------------
 */

CREATE FUNCTION @extschema@.check(partnership_id bigint)
	RETURNS TABLE (rule text, severity text, message text, detail jsonb)
	AS 'MODULE_PATHNAME', 'partnership_check'
	LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION @extschema@.check(bigint) IS 'every current violation of the rule catalogue (error and warning rules) for one partnership, with a message in the language of partnership.language and a jsonb detail naming the offending members, agreements, activities or risks';

CREATE FUNCTION @extschema@.check_all()
	RETURNS TABLE (partnership_id bigint, rule text, severity text, message text, detail jsonb)
	AS 'MODULE_PATHNAME', 'partnership_check_all'
	LANGUAGE C STABLE PARALLEL SAFE ROWS 1000;
COMMENT ON FUNCTION @extschema@.check_all() IS 'check() of every partnership the caller can see, in one pass over the registry: one row per current rule violation, in partnership_id order (what the compliance report reads)';

CREATE FUNCTION @extschema@.commit_check(partnership_id bigint)
	RETURNS TABLE (rule text, severity text, message text, detail jsonb)
	AS 'MODULE_PATHNAME', 'partnership_commit_check'
	LANGUAGE C VOLATILE STRICT PARALLEL UNSAFE ROWS 1;
COMMENT ON FUNCTION @extschema@.commit_check(bigint) IS 'what the commit-time check would refuse of one partnership if the transaction committed now, in the columns of check(): the errors of an active partnership that this transaction broke (one it had, the same, before the transaction is excused), or of an end of this transaction judged by rules edited since; none for a partnership that is not active.  VOLATILE and PARALLEL UNSAFE: it reads the latest committed rows, as the commit does, not the statement''s snapshot';

/* ------------------------------------------------------------------------
 * Enforcement
 * ------------------------------------------------------------------------
 */

CREATE FUNCTION @extschema@.rules_activation()
	RETURNS trigger AS 'MODULE_PATHNAME', 'partnership_rules_activation'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.rules_activation() IS 'trigger on partnership: a move into active, or from active or suspended into completed or terminated, fails with 23514 when an error rule fails (constraint name = the first failing rule)';

CREATE FUNCTION @extschema@.rules_deferred()
	RETURNS trigger AS 'MODULE_PATHNAME', 'partnership_rules_deferred'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.rules_deferred() IS 'deferred constraint trigger: at commit, re-checks an active partnership whose rows changed, once per transaction; fails with 23514 when an error rule fails';

CREATE FUNCTION @extschema@.rules_partner_deferred()
	RETURNS trigger AS 'MODULE_PATHNAME', 'partnership_rules_partner_deferred'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.rules_partner_deferred() IS 'deferred constraint trigger on partner: a new sector re-checks, at commit, every active partnership the partner is a member of';

CREATE FUNCTION @extschema@.enforcement_checks()
	RETURNS bigint AS 'MODULE_PATHNAME', 'partnership_enforcement_checks'
	LANGUAGE C VOLATILE STRICT PARALLEL RESTRICTED;
COMMENT ON FUNCTION @extschema@.enforcement_checks() IS 'diagnostics: number of rule checks the enforcement triggers ran in this session';

CREATE TRIGGER rules_activation AFTER UPDATE ON @extschema@.partnership
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_activation('id');

CREATE CONSTRAINT TRIGGER rules_enforce AFTER INSERT OR UPDATE ON @extschema@.partnership
	DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_deferred('id');

CREATE CONSTRAINT TRIGGER rules_enforce AFTER INSERT OR UPDATE OR DELETE ON @extschema@.member
	DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_deferred('partnership_id');

CREATE CONSTRAINT TRIGGER rules_enforce AFTER INSERT OR UPDATE OR DELETE ON @extschema@.agreement
	DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_deferred('partnership_id');

CREATE CONSTRAINT TRIGGER rules_enforce AFTER INSERT OR UPDATE OR DELETE ON @extschema@.agreement_party
	DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_deferred('partnership_id');

CREATE CONSTRAINT TRIGGER rules_enforce AFTER INSERT OR UPDATE OR DELETE ON @extschema@.agreement_clause
	DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_deferred('partnership_id');

CREATE CONSTRAINT TRIGGER rules_enforce AFTER INSERT OR UPDATE OR DELETE ON @extschema@.commitment
	DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_deferred('partnership_id');

CREATE CONSTRAINT TRIGGER rules_enforce AFTER INSERT OR UPDATE OR DELETE ON @extschema@.activity
	DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_deferred('partnership_id');

CREATE CONSTRAINT TRIGGER rules_enforce AFTER INSERT OR UPDATE OR DELETE ON @extschema@.assignment
	DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_deferred('partnership_id');

CREATE CONSTRAINT TRIGGER rules_enforce AFTER UPDATE OF sector ON @extschema@.partner
	DEFERRABLE INITIALLY DEFERRED
	FOR EACH ROW EXECUTE FUNCTION @extschema@.rules_partner_deferred('id');

COMMENT ON TRIGGER rules_activation ON @extschema@.partnership IS 'a move into active, or from active or suspended into completed or terminated, fails with 23514 when an error rule fails (constraint name = the first failing rule)';
COMMENT ON TRIGGER rules_enforce ON @extschema@.partnership IS 'at commit, re-checks an active partnership whose row changed (once per transaction)';
COMMENT ON TRIGGER rules_enforce ON @extschema@.member IS 'at commit, re-checks the active partnership of a changed member (once per transaction)';
COMMENT ON TRIGGER rules_enforce ON @extschema@.agreement IS 'at commit, re-checks the active partnership of a changed agreement (once per transaction)';
COMMENT ON TRIGGER rules_enforce ON @extschema@.agreement_party IS 'at commit, re-checks the active partnership of a changed agreement party (once per transaction)';
COMMENT ON TRIGGER rules_enforce ON @extschema@.agreement_clause IS 'at commit, re-checks the active partnership of a changed agreement clause (once per transaction)';
COMMENT ON TRIGGER rules_enforce ON @extschema@.commitment IS 'at commit, re-checks the active partnership of a changed commitment (once per transaction)';
COMMENT ON TRIGGER rules_enforce ON @extschema@.activity IS 'at commit, re-checks the active partnership of a changed activity (once per transaction)';
COMMENT ON TRIGGER rules_enforce ON @extschema@.assignment IS 'at commit, re-checks the active partnership of a changed assignment (once per transaction)';
COMMENT ON TRIGGER rules_enforce ON @extschema@.partner IS 'at commit, re-checks every active partnership of a partner whose sector changed';
