# Makefile for the partnership extension (PGXS).
#
#   make                build the module and the install script
#   make install        install into the PostgreSQL found by $(PG_CONFIG)
#   make installcheck   run pg_regress and isolation suites on a running server
#   make demo           the README's main job: set up, build, demo on a throwaway cluster
#   make test           the README's test command: set up, build, every suite
#   make deps           install the Debian packages the targets here need
#   make deb            the Debian package postgresql-15-partnership, into $(DEB_DIR)
#   make dist           the PGXN distribution partnership-VERSION.zip (git archive)
#   make fuzz           run the fuzzers for FUZZ_SECONDS each (default 600)
#   make bench          benchmarks P1-P9; make bench-quick: small sizes
#
# Out-of-tree builds work as Debian's pg_buildext runs them, from a source
# tree without build products (make clean there first):
#
#   mkdir build-15 && make -C build-15 -f ../Makefile VPATH=..

EXTENSION = partnership

# Where the sources are: '.' in the source tree; out of tree the directory
# VPATH names (pg_buildext passes VPATH), else that of the Makefile given
# with -f.  PGXS's Makefile.global sets srcdir the same way once included;
# everything below that reads a source says $(srcdir).
ifdef VPATH
srcdir := $(patsubst %/,%,$(VPATH))
else
srcdir := $(patsubst %/,%,$(dir $(firstword $(MAKEFILE_LIST))))
endif

# The version lives in partnership.control only; everything else derives it.
EXTVERSION := $(shell sed -n "s/^default_version = '\(.*\)'/\1/p" $(srcdir)/$(EXTENSION).control)
ifeq ($(EXTVERSION),)
$(error cannot read default_version from $(srcdir)/$(EXTENSION).control)
endif

MODULE_big = partnership
# One concern per file, one directory per part (README.md, Layout):
# the module and its settings, the message catalogue and multi-institution
# mode at the top; audit/ the audit trail; import/ the spreadsheet import;
# registry/ the registry's triggers and the scans they share; reports/ the
# label and calendar functions of the report views; rules/ the rules engine;
# scoring/ the scoring; vocabulary/ the vocabulary types.
OBJS = \
	src/institution.o \
	src/messages.o \
	src/partnership.o \
	src/audit/audit.o \
	src/import/apply_lock.o \
	src/import/circle.o \
	src/import/import_fmgr.o \
	src/import/parse_amount.o \
	src/import/parse_date.o \
	src/import/parse_list.o \
	src/import/staging.o \
	src/registry/amend.o \
	src/registry/catalog.o \
	src/registry/ddl_guard.o \
	src/registry/notify.o \
	src/registry/plan_shape.o \
	src/registry/scan.o \
	src/registry/trigger_agreement.o \
	src/registry/trigger_catalogue.o \
	src/registry/trigger_common.o \
	src/registry/trigger_constraints.o \
	src/registry/trigger_dates.o \
	src/registry/trigger_lifecycle.o \
	src/registry/trigger_row_dates.o \
	src/registry/trigger_rows.o \
	src/registry/trigger_span.o \
	src/reports/calendar.o \
	src/reports/labels.o \
	src/rules/catalogue.o \
	src/rules/check.o \
	src/rules/enforce.o \
	src/rules/facts.o \
	src/rules/judge.o \
	src/rules/severity.o \
	src/scoring/likert.o \
	src/scoring/scoring.o \
	src/vocabulary/classifications.o \
	src/vocabulary/language.o \
	src/vocabulary/sets.o \
	src/vocabulary/terms.o \
	src/vocabulary/types.o \
	src/vocabulary/vocabulary.o

# The newest install script is assembled from the pieces in src/sql/ (see
# below).  Released install scripts are kept frozen beside the upgrade
# scripts (partnership--1.0.0.sql, partnership--1.0.0--1.1.0.sql, ...), all
# shipped by wildcard.
DATA_built = $(EXTENSION)--$(EXTVERSION).sql
DATA = $(filter-out $(DATA_built),$(notdir $(wildcard $(srcdir)/$(EXTENSION)--*.sql)))

# Vocabulary element types and set types, generated from one template each:
# the types are those of the definition list src/vocabulary/terms.def, in
# its order; the sets are the vocabularies with a set type.
VOCABULARY_TYPES = $(shell sed -n 's/^VOCABULARY.[A-Z_]*, \([a-z_]*\),.*/\1/p' $(srcdir)/src/vocabulary/terms.def)
VOCABULARY_SETS = sectorset roleset

# pg_regress: one file per feature in sql/, run against a database that
# already has the extension (--load-extension).  A test that reads another
# file finds it through pg_regress's PG_ABS_SRCDIR (\getenv), so that it
# also runs out of tree.
REGRESS = $(basename $(notdir $(sort $(wildcard $(srcdir)/sql/*.sql))))
REGRESS_OPTS = --load-extension=$(EXTENSION)

# Isolation specs live in test/isolation/{specs,expected}.
ISOLATION = $(basename $(notdir $(sort $(wildcard $(srcdir)/test/isolation/specs/*.spec))))
ISOLATION_OPTS = --inputdir=$(srcdir)/test/isolation --load-extension=$(EXTENSION)

EXTRA_CLEAN = build results regression.diffs regression.out output_iso \
	test/fuzz/build $(EXTENSION)-*.zip

# Warnings are errors in our own builds and tests (make test passes
# COPT=-Werror); packagers building with other compilers are not forced.
PG_CPPFLAGS = -I$(srcdir)/src

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)

# Goals that work without PGXS: they install it first (deps, demo, test,
# fuzz, bench: test/scripts/install-deps.sh) or do not build here (dist
# needs git, deb runs pg_buildext).  Anything else stops at once, in one
# line, rather than failing later for want of a rule.
NO_PGXS_GOALS = deps demo test dist deb fuzz fuzz-smoke bench bench-quick bench-p5
# Goals that need PGXS but not the server headers: Debian's
# postgresql-client ships PGXS and pg_regress, so installcheck runs where
# only the package is installed (autopkgtest).
NO_HEADERS_GOALS = $(NO_PGXS_GOALS) installcheck clean distclean \
	maintainer-clean uninstall
goals = $(or $(MAKECMDGOALS),all)

ifneq ($(wildcard $(PGXS)),)
include $(PGXS)
else ifneq ($(filter-out $(NO_PGXS_GOALS),$(goals)),)
ifeq ($(shell command -v $(PG_CONFIG) 2>/dev/null),)
$(error $(PG_CONFIG) not found: install postgresql-server-dev-15 (make deps does), or set PG_CONFIG=/path/to/pg_config)
else
$(error no PGXS at "$(PGXS)" (from $(PG_CONFIG) --pgxs): install the server development package of that PostgreSQL, postgresql-server-dev-15 (make deps does))
endif
endif

ifneq ($(wildcard $(PGXS)),)
ifneq ($(filter-out $(NO_PGXS_GOALS),$(goals)),)
# The install script needs PostgreSQL 15 (security_invoker report views);
# see doc/compatibility.md.
ifneq ($(shell test "$(MAJORVERSION)" -ge 15 2>/dev/null && echo ok),ok)
$(error partnership needs PostgreSQL 15 or later, but $(PG_CONFIG) is PostgreSQL $(MAJORVERSION) (see doc/compatibility.md))
endif
endif
ifeq ($(wildcard $(includedir_server)/postgres.h),)
ifneq ($(filter-out $(NO_HEADERS_GOALS),$(goals)),)
$(error no server headers in $(includedir_server): install postgresql-server-dev-$(MAJORVERSION) (make deps does))
endif
endif
endif

# ---------------------------------------------------------------------------
# Out-of-tree builds
# ---------------------------------------------------------------------------

# make would find an in-tree build's products in $(srcdir) through VPATH,
# take them for up to date, and then miss them here: refuse instead.
ifneq ($(realpath $(srcdir)),$(CURDIR))
ifneq ($(filter-out clean distclean maintainer-clean $(NO_PGXS_GOALS),$(goals)),)
srcdir_products := $(wildcard $(srcdir)/$(EXTENSION)$(DLSUFFIX) \
	$(srcdir)/src/*.o $(srcdir)/src/*/*.o $(srcdir)/$(DATA_built) $(srcdir)/build/sql)
ifneq ($(srcdir_products),)
$(error out-of-tree build, but $(srcdir) holds build products ($(firstword $(srcdir_products)) ...): run make clean there first)
endif
endif
endif

# The objects (and bitcode) go to src/ of the build directory, which an
# out-of-tree build has to make.
$(OBJS) $(OBJS:.o=.bc): | objdir
# PGXS tracks no header dependencies here (the server is configured without
# --enable-depend): every object depends on every header and on the
# message catalogue's definition lists, which are small enough to rebuild
# everything when one changes.
$(OBJS): $(wildcard $(srcdir)/src/*.h $(srcdir)/src/*/*.h $(srcdir)/src/*/*.def)
.PHONY: objdir
objdir:
	@mkdir -p $(sort $(dir $(OBJS)))

# ---------------------------------------------------------------------------
# Install script assembly
# ---------------------------------------------------------------------------

# Pieces named 0* come before the vocabulary types, the rest after them.
SQL_PIECES := $(sort $(wildcard $(srcdir)/src/sql/*.sql))
SQL_EARLY := $(filter $(srcdir)/src/sql/0%,$(SQL_PIECES))
SQL_LATE := $(filter-out $(SQL_EARLY),$(SQL_PIECES))
SQL_VOCABULARY := $(patsubst %,build/sql/type_%.sql,$(VOCABULARY_TYPES)) \
	$(patsubst %,build/sql/set_%.sql,$(VOCABULARY_SETS))

build/sql/type_%.sql: $(srcdir)/src/sql/vocabulary_type.sql.in
	@mkdir -p $(dir $@)
	sed -e 's/@TYPE@/$*/g' $< > $@

# A set type NAMEset has element type NAME and aggregate NAMEs().
build/sql/set_%.sql: $(srcdir)/src/sql/vocabulary_set.sql.in
	@mkdir -p $(dir $@)
	sed -e 's/@SET@/$*/g' -e 's/@TYPE@/$(patsubst %set,%,$*)/g' $< > $@

# src/sql itself is a prerequisite so that adding, removing or renaming a
# piece (which changes the directory, not the pieces) rebuilds the script.
$(EXTENSION)--$(EXTVERSION).sql: $(SQL_EARLY) $(SQL_VOCABULARY) $(SQL_LATE) \
		$(srcdir)/src/sql $(srcdir)/Makefile
	cat $(SQL_EARLY) $(SQL_VOCABULARY) $(SQL_LATE) > $@

# ---------------------------------------------------------------------------
# Packages: PGXN and Debian
# ---------------------------------------------------------------------------

# The PGXN distribution: 'git archive' of DIST_TREEISH (default HEAD, what
# is committed), with META.json generated from META.json.in for this
# version; META.json.in itself is export-ignore'd (.gitattributes).
DIST = $(EXTENSION)-$(EXTVERSION)
DIST_TREEISH ?= HEAD
.PHONY: dist
dist:
	@mkdir -p build/dist
	sed -e 's/@VERSION@/$(EXTVERSION)/g' $(srcdir)/META.json.in > build/dist/META.json
	git -C $(srcdir) archive --format=zip --prefix=$(DIST)/ \
		--add-file=$(abspath build/dist/META.json) \
		-o $(abspath $(DIST).zip) $(DIST_TREEISH)
	@git -C $(srcdir) diff --quiet HEAD -- 2>/dev/null || \
		[ "$(DIST_TREEISH)" != HEAD ] || \
		echo "dist: note: uncommitted changes are not in $(DIST).zip (it is made from HEAD)"
	@echo "dist: $(DIST).zip"

# The Debian package (debian/), built from a copy of the source tree by
# dpkg-buildpackage; the .deb files land in DEB_DIR.  DEB_BUILD_OPTIONS
# (e.g. nocheck) is passed through.
DEB_DIR ?= build/deb
.PHONY: deb
deb:
	bash $(srcdir)/test/scripts/build-deb.sh $(DEB_DIR)

# ---------------------------------------------------------------------------
# The README's two commands, and the fuzzers
# ---------------------------------------------------------------------------

.PHONY: deps demo test fuzz fuzz-smoke bench bench-quick

deps:
	bash $(srcdir)/test/scripts/install-deps.sh

demo:
	bash $(srcdir)/test/scripts/demo.sh

test:
	bash $(srcdir)/test/scripts/run-tests.sh

# Every fuzz target (test/fuzz/run.sh) for FUZZ_SECONDS each, one process
# per core; fuzz-smoke for 20 s each.
FUZZ_SECONDS ?= 600
fuzz:
	bash $(srcdir)/test/fuzz/run.sh $(FUZZ_SECONDS)

fuzz-smoke:
	bash $(srcdir)/test/fuzz/run.sh 20

# Benchmark P5 (doc/performance.md): COPY in/out against native enums on a throwaway
# cluster; needs 'make install' first.  P5_ROWS=1000000 for a quick run.
.PHONY: bench-p5
bench-p5:
	bash $(srcdir)/test/bench/p5_copy.sh

# Benchmarks P1-P8: install the extension, then run every script
# of test/bench on one throwaway cluster, printing each ratio with its sizes
# and a summary; not part of 'make test'.  bench: full sizes (18 to 28
# minutes on 2 cores); bench-quick: small sizes (a few minutes).
bench:
	bash $(srcdir)/test/bench/run.sh full

bench-quick:
	bash $(srcdir)/test/bench/run.sh quick
