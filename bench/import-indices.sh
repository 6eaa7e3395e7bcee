#!/usr/bin/env bash
# Times `./barometer import` + `./barometer indices` of the sample issue with /usr/bin/time -v,
# through the launcher as a user runs them (JVM and Spring start-up included).
#   cold: a fresh embedded store (the first import also runs the migrations)
#   warm: the same commands again on the existing store (import with --replace), RUNS times
# Usage: bench/import-indices.sh [RUNS]   (needs ../shared/seed beside the repository)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
seed="$root/../shared/seed/minsk-barometer-17.txt"
barometer="$root/barometer"
"$barometer" --version >/dev/null   # builds the jar when it is missing or stale
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT

measure() { # label, command...
    local label="$1"; shift
    /usr/bin/time -v "$@" >/dev/null 2>"$data/time.txt" || true
    local wall rss
    wall="$(grep 'Elapsed (wall clock)' "$data/time.txt" | awk '{print $NF}')"
    rss="$(grep 'Maximum resident set size' "$data/time.txt" | awk '{print $NF}')"
    printf '%-28s wall %s  max RSS %s MB\n' "$label" "$wall" "$((rss / 1024))"
}

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc)"
measure "cold import" "$barometer" import "$seed" --data "$data/store"
measure "cold indices" "$barometer" indices --issue 17 --data "$data/store"
for i in $(seq 1 "$runs"); do
    measure "warm import --replace #$i" "$barometer" import "$seed" --replace --data "$data/store"
    measure "warm indices #$i" "$barometer" indices --issue 17 --json --data "$data/store"
done
