#!/usr/bin/env bash
# Renders every page of a publication PDF to PNG so anyone can look at it as it prints.
# Usage: bench/pages.sh [FILE.pdf | en | ru | both] [OUT_DIR] [DPI]
#   FILE.pdf   any PDF, e.g. one written by `./barometer report --format pdf --out FILE.pdf`
#   en | ru    the sample issue No. 17, imported from ../shared/seed into a temporary store and
#              written with ./barometer report in that language first
#   both       (default) the sample issue in English and in Russian
#   OUT_DIR    default barometer-app/target/pages;  DPI  default 80
# Needs pdftoppm (poppler-utils), which it installs with apt-get when it is missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
what="${1:-both}"
out="${2:-$root/barometer-app/target/pages}"
dpi="${3:-80}"

if ! command -v pdftoppm >/dev/null; then
    echo "pages.sh: installing poppler-utils for pdftoppm" >&2
    sudo=(); [ "$(id -u)" = 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get install -y poppler-utils >&2 || { "${sudo[@]}" apt-get update >&2 && "${sudo[@]}" apt-get install -y poppler-utils >&2; }
fi
mkdir -p "$out"

pdfs=()
case "$what" in
    en|ru|both)
        store="$(mktemp -d)"
        trap 'rm -rf "$store"' EXIT
        "$root/barometer" import "$root/../shared/seed/minsk-barometer-17.txt" --data "$store" >/dev/null
        languages=("$what"); [ "$what" = both ] && languages=(en ru)
        for lang in "${languages[@]}"; do
            pdf="$out/sample-17-$lang.pdf"
            "$root/barometer" report --issue 17 --format pdf --lang "$lang" --out "$pdf" --data "$store" >&2
            pdfs+=("$pdf")
        done
        ;;
    *) pdfs=("$what") ;;
esac

for pdf in "${pdfs[@]}"; do
    stem="$(basename "$pdf" .pdf)"
    rm -f "$out/$stem"-*.png
    pdftoppm -r "$dpi" -png "$pdf" "$out/$stem"
    echo "pages.sh: $(ls "$out/$stem"-*.png | wc -l) pages of $pdf as PNG in $out/$stem-*.png"
done
