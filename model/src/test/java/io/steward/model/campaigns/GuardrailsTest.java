package io.steward.model.campaigns;

import io.steward.model.findings.Severity;

import static io.steward.model.campaigns.CampaignFixture.identity;
import static io.steward.model.campaigns.CampaignFixture.key;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.model.campaigns.ReviewFacts.GrantFact;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each guardrail refuses what it must, names its rule and the items, and writes nothing. */
class GuardrailsTest {
    static final String RECENT = "2026-11-20T00:00:00Z";
    @TempDir
    Path dir;
    CampaignFixture f;
    long sizeAfterOpen;

    @BeforeEach
    void setUp() {
        f = new CampaignFixture(dir);
        f.importSnapshot(r -> {
            r.add(identity("agent-1", "ai-agent", RECENT, "AdministratorAccess"));
            r.add(identity("svc-2", "service-account", RECENT, "s3:GetObject"));
            r.add(identity("svc-3", "service-account", RECENT, "s3:GetObject"));
            r.add(identity("svc-4", "service-account", RECENT, "s3:PutObject", "s3:GetObject"));
        });
        for (String id : List.of("agent-1", "svc-2", "svc-3", "svc-4")) {
            f.owner(id, "alice");
        }
        f.finding("agent-1", "agent-standing-privilege", Severity.MEDIUM);
        f.finding("svc-3", "stale-credential", Severity.HIGH);
        f.service.create("carol", "Q4", null, LocalDate.of(2026, 12, 31), "carol", "");
        f.service.open("carol", "Q4");
        sizeAfterOpen = f.ledger.size();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void bulkCertifyRefusesItemsWithAFindingAboveTheChosenSeverity() {
        assertRefused(() -> f.service.decisions().decide("alice", "Q4", List.of(2L, 3L),
                new Decision("certify", "all fine", List.of(), Severity.MEDIUM)), "bulk-certify-severity", 3L);
        // Raising the bar to high lets the high finding through (with a comment).
        f.service.decisions().decide("alice", "Q4", List.of(2L, 3L), new Decision("certify", "checked", List.of(), Severity.HIGH));
        assertThat(f.service.items().item("Q4", 3).decision()).isEqualTo("certify");
    }

    @Test
    void anAgentWithStandingPrivilegeIsNeverCertifiedInBulk() {
        assertRefused(() -> f.service.decisions().decide("alice", "Q4", List.of(1L, 2L),
                new Decision("certify", "ok", List.of(), Severity.CRITICAL)), "bulk-certify-agent-standing-privilege", 1L);
        f.service.decisions().decide("alice", "Q4", List.of(1L), Decision.certify("needed for the nightly job"));
        assertThat(f.service.items().item("Q4", 1).decision()).isEqualTo("certify");
    }

    @Test
    void theRequesterOfAnActiveStepUpGrantCannotDecideOrDelegateTheItem() {
        f.grants.put(key("svc-2"), List.of(new GrantFact("REQ-7", "s3:PutObject", "bucket", "alice", Instant.parse("2026-12-02T00:00:00Z"))));
        assertRefused(() -> f.service.decisions().decide("alice", "Q4", List.of(2L), Decision.certify(null)), "separation-of-duties", 2L);
        assertRefused(() -> f.service.decisions().delegate("alice", "Q4", List.of(2L), "bob", "busy"), "separation-of-duties", 2L);
    }

    @Test
    void commentsAreRequiredForRevokeReduceDelegateAndCertifyingAHighFinding() {
        assertRefused(() -> f.service.decisions().decide("alice", "Q4", List.of(2L), Decision.revoke(null)), "comment-required", 2L);
        assertRefused(() -> f.service.decisions().decide("alice", "Q4", List.of(4L), Decision.reduce(" ", List.of("s3:PutObject"))),
                "comment-required", 4L);
        assertRefused(() -> f.service.decisions().decide("alice", "Q4", List.of(3L), Decision.certify(null)), "comment-required", 3L);
        assertRefused(() -> f.service.decisions().delegate("alice", "Q4", List.of(2L), "bob", null), "comment-required", 2L);
    }

    @Test
    void aReduceMustNameAccessTheItemHeld() {
        assertRefused(() -> f.service.decisions().decide("alice", "Q4", List.of(4L), Decision.reduce("trim", List.of())),
                "reduce-names-access", 4L);
        assertRefused(() -> f.service.decisions().decide("alice", "Q4", List.of(4L), Decision.reduce("trim", List.of("iam:*"))),
                "reduce-names-access", 4L);
        f.service.decisions().decide("alice", "Q4", List.of(4L), Decision.reduce("trim", List.of("s3:PutObject", "svc-4-key1")));
        assertThat(f.service.items().item("Q4", 4).remove()).isEqualTo("[\"s3:PutObject\",\"svc-4-key1\"]");
    }

    @Test
    void onlyTheReviewerDecidesButTheCampaignOwnerMayReassign() {
        assertRefused(() -> f.service.decisions().decide("mallory", "Q4", List.of(2L), Decision.certify(null)), "not-reviewer", 2L);
        assertRefused(() -> f.service.decisions().delegate("mallory", "Q4", List.of(2L), "mallory", "mine now"), "not-reviewer", 2L);
        f.service.decisions().delegate("carol", "Q4", List.of(2L), "bob", "alice is on leave");
        assertThat(f.service.items().item("Q4", 2).reviewer()).isEqualTo("bob");
        assertThat(f.service.items().page("Q4", ItemFilter.reviewer("bob"), 0, 10)).extracting(CampaignItem::itemNo).containsExactly(2L);
    }

    @Test
    void oneRefusedItemRefusesTheWholeBatch() {
        assertRefused(() -> f.service.decisions().decide("alice", "Q4", List.of(2L, 4L, 3L),
                new Decision("certify", null, List.of(), Severity.LOW)), "bulk-certify-severity", 3L);
        assertThat(f.service.items().item("Q4", 2).decided()).isFalse();
    }

    private void assertRefused(Runnable action, String rule, Long... items) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(CampaignRefused.class, e -> {
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.items()).containsExactly(items);
            assertThat(e.getMessage()).contains(rule);
        });
        assertThat(f.ledger.size()).as("nothing written").isEqualTo(sizeAfterOpen);
    }
}
