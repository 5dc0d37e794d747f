#!/usr/bin/env bash
# Secret guard rates (docs/BENCHMARKS.md, section "Secret guard: recall and false positives"): recall over the corpus of
# every secret kind the guard knows (importers/src/test/resources/secret-corpus: values, JSON structures, file names),
# and false positives over its near misses and the clean real-shaped fixtures of every platform importer, each imported
# through the real screening sink. The bars (100% recall, 0 false positives) are asserted by SecretGuardRatesTest.
#
# Usage: bench/secret-guard-benchmark.sh [WORKDIR=bench-work]
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${1:-bench-work}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)

mvn -B -q -pl importers -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="importers/target/test-classes:importers/target/classes:$(cat importers/target/bench.classpath)"
cd importers # the corpus and fixtures are read from src/test/resources
CP=$(echo "$CP" | sed 's|importers/target|target|g')
java -Dorg.jooq.no-logo=true -cp "$CP" io.steward.importers.SecretGuardRates "$WORK/secret-guard" 2>/dev/null \
    | grep -E '^(positives|negatives|elapsed|  missed|  flagged)'
