package io.steward.model.inventory.query;

/**
 * How many identities match a filter. Counting stops at a cap so a broad search over a million rows stays
 * fast: when {@code exact} is false, at least {@code count} match (show "10,000+").
 */
public record CountResult(long count, boolean exact) {
    @Override
    public String toString() {
        return exact ? Long.toString(count) : count + "+";
    }
}
