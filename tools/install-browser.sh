#!/usr/bin/env bash
# Installs what the browser tests drive: Debian's Chromium and its ChromeDriver. The build runs this
# before itest-web's tests (exec-maven-plugin); it does nothing when both are already installed.
set -euo pipefail

CHROMIUM=${STINT_CHROMIUM:-/usr/bin/chromium}
DRIVER=${STINT_CHROMEDRIVER:-/usr/bin/chromedriver}

if [ -x "$CHROMIUM" ] && [ -x "$DRIVER" ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: $CHROMIUM or $DRIVER is missing and there is no apt-get to install them;" >&2
  echo "install Chromium and ChromeDriver, or point STINT_CHROMIUM / STINT_CHROMEDRIVER at them." >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
  else
    echo "install-browser: installing chromium and chromium-driver needs root (or sudo without a password)." >&2
    exit 1
  fi
fi

echo "install-browser: installing Debian's chromium and chromium-driver"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium chromium-driver
"$CHROMIUM" --version
"$DRIVER" --version
