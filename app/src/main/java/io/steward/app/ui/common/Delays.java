package io.steward.app.ui.common;

import java.time.Duration;

/**
 * Runs an action on the UI thread after a delay, e.g. to debounce typing. The console uses
 * {@link FxDelays}; view-model tests use one that runs at once or when the test says.
 */
@FunctionalInterface
public interface Delays {
    /** Schedules {@code action}; the returned handle cancels it if it has not run yet. */
    Scheduled after(Duration delay, Runnable action);

    /** Runs every action at once, on the calling thread. */
    Delays IMMEDIATE = (delay, action) -> {
        action.run();
        return () -> { };
    };

    @FunctionalInterface
    interface Scheduled {
        void cancel();
    }
}
