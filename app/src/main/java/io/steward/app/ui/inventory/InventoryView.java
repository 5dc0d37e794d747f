package io.steward.app.ui.inventory;

import atlantafx.base.controls.ModalPane;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import io.steward.app.ui.common.Controls;
import io.steward.app.ui.imports.ImportView;
import io.steward.app.ui.imports.ImportViewModel;
import io.steward.app.ui.snapshots.SnapshotsPane;
import io.steward.app.ui.snapshots.SnapshotsViewModel;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Inventory page: the current identities and the snapshots they come from, or the honest empty
 * state before anything was imported; the import sheet opens over it.
 */
public final class InventoryView {
    private final InventoryViewModel vm;
    private final ImportViewModel imports;
    private final SnapshotsViewModel snapshots;
    private final ExportViewModel exports;
    private final StackPane root = new StackPane();
    private final IdentitiesPane identities;
    private final TabPane tabs;
    private final Tab snapshotsTab;

    public InventoryView(InventoryViewModel vm, ImportViewModel imports, SnapshotsViewModel snapshots, ExportViewModel exports) {
        this.vm = vm;
        this.imports = imports;
        this.snapshots = snapshots;
        this.exports = exports;
        this.identities = new IdentitiesPane(vm);
        Tab identitiesTab = new Tab("Identities", identities.node());
        identitiesTab.setClosable(false);
        // Built when first shown, like the import sheet: opening the console builds only what is on screen.
        snapshotsTab = new Tab("Snapshots");
        snapshotsTab.setClosable(false);
        snapshotsTab.selectedProperty().addListener((obs, old, selected) -> {
            if (selected) {
                if (snapshotsTab.getContent() == null) {
                    snapshotsTab.setContent(new SnapshotsPane(snapshots).node());
                }
                snapshots.refresh();
            }
        });
        tabs = new TabPane(identitiesTab, snapshotsTab);
        tabs.setId("inventoryTabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);

        Node emptyState = emptyState();
        StackPane body = new StackPane(tabs, emptyState);
        VBox.setVgrow(body, Priority.ALWAYS);
        Runnable showEmpty = () -> {
            boolean empty = Boolean.TRUE.equals(vm.emptyProperty().get());
            emptyState.setVisible(empty);
            tabs.setVisible(!empty);
        };
        vm.emptyProperty().addListener((obs, old, now) -> showEmpty.run());
        showEmpty.run();

        VBox page = new VBox(header(), body);
        page.getStyleClass().add("page");
        page.setId("inventoryPage");

        ModalPane modal = new ModalPane();
        modal.setId("importModal");
        modal.setPersistent(true);
        ImportView[] sheet = new ImportView[1];
        imports.openProperty().addListener((obs, old, open) -> {
            if (open) {
                if (sheet[0] == null) {
                    sheet[0] = new ImportView(imports);
                }
                modal.show(sheet[0].node());
            } else {
                modal.hide(true);
            }
        });
        root.getChildren().addAll(page, modal);
    }

    public Node node() {
        return root;
    }

    /** Ctrl+F. */
    public void focusSearch() {
        tabs.getSelectionModel().selectFirst();
        identities.focusSearch();
    }

    private Node header() {
        Label title = new Label("Inventory");
        title.getStyleClass().add(Styles.TITLE_2);
        Label summary = new Label("Every identity in the newest snapshot of each source.");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setWrapText(true);
        Button importButton = importButton("importButton");
        HBox top = new HBox(12, new VBox(4, title, summary), new Spacer(), exportButton(), importButton);
        HBox.setHgrow(top.getChildren().get(0), Priority.ALWAYS);
        top.setAlignment(Pos.TOP_LEFT);
        return top;
    }

    private Button exportButton() {
        Button b = Controls.button("Export…", Feather.DOWNLOAD, "exportButton",
                "Export the identities the current filter and search select, in the current order, to CSV or JSON (Ctrl+E)");
        b.setOnAction(e -> exports.chooseFileAndExport());
        b.disableProperty().bind(exports.exportingProperty().or(javafx.beans.binding.Bindings.equal(Boolean.TRUE, vm.emptyProperty())));
        b.setMinWidth(Button.USE_PREF_SIZE);
        return b;
    }

    private Button importButton(String id) {
        Button b = Controls.button("Import files…", Feather.UPLOAD, id, "Import inventory exports as snapshots (Ctrl+I)");
        b.getStyleClass().add(Styles.ACCENT);
        b.setOnAction(e -> imports.chooseFiles());
        b.disableProperty().bind(imports.importingProperty());
        b.setMinWidth(Button.USE_PREF_SIZE);
        return b;
    }

    private Node emptyState() {
        FontIcon icon = new FontIcon(Feather.INBOX);
        icon.getStyleClass().add("empty-icon");
        Label title = new Label("No inventory yet — import a file (Ctrl+I)");
        title.setId("inventoryEmpty");
        title.getStyleClass().add(Styles.TITLE_3);
        Label text = new Label("Drop export files anywhere on this window, or choose Import files. Each file becomes a dated"
                + " snapshot; secret values in it are refused and never stored. Formats: "
                + String.join(", ", imports.formats().stream().filter(f -> !f.detects()).map(f -> f.formatId()).toList()) + ".");
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        text.setAlignment(Pos.CENTER);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        VBox box = new VBox(14, icon, title, text, importButton("emptyImportButton"));
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-state");
        return box;
    }
}
