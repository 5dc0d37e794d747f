package io.steward.uitests;

import io.steward.app.Workspace;
import io.steward.app.ui.ConsolePages;
import io.steward.app.ui.StewardConsole;
import io.steward.app.ui.common.ConsolePage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real console, headless, on a real ledger file in a temporary folder: starts it, hands files to its
 * import sheet as a drop would, waits for conditions read on the FX thread, and closes it all after each test.
 */
abstract class ConsoleTest {
    static final int TIMEOUT_SECONDS = 30;

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    Workspace workspace;
    StewardConsole console;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (console != null) {
            FxToolkit.cleanupApplication(console);
        }
        FxToolkit.cleanupStages();
        if (workspace != null) {
            workspace.close();
        }
    }

    /** Opens (or creates) the ledger as alice and starts the console on it. */
    void start(Path ledger) throws Exception {
        start(ledger, ConsolePages.STANDARD);
    }

    /** As {@link #start(Path)}, with these pages. */
    void start(Path ledger, List<ConsolePage.Factory> pages) throws Exception {
        workspace = Workspace.openOrCreate(ledger, "alice", dir.resolve("keys"));
        console = (StewardConsole) FxToolkit.setupApplication(() -> new StewardConsole(workspace, null, pages));
        // The window first shows the shell; its pages' views are built off the FX thread and swapped in after.
        waitUntil(console::opened);
    }

    /** What a drop on the window does: hand the files to the import sheet. */
    void drop(Path... files) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> console.inventoryPage().imports().addFiles(List.of(files))).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Whether the node and every parent are visible: the shell keeps every page's view in the window, hidden while
     * another page shows, and what is hidden is neither seen nor read by a screen reader.
     */
    static boolean onScreen(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Waits until {@code condition}, checked on the FX thread, holds. */
    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> {
            FutureTask<Boolean> check = new FutureTask<>(condition);
            Platform.runLater(check);
            return check.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
