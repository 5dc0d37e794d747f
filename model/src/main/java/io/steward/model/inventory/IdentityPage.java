package io.steward.model.inventory;

import java.util.List;

/** One page of the inventory; {@code next} is null on the last page. */
public record IdentityPage(List<IdentityRow> rows, PageCursor next) {
}
