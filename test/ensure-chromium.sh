#!/usr/bin/env bash
# Browser tests run in Debian's Chromium (Playwright's own browser download is not reachable here).
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ]; then exit 0; fi
echo "Chromium is missing: installing Debian's chromium and fonts-dejavu-core with apt-get" >&2
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
