#!/usr/bin/env bash
# Every test: provisions a private PostgreSQL and Redis under .data/test (ports PG_TEST_PORT, REDIS_TEST_PORT),
# builds, runs every test project, then the external checks. The last line totals every suite:
#   N passed, M failed
set -uo pipefail
cd "$(dirname "$0")"
source scripts/services.sh

export PG_EXTRA_OPTIONS="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
unset ConnectionStrings__Postgres ConnectionStrings__PostgresOwner Redis__Configuration
services_start "$PWD/.data/test" "${PG_TEST_PORT:-55442}" "${REDIS_TEST_PORT:-56389}" || { echo "0 passed, 1 failed"; exit 1; }
trap services_stop EXIT

passed=0
failed=0
results=.data/test/results
rm -rf "$results"; mkdir -p "$results"

_log "building"
if ! dotnet build GraphQLPlaybooks.sln -nologo -v quiet -clp:ErrorsOnly; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

# One line per suite: "<suite>: N passed, M failed"
record() { # suite passed failed
  printf '%-28s %s passed, %s failed\n' "$1:" "$2" "$3" >>"$results/summary"
  passed=$((passed + $2)); failed=$((failed + $3))
}

_log "running the .NET test projects"
# A test that hangs fails its run after 5 minutes, naming the test, instead of stalling CI.
dotnet test GraphQLPlaybooks.sln --no-build -nologo --logger "trx" --results-directory "$results/trx" \
  --blame-hang-timeout 5m --blame-hang-dump-type none 2>&1 | tee "$results/dotnet-test.log"
status=${PIPESTATUS[0]}
for trx in "$results"/trx/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  [ "$(( ${p:-0} + ${f:-0} + ${e:-0} ))" -gt 0 ] || continue
  name=$(grep -o 'codeBase="[^"]*\.dll"' "$trx" | head -1 | sed 's/.*\///; s/\.dll"//')
  record "${name:-$(basename "$trx")}" "${p:-0}" "$(( ${f:-0} + ${e:-0} ))"
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then record "dotnet test (exit $status)" 0 1; fi

for check in scripts/checks/*.sh; do
  [ -f "$check" ] || continue
  name=$(basename "$check" .sh)
  _log "external check: $name"
  bash "$check" >"$results/$name.log" 2>&1
  cat "$results/$name.log"
  out=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$results/$name.log" | tail -1)
  if [ -n "$out" ]; then record "$name" "$(cut -d' ' -f1 <<<"$out")" "$(cut -d' ' -f3 <<<"$out")"; else record "$name" 0 1; fi
done

echo
cat "$results/summary" 2>/dev/null
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
