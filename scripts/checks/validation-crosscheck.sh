#!/usr/bin/env bash
# Cross-checks the engine's document validation against graphql-js (see README.md): builds tools/GraphQLCheck
# when needed (or uses GRAPHQL_CHECK), then runs validation-crosscheck.mjs, whose last line is
# "N passed, M failed". Extra arguments go to the .mjs.
set -uo pipefail
CHECK_NAME="validation cross-check"
source "$(dirname "${BASH_SOURCE[0]}")/lib/prepare.sh"
cd "$CHECKS_DIR" || exit 1
check_node_modules
[ -n "${GRAPHQL_CHECK:-}" ] || check_tool tools/GraphQLCheck
exec node validation-crosscheck.mjs "$@"
