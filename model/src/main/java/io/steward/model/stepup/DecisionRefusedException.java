package io.steward.model.stepup;

/**
 * A decision that a built-in rule or the policy does not allow; nothing was written. {@code rule} names the
 * built-in rule (e.g. {@code no-self-approval}) or the policy rule(s) that refused.
 */
public final class DecisionRefusedException extends RuntimeException {
    private final String rule;

    public DecisionRefusedException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
