package io.steward.model.stepup;

/** An open finding on a target, as the policy sees it; {@code accepted} when a risk acceptance is in force. */
public record FindingFact(String rule, String severity, boolean accepted) {
}
