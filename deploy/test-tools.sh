#!/usr/bin/env bash
# Installs what the tests use besides PostgreSQL: LibreOffice (headless) makes and opens spreadsheets this project did
# not write. Debian's packages only; nothing when already there.
set -euo pipefail
if ! command -v soffice >/dev/null; then
  echo "test tools: installing LibreOffice Calc (headless) from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
fi
