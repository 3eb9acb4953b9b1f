#!/usr/bin/env bash
# Installs the front-end packages of graphql/web (GraphiQL, React, graphql-ws for the page; graphql-js, graphql-ws and
# graphql-http for the conformance tests) from the npm registry, exactly as package-lock.json pins them.
# Quick when nothing changed. Installs Debian's nodejs and npm first when the machine has no npm.
set -euo pipefail
web="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if ! command -v npm >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
stamp="$web/node_modules/.package-lock.json"
if [[ ! -f "$stamp" || "$web/package-lock.json" -nt "$stamp" ]]; then
  (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
fi
