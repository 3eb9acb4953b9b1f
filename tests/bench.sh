#!/usr/bin/env bash
# Runs a benchmark against the project's PostgreSQL: tests/bench.sh <scenario> [arguments]
#   billing [households=100000] [payments=50000] [concurrency=64] [months=1 billed before the payments]
#           on a database of its own (CG_BENCH_DB, default collectiongrains_bench), created afresh for every run so
#           the grain path and the baseline both start from empty tables
#   collection [households=50000] [concurrency=64] [packageSize=2000] [planReads=300]
#           contacts/s through the household cases against plain upserts, and a collector's daily plan; on a fresh
#           database of its own like billing
#   rollup  [buildings=200] [householdsPerBuilding=50] [paymentsPerSecond=500] [seconds=60]
#   graphql [concurrency=32] [seconds=20]        against the system deploy/run.sh runs (CG_HTTP_URL)
#   scale   [households=1000000] [months=6] [paymentsPerSecond=200] [seconds=60] [sqlRuns=2 (0: skip the SQL comparison)]
#           starts its own silo process on its own database (CG_SCALE_DB, default collectiongrains_scale), loads the
#           demo group once (later runs reuse it), then measures reads vs SQL, memory, visibility and a restart
#   faults  [silos=2] [households=2000] [paymentsPerSecond=50] [addAndRemove=1]
#           starts its own silos (a new cluster id per run) on its own database (CG_FAULTS_DB, default
#           collectiongrains_faults), pays through GraphQL while it kills a silo, stops PostgreSQL for 20 s, adds and
#           removes a silo; then checks every acknowledged payment and reconciles the group; exits 1 on a failed check
#   notices [households=10000]   a project's 催收通知单 as PDF through the batch, and the PDF writing alone; on a fresh
#           database of its own like billing
#   throughput [maxSilos=3] [households=2000] [seconds=30]   payments/s through GraphQL with 1 … maxSilos silos
#           (the faults database and silo build)
#   analytics [households=100000] [months=6] [runs=5]   every analysis through GraphQL for the demo group and its
#           largest project; its own silo on its own database (CG_ANALYTICS_DB, default collectiongrains_analytics),
#           the demo group loaded once like scale
#   onboarding [households=100000] [perProject=10000]   a new group from .xlsx sheets: its tree, then each project's
#           households and opening arrears through the imports; on a fresh database of its own like billing
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/deploy/env.sh"
if [[ "${1:-}" == faults || "${1:-}" == throughput ]]; then
  export CG_PG_DB="${CG_FAULTS_DB:-collectiongrains_faults}" CG_CLUSTER_ID="collectiongrains-faults-$(date +%s)"
fi
if [[ "${1:-}" == billing || "${1:-}" == collection || "${1:-}" == notices || "${1:-}" == onboarding ]]; then
  export CG_PG_DB="${CG_BENCH_DB:-collectiongrains_bench}"
fi
if [[ "${1:-}" == scale ]]; then
  export CG_PG_DB="${CG_SCALE_DB:-collectiongrains_scale}" CG_CLUSTER_ID=collectiongrains-scale \
         CG_SILO_PORT=11211 CG_GATEWAY_PORT=30100 CG_HTTP_URL=http://127.0.0.1:5090
fi
if [[ "${1:-}" == analytics ]]; then
  export CG_PG_DB="${CG_ANALYTICS_DB:-collectiongrains_analytics}" CG_CLUSTER_ID=collectiongrains-analytics \
         CG_SILO_PORT=11212 CG_GATEWAY_PORT=30101 CG_HTTP_URL=http://127.0.0.1:5091
fi
"$root/deploy/postgres/setup.sh" >/dev/null
if [[ "${1:-}" == billing || "${1:-}" == collection || "${1:-}" == notices || "${1:-}" == onboarding ]]; then
  # Dropped once setup.sh has the server up (a stopped server kept the last run's rows); setup.sh again makes it afresh.
  # --force cannot end an autovacuum worker still on the last run's tables (another role's backend): wait for it.
  for attempt in $(seq 1 40); do
    PGPASSWORD="$CG_PG_PASSWORD" dropdb --if-exists --force -h "$CG_PG_HOST" -p "$CG_PG_PORT" -U "$CG_PG_USER" "$CG_PG_DB" && break
    [[ $attempt == 40 ]] && exit 1
    sleep 3
  done
  "$root/deploy/postgres/setup.sh" >/dev/null
fi
"$root/deploy/fonts.sh"
"$root/graphql/web/install.sh"
if [[ "${1:-}" == scale || "${1:-}" == analytics ]]; then
  dotnet build "$root/silo/CollectionGrains.Silo.csproj" -c Release -nologo -v quiet -o "$root/.artifacts/silo-scale"
fi
if [[ "${1:-}" == faults || "${1:-}" == throughput ]]; then
  dotnet build "$root/silo/CollectionGrains.Silo.csproj" -c Release -nologo -v quiet -o "$root/.artifacts/silo-faults"
fi
dotnet build "$root/tests/CollectionGrains.Benchmarks/CollectionGrains.Benchmarks.csproj" -c Release -nologo -v quiet -o "$root/.artifacts/bench"
exec dotnet "$root/.artifacts/bench/CollectionGrains.Benchmarks.dll" "$@"
