#!/usr/bin/env bash
# Findings and bulk-ownership benchmark (docs/BENCHMARKS.md, section "Findings and bulk owner assignment"): a
# generated N-row IAM credential report imported without findings (the reference), then every finding of every
# current identity computed (bar: <= 0.25x that import, same run), then a rules file matching every principal
# planned and the first ASSIGNMENTS of it applied with one ledger entry each (bar: >= 20,000 assignments/s).
#
# Usage: bench/findings-benchmark.sh [ROWS=1000000] [ASSIGNMENTS=100000] [WORKDIR=bench-work]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
ASSIGNMENTS=${2:-100000}
WORK=${3:-bench-work}
mkdir -p "$WORK"

mvn -B -q -pl importers -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="importers/target/test-classes:importers/target/classes:$(cat importers/target/bench.classpath)"
JAVA_OPTS=(-Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true)

REPORT="$WORK/report-$ROWS.csv"
[ -f "$REPORT" ] || java "${JAVA_OPTS[@]}" -cp "$CP" io.steward.importers.bench.CredentialReportGenerator "$REPORT" "$ROWS" 42
echo "file: $REPORT ($(stat -L -c %s "$REPORT") bytes); $(java -version 2>&1 | head -1); $(nproc) cores"
java -Xmx512m "${JAVA_OPTS[@]}" -cp "$CP" io.steward.importers.bench.FindingsBenchmark "$REPORT" "$WORK/findings.steward" "$ASSIGNMENTS" \
    | grep '^import_seconds=\|^cpu: \|^floor: '
