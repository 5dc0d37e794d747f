package io.steward.model.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

import static io.steward.model.db.Tables.SNAPSHOT_FACET;

/** Counts identities per facet value while a snapshot is written, then stores the counts with it. */
final class FacetCounter {
    static final String KIND = "kind";
    static final String ENVIRONMENT = "environment";
    static final String OWNER_HINT = "owner-hint";
    static final String ENABLED = "enabled";
    private static final String NULL_KEY = "\u0000";

    private final Map<String, Map<String, long[]>> counts = new HashMap<>();

    void add(String kind, String environment, String ownerHint, Boolean enabled, int delta) {
        bump(KIND, kind, delta);
        bump(ENVIRONMENT, environment, delta);
        bump(OWNER_HINT, ownerHint, delta);
        bump(ENABLED, enabled == null ? null : enabled ? "true" : "false", delta);
    }

    private void bump(String facet, String value, int delta) {
        counts.computeIfAbsent(facet, f -> new HashMap<>()).computeIfAbsent(value == null ? NULL_KEY : value, v -> new long[1])[0] += delta;
    }

    void store(DSLContext tx, long snapshotId) {
        List<org.jooq.Query> inserts = new ArrayList<>();
        counts.forEach((facet, values) -> values.forEach((value, n) -> {
            if (n[0] > 0) {
                inserts.add(tx.insertInto(SNAPSHOT_FACET, SNAPSHOT_FACET.SNAPSHOT_ID, SNAPSHOT_FACET.FACET, SNAPSHOT_FACET.VALUE,
                        SNAPSHOT_FACET.COUNT).values(snapshotId, facet, NULL_KEY.equals(value) ? null : value, n[0]));
            }
        }));
        if (!inserts.isEmpty()) {
            tx.batch(inserts).execute();
        }
    }
}
