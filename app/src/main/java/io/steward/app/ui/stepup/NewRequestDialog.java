package io.steward.app.ui.stepup;

import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * "New request…": a request that arrived by chat or ticket. The dialog stays open until the request is recorded;
 * what is wrong with it (a missing field, an unparsable TTL, a target that names no identity) shows in the dialog.
 */
final class NewRequestDialog {
    private final StepUpViewModel vm;

    NewRequestDialog(StepUpViewModel vm) {
        this.vm = vm;
    }

    void show(Window owner) {
        NewRequestForm form = vm.newRequestForm();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("New step-up request");
        dialog.setHeaderText("A request that arrived by chat or ticket. It is open for decisions for 24 hours.");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int row = 0;
        TextField target = field(grid, row++, "Target", "stepup-new-target", "identity key, native id (ARN, ...) or name", form.targetProperty());
        field(grid, row++, "Privilege", "stepup-new-privilege", "role, scope or permission, e.g. s3:PutObject", form.privilegeProperty());
        field(grid, row++, "Resource", "stepup-new-resource", "what it applies to (optional), e.g. arn:aws:s3:::releases", form.resourceProperty());
        field(grid, row++, "Environment", "stepup-new-environment", "e.g. production (empty: the target's environment)", form.environmentProperty());
        field(grid, row++, "TTL", "stepup-new-ttl", "how long, ISO-8601: PT1H, PT30M", form.ttlProperty());
        field(grid, row++, "Justification", "stepup-new-justification", "why it is needed", form.justificationProperty());
        field(grid, row++, "Task", "stepup-new-task", "the ticket or run it is for (optional)", form.taskProperty());
        field(grid, row++, "Tools", "stepup-new-tools", "tools the agent will call, comma-separated (optional)", form.toolsProperty());
        field(grid, row++, "Requester", "stepup-new-requester", "who asks: agent, workload or person", form.requesterProperty());
        Label problems = new Label();
        problems.setId("stepup-new-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add("stepup-problems");
        problems.textProperty().bind(form.problemsProperty());
        problems.setAccessibleText("What to correct before the request can be recorded");
        grid.add(problems, 0, row, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType record = new ButtonType("Record request", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(record, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(record);
        ok.setId("stepup-new-record");
        ok.disableProperty().bind(vm.busyProperty());
        // Recording runs in the background: keep the dialog open, close it only when the request is in the ledger.
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.submit(form, () -> {
                dialog.setResult(ButtonType.OK);
                dialog.close();
            });
        });
        // After the dialog's own focus handling on show (which picks the default button).
        dialog.setOnShown(e -> javafx.application.Platform.runLater(target::requestFocus));
        dialog.show();
    }

    private static TextField field(GridPane grid, int row, String label, String id, String prompt, StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setAccessibleText(label + ": " + prompt);
        f.setPrefColumnCount(36);
        f.textProperty().bindBidirectional(value);
        Label l = new Label(label);
        l.setLabelFor(f);
        grid.addRow(row, l, (Node) f);
        return f;
    }
}
