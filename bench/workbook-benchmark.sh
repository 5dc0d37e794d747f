#!/usr/bin/env bash
# Attestation workbook benchmark (docs/BENCHMARKS.md): a real N-item campaign (default 1,000,000) exported as
# `steward export workbook` does, in a 256 MB heap, beside a minimal fastexcel writer of the same Attestations rows
# read by the same query, three rounds alternating. The ledger is built once per N in the work folder and reused.
# Usage: bench/workbook-benchmark.sh [items=1000000] [work folder=target/bench-workbook]
#        bench/workbook-benchmark.sh --sheet-only [rows=1000000] [work folder]   (the sheet writer alone, synthetic rows)
# BENCH_JFR=steward (or reference) records a JFR profile of that side's runs into the work folder.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--sheet-only" ]; then
    shift
    mvn -B -q -o -pl exports -am test-compile dependency:build-classpath -DskipTests -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
    cp=$(cat exports/target/bench.classpath)
    exec java -Xmx256m -cp "exports/target/test-classes:exports/target/classes:$cp" io.steward.exports.bench.WorkbookBenchmark "$@"
fi
n=${1:-1000000}
work=${2:-target/bench-workbook}
mkdir -p "$work"
mvn -B -q -o -pl app -am test-compile dependency:build-classpath -DskipTests -Dmdep.outputFile=target/workbook-bench.classpath \
    -Dmdep.includeScope=test
cp=$(cat app/target/workbook-bench.classpath)
# The driver builds the ledger (a large heap for the 1M-identity import); each export runs in its own -Xmx256m JVM.
java -Xmx2g -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true ${BENCH_JFR:+-Dbench.jfr=$BENCH_JFR} \
    -cp "app/target/test-classes:app/target/classes:$cp" io.steward.app.bench.WorkbookBenchmark "$work" "$n"
