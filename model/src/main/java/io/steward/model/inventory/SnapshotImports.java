package io.steward.model.inventory;

import io.steward.model.ledger.Ledger;
import io.steward.model.store.OwnerOnlyFiles;
import io.steward.model.store.Store;
import io.steward.model.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The write side of importing, for the import service: a committed import is one write transaction on the
 * ledger; a preview runs the same work against a scratch ledger in a temporary folder, deleted afterwards, so
 * an open preview never holds the ledger's write lock and never blocks a decision.
 */
public final class SnapshotImports {
    private final Ledger ledger;
    private final Clock clock;
    private final ColumnMappings mappings;

    public SnapshotImports(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
        this.mappings = new ColumnMappings(ledger, clock);
    }

    public ColumnMappings mappings() {
        return mappings;
    }

    /** Runs {@code work} in one write transaction of the ledger: all of it is stored, or nothing. */
    public <T> T commit(Function<ImportSession, T> work) {
        return ledger.store().write(tx -> work.apply(new ImportSession(tx, ledger, mappings, false)));
    }

    /** Runs {@code work} against a scratch ledger (saved mappings are read from the real one); nothing is kept. */
    public <T> T preview(Function<ImportSession, T> work) {
        Path dir;
        try {
            dir = OwnerOnlyFiles.createTempDirectory("steward-preview");
        } catch (IOException e) {
            throw new StoreException("Cannot create a scratch folder for the preview: " + e.getMessage(), e);
        }
        try (Store scratch = Store.open(dir.resolve("preview.steward"))) {
            Ledger scratchLedger = new Ledger(scratch, clock);
            return scratch.write(tx -> work.apply(new ImportSession(tx, scratchLedger, mappings, true)));
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(SnapshotImports.class).warn("Could not delete the preview scratch folder {}: {}", dir,
                    e.getMessage());
        }
    }
}
