package io.steward.app.ui.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.app.ui.common.Times;
import io.steward.model.findings.Finding;
import io.steward.model.findings.Suggestion;
import io.steward.model.json.CanonicalJson;
import io.steward.model.owners.CurrentOwner;
import io.steward.model.owners.OwnerRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The detail pane's findings, owner, ownership history and suggestions as the words it shows. */
public final class GovernanceLines {
    private GovernanceLines() {
    }

    /**
     * One open finding: the rule, its severity, whether it is open or accepted (until when, by whom, why), the
     * explanation, the evidence that fired it, the fix and the framework references.
     */
    public record FindingLine(String rule, String title, String severity, String status, String explanation, String evidence,
                              String fix, String references, String firstSeen) {
        static FindingLine of(Finding f, Instant now) {
            String status = f.acceptance() == null ? "open"
                    : "accepted until " + Times.absolute(f.acceptance().until(), "?") + " by " + f.acceptance().acceptedBy() + ": "
                    + f.acceptance().reason();
            return new FindingLine(f.rule().id(), f.rule().title(), f.severity().id(), status, f.rule().explanation(),
                    evidenceText(f.evidence()), f.rule().fix(), String.join("; ", f.rule().references()),
                    Times.both(f.firstSeenAt(), now, "unknown"));
        }

        boolean accepted() {
            return !status.equals("open");
        }
    }

    /** One assignment of the ownership history. */
    public record OwnershipChange(String owner, String backup, String reason, String assigned) {
        static OwnershipChange of(CurrentOwner o, Instant now) {
            return new OwnershipChange(o.owner().toString() + " (" + o.owner().kind().id() + ")", backupText(o.backup()), o.reason(),
                    Times.both(o.assignedAt(), now, "unknown") + " by " + o.assignedBy());
        }
    }

    /** An owner hint offered for assignment, with where it came from; {@code names} is whom it names in the directory. */
    public record SuggestionLine(String hint, String names, String source) {
        static SuggestionLine of(Suggestion s) {
            return new SuggestionLine(s.hint(), s.suggested() == null ? "names nobody in the people directory"
                    : s.suggested() + " (" + s.suggested().kind().id() + ")", s.source());
        }
    }

    /** The owner's fields (owner, backup, reason, assigned), or one line saying there is none. */
    static List<IdentityDetailViewModel.Field> owner(CurrentOwner o, Instant now) {
        if (o == null) {
            return List.of(new IdentityDetailViewModel.Field("Owner", "none assigned"));
        }
        OwnershipChange c = OwnershipChange.of(o, now);
        return List.of(new IdentityDetailViewModel.Field("Owner", c.owner()), new IdentityDetailViewModel.Field("Backup", c.backup()),
                new IdentityDetailViewModel.Field("Reason", c.reason()), new IdentityDetailViewModel.Field("Assigned", c.assigned()));
    }

    private static String backupText(OwnerRef b) {
        return b == null ? "none" : b + " (" + b.kind().id() + ")";
    }

    /** The evidence object as "field: value" pairs; nested values as compact JSON. Never a secret (none is stored). */
    static String evidenceText(String json) {
        try {
            JsonNode node = CanonicalJson.MAPPER.readTree(json);
            if (!node.isObject()) {
                return node.toString();
            }
            List<String> parts = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                parts.add(e.getKey() + ": " + (e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
            }
            return String.join(", ", parts);
        } catch (java.io.IOException e) {
            return json;
        }
    }
}
