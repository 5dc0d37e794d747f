package io.steward.app.ui.campaigns;

import io.steward.app.ui.common.DialogService;
import io.steward.app.ui.common.TaskBanner;
import io.steward.app.ui.workbook.WorkbookExportViewModel;
import io.steward.model.campaigns.Campaign;
import io.steward.model.campaigns.CampaignItem;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Campaigns page: the list with status and progress, create/open/close/remediation, and the review screen. */
public final class CampaignsView {
    private final CampaignsViewModel vm;
    private final DialogService dialogs;
    private final ReviewView review;
    private final BorderPane root = new BorderPane();
    private final ListView<Campaign> list = new ListView<>();

    private final WorkbookExportViewModel workbook;

    public CampaignsView(CampaignsViewModel vm, WorkbookExportViewModel workbook, DialogService dialogs) {
        this.vm = vm;
        this.workbook = workbook;
        this.dialogs = dialogs;
        this.review = new ReviewView(vm.review(), dialogs);
        build();
    }

    public Node node() {
        return root;
    }

    public ReviewView review() {
        return review;
    }

    private void build() {
        list.setId("campaign-list");
        list.setAccessibleText("Campaigns");
        list.setItems(vm.campaigns());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Campaign c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name() + "  " + c.state() + "\n" + c.decided() + "/" + c.items()
                        + " decided · due " + c.due() + " · owner " + c.owner());
            }
        });
        // Keyboard-first: the newest open campaign is under review as soon as the page shows.
        // (The list may have loaded before this view was built: the page builds its view on first show.)
        vm.campaigns().addListener((javafx.collections.ListChangeListener<Campaign>) change -> selectNewestOpen());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, c) -> {
            if (c != null && !c.name().equals(vm.review().campaignProperty().get())) {
                vm.review().open(c.name());
            }
        });
        Button create = button("New campaign…", "campaign-new", () -> new CreateCampaignDialog(vm, dialogs).show(root.getScene().getWindow()));
        Button open = button("Open", "campaign-open", () -> selected(c -> vm.open(c.name())));
        Button close = button("Close…", "campaign-close", () -> selected(c -> {
            if (dialogs.confirm("Close " + c.name(), "Every undecided item of " + c.name() + " is recorded as no-response,"
                    + " the campaign closes and a checkpoint is signed with your key.", "Close campaign")) {
                vm.close(c.name());
            }
        }));
        Button remediation = button("Remediation", "campaign-remediation", () -> selected(c -> vm.remediation(c.name(), this::showRemediation)));
        Button export = button("_Export workbook…", "campaign-export", () -> selected(c -> workbook.chooseFileAndExport(c.name())));
        export.setMnemonicParsing(true);
        export.setAccessibleText("Export the selected campaign's attestation workbook (Alt+E)");
        export.disableProperty().bind(workbook.exportingProperty());
        VBox left = new VBox(8, new HBox(6, create, open, close, remediation), new HBox(6, export), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setMinWidth(260);
        SplitPane split = new SplitPane(left, review.node());
        split.setDividerPositions(0.25);
        root.setCenter(split);
        Label status = new Label();
        status.setId("campaigns-status");
        status.textProperty().bind(vm.statusProperty());
        root.setBottom(status);
        root.setTop(new TaskBanner("workbook-export", "Export", workbook.statusProperty(), workbook.progressProperty(),
                workbook.exportingProperty(), workbook::cancel, workbook::dismiss).node());
        root.setPadding(new Insets(8));
        selectNewestOpen();
    }

    private void selectNewestOpen() {
        if (list.getSelectionModel().isEmpty()) {
            vm.campaigns().stream().filter(Campaign::isOpen).findFirst().ifPresent(c -> list.getSelectionModel().select(c));
        }
    }

    private void selected(java.util.function.Consumer<Campaign> action) {
        Campaign c = list.getSelectionModel().getSelectedItem();
        if (c == null) {
            dialogs.showInformation("No campaign selected", "Select a campaign in the list first.");
        } else {
            action.accept(c);
        }
    }

    private void showRemediation(List<CampaignItem> items) {
        StringBuilder b = new StringBuilder(items.isEmpty() ? "Nothing to revoke or reduce.\n" : "");
        for (CampaignItem i : items) {
            b.append('#').append(i.itemNo()).append(' ').append(i.name()).append(": ").append(i.decision())
                    .append(i.remove() == null ? "" : " " + i.remove()).append(" — ").append(i.comment()).append(" (")
                    .append(i.decidedBy()).append(")\n");
        }
        dialogs.showInformation("Remediation", b + "\nThe same list: steward campaign remediation NAME --format csv");
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
