package io.steward.importers.columns;

import static io.steward.model.db.Tables.COLUMN_MAPPING;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.steward.importers.Importer;
import io.steward.model.inventory.Timestamps;
import io.steward.model.ledger.Ledger;
import io.steward.model.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;

/**
 * Column mappings saved per source and importer in the store (table {@code column_mapping}), so the next
 * import of the same source reads its columns the way the user confirmed. Saving replaces the previous one.
 * A mapping decides how a file's columns are read, so saving and forgetting one are ledger entries
 * ({@value #SAVED} and {@value #FORGOTTEN}) in the same transaction.
 */
public final class SavedColumnMappings {
    public static final String SAVED = "mapping.saved";
    public static final String FORGOTTEN = "mapping.forgotten";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Store store;
    private final Clock clock;

    public SavedColumnMappings(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public void save(String source, String importerId, ColumnMapping mapping, String actor) {
        store.write(tx -> {
            save(tx, source, importerId, mapping, actor);
            return null;
        });
    }

    /** Saves inside the caller's write transaction (so a failed import also forgets the mapping). */
    public void save(DSLContext tx, String source, String importerId, ColumnMapping mapping, String actor) {
        String json;
        try {
            json = JSON.writeValueAsString(new TreeMap<>(mapping.toIds()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String now = Timestamps.format(clock.instant());
        tx.insertInto(COLUMN_MAPPING)
                .set(COLUMN_MAPPING.SOURCE, source).set(COLUMN_MAPPING.IMPORTER_ID, importerId)
                .set(COLUMN_MAPPING.MAPPING, json).set(COLUMN_MAPPING.SAVED_AT, now).set(COLUMN_MAPPING.SAVED_BY, actor)
                .onConflict(COLUMN_MAPPING.SOURCE, COLUMN_MAPPING.IMPORTER_ID).doUpdate()
                .set(COLUMN_MAPPING.MAPPING, json).set(COLUMN_MAPPING.SAVED_AT, now).set(COLUMN_MAPPING.SAVED_BY, actor)
                .execute();
        new Ledger(store).append(tx, actor, SAVED, subject(source), payload(source, importerId, mapping));
    }

    private static String subject(String source) {
        return "mapping/" + source;
    }

    private static Map<String, Object> payload(String source, String importerId, ColumnMapping mapping) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("source", source);
        payload.put("importer", importerId);
        payload.put("columns", new TreeMap<>(mapping.toIds()));
        return payload;
    }

    /** One saved mapping: its source, the importer it is for, the mapping and who saved it when. */
    public record Saved(String source, String importerId, ColumnMapping mapping, String savedAt, String savedBy) {
    }

    /** Every saved mapping, by source then importer. */
    public java.util.List<Saved> list() {
        return store.read(tx -> saved(tx, org.jooq.impl.DSL.trueCondition()));
    }

    /** The mappings saved for a source (one per importer that read it), empty when none. */
    public java.util.List<Saved> forSource(String source) {
        return store.read(tx -> saved(tx, COLUMN_MAPPING.SOURCE.eq(source)));
    }

    private static java.util.List<Saved> saved(DSLContext tx, org.jooq.Condition where) {
        return tx.selectFrom(COLUMN_MAPPING).where(where).orderBy(COLUMN_MAPPING.SOURCE, COLUMN_MAPPING.IMPORTER_ID).fetch(r ->
                new Saved(r.getSource(), r.getImporterId(), parse(r.getMapping()), r.getSavedAt(), r.getSavedBy()));
    }

    /**
     * Forgets the mappings saved for a source, so its next import matches headers afresh (and asks again
     * when they are not recognised). Returns what was forgotten.
     */
    public java.util.List<Saved> forget(String source, String actor) {
        return store.write(tx -> {
            java.util.List<Saved> gone = saved(tx, COLUMN_MAPPING.SOURCE.eq(source));
            tx.deleteFrom(COLUMN_MAPPING).where(COLUMN_MAPPING.SOURCE.eq(source)).execute();
            Ledger ledger = new Ledger(store);
            for (Saved s : gone) {
                ledger.append(tx, actor, FORGOTTEN, subject(source), payload(source, s.importerId(), s.mapping()));
            }
            return gone;
        });
    }

    public Optional<ColumnMapping> find(String source, String importerId) {
        return store.read(tx -> find(tx, source, importerId));
    }

    public static Optional<ColumnMapping> find(DSLContext tx, String source, String importerId) {
        String json = tx.select(COLUMN_MAPPING.MAPPING).from(COLUMN_MAPPING)
                .where(COLUMN_MAPPING.SOURCE.eq(source)).and(COLUMN_MAPPING.IMPORTER_ID.eq(importerId)).fetchOne(COLUMN_MAPPING.MAPPING);
        return json == null ? Optional.empty() : Optional.of(parse(json));
    }

    private static ColumnMapping parse(String json) {
        try {
            Map<String, String> ids = JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
            return ColumnMapping.fromIds(ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The importer to use for {@code file}: a spreadsheet importer gets the mapping saved for the file's source. */
    public Importer configure(Importer importer, Path file) {
        return store.read(tx -> configure(tx, importer, file));
    }

    /** As {@link #configure(Importer, Path)}, reading inside the caller's transaction. */
    public static Importer configure(DSLContext tx, Importer importer, Path file) {
        if (importer instanceof MappableImporter m) {
            return find(tx, m.sourceOf(file), m.id()).<Importer>map(m::withMapping).orElse(importer);
        }
        return importer;
    }
}
