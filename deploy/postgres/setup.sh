#!/usr/bin/env bash
# Brings up the project's PostgreSQL on loopback and applies the migrations.
# On a fresh Debian machine (as root) it installs PostgreSQL from Debian's packages, creates a
# cluster in $CG_PG_DATA listening on $CG_PG_HOST:$CG_PG_PORT, the role and the database.
# When everything is already up it only checks, applies nothing new and returns in about a second.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../env.sh"
log() { echo "postgres: $*"; }

pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [[ -n "$dir" && -x "$dir/initdb" ]] && echo "$dir"
}

if [[ -z "$(pg_bin)" ]] || ! command -v psql >/dev/null; then
  log "installing PostgreSQL from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql postgresql-client >/dev/null
fi
bin="$(pg_bin)"
run_dir="$(dirname "$CG_PG_DATA")/run"
log_file="$(dirname "$CG_PG_DATA")/postgres.log"
as_postgres() { runuser -u postgres -- "$@"; }

if ! as_postgres "$bin/pg_ctl" -D "$CG_PG_DATA" status >/dev/null 2>&1; then
  mkdir -p "$CG_PG_DATA" "$run_dir"
  chown postgres:postgres "$CG_PG_DATA" "$run_dir" "$(dirname "$CG_PG_DATA")"
  chmod 700 "$CG_PG_DATA"
  if [[ ! -f "$CG_PG_DATA/PG_VERSION" ]]; then
    log "creating a cluster in $CG_PG_DATA"
    as_postgres "$bin/initdb" -D "$CG_PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=peer --auth-host=scram-sha-256 >/dev/null
    cat >>"$CG_PG_DATA/postgresql.conf" <<CONF
# collectiongrains
listen_addresses = '$CG_PG_HOST'
port = $CG_PG_PORT
unix_socket_directories = '$run_dir'
max_connections = 400
shared_buffers = 2GB
effective_cache_size = 8GB
work_mem = 32MB
maintenance_work_mem = 512MB
wal_buffers = 64MB
max_wal_size = 8GB
checkpoint_timeout = 15min
commit_delay = 0
synchronous_commit = on
fsync = on
CONF
  fi
  log "starting the server on $CG_PG_HOST:$CG_PG_PORT"
  as_postgres "$bin/pg_ctl" -D "$CG_PG_DATA" -l "$log_file" -w -t 60 start >/dev/null
fi

as_psql() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -h "$run_dir" -p "$CG_PG_PORT" -U postgres -d postgres "$@"; }
if [[ "$(as_psql -tA -c "SELECT 1 FROM pg_roles WHERE rolname = '$CG_PG_USER'")" != "1" ]]; then
  log "creating role $CG_PG_USER"
  as_psql -c "CREATE ROLE \"$CG_PG_USER\" LOGIN CREATEDB PASSWORD '$CG_PG_PASSWORD'"
else
  # The role may predate this machine's password (an older default): it takes the current one.
  as_psql -c "ALTER ROLE \"$CG_PG_USER\" PASSWORD '$CG_PG_PASSWORD'"
fi
if [[ "$(as_psql -tA -c "SELECT 1 FROM pg_database WHERE datname = '$CG_PG_DB'")" != "1" ]]; then
  log "creating database $CG_PG_DB"
  as_psql -c "CREATE DATABASE \"$CG_PG_DB\" OWNER \"$CG_PG_USER\""
fi

"$here/migrate.sh" "$CG_PG_DB"
log "ready at $CG_PG_HOST:$CG_PG_PORT/$CG_PG_DB"
