#!/usr/bin/env bash
# JMH benchmarks of the in-process code paths (import, indices) on the embedded H2 store.
# Usage: bench/jmh.sh [JMH options, e.g. -f 1 -wi 3 -i 5]   (needs ../shared/seed beside the repository)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -q -DskipTests install
(cd barometer-app && mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath)
cp="barometer-app/target/test-classes:barometer-app/target/classes:$(cat barometer-app/target/bench.classpath)"
exec java -Dbarometer.seed="$root/../shared/seed/minsk-barometer-17.txt" -cp "$cp" org.openjdk.jmh.Main "$@" org.barometer.bench
