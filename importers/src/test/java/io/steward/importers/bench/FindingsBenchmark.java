package io.steward.importers.bench;

import io.steward.importers.spi.Cancellation;
import io.steward.importers.ImportOptions;
import io.steward.importers.ImportReport;
import io.steward.importers.ImportService;
import io.steward.importers.StandardImporters;
import io.steward.model.findings.Accountability;
import io.steward.model.findings.FindingCatalogue;
import io.steward.model.findings.FindingProgress;
import io.steward.model.findings.Findings;
import io.steward.model.findings.OwnershipRulesPlanner;
import io.steward.model.findings.PlannedAssignment;
import io.steward.model.findings.RefreshReport;
import io.steward.model.ledger.Ledger;
import io.steward.model.owners.OwnershipRulesParser;
import io.steward.model.owners.Owners;
import io.steward.model.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The Steward side of bench/findings-benchmark.sh, in one process: imports a credential report into a fresh ledger
 * without findings (the reference), then computes every finding of every current identity in one transaction, then
 * plans a rules file that matches every principal and applies the first ASSIGNMENTS of it (one ledger entry each).
 * Prints {@code import_seconds=… findings_seconds=… ratio=… findings=… assignments=… assign_seconds=… assignments_per_second=…}.
 * <p>
 * Usage: {@code FindingsBenchmark FILE LEDGER [ASSIGNMENTS=100000]}
 */
public final class FindingsBenchmark {
    private FindingsBenchmark() {
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * The floor under the findings time, same run: the findings just opened copied, in one transaction each, into a
     * table with no index, no constraint and no rule (the cost of writing that many rows at all), then into a table with
     * the finding table's own constraints and indexes (the cost of the insert alone, without any rule). Both are dropped.
     */
    private static void floor(Store store, int rows) {
        String columns = "identity_key, rule, severity, evidence, source, first_seen_snapshot, first_seen_at, last_seen_at";
        String schema = store.read(ctx -> ctx.fetchOne("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'finding'")
                .get(0, String.class));
        List<String> indexes = store.read(ctx -> ctx.fetch("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'finding'"
                + " AND sql IS NOT NULL").map(x -> x.get(0, String.class)));
        store.write(tx -> {
            tx.execute("CREATE TABLE bench_floor_plain (id INTEGER PRIMARY KEY, identity_key TEXT, rule TEXT, severity TEXT,"
                    + " evidence TEXT, source TEXT, first_seen_snapshot INTEGER, first_seen_at TEXT, last_seen_at TEXT)");
            tx.execute(schema.replaceFirst("(?i)CREATE TABLE \"?finding\"?", "CREATE TABLE bench_floor_indexed"));
            for (String index : indexes) {
                tx.execute(index.replaceFirst("(?i)CREATE (UNIQUE )?INDEX (\\w+) ON \"?finding\"?", "CREATE $1INDEX bench_floor_$2 ON bench_floor_indexed"));
            }
            return null;
        });
        double[] plain = timed(() -> store.write(tx -> tx.execute("INSERT INTO bench_floor_plain (" + columns + ") SELECT " + columns
                + " FROM finding ORDER BY identity_key, rule")));
        double[] indexed = timed(() -> store.write(tx -> tx.execute("INSERT INTO bench_floor_indexed (" + columns + ") SELECT " + columns
                + " FROM finding ORDER BY identity_key, rule")));
        store.write(tx -> {
            tx.execute("DROP TABLE bench_floor_plain");
            tx.execute("DROP TABLE bench_floor_indexed");
            return null;
        });
        System.out.printf("floor: rows=%d plain_insert_seconds=%.2f plain_insert_cpu_seconds=%.2f indexed_insert_seconds=%.2f"
                + " indexed_insert_cpu_seconds=%.2f%n", rows, plain[0], plain[1], indexed[0], indexed[1]);
    }

    /** Wall and process CPU seconds of {@code work}. */
    private static double[] timed(Runnable work) {
        long t = System.nanoTime();
        long cpu = processCpu();
        work.run();
        return new double[] {(System.nanoTime() - t) / 1e9, (processCpu() - cpu) / 1e9};
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path ledger = Path.of(args[1]);
        int assignments = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(ledger + suffix));
        }
        try (Store store = Store.open(ledger)) {
            ImportService service = new ImportService(new Ledger(store, java.time.Clock.systemUTC()), StandardImporters.registry(), io.steward.importers.secrets.SecretGuard.standard(), java.time.Clock.systemUTC()).findings(null);
            long t0 = System.nanoTime();
            long cpu0 = processCpu();
            ImportReport report = service.commit(file, ImportOptions.detect("benchmark"), (b, t, r) -> { }, Cancellation.NEVER);
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            double importCpuSeconds = (processCpu() - cpu0) / 1e9;

            Ledger l = new Ledger(store, java.time.Clock.systemUTC());
            Findings findings = new Findings(l, FindingCatalogue.standard(), Clock.systemUTC());
            long t1 = System.nanoTime();
            long cpu1 = processCpu();
            RefreshReport r = findings.refresh(FindingProgress.NONE);
            double findingsSeconds = (System.nanoTime() - t1) / 1e9;
            double findingsCpuSeconds = (processCpu() - cpu1) / 1e9;

            floor(store, r.opened());

            Path rules = Files.writeString(ledger.resolveSibling("bench.rules"), "source=aws:* owner=team:bench-owners reason=\"benchmark\"\n");
            long t2 = System.nanoTime();
            List<PlannedAssignment> plan = OwnershipRulesPlanner.plan(store, rules, String.valueOf(rules.getFileName()), OwnershipRulesParser.parse(rules, Files.readAllLines(rules)),
                    true);
            double planSeconds = (System.nanoTime() - t2) / 1e9;
            List<PlannedAssignment> chosen = plan.subList(0, Math.min(assignments, plan.size()));
            long t3 = System.nanoTime();
            long cpu3 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            int applied = new Accountability(new Owners(l), findings).apply("benchmark", chosen);
            double assignSeconds = (System.nanoTime() - t3) / 1e9;
            // The assignment runs on this one thread (SQLite included): its CPU time says what a core to itself would give.
            double assignCpuSeconds = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu3) / 1e9;
            System.out.printf("import_seconds=%.2f identities=%d findings_seconds=%.2f ratio=%.3f findings=%d plan_seconds=%.2f"
                            + " assignments=%d assign_seconds=%.2f assignments_per_second=%.0f assign_cpu_seconds=%.2f"
                            + " assignments_per_cpu_second=%.0f%n",
                    importSeconds, report.counts().identities(), findingsSeconds, findingsSeconds / importSeconds, r.opened(), planSeconds,
                    applied, assignSeconds, applied / assignSeconds, assignCpuSeconds, applied / assignCpuSeconds);
            // On a shared machine wall time follows the load; the CPU time each phase used (all threads) does much less.
            System.out.printf("cpu: import_cpu_seconds=%.2f findings_cpu_seconds=%.2f cpu_ratio=%.3f%n", importCpuSeconds,
                    findingsCpuSeconds, findingsCpuSeconds / importCpuSeconds);
        }
    }
}
