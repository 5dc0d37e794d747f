#!/usr/bin/env bash
# Workbook benchmark: N attestation rows (default 1,000,000) written by Steward's streaming sheet writer beside a
# minimal fastexcel writer of the same rows, in the same run, within a 256 MB heap. See docs/BENCHMARKS.md.
# Usage: bench/workbook-benchmark.sh [rows] [work folder]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl exports -am test-compile dependency:build-classpath -DskipTests -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp=$(cat exports/target/bench.classpath)
java -Xmx256m -cp "exports/target/test-classes:exports/target/classes:$cp" io.steward.exports.bench.WorkbookBenchmark "$@"
