#!/usr/bin/env bash
# The real graphql-ws client (npm) against our WebSocket transport, plus raw-socket protocol checks and one SSE check.
# Installs the pinned packages when needed, builds tools/TransportTestHost when its sources changed, then runs
# graphql-ws-client.mjs (which starts the host on a free port); its last line is "N passed, M failed".
set -uo pipefail
CHECK_NAME="graphql-ws client check"
source "$(dirname "${BASH_SOURCE[0]}")/lib/prepare.sh"
cd "$CHECKS_DIR" || exit 1
check_node_modules
if [ -z "${TRANSPORT_TEST_HOST:-}" ]; then
  check_tool tools/TransportTestHost
  export TRANSPORT_TEST_HOST="$CHECK_TOOL"
fi
node graphql-ws-client.mjs "$@"
