package io.steward.model.inventory.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.DSLContext;

import static io.steward.model.db.Tables.IDENTITY;
import static io.steward.model.db.Tables.IDENTITY_ALIAS;

/** Finds the current principals a user's text names: identity key, stable id, alias or name; each an index look-up. */
final class PrincipalLookup {
    private PrincipalLookup() {
    }

    static List<IdentityRow> resolve(DSLContext ctx, String text, CurrentSnapshots current) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>(ctx.selectDistinct(IDENTITY.IDENTITY_KEY).from(IDENTITY).where(Inventory.isCurrent())
                .and(IDENTITY.IDENTITY_KEY.eq(t)).fetch(IDENTITY.IDENTITY_KEY));
        if (keys.isEmpty()) {
            List<Long> snapshots = current.ids(null);
            if (!snapshots.isEmpty()) {
                keys.addAll(ctx.select(IDENTITY.IDENTITY_KEY).from(IDENTITY).where(IDENTITY.SNAPSHOT_ID.in(snapshots))
                        .and(IDENTITY.NATIVE_ID.eq(t)).and(Inventory.isCurrent()).orderBy(IDENTITY.ID).fetch(IDENTITY.IDENTITY_KEY));
                keys.addAll(ctx.select(IDENTITY.IDENTITY_KEY).from(IDENTITY_ALIAS).join(IDENTITY).on(IDENTITY.ID.eq(IDENTITY_ALIAS.IDENTITY_ID))
                        .where(IDENTITY_ALIAS.ALIAS.eq(t)).and(Inventory.isCurrent()).orderBy(IDENTITY.ID).fetch(IDENTITY.IDENTITY_KEY));
            }
        }
        if (keys.isEmpty()) {
            keys.addAll(ctx.select(IDENTITY.IDENTITY_KEY).from(IDENTITY).where(Inventory.isListed())
                    .and(IDENTITY.NAME_KEY.eq(t.toLowerCase(Locale.ROOT))).orderBy(IDENTITY.ID).limit(50).fetch(IDENTITY.IDENTITY_KEY));
        }
        if (keys.isEmpty()) {
            return List.of();
        }
        List<IdentityRow> rows = ctx.select(Inventory.ROW_FIELDS).from(IDENTITY).where(Inventory.isCurrent()).and(Inventory.isListed())
                .and(IDENTITY.IDENTITY_KEY.in(keys)).orderBy(IDENTITY.ID).fetch(r -> Inventory.row(r, current::sourceOf));
        return PrincipalFacts.merge(ctx, rows);
    }
}
