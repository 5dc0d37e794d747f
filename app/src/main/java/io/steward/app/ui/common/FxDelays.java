package io.steward.app.ui.common;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** {@link Delays} on the JavaFX thread, with a pause transition: nothing blocks while it waits. */
public final class FxDelays implements Delays {
    @Override
    public Scheduled after(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
