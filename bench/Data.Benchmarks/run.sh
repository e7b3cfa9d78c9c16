#!/usr/bin/env bash
# The DB-backed scenario, side by side: the GraphQL server (Release, `serve`) and the hand-written ASP.NET Core + Npgsql
# endpoint (HandWrittenEndpoint.cs) answer "active playbooks by name, first 20, with their steps" on the same private
# PostgreSQL (.data/bench: migrated, seeded, plus bulk-data.sql). The load generator first checks that both answer the
# same JSON, then measures each in turn (10 s of warm-up each, so tiered JIT has settled).
#   bash bench/Data.Benchmarks/run.sh            SECONDS_PER_RUN=15 CONCURRENCY=16 by default
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
source scripts/services.sh
seconds=${SECONDS_PER_RUN:-15}
concurrency=${CONCURRENCY:-16}

unset Redis__Configuration
services_start "$root/.data/bench" "${PG_BENCH_PORT:-55452}" "${REDIS_BENCH_PORT:-56399}"
unset Redis__Configuration
pids=()
cleanup() { for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; services_stop; }
trap cleanup EXIT

_log "building (Release)"
dotnet build src/Server -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet build bench/Data.Benchmarks -c Release -nologo -v quiet -clp:ErrorsOnly
server=(dotnet src/Server/bin/Release/net10.0/Playbooks.Server.dll)
bench=(dotnet bench/Data.Benchmarks/bin/Release/net10.0/Data.Benchmarks.dll)

_log "migrating, seeding, adding the scenario's rows"
"${server[@]}" seed >/dev/null
port=$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"$ConnectionStrings__PostgresOwner")
psql=$(_pg_bin psql)
PGPASSWORD=playbooks_owner "$psql" -q -h 127.0.0.1 -p "$port" -U playbooks_owner -d playbooks -v ON_ERROR_STOP=1 -f bench/Data.Benchmarks/bulk-data.sql
organization=$(PGPASSWORD=playbooks_owner "$psql" -tA -h 127.0.0.1 -p "$port" -U playbooks_owner -d playbooks -c "SELECT id FROM organizations WHERE slug = 'acme'")

graphql_url=http://127.0.0.1:${GRAPHQL_BENCH_PORT:-5091}
handwritten_url=http://127.0.0.1:${HANDWRITTEN_BENCH_PORT:-5092}
ASPNETCORE_URLS=$graphql_url Auth__SigningKeyFile="$root/.data/bench/auth-signing-key" Logging__LogLevel__Default=Warning "${server[@]}" serve >.data/bench/server.log 2>&1 & pids+=($!)
"${bench[@]}" serve --urls "$handwritten_url" --connection "$ConnectionStrings__Postgres" --organization "$organization" >.data/bench/handwritten.log 2>&1 & pids+=($!)
for _ in $(seq 120); do
  curl -sf -o /dev/null "$graphql_url/health" && curl -s -o /dev/null "$handwritten_url/" && break
  sleep 0.5
done

_log "signing in as admin@acme.test"
token=$(curl -s "$graphql_url/graphql" -H 'Content-Type: application/json' \
  -d '{"query":"mutation { login(input: { email: \"admin@acme.test\", password: \"playbooks-demo\" }) { loginResult { token } errors { ... on Error { message } } } }"}' \
  | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { echo "sign-in failed" >&2; exit 1; }

_log "measuring: $concurrency concurrent clients, ${seconds}s each"
graphql=$("${bench[@]}" load --name graphql --url "$graphql_url/graphql" --body bench/Data.Benchmarks/query.json \
  --header "Authorization: Bearer $token" --seconds "$seconds" --warmup 10 --concurrency "$concurrency")
handwritten=$("${bench[@]}" load --name hand-written --url "$handwritten_url/playbooks" --body bench/Data.Benchmarks/query.json \
  --seconds "$seconds" --warmup 10 --concurrency "$concurrency")
echo "$graphql"
echo "$handwritten"
sha() { sed -n 's/.*json sha256 \([0-9a-f]*\).*/\1/p' <<<"$1"; }
rate() { sed -n 's/.* = \([0-9]*\) req\/s.*/\1/p' <<<"$1"; }
[ "$(sha "$graphql")" = "$(sha "$handwritten")" ] && echo "same JSON: yes" || echo "same JSON: NO (compare the responses)"
awk -v g="$(rate "$graphql")" -v h="$(rate "$handwritten")" 'BEGIN { printf "graphql / hand-written throughput: %.2f\n", g / h }'
