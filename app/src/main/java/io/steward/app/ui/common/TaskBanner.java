package io.steward.app.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableObjectValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * A banner for background work shown above a page: what is happening, a progress bar and Cancel while it runs,
 * Dismiss once it is over; hidden while the status is null. Ids are {@code <id>}, {@code <id>Status},
 * {@code <id>Progress}, {@code <id>Cancel} and {@code <id>Dismiss}.
 */
public final class TaskBanner {
    private final VBox root = new VBox(6);

    /** {@code cancel} may be null for work that cannot be stopped from here. */
    public TaskBanner(String id, String what, ObservableObjectValue<BannerText> status, ObservableDoubleValue progress,
                      ObservableBooleanValue running, Runnable cancel, Runnable dismiss) {
        root.setId(id);
        StatusBanner banner = new StatusBanner(id + "Status");
        ProgressBar bar = new ProgressBar();
        bar.setId(id + "Progress");
        bar.setAccessibleText(what + " progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(progress);
        bar.visibleProperty().bind(running);
        bar.managedProperty().bind(running);
        HBox top = new HBox(8, banner.node());
        HBox.setHgrow(banner.node(), Priority.ALWAYS);
        top.setAlignment(Pos.TOP_LEFT);
        if (cancel != null) {
            Button stop = small(Controls.button("Cancel", Feather.X_CIRCLE, id + "Cancel", "Stop: " + what.toLowerCase()));
            stop.setOnAction(e -> cancel.run());
            stop.visibleProperty().bind(running);
            stop.managedProperty().bind(running);
            top.getChildren().add(stop);
        }
        Button close = small(Controls.button("Dismiss", Feather.X, id + "Dismiss", "Hide this message"));
        close.setOnAction(e -> dismiss.run());
        close.visibleProperty().bind(javafx.beans.binding.Bindings.not(running));
        close.managedProperty().bind(close.visibleProperty());
        top.getChildren().add(close);
        root.getChildren().addAll(top, bar);
        Runnable show = () -> {
            BannerText text = status.get();
            if (text != null) {
                banner.show(text);
            }
            root.setVisible(text != null);
            root.setManaged(text != null);
        };
        status.addListener((obs, old, now) -> show.run());
        show.run();
    }

    private static Button small(Button b) {
        b.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        b.setMinWidth(Button.USE_PREF_SIZE);
        return b;
    }

    public Node node() {
        return root;
    }
}
