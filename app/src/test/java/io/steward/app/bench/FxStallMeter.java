package io.steward.app.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the JavaFX thread is unavailable: a daemon thread posts a tiny task every 2 ms and
 * records how late it runs. The longest delay since {@link #reset()} is the longest stall a user would
 * feel (a click or a repaint waits that long).
 */
final class FxStallMeter implements AutoCloseable {
    private static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    private final AtomicLong maxDelay = new AtomicLong();
    /** Stalls over 20 ms as {posted, ran} nano times, to split them around a moment (the first frame). */
    private final java.util.List<long[]> longStalls = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Thread ticker;
    private volatile boolean running = true;
    /** With {@code -Dbench.stallStacks=true}: the FX thread's stack sampled every few ms while a stall lasts over 50 ms. */
    private final StallStacks stacks = Boolean.getBoolean("bench.stallStacks") ? new StallStacks() : null;
    private volatile Thread fxThread;

    FxStallMeter() {
        ticker = new Thread(this::tick, "fx-stall-meter");
        ticker.setDaemon(true);
        ticker.start();
    }

    private void tick() {
        while (running) {
            long posted = System.nanoTime();
            Object done = new Object();
            boolean[] ran = {false};
            Platform.runLater(() -> {
                long runAt = System.nanoTime();
                fxThread = Thread.currentThread();
                long delay = runAt - posted;
                maxDelay.accumulateAndGet(delay, Math::max);
                if (delay > TimeUnit.MILLISECONDS.toNanos(20)) {
                    longStalls.add(new long[] {posted, runAt});
                    if (stacks != null) {
                        stacks.stall(posted, runAt);
                    }
                }
                synchronized (done) {
                    ran[0] = true;
                    done.notifyAll();
                }
            });
            synchronized (done) {
                while (!ran[0] && running) {
                    try {
                        done.wait(stacks == null ? 1000 : 2);
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (!ran[0] && stacks != null && fxThread != null && System.nanoTime() - posted > 50_000_000L) {
                        stacks.sample(fxThread);
                    }
                    if (!ran[0]) {
                        // still blocked: count the time so far, so a stall shows even before it ends
                        maxDelay.accumulateAndGet(System.nanoTime() - posted, Math::max);
                    }
                }
            }
            java.util.concurrent.locks.LockSupport.parkNanos(PERIOD_NANOS);
        }
    }

    void reset() {
        maxDelay.set(0);
        longStalls.clear();
    }

    /** The longest stall since the last reset counting only its part after {@code nanoTime} (ms). */
    double maxStallAfterMs(long nanoTime) {
        return longStalls.stream().mapToLong(s -> s[1] - Math.max(s[0], nanoTime)).max().orElse(0) / 1e6;
    }

    /** The longest stall since the last reset counting only its part before {@code nanoTime} (ms). */
    double maxStallBeforeMs(long nanoTime) {
        return longStalls.stream().mapToLong(s -> Math.min(s[1], nanoTime) - s[0]).max().orElse(0) / 1e6;
    }

    /** Longest delay since the last reset, in milliseconds. */
    double maxStallMs() {
        return maxDelay.get() / 1e6;
    }

    @Override
    public void close() {
        running = false;
        if (stacks != null) {
            stacks.print();
        }
    }
}
