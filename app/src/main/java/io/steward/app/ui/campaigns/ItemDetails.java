package io.steward.app.ui.campaigns;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.campaigns.CampaignItem;
import io.steward.model.campaigns.ItemAction;
import io.steward.model.findings.FindingCatalogue;
import io.steward.model.findings.RuleInfo;
import java.util.List;

/** The text beside an item: recommendation and risk first, then what was frozen, what changed since, and the history. */
final class ItemDetails {
    private static final FindingCatalogue CATALOGUE = FindingCatalogue.standard();

    private ItemDetails() {
    }

    static String of(CampaignItem item, JsonNode frozen, List<String> changes, List<ItemAction> history) {
        StringBuilder b = new StringBuilder();
        b.append('#').append(item.itemNo()).append("  ").append(item.name()).append('\n');
        b.append(item.kind()).append(" in ").append(item.source()).append(" · ").append(item.identity()).append('\n');
        b.append("Owner: ").append(item.owner() == null ? "none (reviewed by the campaign owner)" : item.owner())
                .append(" · reviewer: ").append(item.reviewer()).append("\n\n");
        b.append("Recommendation: ").append(item.recommendation()).append(" — ").append(item.recommendationReason()).append('\n');
        if (item.previousDecision() != null) {
            b.append("Previous campaign: ").append(item.previousDecision()).append('\n');
        }
        b.append("Decision: ").append(item.decision() == null ? "none yet" : item.decision()
                + (item.comment() == null ? "" : " — " + item.comment())).append("\n\nRisk\n");
        if (frozen.path("findings").isEmpty()) {
            b.append("  no open findings\n");
        }
        for (JsonNode f : frozen.path("findings")) {
            String rule = f.path("rule").asText();
            b.append("  ").append(rule).append(" (").append(f.path("severity").asText()).append("): ")
                    .append(CATALOGUE.info(rule).map(RuleInfo::explanation).orElse("")).append('\n');
        }
        b.append("\nLast used: ").append(text(frozen.path("lastUsedAt"), "never recorded")).append('\n');
        b.append("Credentials (").append(frozen.path("credentials").size()).append(")\n");
        for (JsonNode c : frozen.path("credentials")) {
            b.append("  ").append(text(c.path("masked"), c.path("id").asText())).append("  ").append(c.path("kind").asText())
                    .append(c.path("active").asBoolean(true) ? "" : " (inactive)").append(", last used ")
                    .append(text(c.path("lastUsedAt"), "never")).append('\n');
        }
        b.append("Grants (").append(frozen.path("grants").size()).append(")\n");
        for (JsonNode g : frozen.path("grants")) {
            b.append("  ").append(g.path("privilege").asText()).append(" on ").append(text(g.path("resource"), "?")).append('\n');
        }
        for (JsonNode g : frozen.path("stepUpGrants")) {
            b.append("  step-up ").append(g.path("request").asText()).append(": ").append(g.path("privilege").asText())
                    .append(" until ").append(g.path("expiresAt").asText()).append(", requested by ")
                    .append(g.path("requester").asText()).append('\n');
        }
        b.append("\nSince the campaign opened: ").append(changes.isEmpty() ? "no change" : String.join("; ", changes)).append('\n');
        if (!history.isEmpty()) {
            b.append("\nHistory\n");
            for (ItemAction a : history) {
                b.append("  ").append(a.at()).append("  ").append(a.actor()).append(": ").append(a.action())
                        .append(a.to() == null ? "" : " to " + a.to()).append(a.comment() == null ? "" : " — " + a.comment())
                        .append(a.superseded() ? "  (corrected later)" : "").append('\n');
            }
        }
        b.append("\nFrozen state hash: ").append(item.frozenHash());
        return b.toString();
    }

    private static String text(JsonNode n, String fallback) {
        return n == null || n.isNull() || n.isMissingNode() ? fallback : n.asText();
    }
}
