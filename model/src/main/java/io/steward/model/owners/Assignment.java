package io.steward.model.owners;

import java.util.Objects;

/**
 * What to assign: owner, optional backup, the reason, and how it came about ({@code manual}, {@code suggestion},
 * {@code rules:FILE:LINE}).
 */
public record Assignment(OwnerRef owner, OwnerRef backup, String reason, String via) {
    public Assignment {
        Objects.requireNonNull(owner, "owner");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an owner assignment needs a reason");
        }
        via = via == null ? "manual" : via;
    }

    public static Assignment manual(OwnerRef owner, OwnerRef backup, String reason) {
        return new Assignment(owner, backup, reason, "manual");
    }

    /** True when this assignment would leave {@code current} as it is (same owner and backup). */
    public boolean sameAs(CurrentOwner current) {
        return current != null && current.owner().equals(owner) && Objects.equals(current.backup(), backup);
    }
}
