#!/usr/bin/env bash
# The store's tests run on SQLite and on PostgreSQL: Debian's PostgreSQL server binaries, started by the tests
# themselves on loopback with their own data folder (test/support/postgres.ts), never as a system service.
set -euo pipefail
if [ -n "${PG_BIN:-}" ] || ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then exit 0; fi
echo "PostgreSQL is missing: installing Debian's postgresql with apt-get" >&2
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
# policy-rc.d: install the binaries without starting the system service.
printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null && $SUDO chmod +x /usr/sbin/policy-rc.d
$SUDO apt-get install -y -qq postgresql >/dev/null
$SUDO rm -f /usr/sbin/policy-rc.d
