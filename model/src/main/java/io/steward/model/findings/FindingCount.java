package io.steward.model.findings;

/**
 * One group of open findings. {@code key} is what the group's filter matches (a rule id, a severity, a source or
 * "-" for none, an owner or "-" for unowned, a framework reference's full text); {@code label} is short for a chart
 * ("NHI7", "PR.AA-01", "(no owner)"). {@code findings} counts accepted ones too; {@code identities} the distinct
 * identities behind them.
 */
public record FindingCount(FindingGrouping grouping, String key, String label, long findings, long accepted, long identities) {
    /** Findings of the group not covered by an acceptance in force. */
    public long unaccepted() {
        return findings - accepted;
    }

    /** The filter that lists exactly the findings behind this count. */
    public FindingFilter filter() {
        FindingFilter all = FindingFilter.ALL;
        return switch (grouping) {
            case RULE -> all.withRule(key);
            case SEVERITY -> all.withSeverity(Severity.of(key));
            case SOURCE -> new FindingFilter(null, null, key, null, null, null, null);
            case OWNER -> new FindingFilter(null, null, null, key, null, null, null);
            case FRAMEWORK -> new FindingFilter(null, null, null, null, key, null, null);
        };
    }
}
