package io.steward.app.ui.ledger;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The right-hand side of the Ledger page: the selected entry's fields, hashes and pretty payload, all copyable. */
final class EntryDetailsPane {
    private final ObservableValue<EntryDetails> details;
    private final VBox root = new VBox(10);

    EntryDetailsPane(ObservableValue<EntryDetails> details) {
        this.details = details;
        root.getStyleClass().add("entry-details");
        root.setMinWidth(300);

        Label heading = new Label();
        heading.setId("entryHeading");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(text(EntryDetails::heading));

        GridPane fields = new GridPane();
        fields.setHgap(10);
        fields.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        fields.getColumnConstraints().addAll(labels, values);
        addRow(fields, 0, "Time (UTC)", "entryTime", EntryDetails::time, false);
        addRow(fields, 1, "Actor", "entryActor", EntryDetails::actor, false);
        addRow(fields, 2, "Subject", "entrySubject", EntryDetails::subject, false);
        addRow(fields, 3, "Hash", "entryHash", EntryDetails::hash, true);
        addRow(fields, 4, "Previous hash", "entryPrevHash", EntryDetails::prevHash, true);

        Label payloadLabel = new Label("Payload");
        payloadLabel.getStyleClass().add(Styles.TEXT_BOLD);
        TextArea payload = new TextArea();
        payload.setId("entryPayload");
        payload.setEditable(false);
        payload.getStyleClass().add("mono");
        payload.setAccessibleText("Payload of the selected entry, as JSON");
        payload.textProperty().bind(text(EntryDetails::payloadJson));
        VBox.setVgrow(payload, Priority.ALWAYS);

        root.getChildren().addAll(heading, fields, payloadLabel, payload);
    }

    Node node() {
        return root;
    }

    private void addRow(GridPane grid, int row, String name, String id, Function<EntryDetails, String> value, boolean mono) {
        Label label = new Label(name);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        TextField field = new TextField();
        field.setId(id);
        field.setEditable(false);
        field.setAccessibleText(name + " of the selected entry");
        field.textProperty().bind(text(value));
        if (mono) {
            field.getStyleClass().add("mono");
        }
        label.setLabelFor(field);
        grid.addRow(row, label, field);
    }

    private ObservableValue<String> text(Function<EntryDetails, String> value) {
        return Bindings.createStringBinding(() -> value.apply(details.getValue()), details);
    }
}
