package io.steward.model.inventory.query;

import java.util.List;

/**
 * Where the next page starts: the sort key values and row id of the last row shown. Treat it as opaque
 * and pass it back unchanged with the same filter, sort and direction; a UI that wants "previous page"
 * keeps the cursors of the pages it has shown.
 */
public record PageCursor(List<String> keys, long id) {
    public PageCursor {
        keys = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(keys)); // keys may hold nulls
    }
}
