package io.steward.model.inventory.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.impl.DSL;

import static io.steward.model.db.Tables.IDENTITY;
import static io.steward.model.db.Tables.SNAPSHOT_FACET;

/**
 * Facet counts. With no filter but the source they add up the counts each import stored with its snapshot
 * (no identity row is read); otherwise they count the matching rows, at most {@link InventoryQuery#FACET_SCAN_CAP} of them.
 */
final class FacetQuery {
    private static final String NULL_KEY = "\u0000";

    private FacetQuery() {
    }

    static FacetCounts run(DSLContext ctx, IdentityFilter filter, CurrentSnapshots current, RiskSql risk) {
        return filter.onlySource() ? stored(ctx, filter, current, risk) : counted(ctx, filter, current, risk);
    }

    private static FacetCounts stored(DSLContext ctx, IdentityFilter filter, CurrentSnapshots current, RiskSql risk) {
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        for (CurrentSnapshots.Ref ref : current.all()) {
            add(counts, Facet.SOURCE, ref.source(), ref.identities());
        }
        List<Long> ids = current.ids(filter.source());
        if (!ids.isEmpty()) {
            for (Record3<String, String, Long> r : ctx.select(SNAPSHOT_FACET.FACET, SNAPSHOT_FACET.VALUE, SNAPSHOT_FACET.COUNT)
                    .from(SNAPSHOT_FACET).where(SNAPSHOT_FACET.SNAPSHOT_ID.in(ids)).fetch()) {
                Facet facet = facetOf(r.value1());
                if (facet != null) {
                    add(counts, facet, r.value2(), r.value3());
                }
            }
            // The stored counts are per row; a principal that several rows describe counts once, as its representative.
            for (Record r : ctx.select(IDENTITY.KIND, IDENTITY.ENVIRONMENT, IDENTITY.OWNER_HINT, IDENTITY.ENABLED).from(IDENTITY)
                    .where(Inventory.isMerged()).and(IDENTITY.SNAPSHOT_ID.in(ids)).fetch()) {
                countOnce(counts, r, -1);
            }
            // ... and with the owner hint and environment its other rows fill in.
            Map<Long, MergedFacets.Filled> filled = MergedFacets.filled(ctx, current);
            if (!filled.isEmpty()) {
                for (Record r : ctx.select(IDENTITY.ID, IDENTITY.OWNER_HINT, IDENTITY.ENVIRONMENT).from(IDENTITY)
                        .where(IDENTITY.ID.in(filled.keySet())).and(IDENTITY.SNAPSHOT_ID.in(ids)).fetch()) {
                    refill(counts, r, filled.get(r.get(IDENTITY.ID)));
                }
            }
        }
        long listed = current.of(filter.source()).stream().mapToLong(CurrentSnapshots.Ref::identities).sum();
        boolean counted = RiskCounts.add(ctx, ids, listed, risk, (level, n) -> add(counts, Facet.RISK, level.id(), n));
        Map<Facet, List<FacetValue>> values = sorted(counts);
        if (!counted) {
            values.put(Facet.RISK, java.util.Arrays.stream(RiskLevel.values()).map(l -> new FacetValue(l.id(), FacetValue.UNCOUNTED)).toList());
        }
        return new FacetCounts(values, true);
    }

    private static FacetCounts counted(DSLContext ctx, IdentityFilter filter, CurrentSnapshots current, RiskSql risk) {
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        long seen = 0;
        Map<Long, MergedFacets.Filled> filled = MergedFacets.filled(ctx, current);
        // With a risk filter every match has that risk: no second look-up of its findings.
        Field<Integer> rank = (filter.risk() != null ? DSL.inline(filter.risk().rank()) : risk.rank()).as(RiskSql.RANK_NAME);
        try (Cursor<? extends Record> rows = ctx.select(IDENTITY.ID, IDENTITY.SNAPSHOT_ID, IDENTITY.KIND, IDENTITY.ENVIRONMENT, IDENTITY.OWNER_HINT,
                        IDENTITY.ENABLED, rank)
                .from(IDENTITY)
                // The ids first (through an index: a search walks the name index, which holds the name), then only those rows.
                .where(IDENTITY.ID.in(DSL.select(IDENTITY.ID).from(IDENTITY).where(FilterConditions.of(filter, current, risk))
                        .limit(InventoryQuery.FACET_SCAN_CAP + 1)))
                .fetchLazy()) {
            for (Record r : rows) {
                if (++seen > InventoryQuery.FACET_SCAN_CAP) {
                    break;
                }
                add(counts, Facet.SOURCE, current.sourceOf(r.get(IDENTITY.SNAPSHOT_ID)), 1);
                countOnce(counts, r, 1);
                add(counts, Facet.RISK, RiskLevel.ofRank(r.get(rank)).id(), 1);
                if (!filled.isEmpty() && filled.containsKey(r.get(IDENTITY.ID))) {
                    refill(counts, r, filled.get(r.get(IDENTITY.ID)));
                }
            }
        }
        return new FacetCounts(sorted(counts), seen <= InventoryQuery.FACET_SCAN_CAP);
    }

    private static void countOnce(Map<Facet, Map<String, Long>> counts, Record r, long n) {
        add(counts, Facet.KIND, r.get(IDENTITY.KIND), n);
        add(counts, Facet.ENVIRONMENT, r.get(IDENTITY.ENVIRONMENT), n);
        add(counts, Facet.OWNER_HINT, r.get(IDENTITY.OWNER_HINT), n);
        Boolean enabled = Inventory.bool(r.get(IDENTITY.ENABLED));
        add(counts, Facet.ENABLED, enabled == null ? null : enabled.toString(), n);
    }

    /** Moves a representative that states no owner hint or environment itself to the value its other rows state. */
    private static void refill(Map<Facet, Map<String, Long>> counts, Record own, MergedFacets.Filled merged) {
        if (own.get(IDENTITY.OWNER_HINT) == null && merged.ownerHint() != null) {
            add(counts, Facet.OWNER_HINT, null, -1);
            add(counts, Facet.OWNER_HINT, merged.ownerHint(), 1);
        }
        if (own.get(IDENTITY.ENVIRONMENT) == null && merged.environment() != null) {
            add(counts, Facet.ENVIRONMENT, null, -1);
            add(counts, Facet.ENVIRONMENT, merged.environment(), 1);
        }
    }

    private static Facet facetOf(String stored) {
        return switch (stored) {
            case "kind" -> Facet.KIND;
            case "environment" -> Facet.ENVIRONMENT;
            case "owner-hint" -> Facet.OWNER_HINT;
            case "enabled" -> Facet.ENABLED;
            // "risk" is never stored: it changes with findings and acceptances, not with imports.
            default -> null;
        };
    }

    private static void add(Map<Facet, Map<String, Long>> counts, Facet facet, String value, long n) {
        counts.computeIfAbsent(facet, f -> new HashMap<>()).merge(value == null ? NULL_KEY : value, n, Long::sum);
    }

    private static Map<Facet, List<FacetValue>> sorted(Map<Facet, Map<String, Long>> counts) {
        Map<Facet, List<FacetValue>> out = new EnumMap<>(Facet.class);
        counts.forEach((facet, values) -> {
            List<FacetValue> list = new ArrayList<>();
            values.forEach((v, n) -> {
                if (n > 0) {
                    list.add(new FacetValue(NULL_KEY.equals(v) ? null : v, n));
                }
            });
            list.sort(facet == Facet.RISK ? Comparator.<FacetValue, RiskLevel>comparing(v -> RiskLevel.parse(v.value()))
                    : Comparator.comparingLong(FacetValue::count).reversed()
                    .thenComparing(FacetValue::value, Comparator.nullsLast(Comparator.naturalOrder())));
            out.put(facet, list.size() > InventoryQuery.FACET_VALUES ? list.subList(0, InventoryQuery.FACET_VALUES) : list);
        });
        return out;
    }
}
