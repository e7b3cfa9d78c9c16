#!/usr/bin/env bash
# Cross-checks execution against graphql-js (see README.md): every query of execution-corpus/ runs on
# execution-schema.graphql with the data of execution-data.json, with graphql-js and with our executor
# (tools/GraphQLCheck execute); data must be equal and errors equal as sets of (message, path, locations).
# Installs the pinned graphql-js and builds tools/GraphQLCheck when needed. Extra arguments go to the .mjs;
# the last line is "N passed, M failed".
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")" || exit 1
root="$(cd ../.. && pwd)"

fail() {
  echo "execution cross-check: $1"
  echo "0 passed, 1 failed"
  exit 1
}

command -v node >/dev/null 2>&1 || fail "node is not installed, so graphql-js cannot run"
command -v npm >/dev/null 2>&1 || fail "npm is not installed, so graphql-js cannot be installed"

# node_modules/.package-lock.json is written by npm ci; reinstall when it is missing or older than the lockfile.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log="$(mktemp)"
  if ! npm ci --no-audit --no-fund --loglevel=error >"$log" 2>&1; then
    tail -n 30 "$log"
    rm -f "$log"
    fail "npm ci failed in scripts/checks"
  fi
  rm -f "$log"
fi

# Build the engine's GraphQLCheck unless GRAPHQL_CHECK points at one, when its sources are newer than its dll.
if [ -z "${GRAPHQL_CHECK:-}" ]; then
  dll="$root/tools/GraphQLCheck/bin/Debug/net10.0/GraphQLCheck.dll"
  if [ ! -f "$dll" ] || [ -n "$(find "$root/src/GraphQL" "$root/tools/GraphQLCheck" \
      \( -path '*/bin' -o -path '*/obj' \) -prune -o -type f \( -name '*.cs' -o -name '*.csproj' \) -newer "$dll" -print -quit)" ] \
      || [ "$root/Directory.Build.props" -nt "$dll" ] || [ "$root/Directory.Packages.props" -nt "$dll" ]; then
    log="$(mktemp)"
    if ! dotnet build "$root/tools/GraphQLCheck" -v q -nologo >"$log" 2>&1; then
      grep -E 'error|Error' "$log" | head -n 30
      rm -f "$log"
      fail "dotnet build tools/GraphQLCheck failed"
    fi
    rm -f "$log"
  fi
fi

exec node execution-crosscheck.mjs "$@"
