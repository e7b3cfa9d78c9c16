#!/usr/bin/env bash
# Start everything and serve GraphQL Playbooks on http://127.0.0.1:5080/graphql.
# With no configuration: a private PostgreSQL (and Redis, when redis-server is installed) under .data/,
# migrated and seeded with the demo organizations. Ctrl-C stops everything this script started.
# Override with ConnectionStrings__Postgres (+ ConnectionStrings__PostgresOwner), Redis__Configuration,
# ASPNETCORE_URLS, Auth__SigningKey; PG_PORT / REDIS_PORT choose the private services' ports.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/services.sh

services_start "$PWD/.data" "${PG_PORT:-55432}" "${REDIS_PORT:-56379}"
trap services_stop EXIT

_log "building"
dotnet build src/Server -c Release -nologo -v quiet -clp:ErrorsOnly
server=(dotnet src/Server/bin/Release/net10.0/Playbooks.Server.dll)

_log "migrating and seeding"
"${server[@]}" seed

export ASPNETCORE_URLS="${ASPNETCORE_URLS:-http://127.0.0.1:5080}"
# Access tokens are signed with Auth__SigningKey; without one, a random key made once and kept under .data/.
if [ -z "${Auth__SigningKey:-}" ]; then export Auth__SigningKeyFile="${Auth__SigningKeyFile:-$PWD/.data/auth-signing-key}"; fi
_log "serving on $ASPNETCORE_URLS/graphql (demo users: admin@acme.test / playbooks-demo)"
# The server runs as a child so that Ctrl-C (or a TERM) stops it first, then the services (EXIT trap).
"${server[@]}" serve &
server_pid=$!
trap 'kill -TERM "$server_pid" 2>/dev/null' INT TERM
wait "$server_pid" || true
wait "$server_pid" 2>/dev/null || true
