package io.steward.app.ui.common;

import java.time.Duration;

/** Runs only the last of a burst of actions, {@code quiet} after the burst ends (e.g. a search while typing). */
public final class Debouncer {
    private final Delays delays;
    private final Duration quiet;
    private Object latest;
    private Delays.Scheduled pending;

    public Debouncer(Delays delays, Duration quiet) {
        this.delays = delays;
        this.quiet = quiet;
    }

    public void submit(Runnable action) {
        cancel();
        Object token = new Object();
        latest = token;
        pending = delays.after(quiet, () -> {
            if (latest == token) {
                latest = null;
                action.run();
            }
        });
    }

    /** Drops the action waiting to run, if any. */
    public void cancel() {
        latest = null;
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }
}
