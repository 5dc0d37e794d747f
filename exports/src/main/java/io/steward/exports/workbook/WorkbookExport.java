package io.steward.exports.workbook;

import io.steward.model.campaigns.Campaign;
import io.steward.model.campaigns.CampaignService;
import io.steward.model.findings.FindingCatalogue;
import io.steward.model.findings.RuleInfo;
import io.steward.model.inventory.SnapshotInfo;
import io.steward.model.inventory.Snapshots;
import io.steward.model.ledger.Checkpoint;
import io.steward.model.ledger.EntryRow;
import io.steward.model.ledger.EntryRows;
import io.steward.model.ledger.VerificationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Writes the attestation workbook: verifies the ledger (beside the item sheets, on its own thread), signs its head
 * (the export's own checkpoint), and streams every sheet into a temporary file that replaces the target only when
 * complete.
 */
public final class WorkbookExport {
    /** Progress in rows written out of rows expected. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(long done, long total);
    }

    /**
     * What to export: a title, a sentence on its scope, its period, and the campaign whose items it holds
     * (null: the ledger of the period only).
     */
    public record Request(String title, String scope, Period period, String actor, String campaign) {
        public Request(String title, String scope, Period period, String actor) {
            this(title, scope, period, actor, null);
        }

        /** A campaign's workbook: its period runs from its creation to its close (or now, while open). */
        public static Request forCampaign(Campaign c, String actor, Instant now) {
            Instant from = Instant.parse(c.createdAt());
            Instant to = c.closedAt() == null ? now : Instant.parse(c.closedAt());
            return new Request(c.name(), c.scope() == null || c.scope().isBlank() ? "every current identity" : c.scope(),
                    new Period(from, to.isBefore(from) ? from : to), actor, c.name());
        }
    }

    /** What was written. */
    public record Result(Path file, long ledgerRows, long itemRows, Checkpoint checkpoint, VerificationReport verification) {
    }

    private final EntryRows ledgerRows;
    private final Snapshots snapshots;
    private final CampaignService campaigns;
    private final Supplier<VerificationReport> verifier;
    private final Supplier<Checkpoint> checkpointTaker;
    private final String toolVersion;
    private final Clock clock;
    private final int maxRowsPerSheet;

    /** The ledger check's own thread, a daemon, so that it never keeps a closing application alive. */
    private static final Executor VERIFY_THREAD = task -> {
        Thread t = new Thread(task, "workbook-verify");
        t.setDaemon(true);
        t.start();
    };

    /**
     * @param verifier verifies the ledger as it stands (the result goes on the Summary); called on a thread of its own
     * @param checkpointTaker signs the ledger head as the exporting actor (a checkpoint entry and sidecar line)
     */
    public WorkbookExport(EntryRows ledgerRows, Snapshots snapshots, CampaignService campaigns, Supplier<VerificationReport> verifier,
                          Supplier<Checkpoint> checkpointTaker, String toolVersion, Clock clock, int maxRowsPerSheet) {
        this.ledgerRows = ledgerRows;
        this.snapshots = snapshots;
        this.campaigns = campaigns;
        this.verifier = verifier;
        this.checkpointTaker = checkpointTaker;
        this.toolVersion = toolVersion;
        this.clock = clock;
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    public WorkbookExport(EntryRows ledgerRows, Snapshots snapshots, CampaignService campaigns, Supplier<VerificationReport> verifier,
                          Supplier<Checkpoint> checkpointTaker, String toolVersion) {
        this(ledgerRows, snapshots, campaigns, verifier, checkpointTaker, toolVersion, Clock.systemUTC(), TableSheet.MAX_ROWS);
    }

    /**
     * Writes the workbook to {@code file}. Throws {@link CancellationException} when {@code cancelled} turns true;
     * then, as on any failure, {@code file} is left as it was and no partial file remains.
     */
    public Result write(Request request, Path file, Progress progress, BooleanSupplier cancelled) throws IOException {
        Instant generatedAt = clock.instant();
        Campaign campaign = request.campaign() == null ? null : campaigns.campaign(request.campaign());
        // The whole-ledger check runs beside the item sheets, which do not depend on it; the checkpoint waits for it.
        CompletableFuture<VerificationReport> verifying = CompletableFuture.supplyAsync(verifier, VERIFY_THREAD);
        try {
            return write(request, file, progress, cancelled, generatedAt, campaign, verifying);
        } finally {
            try {
                verifying.join(); // never leave a check running on a ledger the caller may close next
            } catch (CompletionException | CancellationException ignored) {
                // its failure, if it matters, was reported by the export itself
            }
        }
    }

    private Result write(Request request, Path file, Progress progress, BooleanSupplier cancelled, Instant generatedAt, Campaign campaign,
                         CompletableFuture<VerificationReport> verifying) throws IOException {
        RowCounter counter = new RowCounter(progress, campaign == null ? 0 : campaign.items());
        VerificationReport verification;
        Checkpoint checkpoint;
        // Sheets stream into the owner-only temporary file as they are read; it replaces the target only when whole.
        try (AtomicFile.Pending part = AtomicFile.begin(file); WorkbookWriter writer = new WorkbookWriter(part.out(), maxRowsPerSheet)) {
            SummarySheet.CampaignFacts campaignFacts = campaign == null ? null : campaignSheets(writer, campaign, counter, cancelled);
            verification = verified(verifying);
            checkCancelled(cancelled);
            checkpoint = checkpointTaker.get();
            long lastSeq = checkpoint.seq() + 1; // the checkpoint entry itself
            EntryRows.Period entries = ledgerRows.period(request.period().from(), request.period().to(), lastSeq);
            long ledgerTotal = entries.count();
            counter.total += ledgerTotal;
            List<SnapshotInfo> snapshots = snapshotsUsed(lastSeq);
            List<Checkpoint> checkpoints = ledgerRows.checkpoints(lastSeq);
            TableSheet ledger = writer.table(LedgerSheet.LAYOUT);
            entries.forEach(r -> {
                LedgerSheet.row(ledger, r);
                counter.add();
            }, cancelled);
            ledger.finish();
            kindSheet(writer, entries, OwnershipSheet.LAYOUT, OwnershipSheet.KINDS, OwnershipSheet::row, cancelled);
            kindSheet(writer, entries, StepUpSheet.LAYOUT, StepUpSheet.KINDS, StepUpSheet::row, cancelled);
            EvidenceSheet.write(writer, snapshots, checkpoints);
            SummarySheet.write(writer, new SummarySheet.Facts(request.title(), request.scope(), request.period(), generatedAt,
                    request.actor(), toolVersion, ledgerRows.ledgerId(), verification, checkpoint, ledgerTotal, snapshots.size(), checkpoints.size()),
                    campaignFacts, entries.countsByKind());
            writer.moveToFront(SummarySheet.NAME);
            checkCancelled(cancelled);
            writer.finish();
            checkCancelled(cancelled);
            part.commit();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause(); // a sheet's write to the file failed (disk full, ...): the file is already deleted
        }
        progress.update(counter.done, counter.total);
        return new Result(file, ledger(counter), campaign == null ? 0 : campaign.items(), checkpoint, verification);
    }

    /** The verification's report, or what made it fail, as thrown on this thread. */
    private static VerificationReport verified(CompletableFuture<VerificationReport> verifying) {
        try {
            return verifying.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static void kindSheet(WorkbookWriter writer, EntryRows.Period entries, TableLayout layout, List<String> kinds,
                                  BiConsumer<TableSheet, EntryRow> row, BooleanSupplier cancelled) {
        TableSheet table = writer.table(layout);
        entries.forEachOfKinds(kinds, e -> row.accept(table, e), cancelled);
        table.finish();
    }

    private static long ledger(RowCounter counter) {
        return counter.ledgerRows;
    }

    /** Attestations, Remediation and Findings; returns what the Summary says about the campaign. */
    private SummarySheet.CampaignFacts campaignSheets(WorkbookWriter writer, Campaign campaign, RowCounter counter, BooleanSupplier cancelled) {
        CampaignRowsReader reader = new CampaignRowsReader(campaigns, campaign.name());
        Map<String, Long> decisions = new TreeMap<>();
        TableSheet attestations = writer.table(AttestationsSheet.LAYOUT);
        reader.items(row -> {
            AttestationsSheet.row(attestations, row.item(), row.decisionHash());
            decisions.merge(row.item().decision() == null ? "undecided" : row.item().decision(), 1L, Long::sum);
            counter.addItem();
        }, cancelled);
        attestations.finish();
        TableSheet remediation = writer.table(RemediationSheet.LAYOUT);
        reader.remediation(row -> RemediationSheet.row(remediation, row.item(), row.decisionHash()), cancelled);
        remediation.finish();
        FindingCatalogue catalogue = FindingCatalogue.standard();
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        Map<String, Long> byRule = new TreeMap<>();
        TableSheet findings = writer.table(FindingsSheet.LAYOUT);
        reader.findings(f -> {
            findings.row(f.itemNo(), f.identity(), f.name(), f.rule(), f.severity(), catalogue.info(f.rule()).map(RuleInfo::title).orElse(""),
                    f.owner(), f.decision());
            bySeverity.merge(f.severity(), 1L, Long::sum);
            byRule.merge(f.rule(), 1L, Long::sum);
        }, cancelled);
        findings.finish();
        FrameworksSheet.write(writer, catalogue, byRule);
        return new SummarySheet.CampaignFacts(campaign, campaigns.items().progress(campaign.name()), decisions, severityOrder(bySeverity));
    }

    private static Map<String, Long> severityOrder(Map<String, Long> bySeverity) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String s : List.of("critical", "high", "medium", "low", "info")) {
            if (bySeverity.containsKey(s)) {
                out.put(s, bySeverity.get(s));
            }
        }
        bySeverity.forEach(out::putIfAbsent);
        return out;
    }

    /** The snapshots current at the signed head: the latest of each series imported by then. */
    private List<SnapshotInfo> snapshotsUsed(long lastSeq) {
        return snapshots.latest().stream().filter(s -> s.ledgerSeq() == null || s.ledgerSeq() <= lastSeq).toList();
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("workbook export cancelled");
        }
    }

    /** Counts rows written and reports progress every thousand. */
    private static final class RowCounter {
        private final Progress progress;
        /** Items first; the ledger rows of the period join once the checkpoint fixes the period's last entry. */
        long total;
        long done;
        long ledgerRows;

        RowCounter(Progress progress, long total) {
            this.progress = progress;
            this.total = total;
        }

        void add() {
            ledgerRows++;
            tick();
        }

        void addItem() {
            tick();
        }

        private void tick() {
            if (++done % 1_000 == 0) {
                progress.update(done, total);
            }
        }
    }
}
