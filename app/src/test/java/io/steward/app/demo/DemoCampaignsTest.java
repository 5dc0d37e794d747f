package io.steward.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.Workspace;
import io.steward.model.campaigns.Campaign;
import io.steward.model.campaigns.CampaignItem;
import io.steward.model.campaigns.ItemFilter;
import io.steward.importers.spi.Cancellation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo ledger carries an open campaign, half of the demo user's items reviewed, and one delegated item. */
class DemoCampaignsTest {
    @TempDir
    Path dir;

    @Test
    void theDemoHasAnOpenHalfReviewedCampaignWithADelegatedItem() {
        DemoLedger.Result result = DemoLedger.create(dir, "demo", dir.resolve("keys"), Clock.fixed(Instant.parse("2025-06-15T09:30:00Z"), ZoneOffset.UTC),
                DemoLedger.Progress.NONE, Cancellation.NEVER);
        try (Workspace w = Workspace.openExisting(result.ledgerFile(), "demo", dir.resolve("keys"))) {
            Campaign c = w.campaigns().campaign(DemoCampaigns.NAME);
            assertThat(c.state()).isEqualTo(Campaign.OPEN);
            List<CampaignItem> mine = w.campaigns().items().page(c.name(), ItemFilter.reviewer("demo"), 0, 10_000);
            long decided = mine.stream().filter(CampaignItem::decided).count();
            assertThat(mine.size()).isGreaterThanOrEqualTo(11);
            assertThat(decided).isEqualTo((mine.size() + 1) / 2);
            List<CampaignItem> delegated = w.campaigns().items().page(c.name(), ItemFilter.reviewer(DemoCampaigns.DELEGATE), 0, 10);
            assertThat(delegated).hasSize(1);
            assertThat(w.campaigns().items().history(c.name(), delegated.get(0).itemNo())).singleElement()
                    .satisfies(a -> assertThat(a.action()).isEqualTo("delegate"));
            assertThat(w.verify((Path) null, (d, t) -> { }, () -> false).ok()).isTrue();
        }
    }
}
