package io.steward.model.inventory;

import io.steward.model.ledger.Ledger;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

import static io.steward.model.db.Tables.SOURCE_NAME;

/**
 * The source names users gave for files that do not name their own (a Kubernetes cluster), per importer and file-name
 * pattern (the file name without extension, dates and numbers). Saving one is a {@value #REMEMBERED} ledger entry in the
 * import's own transaction, so a failed import remembers nothing.
 */
public final class RememberedSources {
    /** Ledger kind: a source name remembered for a file-name pattern. */
    public static final String REMEMBERED = "source.remembered";

    /** Payload of {@link #REMEMBERED}. */
    public record Remembered(String importer, String filePattern, String source) {
    }

    private RememberedSources() {
    }

    public static Optional<String> find(DSLContext tx, String importerId, String filePattern) {
        return tx.select(SOURCE_NAME.SOURCE).from(SOURCE_NAME)
                .where(SOURCE_NAME.IMPORTER_ID.eq(importerId).and(SOURCE_NAME.FILE_PATTERN.eq(filePattern)))
                .fetchOptional(SOURCE_NAME.SOURCE);
    }

    /** Remembers {@code source} for files named like {@code filePattern}; no entry when it is already the remembered one. */
    static void remember(DSLContext tx, Ledger ledger, String importerId, String filePattern, String source, String actor, Instant now) {
        if (find(tx, importerId, filePattern).filter(source::equals).isPresent()) {
            return;
        }
        String at = Timestamps.format(now);
        tx.insertInto(SOURCE_NAME).set(SOURCE_NAME.IMPORTER_ID, importerId).set(SOURCE_NAME.FILE_PATTERN, filePattern)
                .set(SOURCE_NAME.SOURCE, source).set(SOURCE_NAME.SAVED_AT, at).set(SOURCE_NAME.SAVED_BY, actor)
                .onConflict(SOURCE_NAME.IMPORTER_ID, SOURCE_NAME.FILE_PATTERN).doUpdate()
                .set(SOURCE_NAME.SOURCE, source).set(SOURCE_NAME.SAVED_AT, at).set(SOURCE_NAME.SAVED_BY, actor)
                .execute();
        ledger.append(tx, actor, InventoryEntries.SOURCE_REMEMBERED, source, new Remembered(importerId, filePattern, source));
    }
}
