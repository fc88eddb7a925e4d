#!/usr/bin/env bash
# The old-kernel tests (tests/legacy) run Chromium 108 and 89 from npm packages, which need the shared libraries
# Debian's chromium brings (libnss3, libgbm1 …), and Debian's firefox-esr. Installs them with apt-get when missing.
set -euo pipefail
bash "$(dirname "$0")/ensure-chromium.sh"
FIREFOX="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
if [ -x "$FIREFOX" ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "The Firefox ESR check needs Debian's firefox-esr: sudo apt-get install -y firefox-esr" >&2
  exit 1
fi
echo "Installing firefox-esr with apt-get…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null
[ -x "$FIREFOX" ]
