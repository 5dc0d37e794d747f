package io.steward.model.inventory.query;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.impl.DSL;

import static io.steward.model.db.Tables.SNAPSHOT_FACET;

/**
 * How many current rows carry each value of the filtered facets, from the counts every import stored with
 * its snapshot: exact, and read without touching an identity row. {@link AccessPlan} uses them to decide
 * which index a query should walk.
 */
final class FacetEstimates {
    private final Map<String, Map<String, Long>> counts;

    private FacetEstimates(Map<String, Map<String, Long>> counts) {
        this.counts = counts;
    }

    /** The counts of every kind (for kind order) and of the filter's owner and environment, in the filter's sources. */
    static FacetEstimates load(DSLContext ctx, IdentityFilter f, CurrentSnapshots current) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        List<Long> ids = current.ids(f.source());
        if (!ids.isEmpty()) {
            var wanted = DSL.noCondition().or(SNAPSHOT_FACET.FACET.eq("kind"));
            if (f.ownerHint() != null) {
                wanted = wanted.or(SNAPSHOT_FACET.FACET.eq("owner-hint").and(value(f.ownerHint())));
            }
            if (f.environment() != null) {
                wanted = wanted.or(SNAPSHOT_FACET.FACET.eq("environment").and(value(f.environment())));
            }
            for (Record3<String, String, Long> r : ctx.select(SNAPSHOT_FACET.FACET, SNAPSHOT_FACET.VALUE, SNAPSHOT_FACET.COUNT)
                    .from(SNAPSHOT_FACET).where(SNAPSHOT_FACET.SNAPSHOT_ID.in(ids)).and(wanted).fetch()) {
                String value = r.value2() == null ? IdentityFilter.UNKNOWN : r.value2();
                counts.computeIfAbsent(r.value1(), k -> new TreeMap<>()).merge(value, r.value3(), Long::sum);
            }
        }
        return new FacetEstimates(counts);
    }

    private static org.jooq.Condition value(String v) {
        return IdentityFilter.UNKNOWN.equals(v) ? SNAPSHOT_FACET.VALUE.isNull() : SNAPSHOT_FACET.VALUE.eq(v);
    }

    /** Rows with this value of the facet ("kind", "owner-hint", "environment"); {@link IdentityFilter#UNKNOWN} for none. */
    long count(String facet, String value) {
        return counts.getOrDefault(facet, Map.of()).getOrDefault(value, 0L);
    }

    /** Every kind in the filter's sources, in order, with its count. */
    Map<String, Long> kinds() {
        return counts.getOrDefault("kind", Map.of());
    }
}
