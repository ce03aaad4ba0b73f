/* ------------------------------------------------------------------------
 * A partnership's whole life (doc/registry.md#renewal,
 * doc/registry.md#the-end-of-a-partnership, doc/registry.md#sensible-dates):
 * renewal by amend(), what a proposal needs, what the end sets and ends,
 * the window after the end, and dates that make sense.  The guard of
 * 22_triggers.sql asks the window (src/registry/trigger_span.c).
 * ------------------------------------------------------------------------
 */

CREATE FUNCTION @extschema@.amend(agreement_id pg_catalog.int8, number pg_catalog.text,
	effective_to pg_catalog.date DEFAULT NULL)
	RETURNS pg_catalog.int8
	AS 'MODULE_PATHNAME', 'partnership_amend'
	LANGUAGE C VOLATILE PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.amend(pg_catalog.int8, pg_catalog.text, pg_catalog.date) IS 'renews a signed pks or addendum: inserts its draft addendum (version one more) with the same parties, roles, responsibilities and signatories (unsigned) and clauses, in force from today (from the day after the amended one ran out, if earlier) until effective_to (default: the amended one''s end, or, if that has passed, as long after today as it ran, not past the partnership''s end); returns its id, to be signed as usual';

CREATE FUNCTION @extschema@.partnership_span_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'partnership_span_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.partnership_span_trigger() IS 'an owner and starts_on from proposed on; completing or terminating sets ended_on (default today; termination needs end_reason) and terminates every agreement still signed that had not run out by then (BEFORE ROW on partnership)';

CREATE FUNCTION @extschema@.registry_date_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'registry_date_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.registry_date_trigger() IS 'a date column (argument 1) is not in the future (past) and inside the partnership''s dates (within), per argument 2 (BEFORE ROW on dated tables)';

CREATE FUNCTION @extschema@.evaluation_close_trigger()
	RETURNS trigger AS 'MODULE_PATHNAME', 'evaluation_close_trigger'
	LANGUAGE C;
COMMENT ON FUNCTION @extschema@.evaluation_close_trigger() IS 'an evaluation is closed only with responses and once its period has ended, and is not inserted closed (BEFORE INSERT OR UPDATE ROW on evaluation)';

CREATE TRIGGER p15_span BEFORE INSERT OR UPDATE ON @extschema@.partnership
	FOR EACH ROW EXECUTE FUNCTION @extschema@.partnership_span_trigger();
COMMENT ON TRIGGER p15_span ON @extschema@.partnership IS 'an owner and starts_on from proposed on; the end sets ended_on and terminates the agreements still signed and in force or to come';
CREATE TRIGGER p25_dates BEFORE INSERT OR UPDATE OF signed_on, partnership_id ON @extschema@.agreement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_date_trigger('signed_on', 'past');
COMMENT ON TRIGGER p25_dates ON @extschema@.agreement IS 'signed_on is not in the future';
CREATE TRIGGER p25_terminated BEFORE INSERT OR UPDATE OF terminated_on, partnership_id ON @extschema@.agreement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_date_trigger('terminated_on', 'past');
COMMENT ON TRIGGER p25_terminated ON @extschema@.agreement IS 'terminated_on is not in the future (nor before the signature: agreement_terminated_on_check, tested with the agreement''s constraints)';
CREATE TRIGGER p25_dates BEFORE INSERT OR UPDATE OF signed_on, partnership_id ON @extschema@.agreement_party
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_date_trigger('signed_on', 'past');
COMMENT ON TRIGGER p25_dates ON @extschema@.agreement_party IS 'signed_on is not in the future';
CREATE TRIGGER p25_dates BEFORE INSERT OR UPDATE OF committed_on, partnership_id ON @extschema@.commitment
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_date_trigger('committed_on', 'past');
COMMENT ON TRIGGER p25_dates ON @extschema@.commitment IS 'committed_on is not in the future';
CREATE TRIGGER p25_dates BEFORE INSERT OR UPDATE OF paid_on, partnership_id ON @extschema@.disbursement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_date_trigger('paid_on', 'past,within');
COMMENT ON TRIGGER p25_dates ON @extschema@.disbursement IS 'paid_on is not in the future and inside the partnership''s dates';
CREATE TRIGGER p25_dates BEFORE INSERT OR UPDATE OF period_end, partnership_id ON @extschema@.measurement
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_date_trigger('period_end', 'within');
COMMENT ON TRIGGER p25_dates ON @extschema@.measurement IS 'period_end is inside the partnership''s dates';
CREATE TRIGGER p25_dates BEFORE INSERT OR UPDATE OF period_end, partnership_id ON @extschema@.evaluation
	FOR EACH ROW EXECUTE FUNCTION @extschema@.registry_date_trigger('period_end', 'within');
COMMENT ON TRIGGER p25_dates ON @extschema@.evaluation IS 'period_end is inside the partnership''s dates';
CREATE TRIGGER p25_close BEFORE INSERT OR UPDATE OF status ON @extschema@.evaluation
	FOR EACH ROW EXECUTE FUNCTION @extschema@.evaluation_close_trigger();
COMMENT ON TRIGGER p25_close ON @extschema@.evaluation IS 'closed only with responses, once the period has ended (a new row cannot be closed)';
