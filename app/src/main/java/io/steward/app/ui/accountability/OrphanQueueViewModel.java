package io.steward.app.ui.accountability;

import io.steward.app.ui.common.BackgroundTask;
import io.steward.app.ui.common.LatestOnly;
import io.steward.app.ui.common.TaskExecutor;
import io.steward.app.ui.common.Words;
import io.steward.model.findings.Accountability;
import io.steward.model.findings.Orphan;
import io.steward.model.findings.PlannedAssignment;
import io.steward.model.findings.Suggestion;
import io.steward.model.owners.UnknownOwnerException;
import io.steward.model.people.PeopleDirectory;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The orphan queue, free of controls: one page of it at a time from SQL (riskiest first), the selected identity's
 * details (why it is here, its owner hint, its ownership history), and assigning owner and backup with a reason.
 * After an assignment the selection moves on to the next orphan, so a queue can be cleared from the keyboard.
 */
public final class OrphanQueueViewModel {
    static final int PAGE = 100;
    static final String DEFAULT_REASON = "orphan queue clean-up";
    private static final int COMPLETIONS = 12;

    private final Accountability accountability;
    private final String actor;
    private final TaskExecutor executor;
    private final LatestOnly loads;
    private final LatestOnly detailLoads;
    private final StringProperty status;
    private final BooleanProperty allowUnknown;
    private final ObservableList<Orphan> orphans = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final StringProperty pageInfo = new SimpleStringProperty("");
    private final StringProperty details = new SimpleStringProperty("");
    private final ObjectProperty<Suggestion> suggestion = new SimpleObjectProperty<>();
    private final StringProperty owner = new SimpleStringProperty("");
    private final StringProperty backup = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty(DEFAULT_REASON);
    private final ObservableList<String> nearest = FXCollections.observableArrayList();
    private final StringProperty nearestFor = new SimpleStringProperty("");
    private int offset;
    /** After an assignment: the identity whose successor the next load selects. */
    private String advancePast;

    OrphanQueueViewModel(Accountability accountability, String actor, TaskExecutor executor, StringProperty status,
                         BooleanProperty allowUnknown) {
        this.accountability = accountability;
        this.actor = actor;
        this.executor = executor;
        this.loads = new LatestOnly(executor);
        this.detailLoads = new LatestOnly(executor);
        this.status = status;
        this.allowUnknown = allowUnknown;
        selected.addListener((o, was, now) -> loadDetails());
    }

    public ObservableList<Orphan> orphans() {
        return orphans;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public IntegerProperty totalProperty() {
        return total;
    }

    public StringProperty pageInfoProperty() {
        return pageInfo;
    }

    public StringProperty detailsProperty() {
        return details;
    }

    /** The selected orphan's owner hint, if it has one. */
    public ObjectProperty<Suggestion> suggestionProperty() {
        return suggestion;
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public StringProperty backupProperty() {
        return backup;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** The nearest directory names after a refused owner or backup. */
    public ObservableList<String> nearest() {
        return nearest;
    }

    /** Which field the nearest names are for: "owner" or "backup" (empty when none). */
    public StringProperty nearestForProperty() {
        return nearestFor;
    }

    public Orphan current() {
        int i = selected.get();
        return i >= 0 && i < orphans.size() ? orphans.get(i) : null;
    }

    /** Reloads the page shown, keeping the selected identity (or its place when it left the queue). */
    public void refresh() {
        int off = offset;
        loads.submit(BackgroundTask.of("load orphan queue", ctx -> new Loaded(accountability.orphanCount(),
                        accountability.orphans(PAGE, off)))
                .onSuccess(l -> show(l, off))
                .onFailure(this::failed));
    }

    private record Loaded(int total, List<Orphan> page) {
    }

    private void show(Loaded l, int off) {
        if (l.page().isEmpty() && off > 0 && l.total() > 0) {
            offset = (l.total() - 1) / PAGE * PAGE; // the last page emptied: show the one before
            refresh();
            return;
        }
        Orphan was = current();
        int index = Math.max(0, selected.get());
        total.set(l.total());
        orphans.setAll(l.page());
        int target = index;
        if (advancePast != null) {
            int at = indexOf(advancePast);
            target = at >= 0 ? at + 1 : index;
            advancePast = null;
        } else if (was != null && indexOf(was.identityKey()) >= 0) {
            target = indexOf(was.identityKey());
        }
        selected.set(-1);
        selected.set(orphans.isEmpty() ? -1 : Math.min(target, orphans.size() - 1));
        pageInfo.set(l.total() == 0 ? "The orphan queue is empty: every identity has an owner who is still here."
                : Words.count(l.total(), "orphan", "orphans") + (l.total() > PAGE ? " · showing " + (off + 1) + "–"
                + (off + orphans.size()) : "") + " · riskiest first");
    }

    private int indexOf(String key) {
        for (int i = 0; i < orphans.size(); i++) {
            if (orphans.get(i).identityKey().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    public void nextPage() {
        if (offset + PAGE < total.get()) {
            offset += PAGE;
            selected.set(-1);
            refresh();
        }
    }

    public void previousPage() {
        if (offset > 0) {
            offset = Math.max(0, offset - PAGE);
            selected.set(-1);
            refresh();
        }
    }

    private void loadDetails() {
        Orphan o = current();
        if (o == null) {
            details.set("");
            suggestion.set(null);
            detailLoads.forget();
            return;
        }
        detailLoads.submit(BackgroundTask.of("orphan details", ctx -> {
                    List<Suggestion> hints = accountability.suggestionsFor(o.identityKey());
                    Suggestion s = hints.isEmpty() ? null : hints.get(0);
                    return new Details(OrphanDetails.of(o, s, accountability.owners().history(o.identityKey())), s);
                })
                .onSuccess(d -> {
                    details.set(d.text());
                    suggestion.set(d.suggestion());
                })
                .onFailure(this::failed));
    }

    private record Details(String text, Suggestion suggestion) {
    }

    /**
     * Assigns the owner and backup as typed (e-mail, person id, login, team or team:NAME) to the selected orphan. An
     * unknown name is refused with the nearest names, unless unknown names are allowed; nothing is written then.
     */
    public void assign() {
        Orphan o = current();
        if (o == null) {
            status.set("Choose an identity in the queue first.");
            return;
        }
        String ownerText = owner.get() == null ? "" : owner.get().strip();
        if (ownerText.isEmpty()) {
            status.set("Type an owner (e-mail, person id, login, team or team:NAME), then press Enter.");
            return;
        }
        String backupText = backup.get() == null || backup.get().isBlank() ? null : backup.get().strip();
        String why = reason.get();
        boolean allow = allowUnknown.get();
        executor.submit(BackgroundTask.of("assign owner", ctx -> accountability.assign(actor, o.identityKey(), ownerText, backupText,
                        why, allow))
                .onSuccess(c -> {
                    status.set("Assigned " + c.owner() + (c.backup() == null ? "" : " (backup " + c.backup() + ")") + " to " + o.name()
                            + " (ledger entry " + c.ledgerSeq() + ").");
                    owner.set("");
                    backup.set("");
                    clearNearest();
                    advancePast = o.identityKey();
                    refresh();
                })
                .onFailure(e -> {
                    if (e instanceof UnknownOwnerException u) {
                        nearest.setAll(u.nearest());
                        nearestFor.set(u.given().equals(ownerText) ? "owner" : "backup");
                        status.set("Refused, nothing written: " + consoleWording(u.getMessage()));
                    } else {
                        failed(e);
                    }
                }));
    }

    /** Puts the {@code i}th nearest name into the field that was refused. */
    public void useNearest(int i) {
        if (i < 0 || i >= nearest.size()) {
            return;
        }
        ("backup".equals(nearestFor.get()) ? backup : owner).set(nearest.get(i));
        clearNearest();
    }

    private void clearNearest() {
        nearest.clear();
        nearestFor.set("");
    }

    /** Accepts the selected orphan's owner hint, when it names someone in the people directory. */
    public void acceptSuggestion() {
        Orphan o = current();
        Suggestion s = suggestion.get();
        if (o == null || s == null || !s.identityKey().equals(o.identityKey())) {
            status.set("This identity has no owner hint to accept.");
            return;
        }
        if (s.suggested() == null) {
            status.set("Its owner hint '" + s.hint() + "' names nobody in the people directory: type the owner instead.");
            return;
        }
        List<PlannedAssignment> plan = accountability.preview(List.of(s), null);
        executor.submit(BackgroundTask.of("accept suggestion", ctx -> accountability.apply(actor, plan))
                .onSuccess(n -> {
                    status.set("Assigned " + s.suggested() + " to " + o.name() + " from its owner hint '" + s.hint() + "' (" + s.source()
                            + ").");
                    advancePast = o.identityKey();
                    refresh();
                })
                .onFailure(this::failed));
    }

    /** People and teams for an owner field; blocking, so called off the UI thread (by the field's completion). */
    public List<PeopleDirectory.Completion> completions(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return accountability.ownerCompletions(text, COMPLETIONS);
    }

    public void next() {
        if (selected.get() < orphans.size() - 1) {
            selected.set(selected.get() + 1);
        }
    }

    public void previous() {
        if (selected.get() > 0) {
            selected.set(selected.get() - 1);
        }
    }

    static String consoleWording(String message) {
        return message.replace("pass --allow-unknown", "tick 'Allow unknown names' (Alt+U)");
    }

    private void failed(Throwable e) {
        status.set("Failed: " + e.getMessage());
    }
}
