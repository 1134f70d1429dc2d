#!/usr/bin/env bash
# Browser tests run in Debian's Chromium (Playwright's own browser download is not reachable here), with DejaVu and
# Liberation Sans: Liberation Sans has Arial's metrics, for which the page's stand-in for Inter is sized (most
# viewers have Arial; test/e2e/fonts.spec.ts checks that Inter's late arrival moves nothing).
set -euo pipefail
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
missing=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ] || missing+=(chromium fonts-dejavu-core)
fc-list 2>/dev/null | grep -q "Liberation Sans" || missing+=(fonts-liberation)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian's ${missing[*]} with apt-get" >&2
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
