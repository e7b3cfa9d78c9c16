#!/usr/bin/env bash
# Source it from a check in scripts/checks (after setting CHECK_NAME): what every check needs before it runs.
#   check_fail <reason>        prints the reason and "0 passed, 1 failed" (the line test.sh reads), exits 1
#   check_node_modules         node and npm present; `npm ci` when node_modules is missing or older than the lockfile
#   check_tool <tools/Name>    builds tools/Name when its sources (or the engine's) are newer than its dll;
#                              sets CHECK_TOOL to the dll
CHECKS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CHECKS_ROOT=$(cd "$CHECKS_DIR/../.." && pwd)

check_fail() {
  echo "${CHECK_NAME:-check}: $1"
  echo "0 passed, 1 failed"
  exit 1
}

check_node_modules() {
  command -v node >/dev/null 2>&1 || check_fail "node is not installed"
  command -v npm >/dev/null 2>&1 || check_fail "npm is not installed"
  # npm ci writes node_modules/.package-lock.json: reinstall when it is missing or older than the lockfile.
  if [ ! -f "$CHECKS_DIR/node_modules/.package-lock.json" ] || [ "$CHECKS_DIR/package-lock.json" -nt "$CHECKS_DIR/node_modules/.package-lock.json" ]; then
    local log
    log=$(mktemp)
    if ! (cd "$CHECKS_DIR" && npm ci --no-audit --no-fund --loglevel=error) >"$log" 2>&1; then
      tail -n 30 "$log"; rm -f "$log"
      check_fail "npm ci failed in scripts/checks"
    fi
    rm -f "$log"
  fi
}

check_tool() {
  local project=$1 name dll log
  name=$(basename "$project")
  dll="$CHECKS_ROOT/$project/bin/Debug/net10.0/$name.dll"
  if [ ! -f "$dll" ] || [ -n "$(find "$CHECKS_ROOT/src/GraphQL" "$CHECKS_ROOT/$project" \
      \( -path '*/bin' -o -path '*/obj' \) -prune -o -type f \( -name '*.cs' -o -name '*.csproj' \) -newer "$dll" -print -quit)" ] \
      || [ "$CHECKS_ROOT/Directory.Build.props" -nt "$dll" ] || [ "$CHECKS_ROOT/Directory.Packages.props" -nt "$dll" ]; then
    log=$(mktemp)
    if ! dotnet build "$CHECKS_ROOT/$project" -v q -nologo >"$log" 2>&1; then
      grep -E 'error|Error' "$log" | head -n 30; rm -f "$log"
      check_fail "dotnet build $project failed"
    fi
    rm -f "$log"
  fi
  CHECK_TOOL=$dll
}
