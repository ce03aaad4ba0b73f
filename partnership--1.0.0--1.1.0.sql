/*
 * partnership--1.0.0--1.1.0.sql: update a 1.0.0 registry to release 1.1.0.
 *
 * Every schema change of 1.1.0 is made twice: here, for databases that run
 * 1.0.0, and in the src/sql/ pieces that assemble the fresh 1.1.0 install
 * script.  The upgrade suite (test/scripts/suite-upgrade.sh) proves that
 * both give the same catalogue and the same report rows.  Sections follow
 * the order of the changes; new columns go at the end of their tables in
 * the pieces too, so that both paths give the same column order.
 *
 * Every name is schema-qualified (@extschema@, pg_catalog) so that the
 * script means the same whatever search_path the updating role has.
 */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION partnership UPDATE TO '1.1.0'" to load this file. \quit
