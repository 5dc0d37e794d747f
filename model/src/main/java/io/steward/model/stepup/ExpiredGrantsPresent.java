package io.steward.model.stepup;

import static io.steward.model.db.Tables.ACCESS_GRANT;
import static io.steward.model.db.Tables.IDENTITY;
import static io.steward.model.db.Tables.SNAPSHOT;
import static io.steward.model.db.Tables.STEPUP_GRANT;

import io.steward.model.inventory.Timestamps;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The revocation check: a step-up grant that has ended (expired or revoked) while a snapshot taken after that
 * still shows the privilege on the target. The platform failed to take it away: finding {@code expired-grant-present}.
 */
public final class ExpiredGrantsPresent {
    public static final String RULE = "expired-grant-present";

    /** One grant still present: when it ended, and the snapshot (and its time) that still shows it. */
    public record Hit(String requestId, String identityKey, String privilege, String resource, Instant endedAt,
                      long snapshotId, Instant seenAt) {
        public String explanation() {
            return "The step-up grant " + requestId + " (" + privilege + (resource == null ? "" : " on " + resource) + ") ended at "
                    + Timestamps.format(endedAt) + ", but snapshot #" + snapshotId + " of " + Timestamps.format(seenAt)
                    + " still shows it: remove the privilege on the platform and import a new snapshot.";
        }
    }

    private ExpiredGrantsPresent() {
    }

    /** Every ended grant that the current snapshot of its target, taken after the end, still shows. */
    public static List<Hit> find(DSLContext ctx) {
        Field<String> seen = DSL.coalesce(SNAPSHOT.GENERATED_AT, SNAPSHOT.IMPORTED_AT);
        Field<String> ended = DSL.coalesce(STEPUP_GRANT.REVOKED_AT, STEPUP_GRANT.EXPIRES_AT);
        return ctx.selectDistinct(STEPUP_GRANT.REQUEST_ID, STEPUP_GRANT.IDENTITY_KEY, STEPUP_GRANT.PRIVILEGE, STEPUP_GRANT.RESOURCE,
                        ended, SNAPSHOT.ID, seen)
                .from(STEPUP_GRANT)
                .join(IDENTITY).on(IDENTITY.IDENTITY_KEY.eq(STEPUP_GRANT.IDENTITY_KEY)).and(IDENTITY.CURRENT.eq(1L))
                .join(SNAPSHOT).on(SNAPSHOT.ID.eq(IDENTITY.SNAPSHOT_ID))
                .join(ACCESS_GRANT).on(ACCESS_GRANT.IDENTITY_ID.eq(IDENTITY.ID))
                .and(DSL.lower(ACCESS_GRANT.PRIVILEGE).eq(DSL.lower(STEPUP_GRANT.PRIVILEGE)))
                .and(STEPUP_GRANT.RESOURCE.isNull().or(ACCESS_GRANT.RESOURCE.isNull()).or(ACCESS_GRANT.RESOURCE.eq("*"))
                        .or(ACCESS_GRANT.RESOURCE.eq(STEPUP_GRANT.RESOURCE)))
                .where(ended.lt(seen))
                .orderBy(STEPUP_GRANT.REQUEST_ID, SNAPSHOT.ID)
                .fetch(r -> new Hit(r.value1(), r.value2(), r.value3(), r.value4(), Timestamps.parse(r.value5()), r.value6(),
                        Timestamps.parse(r.value7())));
    }
}
