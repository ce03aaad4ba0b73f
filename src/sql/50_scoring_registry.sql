
/* ------------------------------------------------------------------------
 * Scoring of the registry (doc/scoring.md): one evaluation's criteria,
 * dimensions and overall result, and one indicator's actual, achievement
 * and progress.  Needs the registry tables (20_registry.sql) and the
 * settings table (30_rules.sql: gap_threshold, min_respondents; the
 * defaults 1.5 and 3 apply when a row is missing).  See doc/scoring.md.
 *
 * Every function reads one evaluation's or one indicator's rows through
 * their keys (response_pkey, measurement_pkey), so its cost does not grow
 * with the registry.  They are SECURITY INVOKER: row-level security and
 * the caller's grants hold.
 * ------------------------------------------------------------------------
 */

/*
 * evaluation_criteria(), evaluation_dimensions(), evaluation_result() and
 * indicator_result() read the report views evaluation_criteria,
 * evaluations and indicators (one definition of each figure, the views'
 * set-based bodies): they are created after the views, in 70_reports.sql.
 */
