package io.steward.app.ui.inventory;

import io.steward.model.inventory.query.Facet;
import io.steward.model.inventory.query.IdentityFilter;
import io.steward.model.inventory.query.RiskLevel;

/** Reads and edits one facet's field of an {@link IdentityFilter}. */
final class Filters {
    private Filters() {
    }

    /** {@code value} null clears the facet. */
    static IdentityFilter with(IdentityFilter f, Facet facet, String value) {
        return switch (facet) {
            case SOURCE -> f.withSource(value);
            case KIND -> f.withKind(value);
            case ENVIRONMENT -> f.withEnvironment(value);
            case OWNER_HINT -> f.withOwnerHint(value);
            case ENABLED -> f.withEnabled(value == null ? null : Boolean.valueOf(value));
            case RISK -> f.withRisk(value == null ? null : RiskLevel.parse(value));
        };
    }

    static String valueOf(IdentityFilter f, Facet facet) {
        return switch (facet) {
            case SOURCE -> f.source();
            case KIND -> f.kind();
            case ENVIRONMENT -> f.environment();
            case OWNER_HINT -> f.ownerHint();
            case ENABLED -> f.enabled() == null ? null : f.enabled().toString();
            case RISK -> f.risk() == null ? null : f.risk().id();
        };
    }
}
