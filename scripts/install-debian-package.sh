#!/usr/bin/env bash
# Installs a Debian package a test suite needs, as root; otherwise says how to and fails.
# Usage: install-debian-package.sh <name> <package> <why it is needed> <for whom>
set -euo pipefail
name=$1 package=$2 why=$3 for_whom=$4
if [ "$(id -u)" != "0" ]; then
  echo "$name is missing: run 'sudo apt-get install -y $package' ($why)." >&2
  exit 1
fi
echo "Installing $name from Debian's packages for $for_whom…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
