package io.steward.app.ui.demo;

import io.steward.app.Workspace;
import io.steward.app.demo.DemoLedger;
import io.steward.app.ui.common.BackgroundTask;
import io.steward.app.ui.common.BannerText;
import io.steward.app.ui.common.DialogService;
import io.steward.app.ui.common.ErrorReport;
import io.steward.app.ui.common.TaskExecutor;
import io.steward.app.ui.common.Tone;
import io.steward.app.ui.common.Words;
import io.steward.importers.Cancellation;
import io.steward.importers.ImportReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * {@code steward --demo}: the console is already open while {@link DemoLedger} writes the demo exports and
 * imports them one by one through the real import; each committed snapshot is announced so the pages
 * refresh, and the banner says how far it got. Closing the console cancels the build (the file in flight
 * is not stored).
 */
public final class DemoBuildViewModel {
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<BannerText> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyBooleanWrapper building = new ReadOnlyBooleanWrapper();
    private final List<Runnable> snapshotListeners = new ArrayList<>();

    public DemoBuildViewModel(Workspace workspace, TaskExecutor executor, DialogService dialogs) {
        this.workspace = workspace;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    /** Called on the UI thread after one or more demo snapshots were committed. */
    public void onSnapshot(Runnable listener) {
        snapshotListeners.add(Objects.requireNonNull(listener));
    }

    /** Builds the demo into the workspace's (new) ledger; its exports go into {@code dir}. */
    public void start(Path dir) {
        building.set(true);
        progress.set(-1);
        status.set(new BannerText(Tone.RUNNING, "Building the demo ledger…", "Writing the demo exports and importing them one by one,"
                + " as you would: the inventory fills in as each snapshot is committed."));
        executor.submit(BackgroundTask.<DemoLedger.Result>of("build demo ledger", ctx -> DemoLedger.create(dir, workspace,
                        (done, total, report) -> ctx.progress(done, total), Cancellation.of(ctx::isCancelled)))
                .onProgress((done, total) -> {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                    status.set(new BannerText(Tone.RUNNING, "Building the demo ledger: " + done + " of " + Words.count(total, "file", "files")
                            + " imported…", "Each demo export goes through the real import: format detection, the secret guard,"
                            + " de-duplication, one snapshot and one ledger entry per file."));
                    snapshotListeners.forEach(Runnable::run);
                })
                .onSuccess(result -> {
                    status.set(ready(result));
                    snapshotListeners.forEach(Runnable::run);
                })
                .onCancelled(() -> status.set(new BannerText(Tone.WARNING, "Demo build stopped",
                        "The file being imported was not stored; the snapshots committed before stay.")))
                .onFailure(e -> {
                    status.set(new BannerText(Tone.DANGER, "The demo ledger could not be built", ErrorReport.of(e).message()));
                    dialogs.showError("Cannot build the demo ledger", ErrorReport.of(e).message(), e);
                })
                .onFinished(() -> {
                    building.set(false);
                    progress.set(0);
                }));
    }

    private static BannerText ready(DemoLedger.Result result) {
        List<ImportReport> reports = result.reports();
        long identities = reports.stream().mapToLong(r -> r.counts().identities()).sum();
        long refused = reports.stream().mapToLong(r -> r.counts().refused()).sum();
        Path exports = result.files().isEmpty() ? result.ledgerFile().getParent() : result.files().get(0).getParent();
        return new BannerText(Tone.SUCCESS, "Demo ready: " + Words.count(reports.size(), "snapshot", "snapshots") + " imported",
                Words.count(identities, "identity", "identities") + " read from the demo exports in " + exports + " in "
                        + Words.number(result.elapsed().toMillis()) + " ms; " + Words.count(refused, "secret value was", "secret values were")
                        + " refused and not stored. This demo ledger is a throw-away file: " + result.ledgerFile() + ".");
    }

    /** Hides the banner once the user has read it. */
    public void dismiss() {
        if (!building.get()) {
            status.set(null);
        }
    }

    /** What the banner says; null when there is nothing to say. */
    public ReadOnlyObjectProperty<BannerText> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** 0..1 while building, -1 before the first file is in. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty buildingProperty() {
        return building.getReadOnlyProperty();
    }
}
