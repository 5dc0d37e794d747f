package io.steward.model.inventory;

import static io.steward.model.db.Tables.COLUMN_MAPPING;

import com.fasterxml.jackson.core.type.TypeReference;
import io.steward.model.json.CanonicalJson;
import io.steward.model.ledger.Ledger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Column mappings saved per source and importer (table {@code column_mapping}), so the next import of the
 * same source reads its columns the way the user confirmed; saving replaces the previous one. A mapping
 * decides how a file's columns are read, so saving and forgetting one are ledger entries
 * ({@code mapping.saved}, {@code mapping.forgotten}) in the same transaction. A mapping is held as header →
 * concept id; the importers turn it into their own type.
 */
public final class ColumnMappings {
    private final Ledger ledger;
    private final Clock clock;

    public ColumnMappings(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** One saved mapping: its source, the importer it is for, header → concept id, and who saved it when. */
    public record Saved(String source, String importerId, Map<String, String> columns, String savedAt, String savedBy) {
        public Saved {
            columns = java.util.Collections.unmodifiableMap(new TreeMap<>(columns));
        }
    }

    /** Saves in its own write transaction. */
    public void save(String source, String importerId, Map<String, String> columns, String actor) {
        ledger.store().write(tx -> {
            save(tx, source, importerId, columns, actor);
            return null;
        });
    }

    /** Saves inside the caller's write transaction (so a failed import also forgets the mapping). */
    public void save(DSLContext tx, String source, String importerId, Map<String, String> columns, String actor) {
        String json = CanonicalJson.string(CanonicalJson.tree(new TreeMap<>(columns)));
        String now = Timestamps.format(clock.instant());
        tx.insertInto(COLUMN_MAPPING)
                .set(COLUMN_MAPPING.SOURCE, source).set(COLUMN_MAPPING.IMPORTER_ID, importerId)
                .set(COLUMN_MAPPING.MAPPING, json).set(COLUMN_MAPPING.SAVED_AT, now).set(COLUMN_MAPPING.SAVED_BY, actor)
                .onConflict(COLUMN_MAPPING.SOURCE, COLUMN_MAPPING.IMPORTER_ID).doUpdate()
                .set(COLUMN_MAPPING.MAPPING, json).set(COLUMN_MAPPING.SAVED_AT, now).set(COLUMN_MAPPING.SAVED_BY, actor)
                .execute();
        ledger.append(tx, actor, InventoryEntries.MAPPING_SAVED, subject(source), new ColumnMappingEntry(source, importerId, columns));
    }

    /**
     * Forgets the mappings saved for a source, so its next import matches headers afresh (and asks again
     * when they are not recognised). Returns what was forgotten.
     */
    public List<Saved> forget(String source, String actor) {
        return ledger.store().write(tx -> {
            List<Saved> gone = saved(tx, COLUMN_MAPPING.SOURCE.eq(source));
            tx.deleteFrom(COLUMN_MAPPING).where(COLUMN_MAPPING.SOURCE.eq(source)).execute();
            for (Saved s : gone) {
                ledger.append(tx, actor, InventoryEntries.MAPPING_FORGOTTEN, subject(source),
                        new ColumnMappingEntry(source, s.importerId(), s.columns()));
            }
            return gone;
        });
    }

    /** Every saved mapping, by source then importer. */
    public List<Saved> list() {
        return ledger.store().read(tx -> saved(tx, DSL.trueCondition()));
    }

    /** The mappings saved for a source (one per importer that read it), empty when none. */
    public List<Saved> forSource(String source) {
        return ledger.store().read(tx -> saved(tx, COLUMN_MAPPING.SOURCE.eq(source)));
    }

    public Optional<Saved> find(String source, String importerId) {
        return ledger.store().read(tx -> find(tx, source, importerId));
    }

    /** As {@link #find(String, String)}, inside the caller's transaction. */
    public static Optional<Saved> find(DSLContext tx, String source, String importerId) {
        return saved(tx, COLUMN_MAPPING.SOURCE.eq(source).and(COLUMN_MAPPING.IMPORTER_ID.eq(importerId))).stream().findFirst();
    }

    private static String subject(String source) {
        return "mapping/" + source;
    }

    private static List<Saved> saved(DSLContext tx, Condition where) {
        return tx.selectFrom(COLUMN_MAPPING).where(where).orderBy(COLUMN_MAPPING.SOURCE, COLUMN_MAPPING.IMPORTER_ID).fetch(r ->
                new Saved(r.getSource(), r.getImporterId(), parse(r.getMapping()), r.getSavedAt(), r.getSavedBy()));
    }

    private static Map<String, String> parse(String json) {
        try {
            return CanonicalJson.MAPPER.readValue(json, new TypeReference<TreeMap<String, String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
