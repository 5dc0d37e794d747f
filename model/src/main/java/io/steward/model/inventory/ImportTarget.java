package io.steward.model.inventory;

import org.jooq.DSLContext;

/**
 * Where the records of a file go when they are not identities (e.g. the people of a people directory): written in
 * the import's transaction right after its snapshot, so they commit or roll back with it. Implementations live in
 * the model package that owns the table; importers only pass them on.
 */
public interface ImportTarget {
    /** Writes the records for {@code snapshot} inside the import's write transaction. */
    void write(DSLContext tx, SnapshotInfo snapshot);
}
