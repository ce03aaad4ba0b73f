# Makefile for the partnership extension (PGXS).
#
#   make                build the module and the install script
#   make install        install into the PostgreSQL found by $(PG_CONFIG)
#   make installcheck   run pg_regress and isolation suites on a running server
#   make demo           the README's main job: set up, build, demo on a throwaway cluster
#   make test           the README's test command: set up, build, every suite
#   make fuzz           run the fuzzers for FUZZ_SECONDS each (default 600)
#   make bench          benchmarks P1-P6 (SPEC 11); make bench-quick: small sizes

EXTENSION = partnership

# The version lives in partnership.control only; everything else derives it.
EXTVERSION := $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" $(EXTENSION).control)

MODULE_big = partnership
# One concern per file: module and settings, the vocabulary mechanism and its
# types, classifications, the registry's triggers, the rules, the scoring.
OBJS = \
	src/classifications.o \
	src/language.o \
	src/likert.o \
	src/partnership.o \
	src/plan_shape.o \
	src/registry_scan.o \
	src/rules.o \
	src/rules_enforce.o \
	src/rules_scan.o \
	src/rules_setting.o \
	src/rules_severity.o \
	src/scoring.o \
	src/trigger_agreement.o \
	src/trigger_audit.o \
	src/trigger_catalogue.o \
	src/trigger_common.o \
	src/trigger_dates.o \
	src/trigger_lifecycle.o \
	src/trigger_rows.o \
	src/vocabulary.o \
	src/vocabulary_sets.o \
	src/vocabulary_terms.o \
	src/vocabulary_types.o

# The newest install script is assembled from the pieces in src/sql/ (see
# below).  Released install scripts are kept frozen beside the upgrade
# scripts (partnership--1.0.0.sql, partnership--1.0.0--1.1.0.sql, ...), all
# shipped by wildcard.
DATA_built = $(EXTENSION)--$(EXTVERSION).sql
DATA = $(filter-out $(DATA_built),$(wildcard $(EXTENSION)--*.sql))

# Vocabulary element types and set types, generated from one template each.
# Order matters only for readability of the assembled script.
VOCABULARY_TYPES = sector role formality horizon \
	partnership_status agreement_kind agreement_status activity_status \
	commitment_kind direction aggregation dimension evaluation_kind \
	evaluation_status challenge risk_status raci severity
VOCABULARY_SETS = sectorset roleset

# pg_regress: one file per feature in sql/, run against a database that
# already has the extension (--load-extension).
REGRESS = $(basename $(notdir $(sort $(wildcard sql/*.sql))))
REGRESS_OPTS = --load-extension=$(EXTENSION)

# Isolation specs live in test/isolation/{specs,expected}.
ISOLATION = $(basename $(notdir $(sort $(wildcard test/isolation/specs/*.spec))))
ISOLATION_OPTS = --inputdir=test/isolation --load-extension=$(EXTENSION)

EXTRA_CLEAN = build results regression.diffs regression.out output_iso \
	test/fuzz/build

# Warnings are errors in our own builds and tests (make test passes
# COPT=-Werror); packagers building with other compilers are not forced.
PG_CPPFLAGS = -I$(srcdir)/src

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)

# On a fresh machine the server headers (and so PGXS) may be missing until
# 'make demo' or 'make test' has installed them; only those targets work then.
ifneq ($(wildcard $(PGXS)),)
include $(PGXS)
endif

# ---------------------------------------------------------------------------
# Install script assembly
# ---------------------------------------------------------------------------

# Pieces named 0* come before the vocabulary types, the rest after them.
SQL_PIECES = $(sort $(wildcard src/sql/*.sql))
SQL_EARLY = $(filter src/sql/0%,$(SQL_PIECES))
SQL_LATE = $(filter-out $(SQL_EARLY),$(SQL_PIECES))
SQL_VOCABULARY = $(patsubst %,build/sql/type_%.sql,$(VOCABULARY_TYPES)) \
	$(patsubst %,build/sql/set_%.sql,$(VOCABULARY_SETS))

build/sql/type_%.sql: src/sql/vocabulary_type.sql.in
	@mkdir -p $(dir $@)
	sed -e 's/@TYPE@/$*/g' $< > $@

# A set type NAMEset has element type NAME and aggregate NAMEs().
build/sql/set_%.sql: src/sql/vocabulary_set.sql.in
	@mkdir -p $(dir $@)
	sed -e 's/@SET@/$*/g' -e 's/@TYPE@/$(patsubst %set,%,$*)/g' $< > $@

# src/sql itself is a prerequisite so that adding, removing or renaming a
# piece (which changes the directory, not the pieces) rebuilds the script.
$(EXTENSION)--$(EXTVERSION).sql: $(SQL_EARLY) $(SQL_VOCABULARY) $(SQL_LATE) src/sql Makefile
	cat $(SQL_EARLY) $(SQL_VOCABULARY) $(SQL_LATE) > $@

# ---------------------------------------------------------------------------
# The README's two commands, and the fuzzers
# ---------------------------------------------------------------------------

.PHONY: deps demo test fuzz fuzz-smoke bench bench-quick

deps:
	bash test/scripts/install-deps.sh

demo:
	bash test/scripts/demo.sh

test:
	bash test/scripts/run-tests.sh

# Every fuzz target (test/fuzz/run.sh) for FUZZ_SECONDS each, one process
# per core; fuzz-smoke for 20 s each.
FUZZ_SECONDS ?= 600
fuzz:
	bash test/fuzz/run.sh $(FUZZ_SECONDS)

fuzz-smoke:
	bash test/fuzz/run.sh 20

# Benchmark P5 (SPEC 11): COPY in/out against native enums on a throwaway
# cluster; needs 'make install' first.  P5_ROWS=1000000 for a quick run.
.PHONY: bench-p5
bench-p5:
	bash test/bench/p5_copy.sh

# Benchmarks P1-P6 (SPEC 11): install the extension, then run every script
# of test/bench on one throwaway cluster, printing each ratio with its sizes
# and a summary; not part of 'make test'.  bench: full sizes (12 to 18
# minutes on 2 cores); bench-quick: small sizes (about a minute).
bench:
	bash test/bench/run.sh full

bench-quick:
	bash test/bench/run.sh quick
