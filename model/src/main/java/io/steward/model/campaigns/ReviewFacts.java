package io.steward.model.campaigns;

import io.steward.model.findings.Severity;

import io.steward.model.findings.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * What a campaign needs from the other governance jobs, read inside the caller's transaction: accountable
 * owners (who reviews), open findings (risk, recommendations, guardrails) and active step-up grants
 * (what else the identity holds, and who asked for it). Keyed by identity key.
 */
public record ReviewFacts(Owners owners, Findings findings, StepUpGrants stepUpGrants) {

    /** A severity id (any case), or null when the text is not one. */
    public static Severity severity(String text) {
        try {
            return text == null ? null : Severity.of(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The current owner and backup of every owned identity; unowned identities are absent. */
    @FunctionalInterface
    public interface Owners {
        Map<String, Ownership> current(DSLContext ctx);
    }

    /** The open findings of every identity that has any. */
    @FunctionalInterface
    public interface Findings {
        Map<String, List<FindingFact>> open(DSLContext ctx);
    }

    /** Step-up grants in force now, by target identity. */
    @FunctionalInterface
    public interface StepUpGrants {
        Map<String, List<GrantFact>> active(DSLContext ctx);
    }

    public record Ownership(String owner, String backup) {
    }

    public record FindingFact(String rule, Severity severity, String explanation) {
    }

    public record GrantFact(String request, String privilege, String resource, String requester, Instant expiresAt) {
    }
}
