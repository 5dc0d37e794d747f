package io.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.store.Store;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Separate Steward processes (the real command line's main class, from the test class path) working on one ledger at
 * once: two imports creating the same new ledger, an import beside a dry run, and read-only commands while a long
 * import holds the write lock. No committed snapshot is lost, every process reports what it did, and readers never wait
 * out the writer.
 */
class CrossProcessImportTest extends CliTest {
    private static final String MAIN = "io.steward.app.launch.Launcher";

    @Test
    void twoProcessesImportingIntoTheSameNewLedgerBothKeepTheirSnapshot() throws Exception {
        Path accounts = Fixtures.copy("service-accounts.csv", work);
        Path report = Fixtures.copy("credential-report-2024-11.csv", work);
        for (int round = 0; round < 2; round++) {
            ledger = work.resolve("new-" + round + ".steward");
            Steward a = start("--actor", "alice", "import", accounts.toString());
            Steward b = start("--actor", "bob", "import", report.toString());

            Finished first = a.await();
            Finished second = b.await();

            assertThat(first.exit()).as(first.err()).isZero();
            assertThat(second.exit()).as(second.err()).isZero();
            assertThat(first.out()).contains("Imported 1 file into " + ledger).contains("source      csv:service-accounts");
            assertThat(second.out()).contains("Imported 1 file into " + ledger).contains("source      aws:111122223333");
            assertThat(snapshotFiles()).containsExactlyInAnyOrder("service-accounts.csv", "credential-report-2024-11.csv");
            CliRun.Result verify = steward("ledger", "verify");
            assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        }
        assertNoPrivateLedgersLeft();
    }

    @Test
    void anImportBesideADryRunIntoANewLedgerKeepsTheImportAndTheDryRunStoresNothing() throws Exception {
        Path accounts = Fixtures.copy("service-accounts.csv", work);
        Path report = Fixtures.copy("credential-report-2024-11.csv", work);
        for (int round = 0; round < 2; round++) {
            ledger = work.resolve("dry-" + round + ".steward");
            Steward dry = start("--actor", "bob", "import", "--dry-run", report.toString());
            Steward real = start("--actor", "alice", "import", accounts.toString());

            Finished checked = dry.await();
            Finished imported = real.await();

            assertThat(imported.exit()).as(imported.err()).isZero();
            assertThat(imported.out()).contains("Imported 1 file into " + ledger);
            assertThat(checked.exit()).as(checked.err()).isZero();
            assertThat(checked.out()).contains("Checked 1 file: a dry run, nothing was stored").doesNotContain("snapshot    ");
            assertThat(snapshotFiles()).containsExactly("service-accounts.csv");
        }
        assertNoPrivateLedgersLeft();
    }

    @Test
    void readOnlyCommandsDoNotWaitForALongImportInAnotherProcess() throws Exception {
        assertThat(steward("--actor", "alice", "import", Fixtures.copy("service-accounts.csv", work).toString()).exit()).isZero();
        Path big = bigInventory(work.resolve("big-inventory.csv"), 600_000);
        Steward writer = start("--actor", "bob", "import", big.toString());
        try {
            awaitWriteLock(writer);

            long t0 = System.nanoTime();
            CliRun.Result snapshots = steward("snapshots");
            long firstRead = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
            boolean stillWriting = writeLockHeld();
            CliRun.Result inventory = steward("inventory", "--limit", "5");
            CliRun.Result verify = steward("ledger", "verify");

            assertThat(stillWriting).as("the import still held the write lock after the first read (%d s); its progress: %s", firstRead,
                    Files.readString(writer.err)).isTrue();
            assertThat(firstRead).as("a read beside a writer does not wait for it").isLessThan(20);
            assertThat(snapshots.exit()).as(snapshots.err()).isZero();
            assertThat(snapshots.out()).contains("service-accounts.csv").doesNotContain("big-inventory.csv");
            assertThat(inventory.exit()).as(inventory.err()).isZero();
            assertThat(inventory.out()).isNotBlank();
            assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
        } finally {
            Finished done = writer.await();
            assertThat(done.exit()).as(done.err()).isZero();
            assertThat(done.out()).contains("Imported 1 file into " + ledger);
        }
        assertThat(snapshotFiles()).containsExactlyInAnyOrder("service-accounts.csv", "big-inventory.csv");
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private record Finished(int exit, String out, String err) {
    }

    /** One {@code steward} process on {@link #ledger}, its output in files. */
    private final class Steward {
        final Process process;
        final Path out;
        final Path err;

        Steward(Process process, Path out, Path err) {
            this.process = process;
            this.out = out;
            this.err = err;
        }

        Finished await() throws IOException, InterruptedException {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("steward did not finish in 5 minutes: " + Files.readString(err));
            }
            return new Finished(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        }
    }

    private int started;

    private Steward start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dsteward.home=" + home, "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", "-cp", System.getProperty("java.class.path"),
                MAIN, "--ledger", ledger.toString()));
        command.addAll(List.of(args));
        int n = ++started;
        Path out = work.resolve("steward-" + n + ".out");
        Path err = work.resolve("steward-" + n + ".err");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        return new Steward(pb.start(), out, err);
    }

    /** Waits until the writer's import transaction holds the ledger's write lock (it prints progress from then on). */
    private void awaitWriteLock(Steward writer) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!writer.process.isAlive()) {
                throw new AssertionError("the import ended before the reads: " + Files.readString(writer.err));
            }
            if (Files.size(writer.err) > 0 && writeLockHeld()) { // reading the file (progress on stderr) inside its transaction
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import never took the write lock");
    }

    /** True when another connection holds the write lock: BEGIN IMMEDIATE fails at once instead of waiting. */
    private boolean writeLockHeld() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger)) {
            try (var st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = 0");
            }
            try (var st = c.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
                st.execute("ROLLBACK");
                return false;
            } catch (SQLException e) {
                return e.getMessage().contains("SQLITE_BUSY") || e.getMessage().contains("locked");
            }
        }
    }

    /** A generic CSV inventory of {@code rows} identities (about 30 MB for 600,000): long enough to import while others read. */
    private static Path bigInventory(Path file, int rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("id,name,owner,environment,last_used,status\n");
            for (int i = 1; i <= rows; i++) {
                w.write("svc-" + i + ",service account " + i + ",team-" + (i % 97) + "@example.com," + (i % 3 == 0 ? "prod" : "dev")
                        + ",2026-0" + (1 + i % 9) + "-1" + (i % 10) + ",Active\n");
            }
        }
        return file;
    }

    private List<String> snapshotFiles() {
        try (Store store = Store.open(ledger)) {
            return store.read(ctx -> ctx.select(io.steward.model.db.Tables.SNAPSHOT.FILE_NAME).from(io.steward.model.db.Tables.SNAPSHOT)
                    .fetch(io.steward.model.db.Tables.SNAPSHOT.FILE_NAME));
        }
    }

    private void assertNoPrivateLedgersLeft() throws IOException {
        try (var files = Files.list(work)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".new") || n.contains(".private"));
        }
    }
}
