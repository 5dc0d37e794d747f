package io.steward.model.campaigns;

import io.steward.model.campaigns.ReviewFacts.FindingFact;
import io.steward.model.campaigns.ReviewFacts.Ownership;
import io.steward.model.findings.FindingCatalogue;
import io.steward.model.findings.RuleInfo;
import io.steward.model.findings.Severity;
import io.steward.model.owners.OwnerKind;
import io.steward.model.owners.OwnerRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

import static io.steward.model.db.Tables.FINDING;
import static io.steward.model.db.Tables.IDENTITY_OWNER;

/**
 * The campaign's view of ownership and findings, read in bulk from their projections (one query each, so
 * opening over 100,000 identities does not ask identity by identity). A team owner reviews as
 * {@code team:NAME}, the same text `steward owner` shows.
 */
public final class GovernanceFacts {
    private GovernanceFacts() {
    }

    public static ReviewFacts of(FindingCatalogue catalogue, ReviewFacts.StepUpGrants stepUpGrants) {
        return new ReviewFacts(GovernanceFacts::owners, ctx -> openFindings(ctx, catalogue), stepUpGrants);
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
