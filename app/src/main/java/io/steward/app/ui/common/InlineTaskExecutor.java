package io.steward.app.ui.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs tasks on the calling thread, outcome included, for view-model tests. {@link #immediate()}
 * runs each task inside {@code submit}; {@link #deferred()} holds tasks until {@link #runPending()},
 * so a test can act while a task is "running" (e.g. cancel it). Every progress report is delivered.
 */
public final class InlineTaskExecutor implements TaskExecutor {
    private final boolean deferred;
    private final List<TaskRun<?>> pending = new ArrayList<>();

    private InlineTaskExecutor(boolean deferred) {
        this.deferred = deferred;
    }

    public static InlineTaskExecutor immediate() {
        return new InlineTaskExecutor(false);
    }

    public static InlineTaskExecutor deferred() {
        return new InlineTaskExecutor(true);
    }

    @Override
    public <T> TaskHandle submit(BackgroundTask<T> task) {
        TaskRun<T> run = new TaskRun<>(task, Runnable::run, 0);
        if (deferred) {
            pending.add(run);
        } else {
            run.run();
        }
        return run;
    }

    /** Runs the held tasks (and any they submit) in submission order; returns how many ran. */
    public int runPending() {
        int ran = 0;
        while (!pending.isEmpty()) {
            pending.remove(0).run();
            ran++;
        }
        return ran;
    }

    @Override
    public void shutdown() {
        pending.forEach(TaskRun::cancel);
        runPending();
    }
}
