package io.steward.app.ui.ledger;

import io.steward.app.Workspace;
import io.steward.app.ui.common.BackgroundTask;
import io.steward.app.ui.common.DialogService;
import io.steward.app.ui.common.ErrorReport;
import io.steward.app.ui.common.FileType;
import io.steward.app.ui.common.TaskExecutor;
import io.steward.app.ui.common.TaskHandle;
import io.steward.app.ui.common.Work;
import io.steward.model.ledger.Checkpoint;
import io.steward.model.ledger.Ledger;
import io.steward.model.ledger.LedgerEntry;
import io.steward.model.ledger.VerificationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the Ledger page. Entries are read a page at a time with keyset paging
 * (newest first); verification and checkpoints run in the background. All callbacks arrive on the
 * UI thread through the {@link TaskExecutor}, so properties are only touched there.
 */
public final class LedgerViewModel {
    public static final int DEFAULT_PAGE_SIZE = 200;
    private static final double INDETERMINATE = -1;

    private final Workspace workspace;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final int pageSize;

    private final ObservableList<LedgerEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LedgerEntry> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<EntryDetails> details = new ReadOnlyObjectWrapper<>(EntryDetails.NONE);
    private final ReadOnlyStringWrapper pageInfo = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasNewer = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasOlder = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper verifying = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper checkpointing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<LedgerStatus> status = new ReadOnlyObjectWrapper<>(LedgerStatus.NOT_VERIFIED);
    private final BooleanBinding busy = verifying.or(checkpointing);

    private long headSeq;
    private TaskHandle verification;

    public LedgerViewModel(Workspace workspace, TaskExecutor executor, DialogService dialogs) {
        this(workspace, executor, dialogs, DEFAULT_PAGE_SIZE);
    }

    public LedgerViewModel(Workspace workspace, TaskExecutor executor, DialogService dialogs, int pageSize) {
        this.workspace = workspace;
        this.executor = executor;
        this.dialogs = dialogs;
        this.pageSize = pageSize;
    }

    // ---- paging -------------------------------------------------------------------------------

    /** The first page: the newest entries. */
    public void showNewest() {
        load("load newest ledger entries", ctx -> newestPage(workspace.ledger()));
    }

    /** The page of entries just older than the oldest one shown. */
    public void showOlder() {
        if (!hasOlder.get() || loading.get()) {
            return;
        }
        long oldest = entries.get(entries.size() - 1).seq();
        load("load older ledger entries", ctx -> {
            Ledger ledger = workspace.ledger();
            return new PageResult(ledger.page(oldest, pageSize, true, null), ledger.size());
        });
    }

    /** The page of entries just newer than the newest one shown (a full page, so it may overlap the top). */
    public void showNewer() {
        if (!hasNewer.get() || loading.get()) {
            return;
        }
        long newest = entries.get(0).seq();
        load("load newer ledger entries", ctx -> {
            Ledger ledger = workspace.ledger();
            List<LedgerEntry> ascending = new ArrayList<>(ledger.page(newest, pageSize, false, null));
            if (ascending.size() < pageSize) {
                return newestPage(ledger);
            }
            Collections.reverse(ascending);
            return new PageResult(ascending, ledger.size());
        });
    }

    private PageResult newestPage(Ledger ledger) {
        return new PageResult(ledger.page(Long.MAX_VALUE, pageSize, true, null), ledger.size());
    }

    private void load(String name, Work<PageResult> work) {
        loading.set(true);
        executor.submit(BackgroundTask.of(name, work)
                .onSuccess(this::apply)
                .onFailure(e -> report("Cannot read the ledger", e))
                .onFinished(() -> loading.set(false)));
    }

    private void apply(PageResult page) {
        headSeq = page.headSeq();
        entries.setAll(page.entries());
        selected.set(entries.isEmpty() ? null : entries.get(0));
        details.set(page.firstDetails());
        if (entries.isEmpty()) {
            hasNewer.set(false);
            hasOlder.set(false);
            pageInfo.set("The ledger has no entries yet");
            return;
        }
        long newest = entries.get(0).seq();
        long oldest = entries.get(entries.size() - 1).seq();
        hasNewer.set(newest < headSeq);
        hasOlder.set(oldest > 1);
        pageInfo.set("Entries " + StatusMessages.number(oldest) + "–" + StatusMessages.number(newest)
                + " of " + StatusMessages.number(headSeq));
    }

    /** The entry whose details are shown; null clears them. */
    public void select(LedgerEntry entry) {
        if (entry != null && entry == selected.get()) {
            return; // the table following the view model's own choice: its details are in (or on their way)
        }
        selected.set(entry);
        details.set(EntryDetails.of(entry));
    }

    // ---- verification ----------------------------------------------------------------------------

    /** Verifies against the sidecar checkpoints beside the ledger. */
    public void verify() {
        verifyAgainst(null);
    }

    /** Asks for a checkpoints file (e.g. a copy kept elsewhere) and verifies against it. */
    public void verifyAgainstChosenFile() {
        Path folder = workspace.ledgerFile().getParent();
        dialogs.chooseFileToOpen("Verify against a checkpoints file", folder,
                        new FileType("Steward checkpoints", "*.checkpoints"), FileType.ANY)
                .ifPresent(this::verifyAgainst);
    }

    /** {@code checkpointsFile} null = the sidecar beside the ledger. */
    public void verifyAgainst(Path checkpointsFile) {
        if (busy.get()) {
            return;
        }
        verifying.set(true);
        progress.set(INDETERMINATE);
        status.set(StatusMessages.running(0, 0));
        verification = executor.submit(BackgroundTask.<VerificationReport>of("verify ledger",
                        ctx -> workspace.verify(checkpointsFile, ctx::progress, ctx::isCancelled))
                .onProgress((done, total) -> {
                    progress.set(total <= 0 ? INDETERMINATE : (double) done / total);
                    status.set(StatusMessages.running(done, total));
                })
                .onSuccess(report -> status.set(StatusMessages.verified(report)))
                .onCancelled(() -> status.set(StatusMessages.cancelled()))
                .onFailure(e -> {
                    status.set(LedgerStatus.NOT_VERIFIED);
                    report("Verification could not run", e);
                })
                .onFinished(() -> {
                    verifying.set(false);
                    verification = null;
                    progress.set(0);
                }));
    }

    public void cancelVerification() {
        TaskHandle running = verification;
        if (running != null) {
            running.cancel();
        }
    }

    // ---- checkpoint -------------------------------------------------------------------------------

    /** Signs the current head with the actor's key, then shows the newest page (with the new entry). */
    public void checkpointNow() {
        if (busy.get()) {
            return;
        }
        checkpointing.set(true);
        executor.submit(BackgroundTask.<Checkpoint>of("write checkpoint", ctx -> workspace.checkpoint())
                .onSuccess(checkpoint -> {
                    status.set(StatusMessages.checkpointed(checkpoint, workspace.ledgerFile()));
                    showNewest();
                })
                .onFailure(e -> report("Cannot write a checkpoint", e))
                .onFinished(() -> checkpointing.set(false)));
    }

    private void report(String title, Throwable e) {
        dialogs.showError(title, ErrorReport.of(e).message(), e);
    }

    // ---- properties ---------------------------------------------------------------------------------

    public ObservableList<LedgerEntry> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    /** The entry whose details are shown; a new page selects its newest entry. */
    public ReadOnlyObjectProperty<LedgerEntry> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EntryDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pageInfoProperty() {
        return pageInfo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNewerProperty() {
        return hasNewer.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasOlderProperty() {
        return hasOlder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty verifyingProperty() {
        return verifying.getReadOnlyProperty();
    }

    /** Verifying or writing a checkpoint: the actions that would race each other are off. */
    public BooleanBinding busyProperty() {
        return busy;
    }

    /** 0..1, or -1 while the total is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LedgerStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * One page of entries, newest first, the ledger's head seq when it was read, and the details of the entry the page
     * selects, made with it off the FX thread (pretty-printing a payload on a cold JVM stalls the FX thread).
     */
    record PageResult(List<LedgerEntry> entries, long headSeq, EntryDetails firstDetails) {
        PageResult(List<LedgerEntry> entries, long headSeq) {
            this(entries, headSeq, EntryDetails.of(entries.isEmpty() ? null : entries.get(0)));
        }
    }
}
