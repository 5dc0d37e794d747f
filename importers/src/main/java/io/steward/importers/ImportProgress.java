package io.steward.importers;

/**
 * Progress of one file. Called from the importing thread, often: implementations must be cheap
 * (e.g. write volatile fields that a UI samples) and must not block.
 */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (bytesRead, totalBytes, records) -> { };

    void update(long bytesRead, long totalBytes, long records);

    /** The file is read and stored; findings are being computed ({@code done} of {@code total} rules run). */
    default void findings(int done, int total) {
    }
}
