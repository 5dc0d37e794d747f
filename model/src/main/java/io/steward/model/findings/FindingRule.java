package io.steward.model.findings;

/**
 * One finding rule. Rules are set-based: {@link #evaluate} runs SQL over the current inventory and hands the
 * matching identities to {@link RuleRun#emit}, never a Java loop over every identity. Other packages add rules
 * (e.g. step-up's expired-grant-present) by implementing this and registering the class in
 * {@code META-INF/services/io.steward.model.findings.FindingRule}, or by passing it to {@link FindingCatalogue#with}.
 */
public interface FindingRule {
    RuleInfo info();

    /** Emits the identities, among those {@link RuleRun#inScope} admits, on which this rule fires now. */
    void evaluate(RuleRun run);
}
