package io.steward.app.cli;

import java.util.List;

/**
 * Streams rows of a command's result in one {@link OutputFormat}, so a million-row listing never
 * sits in memory. Values are strings, numbers, booleans, Jackson trees or null.
 */
interface RowWriter extends AutoCloseable {
    void row(List<?> values);

    /** Finishes the output (closing bracket, pending table rows); does not close the stream. */
    @Override
    void close();
}
