package io.steward.model.inventory.query;

import java.util.List;

/** A page of identities and the cursor of the next page ({@code null} when this is the last one). */
public record IdentityPage(List<IdentityRow> rows, PageCursor next) {
    public IdentityPage {
        rows = List.copyOf(rows);
    }

    public boolean hasNext() {
        return next != null;
    }
}
