#!/usr/bin/env bash
# Renders every page of a publication PDF to PNG so anyone can look at it as it prints.
# Usage: bench/pages.sh [FILE.pdf | en | ru] [OUT_DIR] [DPI]
#   FILE.pdf   any PDF, e.g. one written by `./barometer report --format pdf --out FILE.pdf`
#   en | ru    (default en) the sample issue No. 17, imported from ../shared/seed into a temporary store and
#              written with ./barometer report in that language first
#   OUT_DIR    default barometer-app/target/pages;  DPI  default 80
# Needs pdftoppm (poppler-utils), which it installs with apt-get when it is missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
what="${1:-en}"
out="${2:-$root/barometer-app/target/pages}"
dpi="${3:-80}"

if ! command -v pdftoppm >/dev/null; then
    echo "pages.sh: installing poppler-utils for pdftoppm" >&2
    sudo=(); [ "$(id -u)" = 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get install -y poppler-utils >&2 || { "${sudo[@]}" apt-get update >&2 && "${sudo[@]}" apt-get install -y poppler-utils >&2; }
fi
mkdir -p "$out"

if [ "$what" = en ] || [ "$what" = ru ]; then
    store="$(mktemp -d)"
    trap 'rm -rf "$store"' EXIT
    "$root/barometer" import "$root/../shared/seed/minsk-barometer-17.txt" --data "$store" >/dev/null
    pdf="$out/sample-17-$what.pdf"
    "$root/barometer" report --issue 17 --format pdf --lang "$what" --out "$pdf" --data "$store" >&2
else
    pdf="$what"
fi

stem="$(basename "$pdf" .pdf)"
rm -f "$out/$stem"-*.png
pdftoppm -r "$dpi" -png "$pdf" "$out/$stem"
echo "pages.sh: $(ls "$out/$stem"-*.png | wc -l) pages of $pdf as PNG in $out/$stem-*.png"
