/*
 * partnership install script.
 *
 * Assembled by the Makefile from src/sql/: the pieces named 0* first, then
 * the vocabulary types generated from src/sql/vocabulary_type.sql.in and
 * src/sql/vocabulary_set.sql.in, then the other pieces in name order.
 * Edit the pieces, not the assembled file.  Since release 1.0.0 every
 * change to the pieces is also made in the upgrade script
 * (partnership--1.0.0--1.1.0.sql): the upgrade suite compares both.
 *
 * Every name is schema-qualified (@extschema@, pg_catalog) so that the
 * script means the same whatever search_path the installing role has.
 */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION partnership" to load this file. \quit
