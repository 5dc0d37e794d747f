package io.steward.app.ui.common;

/** What background work sees of its task: report progress, notice cancellation. */
public interface TaskContext {
    /** Cheap enough to call for every record: the UI only samples the latest values. */
    void progress(long done, long total);

    boolean isCancelled();
}
