#!/usr/bin/env bash
# Private PostgreSQL and Redis for ./run.sh and ./test.sh. Source it, then call
#   services_start <data-dir> <pg-port> <redis-port>
# It exports the connection settings the server and the tests read, unless they are already set:
#   ConnectionStrings__Postgres       the application role (not the tables' owner, so row-level security applies)
#   ConnectionStrings__PostgresOwner  the owner role (migrations, seeding, explicit system scope)
#   PLAYBOOKS_TEST_POSTGRES_ADMIN     a superuser connection (tests create one database per test class)
#   Redis__Configuration              when redis-server is available
# PG_EXTRA_OPTIONS adds server options (test.sh turns durability off: its data is thrown away).
# services_stop stops whatever services_start started (and nothing else).

_services_started_pg=""
_services_started_redis=""

_log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }

_pg_bin() {
  local tool=$1 dir
  if command -v "$tool" >/dev/null 2>&1; then command -v "$tool"; return; fi
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/$tool" ] && { echo "$dir/$tool"; return; }
  done
  return 1
}

_port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The first free port from $1 on (another checkout's services may hold the default one).
_free_port() {
  local port=$1
  while _port_in_use "$port"; do port=$((port + 1)); done
  echo "$port"
}

_as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

_ensure_postgres_installed() {
  _pg_bin initdb >/dev/null && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    _log "installing postgresql from Debian packages"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    _pg_bin initdb >/dev/null && return 0
  fi
  echo "PostgreSQL binaries (initdb, pg_ctl) not found. Install them (Debian: apt-get install postgresql)" >&2
  echo "or set ConnectionStrings__Postgres and ConnectionStrings__PostgresOwner." >&2
  return 1
}

_ensure_redis_installed() {
  command -v redis-server >/dev/null && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    _log "installing redis-server from Debian packages"
    (apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null) || true
  fi
  command -v redis-server >/dev/null
}

services_start_postgres() {
  local data=$1 port=$2
  if [ -n "${ConnectionStrings__Postgres:-}" ]; then
    export ConnectionStrings__PostgresOwner="${ConnectionStrings__PostgresOwner:-$ConnectionStrings__Postgres}"
    _log "using the configured PostgreSQL"
    return 0
  fi
  _ensure_postgres_installed || return 1
  local initdb pg_ctl psql pgdata="$data/pg"
  initdb=$(_pg_bin initdb); pg_ctl=$(_pg_bin pg_ctl); psql=$(command -v psql || _pg_bin psql)
  mkdir -p "$data"
  if [ ! -f "$pgdata/PG_VERSION" ]; then
    _log "creating a private PostgreSQL cluster in $pgdata"
    rm -rf "$pgdata"; mkdir -p "$pgdata"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$pgdata"
    chmod 700 "$pgdata"
    _as_postgres "'$initdb' -D '$pgdata' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null"
  fi
  if _as_postgres "'$pg_ctl' -D '$pgdata' status >/dev/null 2>&1"; then
    port=$(sed -n 4p "$pgdata/postmaster.pid")
  else
    port=$(_free_port "$port")
    _log "starting PostgreSQL on 127.0.0.1:$port"
    _as_postgres "'$pg_ctl' -D '$pgdata' -l '$pgdata/server.log' -w -t 60 -o \"-p $port -c listen_addresses=127.0.0.1 -k '$pgdata' -c max_connections=300 ${PG_EXTRA_OPTIONS:-}\" start >/dev/null" \
      || { cat "$pgdata/server.log" >&2; return 1; }
    _services_started_pg="$pgdata"
  fi
  # Roles: the owner runs migrations and owns the tables; the application role does not own them, so
  # the FORCEd row-level security policies apply to every query it sends.
  "$psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 >/dev/null <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'playbooks_owner') THEN
    CREATE ROLE playbooks_owner LOGIN PASSWORD 'playbooks_owner' CREATEDB;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'playbooks_app') THEN
    CREATE ROLE playbooks_app LOGIN PASSWORD 'playbooks_app';
  END IF;
END $$;
SELECT 'CREATE DATABASE playbooks OWNER playbooks_owner'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'playbooks') \gexec
SQL
  local base="Host=127.0.0.1;Port=$port;Database=playbooks"
  export ConnectionStrings__Postgres="$base;Username=playbooks_app;Password=playbooks_app"
  export ConnectionStrings__PostgresOwner="$base;Username=playbooks_owner;Password=playbooks_owner"
  export PLAYBOOKS_TEST_POSTGRES_ADMIN="Host=127.0.0.1;Port=$port;Database=postgres;Username=postgres"
}

services_start_redis() {
  local data=$1 port=$2
  if [ -n "${Redis__Configuration:-}" ]; then
    _log "using the configured Redis"
    return 0
  fi
  if ! _ensure_redis_installed; then
    _log "redis-server is not installed: using the in-memory event bus (Debian: apt-get install redis-server)"
    return 0
  fi
  mkdir -p "$data/redis"
  if [ -f "$data/redis/redis.pid" ] && kill -0 "$(cat "$data/redis/redis.pid")" 2>/dev/null && [ -f "$data/redis/port" ]; then
    port=$(cat "$data/redis/port")
  else
    port=$(_free_port "$port")
    echo "$port" >"$data/redis/port"
    _log "starting Redis on 127.0.0.1:$port"
    redis-server --port "$port" --bind 127.0.0.1 --daemonize yes --dir "$data/redis" \
      --pidfile "$data/redis/redis.pid" --logfile "$data/redis/redis.log" --save '' --appendonly no >/dev/null
    for _ in $(seq 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
    _services_started_redis="$data/redis/redis.pid"
  fi
  export Redis__Configuration="127.0.0.1:$port"
  export PLAYBOOKS_TEST_REDIS="127.0.0.1:$port"
}

services_start() {
  services_start_postgres "$1" "$2" || return 1
  services_start_redis "$1" "$3"
}

services_stop() {
  if [ -n "$_services_started_redis" ] && [ -f "$_services_started_redis" ]; then
    kill "$(cat "$_services_started_redis")" 2>/dev/null || true
  fi
  if [ -n "$_services_started_pg" ]; then
    _as_postgres "'$(_pg_bin pg_ctl)' -D '$_services_started_pg' -m fast stop >/dev/null 2>&1" || true
  fi
  _services_started_pg=""
  _services_started_redis=""
}
