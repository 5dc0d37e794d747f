package io.steward.app.ui.common;

/** A background task failed and nobody handled it; carries the task's name for the log and the error dialog. */
public final class BackgroundTaskException extends RuntimeException {
    private final String taskName;

    public BackgroundTaskException(String taskName, Throwable cause) {
        super("The background task \"" + taskName + "\" failed: " + cause.getMessage(), cause);
        this.taskName = taskName;
    }

    public String taskName() {
        return taskName;
    }
}
