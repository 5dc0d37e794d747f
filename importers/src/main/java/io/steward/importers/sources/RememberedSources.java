package io.steward.importers.sources;

import io.steward.model.inventory.Timestamps;
import io.steward.model.ledger.Ledger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;

import static io.steward.model.db.Tables.SOURCE_NAME;

/**
 * The source names users gave for files that do not name their own, per importer and file-name pattern
 * ({@link NamedSourceImporter#filePattern}). Saving one is a ledger entry in the import's own transaction, so a failed
 * import remembers nothing.
 */
public final class RememberedSources {
    /** Ledger kind: a source name remembered for a file-name pattern. */
    public static final String REMEMBERED = "source.remembered";

    /** Payload of {@link #REMEMBERED}. */
    public record Remembered(String importer, String filePattern, String source) {
    }

    private RememberedSources() {
    }

    public static Optional<String> find(DSLContext tx, String importerId, Path file) {
        return tx.select(SOURCE_NAME.SOURCE).from(SOURCE_NAME)
                .where(SOURCE_NAME.IMPORTER_ID.eq(importerId).and(SOURCE_NAME.FILE_PATTERN.eq(NamedSourceImporter.filePattern(file))))
                .fetchOptional(SOURCE_NAME.SOURCE);
    }

    /** Remembers {@code source} for files named like {@code file}; no entry when it is already the remembered one. */
    public static void remember(DSLContext tx, Ledger ledger, String importerId, Path file, String source, String actor, Instant now) {
        String pattern = NamedSourceImporter.filePattern(file);
        if (find(tx, importerId, file).filter(source::equals).isPresent()) {
            return;
        }
        tx.insertInto(SOURCE_NAME).set(SOURCE_NAME.IMPORTER_ID, importerId).set(SOURCE_NAME.FILE_PATTERN, pattern)
                .set(SOURCE_NAME.SOURCE, source).set(SOURCE_NAME.SAVED_AT, Timestamps.format(now)).set(SOURCE_NAME.SAVED_BY, actor)
                .onConflict(SOURCE_NAME.IMPORTER_ID, SOURCE_NAME.FILE_PATTERN).doUpdate()
                .set(SOURCE_NAME.SOURCE, source).set(SOURCE_NAME.SAVED_AT, Timestamps.format(now)).set(SOURCE_NAME.SAVED_BY, actor)
                .execute();
        ledger.append(tx, actor, REMEMBERED, source, new Remembered(importerId, pattern, source));
    }
}
