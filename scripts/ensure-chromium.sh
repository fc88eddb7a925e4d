#!/usr/bin/env bash
# Browser tests use Debian's Chromium and CJK fonts (without them Chinese renders as boxes).
# Installs both with apt-get when missing; never downloads a browser of its own.
set -euo pipefail
have_chromium() { [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; }
have_cjk_fonts() { command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh 2>/dev/null | head -n 1)" ]; }
if have_chromium && have_cjk_fonts; then exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Browser tests need Debian's Chromium and CJK fonts: sudo apt-get install -y chromium fonts-noto-cjk" >&2
  exit 1
fi
echo "Installing chromium and fonts-noto-cjk with apt-get…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
have_chromium && have_cjk_fonts
