package io.steward.model.inventory.query;

/**
 * An edge to another identity. When the target is in the current inventory, {@code target} is that
 * identity; otherwise {@code null} (not imported, or in a system not imported yet).
 */
public record LinkView(String kind, String targetSource, String targetNativeId, IdentityRow target) {
}
