#!/usr/bin/env sh
# The server tests and bench:serve run a real PostgreSQL (Debian's `postgresql`
# package), never a mock. Install it when missing (apt, as root or with sudo);
# quiet when it is there. Exit 0 when initdb and pg_ctl can be found, 3 with a
# one-line reason when they cannot be installed (a non-root user without sudo).
set -eu
find_bin() {
  if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/initdb" ]; then echo "$PG_BIN"; return 0; fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}
if find_bin >/dev/null; then exit 0; fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "ensure-postgres: PostgreSQL (initdb, pg_ctl) is not installed and this user cannot install it; install Debian's postgresql package (or set PG_BIN) to run the server tests" >&2
    exit 3
  fi
fi
echo "ensure-postgres: installing Debian package postgresql ..." >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null 2>&1 \
  || { $SUDO apt-get update -qq >/dev/null 2>&1 && $SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null; }
# Debian's package starts a system cluster on port 5432; the tests never use it
# (they start their own throwaway cluster), so leave it as the package set it up.
find_bin >/dev/null || { echo "ensure-postgres: initdb is still missing after installing postgresql" >&2; exit 1; }
