package io.steward.app.demo;

import io.steward.model.campaigns.CampaignItem;
import io.steward.model.campaigns.CampaignService;
import io.steward.model.campaigns.Decision;
import io.steward.model.campaigns.GovernanceFacts;
import io.steward.model.campaigns.ItemFilter;
import io.steward.model.findings.FindingCatalogue;
import io.steward.model.ledger.ActorKeys;
import io.steward.model.ledger.Checkpoints;
import io.steward.model.ledger.Ledger;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The demo's review campaign: open over one source's identities, half of the demo user's items decided (each as
 * recommended, with a comment), and one item delegated, so the review screen shows every state.
 */
public final class DemoCampaigns {
    static final String NAME = "demo-review";
    static final String DELEGATE = "dana.delegate@example.com";

    private DemoCampaigns() {
    }

    public static void add(Store store, Path dir, String actor, Clock clock) {
        Ledger ledger = new Ledger(store, clock);
        CampaignService campaigns = new CampaignService(ledger, GovernanceFacts.of(FindingCatalogue.standard(), clock),
                new Checkpoints(ledger, new ActorKeys(dir.resolve("keys")), clock), clock);
        String source = store.read(ctx -> ctx.fetchOne("SELECT s.source FROM identity i JOIN snapshot s ON s.id = i.snapshot_id"
                + " WHERE i.current = 1 AND i.parent_id IS NULL GROUP BY s.source HAVING count(*) >= 12 ORDER BY count(*), s.source"
                + " LIMIT 1")).get(0, String.class);
        LocalDate due = clock.instant().atZone(ZoneOffset.UTC).toLocalDate().plusDays(21);
        campaigns.create(actor, NAME, "demo quarter", due, actor, "source:" + source);
        campaigns.open(actor, NAME);
        List<CampaignItem> mine = campaigns.items().page(NAME, ItemFilter.reviewer(actor), 0, 10_000);
        int half = mine.size() / 2;
        for (CampaignItem item : mine.subList(0, half)) {
            Decision d = "revoke".equals(item.recommendation())
                    ? Decision.revoke("demo: " + item.recommendationReason())
                    : Decision.certify("demo: still needed (" + item.recommendationReason() + ")");
            campaigns.decisions().decide(actor, NAME, List.of(item.itemNo()), d);
        }
        if (half < mine.size()) {
            campaigns.decisions().delegate(actor, NAME, List.of(mine.get(half).itemNo()), DELEGATE,
                    "demo: Dana runs this service day to day");
        }
    }
}
