package io.steward.model.inventory;

/**
 * Where a keyset page ended: the sort value of its last row ({@code null} when unknown) and its id.
 * Opaque to callers: pass {@link IdentityPage#next()} back to get the following page.
 */
public record PageCursor(InventorySort sort, String sortValue, long id) {
}
