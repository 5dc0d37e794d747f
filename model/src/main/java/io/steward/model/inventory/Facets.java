package io.steward.model.inventory;

import java.util.List;

/** Counts per value of each facet, most frequent first; {@code enabled} values are "true", "false" or null. */
public record Facets(List<FacetValue> sources, List<FacetValue> kinds, List<FacetValue> environments, List<FacetValue> owners,
                     List<FacetValue> enabled) {
}
