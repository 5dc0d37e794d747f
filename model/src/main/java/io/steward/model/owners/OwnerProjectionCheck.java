package io.steward.model.owners;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.json.JsonTrees;
import io.steward.model.store.Store;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds the current-owner projection from the {@code owner.assigned} entries (the newest per identity wins) and
 * lists every way the stored {@code identity_owner} table differs from it: a row edited, added or deleted outside
 * the ledger. Read-only.
 */
public final class OwnerProjectionCheck {
    private OwnerProjectionCheck() {
    }

    private record Row(String owner, String ownerKind, String backup, String backupKind, String reason, long seq) {
    }

    /** Plain sentences, one per difference (at most {@code max}); empty when the projection matches the ledger. */
    public static List<String> differences(Store store, int max) {
        return store.jdbc(c -> differences(c, max));
    }

    /** As {@link #differences(Store, int)}, on an open read (plain JDBC: the verifier runs this without jOOQ). */
    public static List<String> differences(Connection c, int max) throws SQLException {
        {
            Map<String, Row> expected = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT seq, body FROM ledger_entry WHERE json_extract(body, '$.kind') = ?"
                    + " ORDER BY seq")) {
                st.setString(1, OwnerEntries.ASSIGNED.name());
                try (ResultSet r = st.executeQuery()) {
                    while (r.next()) {
                        JsonNode body = JsonTrees.parse(r.getString(2).getBytes(StandardCharsets.UTF_8));
                        JsonNode p = body.get("payload");
                        expected.put(body.get("subject").asText(), new Row(text(p, "owner"), text(p, "ownerKind"), text(p, "backup"),
                                text(p, "backupKind"), text(p, "reason"), r.getLong(1)));
                    }
                }
            }
            List<String> out = new ArrayList<>();
            Map<String, Row> stored = new HashMap<>();
            try (Statement st = c.createStatement();
                 ResultSet r = st.executeQuery("SELECT identity_key, owner, owner_kind, backup, backup_kind, reason, ledger_seq FROM identity_owner")) {
                while (r.next()) {
                    stored.put(r.getString(1), new Row(r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                            r.getLong(7)));
                }
            }
            for (var e : expected.entrySet()) {
                Row s = stored.get(e.getKey());
                if (s == null) {
                    out.add("owner of " + e.getKey() + " is missing from the owner table (ledger entry seq " + e.getValue().seq() + " assigns "
                            + e.getValue().owner() + ")");
                } else if (!s.equals(e.getValue())) {
                    out.add("owner of " + e.getKey() + " differs from the ledger: table says " + describe(s) + ", entry seq "
                            + e.getValue().seq() + " says " + describe(e.getValue()));
                }
            }
            for (var e : stored.entrySet()) {
                if (!expected.containsKey(e.getKey())) {
                    out.add("owner of " + e.getKey() + " (" + e.getValue().owner() + ") is in the owner table but no ledger entry assigns it");
                }
            }
            out.sort(null);
            return out.size() > max ? out.subList(0, max) : out;
        }
    }

    private static String describe(Row r) {
        return r.owner() + " (" + r.ownerKind() + ")" + (r.backup() == null ? "" : ", backup " + r.backup())
                + ", reason '" + r.reason() + "', seq " + r.seq();
    }

    private static String text(JsonNode p, String field) {
        JsonNode n = p.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
