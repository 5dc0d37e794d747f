package io.steward.app.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** An error alert: the plain message up front, the technical details folded away and copyable. */
final class ErrorDialog {
    static final String DETAILS_ID = "errorDetails";

    private ErrorDialog() {
    }

    static Alert create(Window owner, String title, String message, ErrorReport report) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message + "\n\nError ID " + report.errorId()
                + " (also in the log file).", ButtonType.CLOSE);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);

        TextArea details = new TextArea(report.details());
        details.setId(DETAILS_ID);
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(12);
        details.setAccessibleText("Technical details of the error");
        VBox.setVgrow(details, Priority.ALWAYS);

        Button copy = new Button("Copy details");
        copy.setAccessibleText("Copy the technical details to the clipboard");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(report.details());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });

        VBox box = new VBox(8, new Label("Technical details, for a bug report:"), details, copy);
        alert.getDialogPane().setExpandableContent(box);
        alert.getDialogPane().setMinWidth(520);
        return alert;
    }
}
