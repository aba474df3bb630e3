#!/usr/bin/env bash
# Browser tests drive Debian's Chromium at /usr/bin/chromium; install it when it is missing.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "Chromium is missing: run 'sudo apt-get install -y chromium' (browser tests use /usr/bin/chromium)." >&2
  exit 1
fi
echo "Installing Chromium from Debian's packages for the browser tests…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
