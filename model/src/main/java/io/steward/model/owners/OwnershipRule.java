package io.steward.model.owners;

import java.util.Map;

/**
 * One line of a bulk assignment rules file: what it matches (each {@code null} = anything) and whom it assigns.
 * Patterns are globs ({@code *}, {@code ?}), case-insensitive. {@code scope} matches the part of the source after
 * the platform (an AWS account, GCP project, Azure subscription); {@code tags} match tags, labels or annotations.
 */
public record OwnershipRule(int line, String source, String scope, String namespace, String name, String kind,
                            Map<String, String> tags, String owner, String backup, String reason,
                            int ownerColumn, int backupColumn) {
    /** The reason recorded with each assignment: the rule's own, else the file and line. */
    public String reasonOr(String file) {
        return reason != null ? reason : "ownership rule " + file + ":" + line;
    }
}
