package io.steward.model.inventory;

/** A facet value and how many identities have it; {@code value} null = the source does not say. */
public record FacetValue(String value, long count) {
}
