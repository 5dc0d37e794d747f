package io.steward.model.inventory.query;

import java.util.List;

/**
 * A page of changes in stable-id order; {@code nextAfter} is the native id to continue after, {@code null}
 * on the last page.
 */
public record DiffPage(List<IdentityChange> changes, String nextAfter) {
    public DiffPage {
        changes = List.copyOf(changes);
    }
}
