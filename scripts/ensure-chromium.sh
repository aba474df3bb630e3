#!/usr/bin/env bash
# Browser tests drive Debian's Chromium at /usr/bin/chromium; install it when it is missing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
exec bash "$(dirname "$0")/install-debian-package.sh" Chromium chromium \
  'browser tests use /usr/bin/chromium' 'the browser tests'
