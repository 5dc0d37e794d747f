package io.steward.exports.workbook;

import io.steward.model.inventory.SnapshotInfo;
import io.steward.model.inventory.Snapshots;
import io.steward.model.ledger.Checkpoint;
import io.steward.model.ledger.VerificationReport;
import io.steward.model.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Writes the attestation workbook: verifies the ledger, signs its head (the export's own checkpoint),
 * then streams every sheet into a temporary file that replaces the target only when complete.
 */
public final class WorkbookExport {
    /** Progress in rows written out of rows expected. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(long done, long total);
    }

    /** What to export: a title (the campaign), a sentence on its scope, and its period. */
    public record Request(String title, String scope, Period period, String actor) {
    }

    /** What was written. */
    public record Result(Path file, long ledgerRows, Checkpoint checkpoint, VerificationReport verification) {
    }

    private final Store store;
    private final Supplier<VerificationReport> verifier;
    private final Supplier<Checkpoint> checkpointTaker;
    private final String toolVersion;
    private final Clock clock;
    private final int maxRowsPerSheet;

    /**
     * @param verifier verifies the ledger as it stands (the result goes on the Summary)
     * @param checkpointTaker signs the ledger head as the exporting actor (a checkpoint entry and sidecar line)
     */
    public WorkbookExport(Store store, Supplier<VerificationReport> verifier, Supplier<Checkpoint> checkpointTaker, String toolVersion,
                          Clock clock, int maxRowsPerSheet) {
        this.store = store;
        this.verifier = verifier;
        this.checkpointTaker = checkpointTaker;
        this.toolVersion = toolVersion;
        this.clock = clock;
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    public WorkbookExport(Store store, Supplier<VerificationReport> verifier, Supplier<Checkpoint> checkpointTaker, String toolVersion) {
        this(store, verifier, checkpointTaker, toolVersion, Clock.systemUTC(), TableSheet.MAX_ROWS);
    }

    /**
     * Writes the workbook to {@code file}. Throws {@link CancellationException} when {@code cancelled} turns true;
     * then, as on any failure, {@code file} is left as it was and no partial file remains.
     */
    public Result write(Request request, Path file, Progress progress, BooleanSupplier cancelled) throws IOException {
        Instant generatedAt = clock.instant();
        VerificationReport verification = verifier.get();
        checkCancelled(cancelled);
        Checkpoint checkpoint = checkpointTaker.get();
        long lastSeq = checkpoint.seq() + 1; // the checkpoint entry itself
        PeriodEntries entries = new PeriodEntries(store, request.period(), lastSeq);
        long total = entries.count();
        List<SnapshotInfo> snapshots = snapshotsUsed(lastSeq);
        List<Checkpoint> checkpoints = Evidence.checkpoints(store, lastSeq);
        long[] written = new long[1];
        try (WorkbookWriter writer = new WorkbookWriter(maxRowsPerSheet)) {
            SummarySheet.write(writer, new SummarySheet.Facts(request.title(), request.scope(), request.period(), generatedAt,
                    request.actor(), toolVersion, store.ledgerId(), verification, checkpoint, total, snapshots.size(), checkpoints.size()),
                    entries.countsByKind());
            TableSheet ledger = writer.table(LedgerSheet.LAYOUT);
            entries.forEach(r -> {
                LedgerSheet.row(ledger, r);
                if (++written[0] % 1_000 == 0) {
                    progress.update(written[0], total);
                }
            }, cancelled);
            ledger.finish();
            EvidenceSheet.write(writer, snapshots, checkpoints);
            checkCancelled(cancelled);
            AtomicFile.write(file, out -> {
                writer.writeTo(out);
                checkCancelled(cancelled);
            });
        }
        progress.update(written[0], total);
        return new Result(file, written[0], checkpoint, verification);
    }

    /** The snapshots current at the signed head: the latest of each series imported by then. */
    private List<SnapshotInfo> snapshotsUsed(long lastSeq) {
        return new Snapshots(store).latest().stream().filter(s -> s.ledgerSeq() == null || s.ledgerSeq() <= lastSeq).toList();
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("workbook export cancelled");
        }
    }
}
