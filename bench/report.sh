#!/usr/bin/env bash
# Times the publication of the sample issue No. 17.
#   bench/report.sh [RUNS]   cold: `./barometer report` (HTML, PDF, Russian PDF) under /usr/bin/time -v, RUNS times
#                            each, through the launcher as a user runs them (JVM and Spring start-up included), beside
#                            `./barometer indices`, which is little more than that start-up
#   bench/report.sh --jmh [JMH options]
#                            warm: the JMH benchmark org.barometer.bench.ReportBenchmark in one JVM
# Needs ../shared/seed beside the repository. Builds with `mvn package`/`test-compile`, never `mvn install`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if [ "${1:-}" = "--jmh" ]; then
    shift
    mvn -o -q -pl barometer-app -am test-compile dependency:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
    cp="barometer-app/target/test-classes:barometer-app/target/classes:$(cat barometer-app/target/bench.classpath)"
    exec java -Dbarometer.seed="$root/../shared/seed/minsk-barometer-17.txt" -cp "$cp" org.openjdk.jmh.Main "$@" ReportBenchmark
fi

runs="${1:-3}"
barometer="$root/barometer"
"$barometer" --version >/dev/null   # builds the jar when it is missing or stale
# The launcher rebuilds when any file (tests too) is newer than the jar, and `mvn package` leaves an up-to-date jar's
# time alone: mark it current so that no timing below includes a build.
touch "$root/barometer-app/target/barometer.jar"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
"$barometer" import "$root/../shared/seed/minsk-barometer-17.txt" --data "$data/store" >/dev/null

measure() { # label, command...
    local label="$1"; shift
    /usr/bin/time -v "$@" >/dev/null 2>"$data/time.txt" || { cat "$data/time.txt" >&2; exit 1; }
    local wall rss
    wall="$(grep 'Elapsed (wall clock)' "$data/time.txt" | awk '{print $NF}')"
    rss="$(grep 'Maximum resident set size' "$data/time.txt" | awk '{print $NF}')"
    printf '%-26s wall %s  max RSS %s MB\n' "$label" "$wall" "$((rss / 1024))"
}

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$runs"); do
    measure "indices (start-up) #$i" "$barometer" indices --issue 17 --data "$data/store"
    measure "report html #$i" "$barometer" report --issue 17 --format html --out "$data/17.html" --data "$data/store"
    measure "report pdf #$i" "$barometer" report --issue 17 --format pdf --out "$data/17.pdf" --data "$data/store"
    measure "report pdf --lang ru #$i" "$barometer" report --issue 17 --format pdf --lang ru --out "$data/17-ru.pdf" --data "$data/store"
done
