#!/usr/bin/env bash
# Cross-checks execution against graphql-js (see README.md): every query of execution-corpus/ runs on
# execution-schema.graphql with the data of execution-data.json, with graphql-js and with our executor
# (tools/GraphQLCheck execute); data must be equal and errors equal as sets of (message, path, locations).
# Extra arguments go to the .mjs; the last line is "N passed, M failed".
set -uo pipefail
CHECK_NAME="execution cross-check"
source "$(dirname "${BASH_SOURCE[0]}")/lib/prepare.sh"
cd "$CHECKS_DIR" || exit 1
check_node_modules
[ -n "${GRAPHQL_CHECK:-}" ] || check_tool tools/GraphQLCheck
exec node execution-crosscheck.mjs "$@"
