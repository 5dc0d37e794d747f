package io.steward.model.campaigns;

import io.steward.model.findings.Severity;

import static io.steward.model.campaigns.CampaignFixture.identity;
import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.ledger.LedgerEntry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrozenItemsTest {
    static final String RECENT = "2026-11-20T00:00:00Z";
    @TempDir
    Path dir;
    CampaignFixture f;

    @BeforeEach
    void setUp() {
        f = new CampaignFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void aLaterImportNeverChangesAFrozenItemButTheReviewerSeesWhatChanged() {
        f.importSnapshot(r -> {
            r.add(identity("svc-a", "service-account", RECENT, "s3:GetObject"));
            r.add(identity("svc-b", "service-account", RECENT, "s3:GetObject"));
        });
        f.service.create("carol", "Q4", null, LocalDate.of(2026, 12, 31), "carol", "");
        f.service.open("carol", "Q4");
        String frozenBefore = f.service.items().frozen("Q4", 1).toString();
        String hashBefore = f.service.items().item("Q4", 1).frozenHash();
        assertThat(f.service.changesSinceFrozen("Q4", 1)).isEmpty();

        f.importSnapshot(r -> r.add(identity("svc-a", "service-account", RECENT, "s3:GetObject", "AdministratorAccess")));
        f.finding("svc-a", "overprivileged", Severity.HIGH);

        assertThat(f.service.items().frozen("Q4", 1).toString()).isEqualTo(frozenBefore);
        assertThat(f.service.items().item("Q4", 1).frozenHash()).isEqualTo(hashBefore);
        assertThat(f.service.changesSinceFrozen("Q4", 1)).containsExactly("grants changed", "findings changed");
        assertThat(f.service.changesSinceFrozen("Q4", 2)).containsExactly("no longer in the current inventory");
    }

    @Test
    void theScopeSelectsBySourceKindEnvironmentFindingsOwnerAndChangeSinceASnapshot() {
        f.importSnapshot(r -> {
            r.add(identity("svc-a", "service-account", RECENT));
            r.add(identity("agent-b", "ai-agent", RECENT));
        });
        long firstSnapshot = f.store.read(ctx -> ctx.fetchOne("SELECT max(id) FROM snapshot").get(0, Long.class));
        f.importSnapshot(r -> {
            r.add(identity("svc-a", "service-account", RECENT));
            r.add(identity("agent-b", "ai-agent", RECENT, "AdministratorAccess"));
            r.add(identity("svc-c", "service-account", RECENT));
        });
        f.owner("svc-a", "alice");
        f.finding("agent-b", "agent-standing-privilege", Severity.CRITICAL);

        assertThat(f.service.preview("kind:ai-agent", "carol").items()).isEqualTo(1);
        assertThat(f.service.preview("source:" + CampaignFixture.SOURCE + " env:prod", "carol").items()).isEqualTo(3);
        assertThat(f.service.preview("env:dev", "carol").items()).isZero();
        assertThat(f.service.preview("finding:agent-standing-privilege", "carol").items()).isEqualTo(1);
        assertThat(f.service.preview("severity:critical", "carol").items()).isEqualTo(1);
        assertThat(f.service.preview("finding:none", "carol").items()).isEqualTo(2);
        assertThat(f.service.preview("owner:none", "carol").items()).isEqualTo(2);
        assertThat(f.service.preview("owner:alice", "carol").reviewers()).containsOnlyKeys("alice");
        assertThat(f.service.preview("changed-since:" + firstSnapshot, "carol").items()).isEqualTo(2);
    }

    @Test
    void aBadScopeTermIsBadInputNamingTheTerm() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CampaignScope.parse("kind:ai-agent colour:blue"))
                .isInstanceOf(io.steward.model.BadInputException.class)
                .hasMessageContaining("scope term 2 \"colour:blue\"").hasMessageContaining("unknown field");
        assertThat(CampaignScope.parse(" kind:b,a  source:aws:1 severity:HIGH ").text())
                .isEqualTo("source:aws:1 kind:a,b severity:high");
    }

    @Test
    void aBulkCertifyOfFiveThousandItemsIsOneTransactionAndOneEntry() {
        f.importSnapshot(r -> {
            for (int i = 0; i < 5000; i++) {
                r.add(identity(String.format("svc-%05d", i), "service-account", RECENT));
            }
        });
        f.service.create("carol", "Big", null, LocalDate.of(2026, 12, 31), "carol", "");
        f.service.open("carol", "Big");
        long before = f.ledger.size();
        List<Long> all = new ArrayList<>();
        for (long i = 1; i <= 5000; i++) {
            all.add(i);
        }
        LedgerEntry entry = f.service.decisions().decide("carol", "Big", all, Decision.certify("all in use, no findings"));
        assertThat(f.ledger.size()).isEqualTo(before + 1);
        assertThat(entry.payload().get("items")).hasSize(5000);
        assertThat(f.service.items().count("Big", ItemFilter.ALL.withDecided(true))).isEqualTo(5000);
    }
}
