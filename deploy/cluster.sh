#!/usr/bin/env bash
# Runs a cluster on this machine: N silo processes on loopback, one PostgreSQL, optionally the stand-alone front end.
#   deploy/cluster.sh start [silos=3] [--frontend]   build once, start in the background, wait until every one is healthy
#   deploy/cluster.sh add                            start one more silo (the next free index)
#   deploy/cluster.sh stop [index]                   stop one silo, or everything, gracefully (SIGTERM)
#   deploy/cluster.sh kill <index>                   SIGKILL one silo (a crash)
#   deploy/cluster.sh status
# Silo i: silo port 11111+i, gateway 30000+i, HTTP 5080+i (/graphql, /health); front end on 5079; every port shifted
# by CG_CLUSTER_PORT_BASE (default 0). Silo 0 loads the demo group (CG_DEMO_HOUSEHOLDS, default 20000; 0 for none),
# the others join it. Logs and pids: $CG_CLUSTER_DIR.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/deploy/env.sh"
dir="${CG_CLUSTER_DIR:-$root/.artifacts/cluster}"
mkdir -p "$dir"
base="${CG_CLUSTER_PORT_BASE:-0}"

http_of() { echo "http://127.0.0.1:$((5080 + base + $1))"; }
pid_of() { [[ -s "$dir/silo-$1.pid" ]] && kill -0 "$(cat "$dir/silo-$1.pid")" 2>/dev/null && cat "$dir/silo-$1.pid"; }

wait_healthy() {
  local url="$1" name="$2"
  for _ in $(seq 1 600); do
    if curl -fs -o /dev/null "$url/health"; then echo "$name: healthy at $url"; return 0; fi
    sleep 1
  done
  echo "$name: not healthy after 600 s (log in $dir)" >&2
  return 1
}

start_silo() {
  local i="$1"
  if pid_of "$i" >/dev/null; then echo "silo $i: already running"; return 0; fi
  (
    cd "$root/.artifacts/silo"
    export CG_SILO_PORT=$((11111 + base + i)) CG_GATEWAY_PORT=$((30000 + base + i)) CG_HTTP_URL="$(http_of "$i")"
    if [[ "$i" != 0 ]]; then export CG_DEMO_HOUSEHOLDS=0; fi
    setsid dotnet CollectionGrains.Silo.dll >"$dir/silo-$i.log" 2>&1 &
    echo $! >"$dir/silo-$i.pid"
  )
  wait_healthy "$(http_of "$i")" "silo $i"
}

build() {
  "$root/deploy/postgres/setup.sh"
  "$root/graphql/web/install.sh"
  dotnet build "$root/silo/CollectionGrains.Silo.csproj" -c Release -nologo -v quiet -o "$root/.artifacts/silo"
}

stop_pid() {
  local pid="$1"
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
  kill -KILL "$pid" 2>/dev/null || true
}

case "${1:-status}" in
  start)
    silos="${2:-3}"
    build
    export CG_DEMO_HOUSEHOLDS="${CG_DEMO_HOUSEHOLDS:-20000}"
    for i in $(seq 0 $((silos - 1))); do start_silo "$i"; done
    if [[ " $* " == *" --frontend "* ]]; then
      dotnet build "$root/graphql/CollectionGrains.FrontEnd/CollectionGrains.FrontEnd.csproj" -c Release -nologo -v quiet -o "$root/.artifacts/frontend"
      (cd "$root/.artifacts/frontend" && CG_HTTP_URL="$(http_of -1)" setsid dotnet CollectionGrains.FrontEnd.dll >"$dir/frontend.log" 2>&1 & echo $! >"$dir/frontend.pid")
      wait_healthy "$(http_of -1)" "front end"
    fi
    ;;
  add)
    i=0; while pid_of "$i" >/dev/null; do i=$((i + 1)); done
    start_silo "$i"
    ;;
  stop)
    if [[ -n "${2:-}" ]]; then
      stop_pid "$(pid_of "$2")"; rm -f "$dir/silo-$2.pid"; echo "silo $2: stopped"
    else
      for f in "$dir"/*.pid; do [[ -e "$f" ]] && stop_pid "$(cat "$f")"; rm -f "$f"; done
      echo "cluster: stopped"
    fi
    ;;
  kill)
    kill -KILL "$(pid_of "${2:?which silo}")"; rm -f "$dir/silo-$2.pid"; echo "silo $2: killed"
    ;;
  status)
    for f in "$dir"/silo-*.pid; do
      [[ -e "$f" ]] || continue
      i="$(basename "$f" .pid)"; i="${i#silo-}"
      if pid_of "$i" >/dev/null; then echo "silo $i: running (pid $(cat "$f")) at $(http_of "$i")"; else echo "silo $i: not running"; fi
    done
    ;;
  *)
    sed -n 2,9p "$0"; exit 2
    ;;
esac
