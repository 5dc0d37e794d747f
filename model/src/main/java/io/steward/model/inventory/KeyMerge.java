package io.steward.model.inventory;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import static io.steward.model.db.Tables.IDENTITY;
import static io.steward.model.db.Tables.IDENTITY_ALIAS;
import static io.steward.model.db.Tables.SNAPSHOT;

/**
 * After an import, in its transaction: joins the current rows of one principal under one identity key and elects
 * the representative row ({@code key_head}) that the inventory lists. Rows of one key always share a source (the
 * key holds the source, or is an ARN, which names its account), so only the imported source is looked at.
 * <ol>
 * <li>A row keyed by the principal it names (a GCP policy member or key names its account by e-mail) takes the key
 * of the current row in its source that has that id as an alias (the account's own record, keyed by uniqueId).
 * A row's own key never changes.</li>
 * <li>Each key's representative: the principal's own record first, then the one used most recently, then one with
 * an owner hint, then the oldest row. The others of the key stay current with {@code key_head} NULL.</li>
 * </ol>
 * A source described by one importer alone costs nothing: every row inserted is its key's representative.
 */
final class KeyMerge {
    private KeyMerge() {
    }

    /**
     * @param principals whether any row of the new snapshot names its principal by another id
     */
    static void afterImport(DSLContext tx, long snapshotId, String source, boolean principals) {
        Long current = tx.select(IDENTITY.ID).from(IDENTITY).where(IDENTITY.SNAPSHOT_ID.eq(snapshotId))
                .and(IDENTITY.CURRENT.eq(DSL.inline(1L))).limit(1).fetchOne(IDENTITY.ID);
        if (current == null) {
            return; // an older export of its series: nothing of it is current
        }
        List<Long> snapshots = tx.select(SNAPSHOT.ID).from(SNAPSHOT).where(SNAPSHOT.SOURCE.eq(source))
                .andExists(DSL.selectOne().from(IDENTITY).where(IDENTITY.SNAPSHOT_ID.eq(SNAPSHOT.ID))
                        .and(IDENTITY.CURRENT.eq(DSL.inline(1L))))
                .fetch(SNAPSHOT.ID);
        if (snapshots.size() <= 1 && !principals) {
            return;
        }
        resolvePrincipals(tx, source, snapshots);
        electHeads(tx, source, snapshots);
    }

    private static void resolvePrincipals(DSLContext tx, String source, List<Long> snapshots) {
        var o = IDENTITY.as("o");
        Field<String> named = DSL.substring(IDENTITY.IDENTITY_KEY, DSL.inline(source.length() + 2));
        Field<String> resolved = DSL.select(o.IDENTITY_KEY).from(IDENTITY_ALIAS).join(o).on(o.ID.eq(IDENTITY_ALIAS.IDENTITY_ID))
                .where(IDENTITY_ALIAS.ALIAS.eq(named)).and(o.CURRENT.eq(DSL.inline(1L))).and(o.SNAPSHOT_ID.in(snapshots))
                .orderBy(o.ID.desc()).limit(1).asField();
        tx.update(IDENTITY).set(IDENTITY.IDENTITY_KEY, DSL.coalesce(resolved, IDENTITY.IDENTITY_KEY))
                .where(IDENTITY.CURRENT.eq(DSL.inline(1L))).and(IDENTITY.SNAPSHOT_ID.in(snapshots))
                .and(IDENTITY.IDENTITY_KEY.ne(IDENTITY.NATIVE_ID))
                .and(IDENTITY.IDENTITY_KEY.ne(DSL.inline(source + "|").concat(IDENTITY.NATIVE_ID)))
                .and(DSL.exists(DSL.selectOne().from(IDENTITY_ALIAS).join(o).on(o.ID.eq(IDENTITY_ALIAS.IDENTITY_ID))
                        .where(IDENTITY_ALIAS.ALIAS.eq(named)).and(o.CURRENT.eq(DSL.inline(1L))).and(o.SNAPSHOT_ID.in(snapshots))))
                .execute();
    }

    private static void electHeads(DSLContext tx, String source, List<Long> snapshots) {
        var o = IDENTITY.as("o");
        Field<Long> head = DSL.select(o.ID).from(o)
                .where(o.CURRENT.eq(DSL.inline(1L))).and(o.IDENTITY_KEY.eq(IDENTITY.IDENTITY_KEY))
                .orderBy(DSL.when(o.IDENTITY_KEY.eq(o.NATIVE_ID).or(o.IDENTITY_KEY.eq(DSL.inline(source + "|").concat(o.NATIVE_ID))),
                                DSL.inline(0)).otherwise(DSL.inline(1)),
                        DSL.when(o.LAST_USED_AT.isNull(), DSL.inline(1)).otherwise(DSL.inline(0)), o.LAST_USED_AT.desc(),
                        DSL.when(o.OWNER_HINT.isNull(), DSL.inline(1)).otherwise(DSL.inline(0)), o.ID)
                .limit(1).asField();
        // Two statements that write only the rows whose mark changes: the browse indexes hold key_head in their WHERE.
        tx.update(IDENTITY).setNull(IDENTITY.KEY_HEAD)
                .where(IDENTITY.CURRENT.eq(DSL.inline(1L))).and(IDENTITY.SNAPSHOT_ID.in(snapshots))
                .and(IDENTITY.KEY_HEAD.eq(DSL.inline(1L))).and(IDENTITY.ID.ne(head))
                .execute();
        tx.update(IDENTITY).set(IDENTITY.KEY_HEAD, DSL.inline(1L))
                .where(IDENTITY.CURRENT.eq(DSL.inline(1L))).and(IDENTITY.SNAPSHOT_ID.in(snapshots))
                .and(IDENTITY.KEY_HEAD.isNull()).and(IDENTITY.ID.eq(head))
                .execute();
    }
}
