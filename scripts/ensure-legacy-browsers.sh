#!/usr/bin/env bash
# The old-kernel tests (tests/legacy) run Chromium 108 and 89 from npm packages, which need the shared libraries
# Debian's chromium brings (libnss3, libgbm1 …), and Debian's firefox-esr. Installs them with apt-get when missing.
set -euo pipefail
bash "$(dirname "$0")/ensure-chromium.sh"
bash "$(dirname "$0")/ensure-firefox.sh"
