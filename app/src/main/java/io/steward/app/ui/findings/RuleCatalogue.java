package io.steward.app.ui.findings;

import io.steward.app.ui.common.Controls;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;

/** The Rules tab: every rule with its severity, thresholds in force and references; the selected one explained. */
final class RuleCatalogue {
    private final SplitPane root;

    RuleCatalogue(ObservableList<RuleRow> rules) {
        TableView<RuleRow> table = new TableView<>(rules);
        FindingsView.dense(table, "findingsRules", "Finding rules: id, severity, thresholds and references", "Reading the rules…");
        table.getColumns().add(Controls.column("Rule", 180, r -> r.info().id()));
        table.getColumns().add(Controls.column("Severity", 72, r -> r.info().severity().id()));
        table.getColumns().add(Controls.tooltipColumn("Thresholds", 190, RuleRow::settings));
        table.getColumns().add(Controls.tooltipColumn("References", 200, RuleRow::referenceCodes));
        TextArea text = new TextArea();
        text.setId("findingsRuleText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setAccessibleText("Explanation, fix, thresholds and references of the selected rule");
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> text.setText(now == null ? "" : now.text()));
        rules.addListener((javafx.collections.ListChangeListener<RuleRow>) c -> {
            if (table.getSelectionModel().isEmpty() && !rules.isEmpty()) {
                table.getSelectionModel().select(0);
            }
        });
        root = new SplitPane(table, text);
        root.setDividerPositions(0.55);
    }

    Node node() {
        return root;
    }
}
