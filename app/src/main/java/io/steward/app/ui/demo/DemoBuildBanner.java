package io.steward.app.ui.demo;

import io.steward.app.ui.common.TaskBanner;
import javafx.scene.Node;

/** The demo build's banner above the inventory: what is happening, a progress bar, and Dismiss when done. */
public final class DemoBuildBanner {
    private final TaskBanner banner;

    public DemoBuildBanner(DemoBuildViewModel vm) {
        // No Cancel: closing the console stops the build; a half-built demo is still a demo.
        banner = new TaskBanner("demoBuild", "Demo build", vm.statusProperty(), vm.progressProperty(), vm.buildingProperty(), null,
                vm::dismiss);
    }

    public Node node() {
        return banner.node();
    }
}
