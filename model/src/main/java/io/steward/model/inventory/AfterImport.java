package io.steward.model.inventory;

import org.jooq.DSLContext;

/**
 * Work that must commit with an import, after its snapshot and targets are written (e.g. computing findings
 * for the new rows). Implemented by later model packages, which inventory does not know; importers only pass
 * it on, so they never touch the transaction themselves.
 */
public interface AfterImport {
    /** Runs inside the import's write transaction; {@code hadTarget}: the file wrote records of its own (people). */
    void run(DSLContext tx, SnapshotInfo snapshot, boolean hadTarget);
}
