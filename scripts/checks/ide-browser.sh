#!/usr/bin/env bash
# Banana Cake Pop at /graphql in headless Debian Chromium, against the REAL server (see ide-browser.mjs for the checks).
# Chromium comes from Debian (apt-get install chromium, done here when missing and running as root); puppeteer-core
# (pinned in package-lock.json) never downloads a browser. A screenshot lands in .data/checks/ide-browser.png.
# The last line is "N passed, M failed".
set -uo pipefail
CHECK_NAME="ide-browser"
source "$(dirname "${BASH_SOURCE[0]}")/lib/prepare.sh"
cd "$CHECKS_DIR" || exit 1
fail() { check_fail "$*"; }

chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "ide-browser: installing Debian's chromium" >&2
    (apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || fail "apt-get install chromium failed"
  else
    fail "no Chromium at $chromium, and not root to apt-get install chromium (set CHROMIUM to a Chromium binary)"
  fi
fi
# PUPPETEER_SKIP_DOWNLOAD: puppeteer-core downloads nothing anyway; this keeps it so.
PUPPETEER_SKIP_DOWNLOAD=1 check_node_modules

source lib/live-server.sh
trap live_server_stop EXIT
live_server_start ide-browser || fail "the server did not start"
# The IDE's files are copied into the server's output by its build (npm ci --prefix ide when needed).
CHROMIUM="$chromium" node ide-browser.mjs "$LIVE_SERVER_URL" "$(cd ../.. && pwd)/.data/checks/ide-browser.png"
