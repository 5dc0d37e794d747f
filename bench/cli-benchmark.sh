#!/usr/bin/env bash
# CLI benchmark (docs/BENCHMARKS.md, section "CLI output and start-up"), each figure beside a reference of the
# same run, ROUNDS rounds alternating, medians:
#  1. output: `steward inventory --format json|csv --limit 0` of a ledger of N imported identities (a generated
#     IAM credential report, as the import benchmark makes it) against `sqlite3 -json|-csv` of the same rows in
#     the same order (current principals by name, with their credentials and grants as JSON); wall and CPU
#     (user + sys) seconds, bytes written, ratio of walls (bar: <= 3.0);
#  2. start-up: `steward --version` and `steward ledger verify` of a small ledger (1,000 identities), each without
#     and with a class-data-sharing archive made by a training run here, against a bare `java -version`;
#     median of STARTS runs, wall and CPU (bar: < 1 s on a quiet machine). When the Linux app image is built
#     (mvn -P installers package), its launcher and the `steward` command the .deb puts on PATH (lib/app/steward-cli.sh),
#     which map its own archive and load its unpacked SQLite library, are timed too, and the command's output as well.
# Prints `uptime` first and last: on a shared machine read the ratios, not the seconds.
#
# With BEFORE_JAR=path/to/steward.jar (another build, e.g. of an older commit) its json/csv output is timed too.
#
# Usage: bench/cli-benchmark.sh [IDENTITIES=200000] [ROUNDS=3] [WORKDIR=bench-work] [STARTS=7]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-200000}
ROUNDS=${2:-3}
WORK=${3:-bench-work}
STARTS=${4:-7}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
command -v sqlite3 >/dev/null || { echo "sqlite3 CLI not found (apt-get install sqlite3)" >&2; exit 2; }
echo "load before: $(uptime)"

mvn -B -q -pl app -am package -DskipTests
mvn -B -q -pl importers -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
GEN_CP="importers/target/test-classes:importers/target/classes:$(cat importers/target/bench.classpath)"
JAR=$PWD/app/target/steward.jar
export STEWARD_HOME=$WORK/cli-home

# The ledgers: N identities for the output figures, 1,000 for start-up; both kept for later runs.
ledger_of() { # rows -> ledger path (imports a generated credential report once)
    local report="$WORK/report-$1.csv" ledger="$WORK/cli-$1.steward"
    [ -f "$report" ] || java -cp "$GEN_CP" io.steward.importers.bench.CredentialReportGenerator "$report" "$1" 42 >/dev/null
    if [ ! -s "$ledger" ]; then
        java -Xmx512m -jar "$JAR" --ledger "$ledger" import "$report" >"$WORK/import-$1.log" 2>&1
    fi
    echo "$ledger"
}
BIG=$(ledger_of "$ROWS")
SMALL=$(ledger_of 1000)
echo "ledger: $BIG ($(stat -c %s "$BIG") bytes, $(sqlite3 "$BIG" 'SELECT count(*) FROM identity WHERE key_head = 1') current principals)"
echo "sqlite3 CLI $(sqlite3 --version | cut -d' ' -f1); $(java -version 2>&1 | head -1); $(nproc) cores"

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
# Runs a command with stdout into `wc -c`; prints "wall cpu bytes" (cpu = user + sys of the command's processes).
timed() {
    local t
    TIMEFORMAT='%R %U %S'
    t=$( { time "$@" 2>/dev/null | wc -c > "$WORK/bytes"; } 2>&1 )
    echo "$t $(cat "$WORK/bytes")" | awk '{printf "%.3f %.3f %d\n", $1, $2 + $3, $4}'
}

# Same rows, same order, same children as `steward inventory`: the principals' newest rows by name, with
# their credentials and grants as JSON arrays (the reference does not merge importers or compute risk).
REF_SQL="SELECT i.identity_key AS key, i.native_id AS id, i.id AS rowId, s.source AS source, i.kind AS kind, i.name AS name,
  i.environment AS environment, i.owner_hint AS ownerHint, i.enabled AS enabled, i.created_at AS createdAt,
  i.last_used_at AS lastUsedAt,
  (SELECT json_group_array(json_object('id', c.native_id, 'masked', c.masked_id, 'kind', c.kind, 'active', c.active,
     'createdAt', c.created_at, 'lastRotatedAt', c.last_rotated_at, 'lastUsedAt', c.last_used_at, 'expiresAt', c.expires_at))
   FROM credential c WHERE c.identity_id = i.id) AS credentials,
  (SELECT json_group_array(json_object('privilege', g.privilege, 'resource', g.resource, 'via', g.via, 'condition', g.condition))
   FROM access_grant g WHERE g.identity_id = i.id) AS grants
FROM identity i JOIN snapshot s ON s.id = i.snapshot_id WHERE i.key_head = 1 ORDER BY i.name_key, i.id"

# What the .deb's /usr/bin/steward runs: the image's runtime started by a script, without the native launcher (built by
# mvn -P installers package; timed when present).
COMMAND=installers/target/jpackage/image/steward/lib/app/steward-cli.sh
declare -A walls cpus bytes
record() { # name "wall cpu bytes"
    read -r w c b <<< "$2"
    walls[$1]+="$w "
    cpus[$1]+="$c "
    bytes[$1]=$b
}
for round in $(seq 1 "$ROUNDS"); do
    record sqlite3-json "$(timed sqlite3 -json "$BIG" "$REF_SQL")"
    record steward-json "$(timed java -jar "$JAR" --ledger "$BIG" inventory --format json --limit 0)"
    record sqlite3-csv "$(timed sqlite3 -csv -header "$BIG" "$REF_SQL")"
    record steward-csv "$(timed java -jar "$JAR" --ledger "$BIG" inventory --format csv --limit 0)"
    if [ -x "$COMMAND" ]; then # the installed `steward` command: the image's runtime, its class-data archive
        record command-json "$(timed "$COMMAND" --ledger "$BIG" inventory --format json --limit 0)"
        record command-csv "$(timed "$COMMAND" --ledger "$BIG" inventory --format csv --limit 0)"
    fi
    if [ -n "${BEFORE_JAR:-}" ]; then
        record before-json "$(timed java -jar "$BEFORE_JAR" --ledger "$BIG" inventory --format json --limit 0)"
        record before-csv "$(timed java -jar "$BEFORE_JAR" --ledger "$BIG" inventory --format csv --limit 0)"
    fi
done
med() { tr ' ' '\n' <<< "$1" | grep -v '^$' | median; }
echo
echo "== output of $ROWS identities ($ROUNDS rounds, medians; wall and CPU seconds)"
printf '%-14s %8s %8s %12s\n' what wall cpu bytes
for k in sqlite3-json steward-json command-json before-json sqlite3-csv steward-csv command-csv before-csv; do
    [ -n "${walls[$k]:-}" ] || continue
    printf '%-14s %8.2f %8.2f %12d\n' "$k" "$(med "${walls[$k]}")" "$(med "${cpus[$k]}")" "${bytes[$k]}"
done
for f in json csv; do
    echo "inventory_${f}_ratio=$(echo "$(med "${walls[steward-$f]}") / $(med "${walls[sqlite3-$f]}")" | bc -l | xargs printf '%.2f') (bar <= 3.0)"
    if [ -n "${walls[command-$f]:-}" ]; then
        echo "command_${f}_ratio=$(echo "$(med "${walls[command-$f]}") / $(med "${walls[sqlite3-$f]}")" | bc -l | xargs printf '%.2f') (installed command; bar <= 3.0)"
    fi
done

# Start-up. The archive: one training run with the same class path, as the installers make theirs.
ARCHIVE=$WORK/steward-cds.jsa
rm -f "$ARCHIVE"
java -XX:ArchiveClassesAtExit="$ARCHIVE" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$JAR" io.steward.app.cli.StartupTraining
CDS=(-XX:SharedArchiveFile="$ARCHIVE" -Xlog:cds=off -Xlog:cds+dynamic=off)
IMAGE=installers/target/jpackage/image/steward/bin/steward
declare -A swall scpu
start() { # name command...
    local name=$1 t
    shift
    TIMEFORMAT='%R %U %S'
    t=$( { time "$@" >/dev/null 2>&1; } 2>&1 )
    read -r w u s <<< "$t"
    swall[$name]+="$w "
    scpu[$name]+="$(echo "$u + $s" | bc) "
}
for i in $(seq 1 "$STARTS"); do
    start java-version java -version
    start java-version-noshare java -Xshare:off -version
    start version java -jar "$JAR" --version
    start version-cds java "${CDS[@]}" -jar "$JAR" --version
    start verify java -jar "$JAR" --ledger "$SMALL" ledger verify
    start verify-cds java "${CDS[@]}" -jar "$JAR" --ledger "$SMALL" ledger verify
    if [ -x "$IMAGE" ]; then
        start image-version "$IMAGE" --version
        start image-verify "$IMAGE" --ledger "$SMALL" ledger verify
    fi
    if [ -x "$COMMAND" ]; then
        start command-version "$COMMAND" --version
        start command-verify "$COMMAND" --ledger "$SMALL" ledger verify
    fi
done
echo
echo "== start-up ($STARTS runs, medians; wall and CPU seconds; small ledger: 1,000 identities)"
printf '%-22s %8s %8s\n' what wall cpu
for k in java-version java-version-noshare version version-cds verify verify-cds image-version image-verify command-version command-verify; do
    [ -n "${swall[$k]:-}" ] || continue
    printf '%-22s %8.2f %8.2f\n' "$k" "$(med "${swall[$k]}")" "$(med "${scpu[$k]}")"
done
echo "load after: $(uptime)"
