#!/usr/bin/env bash
# Installs what the browser, nginx and export tests need from Debian, only when missing and only as root
# (otherwise prints the apt-get line); never downloads a browser of its own.
# usage: bash scripts/ensure.sh chromium|nginx|firefox|libreoffice|postgresql|openpyxl ...
set -euo pipefail
modules=/usr/lib/nginx/modules
missing=()
lean=() # installed without recommends: LibreOffice's pull in hundreds of MB the export check does not need
for target in "$@"; do
  case "$target" in
    # Without CJK fonts Chinese renders as boxes.
    chromium) [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && fc-list :lang=zh 2>/dev/null | grep -q . ||
      missing+=(chromium fonts-noto-cjk) ;;
    nginx) [ -x "${NGINX_PATH:-/usr/sbin/nginx}" ] && [ -f $modules/ngx_http_brotli_filter_module.so ] &&
      [ -f $modules/ngx_http_brotli_static_module.so ] ||
      missing+=(nginx libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static) ;;
    firefox) [ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr) ;;
    # The office check converts the exported deck and workbook headless and reads the PDFs with pdftotext.
    libreoffice) command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 &&
      [ -e /usr/lib/libreoffice/program/libsdlo.so ] && [ -e /usr/lib/libreoffice/program/libsclo.so ] ||
      lean+=(libreoffice-impress libreoffice-calc poppler-utils) ;;
    # The store's tests start a throw-away PostgreSQL cluster of their own (scripts/with-postgres.sh).
    postgresql) compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql) ;;
    # The round-trip test edits an exported workbook as a statistician's script would.
    openpyxl) /usr/bin/python3 -c 'import openpyxl' 2>/dev/null || missing+=(python3-openpyxl) ;;
    *) echo "ensure.sh: unknown target '$target' (chromium, nginx, firefox, libreoffice, postgresql, openpyxl)" >&2; exit 2 ;;
  esac
done
[ ${#missing[@]} -eq 0 ] && [ ${#lean[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || [ -n "${ENSURE_CHECK_ONLY:-}" ] || ! command -v apt-get >/dev/null 2>&1; then
  [ ${#missing[@]} -eq 0 ] || echo "Missing Debian packages: sudo apt-get install -y ${missing[*]}" >&2
  [ ${#lean[@]} -eq 0 ] || echo "Missing: sudo apt-get install -y --no-install-recommends ${lean[*]}" >&2
  exit 1
fi
echo "Installing ${missing[*]} ${lean[*]} with apt-get…"
# Parallel stages may call this at once: one apt run at a time.
exec 9>/tmp/shanxi-dashboard-ensure.lock && flock 9
apt-get update -qq
# policy-rc.d 101: the nginx package must not start a system nginx on port 80; ours runs in the foreground.
policy=/usr/sbin/policy-rc.d
created_policy=false
if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && created_policy=true; fi
export DEBIAN_FRONTEND=noninteractive
[ ${#missing[@]} -eq 0 ] || apt-get install -y -qq "${missing[@]}" >/dev/null
[ ${#lean[@]} -eq 0 ] || apt-get install -y -qq --no-install-recommends "${lean[@]}" >/dev/null
if [ "$created_policy" = true ]; then rm -f "$policy"; fi
ENSURE_CHECK_ONLY=1 bash "$0" "$@"
