package io.steward.model.campaigns;

import io.steward.model.findings.Severity;

/**
 * One frozen item with its current decision. {@code decision} is null while undecided; {@code comment},
 * {@code decidedBy} and {@code decidedAt} belong to the decision in force.
 */
public record CampaignItem(long id, long itemNo, String identity, String name, String source, String kind, String owner,
                           String reviewer, String maxSeverity, String findingRules, String recommendation,
                           String recommendationReason, String previousDecision, String frozenHash, String decision,
                           Long decisionSeq, String comment, String remove, String decidedBy, String decidedAt) {
    public boolean decided() {
        return decision != null;
    }

    public boolean hasFinding(String rule) {
        return findingRules != null && java.util.Arrays.asList(findingRules.split(",")).contains(rule);
    }
}
