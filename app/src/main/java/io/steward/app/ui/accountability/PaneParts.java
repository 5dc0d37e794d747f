package io.steward.app.ui.accountability;

import io.steward.app.ui.common.Controls;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;

/** What the page's tabs build alike: described action buttons, and the bar above each tab's table. */
final class PaneParts {
    private PaneParts() {
    }

    /** A button with an icon, an id, help as tooltip and accessible text, that runs {@code action}. */
    static Button button(String text, Ikon icon, String id, String help, Runnable action) {
        Button b = Controls.button(text, icon, id, help);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** {@code info} on the left, {@code actions} on the right. */
    static HBox bar(Node info, Node... actions) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, info, gap);
        bar.getChildren().addAll(actions);
        bar.setPadding(new Insets(0, 0, 6, 0));
        return bar;
    }
}
