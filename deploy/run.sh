#!/usr/bin/env bash
# Runs the system: PostgreSQL set up and migrated, the silo built and started on $CG_HTTP_URL.
# Stop it with Ctrl-C (or SIGTERM): the silo leaves the cluster gracefully.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/deploy/env.sh"
"$root/deploy/postgres/setup.sh"
"$root/deploy/fonts.sh"
"$root/graphql/web/install.sh"
dotnet build "$root/silo/CollectionGrains.Silo.csproj" -c Release -nologo -v quiet -o "$root/.artifacts/silo"
export CG_DEMO_HOUSEHOLDS="${CG_DEMO_HOUSEHOLDS:-20000}"
# The demo plays the payment provider itself (沙箱支付): pay links can be paid end to end on this machine.
export CG_PAY_SANDBOX="${CG_PAY_SANDBOX:-on}"
echo "silo: starting at $CG_HTTP_URL (health: $CG_HTTP_URL/health); demo group of $CG_DEMO_HOUSEHOLDS households (CG_DEMO_HOUSEHOLDS=0 for none)"
cd "$root/.artifacts/silo"
exec dotnet CollectionGrains.Silo.dll
