#!/usr/bin/env bash
# Source it from a check: starts the REAL server (src/Server, `serve`) on a free 127.0.0.1 port, for checks that talk to it
# from the outside (graphql-http's audit, the IDE in Chromium).
#   live_server_start <name>   builds src/Server, migrates the `playbooks` database, serves, waits for /health;
#                              sets LIVE_SERVER_URL (http://127.0.0.1:PORT) and LIVE_SERVER_LOG
#   live_server_stop           stops the server (and the private services, when it started them)
# PostgreSQL/Redis: those test.sh exported (ConnectionStrings__Postgres, __PostgresOwner, Redis__Configuration), or the
# private test services of scripts/services.sh under .data/test when the check runs on its own.

_live_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
_live_server_pid=""
_live_services=""

live_server_start() {
  local name=$1 port dll status
  if [ -z "${ConnectionStrings__Postgres:-}" ]; then
    # shellcheck source=../../services.sh
    source "$_live_root/scripts/services.sh"
    services_start "$_live_root/.data/test" "${PG_TEST_PORT:-55442}" "${REDIS_TEST_PORT:-56389}" || return 1
    _live_services=1
  fi
  dotnet build "$_live_root/src/Server/Playbooks.Server.csproj" -nologo -v quiet -clp:ErrorsOnly >&2 || { echo "$name: src/Server does not build" >&2; return 1; }
  dll="$_live_root/src/Server/bin/Debug/net10.0/Playbooks.Server.dll"
  mkdir -p "$_live_root/.data/checks"
  LIVE_SERVER_LOG="$_live_root/.data/checks/$name-server.log"
  dotnet "$dll" migrate >"$LIVE_SERVER_LOG" 2>&1 || { echo "$name: migrate failed (see $LIVE_SERVER_LOG)" >&2; return 1; }
  port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  LIVE_SERVER_URL="http://127.0.0.1:$port"
  Auth__SigningKeyFile="$_live_root/.data/checks/auth-signing-key" ASPNETCORE_URLS="$LIVE_SERVER_URL" dotnet "$dll" serve >>"$LIVE_SERVER_LOG" 2>&1 &
  _live_server_pid=$!
  for _ in $(seq 120); do
    status=$(curl -s -o /dev/null -w '%{http_code}' "$LIVE_SERVER_URL/health" || true)
    if [ "$status" != "000" ] && [ -n "$status" ]; then
      echo "$name: server on $LIVE_SERVER_URL (/health $status, log $LIVE_SERVER_LOG)" >&2
      export LIVE_SERVER_URL LIVE_SERVER_LOG
      return 0
    fi
    kill -0 "$_live_server_pid" 2>/dev/null || { echo "$name: the server exited (see $LIVE_SERVER_LOG)" >&2; tail -20 "$LIVE_SERVER_LOG" >&2; return 1; }
    sleep 0.5
  done
  echo "$name: the server did not answer /health within 60 s" >&2
  return 1
}

live_server_stop() {
  if [ -n "$_live_server_pid" ]; then
    kill -TERM "$_live_server_pid" 2>/dev/null
    wait "$_live_server_pid" 2>/dev/null
    _live_server_pid=""
  fi
  if [ -n "$_live_services" ]; then services_stop; _live_services=""; fi
}
