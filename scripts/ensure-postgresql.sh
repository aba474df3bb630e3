#!/usr/bin/env bash
# The server tests start a throwaway cluster of Debian's PostgreSQL; install it when it is missing.
set -euo pipefail
if compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  exit 0
fi
exec bash "$(dirname "$0")/install-debian-package.sh" PostgreSQL postgresql \
  'the server tests start a cluster of their own' 'the server tests'
