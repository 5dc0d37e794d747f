package io.steward.app.ui.common;

/**
 * Background tasks of which only the latest one matters (a page for the latest search, the detail of the
 * latest selection): submitting one cancels the one before and drops its outcome, even if it already
 * finished and its result is on its way to the UI thread. Use it from the UI thread only.
 */
public final class LatestOnly {
    private final TaskExecutor executor;
    private long generation;
    private TaskHandle running;

    public LatestOnly(TaskExecutor executor) {
        this.executor = executor;
    }

    public <T> void submit(BackgroundTask<T> task) {
        long mine = forget();
        BackgroundTask<T> guarded = BackgroundTask.of(task.name(), task.work())
                .onSuccess(result -> {
                    if (mine == generation) {
                        task.successHandler().accept(result);
                    }
                })
                .onFinished(() -> {
                    if (mine == generation) {
                        running = null;
                        task.finishedHandler().run();
                    }
                });
        if (task.handlesFailure()) {
            guarded.onFailure(e -> {
                if (mine == generation) {
                    task.failureHandler().accept(e);
                }
            });
        }
        TaskHandle handle = executor.submit(guarded);
        if (mine == generation) {
            running = handle; // cancelling a task that already finished does nothing
        }
    }

    /** Cancels the running task and drops its outcome; returns the new generation. */
    public long forget() {
        generation++;
        if (running != null) {
            running.cancel();
            running = null;
        }
        return generation;
    }
}
