#!/usr/bin/env bash
# "Step-up decisions" (docs/BENCHMARKS.md): N requests imported, then each approved through the service path of
# `steward stepup approve` with the default policy compiled once; prints the policy time per request and the approve
# time per request against the same-run reference of N bare ledger appends.
# Usage: bench/stepup-benchmark.sh [requests=10000] [work folder=target/bench]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl model -am test-compile -DskipTests
mvn -B -q -pl model dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp=$(cat model/target/bench.classpath)
java -Xmx1g -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true \
    -cp "model/target/test-classes:model/target/classes:$cp" io.steward.model.bench.StepUpBenchmark "$@"
