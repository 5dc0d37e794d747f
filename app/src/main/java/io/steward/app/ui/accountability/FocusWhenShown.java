package io.steward.app.ui.accountability;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Focuses a node of a tab that may not be in the scene yet: a tab's content joins the scene only when the tab pane's
 * skin is built, on the first layout after the page is shown, and becomes visible only after the selection listeners
 * have run; a focus request before either is lost.
 */
final class FocusWhenShown {
    private FocusWhenShown() {
    }

    static void request(Node node) {
        if (node.getScene() != null) {
            Platform.runLater(node::requestFocus); // after the tab pane has made the newly selected tab's content visible
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    Platform.runLater(node::requestFocus);
                }
            }
        });
    }
}
