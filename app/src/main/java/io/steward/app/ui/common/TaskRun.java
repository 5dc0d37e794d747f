package io.steward.app.ui.common;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One execution of a {@link BackgroundTask}: runs the work, then hands the outcome to the UI thread. */
final class TaskRun<T> implements TaskContext, TaskHandle, Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRun.class);

    private final BackgroundTask<T> task;
    private final Executor uiThread;
    private final ThrottledProgress progress;
    private volatile boolean cancelled;

    TaskRun(BackgroundTask<T> task, Executor uiThread, long progressIntervalNanos) {
        this.task = task;
        this.uiThread = uiThread;
        this.progress = task.progressListener() == null ? null
                : new ThrottledProgress(task.progressListener(), uiThread, progressIntervalNanos, System::nanoTime);
    }

    @Override
    public void run() {
        T result;
        try {
            if (cancelled) {
                throw new CancellationException();
            }
            result = task.work().run(this);
            if (cancelled) {
                throw new CancellationException();
            }
        } catch (CancellationException e) {
            LOG.info("{} cancelled", task.name());
            finish(task.cancelledHandler());
            return;
        } catch (Exception | Error e) {
            // Errors too (e.g. a missing class): the busy flags in onFinished must still clear.
            finish(() -> fail(e));
            return;
        }
        if (progress != null) {
            progress.flush();
        }
        finish(() -> task.successHandler().accept(result));
    }

    private void fail(Throwable e) {
        if (!task.handlesFailure()) {
            // Unhandled: the fallback handler on the UI thread logs it and tells the user.
            throw new BackgroundTaskException(task.name(), e);
        }
        LOG.warn("{} failed", task.name(), e);
        task.failureHandler().accept(e);
    }

    private void finish(Runnable outcome) {
        uiThread.execute(() -> {
            try {
                outcome.run();
            } finally {
                task.finishedHandler().run();
            }
        });
    }

    @Override
    public void progress(long done, long total) {
        if (progress != null) {
            progress.update(done, total);
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void cancel() {
        cancelled = true;
    }
}
