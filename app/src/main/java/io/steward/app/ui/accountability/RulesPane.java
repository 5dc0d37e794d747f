package io.steward.app.ui.accountability;

import io.steward.app.ui.common.Controls;
import io.steward.model.findings.PlannedAssignment;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The bulk rules tab: the rules file's text (format in docs/OWNERSHIP.md), a dry run listing what would change, and
 * applying it. A bad rule is named with its line and column, and the caret goes there.
 */
final class RulesPane {
    static final String HELP = "Ctrl+O open · Ctrl+S save · Ctrl+P preview (dry run, nothing written) · Ctrl+Enter apply"
            + " (asks first; one transaction) · Alt+U allow unknown names · Ctrl+Tab next tab";

    private final OwnershipRulesViewModel vm;
    private final VBox root;
    private final TextArea text = new TextArea();

    RulesPane(OwnershipRulesViewModel vm, CheckBox allowUnknown) {
        this.vm = vm;
        Label file = new Label();
        file.setId("accountability-rules-file");
        file.textProperty().bind(Bindings.createStringBinding(() -> (vm.fileProperty().get() == null ? "New rules (not saved)"
                : vm.fileProperty().get().toString()) + (vm.modifiedProperty().get() ? " · modified" : ""),
                vm.fileProperty(), vm.modifiedProperty()));
        Button open = PaneParts.button("Open…", Feather.FOLDER, "accountability-rules-open", "Open a rules file (Ctrl+O)",
                vm::open);
        Button save = PaneParts.button("Save", Feather.SAVE, "accountability-rules-save", "Save the rules file (Ctrl+S)",
                vm::save);
        Button preview = PaneParts.button("Preview", Feather.EYE, "accountability-rules-preview",
                "Dry run: list what the rules would change; nothing is written (Ctrl+P)", vm::preview);
        Button apply = PaneParts.button("Apply…", Feather.PLAY, "accountability-rules-apply",
                "Show what the rules change, then assign it all in one transaction (Ctrl+Enter)", vm::apply);
        HBox bar = PaneParts.bar(file, open, save, preview, apply, allowUnknown);

        text.setId("accountability-rules-text");
        text.setAccessibleText("Ownership rules: one rule per line of key=value pairs, e.g. source=aws:* name=ci-* owner=team:platform");
        text.setPromptText("# one rule per line (docs/OWNERSHIP.md), e.g.\nsource=aws:* name=ci-* owner=team:platform backup=alice@example.com"
                + " reason=\"CI identities\"");
        text.getStyleClass().add("mono");
        text.textProperty().bindBidirectional(vm.textProperty());
        vm.errorLineProperty().addListener((o, was, now) -> moveCaretToError());

        Label error = new Label();
        error.setId("accountability-rules-error");
        error.setWrapText(true);
        error.getStyleClass().add("danger"); // AtlantaFX: the theme's error colour
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(vm.errorProperty().isNotEmpty());
        Label info = new Label();
        info.setId("accountability-rules-plan-info");
        info.textProperty().bind(vm.planInfoProperty());
        TableView<PlannedAssignment> plan = new TableView<>(vm.plan());
        plan.setId("accountability-rules-plan");
        plan.setAccessibleText("What the rules would change: identity, owner now, new owner and backup, and the rule");
        plan.setPlaceholder(new Label("Preview (Ctrl+P) lists what the rules would change."));
        plan.getColumns().setAll(List.of(
                Controls.tooltipColumn("Name", 220, PlannedAssignment::name),
                Controls.tooltipColumn("Owner now", 180, (PlannedAssignment p) -> p.previous() == null ? "—" : p.previous().owner().toString()),
                Controls.tooltipColumn("New owner", 180, (PlannedAssignment p) -> p.assignment().owner().toString()),
                Controls.tooltipColumn("Backup", 160, (PlannedAssignment p) -> p.assignment().backup() == null ? ""
                        : p.assignment().backup().toString()),
                Controls.tooltipColumn("Rule", 160, (PlannedAssignment p) -> p.assignment().via()),
                Controls.tooltipColumn("Identity", 260, PlannedAssignment::identityKey)));
        VBox result = new VBox(6, error, info, plan);
        VBox.setVgrow(plan, Priority.ALWAYS);
        SplitPane split = new SplitPane(text, result);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        root = new VBox(bar, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    Node node() {
        return root;
    }

    void focus() {
        FocusWhenShown.request(text);
    }

    private void onKey(KeyEvent e) {
        if (!e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        Runnable action = switch (e.getCode()) {
            case O -> vm::open;
            case S -> vm::save;
            case P -> vm::preview;
            case ENTER -> vm::apply;
            default -> null;
        };
        if (action != null) {
            action.run();
            e.consume();
        }
    }

    /** Puts the caret at the bad rule's line and column. */
    private void moveCaretToError() {
        int line = vm.errorLineProperty().get();
        if (line <= 0) {
            return;
        }
        String[] lines = text.getText().split("\n", -1);
        int offset = 0;
        for (int i = 0; i < line - 1 && i < lines.length; i++) {
            offset += lines[i].length() + 1;
        }
        int column = Math.max(1, vm.errorColumnProperty().get());
        int within = line - 1 < lines.length ? Math.min(column - 1, lines[line - 1].length()) : 0;
        text.requestFocus();
        text.positionCaret(Math.min(offset + within, text.getLength()));
    }
}
