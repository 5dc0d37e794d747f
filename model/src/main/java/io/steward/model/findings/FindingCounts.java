package io.steward.model.findings;

import io.steward.model.inventory.Timestamps;
import io.steward.model.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Open findings counted by rule, severity, source, owner or framework item, each a GROUP BY over the findings tables
 * (never a loop over findings). Acceptances in force are counted apart. Every rule of the catalogue and every framework
 * item it refers to has a count, zero included, so "nothing found" shows as a number.
 */
public final class FindingCounts {
    /**
     * Acceptances in force, with their open findings: counted apart from the findings so that the counts walk the open
     * finding indexes alone (joining every open finding to its acceptance read each finding's row: seconds at 1M).
     */
    private static final String ACCEPTED = "finding_acceptance a CROSS JOIN finding f ON f.identity_key = a.identity_key AND f.rule = a.rule"
            + " AND f.resolved_at IS NULL";
    private static final String IDENTITIES = "count(DISTINCT f.identity_key)";
    private static final String IN_FORCE = " WHERE a.ended_at IS NULL AND a.accepted_until > ?";
    static final String NONE = "-";

    private final Store store;
    private final FindingCatalogue catalogue;
    private final Clock clock;

    FindingCounts(Store store, FindingCatalogue catalogue, Clock clock) {
        this.store = store;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** The groups of {@code grouping}: severities worst first, the others largest first. */
    public List<FindingCount> by(FindingGrouping grouping) {
        String now = Timestamps.format(clock.instant());
        List<FindingCount> counts = store.read(ctx -> switch (grouping) {
            // one open finding per identity and rule: a rule's identities are its findings (finding_open_rule covers it)
            case RULE -> withEveryRule(grouped(ctx, grouping, "f.rule", "count(f.id)", "", now));
            case SEVERITY -> grouped(ctx, grouping, "f.severity", IDENTITIES, "", now);
            case SOURCE -> grouped(ctx, grouping, "coalesce(f.source, '-')", IDENTITIES, "", now);
            case OWNER -> grouped(ctx, grouping, "coalesce(o.owner, '-')", IDENTITIES,
                    " LEFT JOIN identity_owner o ON o.identity_key = f.identity_key", now);
            case FRAMEWORK -> framework(ctx, now);
        });
        Comparator<FindingCount> order = grouping == FindingGrouping.SEVERITY
                ? Comparator.comparingInt(c -> Severity.of(c.key()).ordinal())
                : Comparator.comparingLong(FindingCount::findings).reversed().thenComparing(FindingCount::label);
        return counts.stream().sorted(order).toList();
    }

    private static List<FindingCount> grouped(DSLContext ctx, FindingGrouping grouping, String key, String identities, String join,
                                              String now) {
        Map<String, Long> accepted = accepted(ctx, "SELECT " + key + " AS k, count(*) FROM " + ACCEPTED + join + IN_FORCE
                + " GROUP BY k", now);
        return ctx.fetch("SELECT " + key + " AS k, count(f.id), " + identities + " FROM finding f" + join
                + " WHERE f.resolved_at IS NULL GROUP BY k").map(r -> count(grouping, r, accepted));
    }

    private static Map<String, Long> accepted(DSLContext ctx, String sql, Object... binds) {
        Map<String, Long> byKey = new HashMap<>();
        ctx.fetch(sql, binds).forEach(r -> byKey.put(r.get(0, String.class), r.get(1, Long.class)));
        return byKey;
    }

    /**
     * Each finding counts once for every framework item its rule refers to (the rule-to-item table is the catalogue's),
     * each identity once per item. Identities are grouped by the set of rules open on them (a handful of sets, read in
     * one walk of the open-finding index), and the items are counted from those sets: joining every open finding to
     * the items and counting distinct identities per item took seconds at 1M findings.
     */
    private List<FindingCount> framework(DSLContext ctx, String now) {
        Map<String, Set<String>> itemsOfRule = new HashMap<>();
        Map<String, long[]> byItem = new TreeMap<>();
        List<Object> binds = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (RuleInfo info : catalogue.infos()) {
            for (String reference : info.references()) {
                itemsOfRule.computeIfAbsent(info.id(), r -> new HashSet<>()).add(reference);
                byItem.putIfAbsent(reference, new long[2]);
                rows.add("(?, ?)");
                binds.add(reference);
                binds.add(info.id());
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        binds.add(now);
        Map<String, Long> accepted = accepted(ctx, "WITH ref(k, rule) AS (VALUES " + String.join(", ", rows) + ") SELECT ref.k, count(*)"
                + " FROM " + ACCEPTED + " JOIN ref ON ref.rule = a.rule" + IN_FORCE + " GROUP BY ref.k", binds.toArray());
        ctx.fetch("SELECT rules, count(*) FROM (SELECT f.identity_key, group_concat(f.rule, ' ') AS rules FROM finding f"
                + " WHERE f.resolved_at IS NULL GROUP BY f.identity_key) GROUP BY rules").forEach(r -> {
                    long identities = r.get(1, Long.class);
                    Map<String, Integer> rulesPerItem = new HashMap<>();
                    for (String rule : new HashSet<>(List.of(r.get(0, String.class).split(" ")))) {
                        itemsOfRule.getOrDefault(rule, Set.of()).forEach(item -> rulesPerItem.merge(item, 1, Integer::sum));
                    }
                    rulesPerItem.forEach((item, n) -> {
                        long[] c = byItem.get(item);
                        c[0] += n * identities;
                        c[1] += identities;
                    });
                });
        List<FindingCount> counts = new ArrayList<>();
        byItem.forEach((item, c) -> counts.add(new FindingCount(FindingGrouping.FRAMEWORK, item, label(FindingGrouping.FRAMEWORK, item),
                c[0], accepted.getOrDefault(item, 0L), c[1])));
        return counts;
    }

    private List<FindingCount> withEveryRule(List<FindingCount> found) {
        List<FindingCount> all = new ArrayList<>(found);
        Set<String> seen = new HashSet<>(found.stream().map(FindingCount::key).toList());
        for (RuleInfo info : catalogue.infos()) {
            if (!seen.contains(info.id())) {
                all.add(new FindingCount(FindingGrouping.RULE, info.id(), info.id(), 0, 0, 0));
            }
        }
        return all;
    }

    private static FindingCount count(FindingGrouping grouping, Record r, Map<String, Long> accepted) {
        String key = r.get(0, String.class);
        return new FindingCount(grouping, key, label(grouping, key), r.get(1, Long.class), accepted.getOrDefault(key, 0L),
                r.get(2, Long.class));
    }

    private static String label(FindingGrouping grouping, String key) {
        return switch (grouping) {
            case SOURCE -> NONE.equals(key) ? "(no source)" : key;
            case OWNER -> NONE.equals(key) ? "(no owner)" : key;
            case FRAMEWORK -> FrameworkItems.code(key);
            default -> key;
        };
    }
}
