package io.steward.app.ui.inventory;

import io.steward.app.Workspace;
import io.steward.app.ui.common.Delays;
import io.steward.app.ui.common.DialogService;
import io.steward.app.ui.common.TaskExecutor;
import io.steward.app.ui.imports.FileDrops;
import io.steward.app.ui.imports.ImportViewModel;
import io.steward.app.ui.snapshots.SnapshotDiffViewModel;
import io.steward.app.ui.snapshots.SnapshotsViewModel;
import io.steward.exports.inventory.InventoryExport;
import io.steward.importers.ImportService;
import io.steward.importers.StandardImporters;
import io.steward.model.inventory.query.InventoryQuery;
import io.steward.model.inventory.query.SnapshotCatalog;
import io.steward.model.inventory.query.SnapshotDiff;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Wires the Inventory page: its view models over one workspace, its view, and the window-wide ways in
 * (Ctrl+I, Ctrl+F, files dropped on the window).
 */
public final class InventoryPage {
    private final ImportViewModel imports;
    private final InventoryViewModel inventory;
    private final SnapshotsViewModel snapshots;
    private final ExportViewModel exports;
    private InventoryView view;

    public InventoryPage(Workspace workspace, TaskExecutor executor, DialogService dialogs, Delays delays, Clock clock) {
        InventoryQuery query = workspace.inventory();
        imports = new ImportViewModel(workspace.imports(), workspace.actor(),
                executor, dialogs);
        inventory = new InventoryViewModel(query, new IdentityDetailViewModel(query, executor, dialogs, clock), executor, dialogs,
                delays);
        snapshots = new SnapshotsViewModel(workspace.snapshots(),
                new SnapshotDiffViewModel(workspace.diff(), executor, dialogs), executor, dialogs);
        exports = new ExportViewModel(new InventoryExport(query), inventory, executor, dialogs, clock);
        imports.onImported(reports -> {
            inventory.refresh();
            snapshots.refresh();
        });
    }

    public Node node() {
        if (view == null) {
            view = new InventoryView(inventory, imports, snapshots, exports);
        }
        return view.node();
    }

    /** Shows a notice above the list (e.g. the demo being built). */
    public void showNotice(Node notice) {
        node();
        view.showNotice(notice);
    }

    /** Loads the first page. */
    public void start() {
        inventory.refresh();
    }

    /** Ctrl+I imports, Ctrl+E exports, Ctrl+F searches and dropped files are imported; each first shows the page. */
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
            node();
            view.focusSearch();
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
