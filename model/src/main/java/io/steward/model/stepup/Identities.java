package io.steward.model.stepup;

import static io.steward.model.db.Tables.IDENTITY;
import static io.steward.model.db.Tables.SNAPSHOT;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Resolves how a request names an identity (its key, native id or name) to identity keys among the current
 * rows, and reads what the inventory says about one key.
 */
final class Identities {
    private Identities() {
    }

    /** The distinct keys matching {@code ref}; exactly one is a resolution, none or several is not. */
    static List<String> keysFor(DSLContext ctx, String ref) {
        List<String> byKey = ctx.selectDistinct(IDENTITY.IDENTITY_KEY).from(IDENTITY)
                .where(IDENTITY.CURRENT.eq(1L)).and(IDENTITY.IDENTITY_KEY.eq(ref)).fetch(IDENTITY.IDENTITY_KEY);
        if (!byKey.isEmpty()) {
            return byKey;
        }
        List<String> byId = ctx.selectDistinct(IDENTITY.IDENTITY_KEY).from(IDENTITY)
                .where(IDENTITY.CURRENT.eq(1L)).and(IDENTITY.NATIVE_ID.eq(ref)).fetch(IDENTITY.IDENTITY_KEY);
        if (!byId.isEmpty()) {
            return byId;
        }
        return ctx.selectDistinct(IDENTITY.IDENTITY_KEY).from(IDENTITY)
                .where(IDENTITY.CURRENT.eq(1L)).and(IDENTITY.NAME_KEY.eq(ref.toLowerCase(java.util.Locale.ROOT)))
                .limit(10).fetch(IDENTITY.IDENTITY_KEY);
    }

    static TargetFacts facts(DSLContext ctx, String key) {
        Record r = ctx.select(IDENTITY.NAME, IDENTITY.KIND, SNAPSHOT.SOURCE, IDENTITY.ENVIRONMENT).from(IDENTITY)
                .join(SNAPSHOT).on(SNAPSHOT.ID.eq(IDENTITY.SNAPSHOT_ID))
                .where(IDENTITY.CURRENT.eq(1L)).and(IDENTITY.IDENTITY_KEY.eq(key))
                .orderBy(IDENTITY.ID.desc()).limit(1).fetchOne();
        if (r == null) {
            return TargetFacts.unknown(key);
        }
        return new TargetFacts(key, r.get(IDENTITY.NAME), r.get(IDENTITY.KIND), r.get(SNAPSHOT.SOURCE), r.get(IDENTITY.ENVIRONMENT), true);
    }
}
