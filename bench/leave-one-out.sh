#!/usr/bin/env bash
# Leave-one-out of the suggestions on the sample issue's published events: for each event, the median score of the
# five events most like its description (itself left out), and how often it is within one point of its score of record.
# A measurement, not a test. Usage: bench/leave-one-out.sh   (needs ../shared/seed beside the repository; never installs)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -o -q -pl barometer-app -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cp="barometer-app/target/test-classes:barometer-app/target/classes:$(cat barometer-app/target/bench.classpath)"
exec java -Dbarometer.seed="$root/../shared/seed/minsk-barometer-17.txt" -cp "$cp" org.barometer.publicdata.LeaveOneOut
