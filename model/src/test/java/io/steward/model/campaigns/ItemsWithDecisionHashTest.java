package io.steward.model.campaigns;

import static io.steward.model.campaigns.CampaignFixture.identity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.model.ledger.LedgerEntry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export's one-statement read of a campaign's items with their decision entries' hashes. */
class ItemsWithDecisionHashTest {
    static final String RECENT = "2026-11-20T00:00:00Z";
    @TempDir
    Path dir;
    CampaignFixture f;
    LedgerEntry certified;
    LedgerEntry revoked;

    record Row(CampaignItem item, String hash) {
    }

    @BeforeEach
    void campaignWithACertifiedARevokedAndAnUndecidedItem() {
        f = new CampaignFixture(dir);
        f.importSnapshot(r -> {
            r.add(identity("svc-a", "service-account", RECENT, "s3:GetObject"));
            r.add(identity("svc-b", "service-account", RECENT, "s3:GetObject"));
            r.add(identity("svc-c", "service-account", RECENT, "s3:GetObject"));
        });
        f.service.create("carol", "Q4", null, LocalDate.of(2026, 12, 31), "carol", "");
        f.service.open("carol", "Q4");
        certified = f.service.decisions().decide("carol", "Q4", List.of(1L), Decision.certify("still needed"));
        revoked = f.service.decisions().decide("carol", "Q4", List.of(2L), Decision.revoke("unused"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void everyItemInOrderWithItsDecisionHashAsThePagesShowIt() {
        List<Row> rows = read(false);
        assertThat(rows).extracting(Row::item).containsExactlyElementsOf(f.service.items().page("Q4", ItemFilter.ALL, 0, 10));
        assertThat(rows).extracting(Row::hash).containsExactly(certified.hash(), revoked.hash(), null);
        assertThat(rows.get(1).item().comment()).isEqualTo("unused");
    }

    @Test
    void theRemediationOnlyReadHasTheRevokedItem() {
        List<Row> rows = read(true);
        assertThat(rows).extracting(r -> r.item().itemNo()).containsExactly(2L);
        assertThat(rows).extracting(Row::hash).containsExactly(revoked.hash());
        assertThat(rows).extracting(Row::item).containsExactlyElementsOf(f.service.items().remediation("Q4"));
    }

    @Test
    void aCancelledReadStops() {
        assertThatThrownBy(() -> f.service.items().forEachWithDecisionHash("Q4", false, (i, h) -> { }, () -> true))
                .isInstanceOf(CancellationException.class);
    }

    private List<Row> read(boolean remediationOnly) {
        List<Row> rows = new ArrayList<>();
        f.service.items().forEachWithDecisionHash("Q4", remediationOnly, (i, h) -> rows.add(new Row(i, h)), () -> false);
        return rows;
    }
}
