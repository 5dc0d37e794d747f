package io.steward.app.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@link Delays} for tests: holds each action until {@link #runDue()}; cancelled ones never run. */
public final class ManualDelays implements Delays {
    private final List<Entry> scheduled = new ArrayList<>();

    private static final class Entry {
        final Duration delay;
        final Runnable action;
        boolean cancelled;

        Entry(Duration delay, Runnable action) {
            this.delay = delay;
            this.action = action;
        }
    }

    @Override
    public Scheduled after(Duration delay, Runnable action) {
        Entry e = new Entry(delay, action);
        scheduled.add(e);
        return () -> e.cancelled = true;
    }

    /** How many actions are waiting and not cancelled. */
    public long waiting() {
        return scheduled.stream().filter(e -> !e.cancelled).count();
    }

    public Duration lastDelay() {
        return scheduled.get(scheduled.size() - 1).delay;
    }

    /** Runs every action that was not cancelled, in order. */
    public void runDue() {
        List<Entry> due = new ArrayList<>(scheduled);
        scheduled.clear();
        due.stream().filter(e -> !e.cancelled).forEach(e -> e.action.run());
    }
}
