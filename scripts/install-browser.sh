#!/usr/bin/env sh
# What the browser test needs, from Debian: chromium (driven by playwright-core;
# never a downloaded browser) and fonts-noto-cjk (without a CJK font the
# report's screenshot shows boxes instead of Chinese). Run as root (or with
# sudo); .ci/run runs it before `npm test`. `npm test` itself installs nothing:
# without chromium the browser test reports itself skipped.
set -eu
PACKAGES="chromium fonts-noto-cjk"
missing=""
for package in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
[ -z "$missing" ] && exit 0
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-browser: need root (or sudo) to install:$missing" >&2; exit 1; }
  SUDO="sudo"
fi
echo "install-browser: installing Debian packages:$missing ..." >&2
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086 # the package list is meant to split
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null 2>&1 \
  || { $SUDO apt-get update -qq >/dev/null 2>&1 && $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null; }
echo "install-browser: done" >&2
