package io.steward.model.findings;

import static io.steward.model.db.Tables.FINDING;
import static io.steward.model.db.Tables.FINDING_ACCEPTANCE;
import static io.steward.model.db.Tables.IDENTITY_OWNER;

import io.steward.model.inventory.Timestamps;
import java.time.Instant;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Which open findings to list; {@code null} = any. {@code owner} "-" means unowned, {@code source} "-" no source
 * recorded. {@code reference} matches
 * rules whose references contain the text (e.g. "NHI7", "PR.AA-05"). {@code accepted}: null = both.
 */
public record FindingFilter(String rule, Severity severity, String source, String owner, String reference, Boolean accepted,
                            String identityKey) {
    public static final FindingFilter ALL = new FindingFilter(null, null, null, null, null, null, null);

    public FindingFilter withRule(String r) {
        return new FindingFilter(r, severity, source, owner, reference, accepted, identityKey);
    }

    public FindingFilter withSeverity(Severity s) {
        return new FindingFilter(rule, s, source, owner, reference, accepted, identityKey);
    }

    Condition condition(DSLContext ctx, Instant now, FindingCatalogue catalogue) {
        Condition c = FINDING.RESOLVED_AT.isNull();
        if (rule != null) {
            c = c.and(FINDING.RULE.eq(rule));
        }
        if (severity != null) {
            c = c.and(FINDING.SEVERITY.eq(severity.id()));
        }
        if (source != null) {
            c = c.and("-".equals(source) ? FINDING.SOURCE.isNull() : FINDING.SOURCE.eq(source));
        }
        if (identityKey != null) {
            c = c.and(FINDING.IDENTITY_KEY.eq(identityKey));
        }
        if (owner != null) {
            var owned = DSL.select(IDENTITY_OWNER.IDENTITY_KEY).from(IDENTITY_OWNER);
            c = c.and("-".equals(owner) ? FINDING.IDENTITY_KEY.notIn(owned)
                    : FINDING.IDENTITY_KEY.in(owned.where(IDENTITY_OWNER.OWNER.eq(owner))));
        }
        if (reference != null) {
            var ids = catalogue.infos().stream().filter(i -> i.references().stream().anyMatch(r -> r.contains(reference)))
                    .map(RuleInfo::id).toList();
            c = c.and(FINDING.RULE.in(ids));
        }
        if (accepted != null) {
            var inForce = DSL.exists(DSL.selectOne().from(FINDING_ACCEPTANCE).where(FINDING_ACCEPTANCE.IDENTITY_KEY.eq(FINDING.IDENTITY_KEY))
                    .and(FINDING_ACCEPTANCE.RULE.eq(FINDING.RULE)).and(FINDING_ACCEPTANCE.ENDED_AT.isNull())
                    .and(FINDING_ACCEPTANCE.ACCEPTED_UNTIL.gt(Timestamps.format(now))));
            c = c.and(accepted ? inForce : DSL.not(inForce));
        }
        return c;
    }
}
