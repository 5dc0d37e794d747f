package io.steward.app.ui.accountability;

import io.steward.app.ui.common.DialogService;
import io.steward.app.ui.common.TaskExecutor;
import io.steward.model.findings.Accountability;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Accountability page's state, free of controls: the orphan queue, the owner-hint suggestions and the bulk rules
 * editor, sharing one status line and one "allow unknown names" choice (the command line's --allow-unknown).
 */
public final class AccountabilityViewModel {
    /** The rules file the editor opens with when it lies beside the ledger (the demo writes one). */
    public static final String RULES_FILE = "owners.rules";

    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty allowUnknown = new SimpleBooleanProperty();
    private final OrphanQueueViewModel queue;
    private final SuggestionsViewModel suggestions;
    private final OwnershipRulesViewModel rules;
    private final Path ledgerFolder;

    public AccountabilityViewModel(Accountability accountability, String actor, TaskExecutor executor, DialogService dialogs,
                                   Path ledgerFile) {
        this.queue = new OrphanQueueViewModel(accountability, actor, executor, status, allowUnknown);
        this.suggestions = new SuggestionsViewModel(accountability, actor, executor, dialogs, status);
        this.rules = new OwnershipRulesViewModel(accountability, actor, executor, dialogs, status, allowUnknown);
        this.ledgerFolder = ledgerFile == null ? null : ledgerFile.toAbsolutePath().getParent();
    }

    public OrphanQueueViewModel queue() {
        return queue;
    }

    public SuggestionsViewModel suggestions() {
        return suggestions;
    }

    public OwnershipRulesViewModel rules() {
        return rules;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty allowUnknownProperty() {
        return allowUnknown;
    }

    /** First load: the queue, the suggestions, and the rules file beside the ledger if there is one. */
    public void start() {
        refresh();
        if (ledgerFolder != null) {
            rules.loadIfPresent(ledgerFolder.resolve(RULES_FILE));
        }
    }

    /** After any decision: the queue and the suggestions may have changed (the rules editor's text has not). */
    public void refresh() {
        queue.refresh();
        suggestions.refresh();
    }
}
