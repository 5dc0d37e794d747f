package io.steward.model.inventory;

import io.steward.model.ledger.Hashes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The digest a {@code snapshot.imported} entry commits to: SHA-256 over the canonical encoding of the
 * snapshot's rows (docs/LEDGER.md, "Snapshot row digest"), read in one streaming pass in key order. The
 * currency flag {@code identity.current} is left out: it changes when a newer snapshot arrives.
 */
public final class SnapshotRowDigest {
    /** Written before the hex value in the entry's {@code rowDigest} field; a new encoding gets a new prefix. */
    public static final String PREFIX = "sha256-rows-v1:";
    private static final byte[] HEADER = "steward snapshot rows v1\n".getBytes(StandardCharsets.US_ASCII);

    private static final String SNAPSHOT = rows("id, source, importer_id, importer_version, file_name, file_sha256, file_size,"
            + " generated_at, imported_at, imported_by, record_count, identity_count, credential_count, grant_count, link_count,"
            + " duplicate_count, warning_count, refused_count", "snapshot WHERE id = ?");
    private static final String RANGE = "SELECT min(id), max(id) FROM identity WHERE snapshot_id = ?";
    private static final String IDENTITY = rows("id, snapshot_id, parent_id, native_id, name, name_key, kind, environment, owner_hint,"
            + " enabled, created_at, last_used_at, attributes, tags, content_hash, record_no", "identity WHERE id BETWEEN ? AND ? ORDER BY id");
    private static final String ALIAS = rows("identity_id, alias", "identity_alias WHERE identity_id BETWEEN ? AND ?"
            + " ORDER BY identity_id, alias");
    private static final String CREDENTIAL = rows("identity_id, position, native_id, masked_id, kind, active, created_at,"
            + " last_rotated_at, last_used_at, expires_at", "credential WHERE identity_id BETWEEN ? AND ? ORDER BY identity_id, position");
    private static final String GRANT = rows("identity_id, position, privilege, resource, via, condition",
            "access_grant WHERE identity_id BETWEEN ? AND ? ORDER BY identity_id, position");
    private static final String LINK = rows("identity_id, position, kind, target_source, target_native_id",
            "identity_link WHERE identity_id BETWEEN ? AND ? ORDER BY identity_id, position");
    private static final String ISSUE = rows("id, snapshot_id, severity, record_no, line_no, field, rule, message",
            "snapshot_issue WHERE snapshot_id = ? ORDER BY id");
    private static final String FACET = rows("snapshot_id, facet, value, count", "snapshot_facet WHERE snapshot_id = ? ORDER BY rowid");

    private SnapshotRowDigest() {
    }

    /**
     * A query whose one column is each row already encoded (its values then {@code \n}): SQLite builds the bytes, so a row
     * crosses JNI once instead of twice per value (about 3x faster over a finished 190k-identity snapshot, docs/BENCHMARKS.md).
     */
    private static String rows(String columns, String fromWhere) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (String column : columns.split(",")) {
            String c = column.trim();
            sql.append("(CASE WHEN ").append(c).append(" IS NULL THEN 'N' WHEN typeof(").append(c).append(") = 'integer' THEN 'I' || ")
                    .append(c).append(" || ';' ELSE 'T' || length(CAST(CAST(").append(c).append(" AS TEXT) AS BLOB)) || ':' || CAST(")
                    .append(c).append(" AS TEXT) END) || ");
        }
        return sql.append("char(10) FROM ").append(fromWhere).toString();
    }

    /** {@link #PREFIX} + lower-case hex digest of snapshot {@code snapshotId}'s rows, read on {@code c}. */
    public static String of(Connection c, long snapshotId) throws SQLException {
        MessageDigest md = Hashes.sha256();
        md.update(HEADER);
        Encoder enc = new Encoder(md);
        enc.table("snapshot", c, SNAPSHOT, snapshotId);
        long min;
        long max;
        try (PreparedStatement ps = c.prepareStatement(RANGE)) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                min = rs.getLong(1);
                max = rs.getObject(2) == null ? -1 : rs.getLong(2);
            }
        }
        // A snapshot's identities are numbered consecutively by its import; their children are found by that range.
        enc.range("identity", c, IDENTITY, min, max);
        enc.range("identity_alias", c, ALIAS, min, max);
        enc.range("credential", c, CREDENTIAL, min, max);
        enc.range("access_grant", c, GRANT, min, max);
        enc.range("identity_link", c, LINK, min, max);
        enc.table("snapshot_issue", c, ISSUE, snapshotId);
        enc.table("snapshot_facet", c, FACET, snapshotId);
        return PREFIX + Hashes.hex(md.digest());
    }

    /**
     * Each table: {@code #name\n}; each row: its values then {@code \n}; a value: {@code N} (NULL), {@code I<decimal>;}
     * (integer) or {@code T<UTF-8 byte length>:<bytes>} (text). Length-prefixed, so no two row sets encode alike. The row
     * encoding is done by {@link #rows(String, String)}'s SQL; this only feeds the bytes to the digest.
     */
    private static final class Encoder {
        private final MessageDigest md;
        private final byte[] buffer = new byte[1 << 16];
        private int used;

        Encoder(MessageDigest md) {
            this.md = md;
        }

        void table(String name, Connection c, String sql, long key) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, key);
                rows(name, ps);
            }
        }

        void range(String name, Connection c, String sql, long from, long to) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, from);
                ps.setLong(2, to);
                rows(name, ps);
            }
        }

        private void rows(String name, PreparedStatement ps) throws SQLException {
            ascii("#" + name + "\n");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    bytes(rs.getBytes(1));
                }
            }
            flush();
        }

        private void ascii(String s) {
            for (int i = 0; i < s.length(); i++) {
                put((byte) s.charAt(i));
            }
        }

        private void bytes(byte[] b) {
            if (b.length > buffer.length - used) {
                flush();
                if (b.length > buffer.length) {
                    md.update(b);
                    return;
                }
            }
            System.arraycopy(b, 0, buffer, used, b.length);
            used += b.length;
        }

        private void put(byte b) {
            if (used == buffer.length) {
                flush();
            }
            buffer[used++] = b;
        }

        private void flush() {
            md.update(buffer, 0, used);
            used = 0;
        }
    }
}
