#!/usr/bin/env bash
# One start of `serve` on a fresh embedded store, from the command to the first page answered; then it is stopped.
#   bench/startup.sh [java options ...] -- JAR_OR_CLASSPATH_ARGS
# e.g. bench/startup.sh -- -jar barometer-app/target/barometer.jar
#      bench/startup.sh -XX:SharedArchiveFile=barometer-app/target/app/barometer.jsa -- -jar barometer-app/target/app/barometer.jar
set -euo pipefail
opts=()
while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do opts+=("$1"); shift; done
shift
data=$(mktemp -d)
port=$(( 20000 + RANDOM % 20000 ))
start=$(date +%s.%N)
java "${opts[@]}" "$@" serve --port "$port" --data "$data" >"$data/serve.log" 2>&1 &
pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 "$pid" 2>/dev/null || { cat "$data/serve.log" >&2; exit 1; }
    sleep 0.05
done
end=$(date +%s.%N)
kill "$pid"; wait "$pid" 2>/dev/null || true
rm -rf "$data"
echo "first page after $(echo "$end - $start" | bc) s" >&2
