#!/usr/bin/env bash
# Stops the project's PostgreSQL; deploy/postgres/setup.sh starts it again.
#   deploy/postgres/stop.sh [fast|immediate]
# fast (the default): open sessions are cut, each rolled back in turn; immediate: every process quits at once, as in a
# crash (the next start recovers from the WAL), so no statement can finish in between.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../env.sh"
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
runuser -u postgres -- "$bin/pg_ctl" -D "$CG_PG_DATA" -m "${1:-fast}" -w -t 60 stop >/dev/null
echo "postgres: stopped"
