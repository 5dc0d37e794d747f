package io.steward.model.inventory.query;

import io.steward.model.inventory.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import static io.steward.model.db.Tables.IDENTITY;

/**
 * Completes the rows of a page with what the other current rows of each principal say: the newest last use, and
 * an owner hint, environment, enabled state or creation time the representative row does not state. One query
 * per page through the (identity key) index; a principal described by one importer costs a probe that finds nothing.
 */
final class PrincipalFacts {
    private PrincipalFacts() {
    }

    static List<IdentityRow> merge(DSLContext ctx, List<IdentityRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Set<String> keys = new LinkedHashSet<>();
        rows.forEach(r -> keys.add(r.key()));
        Map<String, List<Record>> others = new HashMap<>();
        // coalesce(key_head, 0) = 0 rather than IS NULL: keeps the planner on the key index, not the merged-rows one.
        // Sorted by id here, not in SQL: the IN look-up then needs no temporary sort.
        for (Record r : ctx.select(IDENTITY.ID, IDENTITY.IDENTITY_KEY, IDENTITY.OWNER_HINT, IDENTITY.ENVIRONMENT, IDENTITY.ENABLED,
                        IDENTITY.CREATED_AT, IDENTITY.LAST_USED_AT)
                .from(IDENTITY).where(Inventory.isCurrent()).and(IDENTITY.IDENTITY_KEY.in(keys))
                .and(DSL.coalesce(IDENTITY.KEY_HEAD, DSL.inline(0L)).eq(DSL.inline(0L)))
                .fetch().sortAsc(IDENTITY.ID)) {
            others.computeIfAbsent(r.get(IDENTITY.IDENTITY_KEY), k -> new ArrayList<>()).add(r);
        }
        if (others.isEmpty()) {
            return rows;
        }
        List<IdentityRow> out = new ArrayList<>(rows.size());
        for (IdentityRow row : rows) {
            List<Record> more = others.get(row.key());
            out.add(more == null ? row : merge(row, more));
        }
        return out;
    }

    private static IdentityRow merge(IdentityRow row, List<Record> more) {
        String ownerHint = row.ownerHint();
        String environment = row.environment();
        Boolean enabled = row.enabled();
        Instant created = row.createdAt();
        Instant lastUsed = row.lastUsedAt();
        for (Record r : more) {
            ownerHint = ownerHint != null ? ownerHint : r.get(IDENTITY.OWNER_HINT);
            environment = environment != null ? environment : r.get(IDENTITY.ENVIRONMENT);
            enabled = enabled != null ? enabled : Inventory.bool(r.get(IDENTITY.ENABLED));
            created = created != null ? created : Timestamps.parse(r.get(IDENTITY.CREATED_AT));
            lastUsed = Timestamps.max(lastUsed, Timestamps.parse(r.get(IDENTITY.LAST_USED_AT)));
        }
        return row.merged(ownerHint, environment, enabled, created, lastUsed);
    }
}
