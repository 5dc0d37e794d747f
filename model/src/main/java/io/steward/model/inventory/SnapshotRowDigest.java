package io.steward.model.inventory;

import io.steward.model.ledger.Hashes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The digest a {@code snapshot.imported} entry commits to: SHA-256 over the canonical encoding of the
 * snapshot's rows (docs/LEDGER.md, "Snapshot row digest"), read in one streaming pass in key order. The
 * currency flag {@code identity.current} is left out: it changes when a newer snapshot arrives. Imports write
 * the newest encoding; verification recomputes whichever encoding the entry names, so older ledgers verify.
 */
public final class SnapshotRowDigest {
    /** Written before the hex value of the encoding imports use now. */
    public static final String PREFIX = Encoding.V2.prefix;

    private static final String SNAPSHOT_COLUMNS = "id, source, importer_id, importer_version, file_name, file_sha256, file_size,"
            + " generated_at, imported_at, imported_by, record_count, identity_count, credential_count, grant_count, link_count,"
            + " duplicate_count, warning_count, refused_count";
    private static final String IDENTITY_COLUMNS = "id, snapshot_id, parent_id, native_id, name, name_key, kind, environment, owner_hint,"
            + " enabled, created_at, last_used_at, attributes, tags, content_hash, record_no";
    private static final String RANGE = "SELECT min(id), max(id) FROM identity WHERE snapshot_id = ?";

    /** How one row becomes bytes; each encoding is a query per table whose one column is a row already encoded. */
    public enum Encoding {
        /**
         * Each value {@code N}, {@code I<decimal>;} or {@code T<byte length>:<bytes>}, then {@code \n}: built with SQL
         * string operators, which cost a few VM steps per value (about 9 s of SQLite CPU per million identities with
         * their keys and grants).
         */
        V1("sha256-rows-v1:", "steward snapshot rows v1\n") {
            @Override
            String row(String columns) {
                StringBuilder sql = new StringBuilder();
                for (String column : columns.split(",")) {
                    String c = column.trim();
                    sql.append("(CASE WHEN ").append(c).append(" IS NULL THEN 'N' WHEN typeof(").append(c).append(") = 'integer' THEN 'I' || ")
                            .append(c).append(" || ';' ELSE 'T' || length(CAST(CAST(").append(c).append(" AS TEXT) AS BLOB)) || ':' || CAST(")
                            .append(c).append(" AS TEXT) END) || ");
                }
                return sql.append("char(10)").toString();
            }
        },
        /**
         * Each row SQLite's {@code json_array} of its values, then {@code \n}: one C function per row (about 4x less
         * CPU than V1). The text is unambiguous (strings quoted and escaped, so no raw newline inside a row); a BLOB,
         * which Steward never writes, cannot be encoded, and the check reports the snapshot's rows as unreadable.
         */
        V2("sha256-rows-v2:", "steward snapshot rows v2\n") {
            @Override
            String row(String columns) {
                return "json_array(" + columns + ") || char(10)";
            }
        };

        private final String prefix;
        private final byte[] header;
        private final String snapshot;
        private final String identity;
        private final String alias;
        private final String credential;
        private final String grant;
        private final String link;
        private final String issue;
        private final String facet;

        Encoding(String prefix, String header) {
            this.prefix = prefix;
            this.header = header.getBytes(StandardCharsets.US_ASCII);
            this.snapshot = select(SNAPSHOT_COLUMNS, "snapshot WHERE id = ?");
            this.identity = select(IDENTITY_COLUMNS, "identity WHERE id BETWEEN ? AND ? ORDER BY id");
            this.alias = select("identity_id, alias", "identity_alias WHERE identity_id BETWEEN ? AND ? ORDER BY identity_id, alias");
            this.credential = select("identity_id, position, native_id, masked_id, kind, active, created_at, last_rotated_at, last_used_at,"
                    + " expires_at", "credential WHERE identity_id BETWEEN ? AND ? ORDER BY identity_id, position");
            this.grant = select("identity_id, position, privilege, resource, via, condition",
                    "access_grant WHERE identity_id BETWEEN ? AND ? ORDER BY identity_id, position");
            this.link = select("identity_id, position, kind, target_source, target_native_id",
                    "identity_link WHERE identity_id BETWEEN ? AND ? ORDER BY identity_id, position");
            this.issue = select("id, snapshot_id, severity, record_no, line_no, field, rule, message",
                    "snapshot_issue WHERE snapshot_id = ? ORDER BY id");
            this.facet = select("snapshot_id, facet, value, count", "snapshot_facet WHERE snapshot_id = ? ORDER BY rowid");
        }

        /** The SQL expression that encodes one row of {@code columns}, ending in {@code \n}. */
        abstract String row(String columns);

        private String select(String columns, String fromWhere) {
            return "SELECT " + row(columns) + " FROM " + fromWhere;
        }

        /** The prefix written before the hex digest in the entry's {@code rowDigest} field. */
        public String prefix() {
            return prefix;
        }

        /** The encoding a committed digest names, if this version of Steward knows it. */
        public static Optional<Encoding> of(String digest) {
            return Arrays.stream(values()).filter(e -> digest != null && digest.startsWith(e.prefix)).findFirst();
        }
    }

    private SnapshotRowDigest() {
    }

    /** {@link #PREFIX} + lower-case hex digest of snapshot {@code snapshotId}'s rows, read on {@code c}. */
    public static String of(Connection c, long snapshotId) throws SQLException {
        return of(c, snapshotId, Encoding.V2);
    }

    /** The digest of snapshot {@code snapshotId}'s rows in {@code encoding}, with its prefix. */
    public static String of(Connection c, long snapshotId, Encoding encoding) throws SQLException {
        MessageDigest md = Hashes.sha256();
        md.update(encoding.header);
        Encoder enc = new Encoder(md);
        enc.table("snapshot", c, encoding.snapshot, snapshotId);
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
        enc.range("identity", c, encoding.identity, min, max);
        enc.range("identity_alias", c, encoding.alias, min, max);
        enc.range("credential", c, encoding.credential, min, max);
        enc.range("access_grant", c, encoding.grant, min, max);
        enc.range("identity_link", c, encoding.link, min, max);
        enc.table("snapshot_issue", c, encoding.issue, snapshotId);
        enc.table("snapshot_facet", c, encoding.facet, snapshotId);
        return encoding.prefix + Hashes.hex(md.digest());
    }

    /**
     * Feeds {@code #name\n} and then each row's bytes, as SQLite encoded them, to the digest through one buffer.
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
