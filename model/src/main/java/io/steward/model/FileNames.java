package io.steward.model;

import java.nio.file.Path;

/**
 * How the name of a file a decision came from (a step-up request file, an ownership rules file) is written into the
 * append-only ledger. The app hands in the importers' secret guard, so a token in a file name is redacted before it
 * could be stored for good; {@link #AS_GIVEN} is for tests and tools that have no guard.
 */
@FunctionalInterface
public interface FileNames {
    FileNames AS_GIVEN = file -> String.valueOf(file.getFileName());

    /** The file's name as it may be stored, printed and logged. */
    String storable(Path file);
}
