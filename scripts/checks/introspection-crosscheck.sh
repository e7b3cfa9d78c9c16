#!/usr/bin/env bash
# Cross-checks introspection against graphql-js (see README.md): our executor runs graphql-js's full introspection
# query on a code-first schema and on SDL schemas (TestSchema, execution-schema, sdl-corpus); buildClientSchema +
# printSchema must give our SchemaPrinter's SDL, and graphql-js's re-introspection must equal ours.
# Installs the pinned graphql-js and builds tools/GraphQLCheck when needed; the last line is "N passed, M failed".
set -uo pipefail
CHECK_NAME="introspection cross-check"
source "$(dirname "${BASH_SOURCE[0]}")/lib/prepare.sh"
cd "$CHECKS_DIR" || exit 1
check_node_modules
CHECK_TOOL=""
[ -n "${GRAPHQL_CHECK:-}" ] || check_tool tools/GraphQLCheck
tool="${GRAPHQL_CHECK:-$CHECK_TOOL}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
node introspection-crosscheck.mjs --query >"$work/query.graphql" || check_fail "graphql-js could not print the introspection query"
# GraphQLCheck exits 1 when a schema does not build; that schema carries an "error" and is counted as failed.
dotnet "$tool" introspect "$work/query.graphql" "$CHECKS_ROOT/tests/GraphQL.Tests/TestSchema/TestSchema.graphql" execution-schema.graphql sdl-corpus/*.graphql >"$work/ours.json"
[ -s "$work/ours.json" ] || check_fail "GraphQLCheck introspect printed nothing"
node introspection-crosscheck.mjs "$work/ours.json"
