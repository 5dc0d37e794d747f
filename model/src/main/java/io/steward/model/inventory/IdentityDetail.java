package io.steward.model.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything known about one identity in one snapshot: its row, attributes and tags, credentials,
 * grants, links (resolved to identities of the newest snapshots when they are there), the identity it
 * belongs to and those that belong to it, and its history across the snapshots of its series.
 */
public record IdentityDetail(IdentityRow identity, SnapshotInfo snapshot, Map<String, Object> attributes, Map<String, String> tags,
                             List<CredentialRecord> credentials, List<GrantRecord> grants, List<Link> links, IdentityRow parent,
                             List<IdentityRow> children, List<HistoryEntry> history) {
    /** A link and, when found in the newest snapshots, the identity it points to. */
    public record Link(String kind, String targetSource, String targetNativeId, Long targetIdentityId, String targetName) {
    }

    /**
     * The identity in one snapshot of its series: absent ({@code identityId} null) or present, and whether
     * anything about it changed since the previous snapshot where it was present.
     */
    public record HistoryEntry(long snapshotId, Instant asOf, String fileName, Long identityId, Boolean enabled, Instant lastUsedAt,
                               boolean changed) {
    }
}
