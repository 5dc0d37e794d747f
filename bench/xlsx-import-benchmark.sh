#!/usr/bin/env bash
# Spreadsheet import memory (docs/BENCHMARKS.md, section "Spreadsheet import memory"): a generated .xlsx inventory
# of N rows written as Excel writes one (every text in the shared strings table; id, name and description distinct
# on every row, so ~3N shared strings), imported end to end by Steward in a JVM with -Xmx512m, the CSV path's
# ceiling. Prints the process wall clock, the sampled peak heap and the peak resident set (GNU time).
#
# Usage: bench/xlsx-import-benchmark.sh [ROWS=1048575] [HEAP=512m] [WORKDIR=bench-work]
# (1,048,575 data rows is Excel's limit for one sheet, and Steward reads the first sheet.)
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1048575}
HEAP=${2:-512m}
WORK=${3:-bench-work}
mkdir -p "$WORK"

mvn -B -q -pl importers -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="importers/target/test-classes:importers/target/classes:$(cat importers/target/bench.classpath)"
JAVA_OPTS=(-Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true)

BOOK="$WORK/inventory-$ROWS.xlsx"
[ -f "$BOOK" ] || java -cp "$CP" io.steward.importers.bench.XlsxInventoryGenerator "$BOOK" "$ROWS" 42
echo "file: $BOOK ($(stat -L -c %s "$BOOK") bytes, $ROWS data rows)"
unzip -lv "$BOOK" | grep -E 'sharedStrings|sheet1' | awk '{print "  part " $8 ": " $1 " bytes unpacked"}'
echo "$(java -version 2>&1 | head -1); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"

rm -f "$WORK/xlsx.steward" "$WORK/xlsx.steward-wal" "$WORK/xlsx.steward-shm"
TIME_LOG="$WORK/xlsx-time.log"
t0=$(date +%s.%N)
/usr/bin/time -v -o "$TIME_LOG" java "-Xmx$HEAP" "${JAVA_OPTS[@]}" -cp "$CP" io.steward.importers.bench.ImportBenchmark "$BOOK" \
    "$WORK/xlsx.steward" | grep '^steward_seconds='
t1=$(date +%s.%N)
printf 'process wall clock %.1f s; peak resident set %s MB (GNU time)\n' "$(echo "$t1 - $t0" | bc)" \
    "$(( $(grep 'Maximum resident set size' "$TIME_LOG" | awk '{print $NF}') / 1024 ))"
