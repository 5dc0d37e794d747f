#!/usr/bin/env bash
# "Campaigns" (docs/BENCHMARKS.md): open a campaign over N identities (rate and ratio to a same-run batched INSERT),
# bulk-certify 5,000 items, and the review screen over the N/10-item campaign of AI agents on the real JavaFX toolkit
# (headless Monocle) with the longest FX-thread stall.
# Usage: bench/campaign-benchmark.sh [identities=100000] [work folder=target/bench]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
work=${2:-target/bench}
mkdir -p "$work"
mvn -B -q -o -pl app -am test-compile dependency:build-classpath -Dmdep.outputFile=target/campaign-bench.classpath \
    -Dmdep.includeScope=test
cp=$(cat app/target/campaign-bench.classpath)
java -Xmx2g -Dsteward.home="$work/home" -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true \
    -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
    -cp "app/target/test-classes:app/target/classes:$cp" io.steward.app.bench.CampaignBenchmark "$work" "$n"
