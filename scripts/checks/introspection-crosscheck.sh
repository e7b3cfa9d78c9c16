#!/usr/bin/env bash
# Cross-checks introspection against graphql-js (see README.md): our executor runs graphql-js's full introspection
# query on a code-first schema and on SDL schemas (TestSchema, execution-schema, sdl-corpus); buildClientSchema +
# printSchema must give our SchemaPrinter's SDL, and graphql-js's re-introspection must equal ours.
# Installs the pinned graphql-js and builds tools/GraphQLCheck when needed; the last line is "N passed, M failed".
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")" || exit 1
root="$(cd ../.. && pwd)"

fail() {
  echo "introspection cross-check: $1"
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

tool="${GRAPHQL_CHECK:-$root/tools/GraphQLCheck/bin/Debug/net10.0/GraphQLCheck.dll}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
node introspection-crosscheck.mjs --query >"$work/query.graphql" || fail "graphql-js could not print the introspection query"
# GraphQLCheck exits 1 when a schema does not build; that schema carries an "error" and is counted as failed.
dotnet "$tool" introspect "$work/query.graphql" "$root/tests/GraphQL.Tests/TestSchema/TestSchema.graphql" execution-schema.graphql sdl-corpus/*.graphql >"$work/ours.json"
[ -s "$work/ours.json" ] || fail "GraphQLCheck introspect printed nothing"
node introspection-crosscheck.mjs "$work/ours.json"
