package io.steward.model.inventory.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An identity's risk in the inventory: the worst severity among its open findings that no acceptance covers now, or
 * NONE. Info findings count as LOW (no built-in rule is info; a rule that is still shows up as some risk).
 */
public enum RiskLevel {
    CRITICAL(4, "critical"), HIGH(3, "high"), MEDIUM(2, "medium"), LOW(1, "low", "info"), NONE(0);

    private final int rank;
    private final List<String> severities;

    RiskLevel(int rank, String... severities) {
        this.rank = rank;
        this.severities = List.of(severities);
    }

    /** critical, high, medium, low, none: the word the CLI, the facet and the JSON use. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** 4 for critical down to 0 for none: higher is riskier. */
    public int rank() {
        return rank;
    }

    /** The finding severities that make this level (empty for NONE). */
    List<String> severities() {
        return severities;
    }

    static RiskLevel ofRank(Integer rank) {
        for (RiskLevel l : values()) {
            if (rank != null && l.rank == rank) {
                return l;
            }
        }
        return NONE;
    }

    /** The level a finding of {@code severity} (critical, high, medium, low, info) makes. */
    public static RiskLevel ofSeverity(String severity) {
        for (RiskLevel l : values()) {
            if (l.severities.contains(severity)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + severity + "'");
    }

    /** Parses {@link #id()} (any case). @throws IllegalArgumentException naming the levels */
    public static RiskLevel parse(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (RiskLevel l : values()) {
            if (l.id().equals(key)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown risk '" + text + "'. Use one of: "
                + Arrays.stream(values()).map(RiskLevel::id).collect(Collectors.joining(", ")));
    }
}
