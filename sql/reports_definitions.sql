--
-- The shared definitions of the reports (doc/reports.md, "Shared
-- definitions") and the C label functions: blank text is C's isspace set
-- (a tab-only text is blank), current member and agreement in force at
-- their day boundaries, and the labels in both languages.
--
SET search_path = partnership, public;

-- Blank: NULL, empty, or spaces, tabs, newlines, CR, FF, VT only.
SELECT to_json(v)::text AS value, is_blank(v) AS blank
FROM (VALUES (NULL), (''), (' '), (E'\t'), (E'\n'), (E' \t\r\n\f\013 '), ('x'), (E'\tx\t'),
	(U&'\00A0')) AS t(v)
ORDER BY 2, 1;

-- Current member: joined by today, not left by today.
SELECT j AS joined, l AS left_, is_current_member(current_date + j, current_date + l) AS current
FROM (VALUES (NULL, NULL), (0, NULL), (1, NULL), (-10, 0), (-10, 1), (NULL, 1)) AS t(j, l)
ORDER BY 1, 2;

-- Agreement in force: binding, signed, today within its period.
SELECT k AS kind, s AS status, f AS from_, t AS to_,
	is_effective(s::agreement_status, current_date + f, current_date + t) AS effective,
	is_in_force(k::agreement_kind, s::agreement_status, current_date + f, current_date + t) AS in_force
FROM (VALUES ('pks', 'signed', 0, 0), ('pks', 'signed', 1, NULL), ('pks', 'signed', -5, -1),
	('addendum', 'signed', -5, NULL), ('mou', 'signed', -5, NULL), ('pks', 'draft', -5, NULL),
	('pks', 'terminated', -5, NULL)) AS v(k, s, f, t)
ORDER BY 1, 2, 3;

-- A clause kind required of an agreement: required, and made required on
-- or before the agreement's signing day (unsigned, or since NULL: always).
SELECT r AS required, since, signed, clause_required_for(r, current_date + since, current_date + signed) AS applies
FROM (VALUES (true, NULL, -5), (true, 0, -1), (true, 0, 0), (true, 0, 1), (true, 0, NULL),
	(false, NULL, 0), (false, NULL, NULL)) AS t(r, since, signed)
ORDER BY 1, 2, 3;

-- Labels of the scoring codes in both languages; other text as is.
SELECT t AS code, term_label(t, 'en') AS en, term_label(t, 'id') AS id
FROM unnest(ARRAY['low', 'medium', 'high', 'critical', 'strength', 'borderline', 'concern',
	'manage_closely', 'keep_satisfied', 'keep_informed', 'monitor', 'other', '']) AS t;
SET partnership.language = 'id';
SELECT report_language(), term_label('critical'), set_label('{government,private,media}'::sectorset),
	set_label('{lead,funder}'::roleset), set_label('{}'::sectorset) IS NULL AS empty_is_null;
RESET partnership.language;
SELECT report_language(), term_label('manage_closely'), set_label('{media,government}'::sectorset);

-- The planner inlines the definitions: no call is left in the plan.
EXPLAIN (VERBOSE, COSTS OFF)
SELECT m.partnership_id FROM member m
WHERE is_current_member(m.joined_on, m.left_on) AND NOT is_blank(m.title);
