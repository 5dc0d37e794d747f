#!/usr/bin/env bash
# Import benchmark (docs/BENCHMARKS.md, section "Import"): a generated N-row IAM credential report
# (22 columns, ~240 bytes a row), imported end to end by Steward with -Xmx512m, beside sqlite3's
# `.import` of the same file into a raw table of a WAL database, in the same run, alternating,
# ROUNDS times each; prints the medians and their ratio (bar: <= 3.0). Each round also times:
# - the same import without findings (the findings engine runs in the import's transaction);
# - the stack's floor (JdbcImportFloor: the reference's own job, and the fewest identity rows, through Java + SQLite
#   JDBC with no detection, normalisation, screening, de-duplication or index);
# - late duplicates: the same file plus 1 late duplicate per 1,000 users (half replace a row written long before,
#   half lose to it), without findings, against the file without them (bar: about 1.0);
# - small into big: a 10,000-user report of another account imported into a copy of the ledger the ROWS-row file
#   makes, against the same import into an empty ledger (bar: <= 2.0).
# Every Steward figure is the process wall clock; CPU (user + sys of the process) and the load average are printed
# beside each, since on a shared machine wall clock says more about the load than about the import.
# Also the secret-guard false-positive rate on the same clean file.
#
# Usage: bench/import-benchmark.sh [ROWS=1000000] [ROUNDS=3] [WORKDIR=bench-work]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
ROUNDS=${2:-3}
WORK=${3:-bench-work}
mkdir -p "$WORK"
command -v sqlite3 >/dev/null || { echo "sqlite3 CLI not found (apt-get install sqlite3)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found (apt-get install time)" >&2; exit 2; }

mvn -B -q -pl importers -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="importers/target/test-classes:importers/target/classes:$(cat importers/target/bench.classpath)"
JAVA_OPTS=(-Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true)

REPORT="$WORK/report-$ROWS.csv"
DUPS="$WORK/report-$ROWS-late-duplicates.csv"
SMALL="$WORK/small-10000.csv"
[ -f "$REPORT" ] || java "${JAVA_OPTS[@]}" -cp "$CP" io.steward.importers.bench.CredentialReportGenerator "$REPORT" "$ROWS" 42
[ -f "$DUPS" ] || java "${JAVA_OPTS[@]}" -cp "$CP" io.steward.importers.bench.CredentialReportGenerator "$DUPS" "$ROWS" 42 1
[ -f "$SMALL" ] || java "${JAVA_OPTS[@]}" -cp "$CP" io.steward.importers.bench.CredentialReportGenerator "$SMALL" 10000 7
echo "file: $REPORT ($(stat -L -c %s "$REPORT") bytes, $(( $(wc -l < "$REPORT") + 1 )) lines)"
echo "sqlite3 CLI $(sqlite3 --version | cut -d' ' -f1); $(java -version 2>&1 | head -1); $(nproc) cores"

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

ref_times=()
steward_times=()
steward_cpu=()
bare_times=()
bare_cpu=()
dups_times=()
dups_cpu=()
small_empty_times=()
small_empty_cpu=()
small_big_times=()
small_big_cpu=()
raw_floor_times=()
rows_floor_times=()
floor() { # mode: the stack's floor (JdbcImportFloor), process wall clock
    local t0 t1
    t0=$(now)
    java -Xmx512m "${JAVA_OPTS[@]}" -cp "$CP" io.steward.importers.bench.JdbcImportFloor "$1" "$REPORT" "$WORK/floor.db" >/dev/null 2>&1
    t1=$(now)
    echo "$t1 - $t0" | bc
}
fresh() { rm -f "$1" "$1-wal" "$1-shm"; }
# steward FILE LEDGER [JAVA OPTION]...: imports FILE into LEDGER; sets WALL, CPU (user + sys) and LINE (ImportBenchmark's line)
steward() {
    local file=$1 ledger=$2
    shift 2
    /usr/bin/time -o "$WORK/time.txt" -f "%e %U %S" java -Xmx512m "${JAVA_OPTS[@]}" "$@" -cp "$CP" \
        io.steward.importers.bench.ImportBenchmark "$file" "$ledger" > "$WORK/steward.out"
    LINE=$(grep '^steward_seconds=' "$WORK/steward.out")
    read -r WALL user sys < "$WORK/time.txt"
    CPU=$(echo "$user + $sys" | bc)
}
load() { cut -d' ' -f1 /proc/loadavg; }

# The big ledger for the small-into-big case: the ROWS-row file, imported once (without findings), copied each round.
# Named after the newest migration, so a ledger left by an older build (which would migrate inside the timed import) is
# not reused.
SCHEMA=$(ls model/src/main/resources/db/migration | sed -n 's/^V\([0-9_]*\)__.*/\1/p' | sort -t_ -k1,1n -k2,2n | tail -1)
BIG="$WORK/big-$ROWS-schema-$SCHEMA.steward"
if [ ! -f "$BIG" ]; then
    steward "$REPORT" "$BIG" -Dbench.findings=false
    echo "big ledger: $BIG ($LINE)"
fi

for round in $(seq 1 "$ROUNDS"); do
    fresh "$WORK/reference.db"
    t0=$(now)
    sqlite3 "$WORK/reference.db" "PRAGMA journal_mode=WAL;" ".mode csv" ".import $REPORT raw" >/dev/null
    t1=$(now)
    ref=$(echo "$t1 - $t0" | bc)
    ref_times+=("$ref")

    l=$(load)
    steward "$REPORT" "$WORK/steward.steward"
    steward_times+=("$WALL"); steward_cpu+=("$CPU")
    printf 'round %d: sqlite3 .import %.2f s | steward %.2f s, CPU %.2f s, load %s (%s)\n' "$round" "$ref" "$WALL" "$CPU" "$l" "$LINE"

    l=$(load)
    steward "$REPORT" "$WORK/steward.steward" -Dbench.findings=false
    bare_times+=("$WALL"); bare_cpu+=("$CPU")
    printf '  without findings %.2f s, CPU %.2f s, load %s (%s)\n' "$WALL" "$CPU" "$l" "$LINE"

    l=$(load)
    steward "$DUPS" "$WORK/steward.steward" -Dbench.findings=false
    dups_times+=("$WALL"); dups_cpu+=("$CPU")
    printf '  late duplicates, without findings %.2f s, CPU %.2f s, load %s (%s)\n' "$WALL" "$CPU" "$l" "$LINE"

    l=$(load)
    fresh "$WORK/small.steward"
    steward "$SMALL" "$WORK/small.steward"
    small_empty_times+=("$WALL"); small_empty_cpu+=("$CPU")
    printf '  10,000 users into an empty ledger %.2f s, CPU %.2f s, load %s (%s)\n' "$WALL" "$CPU" "$l" "$LINE"

    fresh "$WORK/small.steward"
    cp "$BIG" "$WORK/small.steward"
    sync # the copy's gigabyte of dirty pages would otherwise be written back during the import and stall its commit
    l=$(load)
    steward "$SMALL" "$WORK/small.steward" -Dbench.existingLedger=true
    small_big_times+=("$WALL"); small_big_cpu+=("$CPU")
    printf '  10,000 users into the big ledger %.2f s, CPU %.2f s, load %s (%s)\n' "$WALL" "$CPU" "$l" "$LINE"

    raw_floor=$(floor raw)
    rows_floor=$(floor rows)
    raw_floor_times+=("$raw_floor")
    rows_floor_times+=("$rows_floor")
    printf '  floor: JDBC raw %.2f s, JDBC rows %.2f s\n' "$raw_floor" "$rows_floor"
done

med() { printf '%s\n' "$@" | median; }
ratio() { echo "$1 / $2" | bc -l; }
ref_median=$(med "${ref_times[@]}")
steward_median=$(med "${steward_times[@]}")
bare_median=$(med "${bare_times[@]}")
printf 'median: sqlite3 .import %.2f s, steward %.2f s (CPU %.2f s), ratio %.2f (bar <= 3.0)\n' \
    "$ref_median" "$steward_median" "$(med "${steward_cpu[@]}")" "$(ratio "$steward_median" "$ref_median")"
printf 'median without findings: steward %.2f s (CPU %.2f s), ratio %.2f\n' \
    "$bare_median" "$(med "${bare_cpu[@]}")" "$(ratio "$bare_median" "$ref_median")"
raw_median=$(med "${raw_floor_times[@]}")
rows_median=$(med "${rows_floor_times[@]}")
printf 'floor (JdbcImportFloor, does far less than an import): JDBC raw table %.2f s, ratio %.2f; JDBC identity rows %.2f s, ratio %.2f\n' \
    "$raw_median" "$(ratio "$raw_median" "$ref_median")" "$rows_median" "$(ratio "$rows_median" "$ref_median")"
dups_median=$(med "${dups_times[@]}")
printf 'late duplicates (1 per 1,000 users), without findings: %.2f s (CPU %.2f s) against %.2f s (CPU %.2f s) without duplicates, ratio %.2f, CPU ratio %.2f (bar: about 1.0)\n' \
    "$dups_median" "$(med "${dups_cpu[@]}")" "$bare_median" "$(med "${bare_cpu[@]}")" "$(ratio "$dups_median" "$bare_median")" \
    "$(ratio "$(med "${dups_cpu[@]}")" "$(med "${bare_cpu[@]}")")"
empty_median=$(med "${small_empty_times[@]}")
big_median=$(med "${small_big_times[@]}")
printf 'small into big (10,000 users): into the big ledger %.2f s (CPU %.2f s), into an empty ledger %.2f s (CPU %.2f s), ratio %.2f, CPU ratio %.2f (bar <= 2.0)\n' \
    "$big_median" "$(med "${small_big_cpu[@]}")" "$empty_median" "$(med "${small_empty_cpu[@]}")" "$(ratio "$big_median" "$empty_median")" \
    "$(ratio "$(med "${small_big_cpu[@]}")" "$(med "${small_empty_cpu[@]}")")"
fresh "$WORK/floor.db"
fresh "$WORK/small.steward"

java "${JAVA_OPTS[@]}" -cp "$CP" io.steward.importers.bench.SecretFalsePositives "$REPORT"
