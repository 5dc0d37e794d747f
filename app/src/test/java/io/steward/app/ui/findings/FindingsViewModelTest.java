package io.steward.app.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.Workspace;
import io.steward.app.ui.common.InlineTaskExecutor;
import io.steward.app.ui.common.Tone;
import io.steward.model.findings.Finding;
import io.steward.model.findings.FindingCount;
import io.steward.model.findings.FindingEntries;
import io.steward.model.findings.FindingGrouping;
import io.steward.model.findings.FindingProgress;
import io.steward.model.findings.GovernanceFixture;
import io.steward.model.findings.RiskyEstate;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Findings page's view model on a real ledger where several rules fire (an admin CI user with a stale key, an
 * unused backup key, an AI agent owning its project, unowned identities), with the real services and an inline
 * executor: counts, drilling down, paging, accepting a risk and ending it, recomputing with cancel.
 */
class FindingsViewModelTest {
    @TempDir
    Path dir;
    Workspace workspace;
    FindingsViewModel vm;

    @BeforeEach
    void open() {
        workspace = Workspace.openOrCreate(dir.resolve("findings.steward"), "alice", dir.resolve("keys"));
        RiskyEstate.write(workspace.ledger().store());
        workspace.accountability().assign("alice", RiskyEstate.CI, "alice@example.com", null, "runs CI", true);
        workspace.findings().refresh(FindingProgress.NONE);
        vm = viewModel(InlineTaskExecutor.immediate());
        vm.start();
    }

    FindingsViewModel viewModel(InlineTaskExecutor executor) {
        return new FindingsViewModel(workspace.findings(), "alice", executor, workspace.clock());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private FindingCount count(String label) {
        return vm.counts().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(
                "no count " + label + " in " + vm.counts()));
    }

    @Test
    void countsByEachGroupingAndListsTheFindingsBehindTheChosenCount() {
        assertThat(vm.groupingProperty().get()).isEqualTo(FindingGrouping.RULE);
        assertThat(count("overprivileged").findings()).isEqualTo(2);
        assertThat(count("no-owner").identities()).isEqualTo(3);
        assertThat(vm.rows()).hasSize((int) vm.total()).hasSizeGreaterThan(6);
        assertThat(vm.rows().get(0).rule().id()).isEqualTo("agent-standing-privilege"); // worst first
        assertThat(vm.selectedProperty().get()).isEqualTo(vm.rows().get(0));
        assertThat(vm.detailsProperty().get()).contains("Why it matters: An AI agent holds powerful access")
                .contains("Evidence:").contains("roles/owner").contains("Fix: ").contains("OWASP Agentic ASI03 Identity and Privilege Abuse");

        vm.choose(count("stale-credential"));
        assertThat(vm.rows()).singleElement().extracting(Finding::identityKey).isEqualTo(RiskyEstate.CI);
        assertThat(vm.pageInfoProperty().get()).isEqualTo("Findings 1–1 of 1 for rule stale-credential");

        vm.group(FindingGrouping.SEVERITY);
        assertThat(vm.chosenProperty().get()).isNull();
        assertThat(vm.counts()).extracting(FindingCount::label).containsExactly("critical", "high", "medium");
        vm.choose(count("high"));
        assertThat(vm.rows()).hasSize(3).allMatch(f -> f.severity().id().equals("high"));

        vm.group(FindingGrouping.FRAMEWORK);
        vm.choose(count("ASI03"));
        assertThat(vm.rows()).singleElement().satisfies(f -> {
            assertThat(f.identityKey()).isEqualTo(RiskyEstate.AGENT);
            assertThat(f.rule().id()).isEqualTo("agent-standing-privilege");
        });

        vm.group(FindingGrouping.OWNER);
        vm.choose(count("(no owner)"));
        assertThat(vm.rows()).extracting(Finding::identityKey).doesNotContain(RiskyEstate.CI).contains(RiskyEstate.AGENT, RiskyEstate.BACKUP);
        vm.choose(count("alice@example.com"));
        assertThat(vm.rows()).extracting(f -> f.rule().id()).containsExactlyInAnyOrder("overprivileged", "stale-credential");

        vm.group(FindingGrouping.SOURCE);
        vm.choose(count(RiskyEstate.GCP));
        assertThat(vm.rows()).hasSize(3).allMatch(f -> f.identityKey().equals(RiskyEstate.AGENT));
        vm.choose(null);
        assertThat(vm.rows()).hasSize((int) vm.total());

        assertThat(vm.rules()).hasSize(workspace.findings().catalogue().infos().size());
        RuleRow stale = vm.rules().stream().filter(r -> r.info().id().equals("stale-credential")).findFirst().orElseThrow();
        assertThat(stale.settings()).isEqualTo("stale-credential.days = 90");
        assertThat(stale.referenceCodes()).isEqualTo("NHI7, CIS 1.14, PR.AA-01");
        assertThat(stale.text()).contains("Fix: ").contains("CIS AWS Foundations: access keys rotated every 90 days");
    }

    @Test
    void acceptsTheSelectedRiskUntilADateAndEndsTheAcceptanceEarly() {
        vm.choose(count("stale-credential"));
        long entries = workspace.ledger().size();

        vm.acceptUntilProperty().set("31/12/2030");
        vm.reasonProperty().set("key moves to the vault in Q3");
        vm.accept();
        assertThat(vm.statusProperty().get()).contains("'31/12/2030' is not a date").endsWith("Nothing was recorded.");
        vm.acceptUntilProperty().set(LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
        vm.accept();
        assertThat(vm.statusProperty().get()).startsWith("Not accepted: the acceptance must end in the future");
        vm.reasonProperty().set(" ");
        vm.accept();
        assertThat(vm.statusProperty().get()).startsWith("Type a reason first");
        assertThat(workspace.ledger().size()).isEqualTo(entries);

        LocalDate last = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        vm.acceptUntilProperty().set(last.toString());
        vm.reasonProperty().set("key moves to the vault in Q3");
        vm.accept();
        assertThat(vm.statusProperty().get()).startsWith("Accepted stale-credential on ci-deploy through " + last);
        assertThat(workspace.ledger().head().orElseThrow().kind()).isEqualTo(FindingEntries.ACCEPTED.name());
        Finding accepted = vm.selectedProperty().get();
        assertThat(accepted.status()).isEqualTo(Finding.Status.ACCEPTED);
        assertThat(FindingDetails.status(accepted)).startsWith("accepted through " + last + " by alice: key moves to the vault in Q3");
        assertThat(vm.detailsProperty().get()).contains("Status: accepted through " + last);
        assertThat(vm.reasonProperty().get()).isEmpty();
        assertThat(count("stale-credential").accepted()).isEqualTo(1);
        assertThat(count("stale-credential").unaccepted()).isZero();

        vm.show(FindingsViewModel.Show.OPEN);
        assertThat(vm.rows()).isEmpty();
        vm.show(FindingsViewModel.Show.ACCEPTED);
        assertThat(vm.rows()).singleElement().extracting(Finding::identityKey).isEqualTo(RiskyEstate.CI);

        vm.endAcceptance();
        assertThat(vm.statusProperty().get()).startsWith("Type a reason first");
        vm.reasonProperty().set("rotated after all");
        vm.endAcceptance();
        assertThat(vm.statusProperty().get()).isEqualTo("Ended the acceptance of stale-credential on ci-deploy: it is open again.");
        assertThat(workspace.ledger().head().orElseThrow().kind()).isEqualTo(FindingEntries.ACCEPTANCE_ENDED.name());
        assertThat(vm.rows()).isEmpty(); // accepted only, and it is not any more
        vm.show(FindingsViewModel.Show.ALL);
        assertThat(vm.selectedProperty().get().status()).isEqualTo(Finding.Status.OPEN);
        vm.reasonProperty().set("again");
        vm.endAcceptance();
        assertThat(vm.statusProperty().get()).startsWith("The selected finding is not accepted");
        assertThat(workspace.verify((Path) null, (d, t) -> { }, () -> false).ok()).isTrue();
    }

    @Test
    void pagesThroughFindingsInSqlPages() {
        GovernanceFixture.snapshot(workspace.ledger().store(), "generic:robots", GovernanceFixture.GENERATED, w -> {
            for (int i = 0; i < FindingsViewModel.PAGE + 50; i++) {
                w.add(GovernanceFixture.identity(String.format("robot-%03d", i), "service-account").build());
            }
        });
        workspace.findings().refresh(FindingProgress.NONE);
        vm.reload();
        vm.choose(count("no-owner"));
        assertThat(vm.rows()).hasSize(FindingsViewModel.PAGE);
        assertThat(vm.hasNextProperty().get()).isTrue();
        assertThat(vm.hasPreviousProperty().get()).isFalse();
        long total = FindingsViewModel.PAGE + 53;
        assertThat(vm.pageInfoProperty().get()).isEqualTo("Findings 1–200 of " + total + " for rule no-owner");
        Finding lastOfFirst = vm.rows().get(FindingsViewModel.PAGE - 1);

        vm.nextPage();
        assertThat(vm.rows()).hasSize(53).doesNotContain(lastOfFirst);
        assertThat(vm.pageInfoProperty().get()).isEqualTo("Findings 201–253 of " + total + " for rule no-owner");
        assertThat(vm.hasNextProperty().get()).isFalse();
        vm.previousPage();
        assertThat(vm.rows().get(FindingsViewModel.PAGE - 1).id()).isEqualTo(lastOfFirst.id());
    }

    @Test
    void recomputesWithProgressAndACancelLeavesTheFindingsAsTheyWere() {
        // The agent is gone from the newest GCP snapshot: a full recomputation resolves its three findings.
        GovernanceFixture.snapshot(workspace.ledger().store(), RiskyEstate.GCP, GovernanceFixture.GENERATED, w -> { });
        InlineTaskExecutor deferred = InlineTaskExecutor.deferred();
        FindingsViewModel page = viewModel(deferred);
        page.start();
        deferred.runPending();
        page.refreshProgressProperty().addListener((o, was, now) -> {
            if (now.doubleValue() > 0.3) {
                page.cancelRefresh();
            }
        });
        page.refreshFindings();
        assertThat(page.refreshingProperty().get()).isTrue();
        deferred.runPending();
        assertThat(page.refreshStatusProperty().get().tone()).isEqualTo(Tone.WARNING);
        assertThat(page.refreshingProperty().get()).isFalse();
        assertThat(workspace.findings().counts().by(FindingGrouping.SOURCE)).filteredOn(c -> c.key().equals(RiskyEstate.GCP))
                .singleElement().extracting(FindingCount::findings).isEqualTo(3L);

        vm.refreshFindings();
        assertThat(vm.refreshStatusProperty().get().tone()).isEqualTo(Tone.SUCCESS);
        assertThat(vm.refreshStatusProperty().get().detail()).contains("3 resolved");
        vm.group(FindingGrouping.SOURCE);
        assertThat(vm.counts()).extracting(FindingCount::key).doesNotContain(RiskyEstate.GCP);
        vm.dismissRefresh();
        assertThat(vm.refreshStatusProperty().get()).isNull();
    }
}
