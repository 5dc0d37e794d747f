#!/usr/bin/env bash
# Import benchmark (docs/BENCHMARKS.md, section "Import"): a generated N-row IAM credential report
# (22 columns, ~240 bytes a row), imported end to end by Steward with -Xmx512m, beside sqlite3's
# `.import` of the same file into a raw table of a WAL database, in the same run, alternating,
# ROUNDS times each; prints the medians and their ratio (bar: <= 1.0). Each round also times the stack's
# floor (JdbcImportFloor: the reference's own job, and the fewest identity rows, through Java + SQLite JDBC
# with no detection, normalisation, screening, de-duplication or index). Also the secret-guard
# false-positive rate on the same clean file.
#
# Usage: bench/import-benchmark.sh [ROWS=1000000] [ROUNDS=3] [WORKDIR=bench-work]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
ROUNDS=${2:-3}
WORK=${3:-bench-work}
mkdir -p "$WORK"
command -v sqlite3 >/dev/null || { echo "sqlite3 CLI not found (apt-get install sqlite3)" >&2; exit 2; }

mvn -B -q -pl importers -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="importers/target/test-classes:importers/target/classes:$(cat importers/target/bench.classpath)"
JAVA_OPTS=(-Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true)

REPORT="$WORK/report-$ROWS.csv"
[ -f "$REPORT" ] || java "${JAVA_OPTS[@]}" -cp "$CP" io.steward.importers.bench.CredentialReportGenerator "$REPORT" "$ROWS" 42
echo "file: $REPORT ($(stat -L -c %s "$REPORT") bytes, $(( $(wc -l < "$REPORT") + 1 )) lines)"
echo "sqlite3 CLI $(sqlite3 --version | cut -d' ' -f1); $(java -version 2>&1 | head -1); $(nproc) cores"

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

ref_times=()
steward_times=()
raw_floor_times=()
rows_floor_times=()
floor() { # mode: the stack's floor (JdbcImportFloor), process wall clock
    local t0 t1
    t0=$(now)
    java -Xmx512m "${JAVA_OPTS[@]}" -cp "$CP" io.steward.importers.bench.JdbcImportFloor "$1" "$REPORT" "$WORK/floor.db" >/dev/null 2>&1
    t1=$(now)
    echo "$t1 - $t0" | bc
}
for round in $(seq 1 "$ROUNDS"); do
    rm -f "$WORK/reference.db" "$WORK/reference.db-wal" "$WORK/reference.db-shm"
    t0=$(now)
    sqlite3 "$WORK/reference.db" "PRAGMA journal_mode=WAL;" ".mode csv" ".import $REPORT raw" >/dev/null
    t1=$(now)
    ref=$(echo "$t1 - $t0" | bc)
    ref_times+=("$ref")

    rm -f "$WORK/steward.steward" "$WORK/steward.steward-wal" "$WORK/steward.steward-shm"
    t0=$(now)
    line=$(java -Xmx512m "${JAVA_OPTS[@]}" -cp "$CP" io.steward.importers.bench.ImportBenchmark "$REPORT" "$WORK/steward.steward" \
        | grep '^steward_seconds=')
    t1=$(now)
    wall=$(echo "$t1 - $t0" | bc)
    steward_times+=("$wall")
    raw_floor=$(floor raw)
    rows_floor=$(floor rows)
    raw_floor_times+=("$raw_floor")
    rows_floor_times+=("$rows_floor")
    printf 'round %d: sqlite3 .import %.2f s | steward process %.2f s (%s) | floor: JDBC raw %.2f s, JDBC rows %.2f s\n' \
        "$round" "$ref" "$wall" "$line" "$raw_floor" "$rows_floor"
done

ref_median=$(printf '%s\n' "${ref_times[@]}" | median)
steward_median=$(printf '%s\n' "${steward_times[@]}" | median)
printf 'median: sqlite3 .import %.2f s, steward %.2f s, ratio %.2f (bar <= 1.0)\n' \
    "$ref_median" "$steward_median" "$(echo "$steward_median / $ref_median" | bc -l)"
raw_median=$(printf '%s\n' "${raw_floor_times[@]}" | median)
rows_median=$(printf '%s\n' "${rows_floor_times[@]}" | median)
printf 'floor (JdbcImportFloor, does far less than an import): JDBC raw table %.2f s, ratio %.2f; JDBC identity rows %.2f s, ratio %.2f\n' \
    "$raw_median" "$(echo "$raw_median / $ref_median" | bc -l)" "$rows_median" "$(echo "$rows_median / $ref_median" | bc -l)"
rm -f "$WORK/floor.db" "$WORK/floor.db-wal" "$WORK/floor.db-shm"

java "${JAVA_OPTS[@]}" -cp "$CP" io.steward.importers.bench.SecretFalsePositives "$REPORT"
