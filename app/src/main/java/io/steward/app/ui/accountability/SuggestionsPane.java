package io.steward.app.ui.accountability;

import io.steward.app.ui.common.Controls;
import io.steward.model.findings.Suggestion;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The suggestions tab: owner hints of unowned identities with their source; accepting any shows the preview first. */
final class SuggestionsPane {
    static final String HELP = "↑/↓ choose · Shift+↑/↓ or Ctrl+A choose several · A accept the chosen (a preview asks first)"
            + " · Shift+A accept all shown · F5 reload · Ctrl+Tab next tab";

    private final SuggestionsViewModel vm;
    private final VBox root;
    private final TableView<Suggestion> table = new TableView<>();

    SuggestionsPane(SuggestionsViewModel vm) {
        this.vm = vm;
        table.setId("accountability-suggestions");
        table.setAccessibleText("Owner hints of unowned identities, with the person or team each names and where it came from");
        table.setItems(vm.suggestions());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No unowned identity carries an owner hint."));
        table.getColumns().setAll(List.of(
                Controls.tooltipColumn("Name", 220, Suggestion::name),
                Controls.tooltipColumn("Hint", 150, Suggestion::hint),
                Controls.tooltipColumn("Suggested owner", 220, (Suggestion s) -> s.suggested() == null ? "— nobody in the directory"
                        : s.suggested().toString()),
                Controls.tooltipColumn("Source", 220, Suggestion::source),
                Controls.tooltipColumn("Identity", 260, Suggestion::identityKey)));
        Label summary = new Label();
        summary.setId("accountability-suggestions-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Button chosen = PaneParts.button("Accept chosen…", Feather.CHECK, "accountability-accept-chosen",
                "Preview and assign the owners the chosen hints name (A)", this::acceptChosen);
        Button all = PaneParts.button("Accept all…", Feather.CHECK_CIRCLE, "accountability-accept-all",
                "Preview and assign the owners every hint shown names (Shift+A)", vm::acceptAll);
        HBox bar = PaneParts.bar(summary, chosen, all);
        root = new VBox(bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    Node node() {
        return root;
    }

    void focus() {
        FocusWhenShown.request(table);
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    private void acceptChosen() {
        vm.accept(List.copyOf(table.getSelectionModel().getSelectedItems()));
        table.requestFocus();
    }

    private void onKey(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        if (e.getCode() == KeyCode.A) {
            if (e.isShiftDown()) {
                vm.acceptAll();
            } else {
                acceptChosen();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.F5) {
            vm.refresh();
            e.consume();
        }
    }
}
