package io.steward.app.ui.common;

/**
 * Runs each task to the end on the calling thread, outcome included, so view-model tests see the
 * result as soon as {@code submit} returns. Every progress report is delivered.
 */
public final class InlineTaskExecutor implements TaskExecutor {
    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        TaskRun<T> run = new TaskRun<>(task, Runnable::run, 0);
        run.run();
        return run;
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}
