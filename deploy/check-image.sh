#!/usr/bin/env bash
# Checks the image tar as a reader and an operator would meet it, without a container engine: runs it with
# deploy/run-image.sh (as root) on free ports, then asks for the home page, the sample issue's PDF in English and
# Russian, and readiness and metrics on the management port; stops it. Exit 0 when every answer is right.
#   mvn -Pimage -DskipTests package && deploy/check-image.sh [barometer-app/target/barometer-image.tar]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
image="${1:-$root/barometer-app/target/barometer-image.tar}"
port=$(( 20000 + RANDOM % 10000 ))
management=$(( port + 10000 ))
log="$(mktemp)"
BAROMETER_PORT=$port BAROMETER_MANAGEMENT_PORT=$management "$root/deploy/run-image.sh" "$image" >"$log" 2>&1 &
runner=$!
stop() {
    kill "$runner" 2>/dev/null || true   # run-image.sh stops the image's process, then takes its mounts away
    wait "$runner" 2>/dev/null || true
    rm -f "$log"
}
trap stop EXIT
fail() { echo "check-image: $*" >&2; tail -20 "$log" >&2; exit 1; }

# a fresh store is served at once and gets the sample issue a moment later
shown=""
for _ in $(seq 1 180); do
    # read whole, then searched: grep -q stopping early would fail curl's write, and pipefail the test
    home="$(curl -fs "http://127.0.0.1:$port/" 2>/dev/null || true)"
    grep -q "Issue No. 17" <<<"$home" && { shown=yes; break; }
    kill -0 "$runner" 2>/dev/null || fail "the image stopped before serving"
    sleep 1
done
[ -n "$shown" ] || fail "the home page does not show issue No. 17 after 180 s"
for lang in en ru; do
    curl -fs -o /tmp/check-image-$$.pdf "http://127.0.0.1:$port/issues/17.pdf?lang=$lang" || fail "no PDF ($lang)"
    [ "$(head -c 5 /tmp/check-image-$$.pdf)" = "%PDF-" ] || fail "the $lang PDF is not a PDF"
    echo "check-image: /issues/17.pdf?lang=$lang $(stat -c %s /tmp/check-image-$$.pdf) bytes"
    rm -f /tmp/check-image-$$.pdf
done
readiness="$(curl -fs "http://127.0.0.1:$management/actuator/health/readiness")" || fail "no readiness"
grep -q '"status":"UP"' <<<"$readiness" || fail "not ready: $readiness"
metrics="$(curl -fs "http://127.0.0.1:$management/actuator/prometheus")" || fail "no metrics"
grep -q "^barometer_report_render_seconds_count" <<<"$metrics" || fail "no render metrics"
echo "check-image: the image served the home page, both PDFs, readiness and metrics"
