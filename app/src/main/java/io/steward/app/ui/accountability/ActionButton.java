package io.steward.app.ui.accountability;

import io.steward.app.ui.common.Controls;
import javafx.scene.control.Button;
import org.kordamp.ikonli.Ikon;

/** A described button (icon, id, help as tooltip and accessible text) that runs {@code action}. */
final class ActionButton {
    private ActionButton() {
    }

    static Button of(String text, Ikon icon, String id, String help, Runnable action) {
        Button b = Controls.button(text, icon, id, help);
        b.setOnAction(e -> action.run());
        return b;
    }
}
