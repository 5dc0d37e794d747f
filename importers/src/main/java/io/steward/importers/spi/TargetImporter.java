package io.steward.importers.spi;

import io.steward.model.inventory.ImportTarget;
import java.io.IOException;
import java.nio.file.Path;

/**
 * An importer whose records are not identities but go to a target of their own (e.g. the people of a people
 * directory). The import service treats the file like any other: one snapshot, one ledger entry, screened for
 * secrets; the target's records are written in the same transaction.
 */
public interface TargetImporter extends Importer {
    /** Where the records went, and how many there were. */
    record Targeted(ImportTarget target, long records) {
    }

    /** Reads every record, screened through {@code sink} (which also receives the source and warnings). */
    Targeted readTarget(Path file, RecordSink sink, Cancellation cancel) throws IOException;
}
