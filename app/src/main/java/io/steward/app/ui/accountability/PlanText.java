package io.steward.app.ui.accountability;

import io.steward.app.ui.common.Words;
import io.steward.model.findings.PlannedAssignment;
import java.util.List;

/** What a bulk assignment would do, as the confirmation dialog lists it: one line per identity, the longest lists cut. */
final class PlanText {
    static final int SHOWN = 40;

    private PlanText() {
    }

    static String of(List<PlannedAssignment> plan, String after) {
        StringBuilder b = new StringBuilder(Words.count(plan.size(), "identity", "identities") + " will get a new owner, one ledger"
                + " entry each, in one transaction:\n");
        for (int i = 0; i < Math.min(SHOWN, plan.size()); i++) {
            b.append('\n').append(line(plan.get(i)));
        }
        if (plan.size() > SHOWN) {
            b.append("\n… and ").append(Words.number(plan.size() - SHOWN)).append(" more (all are listed on the page)");
        }
        return after == null || after.isEmpty() ? b.toString() : b + "\n\n" + after;
    }

    static String line(PlannedAssignment p) {
        return p.name() + ": " + (p.previous() == null ? "no owner" : p.previous().owner().toString()) + " → " + p.assignment().owner()
                + (p.assignment().backup() == null ? "" : " (backup " + p.assignment().backup() + ")");
    }
}
