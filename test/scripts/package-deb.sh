#!/usr/bin/env bash
# The Debian package, end to end (doc/testing.md).  Run by run-tests.sh
# after the cluster-backed suites, with the tree built and installed by
# make install:
#
#   1. remove the make-install copy of the extension, so that only the
#      package can provide it;
#   2. make deb: dpkg-buildpackage builds postgresql-PGVER-partnership out
#      of tree (pg_buildext, build-PGVER/) and runs its build-time tests
#      (dh_pgxs_test: installcheck against the files in debian/<package>/);
#   3. apt-get install ./postgresql-PGVER-partnership_*.deb; the package
#      must own every file of the extension and hold the very files make
#      install installs (the same list, the same SQL files);
#   4. in a throwaway cluster (pg_virtualenv -t): CREATE EXTENSION from the
#      package gives the default version, the versions offered are this
#      tree's releases, 1.0.0 updates to the default, and the README tour
#      (sql/reports_tour.sql) gives its expected output under pg_regress;
#   5. the autopkgtest, debian/tests/installcheck (pg_buildext installcheck:
#      every regression and isolation suite against the installed package);
#   6. always, also on failure (trap): remove the package and install the
#      make-install copy again, so the suites after this one find what they
#      found before.
#
# It changes the system's PostgreSQL extension files: on a machine shared
# with others, run make test under their install lock.  Needs root or sudo.
set -euo pipefail
cd "$(dirname "$0")/../.."
. test/scripts/common.sh
top=$PWD

version=$(sed -n "s/^default_version = '\(.*\)'/\1/p" partnership.control)
pkg=postgresql-$PGVER-partnership
q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

fail=0
check() {
	local what=$1 got=$2 want=$3
	if [ "$got" = "$want" ]; then
		echo "ok    $what"
	else
		echo "FAIL  $what"
		echo "      got:  $got"
		echo "      want: $want"
		fail=1
	fi
}

# Step 4, inside the throwaway cluster (this script again, see below).
if [ "${1:-}" = in-cluster ]; then
	set +e                  # every step is checked; report them all
	work=$2
	createdb pkg_fresh
	q pkg_fresh "CREATE EXTENSION partnership"
	check "CREATE EXTENSION from the package gives the default version" \
		"$(q pkg_fresh "SELECT extversion FROM pg_extension WHERE extname = 'partnership'")" "$version"
	releases=$(ls partnership--*.sql | sed -n 's/^partnership--\([0-9.]*\)\.sql$/\1/p')
	check "versions offered: this tree's releases and the default" \
		"$(q postgres "SELECT string_agg(version, ' ' ORDER BY string_to_array(version, '.')::int[]) FROM pg_available_extension_versions WHERE name = 'partnership'")" \
		"$(printf '%s\n' $releases "$version" | sort -u -t. -k1,1n -k2,2n -k3,3n | xargs)"
	oldest=$(printf '%s\n' $releases | sort -t. -k1,1n -k2,2n -k3,3n | head -n 1)
	createdb pkg_update
	q pkg_update "CREATE EXTENSION partnership VERSION '$oldest'"
	q pkg_update "SET client_min_messages = warning; ALTER EXTENSION partnership UPDATE"
	check "$oldest updates to $version with the package's scripts" \
		"$(q pkg_update "SELECT extversion FROM pg_extension WHERE extname = 'partnership'")" "$version"
	# the README tour, against its expected output
	regress=$(dirname "$("$PG_CONFIG" --pgxs)")/../test/regress/pg_regress
	if "$regress" --inputdir="$top" --outputdir="$work/tour" \
		--bindir="$("$PG_CONFIG" --bindir)" --dbname=pkg_tour \
		--load-extension=partnership reports_tour > "$work/tour.log" 2>&1; then
		echo "ok    README tour (sql/reports_tour.sql) gives expected/reports_tour.out"
	else
		cat "$work/tour.log"
		[ -f "$work/tour/regression.diffs" ] && cat "$work/tour/regression.diffs"
		echo "FAIL  README tour (sql/reports_tour.sql)"
		fail=1
	fi
	exit $fail
fi

installed() {
	dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

sharedir=$("$PG_CONFIG" --sharedir)
pkglibdir=$("$PG_CONFIG" --pkglibdir)
# What of the extension is on the system now: its files, by name.
extension_files() {
	find "$sharedir/extension" "$pkglibdir" -maxdepth 1 \
		\( -name 'partnership.control' -o -name 'partnership--*.sql' \
		-o -name 'partnership.so' \) 2>/dev/null
	find "$pkglibdir/bitcode" -maxdepth 1 \
		\( -name partnership -o -name 'partnership.index.bc' \) 2>/dev/null
}

work=$(mktemp -d)
chmod 755 "$work"       # the server (user postgres) reads the build's files
mkdir "$work/aside"

restore() {
	local status=$?
	trap - EXIT
	echo "deb: removing the package, installing the make-install copy again"
	if installed "$pkg" && ! as_root apt-get remove -y -q "$pkg" > "$work/remove.log" 2>&1; then
		cat "$work/remove.log"
		echo "FAIL  apt-get remove $pkg"
		status=1
	fi
	# files found on the system that were neither ours nor the package's
	if [ -n "$(ls -A "$work/aside")" ]; then
		as_root cp -a "$work/aside/." / || status=1
	fi
	if ! as_root make -s install PG_CONFIG="$PG_CONFIG"; then
		echo "FAIL  make install"
		status=1
	elif [ ! -f "$sharedir/extension/partnership.control" ] ||
		dpkg -S "$sharedir/extension/partnership.control" >/dev/null 2>&1; then
		echo "FAIL  the make-install copy is not back"
		status=1
	fi
	rm -rf "$work"
	exit $status
}
trap restore EXIT

# 1. a clean state: no make-install copy
if installed "$pkg"; then
	echo "deb: $pkg is installed already; removing it first"
	as_root apt-get remove -y -q "$pkg" > "$work/remove.log" 2>&1 ||
		{ cat "$work/remove.log"; echo "FAIL  apt-get remove $pkg"; exit 1; }
fi
as_root make -s uninstall PG_CONFIG="$PG_CONFIG"
for f in $(extension_files); do
	# left by another tree's make install: kept aside, put back at the end
	echo "deb: setting aside $f (not this tree's, not a package's)"
	as_root mkdir -p "$work/aside$(dirname "$f")"
	as_root mv "$f" "$work/aside$f"
done
check "no partnership files left before installing the package" "$(extension_files | xargs)" ""

# 2. the package, built out of tree with its build-time tests
if ! make -s deb DEB_DIR="$work/deb" > "$work/build.log" 2>&1; then
	tail -n 80 "$work/build.log"
	echo "FAIL  make deb (log above)"
	exit 1
fi
grep -E 'tests (passed|failed)' "$work/build.log" | sed 's/^ */deb: build-time tests: /' || true
deb=$(ls "$work/deb/${pkg}_"*.deb)
echo "deb: built $(basename "$deb")"

# 3. installed with apt, owning exactly what make install installs
if ! as_root apt-get install -y -q "$deb" > "$work/install.log" 2>&1; then
	cat "$work/install.log"
	echo "FAIL  apt-get install $deb"
	exit 1
fi
check "package version" "$(dpkg-query -W -f='${Version}' "$pkg")" "$version-1"
unowned=""
for f in $(extension_files); do
	dpkg -S "$f" 2>/dev/null | grep -q "^$pkg:" || unowned+=" $f"
done
check "every partnership file on the system is the package's" "${unowned:-none}" "none"
make -s install DESTDIR="$work/dest" PG_CONFIG="$PG_CONFIG"
check "the package holds the files make install installs" \
	"$(dpkg -L "$pkg" | grep -E "^($sharedir|$pkglibdir)/" | while read -r f; do [ -f "$f" ] && echo "$f"; done | sort | xargs)" \
	"$(cd "$work/dest" && find . -type f | sed 's|^\.||' | sort | xargs)"
differ=""
for f in "$sharedir"/extension/partnership*; do
	cmp -s "$f" "$work/dest$f" || differ+=" $(basename "$f")"
done
check "its control file and SQL scripts equal the in-tree build's" "${differ:-none}" "none"

# 4. CREATE EXTENSION, update, README tour
pg_virtualenv -t -v "$PGVER" bash "$0" in-cluster "$work" || fail=1

# 5. the autopkgtest, from the package's source tree
if (cd "$work/deb/partnership-$version" && sh debian/tests/installcheck) > "$work/autopkgtest.log" 2>&1; then
	echo "ok    autopkgtest debian/tests/installcheck ($(grep -E 'tests passed' "$work/autopkgtest.log" | xargs))"
else
	tail -n 80 "$work/autopkgtest.log"
	echo "FAIL  autopkgtest debian/tests/installcheck"
	fail=1
fi

exit $fail
