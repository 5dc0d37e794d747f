package io.steward.model.people;

import static io.steward.model.db.Tables.PERSON;
import static io.steward.model.db.Tables.PERSON_ALIAS;
import static io.steward.model.db.Tables.SNAPSHOT;

import io.steward.model.inventory.InventoryException;
import io.steward.model.inventory.Timestamps;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Writes the people of one people-directory snapshot inside the caller's write transaction and makes them
 * the current directory: the previous snapshot's people of the same source stop being current.
 */
public final class PeopleWriter {
    private static final String INSERT = "INSERT INTO person (snapshot_id, current, person_key, person_id, email, name, team, status,"
            + " left_at, record_no) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (snapshot_id, person_key) DO NOTHING";
    private static final String ALIAS = "INSERT OR IGNORE INTO person_alias (alias_key, person, current)"
            + " SELECT ?, id, 1 FROM person WHERE snapshot_id = ? AND person_key = ?";

    private PeopleWriter() {
    }

    /** @return how many people were written (duplicate keys keep the first) */
    public static int write(DSLContext tx, long snapshotId, List<PersonRecord> people) {
        String source = tx.select(SNAPSHOT.SOURCE).from(SNAPSHOT).where(SNAPSHOT.ID.eq(snapshotId)).fetchOne(SNAPSHOT.SOURCE);
        var older = tx.select(SNAPSHOT.ID).from(SNAPSHOT).where(SNAPSHOT.SOURCE.eq(source)).and(SNAPSHOT.ID.ne(snapshotId));
        tx.update(PERSON_ALIAS).setNull(PERSON_ALIAS.CURRENT)
                .where(PERSON_ALIAS.PERSON.in(tx.select(PERSON.ID).from(PERSON).where(PERSON.SNAPSHOT_ID.in(older)))).execute();
        tx.update(PERSON).setNull(PERSON.CURRENT).where(PERSON.SNAPSHOT_ID.in(older)).execute();
        Connection conn = tx.connectionResult(c -> c);
        int written = 0;
        try (PreparedStatement s = conn.prepareStatement(INSERT); PreparedStatement a = conn.prepareStatement(ALIAS)) {
            for (PersonRecord p : people) {
                s.setLong(1, snapshotId);
                s.setString(2, p.key());
                text(s, 3, p.personId());
                text(s, 4, p.email());
                text(s, 5, p.name());
                text(s, 6, p.team());
                s.setString(7, p.status());
                text(s, 8, Timestamps.format(p.leftAt()));
                s.setLong(9, p.recordNo());
                written += s.executeUpdate();
                for (String alias : p.aliases()) {
                    a.setString(1, alias);
                    a.setLong(2, snapshotId);
                    a.setString(3, p.key());
                    a.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new InventoryException("cannot write the people directory: " + e.getMessage(), e);
        }
        return written;
    }

    private static void text(PreparedStatement s, int i, String v) throws SQLException {
        if (v == null) {
            s.setNull(i, Types.VARCHAR);
        } else {
            s.setString(i, v);
        }
    }
}
