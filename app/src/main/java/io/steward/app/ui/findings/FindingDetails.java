package io.steward.app.ui.findings;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.app.ui.common.Times;
import io.steward.model.findings.Acceptance;
import io.steward.model.findings.Finding;
import io.steward.model.json.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;

/** The text of the detail pane: what the finding means, the evidence that fired it, the fix and the references. */
final class FindingDetails {
    private FindingDetails() {
    }

    static String of(Finding f, Instant now) {
        StringBuilder b = new StringBuilder(f.rule().title()).append(" — ").append(f.rule().id()).append(" (").append(f.severity().id())
                .append(")\nIdentity: ").append(f.identityName() == null ? "" : f.identityName() + "  ").append(f.identityKey())
                .append("\nStatus: ").append(status(f)).append("\n\nWhy it matters: ").append(f.rule().explanation())
                .append("\n\nEvidence:\n").append(evidence(f.evidence()))
                .append("\nFix: ").append(f.rule().fix()).append("\n\nReferences:\n");
        f.rule().references().forEach(r -> b.append("  • ").append(r).append('\n'));
        b.append("\nFirst seen ").append(Times.both(f.firstSeenAt(), now, "?"))
                .append(f.source() == null ? "" : " in " + f.source())
                .append(f.firstSeenSnapshot() == null ? "" : " (snapshot " + f.firstSeenSnapshot() + ")")
                .append("; last computed ").append(Times.absolute(f.lastSeenAt(), "?")).append('\n');
        return b.toString();
    }

    /** "open", or "accepted through 2025-07-31 by alice: reason (ledger entry 12)". */
    static String status(Finding f) {
        Acceptance a = f.acceptance();
        if (a == null) {
            return "open";
        }
        return "accepted through " + lastDay(a) + " by " + a.acceptedBy() + ": " + a.reason() + " (ledger entry " + a.ledgerSeq() + ")";
    }

    /** The last day an acceptance holds: it ends at the midnight after it. */
    static String lastDay(Acceptance a) {
        return Times.date(a.until().minus(Duration.ofSeconds(1)), "?");
    }

    /** One "field: value" line per evidence field (never a secret: rules only put metadata there). */
    private static String evidence(String json) {
        StringBuilder b = new StringBuilder();
        try {
            JsonNode node = CanonicalJson.parse(json.getBytes(StandardCharsets.UTF_8));
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                b.append("  ").append(e.getKey()).append(": ").append(e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString())
                        .append('\n');
            }
        } catch (RuntimeException e) {
            b.append("  ").append(json).append('\n'); // shown as stored rather than not at all
        }
        return b.toString();
    }
}
