# Sourced by the scripts of test/scripts: which PostgreSQL they work with,
# and how they run a command as root.
#
# PG_CONFIG (default pg_config) names the PostgreSQL, as for make; PGVER,
# the major version pg_virtualenv and the package names use, is read from
# it unless set (15 when pg_config is not there yet, before install-deps).

PG_CONFIG=${PG_CONFIG:-pg_config}
export PG_CONFIG
if [ -z "${PGVER:-}" ]; then
	PGVER=$("$PG_CONFIG" --version 2>/dev/null | sed -n 's/^PostgreSQL \([0-9][0-9]*\).*/\1/p')
	PGVER=${PGVER:-15}
fi
export PGVER

# as_root COMMAND...: run COMMAND as root, itself when already root, else
# through sudo; without sudo, fail with one line saying so.
as_root() {
	if [ "$(id -u)" -eq 0 ]; then
		"$@"
	elif command -v sudo >/dev/null 2>&1; then
		sudo "$@"
	else
		echo "$(basename "$0"): cannot run '$*': not root and no sudo" >&2
		return 1
	fi
}
