package io.steward.app.ui.snapshots;

import io.steward.app.ui.common.BackgroundTask;
import io.steward.app.ui.common.DialogService;
import io.steward.app.ui.common.ErrorReport;
import io.steward.app.ui.common.LatestOnly;
import io.steward.app.ui.common.TaskExecutor;
import io.steward.app.ui.common.Words;
import io.steward.app.ui.imports.IssueRow;
import io.steward.model.inventory.SnapshotInfo;
import io.steward.model.inventory.query.CatalogEntry;
import io.steward.model.inventory.query.SnapshotCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Snapshots tab: every imported file, newest first, with the warnings and refused secrets stored with
 * the selected one (where and why, never a value), and comparisons between two snapshots of a source.
 */
public final class SnapshotsViewModel {
    static final int ISSUES_SHOWN = 500;

    private final SnapshotCatalog catalog;
    private final SnapshotDiffViewModel diff;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<CatalogEntry> snapshots = FXCollections.observableArrayList();
    /** The one read-only view handed out: views listen to it, and listeners on a throw-away wrapper would be lost. */
    private final ObservableList<CatalogEntry> snapshotsView = FXCollections.unmodifiableObservableList(snapshots);
    private final ObservableList<IssueRow> issues = FXCollections.observableArrayList();
    private final ObservableList<IssueRow> issuesView = FXCollections.unmodifiableObservableList(issues);
    private final ReadOnlyStringWrapper issuesTitle = new ReadOnlyStringWrapper("Select a snapshot to see its import issues");
    private final ReadOnlyBooleanWrapper canCompare = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canCompareWithPrevious = new ReadOnlyBooleanWrapper();
    private final LatestOnly issuesTask;
    private List<CatalogEntry> selection = List.of();

    public SnapshotsViewModel(SnapshotCatalog catalog, SnapshotDiffViewModel diff, TaskExecutor executor, DialogService dialogs) {
        this.catalog = catalog;
        this.diff = diff;
        this.executor = executor;
        this.dialogs = dialogs;
        this.issuesTask = new LatestOnly(executor);
    }

    /** Reloads the list; the first time a source has two snapshots, compares its latest two. */
    public void refresh() {
        executor.submit(BackgroundTask.<List<CatalogEntry>>of("list snapshots", ctx -> catalog.list())
                .onSuccess(all -> {
                    List<CatalogEntry> newestFirst = new ArrayList<>(all);
                    newestFirst.sort(Comparator.comparingLong(CatalogEntry::id).reversed());
                    snapshots.setAll(newestFirst);
                    if (diff.summaryProperty().get() == null) {
                        compareNewestPair();
                    }
                })
                .onFailure(e -> dialogs.showError("Cannot list the snapshots", ErrorReport.of(e).message(), e)));
    }

    /** The newest snapshot that has a previous one in its series, against that one. */
    private void compareNewestPair() {
        for (CatalogEntry newest : snapshots) {
            Optional<CatalogEntry> previous = previousOf(newest);
            if (previous.isPresent()) {
                diff.compare(previous.get().id(), newest.id());
                return;
            }
        }
    }

    /** The rows selected in the list (one or two matter). */
    public void select(List<CatalogEntry> entries) {
        selection = List.copyOf(entries);
        canCompare.set(selection.size() == 2 && selection.get(0).info().source().equals(selection.get(1).info().source()));
        canCompareWithPrevious.set(selection.size() == 1 && previousOf(selection.get(0)).isPresent());
        if (selection.size() == 1) {
            loadIssues(selection.get(0).info());
        }
    }

    /** Compares the two selected snapshots, older first. */
    public void compareSelected() {
        if (canCompare.get()) {
            long a = selection.get(0).id();
            long b = selection.get(1).id();
            diff.compare(Math.min(a, b), Math.max(a, b));
        }
    }

    /** Compares the selected snapshot with the one before it in its series (same source and importer). */
    public void compareWithPrevious() {
        if (canCompareWithPrevious.get()) {
            CatalogEntry to = selection.get(0);
            previousOf(to).ifPresent(from -> diff.compare(from.id(), to.id()));
        }
    }

    private Optional<CatalogEntry> previousOf(CatalogEntry entry) {
        SnapshotInfo info = entry.info();
        return snapshots.stream()
                .filter(s -> s.id() < entry.id() && s.info().source().equals(info.source())
                        && s.info().importerId().equals(info.importerId()))
                .max(Comparator.comparingLong(CatalogEntry::id));
    }

    private void loadIssues(SnapshotInfo info) {
        issuesTask.submit(BackgroundTask.<List<IssueRow>>of("load import issues", ctx -> catalog.issues(info.id(), null, ISSUES_SHOWN)
                        .stream().map(i -> IssueRow.of(info.fileName(), i)).toList())
                .onSuccess(rows -> {
                    issues.setAll(rows);
                    long total = info.counts().warnings() + info.counts().refused();
                    issuesTitle.set("#" + info.id() + " " + info.fileName() + ": "
                            + Words.count(info.counts().refused(), "secret value", "secret values") + " refused, "
                            + Words.count(info.counts().warnings(), "warning", "warnings")
                            + (total > rows.size() ? " (the first " + rows.size() + " are shown)" : ""));
                })
                .onFailure(e -> dialogs.showError("Cannot read the import issues", ErrorReport.of(e).message(), e)));
    }

    public SnapshotDiffViewModel diff() {
        return diff;
    }

    public ObservableList<CatalogEntry> snapshots() {
        return snapshotsView;
    }

    public ObservableList<IssueRow> issues() {
        return issuesView;
    }

    public ReadOnlyStringProperty issuesTitleProperty() {
        return issuesTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCompareProperty() {
        return canCompare.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCompareWithPreviousProperty() {
        return canCompareWithPrevious.getReadOnlyProperty();
    }
}
