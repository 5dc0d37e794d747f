package io.steward.app.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Progress from a worker that may report a million times a second: it records the latest values
 * and hands at most one update per interval to the UI thread, never queueing more than one.
 */
final class ThrottledProgress {
    private final ProgressListener listener;
    private final Executor uiThread;
    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile long done;
    private volatile long total;
    private long lastSent;
    private boolean sentAny;

    ThrottledProgress(ProgressListener listener, Executor uiThread, long intervalNanos, LongSupplier nanoClock) {
        this.listener = listener;
        this.uiThread = uiThread;
        this.intervalNanos = intervalNanos;
        this.nanoClock = nanoClock;
    }

    /** Called by the worker thread. */
    void update(long doneNow, long totalNow) {
        this.done = doneNow;
        this.total = totalNow;
        long now = nanoClock.getAsLong();
        if (sentAny && now - lastSent < intervalNanos) {
            return;
        }
        sentAny = true;
        lastSent = now;
        send();
    }

    /** The final values, so the UI never stops short of 100 %. */
    void flush() {
        if (sentAny) {
            send();
        }
    }

    private void send() {
        if (queued.compareAndSet(false, true)) {
            uiThread.execute(() -> {
                queued.set(false);
                listener.progress(done, total);
            });
        }
    }
}
