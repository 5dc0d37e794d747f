package io.steward.model.stepup;

/** An open finding on a target, as the policy sees it. */
public record FindingFact(String rule, String severity) {
}
