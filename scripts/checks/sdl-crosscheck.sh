#!/usr/bin/env bash
# SDL printing agrees with graphql-js: for every scripts/checks/sdl-corpus/*.graphql (and the live shared test schema),
# graphql-js's printSchema(buildSchema(sdl)) must equal our SchemaPrinter's output (tools/SdlPrint).
# graphql-js comes from scripts/checks/node_modules (installed with `npm ci` from package-lock.json when missing).
# Prints a diff for each disagreement; the last line is "N passed, M failed".
set -uo pipefail
CHECK_NAME="sdl-crosscheck"
source "$(dirname "${BASH_SOURCE[0]}")/lib/prepare.sh"
cd "$CHECKS_DIR" || exit 1
check_node_modules
check_tool tools/SdlPrint

files=("$CHECKS_DIR"/sdl-corpus/*.graphql "$CHECKS_ROOT/tests/GraphQL.Tests/TestSchema/TestSchema.graphql")
ours=$(mktemp)
trap 'rm -f "$ours"' EXIT
dotnet "$CHECK_TOOL" "${files[@]}" >"$ours"
node sdl-crosscheck.mjs "$ours" "${files[@]}"
