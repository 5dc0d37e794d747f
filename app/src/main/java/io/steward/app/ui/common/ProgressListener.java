package io.steward.app.ui.common;

/** Receives progress on the UI thread, at most every few tens of milliseconds. */
@FunctionalInterface
public interface ProgressListener {
    void progress(long done, long total);
}
