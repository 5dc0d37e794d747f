package io.steward.app.ui.common;

import io.steward.app.Workspace;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * What every page is built with: the workspace (services, actor, clock), the background executor, dialogs,
 * delays, and the shell's shared banner area.
 */
public record ConsoleContext(Workspace workspace, TaskExecutor executor, DialogService dialogs, Delays delays,
                             Consumer<Node> banners) {
    public Clock clock() {
        return workspace.clock();
    }

    /** Shows a banner in the shell's banner area (replacing the one shown); null clears it. */
    public void showBanner(Node banner) {
        banners.accept(banner);
    }
}
