#!/usr/bin/env bash
# Installs what Huizong needs on Debian 12 and returns at once when everything is present:
# the C libraries it links (Cairo, Pango, OpenCC; libzip, libxml2 and poppler-glib for .docx/.odt,
# .html and .pdf inputs; libpng for chart PNGs) and poppler-utils, which the tests use to read the PDF back. LibreOffice,
# which reads .doc/.wps/.rtf inputs, is optional and not installed here. Swift itself is expected
# on PATH (Swift 6.x).
set -euo pipefail

packages=(libcairo2-dev libpango1.0-dev libfontconfig-dev libopencc-dev libopencc1.1 libopencc-data libssl-dev libzip-dev libxml2-dev libpoppler-glib-dev libxlsxwriter-dev libpng-dev poppler-utils pkg-config)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "setup: swift is not on PATH; install Swift 6 (https://swift.org/install) first" >&2
  exit 1
fi
