package io.steward.importers.bench;

import io.steward.model.ledger.Ledger;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.ImportOptions;
import io.steward.importers.ImportReport;
import io.steward.importers.ImportService;
import io.steward.importers.StandardImporters;
import io.steward.model.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Steward side of bench/import-benchmark.sh: imports one file into a fresh ledger end to end (detect,
 * hash, parse, normalise, secret scan, de-duplicate, write, commit) and prints one line
 * {@code steward_seconds=… identities=… peak_heap_mb=…}. Run it with -Xmx512m.
 * <p>
 * Usage: {@code ImportBenchmark FILE LEDGER [HEADER=CONCEPT]...} (a column mapping for a spreadsheet, as {@code --map} gives)
 * <p>
 * {@code -Dbench.existingLedger=true} imports into LEDGER as it is (the small-into-big case) instead of a fresh one;
 * {@code -Dbench.findings=false} imports without computing findings (the findings engine runs in the import's transaction).
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path ledger = Path.of(args[1]);
        if (!Boolean.getBoolean("bench.existingLedger")) {
            Files.deleteIfExists(ledger);
            Files.deleteIfExists(Path.of(ledger + "-wal"));
            Files.deleteIfExists(Path.of(ledger + "-shm"));
        }
        try (Store store = Store.open(ledger)) {
            ImportService service = new ImportService(new Ledger(store, java.time.Clock.systemUTC()), StandardImporters.registry(), io.steward.importers.secrets.SecretGuard.standard(), java.time.Clock.systemUTC());
            if (!Boolean.parseBoolean(System.getProperty("bench.findings", "true"))) {
                service.findings(null);
            }
            HeapSampler heap = HeapSampler.start();
            long t0 = System.nanoTime();
            ImportOptions options = ImportOptions.detect("benchmark");
            if (args.length > 2) {
                java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
                for (String m : java.util.Arrays.asList(args).subList(2, args.length)) {
                    map.put(m.substring(0, m.lastIndexOf('=')), m.substring(m.lastIndexOf('=') + 1));
                }
                options = options.withMapping(io.steward.importers.columns.ColumnMapping.fromIds(map), false);
            }
            ImportReport report = service.commit(file, options, (b, t, r) -> { }, Cancellation.NEVER);
            double seconds = (System.nanoTime() - t0) / 1e9;
            heap.stop();
            System.out.printf("steward_seconds=%.2f records=%d identities=%d credentials=%d links=%d duplicates=%d refused=%d warnings=%d"
                            + " max_heap_used_mb=%d max_heap_mb=%d%n",
                    seconds, report.counts().records(), report.counts().identities(), report.counts().credentials(),
                    report.counts().links(), report.counts().duplicates(), report.counts().refused(), report.counts().warnings(), heap.maxUsedMb(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
    }

    /** Samples the used heap (live objects and not yet collected garbage) every 20 ms; the maximum is an upper bound. */
    static final class HeapSampler implements Runnable {
        private volatile boolean running = true;
        private volatile long max;
        private final Thread thread = new Thread(this, "heap-sampler");

        static HeapSampler start() {
            HeapSampler s = new HeapSampler();
            s.thread.setDaemon(true);
            s.thread.start();
            return s;
        }

        @Override
        public void run() {
            Runtime rt = Runtime.getRuntime();
            while (running) {
                max = Math.max(max, rt.totalMemory() - rt.freeMemory());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long maxUsedMb() {
            return max / (1024 * 1024);
        }
    }
}
