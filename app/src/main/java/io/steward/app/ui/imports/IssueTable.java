package io.steward.app.ui.imports;

import atlantafx.base.theme.Styles;
import io.steward.app.ui.common.Controls;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/** The table of warnings and refused secrets (where and why, never a value), in the import sheet and on the Snapshots tab. */
public final class IssueTable {
    private IssueTable() {
    }

    public static TableView<IssueRow> create(String id, ObservableList<IssueRow> rows, String accessibleText) {
        TableView<IssueRow> table = new TableView<>(rows);
        table.setId(id);
        table.setAccessibleText(accessibleText);
        table.getStyleClass().addAll(Styles.DENSE, Styles.BORDERED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No warnings, no refused secrets"));
        table.getColumns().add(fixed(Controls.column("Issue", 124, IssueRow::severity)));
        table.getColumns().add(fixed(Controls.tooltipColumn("Where", 134, IssueRow::where)));
        table.getColumns().add(fixed(Controls.tooltipColumn("Field", 120, IssueRow::field)));
        table.getColumns().add(fixed(Controls.tooltipColumn("Rule", 110, IssueRow::rule)));
        table.getColumns().add(Controls.tooltipColumn("Reason", 240, IssueRow::message));
        table.setRowFactory(t -> Controls.styledRow(row -> row.refused() ? "refused-row" : null));
        return table;
    }

    /** Short values keep their width; the reason takes what is left. */
    private static <T> javafx.scene.control.TableColumn<IssueRow, T> fixed(javafx.scene.control.TableColumn<IssueRow, T> c) {
        c.setMinWidth(c.getPrefWidth());
        return c;
    }
}
