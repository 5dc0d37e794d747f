package io.steward.model.owners;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.json.CanonicalJson;
import io.steward.model.store.Store;
import java.nio.charset.StandardCharsets;
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
        return store.read(ctx -> {
            Map<String, Row> expected = new HashMap<>();
            try (var cursor = ctx.fetchLazy("SELECT seq, body FROM ledger_entry WHERE json_extract(body, '$.kind') = ? ORDER BY seq",
                    OwnerEntries.ASSIGNED)) {
                for (var r : cursor) {
                    JsonNode body = CanonicalJson.parse(r.get(1, String.class).getBytes(StandardCharsets.UTF_8));
                    JsonNode p = body.get("payload");
                    expected.put(body.get("subject").asText(), new Row(text(p, "owner"), text(p, "ownerKind"), text(p, "backup"),
                            text(p, "backupKind"), text(p, "reason"), r.get(0, Long.class)));
                }
            }
            List<String> out = new ArrayList<>();
            Map<String, Row> stored = new HashMap<>();
            for (var r : ctx.fetch("SELECT identity_key, owner, owner_kind, backup, backup_kind, reason, ledger_seq FROM identity_owner")) {
                stored.put(r.get(0, String.class), new Row(r.get(1, String.class), r.get(2, String.class), r.get(3, String.class),
                        r.get(4, String.class), r.get(5, String.class), r.get(6, Long.class)));
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
        });
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
