package io.steward.model.findings;

import io.steward.model.inventory.query.Risk;
import io.steward.model.inventory.query.RiskLevel;
import java.util.Comparator;
import java.util.List;

/** An identity's risk from its findings, by the rule the inventory's risk column applies in SQL. */
public final class IdentityRisk {
    private IdentityRisk() {
    }

    /** The worst open, not accepted, finding among {@code findings} and how many those are. */
    public static Risk of(List<Finding> findings) {
        List<Finding> open = findings.stream().filter(f -> f.status() == Finding.Status.OPEN).toList();
        return open.stream().map(f -> RiskLevel.ofSeverity(f.severity().id())).min(Comparator.naturalOrder())
                .map(level -> new Risk(level, open.size())).orElse(Risk.NONE);
    }
}
