#!/usr/bin/env bash
# The server tests start a throwaway cluster of Debian's PostgreSQL; install it when it is missing.
set -euo pipefail
if compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "PostgreSQL is missing: run 'sudo apt-get install -y postgresql' (the server tests start a cluster of their own)." >&2
  exit 1
fi
echo "Installing PostgreSQL from Debian's packages for the server tests…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
