#!/usr/bin/env bash
# The nginx tests and `npm run preview:nginx` run Debian's nginx with its brotli modules.
# Installs them with apt-get when missing and root, as ensure-chromium.sh does for the browser.
set -euo pipefail
nginx_path="${NGINX_PATH:-/usr/sbin/nginx}"
modules=/usr/lib/nginx/modules
have_nginx() { [ -x "$nginx_path" ] && [ -f "$modules/ngx_http_brotli_filter_module.so" ] && [ -f "$modules/ngx_http_brotli_static_module.so" ]; }
if have_nginx; then exit 0; fi
packages="nginx libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static"
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "The nginx tests need Debian's nginx and its brotli modules: sudo apt-get install -y $packages" >&2
  exit 1
fi
echo "Installing $packages with apt-get…"
apt-get update -qq
# policy-rc.d 101: the package must not start a system nginx on port 80; ours runs in the foreground when asked.
policy=/usr/sbin/policy-rc.d
created_policy=false
if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' > "$policy" && chmod +x "$policy" && created_policy=true; fi
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages >/dev/null
if [ "$created_policy" = true ]; then rm -f "$policy"; fi
have_nginx
