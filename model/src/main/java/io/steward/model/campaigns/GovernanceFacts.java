package io.steward.model.campaigns;

import io.steward.model.campaigns.ReviewFacts.FindingFact;
import io.steward.model.campaigns.ReviewFacts.GrantFact;
import io.steward.model.campaigns.ReviewFacts.Ownership;
import io.steward.model.findings.FindingCatalogue;
import io.steward.model.findings.RuleInfo;
import io.steward.model.findings.Severity;
import io.steward.model.owners.OwnerKind;
import io.steward.model.owners.OwnerRef;
import io.steward.model.ledger.Ledger;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

import static io.steward.model.db.Tables.FINDING;
import static io.steward.model.db.Tables.IDENTITY_OWNER;
import static io.steward.model.db.Tables.STEPUP_GRANT;
import static io.steward.model.db.Tables.STEPUP_REQUEST;

/**
 * The campaign's view of ownership, findings and step-up grants, read in bulk from their projections (one query each, so
 * opening over 100,000 identities does not ask identity by identity). A team owner reviews as
 * {@code team:NAME}, the same text `steward owner` shows.
 */
public final class GovernanceFacts {
    private GovernanceFacts() {
    }

    /** Owners, findings and step-up grants as the ledger holds them now ({@code clock} decides which grants are active). */
    public static ReviewFacts of(FindingCatalogue catalogue, Clock clock) {
        return new ReviewFacts(GovernanceFacts::owners, ctx -> openFindings(ctx, catalogue), ctx -> activeGrants(ctx, clock.instant()));
    }

    /** Grants neither revoked nor expired, with who requested them (separation of duties). */
    static Map<String, List<GrantFact>> activeGrants(DSLContext ctx, Instant now) {
        Map<String, List<GrantFact>> active = new HashMap<>();
        String at = Ledger.TIME.format(now);
        ctx.select(STEPUP_GRANT.IDENTITY_KEY, STEPUP_GRANT.REQUEST_ID, STEPUP_GRANT.PRIVILEGE, STEPUP_GRANT.RESOURCE,
                        STEPUP_REQUEST.REQUESTER, STEPUP_GRANT.EXPIRES_AT)
                .from(STEPUP_GRANT).join(STEPUP_REQUEST).on(STEPUP_REQUEST.ID.eq(STEPUP_GRANT.REQUEST_ID))
                .where(STEPUP_GRANT.REVOKED_AT.isNull().and(STEPUP_GRANT.EXPIRES_AT.gt(at)))
                .orderBy(STEPUP_GRANT.REQUEST_ID)
                .fetch().forEach(r -> active.computeIfAbsent(r.value1(), k -> new ArrayList<>(1)).add(new GrantFact(r.value2(),
                        r.value3(), r.value4(), r.value5(), Instant.parse(r.value6()))));
        return active;
    }

    static Map<String, Ownership> owners(DSLContext ctx) {
        Map<String, Ownership> owners = new HashMap<>();
        ctx.select(IDENTITY_OWNER.IDENTITY_KEY, IDENTITY_OWNER.OWNER, IDENTITY_OWNER.OWNER_KIND, IDENTITY_OWNER.BACKUP,
                IDENTITY_OWNER.BACKUP_KIND).from(IDENTITY_OWNER).fetch().forEach(r -> owners.put(r.value1(),
                new Ownership(ref(r.value2(), r.value3()), r.value4() == null ? null : ref(r.value4(), r.value5()))));
        return owners;
    }

    private static String ref(String name, String kind) {
        return new OwnerRef(name, "team".equals(kind) ? OwnerKind.TEAM : OwnerKind.PERSON).toString();
    }

    /** Unresolved findings (accepted ones included: the reviewer sees accepted risk too). */
    static Map<String, List<FindingFact>> openFindings(DSLContext ctx, FindingCatalogue catalogue) {
        Map<String, List<FindingFact>> open = new HashMap<>();
        ctx.select(FINDING.IDENTITY_KEY, FINDING.RULE, FINDING.SEVERITY).from(FINDING).where(FINDING.RESOLVED_AT.isNull())
                .fetch().forEach(r -> open.computeIfAbsent(r.value1(), k -> new ArrayList<>(2)).add(new FindingFact(r.value2(),
                        Severity.of(r.value3()), catalogue.info(r.value2()).map(RuleInfo::explanation).orElse(r.value2()))));
        return open;
    }
}
