package io.steward.app.ui.accountability;

import io.steward.app.ui.common.Times;
import io.steward.app.ui.common.Words;
import io.steward.model.findings.Orphan;
import io.steward.model.findings.Suggestion;
import io.steward.model.owners.CurrentOwner;
import java.util.List;

/** The text of the selected orphan's detail pane: why it is in the queue, its risk, its owner hint, its history. */
final class OrphanDetails {
    private OrphanDetails() {
    }

    static String of(Orphan o, Suggestion s, List<CurrentOwner> history) {
        StringBuilder b = new StringBuilder();
        b.append(o.name()).append("  (").append(o.kind()).append(")\n").append(o.identityKey()).append("\nSource: ").append(o.source())
                .append('\n');
        b.append("In the queue: ").append(o.why());
        if (o.owner() != null) {
            b.append(" (").append(o.owner()).append(" has left or is not in the people directory)");
        }
        b.append("\nRisk: ").append(o.worst() == null ? "no open finding besides ownership" : "worst open finding " + o.worst().id())
                .append(o.privileged() > 0 ? " · " + Words.count(o.privileged(), "privilege finding", "privilege findings") : "")
                .append(" · ").append(Words.count(o.findings(), "open finding", "open findings")).append('\n');
        b.append("Owner hint: ");
        if (s == null) {
            b.append(o.ownerHint() == null ? "none" : "'" + o.ownerHint() + "' (only unowned identities get suggestions)");
        } else if (s.suggested() == null) {
            b.append("'").append(s.hint()).append("' from ").append(s.source()).append(" — names nobody in the people directory");
        } else {
            b.append("'").append(s.hint()).append("' from ").append(s.source()).append(" → ").append(s.suggested()).append("  (A accepts it)");
        }
        b.append("\n\nOwnership history");
        if (history.isEmpty()) {
            b.append(": never assigned");
        }
        for (CurrentOwner c : history) {
            b.append("\n  ").append(Times.absolute(c.assignedAt(), "")).append("  ").append(c.owner())
                    .append(c.backup() == null ? "" : ", backup " + c.backup()).append(" — ").append(c.reason())
                    .append(" (by ").append(c.assignedBy()).append(", entry ").append(c.ledgerSeq()).append(')');
        }
        return b.toString();
    }
}
