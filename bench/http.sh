#!/usr/bin/env bash
# Requests per second and p99 latency of Barometer's JSON, home page and event search (by relationship, by words: API
# and page) under wrk, beside nginx serving the same
# JSON bytes as a static file. A benchmark, not a test: every run stays on 127.0.0.1 and is bounded in time.
# Usage: bench/http.sh [SECONDS]   (installs Debian's nginx and wrk when missing; needs root for that)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-15}"
port=18080
nginx_port=18081
wrk_args=(-t2 -c64 "-d${seconds}s" --latency)

if ! command -v nginx >/dev/null || ! command -v wrk >/dev/null; then
    apt-get install -y nginx wrk >/dev/null
fi
"$root/barometer" --version >/dev/null   # builds the jar when it is missing or stale

work="$(mktemp -d)"
server_pid=""
nginx_started=""
cleanup() {
    [ -n "$nginx_started" ] && nginx -c "$work/nginx.conf" -p "$work" -s stop 2>/dev/null || true
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

for busy in "$port" "$nginx_port"; do
    if curl -s -o /dev/null "http://127.0.0.1:$busy/"; then
        echo "something already answers on 127.0.0.1:$busy; stop it first, or the figures would be its own" >&2
        exit 1
    fi
done
"$root/barometer" serve --port "$port" --data "$work/store" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
    kill -0 "$server_pid" 2>/dev/null || break
    curl -fs -o /dev/null "http://127.0.0.1:$port/" && break
    sleep 1
done
curl -fs -o /dev/null "http://127.0.0.1:$port/" || { echo "Barometer did not start:" >&2; tail -20 "$work/serve.log" >&2; exit 1; }

json_path=/api/v1/issues/17/indices
curl -fs -o /dev/null "http://127.0.0.1:$port$json_path" || json_path=/data/indices.json
mkdir -p "$work/www"
curl -fs -o "$work/www/indices.json" "http://127.0.0.1:$port$json_path"

cat >"$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/tmp;
    proxy_temp_path $work/tmp;
    fastcgi_temp_path $work/tmp;
    uwsgi_temp_path $work/tmp;
    scgi_temp_path $work/tmp;
    types { application/json json; }
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
    }
}
CONF
mkdir -p "$work/tmp"
# nginx workers run as www-data: they must be able to read the copied bytes.
chmod a+rx "$work" "$work/www"
chmod a+r "$work/www/indices.json"

run() { # label, url
    local out
    echo "== $1: wrk ${wrk_args[*]} $2" >&2
    wrk "${wrk_args[@]}" "$2" >"$work/wrk.txt"
    cat "$work/wrk.txt" >&2
    local rps p99
    rps="$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")"
    p99="$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")"
    echo "$rps $p99"
}

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); nginx: $(nginx -v 2>&1 | cut -d/ -f2); $(wc -c <"$work/www/indices.json") JSON bytes from $json_path"
search_path="/api/v1/events?relationship=russia&size=20"
words_path="/api/v1/events?q=visits&size=20"
page_path="/search?q=visits"
# Warm-up so the optimising compiler has run on every path before anything is measured: two rounds over all of them
# (each path then gets 5 s more just before its own run).
for _ in 1 2; do
    for warm in "$json_path" / "$search_path" "$words_path" "$page_path"; do
        wrk -t2 -c64 -d5s "http://127.0.0.1:$port$warm" >/dev/null
    done
done
read -r json_rps json_p99 < <(run "Barometer $json_path" "http://127.0.0.1:$port$json_path")
read -r home_rps home_p99 < <(run "Barometer /" "http://127.0.0.1:$port/")
# The event search by relationship: an anonymous reader's answer to a query is kept with the edition (system/ReaderAnswers).
wrk -t2 -c64 -d5s "http://127.0.0.1:$port$search_path" >/dev/null
read -r search_rps search_p99 < <(run "Barometer $search_path" "http://127.0.0.1:$port$search_path")
# The word search through the Lucene index of the edition ("visits" finds "visit"), as the API and as the page.
wrk -t2 -c64 -d5s "http://127.0.0.1:$port$words_path" >/dev/null
read -r words_rps words_p99 < <(run "Barometer $words_path" "http://127.0.0.1:$port$words_path")
wrk -t2 -c64 -d5s "http://127.0.0.1:$port$page_path" >/dev/null
read -r page_rps page_p99 < <(run "Barometer $page_path" "http://127.0.0.1:$port$page_path")

nginx -c "$work/nginx.conf" -p "$work"
nginx_started=1
curl -fs -o /dev/null "http://127.0.0.1:$nginx_port/indices.json"
read -r nginx_rps nginx_p99 < <(run "nginx static indices.json" "http://127.0.0.1:$nginx_port/indices.json")

printf '%-46s %12s %10s\n' "target" "requests/s" "p99"
printf '%-46s %12s %10s\n' "Barometer $json_path" "$json_rps" "$json_p99"
printf '%-46s %12s %10s\n' "Barometer /" "$home_rps" "$home_p99"
printf '%-46s %12s %10s\n' "Barometer $search_path" "$search_rps" "$search_p99"
printf '%-46s %12s %10s\n' "Barometer $words_path" "$words_rps" "$words_p99"
printf '%-46s %12s %10s\n' "Barometer $page_path" "$page_rps" "$page_p99"
printf '%-46s %12s %10s\n' "nginx, same JSON bytes" "$nginx_rps" "$nginx_p99"
awk -v a="$json_rps" -v b="$nginx_rps" 'BEGIN { printf "Barometer JSON / nginx: %.2f\n", a / b }'
