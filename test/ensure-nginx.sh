#!/usr/bin/env bash
# The scale test runs deploy/nginx.conf with Debian's nginx and its brotli_static module, started by the test itself
# on loopback with its own folder (test/scale/), never as a system service. It also needs PostgreSQL.
set -euo pipefail
bash "$(dirname "$0")/ensure-postgres.sh"
if command -v nginx >/dev/null 2>&1 && [ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then exit 0; fi
echo "nginx is missing: installing Debian's nginx and libnginx-mod-http-brotli-static with apt-get" >&2
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
# policy-rc.d: install the binaries without starting the system service.
printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null && $SUDO chmod +x /usr/sbin/policy-rc.d
$SUDO apt-get install -y -qq nginx libnginx-mod-http-brotli-static >/dev/null
$SUDO rm -f /usr/sbin/policy-rc.d
