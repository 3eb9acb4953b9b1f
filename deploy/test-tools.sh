#!/usr/bin/env bash
# Installs what the tests use besides PostgreSQL: LibreOffice (headless) makes and opens spreadsheets this project did
# not write; Chromium is the browser the page tests drive (with playwright-core from graphql/web); poppler-utils and
# zbar-tools read the PDFs and QR codes the system prints (Debian's packages); the npm packages of the Kubernetes
# manifests' check. Nothing when already there.
set -euo pipefail
missing=()
command -v soffice >/dev/null || missing+=(libreoffice-calc-nogui)
command -v chromium >/dev/null || missing+=(chromium)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v zbarimg >/dev/null || missing+=(zbar-tools)
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "test tools: installing ${missing[*]} from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# The offline check of deploy/kubernetes/ (kubernetes-models' API schemas), pinned by its package-lock.json.
check="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/kubernetes/check"
if [[ ! -f "$check/node_modules/.package-lock.json" || "$check/package-lock.json" -nt "$check/node_modules/.package-lock.json" ]]; then
  (cd "$check" && npm ci --no-audit --no-fund --loglevel=error)
fi
