package io.steward.app.ui.common;

/**
 * Runs {@link BackgroundTask}s off the UI thread and delivers their results, failures and progress
 * on it. The console uses {@link FxTaskExecutor}; view-model tests use {@link InlineTaskExecutor}.
 */
public interface TaskExecutor {
    <T> TaskHandle submit(BackgroundTask<T> task);

    /** Cancels running tasks, waits briefly for them to finish and stops the threads. */
    void shutdown();
}
