package io.steward.model.owners;

import static io.steward.model.db.Tables.IDENTITY_OWNER;
import static io.steward.model.db.Tables.OWNER_HISTORY;

import org.jooq.DSLContext;

/** Writes one owner.assigned entry into the current-owner and history tables (also used to rebuild them). */
final class OwnerProjection {
    private OwnerProjection() {
    }

    static void apply(DSLContext tx, long seq, String key, OwnerEntries.Assigned p, String time, String actor) {
        tx.insertInto(IDENTITY_OWNER)
                .set(IDENTITY_OWNER.IDENTITY_KEY, key).set(IDENTITY_OWNER.OWNER, p.owner()).set(IDENTITY_OWNER.OWNER_KIND, p.ownerKind())
                .set(IDENTITY_OWNER.BACKUP, p.backup()).set(IDENTITY_OWNER.BACKUP_KIND, p.backupKind())
                .set(IDENTITY_OWNER.REASON, p.reason()).set(IDENTITY_OWNER.ASSIGNED_AT, time)
                .set(IDENTITY_OWNER.ASSIGNED_BY, actor).set(IDENTITY_OWNER.LEDGER_SEQ, seq)
                .onConflict(IDENTITY_OWNER.IDENTITY_KEY).doUpdate()
                .set(IDENTITY_OWNER.OWNER, p.owner()).set(IDENTITY_OWNER.OWNER_KIND, p.ownerKind())
                .set(IDENTITY_OWNER.BACKUP, p.backup()).set(IDENTITY_OWNER.BACKUP_KIND, p.backupKind())
                .set(IDENTITY_OWNER.REASON, p.reason()).set(IDENTITY_OWNER.ASSIGNED_AT, time)
                .set(IDENTITY_OWNER.ASSIGNED_BY, actor).set(IDENTITY_OWNER.LEDGER_SEQ, seq)
                .execute();
        tx.insertInto(OWNER_HISTORY)
                .set(OWNER_HISTORY.LEDGER_SEQ, seq).set(OWNER_HISTORY.IDENTITY_KEY, key)
                .set(OWNER_HISTORY.OWNER, p.owner()).set(OWNER_HISTORY.OWNER_KIND, p.ownerKind())
                .set(OWNER_HISTORY.BACKUP, p.backup()).set(OWNER_HISTORY.BACKUP_KIND, p.backupKind())
                .set(OWNER_HISTORY.REASON, p.reason()).set(OWNER_HISTORY.ASSIGNED_AT, time).set(OWNER_HISTORY.ASSIGNED_BY, actor)
                .execute();
    }
}
