package io.steward.model.findings;

/** What open findings are counted by: the rule, its severity, the source, the identity's owner, a framework item. */
public enum FindingGrouping {
    RULE("rule"), SEVERITY("severity"), SOURCE("source"), OWNER("owner"), FRAMEWORK("framework item");

    private final String label;

    FindingGrouping(String label) {
        this.label = label;
    }

    /** "rule", "framework item": for headings and status lines. */
    public String label() {
        return label;
    }
}
