package io.steward.app.ui.inventory;

import io.steward.app.ui.common.BackgroundTask;
import io.steward.app.ui.common.BannerText;
import io.steward.app.ui.common.DialogService;
import io.steward.app.ui.common.ErrorReport;
import io.steward.app.ui.common.FileType;
import io.steward.app.ui.common.TaskExecutor;
import io.steward.app.ui.common.TaskHandle;
import io.steward.app.ui.common.Tone;
import io.steward.app.ui.common.Words;
import io.steward.exports.inventory.ExportFormat;
import io.steward.exports.inventory.InventoryExport;
import io.steward.exports.inventory.InventoryExport.Selection;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Export of what the Inventory page shows: every identity the current filter and search select, in the current
 * sort, to a CSV or JSON file, through the same {@link InventoryExport} as {@code steward inventory --output}.
 * Runs in the background with progress; Cancel leaves no file behind.
 */
public final class ExportViewModel {
    static final FileType CSV = new FileType("CSV (Excel, spreadsheets)", "*.csv");
    static final FileType JSON = new FileType("JSON (scripts)", "*.json");

    private final InventoryExport export;
    private final InventoryViewModel inventory;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<BannerText> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private Path lastFolder;
    private TaskHandle running;

    public ExportViewModel(InventoryExport export, InventoryViewModel inventory, TaskExecutor executor, DialogService dialogs, Clock clock) {
        this.export = Objects.requireNonNull(export);
        this.inventory = Objects.requireNonNull(inventory);
        this.executor = Objects.requireNonNull(executor);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Export… (Ctrl+E): asks where, then exports. */
    public void chooseFileAndExport() {
        if (exporting.get()) {
            return;
        }
        String suggested = "identities-" + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + ".csv";
        dialogs.chooseFileToSave("Export identities", lastFolder, suggested, CSV, JSON).ifPresent(this::export);
    }

    /** Exports the current selection to {@code chosen}; a name without .csv or .json gets .csv. */
    public void export(Path chosen) {
        if (exporting.get()) {
            return;
        }
        ExportFormat format = ExportFormat.of(chosen).orElse(ExportFormat.CSV);
        Path file = ExportFormat.of(chosen).isPresent() ? chosen : chosen.resolveSibling(chosen.getFileName() + ".csv");
        lastFolder = file.toAbsolutePath().getParent();
        Selection selection = Selection.all(inventory.filterProperty().get(), inventory.sortProperty().get(),
                inventory.descendingProperty().get());
        exporting.set(true);
        progress.set(-1);
        status.set(new BannerText(Tone.RUNNING, "Exporting identities…", "To " + file + "."));
        running = executor.submit(BackgroundTask.<Long>of("export identities",
                        ctx -> export.writeFile(selection, format, file, ctx::progress, ctx::isCancelled))
                .onProgress((done, total) -> {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                    status.set(new BannerText(Tone.RUNNING, "Exporting identities: " + Words.number(done)
                            + (total > 0 ? " of " + Words.number(total) : "") + "…", "To " + file + "."));
                })
                .onSuccess(count -> status.set(new BannerText(Tone.SUCCESS, "Exported " + Words.count(count, "identity", "identities"),
                        "Wrote " + file + " (" + format.extension().toUpperCase(java.util.Locale.ROOT) + ", readable by you only): the"
                                + " identities the current filter and search select, in the current order.")))
                .onCancelled(() -> status.set(new BannerText(Tone.WARNING, "Export cancelled",
                        "Nothing was written to " + file + ".")))
                .onFailure(e -> {
                    String message = ErrorReport.of(e).message();
                    status.set(new BannerText(Tone.DANGER, "The export failed", message + " Nothing was written to " + file + "."));
                })
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

    /** What the banner says; null when there is nothing to say. */
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
