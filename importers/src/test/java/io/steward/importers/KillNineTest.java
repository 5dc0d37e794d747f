package io.steward.importers;

import io.steward.importers.bench.CredentialReportGenerator;
import io.steward.model.inventory.SnapshotInfo;
import io.steward.model.inventory.Snapshots;
import io.steward.model.ledger.Ledger;
import io.steward.model.store.Store;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.steward.model.db.Tables.IDENTITY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a real importing JVM with SIGKILL at random points of a large import, including while it
 * finishes (index rebuild, ledger append, commit), 21 times. After each kill the ledger passes
 * {@code PRAGMA integrity_check}, the earlier snapshot is unchanged, and the new snapshot is wholly
 * present (with its ledger entry and every identity) or wholly absent.
 */
class KillNineTest {
    private static final int TRIALS = 21;
    private static final int USERS = 40_000; // about 9.5 MB: big enough for the bulk path (indexes dropped and rebuilt)

    @TempDir
    Path dir;

    @Test
    void everyKillLeavesTheImportWhollyPresentOrWhollyAbsent() throws Exception {
        Path big = dir.resolve("big-report.csv");
        try (var w = Files.newBufferedWriter(big)) {
            new CredentialReportGenerator(11).write(w, USERS);
        }
        Path baseline = dir.resolve("baseline.steward");
        String baselineHead;
        long baselineIdentities;
        try (Store store = Store.open(baseline)) {
            new ImportService(new Ledger(store, java.time.Clock.systemUTC()), StandardImporters.registry(), io.steward.importers.secrets.SecretGuard.standard(), java.time.Clock.systemUTC()).commit(Fixtures.copy(Path.of("aws-access-keys/list-access-keys.json"), dir),
                    ImportOptions.detect("tester"), ImportProgress.NONE, Cancellation.NEVER);
            baselineHead = new Ledger(store, java.time.Clock.systemUTC()).head().orElseThrow().hash();
            baselineIdentities = count(store);
        }
        List<String> baselineIndexes = indexes(baseline);

        // A full run tells how long an import takes here and how many identities a complete one has.
        Path full = copy(baseline, "full");
        long t0 = System.nanoTime();
        Process complete = child(full, big);
        Markers fullMarkers = Markers.watch(complete);
        fullMarkers.parsed.await(5, TimeUnit.MINUTES);
        long parsedMillis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(complete.waitFor(5, TimeUnit.MINUTES)).isTrue();
        long fullMillis = (System.nanoTime() - t0) / 1_000_000;
        assertThat(complete.exitValue()).isZero();
        // the finish (index rebuild, ledger entry, commit) lasts about this long; aim kills across it and a little after
        int finishWindow = (int) Math.max(200, (fullMillis - parsedMillis) * 5 / 4);
        long expectedIdentities;
        try (Store store = Store.open(full)) {
            expectedIdentities = count(store) - baselineIdentities;
        }

        Random random = new Random(20_241_205);
        int present = 0;
        int absent = 0;
        int duringFinish = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            Path ledger = copy(baseline, "trial" + trial);
            Process p = child(ledger, big);
            Markers markers = Markers.watch(p);
            if (trial % 3 == 0) {
                // aim at the end: after the whole file is read, while indexes are rebuilt and the commit runs
                markers.parsed.await(2, TimeUnit.MINUTES);
                Thread.sleep(random.nextInt(finishWindow));
                duringFinish++;
            } else {
                markers.started.await(1, TimeUnit.MINUTES);
                Thread.sleep(random.nextInt((int) Math.max(500, fullMillis)));
            }
            p.destroyForcibly(); // SIGKILL
            assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();

            try (Store store = Store.open(ledger)) {
                String integrity = store.read(ctx -> ctx.fetch("PRAGMA integrity_check").get(0).get(0, String.class));
                assertThat(integrity).as("trial %d integrity", trial).isEqualTo("ok");
                int orphans = store.read(ctx -> ctx.fetch("PRAGMA foreign_key_check").size());
                assertThat(orphans).as("trial %d foreign keys", trial).isZero();
                Ledger l = new Ledger(store, java.time.Clock.systemUTC());
                assertThat(l.entry(1).orElseThrow().hash()).isEqualTo(baselineHead);
                List<SnapshotInfo> snapshots = new Snapshots(store).list();
                long rows = count(store);
                long allSnapshotRows = store.read(ctx -> ctx.fetchCount(io.steward.model.db.Tables.SNAPSHOT));
                assertThat(allSnapshotRows).as("trial %d: no half-written snapshot row", trial).isEqualTo(snapshots.size());
                if (snapshots.size() == 1) {
                    absent++;
                    assertThat(l.size()).isEqualTo(1);
                    assertThat(rows).isEqualTo(baselineIdentities);
                } else {
                    present++;
                    assertThat(snapshots).hasSize(2);
                    assertThat(l.size()).isEqualTo(2);
                    SnapshotInfo s = snapshots.stream().filter(x -> x.fileName().equals("big-report.csv")).findFirst().orElseThrow();
                    assertThat(s.counts().identities()).isEqualTo(expectedIdentities);
                    assertThat(rows).isEqualTo(baselineIdentities + expectedIdentities);
                    assertThat(l.entry(s.ledgerSeq()).orElseThrow().kind()).isEqualTo("snapshot.imported");
                }
            }
            assertThat(indexes(ledger)).as("trial %d: indexes dropped for the bulk load are back", trial).isEqualTo(baselineIndexes);
            Files.deleteIfExists(ledger);
        }
        System.out.printf("kill -9 trials: %d, import absent %d, present %d, aimed at the finish %d (full import %d ms, finish %d ms)%n",
                TRIALS, absent, present, duringFinish, fullMillis, fullMillis - parsedMillis);
        assertThat(absent).isPositive();
    }

    private static long count(Store store) {
        return store.read(ctx -> (long) ctx.fetchCount(IDENTITY));
    }

    private static List<String> indexes(Path ledger) {
        try (Store store = Store.open(ledger)) {
            return store.read(ctx -> ctx.resultQuery("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")
                    .fetch(0, String.class));
        }
    }

    private Path copy(Path baseline, String name) throws Exception {
        Path target = dir.resolve(name + ".steward");
        Files.copy(baseline, target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    private static Process child(Path ledger, Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                "-cp", System.getProperty("java.class.path"), ImportChild.class.getName(), ledger.toString(), file.toString());
        pb.redirectErrorStream(true);
        return pb.start();
    }

    /** Reads the child's output on a thread and opens latches on its markers. */
    private record Markers(CountDownLatch started, CountDownLatch parsed) {
        static Markers watch(Process p) {
            Markers m = new Markers(new CountDownLatch(1), new CountDownLatch(1));
            Thread t = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (line.equals("STARTED")) {
                            m.started.countDown();
                        } else if (line.equals("PARSED")) {
                            m.parsed.countDown();
                        }
                    }
                } catch (java.io.IOException e) {
                    // the process was killed: its output ends
                } finally {
                    m.started.countDown();
                    m.parsed.countDown();
                }
            }, "kill-test-output");
            t.setDaemon(true);
            t.start();
            return m;
        }
    }
}
