package io.steward.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.app.Workspace;
import io.steward.importers.spi.Cancellation;
import io.steward.model.findings.Findings;
import io.steward.model.stepup.BuiltInRules;
import io.steward.model.stepup.DecisionRefusedException;
import io.steward.model.stepup.ExpiredGrantsPresent;
import io.steward.model.stepup.RequestState;
import io.steward.model.stepup.RequestSummary;
import io.steward.model.stepup.StepUpQuery;
import io.steward.model.stepup.policy.Policy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's step-up inbox: every situation the tour shows is there, and the demo user can work it. */
class DemoStepUpTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theInboxHoldsEverySituationAndTheDemoUserOwnsIt() {
        DemoLedger.Result result = DemoLedger.create(dir, "demo", dir.resolve("keys"), CLOCK, DemoLedger.Progress.NONE, Cancellation.NEVER);
        try (Workspace w = Workspace.openExisting(result.ledgerFile(), "demo", dir.resolve("keys"), CLOCK)) {
            Map<String, RequestSummary> all = w.stepUpQuery().list(StepUpQuery.Filter.ALL, CLOCK.instant(), 100).stream()
                    .collect(Collectors.toMap(RequestSummary::id, s -> s));
            assertThat(all.get(DemoStepUp.AGENT_WRITE).state()).isEqualTo(RequestState.PENDING);
            assertThat(all.get(DemoStepUp.HALF_APPROVED).approvals()).isEqualTo(1);
            assertThat(all.get(DemoStepUp.HALF_APPROVED).approvalsRequired()).isEqualTo(2);
            assertThat(all.get(DemoStepUp.EXPIRED).state()).isEqualTo(RequestState.EXPIRED);
            assertThat(all.get(DemoStepUp.STILL_PRESENT).state()).isEqualTo(RequestState.EXPIRED);
            List<String> pending = w.stepUpQuery().list(StepUpQuery.Filter.PENDING, CLOCK.instant(), 100).stream().map(RequestSummary::id).toList();
            assertThat(pending).contains(DemoStepUp.AGENT_WRITE, DemoStepUp.HALF_APPROVED, DemoStepUp.SELF_REQUEST, DemoStepUp.OVER_LONG,
                    DemoStepUp.AGENT_SECRETS);

            assertThat(w.ledger().store().read(ExpiredGrantsPresent::find)).extracting(ExpiredGrantsPresent.Hit::requestId)
                    .contains(DemoStepUp.STILL_PRESENT);
            String stillKey = all.get(DemoStepUp.STILL_PRESENT).identityKey();
            assertThat(new Findings(w.ledger()).openFindings(stillKey)).extracting(f -> f.rule().id()).contains(ExpiredGrantsPresent.RULE);

            var service = w.stepUp(Policy.defaultPolicy());
            assertThatThrownBy(() -> service.approve(DemoStepUp.SELF_REQUEST, "demo", null, "mine"))
                    .isInstanceOf(DecisionRefusedException.class)
                    .extracting(e -> ((DecisionRefusedException) e).rule()).isEqualTo(BuiltInRules.NO_SELF_APPROVAL);
            assertThat(service.approve(DemoStepUp.OVER_LONG, "demo", null, "one day of backfill").ttl()).hasHours(8);
            assertThat(service.approve(DemoStepUp.HALF_APPROVED, "demo", null, "second look done").granted()).isTrue();
        }
    }
}
