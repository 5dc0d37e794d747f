package io.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.Workspace;
import io.steward.app.demo.DemoLedger;
import io.steward.model.StewardPaths;
import io.steward.model.inventory.query.SnapshotCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code steward --demo}: the console opens at once while the demo exports are imported in the background. */
class DemoCommandTest {
    @TempDir
    Path home;

    /** The bundled demo's export files: one snapshot (and ledger entry) each. */
    private static final int DEMO_FILES = 19;

    /**
     * What the user sees while the console is open: it opens before the demo is built, then every demo file
     * arrives as a snapshot with its ledger entry. The demo folder is a throw-away, gone once the console closes.
     */
    @Test
    void theConsoleOpensAtOnceAndTheDemoSnapshotsArriveInTheBackground() throws Exception {
        List<Integer> snapshotsAtOpen = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        List<Long> exportFilesWhileOpen = new ArrayList<>();
        List<Integer> importEntriesWhileOpen = new ArrayList<>();
        StewardCli.ConsoleOpener console = workspace -> {
            Path dir = workspace.ledgerFile().getParent();
            folders.add(dir);
            SnapshotCatalog catalog = workspace.snapshots();
            snapshotsAtOpen.add(catalog.list().size());
            waitForSnapshots(catalog, DEMO_FILES);
            exportFilesWhileOpen.add(countFiles(dir.resolve(DemoLedger.EXPORTS_FOLDER)));
            // one snapshot.imported entry per file; the demo's campaign adds its own entries after them
            importEntriesWhileOpen.add(workspace.ledger().page(0, 10_000, false, "snapshot.imported").size());
            return 0;
        };
        int exit = StewardCli.run(new StewardPaths(home), console, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "--demo");
        try {
            assertThat(exit).isZero();
            assertThat(snapshotsAtOpen).singleElement().satisfies(n -> assertThat(n).isLessThan(DEMO_FILES));
            Path dir = folders.get(0);
            assertThat(dir.startsWith(home)).as("the demo leaves the data folder alone").isFalse();
            assertThat(exportFilesWhileOpen).containsExactly((long) DEMO_FILES);
            assertThat(importEntriesWhileOpen).containsExactly(DEMO_FILES);
            assertThat(dir).as("the demo folder is a throw-away, deleted when the console closes").doesNotExist();
        } finally {
            for (Path dir : folders) {
                deleteTree(dir);
            }
        }
    }

    @Test
    void demoCommandBuildsTheSameLedgerIntoAFolderForScripts(@TempDir Path work) throws Exception {
        Path dir = work.resolve("demo");
        CliRun cli = new CliRun(home);

        CliRun.Result r = cli.run("demo", dir.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        Path ledger = dir.resolve(StewardPaths.LEDGER_FILE_NAME);
        assertThat(r.out()).contains("Demo ledger " + ledger).contains("Try: steward --ledger " + ledger + " inventory");
        long files;
        try (Stream<Path> exports = Files.list(dir.resolve(DemoLedger.EXPORTS_FOLDER))) {
            files = exports.count();
        }
        try (Workspace w = Workspace.openExisting(ledger, "check", work.resolve("keys"))) {
            assertThat(w.snapshots().list()).hasSize((int) files);
        }
        assertThat(cli.run("--ledger", ledger.toString(), "inventory", "--limit", "1").exit()).isZero();

        CliRun.Result again = cli.run("demo", dir.toString());
        assertThat(again.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(again.err()).contains("not empty");
    }

    private static void waitForSnapshots(SnapshotCatalog catalog, int n) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (catalog.list().size() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the demo was not built within 2 minutes");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static long countFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return; // the console deleted its demo folder when it closed, as it should
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
