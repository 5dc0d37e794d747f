package io.steward.exports.workbook;

import java.time.Instant;

/** The time span a workbook covers, both ends included. */
public record Period(Instant from, Instant to) {
    public Period {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("a period cannot end (" + to + ") before it starts (" + from + ")");
        }
    }
}
