package io.steward.model.campaigns;

import static io.steward.model.campaigns.CampaignFixture.identity;
import static io.steward.model.campaigns.CampaignFixture.key;
import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.findings.FindingCatalogue;
import io.steward.model.findings.FindingProgress;
import io.steward.model.findings.Findings;
import io.steward.model.owners.Assignment;
import io.steward.model.owners.OwnerRef;
import io.steward.model.owners.Owners;
import java.nio.file.Path;
import io.steward.model.stepup.Accountable;
import io.steward.model.stepup.DirectoryAccountability;
import io.steward.model.stepup.StepUpService;
import io.steward.model.stepup.policy.Policy;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reviewers come from the real owner assignments and items carry the real findings. */
class GovernanceFactsTest {
    @TempDir
    Path dir;

    @Test
    void reviewersAreTheAssignedOwnersAndItemsCarryTheComputedFindings() {
        try (CampaignFixture f = new CampaignFixture(dir)) {
            f.importSnapshot(r -> {
                r.add(identity("svc-a", "service-account", "2026-11-20T00:00:00Z", "s3:GetObject"));
                r.add(identity("svc-admin", "service-account", "2026-11-20T00:00:00Z", "arn:aws:iam::aws:policy/AdministratorAccess"));
            });
            new Owners(f.ledger).assign("lead", key("svc-a"), Assignment.manual(OwnerRef.person("alice@example.com"), null, "runs it"));
            FindingCatalogue catalogue = FindingCatalogue.standard();
            new Findings(f.ledger, catalogue, Clock.fixed(CampaignFixture.NOW, ZoneOffset.UTC)).refresh(FindingProgress.NONE);

            CampaignService service = new CampaignService(f.ledger, GovernanceFacts.of(catalogue, Clock.fixed(CampaignFixture.NOW, ZoneOffset.UTC)), f.checkpoints,
                    Clock.fixed(CampaignFixture.NOW, ZoneOffset.UTC));
            service.create("carol", "Q4", null, LocalDate.of(2026, 12, 31), "carol", "");
            service.open("carol", "Q4");

            CampaignItem a = service.items().item("Q4", 1);
            CampaignItem admin = service.items().item("Q4", 2);
            assertThat(a.reviewer()).isEqualTo("alice@example.com");
            assertThat(a.owner()).isEqualTo("alice@example.com");
            assertThat(admin.reviewer()).isEqualTo("carol");
            assertThat(admin.hasFinding("overprivileged")).isTrue();
            assertThat(admin.hasFinding("no-owner")).isTrue();
            assertThat(admin.recommendation()).isEqualTo("reduce");
            assertThat(service.items().frozen("Q4", 1).get("owner").get("owner").asText()).isEqualTo("alice@example.com");
        }
    }

    @Test
    void theRequesterOfAnActiveStepUpGrantIsRefusedUntilItIsRevoked() {
        try (CampaignFixture f = new CampaignFixture(dir)) {
            f.importSnapshot(r -> r.add(identity("svc-a", "service-account", "2026-11-20T00:00:00Z", "s3:GetObject")));
            new Owners(f.ledger).assign("lead", key("svc-a"), Assignment.manual(OwnerRef.person("alice"), OwnerRef.person("bob"), "runs it"));
            Clock clock = Clock.fixed(CampaignFixture.NOW, ZoneOffset.UTC);
            StepUpService stepUp = new StepUpService(f.ledger, Policy.defaultPolicy(), new DirectoryAccountability() {
                @Override
                protected Accountable assigned(org.jooq.DSLContext ctx, String identityKey) {
                    return Owners.current(ctx, identityKey).map(o -> new Accountable(o.owner().name(),
                            o.backup() == null ? null : o.backup().name(), true)).orElse(null);
                }
            },
                    (ctx, k) -> java.util.List.of(), clock);
            stepUp.request("REQ-1", "alice", key("svc-a"), "s3:PutObject", "bucket", "prod", Duration.ofHours(1), "deploy",
                    "deploy", java.util.List.of(), "alice");
            stepUp.approve("REQ-1", "bob", Duration.ofHours(1), "deploy window");

            CampaignService service = new CampaignService(f.ledger, GovernanceFacts.of(FindingCatalogue.standard(), clock),
                    f.checkpoints, clock);
            service.create("carol", "Q4", null, LocalDate.of(2026, 12, 31), "carol", "");
            service.open("carol", "Q4");
            assertThat(service.items().frozen("Q4", 1).get("stepUpGrants").get(0).get("requester").asText()).isEqualTo("alice");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.decisions().decide("alice", "Q4", java.util.List.of(1L),
                    Decision.certify(null))).isInstanceOf(CampaignRefused.class).hasMessageContaining("separation-of-duties");

            stepUp.revoke("REQ-1", "bob", "done");
            service.decisions().decide("alice", "Q4", java.util.List.of(1L), Decision.certify(null));
            assertThat(service.items().item("Q4", 1).decision()).isEqualTo("certify");
        }
    }
}
