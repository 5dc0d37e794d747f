package io.steward.model.inventory.query;

/**
 * One value of a facet and how many identities carry it. {@code value} is {@code null} for "unknown / none"
 * (filter for it with {@link IdentityFilter#UNKNOWN}); for ENABLED it is {@code "true"} or {@code "false"}.
 */
public record FacetValue(String value, long count) {
    /** The count of a value listed without counting it (the risk levels of a ledger with very many findings). */
    public static final long UNCOUNTED = -1;
}
