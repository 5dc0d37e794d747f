package io.steward.model.inventory.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steward.model.inventory.CredentialRecord;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.LinkRecord;
import io.steward.model.inventory.SnapshotInfo;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryQueryTest {
    static final String AWS = "aws:111111111111";
    static final String GCP = "gcp:shop-prod";
    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    static final String[] KINDS = {"iam-user", "access-key", "role"};
    static final String[] ENVS = {"prod", "dev", null};
    static final String[] OWNERS = {"payments", "ledger", null, "search"};
    static final String[] WORDS = {"etl", "Billing", "deployer", "sync", "backup", "api", "Crawler"};

    static final Map<IdentitySort, Comparator<IdentityRow>> ORDERS = Map.of(
            IdentitySort.NAME, Comparator.comparing(InventoryQueryTest::nameKey).thenComparingLong(IdentityRow::id),
            IdentitySort.KIND, Comparator.comparing(IdentityRow::kind).thenComparing(InventoryQueryTest::nameKey)
                    .thenComparingLong(IdentityRow::id),
            IdentitySort.SOURCE, Comparator.comparing(IdentityRow::source).thenComparing(InventoryQueryTest::nameKey)
                    .thenComparingLong(IdentityRow::id),
            IdentitySort.LAST_USED, Comparator.comparing(IdentityRow::lastUsedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparingLong(IdentityRow::id),
            IdentitySort.CREATED, Comparator.comparing(IdentityRow::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparingLong(IdentityRow::id),
            // No findings here: every row is of no risk, so risk order is name order.
            IdentitySort.RISK, Comparator.comparing((IdentityRow r) -> r.risk().level().rank()).thenComparing(InventoryQueryTest::nameKey)
                    .thenComparingLong(IdentityRow::id));

    @TempDir
    Path dir;
    Store store;
    SnapshotFixtures fixtures;
    InventoryQuery query;
    List<IdentityRow> all;

    @BeforeEach
    void setUp() {
        store = Store.open(dir.resolve("ledger.steward"));
        fixtures = new SnapshotFixtures(store);
        query = new InventoryQuery(store);
        fixtures.write(AWS, "aws-credential-report", T0, identities("aws", 12));  // superseded below
        fixtures.write(AWS, "aws-credential-report", T0.plusSeconds(86_400), identities("aws", 31));
        fixtures.write(GCP, "gcp-service-accounts", null, identities("gcp", 9));
        all = query.page(PageRequest.first(IdentityFilter.ALL, IdentitySort.NAME, false, PageRequest.MAX_LIMIT)).rows();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    /** n identities with names, kinds, environments, owners, enabled flags and times spread so every sort has ties and unknowns. */
    static List<IdentityRecord> identities(String prefix, int n) {
        List<IdentityRecord> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(IdentityRecord.builder(prefix + "-id-" + String.format("%03d", i), KINDS[i % KINDS.length])
                    .name(WORDS[i % WORDS.length] + "-" + prefix + "-" + (i % 5))
                    .environment(ENVS[i % ENVS.length]).ownerHint(OWNERS[i % OWNERS.length])
                    .enabled(i % 4 == 0 ? null : i % 4 != 1)
                    .createdAt(i % 6 == 0 ? null : T0.minusSeconds(3_600L * (i % 7)))
                    .lastUsedAt(i % 3 == 0 ? null : T0.minusSeconds(60L * (i % 4)))
                    .at(i + 1, i + 2).build());
        }
        return list;
    }

    @Test
    void onlyTheNewestSnapshotOfEachSeriesIsCurrent() {
        assertThat(all).hasSize(31 + 9);
        assertThat(all).extracting(IdentityRow::source).containsOnly(AWS, GCP);
        assertThat(query.sources()).containsExactly(AWS, GCP);
        assertThat(query.count(IdentityFilter.ALL)).isEqualTo(new CountResult(40, true));
        assertThat(query.count(IdentityFilter.ALL.withSource(GCP))).isEqualTo(new CountResult(9, true));
    }

    @Test
    void everySortPagesThroughAllRowsOnceInOrderBothWays() {
        everySortPagesThroughAllRows();
        query = new InventoryQuery(store, 0);  // every facet value counts as common: pages walk the sort's index
        everySortPagesThroughAllRows();
    }

    private void everySortPagesThroughAllRows() {
        for (IdentitySort sort : IdentitySort.values()) {
            List<IdentityRow> expected = all.stream().sorted(ORDERS.get(sort)).toList();
            assertThat(walk(PageRequest.first(IdentityFilter.ALL, sort, false, 7))).as(sort + " ascending").isEqualTo(expected);
            assertThat(walk(PageRequest.first(IdentityFilter.ALL, sort, true, 7))).as(sort + " descending")
                    .isEqualTo(reversed(expected));
        }
    }

    @Test
    void filtersSelectExactlyTheMatchingRowsInEverySort() {
        filtersSelectExactlyTheMatchingRows();
        query = new InventoryQuery(store, 0);
        filtersSelectExactlyTheMatchingRows();
        query = new InventoryQuery(store, 6);  // some values rare, some common: each filter picks its own path
        filtersSelectExactlyTheMatchingRows();
    }

    private void filtersSelectExactlyTheMatchingRows() {
        Map<IdentityFilter, Predicate<IdentityRow>> filters = new HashMap<>();
        filters.put(IdentityFilter.ALL.withSource(GCP), r -> r.source().equals(GCP));
        filters.put(IdentityFilter.ALL.withKind("access-key"), r -> r.kind().equals("access-key"));
        filters.put(IdentityFilter.ALL.withEnvironment("prod"), r -> "prod".equals(r.environment()));
        filters.put(IdentityFilter.ALL.withOwnerHint(IdentityFilter.UNKNOWN), r -> r.ownerHint() == null);
        filters.put(IdentityFilter.ALL.withEnabled(false), r -> Boolean.FALSE.equals(r.enabled()));
        filters.put(IdentityFilter.ALL.withText("BILL"), r -> nameKey(r).contains("bill"));
        filters.put(IdentityFilter.ALL.withText("aws-3").withKind("role").withSource(AWS),
                r -> nameKey(r).contains("aws-3") && r.kind().equals("role"));
        filters.put(IdentityFilter.ALL.withText("50%_off"), r -> false);
        filters.put(IdentityFilter.ALL.withKind("iam-user").withEnabled(true).withEnvironment("prod"),
                r -> r.kind().equals("iam-user") && Boolean.TRUE.equals(r.enabled()) && "prod".equals(r.environment()));
        filters.forEach((filter, predicate) -> {
            List<IdentityRow> expected = all.stream().filter(predicate).toList();
            for (IdentitySort sort : IdentitySort.values()) {
                List<IdentityRow> sorted = expected.stream().sorted(ORDERS.get(sort)).toList();
                assertThat(walk(PageRequest.first(filter, sort, false, 4))).as(filter + " " + sort).isEqualTo(sorted);
                assertThat(walk(PageRequest.first(filter, sort, true, 3))).as(filter + " " + sort + " descending")
                        .isEqualTo(reversed(sorted));
            }
            assertThat(query.count(filter)).as(filter.toString()).isEqualTo(new CountResult(expected.size(), true));
        });
    }

    @Test
    void countsStopAtTheCap() {
        IdentityFilter prod = IdentityFilter.ALL.withEnvironment("prod");
        long matching = all.stream().filter(r -> "prod".equals(r.environment())).count();
        assertThat(query.count(prod, 5)).isEqualTo(new CountResult(5, false));
        assertThat(query.count(prod, matching)).isEqualTo(new CountResult(matching, true));
    }

    @Test
    void facetsCountCurrentRowsFromStoredCountsOrFromTheMatchingRows() {
        FacetCounts stored = query.facets(IdentityFilter.ALL);
        assertThat(stored.exact()).isTrue();
        assertThat(stored.of(Facet.SOURCE)).containsExactly(new FacetValue(AWS, 31), new FacetValue(GCP, 9));
        assertThat(stored.of(Facet.KIND)).containsExactlyInAnyOrderElementsOf(expectedFacet(all, IdentityRow::kind));
        assertThat(stored.of(Facet.OWNER_HINT)).containsExactlyInAnyOrderElementsOf(expectedFacet(all, IdentityRow::ownerHint));
        assertThat(stored.of(Facet.ENABLED)).containsExactlyInAnyOrderElementsOf(
                expectedFacet(all, r -> r.enabled() == null ? null : r.enabled().toString()));

        List<IdentityRow> gcp = all.stream().filter(r -> r.source().equals(GCP)).toList();
        assertThat(query.facets(IdentityFilter.ALL.withSource(GCP)).of(Facet.ENVIRONMENT))
                .containsExactlyInAnyOrderElementsOf(expectedFacet(gcp, IdentityRow::environment));

        IdentityFilter keys = IdentityFilter.ALL.withKind("access-key");
        List<IdentityRow> keyRows = all.stream().filter(r -> r.kind().equals("access-key")).toList();
        FacetCounts counted = query.facets(keys);
        assertThat(counted.exact()).isTrue();
        assertThat(counted.of(Facet.SOURCE)).containsExactlyInAnyOrderElementsOf(expectedFacet(keyRows, IdentityRow::source));
        assertThat(counted.of(Facet.ENVIRONMENT)).containsExactlyInAnyOrderElementsOf(expectedFacet(keyRows, IdentityRow::environment));
        assertThat(counted.of(Facet.KIND)).containsExactly(new FacetValue("access-key", keyRows.size()));
    }

    @Test
    void aCursorFromAnotherSortIsRefused() {
        IdentityPage bySource = query.page(PageRequest.first(IdentityFilter.ALL, IdentitySort.SOURCE, false, 3));
        assertThatThrownBy(() -> query.page(PageRequest.first(IdentityFilter.ALL, IdentitySort.NAME, false, 3).next(bySource.next())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first page");
    }

    @Test
    void detailShowsCredentialsGrantsResolvedLinksChildrenAndHistory() {
        Instant rotated = T0.minusSeconds(86_400L * 100);
        IdentityRecord key = IdentityRecord.builder("arn:aws:iam::222222222222:user/etl#key1", "access-key").name("etl access key 1")
                .enabled(true).credentials(List.of(new CredentialRecord("key1", "AKIA************WXYZ", "aws-access-key", true, rotated,
                        rotated, null, null))).at(1, 2).build();
        IdentityRecord user = IdentityRecord.builder("arn:aws:iam::222222222222:user/etl", "iam-user").name("etl")
                .grants(List.of(new GrantRecord("arn:aws:iam::aws:policy/ReadOnlyAccess", "*", "attached", null)))
                .links(List.of(new LinkRecord("assumes", GCP, "gcp-id-001"), new LinkRecord("assumes", GCP, "gcp-id-999")))
                .attributes(Map.of("mfaActive", false)).tags(Map.of("team", "data"))
                .children(List.of(key)).at(1, 2).build();
        String source = "aws:222222222222";
        SnapshotInfo first = fixtures.write(source, "aws-credential-report", T0, List.of(user));
        SnapshotInfo second = fixtures.write(source, "aws-credential-report", T0.plusSeconds(60), List.of(user));
        fixtures.write(source, "aws-credential-report", T0.plusSeconds(120), List.of());  // etl removed
        SnapshotInfo fourth = fixtures.write(source, "aws-credential-report", T0.plusSeconds(180),
                List.of(IdentityRecord.builder(user.nativeId(), "iam-user").name("etl").ownerHint("data").at(1, 2).build()));

        IdentityRow etl = query.findByNativeId(user.nativeId()).get(0);
        assertThat(etl.snapshotId()).isEqualTo(fourth.id());
        IdentityDetail now = query.detail(etl.id()).orElseThrow();
        assertThat(now.current()).isTrue();
        assertThat(now.history()).extracting(HistoryEntry::snapshotId, HistoryEntry::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple(first.id(), ChangeType.ADDED),
                org.assertj.core.groups.Tuple.tuple(second.id(), ChangeType.UNCHANGED),
                org.assertj.core.groups.Tuple.tuple(second.id() + 1, ChangeType.REMOVED),
                org.assertj.core.groups.Tuple.tuple(fourth.id(), ChangeType.ADDED));

        long oldUserId = now.history().get(1).identityId();
        IdentityDetail old = query.detail(oldUserId).orElseThrow();
        assertThat(old.current()).isFalse();
        assertThat(old.attributes()).containsEntry("mfaActive", false);
        assertThat(old.tags()).containsEntry("team", "data");
        assertThat(old.grants()).containsExactly(new GrantView("arn:aws:iam::aws:policy/ReadOnlyAccess", "*", "attached", null));
        assertThat(old.links()).hasSize(2);
        assertThat(old.links().get(0).target()).isNotNull();
        assertThat(old.links().get(0).target().nativeId()).isEqualTo("gcp-id-001");
        assertThat(old.links().get(0).target().source()).isEqualTo(GCP);
        assertThat(old.links().get(1).target()).isNull();
        assertThat(old.children()).singleElement().satisfies(c -> assertThat(c.nativeId()).isEqualTo(key.nativeId()));

        IdentityDetail keyDetail = query.detail(old.children().get(0).id()).orElseThrow();
        assertThat(keyDetail.parent().id()).isEqualTo(oldUserId);
        CredentialView credential = keyDetail.credentials().get(0);
        assertThat(credential.maskedId()).isEqualTo("AKIA************WXYZ");
        assertThat(credential.active()).isTrue();
        assertThat(credential.lastUsedAt()).isNull();
        assertThat(credential.age(T0).toDays()).isEqualTo(100);
        assertThat(query.detail(-1)).isEmpty();
    }

    private List<IdentityRow> walk(PageRequest first) {
        List<IdentityRow> rows = new ArrayList<>();
        IdentityPage page = query.page(first);
        rows.addAll(page.rows());
        int pages = 1;
        while (page.hasNext()) {
            page = query.page(first.next(page.next()));
            rows.addAll(page.rows());
            assertThat(++pages).as("pages").isLessThan(100);
        }
        // the listing's walk (planned once, one read transaction) gives the same rows in the same pages
        List<List<IdentityRow>> walked = new ArrayList<>();
        long handed = query.walk(first, 0, InventoryQuery.Children.NONE, (pageRows, children) -> walked.add(pageRows));
        assertThat(walked.stream().flatMap(List::stream).toList()).as("walk").isEqualTo(rows);
        assertThat(handed).isEqualTo(rows.size());
        assertThat(walked).hasSize(pages);
        return rows;
    }

    private static String nameKey(IdentityRow r) {
        return r.name().toLowerCase(Locale.ROOT);
    }

    private static List<IdentityRow> reversed(List<IdentityRow> list) {
        List<IdentityRow> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static List<FacetValue> expectedFacet(List<IdentityRow> rows, java.util.function.Function<IdentityRow, String> value) {
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(Objects.requireNonNullElse(value.apply(r), "\u0000"), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> new FacetValue(e.getKey().equals("\u0000") ? null : e.getKey(), e.getValue())).toList();
    }
}
