#!/usr/bin/env bash
# Inventory query benchmark: builds a ledger of N current identities (default 1,000,000; kept in the work
# folder for later runs) and times pages, sorts, filters, searches, counts, facets and detail through
# InventoryQuery, beside a same-run reference (the first page without indexes). See docs/BENCHMARKS.md.
# Usage: bench/inventory-benchmark.sh [identities] [work folder]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl model -am test-compile -DskipTests
mvn -B -q -pl model dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp=$(cat model/target/bench.classpath)
java -Xmx1g -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -cp "model/target/test-classes:model/target/classes:$cp" \
    io.steward.model.bench.InventoryQueryBenchmark "$@"
