package io.steward.app.ui.campaigns;

import io.steward.app.ui.common.DialogService;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The create wizard: name, period, due date, owner, scope, and a preview of items and reviewers before anything is written. */
final class CreateCampaignDialog {
    private final CampaignsViewModel vm;
    private final DialogService dialogs;

    CreateCampaignDialog(CampaignsViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
    }

    void show(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New campaign");
        TextField name = field("campaign-name", "e.g. 2026-Q4");
        TextField period = field("campaign-period", "e.g. 2026-Q4 (optional)");
        TextField due = field("campaign-due", "YYYY-MM-DD");
        TextField campaignOwner = field("campaign-owner", vm.actor());
        TextField scope = field("campaign-scope", "e.g. kind:ai-agent,service-account env:prod (empty = everything)");
        CheckBox open = new CheckBox("Open now (freeze the items)");
        open.setSelected(true);
        Label preview = new Label("Preview shows how many items and which reviewers, before anything is written.");
        preview.setId("campaign-preview");
        preview.setWrapText(true);
        Button previewButton = new Button("Preview scope");
        previewButton.setOnAction(e -> vm.preview(scope.getText(), campaignOwner.getText(),
                p -> preview.setText(p.items() + " items (" + p.unowned() + " unowned, to the campaign owner); reviewers: " + p.reviewers()),
                problem -> preview.setText(problem)));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Period"), period);
        grid.addRow(2, new Label("Due"), due);
        grid.addRow(3, new Label("Owner"), campaignOwner);
        grid.addRow(4, new Label("Scope"), scope);
        grid.addRow(5, previewButton, preview);
        grid.add(open, 1, 6);
        scope.setPrefColumnCount(40);
        dialog.getDialogPane().setContent(grid);
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != create) {
            return;
        }
        LocalDate dueDate;
        try {
            dueDate = LocalDate.parse(due.getText().strip());
        } catch (DateTimeParseException e) {
            dialogs.showInformation("Due date", "\"" + due.getText() + "\" is not a date; write it as YYYY-MM-DD.");
            return;
        }
        vm.create(name.getText(), period.getText(), dueDate, campaignOwner.getText(), scope.getText(), open.isSelected());
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setAccessibleText(prompt);
        return f;
    }
}
