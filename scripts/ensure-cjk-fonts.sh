#!/usr/bin/env sh
# Chinese on the review page's screenshots and its browser test needs a CJK font:
# install Debian's fonts-noto-cjk when no font covers Chinese. Quiet when one does.
# .ci/run calls it (CI is root); a user without root and without sudo gets a
# clear message, and the font check of the browser test says it skipped.
set -eu
if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh family 2>/dev/null)" ]; then exit 0; fi
echo "ensure-cjk-fonts: installing Debian package fonts-noto-cjk ..." >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else echo "ensure-cjk-fonts: not root and no sudo: install fonts-noto-cjk to see Chinese on screenshots" >&2; exit 0; fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -qq --no-install-recommends fonts-noto-cjk >/dev/null 2>&1 \
  || { $SUDO apt-get update -qq >/dev/null 2>&1 && $SUDO apt-get install -y -qq --no-install-recommends fonts-noto-cjk >/dev/null; }
[ -n "$(fc-list :lang=zh family 2>/dev/null)" ] || { echo "ensure-cjk-fonts: still no font for Chinese" >&2; exit 1; }
