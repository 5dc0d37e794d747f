package io.steward.model.inventory.query;

import java.util.Objects;

/**
 * One page of the inventory: filter, order, and where to start ({@code after} null = the first page).
 *
 * @param limit rows per page, 1 to {@link #MAX_LIMIT}
 */
public record PageRequest(IdentityFilter filter, IdentitySort sort, boolean descending, PageCursor after, int limit) {
    public static final int MAX_LIMIT = 10_000;

    public PageRequest {
        filter = filter == null ? IdentityFilter.ALL : filter;
        Objects.requireNonNull(sort, "sort");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_LIMIT + " rows, not " + limit);
        }
    }

    public static PageRequest first(IdentityFilter filter, IdentitySort sort, boolean descending, int limit) {
        return new PageRequest(filter, sort, descending, null, limit);
    }

    /** The same request continuing after {@code cursor}. */
    public PageRequest next(PageCursor cursor) {
        return new PageRequest(filter, sort, descending, cursor, limit);
    }
}
