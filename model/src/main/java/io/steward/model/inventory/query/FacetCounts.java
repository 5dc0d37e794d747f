package io.steward.model.inventory.query;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts per facet value, biggest first, at most {@link InventoryQuery#FACET_VALUES} values per facet.
 * Unfiltered (or filtered by source only) they come from the counts each import stored; with other filters
 * they are counted over the matching rows, and {@code exact} is false when that stopped at
 * {@link InventoryQuery#FACET_SCAN_CAP} rows (each count is then a lower bound). Unfiltered risk levels may be listed
 * with {@link FacetValue#UNCOUNTED} (see RiskCounts).
 */
public record FacetCounts(Map<Facet, List<FacetValue>> values, boolean exact) {
    public FacetCounts {
        Map<Facet, List<FacetValue>> copy = new EnumMap<>(Facet.class);
        values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        values = java.util.Collections.unmodifiableMap(copy);
    }

    public List<FacetValue> of(Facet facet) {
        return values.getOrDefault(facet, List.of());
    }
}
