package io.steward.exports.rows;

import java.util.List;

/**
 * Streams rows of a result (a command's output, an exported file), so a million-row listing never
 * sits in memory. Values are strings, numbers, booleans, Jackson trees or null.
 */
public interface RowWriter extends AutoCloseable {
    void row(List<?> values);

    /** Finishes the output (closing bracket, pending table rows); does not close the stream. */
    @Override
    void close();
}
