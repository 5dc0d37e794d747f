package io.steward.model.inventory;

import java.util.Objects;

/**
 * An edge from an identity to another identity, possibly in another system, e.g. an access key that
 * belongs to an IAM user, or a role that a service may assume.
 *
 * @param targetSource the source of the target ({@code aws:123456789012}), or {@code null} for "any source"
 */
public record LinkRecord(String kind, String targetSource, String targetNativeId) {
    public LinkRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(targetNativeId, "targetNativeId");
    }
}
