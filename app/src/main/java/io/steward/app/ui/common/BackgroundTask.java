package io.steward.app.ui.common;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A piece of work plus what to do with its outcome on the UI thread. Without an
 * {@link #onFailure} handler a failure is rethrown on the UI thread, where the fallback
 * exception handler logs it and tells the user.
 */
public final class BackgroundTask<T> {
    private final String name;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };
    private ProgressListener onProgress;

    private BackgroundTask(String name, Work<T> work) {
        this.name = Objects.requireNonNull(name);
        this.work = Objects.requireNonNull(work);
    }

    /** {@code name} appears in thread names and the log, e.g. "verify ledger". */
    public static <T> BackgroundTask<T> of(String name, Work<T> work) {
        return new BackgroundTask<>(name, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    /** Runs after success, failure or cancellation, e.g. to clear a busy flag. */
    public BackgroundTask<T> onFinished(Runnable handler) {
        this.onFinished = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onProgress(ProgressListener listener) {
        this.onProgress = Objects.requireNonNull(listener);
        return this;
    }

    public String name() {
        return name;
    }

    Work<T> work() {
        return work;
    }

    Consumer<? super T> successHandler() {
        return onSuccess;
    }

    Consumer<Throwable> failureHandler() {
        return onFailure;
    }

    boolean handlesFailure() {
        return onFailure != null;
    }

    Runnable cancelledHandler() {
        return onCancelled;
    }

    Runnable finishedHandler() {
        return onFinished;
    }

    ProgressListener progressListener() {
        return onProgress;
    }
}
