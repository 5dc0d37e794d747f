package io.steward.app.ui.ledger;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The right-hand side of the Ledger page: the selected entry's fields, its hashes in full (wrapped,
 * never cut) and its payload as indented JSON. Every value is selectable for copying.
 */
final class EntryDetailsPane {
    private static final int HASH_ROWS = 2;
    /** Two lines of the smaller monospace font plus the field's padding: the whole hash, no scroll bar. */
    private static final double HASH_HEIGHT = 60;

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

        Label byline = new Label();
        byline.setId("entryByline");
        byline.getStyleClass().add(Styles.TEXT_MUTED);
        byline.textProperty().bind(text(EntryDetails::byline));

        VBox fields = new VBox(8,
                field("Subject", "entrySubject", EntryDetails::subject, new TextField()),
                field("Hash", "entryHash", EntryDetails::hash, hashArea()),
                field("Previous hash", "entryPrevHash", EntryDetails::prevHash, hashArea()));

        TextArea payload = new TextArea();
        payload.setId("entryPayload");
        payload.setEditable(false);
        payload.setWrapText(true);
        payload.getStyleClass().add("mono");
        payload.setAccessibleText("Payload of the selected entry, as JSON");
        payload.textProperty().bind(text(EntryDetails::payloadJson));
        VBox payloadBox = new VBox(4, caption("Payload", payload), payload);
        VBox.setVgrow(payload, Priority.ALWAYS);
        VBox.setVgrow(payloadBox, Priority.ALWAYS);

        root.getChildren().addAll(new VBox(2, heading, byline), fields, payloadBox);
    }

    Node node() {
        return root;
    }

    private static TextArea hashArea() {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(HASH_ROWS);
        area.setMinHeight(HASH_HEIGHT);
        area.setPrefHeight(HASH_HEIGHT);
        area.getStyleClass().addAll("mono", "hash");
        return area;
    }

    private Node field(String name, String id, Function<EntryDetails, String> value, TextInputControl control) {
        control.setId(id);
        control.setEditable(false);
        control.setAccessibleText(name + " of the selected entry");
        control.textProperty().bind(text(value));
        control.setMaxWidth(Double.MAX_VALUE);
        return new VBox(3, caption(name, control), control);
    }

    private static Label caption(String name, Node labelFor) {
        Label label = new Label(name);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        label.setLabelFor(labelFor);
        return label;
    }

    private ObservableValue<String> text(Function<EntryDetails, String> value) {
        return Bindings.createStringBinding(() -> value.apply(details.getValue()), details);
    }
}
