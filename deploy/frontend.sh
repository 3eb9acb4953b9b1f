#!/usr/bin/env bash
# Runs the stand-alone GraphQL front end: an Orleans client that joins the cluster $CG_CLUSTER_ID through the
# PostgreSQL membership table and serves the same /graphql (and GraphiQL) as the silo, on $CG_FRONTEND_URL.
# Start a silo first (deploy/run.sh); run as many front ends as the web tier needs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/deploy/env.sh"
"$root/graphql/web/install.sh"
dotnet build "$root/graphql/CollectionGrains.FrontEnd/CollectionGrains.FrontEnd.csproj" -c Release -nologo -v quiet -o "$root/.artifacts/frontend"
export CG_HTTP_URL="${CG_FRONTEND_URL:-http://127.0.0.1:5081}"
echo "front end: GraphQL at $CG_HTTP_URL/graphql, cluster $CG_CLUSTER_ID"
cd "$root/.artifacts/frontend"
exec dotnet CollectionGrains.FrontEnd.dll
