package io.steward.model.campaigns;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.json.CanonicalJson;
import io.steward.model.ledger.Hashes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * What has changed for an item's identity since its campaign froze it, by part (credentials, grants, findings,
 * owner, step-up grants, facts). The frozen item itself never changes; this only tells the reviewer.
 */
final class ItemChanges {
    private static final List<String> PARTS = List.of("credentials", "grants", "findings", "owner", "stepUpGrants");

    private ItemChanges() {
    }

    static List<String> since(DSLContext ctx, ReviewFacts facts, CampaignItem item) {
        String json = ctx.fetchOne("SELECT frozen FROM campaign_item WHERE id = ?", item.id()).get(0, String.class);
        JsonNode frozen = CanonicalJson.parse(json.getBytes(StandardCharsets.UTF_8));
        ScopeSelection.Selected now = ScopeSelection.select(ctx, CampaignScope.ALL, facts, item.identity());
        if (now.candidates().isEmpty()) {
            return List.of("no longer in the current inventory");
        }
        Candidate c = now.candidates().get(0);
        FrozenItem current = FrozenItem.freeze(c, now.owners().get(c.key), now.findings().getOrDefault(c.key, List.of()),
                now.grants().getOrDefault(c.key, List.of()), Hashes.sha256());
        if (current.hash().equals(item.frozenHash())) {
            return List.of();
        }
        JsonNode currentJson = CanonicalJson.parse(current.json().getBytes(StandardCharsets.UTF_8));
        List<String> changed = new ArrayList<>();
        for (String part : PARTS) {
            if (!frozen.path(part).equals(currentJson.path(part))) {
                changed.add(part + " changed");
            }
        }
        if (changed.isEmpty()) {
            changed.add("identity facts changed (name, environment, use or status)");
        }
        return changed;
    }
}
