#!/usr/bin/env bash
# The office check (npm run test:office) converts the exported deck and workbook with LibreOffice headless and reads
# the PDFs with pdftotext. Installs Debian's libreoffice-impress, libreoffice-calc and poppler-utils with apt-get when
# missing and root, as ensure-nginx.sh does for nginx.
set -euo pipefail
have_office() { command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 && [ -e /usr/lib/libreoffice/program/libsdlo.so ] && [ -e /usr/lib/libreoffice/program/libsclo.so ]; }
if have_office; then exit 0; fi
packages="libreoffice-impress libreoffice-calc poppler-utils"
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "The office check needs LibreOffice and pdftotext: sudo apt-get install -y --no-install-recommends $packages" >&2
  exit 1
fi
echo "Installing $packages with apt-get…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $packages >/dev/null
have_office
