#!/usr/bin/env bash
# The PGXN distribution (doc/testing.md): make dist, run out of tree in a
# scratch directory so that the source tree is untouched, from the work
# tree's tracked files (git stash create; HEAD when nothing is changed), then
#
#   - the zip is partnership-VERSION.zip, VERSION the default_version of
#     partnership.control (the one place the version lives);
#   - it holds, under partnership-VERSION/, exactly the files git tracks
#     plus the generated META.json, less META.json.in (export-ignore): no
#     build product, nothing untracked;
#   - its META.json is valid against test/pgxn/meta-spec-1.0.0.schema.json,
#     with python3-jsonschema and with the built-in checker of
#     test/pgxn/check_meta.py; its version and provides.partnership.version
#     are VERSION, and the files it names are in the zip;
#   - broken copies of that META.json (a required key missing, a version
#     that is not semver, an unknown key) are refused by both, so the
#     schema has teeth;
#   - debian/changelog's upstream version is VERSION too.
#
# Needs no server; exits non-zero on failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
top=$PWD

version=$(sed -n "s/^default_version = '\(.*\)'/\1/p" partnership.control)
dist=partnership-$version
schema=$top/test/pgxn/meta-spec-1.0.0.schema.json
# Debian's interpreter, the one python3-jsonschema is installed for (a
# python3 found first in PATH may lack it); any python3 elsewhere.
py=/usr/bin/python3
[ -x "$py" ] || py=python3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

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

# the work tree's tracked files as a commit (not stored anywhere)
treeish=$(git stash create)
treeish=${treeish:-HEAD}
make -s -C "$work" -f "$top/Makefile" dist DIST_TREEISH="$treeish" > "$work/dist.log" 2>&1 ||
	{ cat "$work/dist.log"; echo "FAIL  make dist"; exit 1; }
check "make dist makes $dist.zip" "$(cd "$work" && ls -- *.zip)" "$dist.zip"

"$py" - "$work/$dist.zip" "$dist" > "$work/zip.list" <<-'EOF'
	import sys, zipfile
	z = zipfile.ZipFile(sys.argv[1])
	prefix = sys.argv[2] + "/"
	for name in z.namelist():
	    if not name.endswith("/"):
	        print(name[len(prefix):] if name.startswith(prefix) else "OUTSIDE " + name)
	z.extract(prefix + "META.json", sys.argv[1] + ".d")
EOF
git ls-tree -r --name-only "$treeish" | grep -vx 'META.json.in' > "$work/want.list"
echo META.json >> "$work/want.list"
check "the zip holds the tracked files and META.json, under $dist/" \
	"$(sort "$work/zip.list" | xargs)" "$(sort "$work/want.list" | xargs)"
check "META.json.in is export-ignore'd" \
	"$(git check-attr export-ignore META.json.in)" "META.json.in: export-ignore: set"

meta=$work/$dist.zip.d/$dist/META.json
for how in "" --builtin; do
	out=$("$py" test/pgxn/check_meta.py "$schema" "$meta" $how 2>&1) && ok=valid || ok=invalid
	echo "      $out" | tail -n 1
	check "META.json valid against the PGXN Meta 1.0.0 schema (${how:-jsonschema})" "$ok" valid
	[ "$ok" = valid ] || echo "$out"
done
check "META.json version, provides.partnership.version" \
	"$("$py" -c 'import json, sys; m = json.load(open(sys.argv[1])); print(m["version"], m["provides"]["partnership"]["version"])' "$meta")" \
	"$version $version"
check "the files META.json names are in the zip" \
	"$("$py" -c 'import json, sys; p = json.load(open(sys.argv[1]))["provides"]["partnership"]; print(p["file"], p["docfile"])' "$meta" |
		tr ' ' '\n' | grep -vxF -f "$work/zip.list" | xargs)" ""

# the schema refuses what it should
"$py" - "$meta" "$work" <<-'EOF'
	import json, sys
	meta = json.load(open(sys.argv[1]))
	def broken(name, change):
	    m = json.loads(json.dumps(meta))
	    change(m)
	    json.dump(m, open("%s/broken-%s.json" % (sys.argv[2], name), "w"))
	broken("no-license", lambda m: m.pop("license"))
	broken("version-not-semver", lambda m: m.update(version="1.1"))
	broken("unknown-key", lambda m: m.update(homepage="https://example.org"))
	broken("provides-without-file", lambda m: m["provides"]["partnership"].pop("file"))
EOF
for f in "$work"/broken-*.json; do
	for how in "" --builtin; do
		if "$py" test/pgxn/check_meta.py "$schema" "$f" $how > /dev/null 2>&1; then
			result=accepted
		else
			result=refused
		fi
		check "a META.json with $(basename "$f" .json | sed 's/^broken-//') is refused (${how:-jsonschema})" "$result" refused
	done
done

check "debian/changelog's upstream version" \
	"$(dpkg-parsechangelog -l debian/changelog -S Version | sed 's/-[^-]*$//')" "$version"

exit $fail
