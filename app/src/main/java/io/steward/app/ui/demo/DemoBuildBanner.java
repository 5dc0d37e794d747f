package io.steward.app.ui.demo;

import atlantafx.base.theme.Styles;
import io.steward.app.ui.common.Controls;
import io.steward.app.ui.common.StatusBanner;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The demo build's banner above the inventory: what is happening, a progress bar, and Dismiss when done. */
public final class DemoBuildBanner {
    private final VBox root = new VBox(6);

    public DemoBuildBanner(DemoBuildViewModel vm) {
        root.setId("demoBuild");
        StatusBanner banner = new StatusBanner("demoBuildStatus");
        ProgressBar bar = new ProgressBar();
        bar.setId("demoBuildProgress");
        bar.setAccessibleText("Demo build progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.buildingProperty());
        bar.managedProperty().bind(vm.buildingProperty());
        Button dismiss = Controls.button("Dismiss", Feather.X, "demoBuildDismiss", "Hide this message");
        dismiss.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        dismiss.setOnAction(e -> vm.dismiss());
        dismiss.setMinWidth(Button.USE_PREF_SIZE);
        dismiss.visibleProperty().bind(vm.buildingProperty().not());
        HBox top = new HBox(8, banner.node(), dismiss);
        HBox.setHgrow(banner.node(), Priority.ALWAYS);
        top.setAlignment(Pos.TOP_LEFT);
        root.getChildren().addAll(top, bar);
        Runnable show = () -> {
            boolean visible = vm.statusProperty().get() != null;
            if (visible) {
                banner.show(vm.statusProperty().get());
            }
            root.setVisible(visible);
            root.setManaged(visible);
        };
        vm.statusProperty().addListener((obs, old, now) -> show.run());
        show.run();
    }

    public Node node() {
        return root;
    }
}
