package io.steward.app.ui.common;

/** The body of a background task; it runs off the UI thread and must not touch UI-bound state. */
@FunctionalInterface
public interface Work<T> {
    T run(TaskContext context) throws Exception;
}
