#!/usr/bin/env bash
# Runs a benchmark against the project's PostgreSQL: tests/bench.sh <scenario> [arguments]
#   billing [households=100000] [payments=50000] [concurrency=64]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/deploy/env.sh"
"$root/deploy/postgres/setup.sh" >/dev/null
"$root/graphql/web/install.sh"
dotnet build "$root/tests/CollectionGrains.Benchmarks/CollectionGrains.Benchmarks.csproj" -c Release -nologo -v quiet -o "$root/.artifacts/bench"
exec dotnet "$root/.artifacts/bench/CollectionGrains.Benchmarks.dll" "$@"
