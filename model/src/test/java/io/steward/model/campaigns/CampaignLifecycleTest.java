package io.steward.model.campaigns;

import io.steward.model.findings.Severity;

import static io.steward.model.campaigns.CampaignFixture.identity;
import static io.steward.model.campaigns.CampaignFixture.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.steward.model.BadInputException;
import io.steward.model.json.CanonicalJson;
import io.steward.model.ledger.Hashes;
import io.steward.model.ledger.LedgerEntry;
import io.steward.model.ledger.LedgerVerifier;
import io.steward.model.ledger.VerificationReport;
import io.steward.model.ledger.VerifyProgress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignLifecycleTest {
    static final String RECENT = "2026-11-20T00:00:00Z";
    static final String OLD = "2026-05-01T00:00:00Z";

    @TempDir
    Path dir;
    CampaignFixture f;

    @BeforeEach
    void setUp() {
        f = new CampaignFixture(dir);
        f.importSnapshot(r -> {
            r.add(identity("svc-a", "service-account", RECENT, "s3:GetObject"));
            r.add(identity("svc-b", "service-account", OLD, "s3:GetObject"));
            r.add(identity("svc-c", "service-account", RECENT, "AdministratorAccess", "s3:GetObject"));
            r.add(identity("agent-d", "ai-agent", RECENT, "AdministratorAccess"));
        });
        f.owner("svc-a", "alice");
        f.owner("svc-b", "alice");
        f.owner("agent-d", "bob");
        f.finding("svc-c", "overprivileged", Severity.HIGH);
        f.finding("agent-d", "agent-standing-privilege", Severity.HIGH);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void previewCountsItemsAndReviewersWithoutWriting() {
        long before = f.ledger.size();
        ScopePreview p = f.service.preview("", "carol");
        assertThat(p.items()).isEqualTo(4);
        assertThat(p.reviewers()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("alice", 2L, "bob", 1L, "carol", 1L)));
        assertThat(p.unowned()).isEqualTo(1);
        assertThat(f.ledger.size()).isEqualTo(before);
    }

    @Test
    void openFreezesEachItemWithItsHashAndCommitsToAllOfThemInOneEntry() {
        f.service.create("carol", "2026-Q4", "Q4", LocalDate.of(2026, 12, 31), "carol", "kind:service-account,ai-agent");
        Campaign c = f.service.open("carol", "2026-Q4");
        assertThat(c.state()).isEqualTo(Campaign.OPEN);
        assertThat(c.items()).isEqualTo(4);

        List<CampaignItem> items = f.service.items().page("2026-Q4", ItemFilter.ALL, 0, 100);
        assertThat(items).extracting(CampaignItem::identity)
                .containsExactly(key("agent-d"), key("svc-a"), key("svc-b"), key("svc-c"));
        assertThat(items).extracting(CampaignItem::reviewer).containsExactly("bob", "alice", "alice", "carol");
        assertThat(items).extracting(CampaignItem::recommendation).containsExactly("reduce", "certify", "revoke", "reduce");
        assertThat(items.get(2).recommendationReason()).contains("last used 214 days ago");

        // Each frozen item hashes to its stored hash, and the opened entry's stream hash covers them in order.
        var digest = Hashes.sha256();
        for (CampaignItem i : items) {
            JsonNode frozen = f.service.items().frozen("2026-Q4", i.itemNo());
            String hash = Hashes.hex(Hashes.sha256().digest(CanonicalJson.bytes(frozen)));
            assertThat(hash).isEqualTo(i.frozenHash());
            digest.update((i.itemNo() + " " + hash + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        LedgerEntry opened = f.ledger.page(0, 100, false, CampaignEntries.OPENED).get(0);
        assertThat(opened.payload().get("itemsHash").asText()).isEqualTo(Hashes.hex(digest.digest())).isEqualTo(c.itemsHash());
        JsonNode frozenC = f.service.items().frozen("2026-Q4", 4);
        assertThat(frozenC.get("grants")).hasSize(2);
        assertThat(frozenC.get("findings").get(0).get("rule").asText()).isEqualTo("overprivileged");
        assertThat(frozenC.get("owner").isNull()).isTrue();
    }

    @Test
    void everyDecisionTypeSignOffAndCloseLeaveALedgerThatVerifies() {
        open();
        var d = f.service.decisions();
        d.decide("alice", "Q4", List.of(2L), Decision.certify(null));
        d.decide("alice", "Q4", List.of(3L), Decision.revoke("unused since May"));
        d.decide("carol", "Q4", List.of(4L), Decision.reduce("admin is not needed", List.of("AdministratorAccess")));
        d.delegate("bob", "Q4", List.of(1L), "dave", "dave runs this agent");

        assertThat(f.service.items().item("Q4", 1).reviewer()).isEqualTo("dave");
        assertThat(f.service.items().history("Q4", 1)).singleElement()
                .satisfies(a -> assertThat(a).extracting(ItemAction::action, ItemAction::actor, ItemAction::to, ItemAction::comment)
                        .containsExactly("delegate", "bob", "dave", "dave runs this agent"));
        assertThat(f.service.items().remediation("Q4")).extracting(CampaignItem::itemNo, CampaignItem::decision)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "revoke"), org.assertj.core.groups.Tuple.tuple(4L, "reduce"));
        assertThat(f.service.items().remediation("Q4").get(1).remove()).isEqualTo("[\"AdministratorAccess\"]");

        CampaignSignOffs.Signed signed = f.service.signOffs().signOff("alice", "Q4");
        assertThat(signed.statement().items()).hasSize(2);
        assertThat(signed.checkpoint().seq()).isEqualTo(signed.entry().seq());
        assertThat(f.service.items().progress("Q4")).extracting(ReviewerProgress::reviewer, ReviewerProgress::signedOff)
                .contains(org.assertj.core.groups.Tuple.tuple("alice", true), org.assertj.core.groups.Tuple.tuple("dave", false));

        CampaignSignOffs.ClosedCampaign closed = f.service.signOffs().close("carol", "Q4");
        assertThat(closed.noResponse()).isEqualTo(1);
        assertThat(closed.decisions()).containsEntry("no-response", 1L).containsEntry("certify", 1L).containsEntry("revoke", 1L);
        assertThat(f.service.items().item("Q4", 1).decision()).isEqualTo("no-response");
        assertThat(f.service.campaign("Q4").state()).isEqualTo(Campaign.CLOSED);

        VerificationReport report = new LedgerVerifier(f.store, f.keys).verify(null, VerifyProgress.NONE, () -> false);
        assertThat(report.ok()).as(report.failure()).isTrue();
        assertThat(report.checkpointsChecked()).isGreaterThanOrEqualTo(2);
        assertThat(f.ledger.page(0, 100, false, null)).extracting(LedgerEntry::kind).containsSubsequence(
                "campaign.created", "campaign.opened", "campaign.decided", "campaign.decided", "campaign.decided",
                "campaign.delegated", "campaign.signed-off", "checkpoint", "campaign.closed", "checkpoint");
    }

    @Test
    void aCorrectionSupersedesTheDecisionAndTheHistoryKeepsBoth() {
        open();
        LedgerEntry first = f.service.decisions().decide("alice", "Q4", List.of(3L), Decision.certify(null));
        LedgerEntry second = f.service.decisions().decide("alice", "Q4", List.of(3L), Decision.revoke("unused after all"));

        assertThat(second.payload().get("items").get(0).get("supersedes").asLong()).isEqualTo(first.seq());
        CampaignItem item = f.service.items().item("Q4", 3);
        assertThat(item.decision()).isEqualTo("revoke");
        assertThat(item.decisionSeq()).isEqualTo(second.seq());
        assertThat(f.service.items().history("Q4", 3)).extracting(ItemAction::action, ItemAction::superseded, ItemAction::supersedes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("certify", true, null),
                        org.assertj.core.groups.Tuple.tuple("revoke", false, first.seq()));
    }

    @Test
    void decisionsAreFinalOnceTheReviewerSignedOff() {
        open();
        f.service.decisions().decide("alice", "Q4", List.of(2L, 3L), Decision.certify(null));
        f.service.signOffs().signOff("alice", "Q4");
        assertThatThrownBy(() -> f.service.decisions().decide("alice", "Q4", List.of(3L), Decision.revoke("too late")))
                .isInstanceOf(CampaignRefused.class).extracting("rule").isEqualTo("signed-off");
    }

    @Test
    void signOffRefusesWhileItemsAreUndecidedAndNamesThem() {
        open();
        f.service.decisions().decide("alice", "Q4", List.of(2L), Decision.certify(null));
        assertThatThrownBy(() -> f.service.signOffs().signOff("alice", "Q4"))
                .isInstanceOf(CampaignRefused.class).hasMessageContaining("undecided-items").hasMessageContaining("items 3");
    }

    @Test
    void unknownCampaignsAndItemsAreBadInput() {
        open();
        assertThatThrownBy(() -> f.service.decisions().decide("alice", "nope", List.of(1L), Decision.certify(null)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no campaign has this name");
        assertThatThrownBy(() -> f.service.decisions().decide("alice", "Q4", List.of(99L), Decision.certify(null)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("item 99");
        assertThatThrownBy(() -> f.service.decisions().resolve("Q4", List.of("no-such-key")))
                .isInstanceOf(BadInputException.class);
        assertThat(f.service.decisions().resolve("Q4", List.of(key("svc-b"), "1"))).containsExactly(3L, 1L);
    }

    @Test
    void theSameIdentitysDecisionInThePreviousCampaignTravelsWithTheItem() {
        open();
        f.service.decisions().decide("alice", "Q4", List.of(3L), Decision.revoke("unused"));
        f.service.create("carol", "Q1", "2027-Q1", LocalDate.of(2027, 3, 31), "carol", "");
        f.service.open("carol", "Q1");
        assertThat(f.service.items().item("Q1", 3).previousDecision()).isEqualTo("revoke in Q4");
        assertThat(f.service.items().item("Q1", 2).previousDecision()).isNull();
    }

    void open() {
        f.service.create("carol", "Q4", "2026-Q4", LocalDate.of(2026, 12, 31), "carol", "");
        f.service.open("carol", "Q4");
    }
}
