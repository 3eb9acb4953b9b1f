#!/usr/bin/env bash
# Installs the CJK font the silo writes notices (PDF) with: WenQuanYi Zen Hei, from Debian's packages (fonts-wqy-zenhei);
# nothing when it is there. CG_PDF_FONT names another TrueType font (.ttf or .ttc) instead.
set -euo pipefail
if [[ -z "${CG_PDF_FONT:-}" && ! -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ]]; then
  echo "fonts: installing fonts-wqy-zenhei from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends fonts-wqy-zenhei >/dev/null
fi
