#!/usr/bin/env bash
# Pasting 1,000 rows (issue 12): the HTTP round trip of the preview (POST …/paste) and of storing the rows
# (POST …/paste/confirm, answered with a redirect to the catalogue) against `serve` on a fresh embedded store, signed
# in as the editor with the form's CSRF token, as a browser sends them. The rows are made up here: dates of the
# sample issue's period, a description in English and Russian, a score and a source each. Each run pastes into the
# next relationship of No. 17 (Russia, EU, China, USA, Ukraine, then again), after one unmeasured warm-up paste, and
# checks that every row of the run is in the catalogue afterwards. A benchmark, not a test: 127.0.0.1 only.
# Usage: bench/paste.sh [RUNS] [ROWS]   (defaults 5 and 1000)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
rows="${2:-1000}"
port=18085
base="http://127.0.0.1:$port"
issue=17
codes=(russia eu china us ukraine)

"$root/barometer" --version >/dev/null   # builds the jar when it is missing or stale
work="$(mktemp -d)"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

if curl -s -o /dev/null "$base/"; then
    echo "something already answers on 127.0.0.1:$port; stop it first, or the figures would be its own" >&2
    exit 1
fi
"$root/barometer" serve --port "$port" --data "$work/store" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 300); do
    kill -0 "$server_pid" 2>/dev/null || break
    curl -fs -o /dev/null "$base/" && break
    sleep 1
done
curl -fs -o /dev/null "$base/" || { echo "Barometer did not start:" >&2; tail -20 "$work/serve.log" >&2; exit 1; }

jar="$work/cookies"
token() { # the CSRF token of a page of the session
    local page
    page="$(curl -fs -b "$jar" -c "$jar" "$base$1")"
    grep -m1 -o 'name="_csrf"[^>]*value="[^"]*"' <<<"$page" | sed 's/.*value="//; s/"$//'
}
password="$(awk '/demo account: editor / {print $5}' "$work/serve.log")"
signed="$(curl -s -o /dev/null -w '%{redirect_url}' -b "$jar" -c "$jar" --data-urlencode username=editor \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$(token /login)" "$base/login")"
case "$signed" in *error*|"") echo "sign-in as the editor refused" >&2; exit 1 ;; esac
# the sample issue is published: the editor opens a correction, whose catalogues may be written
curl -fs -o /dev/null -b "$jar" -c "$jar" --data-urlencode "note=Paste benchmark" \
    --data-urlencode "_csrf=$(token "/workspace/issues/$issue")" "$base/workspace/issues/$issue/correct"

rows_of() { # marker, count: a header and COUNT rows as a spreadsheet copies them (cells separated by tabs)
    local marker="$1" count="$2" i
    printf 'Date\tEvent\tScore\tEvent (Russian)\tSources\n'
    for ((i = 1; i <= count; i++)); do
        printf '%d %s\tConsultations of the foreign ministries on trade and transit, meeting %s-%d\t%+d\tКонсультации министерств иностранных дел о торговле и транзите, встреча %s-%d\thttps://example.org/%s/%d\n' \
            $((1 + i % 28)) "$([ $((i % 2)) = 0 ] && echo September || echo October)" "$marker" "$i" $((i % 7 - 3)) "$marker" "$i" "$marker" "$i"
    done
}

cpu() { # the server's CPU seconds so far (user + system): what a request costs it, whatever else the machine runs
    awk -v tick="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / tick }' "/proc/$server_pid/stat"
}

paste_once() { # catalogue code, marker, count: prints "preview_seconds store_seconds preview_cpu_seconds store_cpu_seconds"
    local catalogue="/workspace/issues/$issue/catalogue/$1" marker="$2" count="$3"
    rows_of "$marker" "$count" >"$work/rows.tsv"
    local csrf preview store before preview_cpu store_cpu
    csrf="$(token "$catalogue")"
    before="$(cpu)"
    preview="$(curl -s -o "$work/preview.html" -w '%{http_code} %{time_total}' -b "$jar" -c "$jar" \
        --data-urlencode "_csrf=$csrf" --data-urlencode "pasted@$work/rows.tsv" "$base$catalogue/paste")"
    preview_cpu="$(awk -v a="$before" -v b="$(cpu)" 'BEGIN { print b - a }')"
    [ "${preview%% *}" = 200 ] || { echo "preview answered ${preview%% *}" >&2; exit 1; }
    grep -q "$marker-$count" "$work/preview.html" || { echo "the preview does not show row $count" >&2; exit 1; }
    csrf="$(token "$catalogue")"
    before="$(cpu)"
    store="$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -b "$jar" -c "$jar" \
        --data-urlencode "_csrf=$csrf" --data-urlencode "pasted@$work/rows.tsv" "$base$catalogue/paste/confirm")"
    store_cpu="$(awk -v a="$before" -v b="$(cpu)" 'BEGIN { print b - a }')"
    [ "${store%% *}" = 302 ] || { echo "confirm answered ${store%% *}" >&2; exit 1; }
    local stored
    stored="$(curl -fs -b "$jar" -c "$jar" "$base$catalogue" | grep -o "https://example.org/$marker/[0-9]*" | sort -u | wc -l)"
    [ "$stored" = "$count" ] || { echo "the catalogue holds $stored of the $count rows pasted" >&2; exit 1; }
    echo "${preview#* } ${store#* } $preview_cpu $store_cpu"
}

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg); $rows rows, $(rows_of x "$rows" | wc -c) bytes"
paste_once "${codes[0]}" warmup 100 >/dev/null
: >"$work/times"
for run in $(seq 1 "$runs"); do
    code="${codes[$(((run - 1) % ${#codes[@]}))]}"
    read -r preview store preview_cpu store_cpu < <(paste_once "$code" "run$run" "$rows")
    printf 'run %d (%s): preview %.3f s (server CPU %.2f s), store %.3f s (server CPU %.2f s)\n' "$run" "$code" "$preview" "$preview_cpu" \
        "$store" "$store_cpu"
    echo "$preview $store $preview_cpu $store_cpu" >>"$work/times"
done
summary() { # column, label
    sort -n -k"$1" "$work/times" | awk -v c="$1" -v label="$2" '{ v[NR] = $c } END {
        m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "%-20s median %.3f s, max %.3f s (%d runs)\n", label, m, v[NR], NR }'
}
summary 1 preview
summary 2 store
summary 3 "preview, server CPU"
summary 4 "store, server CPU"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
