#!/usr/bin/env bash
# Banana Cake Pop at /graphql in headless Debian Chromium, against the REAL server (see ide-browser.mjs for the checks).
# Chromium comes from Debian (apt-get install chromium, done here when missing and running as root); puppeteer-core
# (pinned in package-lock.json) never downloads a browser. A screenshot lands in .data/checks/ide-browser.png.
# The last line is "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")"

fail() { echo "ide-browser: $*" >&2; echo "0 passed, 1 failed"; exit 1; }

chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "ide-browser: installing Debian's chromium" >&2
    (apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || fail "apt-get install chromium failed"
  else
    fail "no Chromium at $chromium, and not root to apt-get install chromium (set CHROMIUM to a Chromium binary)"
  fi
fi
command -v node >/dev/null || fail "node is not installed"
if [ ! -d node_modules/puppeteer-core ] && [ -f package-lock.json ]; then
  # PUPPETEER_SKIP_DOWNLOAD: puppeteer-core downloads nothing anyway; this keeps it so.
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund >&2 || fail "npm ci failed"
fi
[ -d node_modules/puppeteer-core ] || fail "puppeteer-core is missing from scripts/checks/node_modules"

source lib/live-server.sh
trap live_server_stop EXIT
live_server_start ide-browser || fail "the server did not start"
# The IDE's files are copied into the server's output by its build (npm ci --prefix ide when needed).
CHROMIUM="$chromium" node ide-browser.mjs "$LIVE_SERVER_URL" "$(cd ../.. && pwd)/.data/checks/ide-browser.png"
