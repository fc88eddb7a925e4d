#!/usr/bin/env bash
# The offline demo file is also checked in Firefox: Debian's firefox-esr, driven headless by puppeteer-core over
# WebDriver BiDi. Installs it with apt-get when missing; never downloads a browser of its own.
set -euo pipefail
have_firefox() { [ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ]; }
if have_firefox; then exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "The Firefox check needs Debian's Firefox ESR: sudo apt-get install -y firefox-esr" >&2
  exit 1
fi
echo "Installing firefox-esr with apt-get…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null
have_firefox
