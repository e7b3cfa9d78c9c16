#!/usr/bin/env bash
# The real graphql-ws client (npm) against our WebSocket transport, plus raw-socket protocol checks and one SSE check.
# Installs the pinned packages when needed, builds tools/TransportTestHost when its sources changed, then runs
# graphql-ws-client.mjs (which starts the host on a free port); its last line is "N passed, M failed".
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")" || exit 1
root="$(cd ../.. && pwd)"

fail() {
  echo "graphql-ws client check: $1"
  echo "0 passed, 1 failed"
  exit 1
}

command -v node >/dev/null 2>&1 || fail "node is not installed"
command -v npm >/dev/null 2>&1 || fail "npm is not installed"

# node_modules/.package-lock.json is written by npm ci; reinstall when it is missing or older than the lockfile.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] \
    || [ ! -d node_modules/graphql-ws ] || [ ! -d node_modules/ws ]; then
  log="$(mktemp)"
  if ! npm ci --no-audit --no-fund --loglevel=error >"$log" 2>&1; then
    tail -n 30 "$log"
    rm -f "$log"
    fail "npm ci failed in scripts/checks"
  fi
  rm -f "$log"
fi

if [ -z "${TRANSPORT_TEST_HOST:-}" ]; then
  dll="$root/tools/TransportTestHost/bin/Debug/net10.0/TransportTestHost.dll"
  if [ ! -f "$dll" ] || [ -n "$(find "$root/src/GraphQL" "$root/tools/TransportTestHost" \
      \( -path '*/bin' -o -path '*/obj' \) -prune -o -type f \( -name '*.cs' -o -name '*.csproj' \) -newer "$dll" -print -quit)" ] \
      || [ "$root/Directory.Build.props" -nt "$dll" ] || [ "$root/Directory.Packages.props" -nt "$dll" ]; then
    log="$(mktemp)"
    if ! dotnet build "$root/tools/TransportTestHost" -v q -nologo >"$log" 2>&1; then
      grep -E 'error|Error' "$log" | head -n 30
      rm -f "$log"
      fail "dotnet build tools/TransportTestHost failed"
    fi
    rm -f "$log"
  fi
  export TRANSPORT_TEST_HOST="$dll"
fi

node graphql-ws-client.mjs "$@"
