package io.steward.model.stepup.policy;

import java.util.List;

/**
 * What one rule decided for one request: whether its condition held and, if so, its effects; {@code error} is set
 * when the condition could not be evaluated (the rule then denies: a policy fails closed).
 */
public record RuleResult(String rule, int line, boolean matched, List<String> effects, String error) {
    public RuleResult {
        effects = List.copyOf(effects);
    }

    /** One line for people: "prod-privileged: approvals 2, cap PT1H" or "agents-standing: did not apply". */
    public String summary() {
        if (error != null) {
            return rule + ": could not be evaluated (" + error + "), so it denies";
        }
        return rule + ": " + (matched ? String.join(", ", effects) : "did not apply");
    }
}
