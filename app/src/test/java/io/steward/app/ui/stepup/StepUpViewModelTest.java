package io.steward.app.ui.stepup;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.StepUpInbox;
import io.steward.app.Workspace;
import io.steward.app.demo.DemoStepUp;
import io.steward.app.ui.common.InlineTaskExecutor;
import io.steward.app.ui.stepup.StepUpViewModel.Show;
import io.steward.model.stepup.RequestState;
import io.steward.model.stepup.RequestSummary;
import io.steward.model.stepup.StepUpQuery;
import io.steward.model.stepup.policy.Policy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Step-up page's view model on a real ledger holding the demo's inbox, with the real step-up services and the
 * default policy, tasks run inline. Alice owns the targets; bob is their backup and has half-approved SU-1002.
 */
class StepUpViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Workspace workspace;
    StepUpViewModel vm;

    @BeforeEach
    void inbox() {
        Path ledger = dir.resolve("stepup.steward");
        StepUpInbox.create(ledger, dir.resolve("keys"), "alice", CLOCK);
        workspace = Workspace.openExisting(ledger, "alice", dir.resolve("keys"), CLOCK);
        vm = new StepUpViewModel(() -> workspace.stepUp(Policy.defaultPolicy()), Policy.DEFAULT_RESOURCE, workspace.stepUpQuery(),
                "alice", CLOCK, InlineTaskExecutor.immediate(), 4);
        vm.refresh();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theInboxIsSortedByExpiryThenProductionThenPrivilegeAndPagedInSql() {
        // three requests entered by hand at the same moment: the same expiry, so environment and privilege decide
        enter("deploy-role", "s3:GetObject", "staging");
        enter("deploy-role", "s3:GetObject", "production");
        enter("deploy-role", "s3:PutObject", "production");
        vm.showProperty().set(Show.HISTORY);
        vm.showProperty().set(Show.INBOX);

        assertThat(vm.pageInfoProperty().get()).isEqualTo("Inbox: 1–4 of 8 pending requests");
        assertThat(ids()).containsExactly(DemoStepUp.OVER_LONG, DemoStepUp.HALF_APPROVED, DemoStepUp.AGENT_WRITE, DemoStepUp.AGENT_SECRETS);
        assertThat(RequestLabels.state(vm.requests().get(1))).isEqualTo("pending · 1 of 2");
        assertThat(vm.hasPreviousProperty().get()).isFalse();
        vm.nextPage();
        assertThat(vm.pageInfoProperty().get()).isEqualTo("Inbox: 5–8 of 8 pending requests");
        assertThat(vm.requests().get(0).id()).isEqualTo(DemoStepUp.SELF_REQUEST);
        assertThat(vm.requests().subList(1, 4)).extracting(r -> r.privilege() + " " + r.environment())
                .containsExactly("s3:PutObject production", "s3:GetObject production", "s3:GetObject staging");
        assertThat(vm.hasNextProperty().get()).isFalse();
        assertThat(vm.requests()).allMatch(r -> r.state() == RequestState.PENDING);
        vm.previousPage();
        assertThat(vm.pageInfoProperty().get()).isEqualTo("Inbox: 1–4 of 8 pending requests");
    }

    @Test
    void theSelectedRequestShowsItsContextAndWhatEachPolicyRuleDecided() {
        select(DemoStepUp.AGENT_WRITE);
        assertThat(vm.detailsProperty().get())
                .startsWith("Pending: 0 of 1 approvals so far")
                .contains("requester      agent:release-copilot")
                .contains("owner          alice")
                .contains("backup         ")
                .contains("findings       ")
                .contains("other grants   none active")
                .contains("Policy default.policy")
                .contains("production-privileged: approvals 2, cap PT1H")
                .contains("agents-never-standing: did not apply")
                .contains("=> allowed; 2 approval(s), cap PT1H");
    }

    @Test
    void approvesWithTheTtlPrefilledFromThePolicyCapAndATwoApproverRequestStaysPending() {
        long before = workspace.ledger().size();
        select(DemoStepUp.OVER_LONG); // asks for P7D in staging: the policy caps a privileged grant at 8 hours
        vm.startApprove();
        assertThat(vm.ttlProperty().get()).isEqualTo("PT8H");
        vm.ttlProperty().set("PT9H");
        vm.reasonProperty().set("one working day of backfill");
        vm.confirm();
        assertThat(vm.statusProperty().get()).startsWith("Refused by ttl-within-caps: a TTL of PT9H exceeds the cap of PT8H")
                .endsWith("Nothing was written.");
        assertThat(vm.actionProperty().get()).as("the form stays open to correct").isEqualTo(StepUpViewModel.Action.APPROVE);
        assertThat(workspace.ledger().size()).isEqualTo(before);

        vm.ttlProperty().set("PT8H");
        vm.confirm();
        assertThat(vm.statusProperty().get()).startsWith("Approved SU-1004 as owner: granted for PT8H, until ");
        assertThat(vm.actionProperty().get()).isNull();
        assertThat(ids()).doesNotContain(DemoStepUp.OVER_LONG);

        select(DemoStepUp.AGENT_WRITE);
        vm.startApprove();
        assertThat(vm.ttlProperty().get()).isEqualTo("PT1H");
        vm.reasonProperty().set("release 4.2 is signed off");
        vm.confirm();
        assertThat(vm.statusProperty().get()).startsWith("Approved SU-1001 as owner: approval 1 of 2; still pending");
        assertThat(RequestLabels.state(find(DemoStepUp.AGENT_WRITE, Show.INBOX))).isEqualTo("pending · 1 of 2");

        select(DemoStepUp.HALF_APPROVED); // bob approved it already: alice's approval completes it
        vm.startApprove();
        vm.reasonProperty().set("second look done");
        vm.confirm();
        assertThat(vm.statusProperty().get()).startsWith("Approved SU-1002 as owner: granted for PT30M");
        assertThat(workspace.ledger().size()).isEqualTo(before + 3);
    }

    @Test
    void deniesWithAReasonAndRefusesASelfApprovalWithTheRulesMessageWritingNothing() {
        long before = workspace.ledger().size();
        select(DemoStepUp.AGENT_SECRETS);
        vm.startDeny();
        vm.confirm();
        assertThat(vm.statusProperty().get()).startsWith("Give a reason");
        vm.reasonProperty().set("use the release pipeline's own key");
        vm.confirm();
        assertThat(vm.statusProperty().get()).startsWith("Denied SU-1007 as owner");
        assertThat(find(DemoStepUp.AGENT_SECRETS, Show.HISTORY).state()).isEqualTo(RequestState.DENIED);
        assertThat(workspace.ledger().size()).isEqualTo(before + 1);

        vm.showProperty().set(Show.INBOX);
        select(DemoStepUp.SELF_REQUEST);
        vm.startApprove();
        vm.reasonProperty().set("I need it");
        vm.confirm();
        assertThat(vm.statusProperty().get()).isEqualTo("Refused by no-self-approval: alice asked for SU-1003 and so cannot approve"
                + " it: a requester never approves their own request. Nothing was written.");
        assertThat(workspace.ledger().size()).isEqualTo(before + 1);
        assertThat(find(DemoStepUp.SELF_REQUEST, Show.INBOX).state()).isEqualTo(RequestState.PENDING);
    }

    @Test
    void grantsShowRemainingTimeMarkExpiredOnesAndRevokeEndsAGrantEarly() {
        select(DemoStepUp.OVER_LONG);
        vm.startApprove();
        vm.ttlProperty().set("PT2H");
        vm.reasonProperty().set("two hours will do");
        vm.confirm();

        vm.showProperty().set(Show.GRANTS);
        assertThat(ids()).containsExactly(DemoStepUp.OVER_LONG, DemoStepUp.STILL_PRESENT);
        RequestSummary active = vm.requests().get(0);
        assertThat(RequestLabels.due(active, CLOCK.instant())).isEqualTo("ends in 2 hours (2 hours left)");
        RequestSummary expired = vm.requests().get(1);
        assertThat(RequestLabels.state(expired)).isEqualTo("EXPIRED");
        assertThat(RequestLabels.due(expired, CLOCK.instant())).startsWith("grant expired 2 days ago");

        select(DemoStepUp.STILL_PRESENT);
        assertThat(vm.detailsProperty().get()).startsWith("EXPIRED grant: it ended").contains("expired-grant-present");
        select(DemoStepUp.OVER_LONG);
        vm.startRevoke();
        vm.reasonProperty().set("backfill finished early");
        vm.confirm();
        assertThat(vm.statusProperty().get()).startsWith("Revoked the grant of SU-1004 as owner");
        assertThat(find(DemoStepUp.OVER_LONG, Show.GRANTS).state()).isEqualTo(RequestState.REVOKED);

        vm.startRevoke(); // again: only an active grant can be revoked
        vm.reasonProperty().set("twice");
        vm.confirm();
        assertThat(vm.statusProperty().get()).startsWith("Refused by decided-once: SU-1004 was already revoked");
    }

    @Test
    void historyListsDecidedAndLapsedRequestsNewestFirst() {
        select(DemoStepUp.AGENT_SECRETS);
        vm.startDeny();
        vm.reasonProperty().set("no");
        vm.confirm();
        vm.showProperty().set(Show.HISTORY);
        assertThat(ids()).containsExactly(DemoStepUp.AGENT_SECRETS, DemoStepUp.EXPIRED, DemoStepUp.STILL_PRESENT);
        assertThat(vm.requests()).extracting(RequestSummary::state)
                .containsExactly(RequestState.DENIED, RequestState.EXPIRED, RequestState.EXPIRED);
    }

    @Test
    void aNewRequestIsCheckedBeforeAnythingIsWrittenAndThenLandsInTheInbox() {
        long before = workspace.ledger().size();
        NewRequestForm form = vm.newRequestForm();
        assertThat(form.requesterProperty().get()).isEqualTo("alice");
        form.ttlProperty().set("one hour");
        boolean[] closed = {false};
        vm.submit(form, () -> closed[0] = true);
        assertThat(form.problemsProperty().get()).contains("Target: required").contains("Privilege: required")
                .contains("Justification: required").contains("TTL: 'one hour' is not a positive ISO-8601 duration");

        form.targetProperty().set("nobody-here");
        form.privilegeProperty().set("s3:PutObject");
        form.ttlProperty().set("PT45M");
        form.justificationProperty().set("asked in #ops by the release agent");
        form.requesterProperty().set("agent:release-copilot");
        vm.submit(form, () -> closed[0] = true);
        assertThat(form.problemsProperty().get()).contains("Target: no current identity has the key, id or name 'nobody-here'");
        assertThat(closed[0]).isFalse();
        assertThat(workspace.ledger().size()).isEqualTo(before);

        form.targetProperty().set("web-lb");
        form.toolsProperty().set("aws s3 cp, aws s3 ls");
        vm.submit(form, () -> closed[0] = true);
        assertThat(closed[0]).isTrue();
        assertThat(form.problemsProperty().get()).isEmpty();
        assertThat(vm.statusProperty().get()).startsWith("Requested REQ-").contains("s3:PutObject for aws:1|web-lb (production) for PT45M");
        assertThat(workspace.stepUpQuery().list(StepUpQuery.Filter.PENDING, CLOCK.instant(), 100))
                .filteredOn(r -> r.requester().equals("agent:release-copilot") && r.identityKey().equals("aws:1|web-lb"))
                .singleElement().extracting(RequestSummary::privilege).isEqualTo("s3:PutObject");
        assertThat(workspace.ledger().size()).isEqualTo(before + 1);
    }

    private void enter(String target, String privilege, String environment) {
        NewRequestForm form = vm.newRequestForm();
        form.targetProperty().set(target);
        form.privilegeProperty().set(privilege);
        form.environmentProperty().set(environment);
        form.ttlProperty().set("PT1H");
        form.justificationProperty().set("ticket OPS-1");
        vm.submit(form, () -> { });
        assertThat(form.problemsProperty().get()).isEmpty();
    }

    private List<String> ids() {
        return vm.requests().stream().map(RequestSummary::id).toList();
    }

    private void select(String id) {
        RequestSummary r = vm.requests().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError(id + " is not listed; listed: " + ids()));
        vm.selectedProperty().set(r);
    }

    private RequestSummary find(String id, Show show) {
        vm.showProperty().set(show);
        return vm.requests().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not in " + show + ": " + ids()));
    }
}
