package io.steward.app.demo;

import io.steward.importers.spi.Cancellation;
import io.steward.importers.ImportOptions;
import io.steward.importers.spi.ImportProgress;
import io.steward.importers.ImportReport;
import io.steward.importers.ImportService;
import io.steward.model.StewardPaths;
import io.steward.app.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a demo ledger the way a user would: writes the bundled demo exports ({@link DemoExports}) into the
 * demo folder and imports each through the real {@link ImportService}, one snapshot (and ledger entry) per
 * file, so everything the console shows of the demo went through detection, the secret guard and
 * de-duplication. Deterministic for a day. Takes a couple of seconds: run it off the FX thread.
 */
public final class DemoLedger {
    private static final Logger LOG = LoggerFactory.getLogger(DemoLedger.class);
    /** The demo's exports go into this sub-folder of the demo folder, beside the ledger. */
    public static final String EXPORTS_FOLDER = "exports";
    static final long SEED = 20_240_601L;

    /** Called after each file is imported (from the building thread). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total, report) -> { };

        void imported(int done, int total, ImportReport report);
    }

    /** What was built: the ledger, the export files, and each file's import report. */
    public record Result(Path ledgerFile, List<Path> files, List<ImportReport> reports, Duration elapsed) {
    }

    private DemoLedger() {
    }

    /** Creates {@code dir}/{@value StewardPaths#LEDGER_FILE_NAME} and builds the demo into it. */
    public static Result create(Path dir, String actor, Path keysDir, Clock clock, Progress progress, Cancellation cancel) {
        try (Workspace workspace = Workspace.openOrCreate(dir.resolve(StewardPaths.LEDGER_FILE_NAME), actor, keysDir, clock)) {
            return create(dir, workspace, progress, cancel);
        }
    }

    /**
     * Writes the demo exports into {@code dir}/{@value #EXPORTS_FOLDER} and imports them into the workspace's ledger
     * (normally a new, empty ledger in {@code dir}), file by file, so a console watching the ledger sees the
     * snapshots arrive. A cancel stops after the file in flight (which is then not stored).
     */
    public static Result create(Path dir, Workspace workspace, Progress progress, Cancellation cancel) {
        Clock clock = workspace.clock();
        long t0 = System.nanoTime();
        List<Path> files;
        DemoOrg org = new DemoOrg(SEED, DemoExports.AWS_USERS, clock.instant());
        try {
            files = DemoExports.standard().writeAll(dir.resolve(EXPORTS_FOLDER), org);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo exports into " + dir + ": " + e.getMessage(), e);
        }
        long written = System.nanoTime();
        ImportService service = workspace.imports();
        ImportOptions options = ImportOptions.detect(workspace.actor());
        List<ImportReport> reports = new ArrayList<>();
        for (Path file : files) {
            cancel.check();
            ImportReport report = service.commit(file, options, ImportProgress.NONE, cancel);
            reports.add(report);
            progress.imported(reports.size(), files.size(), report);
        }
        DemoOwnership.apply(dir, workspace, service, org.leavers());
        DemoStepUp.add(workspace);
        DemoCampaigns.add(workspace);
        DemoCheckpoint.take(workspace);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
        LOG.info("Demo ledger {} built from {} exports in {} ms ({} ms writing them)", workspace.ledgerFile(), files.size(), elapsed.toMillis(),
                (written - t0) / 1_000_000);
        return new Result(workspace.ledgerFile(), files, reports, elapsed);
    }
}
