#!/usr/bin/env bash
# graphql-http's GraphQL-over-HTTP audit suite (npm graphql-http, pinned in package-lock.json) against the REAL server:
# starts src/Server on a free 127.0.0.1 port, runs every audit (MUST, SHOULD and MAY) on /graphql, prints each result,
# stops the server. The last line is "N passed, M failed".
set -uo pipefail
CHECK_NAME="http-audit"
source "$(dirname "${BASH_SOURCE[0]}")/lib/prepare.sh"
cd "$CHECKS_DIR" || exit 1
fail() { check_fail "$*"; }
check_node_modules

source lib/live-server.sh
trap live_server_stop EXIT
live_server_start http-audit || fail "the server did not start"
node http-audit.mjs "$LIVE_SERVER_URL/graphql"
