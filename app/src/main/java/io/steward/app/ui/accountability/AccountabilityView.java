package io.steward.app.ui.accountability;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The Accountability page: three tabs (the orphan queue, owner-hint suggestions, bulk rules), one status line for
 * outcomes and refusals, and a help line with the keys of the tab shown.
 */
final class AccountabilityView {
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final QueuePane queue;
    private final SuggestionsPane suggestions;
    private final RulesPane rules;

    AccountabilityView(AccountabilityViewModel vm) {
        queue = new QueuePane(vm.queue(), allowUnknown(vm, "accountability-allow-unknown"));
        suggestions = new SuggestionsPane(vm.suggestions());
        rules = new RulesPane(vm.rules(), allowUnknown(vm, "accountability-rules-allow-unknown"));
        Tab queueTab = tab("Orphan queue", "accountability-tab-queue", queue.node());
        Tab suggestionsTab = tab("Suggestions", "accountability-tab-suggestions", suggestions.node());
        Tab rulesTab = tab("Bulk rules", "accountability-tab-rules", rules.node());
        tabs.getTabs().setAll(queueTab, suggestionsTab, rulesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("accountability-tabs");

        Label status = new Label();
        status.setId("accountability-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.setAccessibleText("Outcome of the last action");
        Label help = new Label(QueuePane.HELP);
        help.setId("accountability-help");
        help.setWrapText(true);
        help.setAccessibleText("Keyboard shortcuts of this tab");
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            help.setText(now == rulesTab ? RulesPane.HELP : now == suggestionsTab ? SuggestionsPane.HELP : QueuePane.HELP);
            focusTab(now == rulesTab ? 2 : now == suggestionsTab ? 1 : 0);
        });
        VBox bottom = new VBox(2, status, help);
        bottom.getStyleClass().add("status-bar");
        root.setCenter(tabs);
        root.setBottom(bottom);
        root.setPadding(new Insets(8, 8, 0, 8));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.U) {
                vm.allowUnknownProperty().set(!vm.allowUnknownProperty().get());
                e.consume();
            }
        });
    }

    Node node() {
        return root;
    }

    /** Focuses where the keys of the tab shown work. */
    void focus() {
        focusTab(tabs.getSelectionModel().getSelectedIndex());
    }

    private void focusTab(int index) {
        switch (index) {
            case 1 -> suggestions.focus();
            case 2 -> rules.focus();
            default -> queue.focus();
        }
    }

    private static Tab tab(String title, String id, Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        t.setTooltip(new Tooltip(title + " (Ctrl+Tab moves to the next tab)"));
        return t;
    }

    private static CheckBox allowUnknown(AccountabilityViewModel vm, String id) {
        CheckBox box = new CheckBox("Allow unknown names (Alt+U)");
        box.setId(id);
        box.setMnemonicParsing(false);
        box.setFocusTraversable(false);
        String help = "Accept owners the people directory does not know (like --allow-unknown on the command line)";
        box.setAccessibleText(help);
        box.setTooltip(new Tooltip(help));
        box.selectedProperty().bindBidirectional(vm.allowUnknownProperty());
        return box;
    }
}
