package io.steward.app.demo;

import io.steward.app.Workspace;
import io.steward.model.campaigns.CampaignItem;
import io.steward.model.campaigns.CampaignRefused;
import io.steward.model.campaigns.CampaignService;
import io.steward.model.campaigns.Decision;
import io.steward.model.campaigns.ItemFilter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The demo's review campaign: open over one source's identities, half of the demo user's items decided (each as
 * recommended, with a comment), and one item delegated, so the review screen shows every state. An item the
 * guardrails keep the demo user from deciding (their own step-up grant) stays undecided, as it would for them.
 */
public final class DemoCampaigns {
    static final String NAME = "demo-review";
    static final String DELEGATE = "dana.delegate@example.com";

    private DemoCampaigns() {
    }

    public static void add(Workspace workspace) {
        String actor = workspace.actor();
        CampaignService campaigns = workspace.campaigns();
        String source = smallestSourceOf(workspace.inventory().identitiesPerSource(), 12);
        LocalDate due = workspace.clock().instant().atZone(ZoneOffset.UTC).toLocalDate().plusDays(21);
        campaigns.create(actor, NAME, "demo quarter", due, actor, "source:" + source);
        campaigns.open(actor, NAME);
        List<CampaignItem> mine = campaigns.items().page(NAME, ItemFilter.reviewer(actor), 0, 10_000);
        int target = mine.size() / 2;
        int decided = 0;
        CampaignItem toDelegate = null; // the first item after the decided half
        for (CampaignItem item : mine) {
            if (decided == target) {
                toDelegate = item;
                break;
            }
            Decision d = "revoke".equals(item.recommendation())
                    ? Decision.revoke("demo: " + item.recommendationReason())
                    : Decision.certify("demo: still needed (" + item.recommendationReason() + ")");
            try {
                campaigns.decisions().decide(actor, NAME, List.of(item.itemNo()), d);
                decided++;
            } catch (CampaignRefused refused) {
                // left undecided: the review screen shows why
            }
        }
        if (toDelegate != null) {
            campaigns.decisions().delegate(actor, NAME, List.of(toDelegate.itemNo()), DELEGATE,
                    "demo: Dana runs this service day to day");
        }
    }

    /** The source with the fewest identities that still has {@code atLeast}: a campaign small enough to work through. */
    private static String smallestSourceOf(Map<String, Long> identitiesPerSource, long atLeast) {
        return identitiesPerSource.entrySet().stream().filter(e -> e.getValue() >= atLeast)
                .min(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElseThrow(() -> new IllegalStateException("no demo source has " + atLeast + " identities to review"));
    }
}
