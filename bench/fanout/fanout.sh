#!/usr/bin/env bash
# Subscription fan-out through Redis against the real server (see fanout.mjs for what is measured).
#   bash bench/fanout/fanout.sh              SUBSCRIBERS=200 EVENTS=200 RATE=100 by default
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
source "$root/scripts/checks/lib/live-server.sh"
(cd "$root/scripts/checks" && { [ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null; })
live_server_start fanout || exit 1
trap live_server_stop EXIT
grep -q '"redis":{"status":"Healthy","description":"PING' <(curl -s "$LIVE_SERVER_URL/health") \
  || echo "fanout: warning: the server has no Redis; this measures the in-memory bus" >&2
node "$root/bench/fanout/fanout.mjs" "$LIVE_SERVER_URL/graphql"
