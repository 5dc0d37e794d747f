package io.steward.app.ui.common;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's executor: a small pool of named daemon threads with an uncaught-exception handler;
 * outcomes and (throttled) progress go to the JavaFX thread through {@link Platform#runLater}.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    private static final int THREADS = 3;
    private static final long PROGRESS_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long SHUTDOWN_WAIT_SECONDS = 5;

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS, new NamedDaemonThreads());
    private final Set<TaskRun<?>> running = ConcurrentHashMap.newKeySet();

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        TaskRun<T> run = new TaskRun<>(task, Platform::runLater, PROGRESS_INTERVAL_NANOS);
        running.add(run);
        pool.execute(() -> {
            String threadName = Thread.currentThread().getName();
            Thread.currentThread().setName(threadName + " " + task.name());
            try {
                run.run();
            } finally {
                running.remove(run);
                Thread.currentThread().setName(threadName);
            }
        });
        return run;
    }

    @Override
    public void shutdown() {
        running.forEach(TaskRun::cancel);
        pool.shutdown();
        try {
            if (!pool.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("background tasks still running after {} s at shutdown", SHUTDOWN_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Task outcomes are caught in TaskRun; this only sees faults of the pool itself. */
    private static void uncaught(Thread thread, Throwable e) {
        Thread.UncaughtExceptionHandler fallback = Thread.getDefaultUncaughtExceptionHandler();
        if (fallback != null) {
            fallback.uncaughtException(thread, e);
        } else {
            LOG.error("uncaught exception on {}", thread.getName(), e);
        }
    }

    private static final class NamedDaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "steward-task-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler(FxTaskExecutor::uncaught);
            return t;
        }
    }
}
