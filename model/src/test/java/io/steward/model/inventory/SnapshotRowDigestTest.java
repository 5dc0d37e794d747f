package io.steward.model.inventory;

import static io.steward.model.inventory.InventoryFixture.identity;
import static io.steward.model.inventory.InventoryFixture.key;
import static io.steward.model.inventory.InventoryFixture.snapshot;
import static io.steward.model.inventory.InventoryFixture.t;
import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.ledger.Hashes;
import io.steward.model.ledger.Ledger;
import io.steward.model.store.Store;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The row digest that snapshot entries commit to is built by SQLite's own functions (one value per row crosses JNI);
 * ledgers must verify under later versions of Steward and of SQLite, so each encoding is held here to what
 * docs/LEDGER.md describes, computed value by value in Java: NULLs, integers, multi-byte text, control characters,
 * quotes and backslashes, issues and facets. Imports write v2; v1 is still recomputed for older entries.
 */
class SnapshotRowDigestTest {
    @TempDir
    Path dir;
    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("ledger.steward"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void importsCommitToTheDocumentedV2EncodingOfTheSnapshotsRows() throws Exception {
        SnapshotInfo s = imported();
        String stored = new Ledger(store, java.time.Clock.systemUTC()).entry(s.ledgerSeq()).orElseThrow().payload().get("rowDigest").asText();
        Connection c = store.connection();
        try {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM identity WHERE name LIKE 'Zo%'")) {
                rs.next();
                assertThat(rs.getString(1)).as("the awkward characters are stored as they are").endsWith("nul\u0000 end");
            }
            String expected = documented(c, s.id(), SnapshotRowDigest.Encoding.V2);
            assertThat(expected).startsWith("sha256-rows-v2:");
            assertThat(SnapshotRowDigest.of(c, s.id())).isEqualTo(expected);
            assertThat(stored).isEqualTo(expected);
        } finally {
            store.release(c);
        }
    }

    @Test
    void theV1EncodingOfOlderEntriesIsStillTheDocumentedOne() throws Exception {
        SnapshotInfo s = imported();
        Connection c = store.connection();
        try {
            String expected = documented(c, s.id(), SnapshotRowDigest.Encoding.V1);
            assertThat(expected).startsWith("sha256-rows-v1:");
            assertThat(SnapshotRowDigest.of(c, s.id(), SnapshotRowDigest.Encoding.V1)).isEqualTo(expected);
        } finally {
            store.release(c);
        }
    }

    @Test
    void aDigestNamesItsEncodingByItsPrefix() {
        assertThat(SnapshotRowDigest.Encoding.of("sha256-rows-v1:00")).contains(SnapshotRowDigest.Encoding.V1);
        assertThat(SnapshotRowDigest.Encoding.of("sha256-rows-v2:00")).contains(SnapshotRowDigest.Encoding.V2);
        assertThat(SnapshotRowDigest.Encoding.of("sha256-rows-v9:00")).isEmpty();
        assertThat(SnapshotRowDigest.Encoding.of(null)).isEmpty();
    }

    private SnapshotInfo imported() {
        return snapshot(store, "aws:1", w -> {
            w.add(identity("arn:aws:iam::1:user/zoë", "iam-user").name("Zoë Ünïcode 🔑 \"quoted\" back\\slash / tab\t nl\n cr\r bell\u0007 del\u007f ls\u2028 nul\u0000 end")
                    .lastUsedAt(t("2024-01-01T00:00:00Z"))
                    .attributes(Map.of("note", "日本語", "count", 3)).tags(Map.of("Owner", "team-ß"))
                    .grants(InventoryFixture.grants("s3:GetObject"))
                    .links(List.of(new LinkRecord("assumable-by", "aws-service", "lambda.amazonaws.com")))
                    .aliases("zoe@example.com")
                    .children(List.of(identity("arn:aws:iam::1:user/zoë#key1", "access-key").enabled(true)
                            .credentials(List.of(key("key1", true, "2021-01-01T00:00:00Z", null))).build()))
                    .build());
            w.add(identity("svc", "service").environment(null).ownerHint(null).build());
            w.issue(ImportIssue.warning(2, 3, "name", "odd-value", "a warning with ünïcode and a \b\f form feed"));
            w.recordsRead(2);
        });
    }

    /** docs/LEDGER.md, "Snapshot row digest", read value by value. */
    private static String documented(Connection c, long snapshotId, SnapshotRowDigest.Encoding encoding) throws SQLException {
        boolean v1 = encoding == SnapshotRowDigest.Encoding.V1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("steward snapshot rows " + (v1 ? "v1" : "v2") + "\n").getBytes(StandardCharsets.US_ASCII));
        long[] range = new long[2];
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT min(id), max(id) FROM identity WHERE snapshot_id = "
                + snapshotId)) {
            rs.next();
            range[0] = rs.getLong(1);
            range[1] = rs.getLong(2);
        }
        String ids = " BETWEEN " + range[0] + " AND " + range[1];
        table(out, v1, c, "snapshot", "SELECT id, source, importer_id, importer_version, file_name, file_sha256, file_size, generated_at,"
                + " imported_at, imported_by, record_count, identity_count, credential_count, grant_count, link_count, duplicate_count,"
                + " warning_count, refused_count FROM snapshot WHERE id = " + snapshotId);
        table(out, v1, c, "identity", "SELECT id, snapshot_id, parent_id, native_id, name, name_key, kind, environment, owner_hint, enabled,"
                + " created_at, last_used_at, attributes, tags, content_hash, record_no FROM identity WHERE id" + ids + " ORDER BY id");
        table(out, v1, c, "identity_alias", "SELECT identity_id, alias FROM identity_alias WHERE identity_id" + ids
                + " ORDER BY identity_id, alias");
        table(out, v1, c, "credential", "SELECT identity_id, position, native_id, masked_id, kind, active, created_at, last_rotated_at,"
                + " last_used_at, expires_at FROM credential WHERE identity_id" + ids + " ORDER BY identity_id, position");
        table(out, v1, c, "access_grant", "SELECT identity_id, position, privilege, resource, via, condition FROM access_grant"
                + " WHERE identity_id" + ids + " ORDER BY identity_id, position");
        table(out, v1, c, "identity_link", "SELECT identity_id, position, kind, target_source, target_native_id FROM identity_link"
                + " WHERE identity_id" + ids + " ORDER BY identity_id, position");
        table(out, v1, c, "snapshot_issue", "SELECT id, snapshot_id, severity, record_no, line_no, field, rule, message FROM snapshot_issue"
                + " WHERE snapshot_id = " + snapshotId + " ORDER BY id");
        table(out, v1, c, "snapshot_facet", "SELECT snapshot_id, facet, value, count FROM snapshot_facet WHERE snapshot_id = " + snapshotId
                + " ORDER BY rowid");
        return encoding.prefix() + Hashes.hex(Hashes.sha256().digest(out.toByteArray()));
    }

    private static void table(ByteArrayOutputStream out, boolean v1, Connection c, String name, String sql) throws SQLException {
        out.writeBytes(("#" + name + "\n").getBytes(StandardCharsets.US_ASCII));
        int rows = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                rows++;
                StringBuilder json = new StringBuilder("[");
                for (int i = 1; i <= columns; i++) {
                    Object v = rs.getObject(i);
                    if (v1) {
                        v1Value(out, v == null ? null : v instanceof Integer || v instanceof Long ? v : rs.getString(i));
                    } else {
                        json.append(i > 1 ? "," : "").append(v2Value(v));
                    }
                }
                if (!v1) {
                    out.writeBytes(json.append(']').toString().getBytes(StandardCharsets.UTF_8));
                }
                out.write('\n');
            }
        }
        assertThat(rows).as("rows of " + name).isPositive();
    }

    /** v1: {@code N}, {@code I<decimal>;} or {@code T<UTF-8 byte length>:<bytes>}. */
    private static void v1Value(ByteArrayOutputStream out, Object v) {
        if (v == null) {
            out.write('N');
        } else if (v instanceof Number n) {
            out.writeBytes(("I" + n.longValue() + ";").getBytes(StandardCharsets.US_ASCII));
        } else {
            byte[] b = ((String) v).getBytes(StandardCharsets.UTF_8);
            out.writeBytes(("T" + b.length + ":").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(b);
        }
    }

    /**
     * v2: a JSON array element: {@code null}, the decimal integer, or the text as a JSON string with {@code "} and
     * {@code \} escaped, U+0008, U+0009, U+000A, U+000C and U+000D as {@code \b \t \n \f \r}, other characters below
     * U+0020 as a backslash, {@code u} and four lower-case hex digits, everything else as its UTF-8 bytes.
     */
    private static String v2Value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Integer || v instanceof Long) {
            return String.valueOf(((Number) v).longValue());
        }
        StringBuilder s = new StringBuilder("\"");
        for (char ch : v.toString().toCharArray()) {
            switch (ch) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\b' -> s.append("\\b");
                case '\t' -> s.append("\\t");
                case '\n' -> s.append("\\n");
                case '\f' -> s.append("\\f");
                case '\r' -> s.append("\\r");
                default -> s.append(ch < 0x20 ? String.format("\\u%04x", (int) ch) : String.valueOf(ch));
            }
        }
        return s.append('"').toString();
    }
}
