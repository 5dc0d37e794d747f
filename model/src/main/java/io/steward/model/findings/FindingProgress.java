package io.steward.model.findings;

/** Told which rule runs, so a long computation can show progress. */
@FunctionalInterface
public interface FindingProgress {
    FindingProgress NONE = (rule, done, total) -> { };

    void rule(String ruleId, int done, int total);
}
