package io.steward.model.campaigns;

import io.steward.model.campaigns.ReviewFacts.FindingFact;
import io.steward.model.inventory.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What Steward suggests for an item, and why, from the facts frozen with it: revoke what has not been used
 * beyond the threshold, reduce what is overprivileged, certify what was used recently and has no findings;
 * anything else is left to the reviewer ("review").
 */
public record Recommendation(String action, String reason) {
    public static final Duration DEFAULT_UNUSED = Duration.ofDays(90);
    static final Set<String> PRIVILEGE_RULES = Set.of("overprivileged", "agent-standing-privilege");

    static Recommendation of(Candidate c, List<FindingFact> findings, Instant now, Duration unusedThreshold) {
        long thresholdDays = unusedThreshold.toDays();
        String activity = c.lastActivity();
        long unusedDays = activity == null ? -1 : days(activity, now);
        if (activity == null) {
            if (c.createdAt != null && days(c.createdAt, now) > thresholdDays) {
                return new Recommendation("revoke", "never used, created " + days(c.createdAt, now) + " days ago (threshold "
                        + thresholdDays + " days)");
            }
        } else if (unusedDays > thresholdDays) {
            return new Recommendation("revoke", "last used " + unusedDays + " days ago (threshold " + thresholdDays
                    + " days)");
        }
        List<String> privileged = findings.stream().map(FindingFact::rule).filter(PRIVILEGE_RULES::contains).distinct().toList();
        if (!privileged.isEmpty()) {
            return new Recommendation("reduce", "holds more privilege than it needs (" + String.join(", ", privileged) + ")");
        }
        if (activity == null) {
            return new Recommendation("review", "no usage recorded yet");
        }
        if (findings.isEmpty()) {
            return new Recommendation("certify", "used " + unusedDays + " days ago, no open findings");
        }
        return new Recommendation("review", "used recently, but has open findings: "
                + String.join(", ", findings.stream().map(FindingFact::rule).distinct().toList()));
    }

    private static long days(String iso, Instant now) {
        return Math.max(0, Duration.between(Timestamps.parse(iso), now).toDays());
    }
}
