package io.steward.app.ui.accountability;

import io.steward.app.ui.common.BackgroundTask;
import io.steward.app.ui.common.DialogService;
import io.steward.app.ui.common.LatestOnly;
import io.steward.app.ui.common.TaskExecutor;
import io.steward.app.ui.common.Words;
import io.steward.model.findings.Accountability;
import io.steward.model.findings.PlannedAssignment;
import io.steward.model.findings.Suggestion;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Owner hints of unowned identities with where each came from, free of controls. Accepting some or all first shows
 * the preview (what would be assigned to whom, and which hints name nobody); nothing is assigned without a yes.
 */
public final class SuggestionsViewModel {
    static final int LIMIT = 1_000;

    private final Accountability accountability;
    private final String actor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final LatestOnly loads;
    private final StringProperty status;
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");

    SuggestionsViewModel(Accountability accountability, String actor, TaskExecutor executor, DialogService dialogs, StringProperty status) {
        this.accountability = accountability;
        this.actor = actor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.loads = new LatestOnly(executor);
        this.status = status;
    }

    public ObservableList<Suggestion> suggestions() {
        return suggestions;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public void refresh() {
        loads.submit(BackgroundTask.of("load owner suggestions", ctx -> accountability.suggestions(LIMIT))
                .onSuccess(list -> {
                    suggestions.setAll(list);
                    long matched = list.stream().filter(s -> s.suggested() != null).count();
                    summary.set(list.isEmpty() ? "No unowned identity carries an owner hint."
                            : Words.count(list.size(), "owner hint", "owner hints") + (list.size() == LIMIT ? " (the first " + LIMIT + ")" : "")
                            + " · " + Words.number(matched) + " name someone in the people directory");
                })
                .onFailure(e -> status.set("Failed: " + e.getMessage())));
    }

    public void acceptAll() {
        accept(List.copyOf(suggestions));
    }

    /** Shows what accepting {@code chosen} would assign and assigns it, in one transaction, only when confirmed. */
    public void accept(List<Suggestion> chosen) {
        if (chosen.isEmpty()) {
            status.set("Choose the suggestions to accept first (Ctrl+A chooses all).");
            return;
        }
        List<PlannedAssignment> plan = accountability.preview(chosen, null);
        int unmatched = chosen.size() - plan.size();
        if (plan.isEmpty()) {
            status.set("None of the chosen hints names someone in the people directory; nothing assigned.");
            return;
        }
        String left = unmatched == 0 ? "" : "Left for you to assign: " + Words.count(unmatched, "hint", "hints")
                + " naming nobody in the people directory.";
        if (!dialogs.confirm("Accept " + Words.count(plan.size(), "suggestion", "suggestions"), PlanText.of(plan, left),
                "Assign " + Words.count(plan.size(), "owner", "owners"))) {
            status.set("Nothing assigned.");
            return;
        }
        executor.submit(BackgroundTask.of("accept suggestions", ctx -> accountability.apply(actor, plan))
                .onSuccess(n -> {
                    status.set("Assigned " + Words.count(n, "owner", "owners") + " from owner hints." + (left.isEmpty() ? "" : " " + left));
                    refresh();
                })
                .onFailure(e -> status.set("Failed, nothing assigned: " + e.getMessage())));
    }
}
