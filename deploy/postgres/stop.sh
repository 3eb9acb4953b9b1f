#!/usr/bin/env bash
# Stops the project's PostgreSQL (fast shutdown: open sessions are cut); deploy/postgres/setup.sh starts it again.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../env.sh"
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
runuser -u postgres -- "$bin/pg_ctl" -D "$CG_PG_DATA" -m fast -w -t 60 stop >/dev/null
echo "postgres: stopped"
