package io.steward.model.inventory.query;

/**
 * What an inventory row shows of an identity's findings: the worst level among its open, not accepted, findings
 * and how many those are.
 */
public record Risk(RiskLevel level, int findings) {
    public static final Risk NONE = new Risk(RiskLevel.NONE, 0);

    /** "critical, 3 findings", "none": what a screen reader says for the badge, and what the CLI table prints. */
    public String describe() {
        if (level == RiskLevel.NONE) {
            return "none";
        }
        return level.id() + ", " + findings + (findings == 1 ? " finding" : " findings");
    }
}
