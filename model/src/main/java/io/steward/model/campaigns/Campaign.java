package io.steward.model.campaigns;

import java.time.LocalDate;

/** One campaign as listed: its definition, state and progress. */
public record Campaign(long id, String name, String period, LocalDate due, String owner, String scope, String state,
                      String createdAt, String openedAt, String closedAt, long items, long decided, String itemsHash) {
    public static final String DRAFT = "draft";
    public static final String OPEN = "open";
    public static final String CLOSED = "closed";

    public boolean isOpen() {
        return OPEN.equals(state);
    }
}
