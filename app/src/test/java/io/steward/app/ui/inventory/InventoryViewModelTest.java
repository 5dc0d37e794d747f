package io.steward.app.ui.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.app.ConsoleFixtures;
import io.steward.app.Workspace;
import io.steward.app.ui.common.Delays;
import io.steward.app.ui.common.InlineTaskExecutor;
import io.steward.app.ui.common.ManualDelays;
import io.steward.app.ui.common.RecordingDialogService;
import io.steward.model.inventory.query.Facet;
import io.steward.model.inventory.query.IdentityRow;
import io.steward.model.inventory.query.IdentitySort;
import io.steward.model.inventory.query.InventoryQuery;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Inventory page's view models over a real ledger holding real imports (two credential reports of
 * one AWS account and a spreadsheet of service accounts: 18 current identities), without the toolkit.
 */
class InventoryViewModelTest {
    static final Clock JULY_15 = Clock.fixed(Instant.parse("2025-07-15T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    final RecordingDialogService dialogs = new RecordingDialogService();
    Workspace workspace;

    @BeforeEach
    void open() {
        workspace = Workspace.openOrCreate(dir.resolve("inventory.steward"), "alice", dir.resolve("keys"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    InventoryViewModel vm(InlineTaskExecutor executor, Delays delays, int pageSize) {
        InventoryQuery query = workspace.inventory();
        return new InventoryViewModel(query, new IdentityDetailViewModel(query, workspace.accountability(), executor, dialogs, JULY_15), executor, dialogs,
                delays, pageSize);
    }

    InventoryViewModel imported(int pageSize) {
        ConsoleFixtures.importInto(workspace, dir, ConsoleFixtures.JUNE, ConsoleFixtures.JULY, ConsoleFixtures.SERVICE_ACCOUNTS);
        InventoryViewModel vm = vm(InlineTaskExecutor.immediate(), Delays.IMMEDIATE, pageSize);
        vm.refresh();
        return vm;
    }

    @Test
    void anEmptyLedgerIsTheHonestEmptyState() {
        InventoryViewModel vm = vm(InlineTaskExecutor.immediate(), Delays.IMMEDIATE, 50);
        assertThat(vm.emptyProperty().get()).isNull();

        vm.refresh();

        assertThat(vm.emptyProperty().get()).isTrue();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.pageInfoProperty().get()).isEmpty();
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void opensMostRecentlyUsedFirst() {
        InventoryViewModel vm = imported(5);

        assertThat(vm.sortProperty().get()).isEqualTo(IdentitySort.LAST_USED);
        assertThat(vm.descendingProperty().get()).isTrue();
        List<java.time.Instant> used = vm.rows().stream().map(IdentityRow::lastUsedAt).toList();
        assertThat(used).first().isNotNull();
        assertThat(used.stream().filter(java.util.Objects::nonNull).toList())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void scrollingLoadsTheNextKeysetPageAndAppendsItUntilEveryRowIsThere() {
        InventoryViewModel vm = imported(5);
        vm.sortBy(IdentitySort.NAME, false);

        assertThat(vm.emptyProperty().get()).isFalse();
        assertThat(names(vm)).containsExactly("<root_account>", "alice.smith", "billing-exporter", "ci-deployer", "deploy-bot");
        assertThat(vm.pageInfoProperty().get()).isEqualTo("5 of 18 identities (scroll for more)");

        vm.loadMore();
        assertThat(names(vm)).hasSize(10).element(5).isEqualTo("deploy-bot access key 1");
        assertThat(vm.pageInfoProperty().get()).isEqualTo("10 of 18 identities (scroll for more)");
        vm.loadMore();
        vm.loadMore();
        assertThat(vm.pageInfoProperty().get()).isEqualTo("18 of 18 identities");
        assertThat(vm.hasNextProperty().get()).isFalse();
        assertThat(vm.rows()).extracting(IdentityRow::id).doesNotHaveDuplicates().hasSize(18);
        // The June report's backup-runner was removed in July: it is not current, so it is not listed.
        assertThat(names(vm)).doesNotContain("backup-runner");
        vm.loadMore();
        assertThat(names(vm)).as("nothing more to load").hasSize(18);

        vm.sortBy(IdentitySort.NAME, true);
        assertThat(names(vm)).as("a new order starts again from its first page").hasSize(5);
    }

    @Test
    void aHeaderClickSortsInSql() {
        InventoryViewModel vm = imported(50);

        vm.sortBy(IdentitySort.LAST_USED, true);

        List<Instant> used = vm.rows().stream().map(IdentityRow::lastUsedAt).toList();
        assertThat(used.get(0)).isEqualTo(Instant.parse("2025-06-30T23:45:00Z"));
        assertThat(used.stream().filter(java.util.Objects::nonNull).toList())
                .isSortedAccordingTo(Comparator.<Instant>reverseOrder());
        assertThat(used.subList(used.size() - 3, used.size())).containsOnlyNulls(); // never used: last, descending

        vm.sortBy(IdentitySort.KIND, false);
        assertThat(vm.rows()).extracting(IdentityRow::kind).isSorted();
        assertThat(vm.sortProperty().get()).isEqualTo(IdentitySort.KIND);
    }

    @Test
    void searchWaitsForAPauseInTypingAndOnlyTheLastTextIsQueried() {
        ConsoleFixtures.importInto(workspace, dir, ConsoleFixtures.JUNE, ConsoleFixtures.JULY, ConsoleFixtures.SERVICE_ACCOUNTS);
        ManualDelays delays = new ManualDelays();
        InventoryViewModel vm = vm(InlineTaskExecutor.immediate(), delays, 50);
        vm.refresh();
        List<String> queried = new ArrayList<>();
        vm.filterProperty().addListener((obs, old, f) -> queried.add(f.text()));

        vm.searchTextProperty().set("l");
        vm.searchTextProperty().set("le");
        vm.searchTextProperty().set("ledger");
        assertThat(vm.rows()).hasSize(18); // nothing queried while typing
        assertThat(delays.waiting()).isEqualTo(1);
        assertThat(delays.lastDelay()).isEqualTo(InventoryViewModel.SEARCH_QUIET);

        delays.runDue();

        assertThat(queried).containsExactly("ledger");
        assertThat(names(vm)).containsExactlyInAnyOrder("ledger-etl", "ledger-etl access key 1");
        assertThat(vm.pageInfoProperty().get()).isEqualTo("2 of 2 identities");

        vm.searchTextProperty().set("zzz-nothing");
        vm.searchNow(); // Enter: no waiting
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.pageInfoProperty().get()).isEqualTo("No identities match");
        assertThat(vm.emptyProperty().get()).isFalse(); // an inventory exists; the search matches nothing
    }

    @Test
    void aResultThatArrivesAfterANewerRequestIsDropped() {
        ConsoleFixtures.importInto(workspace, dir, ConsoleFixtures.JUNE, ConsoleFixtures.JULY, ConsoleFixtures.SERVICE_ACCOUNTS);
        InlineTaskExecutor executor = InlineTaskExecutor.deferred();
        InventoryViewModel vm = vm(executor, Delays.IMMEDIATE, 50);
        List<List<String>> shown = new ArrayList<>();
        vm.rows().addListener((ListChangeListener<IdentityRow>) c -> shown.add(names(vm)));

        vm.searchTextProperty().set("pay");
        vm.searchTextProperty().set("search");
        executor.runPending(); // both queries ran; the first one's answer is stale

        assertThat(shown).singleElement().satisfies(names -> assertThat(names)
                .containsExactlyInAnyOrder("search-indexer", "search-indexer", "search-indexer access key 1"));
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void facetsFilterWithCountsAndKeepTheirOtherValuesVisible() {
        InventoryViewModel vm = imported(50);
        FacetGroup kind = vm.facet(Facet.KIND);
        assertThat(kind.options()).extracting(FacetOption::label, FacetOption::count).startsWith(
                org.assertj.core.groups.Tuple.tuple("iam-user", 6L), org.assertj.core.groups.Tuple.tuple("access-key", 5L));
        assertThat(vm.facet(Facet.OWNER_HINT).options()).extracting(FacetOption::label).first().isEqualTo("No owner hint");
        assertThat(vm.facet(Facet.ENABLED).options()).extracting(FacetOption::label, FacetOption::selectable)
                .contains(org.assertj.core.groups.Tuple.tuple("Not stated", false));

        vm.toggle(option(kind, "access-key"));

        assertThat(vm.rows()).hasSize(5).extracting(IdentityRow::kind).containsOnly("access-key");
        assertThat(kind.selectedProperty().get()).isEqualTo("access-key");
        assertThat(kind.options()).extracting(FacetOption::label).contains("iam-user", "service-account");
        assertThat(vm.facet(Facet.SOURCE).options()).extracting(FacetOption::label, FacetOption::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("aws:123456789012", 5L));

        vm.toggle(option(vm.facet(Facet.ENABLED), "Enabled"));
        assertThat(vm.rows()).hasSize(5);
        vm.toggle(option(kind, "access-key")); // a second click clears the facet
        assertThat(vm.rows()).hasSize(10).extracting(IdentityRow::enabled).containsOnly(true);

        vm.toggle(option(vm.facet(Facet.OWNER_HINT), "No owner hint"));
        assertThat(vm.rows()).extracting(IdentityRow::name).contains("legacy-sync").doesNotContain("billing-exporter");
        vm.clearFilters();
        assertThat(vm.rows()).hasSize(18);
        assertThat(vm.facets()).allSatisfy(g -> assertThat(g.selectedProperty().get()).isNull());
    }

    @Test
    void theDetailShowsCredentialsRelativeAndAbsoluteLinksAndHistory() {
        InventoryViewModel vm = imported(50);
        IdentityDetailViewModel detail = vm.detail();
        IdentityRow key = vm.rows().stream().filter(r -> r.name().equals("payments-api access key 1")).findFirst().orElseThrow();

        vm.select(key);

        assertThat(detail.headingProperty().get()).isEqualTo("payments-api access key 1");
        assertThat(detail.subtitleProperty().get()).isEqualTo("access-key · aws:123456789012");
        assertThat(detail.credentials()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("aws-access-key");
            assertThat(c.state()).isEqualTo("active");
            assertThat(c.age()).isEqualTo("30 days (rotated 2025-06-15 09:00 UTC)");
            assertThat(c.lastUsed()).isEqualTo("14 days ago (2025-06-30 23:45 UTC)");
            assertThat(c.expires()).isEqualTo("no expiry");
        });
        assertThat(detail.fields()).extracting(IdentityDetailViewModel.Field::label, IdentityDetailViewModel.Field::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Stable id", "arn:aws:iam::123456789012:user/payments-api#key1"),
                        org.assertj.core.groups.Tuple.tuple("Facts", "lastUsedRegion=us-east-1, lastUsedService=dynamodb"));
        assertThat(detail.history()).extracting(DetailLines.History::change).containsExactly("first seen", "changed");
        assertThat(detail.history().get(1).shown()).isTrue();
        DetailLines.Link parent = detail.links().get(0);
        assertThat(parent.relation()).isEqualTo("belongs to");
        assertThat(parent.navigable()).isTrue();

        detail.open(parent.target().id());
        assertThat(detail.headingProperty().get()).isEqualTo("payments-api");
        assertThat(detail.links()).extracting(DetailLines.Link::relation, DetailLines.Link::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("has", "payments-api access key 1 · access-key"));
        assertThat(detail.canGoBackProperty().get()).isTrue();

        detail.open(detail.history().get(0).identityId()); // the June row
        assertThat(detail.subtitleProperty().get()).endsWith("an older snapshot (#1), not the current one");
        detail.back();
        detail.back();
        assertThat(detail.headingProperty().get()).isEqualTo("payments-api access key 1");
        assertThat(detail.canGoBackProperty().get()).isFalse();

        IdentityRow sheet = vm.rows().stream().filter(r -> r.name().equals("support-bot")).findFirst().orElseThrow();
        vm.select(sheet);
        assertThat(detail.fields()).extracting(IdentityDetailViewModel.Field::label, IdentityDetailViewModel.Field::value)
                .contains(org.assertj.core.groups.Tuple.tuple("Last used", "never, or not recorded"),
                        org.assertj.core.groups.Tuple.tuple("Enabled", "no"),
                        org.assertj.core.groups.Tuple.tuple("Owner hint", "support@example.com"));
        assertThat(detail.grants()).extracting(g -> g.fact().privilege()).containsExactly("tickets:write");
    }

    private static FacetOption option(FacetGroup group, String label) {
        return group.options().stream().filter(o -> o.label().equals(label)).findFirst().orElseThrow();
    }

    private static List<String> names(InventoryViewModel vm) {
        return vm.rows().stream().map(IdentityRow::name).toList();
    }
}
