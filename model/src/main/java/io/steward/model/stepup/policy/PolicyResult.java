package io.steward.model.stepup.policy;

import java.time.Duration;
import java.util.List;

/**
 * The policy's verdict on one request: each rule's result, and the combined effects: every deny message, the
 * smallest TTL cap (null = no cap), and the largest number of approvals required (at least 1).
 */
public record PolicyResult(String policy, String policySha256, List<RuleResult> rules, List<String> denials,
                           Duration cap, int approvals) {
    public PolicyResult {
        rules = List.copyOf(rules);
        denials = List.copyOf(denials);
    }

    public boolean denied() {
        return !denials.isEmpty();
    }

    public List<RuleResult> applied() {
        return rules.stream().filter(r -> r.matched() || r.error() != null).toList();
    }
}
