#!/usr/bin/env bash
# make deb: build the Debian package of partnership (debian/) with
# dpkg-buildpackage -us -uc -b.  The build runs in a copy of the source
# tree, DIR/partnership-VERSION, so that the tree itself gets no build
# products; the .deb files land in DIR (default build/deb).
# DEB_BUILD_OPTIONS and DEB_BUILD_PROFILES are passed through (nocheck
# skips the build-time tests).
#
#   bash test/scripts/build-deb.sh [DIR]
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-build/deb}
. "$top/test/scripts/common.sh"

for tool in dpkg-buildpackage dh pg_buildext dh_pgxs_test; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "make deb: $tool not found: install debhelper, dpkg-dev and postgresql-server-dev-all (make deps does)" >&2
		exit 1
	fi
done

version=$(sed -n "s/^default_version = '\(.*\)'/\1/p" "$top/partnership.control")
mkdir -p "$out"
out=$(cd "$out" && pwd)
src=$out/partnership-$version
rm -rf "$src"
rm -f "$out"/*.deb "$out"/*.ddeb "$out"/*.buildinfo "$out"/*.changes
mkdir -p "$src"

# The sources: git's view of the tree (tracked files and new ones, not
# ignored ones); outside git, the whole tree, which then must be clean
# (the Makefile refuses an out-of-tree build next to in-tree products).
if git -C "$top" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	(cd "$top" && git ls-files -z --cached --others --exclude-standard |
		while IFS= read -r -d '' f; do
			[ -e "$f" ] && printf '%s\0' "$f"
		done | tar --null -T - -cf -) | tar -xf - -C "$src"
else
	tar -C "$top" --exclude=./build --exclude='./build-*' -cf - . | tar -xf - -C "$src"
fi

echo "make deb: building $src (DEB_BUILD_OPTIONS=${DEB_BUILD_OPTIONS:-})"
(cd "$src" && dpkg-buildpackage -us -uc -b)
echo "make deb: packages in $out:"
ls -1 "$out"/*.deb
