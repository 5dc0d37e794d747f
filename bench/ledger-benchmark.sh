#!/usr/bin/env bash
# Ledger benchmarks: verify N entries (default 1,000,000) beside a plain JDBC + SHA-256 loop in the
# same run, and single-append latency with synchronous=FULL. See docs/BENCHMARKS.md.
# Usage: bench/ledger-benchmark.sh [entries] [appends] [work folder]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl model -am test-compile -DskipTests
mvn -B -q -pl model dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp=$(cat model/target/bench.classpath)
java -Xmx1g -cp "model/target/test-classes:model/target/classes:$cp" io.steward.model.bench.LedgerBenchmark "$@"
