package io.steward.model.inventory.query;

/** The fields the inventory can be narrowed by, each with counts per value. */
public enum Facet {
    SOURCE, KIND, ENVIRONMENT, OWNER_HINT, ENABLED,
    /** The worst open, not accepted, finding: values are {@link RiskLevel} ids, in that order. */
    RISK
}
