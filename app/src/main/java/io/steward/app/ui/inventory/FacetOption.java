package io.steward.app.ui.inventory;

import io.steward.app.ui.common.Words;
import io.steward.model.inventory.query.Facet;
import io.steward.model.inventory.query.FacetValue;
import io.steward.model.inventory.query.IdentityFilter;
import io.steward.model.inventory.query.RiskLevel;

/**
 * One value of a facet as the filter panel shows it. {@code filterValue} is what goes into the
 * {@link IdentityFilter} ({@link IdentityFilter#UNKNOWN} for "none"); {@code selectable} is false for
 * values the query cannot select (an unknown enabled state).
 */
public record FacetOption(Facet facet, String filterValue, String label, long count, boolean selectable) {

    static FacetOption of(Facet facet, FacetValue v) {
        if (facet == Facet.RISK) {
            return new FacetOption(facet, v.value(), RiskBadge.title(RiskLevel.parse(v.value())), v.count(), true);
        }
        if (facet == Facet.ENABLED) {
            if (v.value() == null) {
                return new FacetOption(facet, null, "Not stated", v.count(), false);
            }
            boolean on = Boolean.parseBoolean(v.value());
            return new FacetOption(facet, v.value(), on ? "Enabled" : "Disabled", v.count(), true);
        }
        if (v.value() == null) {
            return new FacetOption(facet, IdentityFilter.UNKNOWN, facet == Facet.OWNER_HINT ? "No owner hint" : "Not stated", v.count(), true);
        }
        return new FacetOption(facet, v.value(), v.value(), v.count(), true);
    }

    /** The option for a selected value that the latest counts no longer list (it matches nothing now). */
    static FacetOption missing(Facet facet, String filterValue) {
        if (facet == Facet.RISK) {
            return new FacetOption(facet, filterValue, RiskBadge.title(RiskLevel.parse(filterValue)), 0, true);
        }
        String label = filterValue.isEmpty() ? "Not stated" : facet == Facet.ENABLED
                ? (Boolean.parseBoolean(filterValue) ? "Enabled" : "Disabled") : filterValue;
        return new FacetOption(facet, filterValue, label, 0, true);
    }

    /** The count, or nothing when the value is listed uncounted (risk levels over very many findings). */
    public String countText() {
        return count == FacetValue.UNCOUNTED ? "" : Words.number(count);
    }
}
