package io.steward.app.ui.snapshots;

import io.steward.app.ui.common.BackgroundTask;
import io.steward.app.ui.common.DialogService;
import io.steward.app.ui.common.ErrorReport;
import io.steward.app.ui.common.LatestOnly;
import io.steward.app.ui.common.TaskExecutor;
import io.steward.app.ui.common.Words;
import io.steward.model.inventory.query.ChangeKind;
import io.steward.model.inventory.query.ChangeType;
import io.steward.model.inventory.query.DiffPage;
import io.steward.model.inventory.query.DiffSummary;
import io.steward.model.inventory.query.IdentityChange;
import io.steward.model.inventory.query.SnapshotDiff;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What changed between two snapshots of one source: counts, then the changed identities a page at a
 * time in stable-id order (added, removed, changed; each kind can be hidden), and for the selected one
 * its field, credential and grant changes in words.
 */
public final class SnapshotDiffViewModel {
    static final int PAGE = 200;

    private final SnapshotDiff diff;
    private final DialogService dialogs;
    private final ObservableList<IdentityChange> changes = FXCollections.observableArrayList();
    /** The one read-only view handed out: views listen to it, and listeners on a throw-away wrapper would be lost. */
    private final ObservableList<IdentityChange> changesView = FXCollections.unmodifiableObservableList(changes);
    private final ObservableList<String> changeLines = FXCollections.observableArrayList();
    private final ObservableList<String> changeLinesView = FXCollections.unmodifiableObservableList(changeLines);
    private final ReadOnlyObjectWrapper<DiffSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("No comparison yet");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(
            "Select two snapshots of one source and choose Compare, or one and Compare with previous.");
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<IdentityChange> selected = new ReadOnlyObjectWrapper<>();
    private final Set<ChangeType> shown = EnumSet.of(ChangeType.ADDED, ChangeType.REMOVED, ChangeType.CHANGED);
    private final LatestOnly task;
    private String nextAfter;
    /** Hide identities whose only change is that their last use moved (most changes of a re-export). */
    private volatile boolean meaningfulOnly;

    public SnapshotDiffViewModel(SnapshotDiff diff, TaskExecutor executor, DialogService dialogs) {
        this.diff = diff;
        this.dialogs = dialogs;
        this.task = new LatestOnly(executor);
    }

    /** Compares {@code fromId} (older) with {@code toId}; both must be snapshots of one source. */
    public void compare(long fromId, long toId) {
        Set<ChangeType> types = EnumSet.copyOf(shown);
        loading.set(true);
        task.submit(BackgroundTask.<Result>of("compare snapshots",
                        ctx -> new Result(diff.summary(fromId, toId), page(fromId, toId, types, null)))
                .onSuccess(r -> {
                    summary.set(r.summary());
                    heading.set("#" + fromId + " " + r.summary().from().fileName() + "  →  #" + toId + " " + r.summary().to().fileName());
                    counts.set(Words.count(r.summary().added(), "identity", "identities") + " added, "
                            + Words.number(r.summary().removed()) + " removed, " + Words.number(r.summary().changed()) + " changed, "
                            + Words.number(r.summary().unchanged()) + " unchanged · source " + r.summary().to().source());
                    changes.setAll(r.page().changes());
                    page(r.page());
                    select(changes.isEmpty() ? null : changes.get(0));
                })
                .onFailure(e -> dialogs.showError("Cannot compare the snapshots", e instanceof IllegalArgumentException
                        ? e.getMessage() : ErrorReport.of(e).message(), e))
                .onFinished(() -> loading.set(false)));
    }

    /** Shows or hides one kind of change, then reloads from the start. */
    public void show(ChangeType type, boolean visible) {
        boolean changed = visible ? shown.add(type) : shown.remove(type);
        DiffSummary s = summary.get();
        if (changed && s != null) {
            compare(s.from().id(), s.to().id());
        }
    }

    /** Shows only meaningful changes (everything but last-use movement), or all, then reloads from the start. */
    public void showMeaningfulOnly(boolean only) {
        boolean changed = meaningfulOnly != only;
        meaningfulOnly = only;
        DiffSummary s = summary.get();
        if (changed && s != null) {
            compare(s.from().id(), s.to().id());
        }
    }

    public boolean isMeaningfulOnly() {
        return meaningfulOnly;
    }

    /** One page of changes; with the meaningful filter, pages are read on until one is full or the diff ends (in the background). */
    private DiffPage page(long fromId, long toId, Set<ChangeType> types, String after) {
        if (!meaningfulOnly) {
            return diff.changes(fromId, toId, types, after, PAGE);
        }
        List<IdentityChange> kept = new java.util.ArrayList<>();
        String next = after;
        do {
            DiffPage p = diff.changes(fromId, toId, types, next, PAGE);
            p.changes().stream().filter(ChangeKind::meaningful).forEach(kept::add);
            next = p.nextAfter();
        } while (next != null && kept.size() < PAGE);
        return new DiffPage(kept, next);
    }

    public boolean isShown(ChangeType type) {
        return shown.contains(type);
    }

    /** The next page of changes after the last one listed. */
    public void loadMore() {
        DiffSummary s = summary.get();
        if (s == null || !hasMore.get() || loading.get()) {
            return;
        }
        String after = nextAfter;
        Set<ChangeType> types = EnumSet.copyOf(shown);
        loading.set(true);
        task.submit(BackgroundTask.<DiffPage>of("load more changes", ctx -> page(s.from().id(), s.to().id(), types, after))
                .onSuccess(p -> {
                    changes.addAll(p.changes());
                    page(p);
                })
                .onFailure(e -> dialogs.showError("Cannot read the changes", ErrorReport.of(e).message(), e))
                .onFinished(() -> loading.set(false)));
    }

    public void select(IdentityChange change) {
        selected.set(change);
        changeLines.setAll(change == null ? List.of() : ChangeLines.of(change));
    }

    private void page(DiffPage p) {
        nextAfter = p.nextAfter();
        hasMore.set(p.nextAfter() != null);
    }

    public ObservableList<IdentityChange> changes() {
        return changesView;
    }

    /** The selected change in sentences. */
    public ObservableList<String> changeLines() {
        return changeLinesView;
    }

    public ReadOnlyObjectProperty<DiffSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<IdentityChange> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    private record Result(DiffSummary summary, DiffPage page) {
    }
}
