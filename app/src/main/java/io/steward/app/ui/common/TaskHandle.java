package io.steward.app.ui.common;

/** A submitted task: ask it to stop. Cancellation is cooperative (the work polls {@link TaskContext#isCancelled()}). */
public interface TaskHandle {
    void cancel();

    boolean isCancelled();
}
