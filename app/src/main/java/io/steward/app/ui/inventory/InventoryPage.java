package io.steward.app.ui.inventory;

import io.steward.app.ui.common.ConsoleContext;
import io.steward.app.ui.common.ConsolePage;
import io.steward.app.ui.common.TaskBanner;
import io.steward.app.ui.imports.FileDrops;
import io.steward.app.ui.imports.ImportViewModel;
import io.steward.app.ui.snapshots.SnapshotDiffViewModel;
import io.steward.app.ui.snapshots.SnapshotsViewModel;
import io.steward.exports.inventory.InventoryExport;
import io.steward.model.inventory.query.InventoryQuery;
import io.steward.model.ledger.LedgerChanged;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Inventory page: its view models over one workspace, its view, and the window-wide ways in
 * (Ctrl+I, Ctrl+E, Ctrl+F, files dropped on the window). Any committed decision refreshes the list and the snapshots.
 */
public final class InventoryPage implements ConsolePage {
    private final ConsoleContext context;
    private final ImportViewModel imports;
    private final InventoryViewModel inventory;
    private final SnapshotsViewModel snapshots;
    private final ExportViewModel exports;
    private InventoryView view;

    public InventoryPage(ConsoleContext context) {
        this.context = context;
        var workspace = context.workspace();
        var executor = context.executor();
        var dialogs = context.dialogs();
        Clock clock = context.clock();
        InventoryQuery query = workspace.inventory();
        imports = new ImportViewModel(workspace::imports, workspace.actor(), executor, dialogs);
        inventory = new InventoryViewModel(query, new IdentityDetailViewModel(query, workspace.accountability(), executor, dialogs, clock), executor, dialogs,
                context.delays());
        snapshots = new SnapshotsViewModel(workspace.snapshots(),
                new SnapshotDiffViewModel(workspace.diff(), executor, dialogs), executor, dialogs);
        exports = new ExportViewModel(new InventoryExport(query), inventory, executor, dialogs, clock);
    }

    @Override
    public String id() {
        return "inventory";
    }

    @Override
    public String title() {
        return "Inventory";
    }

    @Override
    public String summary() {
        return "Every non-human identity from your imports";
    }

    @Override
    public Ikon icon() {
        return Feather.BOX;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new InventoryView(inventory, imports, snapshots, exports);
            context.showBanner(new TaskBanner("export", "Export", exports.statusProperty(), exports.progressProperty(),
                    exports.exportingProperty(), exports::cancel, exports::dismiss).node());
        }
        return view.node();
    }

    /** Loads the first page. */
    @Override
    public void start() {
        inventory.refresh();
    }

    @Override
    public void ledgerChanged(LedgerChanged change) {
        inventory.refresh();
        snapshots.refresh();
    }

    /**
     * Ctrl+I imports, Ctrl+E exports, Ctrl+F searches, Ctrl+D shows or hides the identity detail, and dropped files
     * are imported; each first shows the page.
     */
    @Override
    public void installShortcuts(Scene scene, Runnable showPage) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), () -> {
            showPage.run();
            imports.chooseFiles();
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), () -> {
            showPage.run();
            exports.chooseFileAndExport();
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            showPage.run();
            view();
            view.focusSearch();
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), () -> {
            showPage.run();
            inventory.toggleDetail();
        });
        FileDrops.install(scene, files -> {
            showPage.run();
            imports.addFiles(files);
        });
    }

    public ImportViewModel imports() {
        return imports;
    }

    public InventoryViewModel inventory() {
        return inventory;
    }

    public ExportViewModel exports() {
        return exports;
    }

    public SnapshotsViewModel snapshots() {
        return snapshots;
    }
}
