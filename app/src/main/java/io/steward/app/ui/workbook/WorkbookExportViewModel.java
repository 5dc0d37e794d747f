package io.steward.app.ui.workbook;

import io.steward.app.ui.common.BackgroundTask;
import io.steward.app.ui.common.BannerText;
import io.steward.app.ui.common.DialogService;
import io.steward.app.ui.common.ErrorReport;
import io.steward.app.ui.common.FileType;
import io.steward.app.ui.common.TaskExecutor;
import io.steward.app.ui.common.TaskHandle;
import io.steward.app.ui.common.Tone;
import io.steward.app.ui.common.Words;
import io.steward.exports.workbook.WorkbookExport;
import io.steward.model.campaigns.CampaignService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Campaigns page's Export workbook action: asks where, then writes the campaign's attestation workbook in
 * the background with progress, through the same {@link WorkbookExport} as {@code steward export workbook}.
 * Cancel (or a failure) leaves no file behind.
 */
public final class WorkbookExportViewModel {
    static final FileType XLSX = new FileType("Excel workbook", "*.xlsx");

    private final WorkbookExport export;
    private final CampaignService campaigns;
    private final String actor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<BannerText> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private Path lastFolder;
    private TaskHandle running;

    public WorkbookExportViewModel(WorkbookExport export, CampaignService campaigns, String actor, TaskExecutor executor,
                                   DialogService dialogs, Clock clock) {
        this.export = Objects.requireNonNull(export);
        this.campaigns = Objects.requireNonNull(campaigns);
        this.actor = Objects.requireNonNull(actor);
        this.executor = Objects.requireNonNull(executor);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Export workbook… : asks where, then exports {@code campaign}. */
    public void chooseFileAndExport(String campaign) {
        if (exporting.get()) {
            return;
        }
        String suggested = "attestation-" + campaign.replaceAll("[^A-Za-z0-9._-]+", "-") + ".xlsx";
        dialogs.chooseFileToSave("Export attestation workbook", lastFolder, suggested, XLSX).ifPresent(f -> export(campaign, f));
    }

    /** Writes the workbook of {@code campaign} to {@code chosen}; a name without .xlsx gets it. */
    public void export(String campaign, Path chosen) {
        if (exporting.get()) {
            return;
        }
        Path file = chosen.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? chosen
                : chosen.resolveSibling(chosen.getFileName() + ".xlsx");
        lastFolder = file.toAbsolutePath().getParent();
        exporting.set(true);
        progress.set(-1);
        status.set(new BannerText(Tone.RUNNING, "Exporting the workbook of " + campaign + "…",
                "Verifying and signing the ledger, then writing " + file + "."));
        running = executor.submit(BackgroundTask.<WorkbookExport.Result>of("export workbook", ctx -> {
                    var request = WorkbookExport.Request.forCampaign(campaigns.campaign(campaign), actor, clock.instant());
                    return export.write(request, file, ctx::progress, ctx::isCancelled);
                })
                .onProgress((done, total) -> {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                    status.set(new BannerText(Tone.RUNNING, "Exporting the workbook of " + campaign + ": " + Words.number(done)
                            + (total > 0 ? " of " + Words.number(total) : "") + " rows…", "To " + file + "."));
                })
                .onSuccess(r -> status.set(new BannerText(r.verification().ok() ? Tone.SUCCESS : Tone.WARNING,
                        "Exported the workbook of " + campaign,
                        "Wrote " + file + " (readable by you only): " + Words.count(r.itemRows(), "item", "items") + ", "
                                + Words.count(r.ledgerRows(), "ledger entry", "ledger entries") + ", signed at seq " + r.checkpoint().seq() + "."
                                + (r.verification().ok() ? " Check it any time: steward ledger verify --workbook FILE."
                                : " The ledger did NOT verify at export; the Summary sheet says why: " + r.verification().failure()))))
                .onCancelled(() -> status.set(new BannerText(Tone.WARNING, "Export cancelled", "Nothing was written to " + file + ".")))
                .onFailure(e -> status.set(new BannerText(Tone.DANGER, "The workbook export failed",
                        ErrorReport.of(e).message() + " Nothing was written to " + file + ".")))
                .onFinished(() -> {
                    exporting.set(false);
                    progress.set(0);
                    running = null;
                }));
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** Hides the message once read. */
    public void dismiss() {
        if (!exporting.get()) {
            status.set(null);
        }
    }

    public ReadOnlyObjectProperty<BannerText> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** 0..1 while exporting, -1 while the total is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }
}
