#!/usr/bin/env bash
# SDL printing agrees with graphql-js: for every scripts/checks/sdl-corpus/*.graphql (and the live shared test schema),
# graphql-js's printSchema(buildSchema(sdl)) must equal our SchemaPrinter's output (tools/SdlPrint).
# graphql-js comes from scripts/checks/node_modules (installed with `npm ci` from package-lock.json when missing).
# Prints a diff for each disagreement; the last line is "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")"
checks=$PWD
root=$(cd ../.. && pwd)

fail() { echo "sdl-crosscheck: $*" >&2; echo "0 passed, 1 failed"; exit 1; }

command -v node >/dev/null || fail "node is not installed"
if [ ! -d node_modules/graphql ] && [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund >&2 || fail "npm ci failed"
fi
[ -d node_modules/graphql ] || fail "graphql-js is missing: no scripts/checks/node_modules/graphql (and no package-lock.json to install it from)"

dotnet build "$root/tools/SdlPrint/SdlPrint.csproj" -nologo -v quiet -clp:ErrorsOnly >&2 || fail "tools/SdlPrint does not build"
tool="$root/tools/SdlPrint/bin/Debug/net10.0/SdlPrint.dll"
[ -f "$tool" ] || fail "no $tool after the build"

files=("$checks"/sdl-corpus/*.graphql "$root/tests/GraphQL.Tests/TestSchema/TestSchema.graphql")
ours=$(mktemp)
trap 'rm -f "$ours"' EXIT
# SdlPrint exits 1 when a file does not build; that file is null in its JSON and counted as failed below.
dotnet "$tool" "${files[@]}" >"$ours"
node sdl-crosscheck.mjs "$ours" "${files[@]}"
