package io.steward.model.stepup.policy;

/** One thing wrong in a policy file: where (1-based line and column), in which rule (or {@code null}), and why. */
public record PolicyProblem(int line, int column, String rule, String message) {
    @Override
    public String toString() {
        return line + ":" + column + ": " + (rule == null ? "" : "rule " + rule + ": ") + message;
    }
}
