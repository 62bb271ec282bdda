#!/usr/bin/env sh
# The browser test needs Debian's chromium (driven by playwright-core; never a
# downloaded browser). Install it when missing; quiet when it is there.
set -eu
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
echo "ensure-chromium: installing Debian package chromium ..." >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1 \
  || { $SUDO apt-get update -qq >/dev/null 2>&1 && $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null; }
[ -x "$CHROMIUM" ] || { echo "ensure-chromium: chromium is still missing at $CHROMIUM" >&2; exit 1; }
