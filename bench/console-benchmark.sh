#!/usr/bin/env bash
# "Console over 1M identities" (docs/BENCHMARKS.md): the Inventory page's view and view model on the real
# JavaFX toolkit (headless Monocle, software rendering) over a ledger of N current identities, with the
# same-run reference (every row in memory, SortedList/FilteredList on the FX thread), then the Accountability page.
# First, in a JVM of its own (cold), the whole console opened on the ledger and each page chosen once (--shell).
# The ledger is the one the inventory query benchmark builds; it is built (and that benchmark run) when missing.
# Usage: bench/console-benchmark.sh [identities=1000000] [work folder=target/bench] [runs=5]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
work=${2:-target/bench}
runs=${3:-5}
mkdir -p "$work"
ledger="$work/inventory-$n.steward"
if [ ! -f "$ledger" ]; then
    bench/inventory-benchmark.sh "$n" "$work"
fi
mvn -B -q -pl app -am test-compile dependency:build-classpath -Dmdep.outputFile=target/console-bench.classpath \
    -Dmdep.includeScope=test
cp=$(cat app/target/console-bench.classpath)
fx=(-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true)
java -Xmx2g -Dsteward.home="$work/home" -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true "${fx[@]}" \
    -cp "app/target/test-classes:app/target/classes:$cp" io.steward.app.bench.ConsoleBenchmark --shell "$ledger"
java -Xmx2g -Dsteward.home="$work/home" -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true \
    -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
    -cp "app/target/test-classes:app/target/classes:$cp" io.steward.app.bench.ConsoleBenchmark "$ledger" "$runs"
