package io.steward.model.stepup;

/**
 * Who answers for an identity: owner and backup (either may be {@code null}); {@code assigned} is false when the
 * owner is only the hint an export gave, not an assignment.
 */
public record Accountable(String owner, String backup, boolean assigned) {
    public static final Accountable NONE = new Accountable(null, null, false);
}
