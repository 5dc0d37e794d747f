package io.steward.app.ui.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.ConsoleFixtures;
import io.steward.app.Workspace;
import io.steward.app.ui.common.Delays;
import io.steward.app.ui.common.InlineTaskExecutor;
import io.steward.app.ui.common.RecordingDialogService;
import io.steward.model.findings.Finding;
import io.steward.model.inventory.query.Facet;
import io.steward.model.inventory.query.IdentityRow;
import io.steward.model.inventory.query.IdentitySort;
import io.steward.model.inventory.query.InventoryQuery;
import io.steward.model.inventory.query.Risk;
import io.steward.model.inventory.query.RiskLevel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Inventory page's risk badge, risk facet and order, and the detail's findings, owner, ownership history and
 * suggestions, over a real ledger: real imports whose findings the import computes, an owner assigned twice and a
 * risk accepted through the model's services. Without the toolkit.
 */
class InventoryRiskViewModelTest {
    static final Clock JULY_15 = Clock.fixed(Instant.parse("2025-07-15T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    final RecordingDialogService dialogs = new RecordingDialogService();
    Workspace workspace;
    InventoryViewModel vm;

    @BeforeEach
    void open() {
        workspace = Workspace.openOrCreate(dir.resolve("inventory.steward"), "alice", dir.resolve("keys"), JULY_15);
        ConsoleFixtures.importInto(workspace, dir, ConsoleFixtures.JUNE, ConsoleFixtures.JULY, ConsoleFixtures.SERVICE_ACCOUNTS);
        InventoryQuery query = workspace.inventory();
        InlineTaskExecutor now = InlineTaskExecutor.immediate();
        vm = new InventoryViewModel(query, new IdentityDetailViewModel(query, workspace.accountability(), now, dialogs, JULY_15), now,
                dialogs, Delays.IMMEDIATE, 200);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** What the findings service says the badge must show: worst open, not accepted, finding and how many. */
    private Risk expected(String key) {
        List<Finding> open = workspace.findings().openFindings(key).stream().filter(f -> f.status() == Finding.Status.OPEN).toList();
        return open.isEmpty() ? Risk.NONE : new Risk(RiskLevel.ofSeverity(open.get(0).severity().id()), open.size());
    }

    private IdentityRow row(String name) {
        return vm.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyRowShowsTheBadgeOfItsOpenFindingsAndTheRiskOrderPutsTheWorstFirst() {
        vm.refresh();
        assertThat(vm.rows()).hasSize(18);
        for (IdentityRow r : vm.rows()) {
            assertThat(r.risk()).as(r.name()).isEqualTo(expected(r.key()));
        }
        assertThat(vm.rows()).extracting(r -> r.risk().level()).contains(RiskLevel.HIGH, RiskLevel.MEDIUM);
        IdentityRow risky = vm.rows().stream().filter(r -> r.risk().level() == RiskLevel.HIGH).findFirst().orElseThrow();
        assertThat(RiskBadge.text(risky.risk())).isEqualTo("High · " + risky.risk().findings());
        assertThat(RiskBadge.accessible(risky.risk())).isEqualTo("high, " + risky.risk().findings()
                + (risky.risk().findings() == 1 ? " finding" : " findings"));

        vm.sortBy(IdentitySort.RISK, true);
        List<Integer> ranks = vm.rows().stream().map(r -> r.risk().level().rank()).toList();
        assertThat(ranks).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(vm.rows()).hasSize(18);
    }

    @Test
    void theRiskFacetListsLevelsWorstFirstAndFiltersInSql() {
        vm.refresh();
        FacetGroup risk = vm.facet(Facet.RISK);
        assertThat(risk.title()).isEqualTo("Risk");
        assertThat(risk.options()).extracting(FacetOption::count).containsOnly(risk.options().stream()
                .map(FacetOption::count).filter(c -> c > 0).toArray(Long[]::new));
        assertThat(risk.options().stream().mapToLong(FacetOption::count).sum()).isEqualTo(18);
        List<RiskLevel> levels = risk.options().stream().map(o -> RiskLevel.parse(o.filterValue())).toList();
        assertThat(levels).isSorted().contains(RiskLevel.HIGH);

        FacetOption high = risk.options().stream().filter(o -> o.label().equals("High")).findFirst().orElseThrow();
        vm.toggle(high);
        assertThat(vm.rows()).hasSize((int) high.count()).allMatch(r -> r.risk().level() == RiskLevel.HIGH);
        assertThat(vm.filterProperty().get().risk()).isEqualTo(RiskLevel.HIGH);
        vm.toggle(risk.options().stream().filter(o -> o.label().equals("High")).findFirst().orElseThrow()); // again: cleared
        assertThat(vm.rows()).hasSize(18);
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void theDetailListsFindingsOwnerOwnershipHistoryAndSuggestions() {
        vm.refresh();
        IdentityRow target = vm.rows().stream().filter(r -> r.risk().level() == RiskLevel.HIGH).findFirst().orElseThrow();
        String key = target.key();
        workspace.accountability().assign("alice", key, "dana@example.com", null, "first on call", true);
        workspace.accountability().assign("alice", key, "erin@example.com", "team:platform", "took over the service", true);
        Finding worst = workspace.findings().openFindings(key).get(0);
        workspace.findings().accept("erin@example.com", key, worst.rule().id(), JULY_15.instant().plus(Duration.ofDays(30)),
                "migration planned for August");
        vm.refresh();

        vm.select(row(target.name()));
        IdentityDetailViewModel detail = vm.detail();
        assertThat(detail.riskProperty().get()).isEqualTo(expected(key)).isEqualTo(row(target.name()).risk());
        List<Finding> open = workspace.findings().openFindings(key);
        assertThat(detail.findings()).extracting(GovernanceLines.FindingLine::rule)
                .containsExactlyElementsOf(open.stream().map(f -> f.rule().id()).toList());
        GovernanceLines.FindingLine accepted = detail.findings().stream().filter(f -> f.rule().equals(worst.rule().id()))
                .findFirst().orElseThrow();
        assertThat(accepted.status()).startsWith("accepted until 2025-08-14").contains("erin@example.com")
                .endsWith("migration planned for August");
        assertThat(accepted.explanation()).isEqualTo(worst.rule().explanation());
        assertThat(accepted.fix()).isEqualTo(worst.rule().fix());
        assertThat(accepted.references()).contains(worst.rule().references().get(0));
        assertThat(accepted.evidence()).isNotBlank().doesNotContain("{");

        assertThat(detail.owner()).extracting(IdentityDetailViewModel.Field::label, IdentityDetailViewModel.Field::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Owner", "erin@example.com (person)"),
                        org.assertj.core.groups.Tuple.tuple("Backup", "team:platform (team)"),
                        org.assertj.core.groups.Tuple.tuple("Reason", "took over the service"));
        assertThat(detail.ownerHistory()).extracting(GovernanceLines.OwnershipChange::owner)
                .containsExactly("erin@example.com (person)", "dana@example.com (person)");
        assertThat(detail.ownerHistory().get(1).reason()).isEqualTo("first on call");
        assertThat(detail.ownerHistory().get(0).assigned()).endsWith("by alice");
        assertThat(detail.suggestions()).isEmpty(); // owned: nothing to suggest

        // An unowned service account with an owner hint: no owner, and its hint offered with where it came from.
        vm.select(row("billing-exporter"));
        assertThat(detail.owner()).extracting(IdentityDetailViewModel.Field::value).containsExactly("none assigned");
        assertThat(detail.ownerHistory()).isEmpty();
        assertThat(detail.suggestions()).singleElement().satisfies(s -> {
            assertThat(s.hint()).isEqualTo("team-billing@example.com");
            assertThat(s.source()).isEqualTo("generic-csv csv:service-accounts");
        });
        assertThat(detail.findings()).extracting(GovernanceLines.FindingLine::rule).contains("no-owner");
        assertThat(dialogs.shown).isEmpty();
    }
}
