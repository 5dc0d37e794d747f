package io.steward.app.ui.accountability;

import io.steward.app.ui.common.BackgroundTask;
import io.steward.app.ui.common.DialogService;
import io.steward.app.ui.common.FileType;
import io.steward.app.ui.common.TaskExecutor;
import io.steward.app.ui.common.Words;
import io.steward.model.BadInputException;
import io.steward.model.findings.Accountability;
import io.steward.model.findings.PlannedAssignment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The bulk ownership rules editor, free of controls: the text of a rules file (docs/OWNERSHIP.md) loaded and saved,
 * a dry run listing what would change (or the first bad rule with its line and column), and applying it through
 * the model in one transaction, one ledger entry per changed identity, after a confirmation.
 */
public final class OwnershipRulesViewModel {
    static final FileType RULES = new FileType("Ownership rules", "*.rules", "*.txt");
    private static final Pattern LOCATION = Pattern.compile("line (\\d+), column (\\d+)");
    private static final Path UNTITLED = Path.of("untitled.rules");

    private final Accountability accountability;
    private final String actor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final StringProperty status;
    private final BooleanProperty allowUnknown;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty modified = new SimpleBooleanProperty();
    private final ObservableList<PlannedAssignment> plan = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private final IntegerProperty errorLine = new SimpleIntegerProperty();
    private final IntegerProperty errorColumn = new SimpleIntegerProperty();
    private final StringProperty planInfo = new SimpleStringProperty("");
    private boolean loading;

    OwnershipRulesViewModel(Accountability accountability, String actor, TaskExecutor executor, DialogService dialogs,
                            StringProperty status, BooleanProperty allowUnknown) {
        this.accountability = accountability;
        this.actor = actor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.status = status;
        this.allowUnknown = allowUnknown;
        text.addListener((o, was, now) -> {
            if (!loading) {
                modified.set(true);
            }
        });
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public BooleanProperty modifiedProperty() {
        return modified;
    }

    /** The last dry run's changes. */
    public ObservableList<PlannedAssignment> plan() {
        return plan;
    }

    public StringProperty planInfoProperty() {
        return planInfo;
    }

    /** The last rule error, with its file, line and column; empty when none. */
    public StringProperty errorProperty() {
        return error;
    }

    /** 1-based line of the last rule error, 0 when none (or when the error has no line, e.g. an empty file). */
    public IntegerProperty errorLineProperty() {
        return errorLine;
    }

    public IntegerProperty errorColumnProperty() {
        return errorColumn;
    }

    /** Loads {@code rules} into the editor (replacing its text), off the UI thread. */
    public void load(Path rules) {
        load(rules, false);
    }

    /** As {@link #load(Path)} when the file exists; otherwise the editor stays as it is, silently. */
    void loadIfPresent(Path rules) {
        load(rules, true);
    }

    private void load(Path rules, boolean onlyIfPresent) {
        executor.submit(BackgroundTask.of("read rules file", ctx -> onlyIfPresent && !Files.isRegularFile(rules) ? null
                        : Files.readString(rules, StandardCharsets.UTF_8))
                .onSuccess(content -> {
                    if (content == null) {
                        return;
                    }
                    loading = true;
                    text.set(content);
                    loading = false;
                    file.set(rules);
                    modified.set(false);
                    clearResult();
                    status.set("Loaded " + rules.getFileName() + ". Ctrl+P previews what it would change.");
                })
                .onFailure(e -> status.set("Cannot read " + rules + ": " + rootMessage(e) + ". Check the file and its permissions.")));
    }

    /** Asks for a rules file and loads it. */
    public void open() {
        dialogs.chooseFileToOpen("Open ownership rules", folder(), RULES).ifPresent(this::load);
    }

    /** Saves to the current file, asking for one when there is none. */
    public void save() {
        Path target = file.get();
        if (target == null) {
            target = dialogs.chooseFileToSave("Save ownership rules", folder(), "owners.rules", RULES).orElse(null);
            if (target == null) {
                return;
            }
        }
        Path to = target;
        String content = text.get();
        executor.submit(BackgroundTask.of("save rules file", ctx -> Files.writeString(to, content, StandardCharsets.UTF_8))
                .onSuccess(p -> {
                    file.set(p);
                    if (content.equals(text.get())) {
                        modified.set(false);
                    }
                    status.set("Saved " + p + ".");
                })
                .onFailure(e -> status.set("Cannot save " + to + ": " + rootMessage(e) + ". Nothing was saved; choose another folder.")));
    }

    /** The dry run: what the rules would change now, or the bad rule's line and column. Nothing is written. */
    public void preview() {
        plan(p -> {
            plan.setAll(p);
            planInfo.set(p.isEmpty() ? "The rules change nothing: every identity they match already has the owner they give."
                    : "Dry run: " + Words.count(p.size(), "identity", "identities") + " would change; nothing written.");
            status.set(planInfo.get() + (p.isEmpty() ? "" : " Ctrl+Enter applies them."));
        });
    }

    /** Works the plan out afresh, shows it for confirmation, then applies it in one transaction. */
    public void apply() {
        plan(p -> {
            plan.setAll(p);
            if (p.isEmpty()) {
                planInfo.set("The rules change nothing: every identity they match already has the owner they give.");
                status.set(planInfo.get());
                return;
            }
            planInfo.set("Dry run: " + Words.count(p.size(), "identity", "identities") + " would change; nothing written.");
            if (!dialogs.confirm("Apply ownership rules", PlanText.of(p, "Rules: " + name()), "Assign " + Words.count(p.size(),
                    "owner", "owners"))) {
                status.set("Nothing assigned.");
                return;
            }
            executor.submit(BackgroundTask.of("apply ownership rules", ctx -> accountability.apply(actor, p))
                    .onSuccess(n -> {
                        plan.clear();
                        planInfo.set("");
                        status.set("Applied " + name() + ": " + Words.count(n, "identity", "identities") + " assigned in one transaction,"
                                + " one ledger entry each.");
                    })
                    .onFailure(e -> status.set("Failed, nothing assigned: " + e.getMessage())));
        });
    }

    private void plan(Consumer<List<PlannedAssignment>> then) {
        Path named = file.get() == null ? UNTITLED : file.get();
        List<String> lines = text.get().lines().toList();
        boolean allow = allowUnknown.get();
        clearResult();
        executor.submit(BackgroundTask.of("plan ownership rules", ctx -> accountability.previewRules(named, lines, allow))
                .onSuccess(then::accept)
                .onFailure(e -> {
                    if (e instanceof BadInputException bad) {
                        showError(bad);
                    } else {
                        status.set("Failed: " + e.getMessage());
                    }
                }));
    }

    private void showError(BadInputException bad) {
        plan.clear();
        planInfo.set("");
        String message = OrphanQueueViewModel.consoleWording(bad.getMessage());
        error.set(message);
        Matcher m = LOCATION.matcher(bad.location() == null ? "" : bad.location());
        boolean located = m.find();
        errorColumn.set(located ? Integer.parseInt(m.group(2)) : 0);
        errorLine.set(located ? Integer.parseInt(m.group(1)) : 0); // last: the view moves the caret when the line changes
        status.set("Rule error, nothing written: " + message);
    }

    private void clearResult() {
        error.set("");
        errorLine.set(0);
        errorColumn.set(0);
    }

    private String name() {
        return file.get() == null ? UNTITLED.toString() : file.get().getFileName().toString();
    }

    private Path folder() {
        return file.get() == null ? null : file.get().toAbsolutePath().getParent();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
