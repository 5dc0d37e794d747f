package io.steward.model.findings;

/**
 * An identity in the orphan queue: no owner, or an owner who left. {@code risk} is the rank of its worst open,
 * not accepted, finding (5 critical .. 0 none); {@code privileged} counts its admin/wildcard findings.
 */
public record Orphan(String identityKey, String name, String kind, String source, String owner, String ownerHint,
                     String why, int risk, int privileged, int findings) {
    public Severity worst() {
        return risk == 0 ? null : Severity.values()[5 - risk];
    }
}
