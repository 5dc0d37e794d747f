package io.steward.model.owners;

import io.steward.model.inventory.Timestamps;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads the current owner and writes owner.assigned entries into the current-owner and history tables, with its
 * statements prepared once for a run of assignments in one transaction.
 */
final class OwnerProjection implements AutoCloseable {
    private final PreparedStatement current;
    private final PreparedStatement upsert;
    private final PreparedStatement history;

    OwnerProjection(Connection c) throws SQLException {
        current = c.prepareStatement("SELECT owner, owner_kind, backup, backup_kind, reason, assigned_at, assigned_by, ledger_seq"
                + " FROM identity_owner WHERE identity_key = ?");
        upsert = c.prepareStatement("INSERT INTO identity_owner (identity_key, owner, owner_kind, backup, backup_kind, reason,"
                + " assigned_at, assigned_by, ledger_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (identity_key) DO UPDATE SET"
                + " owner = excluded.owner, owner_kind = excluded.owner_kind, backup = excluded.backup,"
                + " backup_kind = excluded.backup_kind, reason = excluded.reason, assigned_at = excluded.assigned_at,"
                + " assigned_by = excluded.assigned_by, ledger_seq = excluded.ledger_seq");
        history = c.prepareStatement("INSERT INTO owner_history (ledger_seq, identity_key, owner, owner_kind, backup, backup_kind,"
                + " reason, assigned_at, assigned_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** The owner {@code key} has now, or {@code null}. */
    CurrentOwner current(String key) throws SQLException {
        current.setString(1, key);
        try (ResultSet r = current.executeQuery()) {
            if (!r.next()) {
                return null;
            }
            String backup = r.getString(3);
            return new CurrentOwner(key, new OwnerRef(r.getString(1), OwnerKind.of(r.getString(2))),
                    backup == null ? null : new OwnerRef(backup, OwnerKind.of(r.getString(4))), r.getString(5),
                    Timestamps.parse(r.getString(6)), r.getString(7), r.getLong(8));
        }
    }

    /** Applies the entry {@code seq}: the identity's current owner becomes the payload's, and the history gains a row. */
    void apply(long seq, String key, OwnerEntries.Assigned p, String time, String actor) throws SQLException {
        run(upsert, key, p.owner(), p.ownerKind(), p.backup(), p.backupKind(), p.reason(), time, actor, seq);
        run(history, seq, key, p.owner(), p.ownerKind(), p.backup(), p.backupKind(), p.reason(), time, actor);
    }

    private static void run(PreparedStatement statement, Object... values) throws SQLException {
        for (int n = 0; n < values.length; n++) {
            statement.setObject(n + 1, values[n]);
        }
        statement.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        try (current; upsert; history) {
            // closes all three, even if one fails
        }
    }
}
