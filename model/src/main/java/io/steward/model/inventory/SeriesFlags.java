package io.steward.model.inventory;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;

import static io.steward.model.db.Tables.IDENTITY;
import static io.steward.model.db.Tables.SNAPSHOT;

/**
 * Keeps {@code identity.current} true for the rows of the newest snapshot of each series (same source and
 * importer) and NULL elsewhere. "Newest" is by the export's own time (generated-at, else imported-at),
 * then by id, so importing an older export does not hide a newer one.
 */
final class SeriesFlags {
    private SeriesFlags() {
    }

    /** The time a snapshot describes, as stored text. */
    static Field<String> asOf() {
        return DSL.coalesce(SNAPSHOT.GENERATED_AT, SNAPSHOT.IMPORTED_AT);
    }

    /** Called in the import transaction once the snapshot row is complete. */
    static void markCurrent(DSLContext tx, long snapshotId) {
        Record2<String, String> series = tx.select(SNAPSHOT.SOURCE, SNAPSHOT.IMPORTER_ID).from(SNAPSHOT)
                .where(SNAPSHOT.ID.eq(snapshotId)).fetchOne();
        Long newest = tx.select(SNAPSHOT.ID).from(SNAPSHOT)
                .where(SNAPSHOT.SOURCE.eq(series.value1()).and(SNAPSHOT.IMPORTER_ID.eq(series.value2())))
                .orderBy(asOf().desc(), SNAPSHOT.ID.desc()).limit(1).fetchOne(SNAPSHOT.ID);
        if (newest != null && newest == snapshotId) {
            tx.update(IDENTITY).setNull(IDENTITY.CURRENT).setNull(IDENTITY.KEY_HEAD)
                    .where(IDENTITY.CURRENT.eq(DSL.inline(1L)))
                    .and(IDENTITY.SNAPSHOT_ID.in(DSL.select(SNAPSHOT.ID).from(SNAPSHOT)
                            .where(SNAPSHOT.SOURCE.eq(series.value1()).and(SNAPSHOT.IMPORTER_ID.eq(series.value2()))
                                    .and(SNAPSHOT.ID.ne(snapshotId)))))
                    .execute();
        } else {
            tx.update(IDENTITY).setNull(IDENTITY.CURRENT).setNull(IDENTITY.KEY_HEAD).where(IDENTITY.SNAPSHOT_ID.eq(snapshotId)).execute();
        }
    }
}
