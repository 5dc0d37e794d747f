package io.steward.model.campaigns;

import io.steward.model.findings.Severity;

import java.util.List;
import java.util.Set;

/**
 * A decision to record on one or more items. {@code remove} names the grants (privilege) or credentials (id
 * or masked id) a reduce takes away. {@code bulkMaxSeverity}: a certify of several items is refused when any
 * of them has a finding above it.
 */
public record Decision(String action, String comment, List<String> remove, Severity bulkMaxSeverity) {
    public static final String CERTIFY = "certify";
    public static final String REVOKE = "revoke";
    public static final String REDUCE = "reduce";
    public static final Set<String> ACTIONS = Set.of(CERTIFY, REVOKE, REDUCE);
    public static final Severity DEFAULT_BULK_MAX = Severity.MEDIUM;

    public Decision {
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        remove = remove == null ? List.of() : remove.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        bulkMaxSeverity = bulkMaxSeverity == null ? DEFAULT_BULK_MAX : bulkMaxSeverity;
    }

    public static Decision certify(String comment) {
        return new Decision(CERTIFY, comment, List.of(), null);
    }

    public static Decision revoke(String comment) {
        return new Decision(REVOKE, comment, List.of(), null);
    }

    public static Decision reduce(String comment, List<String> remove) {
        return new Decision(REDUCE, comment, remove, null);
    }
}
