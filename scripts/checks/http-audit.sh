#!/usr/bin/env bash
# graphql-http's GraphQL-over-HTTP audit suite (npm graphql-http, pinned in package-lock.json) against the REAL server:
# starts src/Server on a free 127.0.0.1 port, runs every audit (MUST, SHOULD and MAY) on /graphql, prints each result,
# stops the server. The last line is "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")"

fail() { echo "http-audit: $*" >&2; echo "0 passed, 1 failed"; exit 1; }

command -v node >/dev/null || fail "node is not installed"
if [ ! -d node_modules/graphql-http ] && [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund >&2 || fail "npm ci failed"
fi
[ -d node_modules/graphql-http ] || fail "graphql-http is missing from scripts/checks/node_modules"

source lib/live-server.sh
trap live_server_stop EXIT
live_server_start http-audit || fail "the server did not start"
node http-audit.mjs "$LIVE_SERVER_URL/graphql"
