package io.steward.model.inventory;

import io.steward.model.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import static io.steward.model.inventory.InventoryFixture.identity;
import static io.steward.model.inventory.InventoryFixture.snapshot;
import static io.steward.model.inventory.InventoryFixture.t;
import static org.assertj.core.api.Assertions.assertThat;

class InventoryQueryTest {
    private static final int N = 1_500;
    private static final String[] KINDS = {"iam-user", "access-key", "iam-role", null};
    private static final String[] OWNERS = {"team-a", "Team-B", null, "team-c"};

    @TempDir
    Path dir;
    private Store store;
    private InventoryQuery query;
    private SnapshotInfo current;
    private SnapshotInfo old;

    @BeforeEach
    void fill() {
        store = Store.open(dir.resolve("ledger.steward"));
        query = new InventoryQuery(store);
        old = snapshot(store, "aws:1", "r", t("2024-01-01T00:00:00Z"), 100, w -> w.add(identity("gone", "iam-user").build()));
        Random r = new Random(3);
        current = snapshot(store, "aws:1", "r", t("2024-02-01T00:00:00Z"), 100, w -> {
            for (int i = 0; i < N; i++) {
                String kind = KINDS[i % 4] == null ? "unknown" : KINDS[i % 4];
                w.add(identity("arn:aws:iam::1:user/n" + i, kind).name((i % 7 == 0 ? "Svc-" : "svc-") + (r.nextInt(300)))
                        .ownerHint(OWNERS[i % 4]).environment(i % 5 == 0 ? null : "prod")
                        .enabled(i % 3 == 0 ? null : i % 3 == 1)
                        .lastUsedAt(i % 4 == 0 ? null : Instant.parse("2024-01-01T00:00:00Z").plusSeconds(r.nextInt(1000) * 3600L))
                        .createdAt(Instant.parse("2020-01-01T00:00:00Z").plusSeconds(r.nextInt(500) * 86400L)).build());
            }
        });
        snapshot(store, "csv:inventory", w -> w.add(identity("csv-1", "service-account").name("Alpha").ownerHint("team-a").build()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @ParameterizedTest
    @EnumSource(InventorySort.Column.class)
    void keysetPagesWalkTheSameOrderAsOffsetPagingInBothDirections(InventorySort.Column column) {
        for (boolean desc : new boolean[] {false, true}) {
            InventorySort sort = InventorySort.of(column, desc);
            List<IdentityRow> keyset = new ArrayList<>();
            PageCursor cursor = null;
            do {
                IdentityPage page = query.page(InventoryFilter.all(), sort, cursor, 37);
                keyset.addAll(page.rows());
                cursor = page.next();
            } while (cursor != null);
            List<IdentityRow> offset = query.pageAt(InventoryFilter.all(), sort, 0, InventoryQuery.MAX_PAGE);
            assertThat(keyset).as("%s desc=%s", column, desc).extracting(IdentityRow::id).containsExactlyElementsOf(
                    offset.stream().map(IdentityRow::id).toList());
            assertThat(keyset).hasSize(N + 1);
            assertThat(keyset).isSortedAccordingTo(expectedOrder(column, desc));
        }
    }

    /** Nulls are the smallest values; ties by id; names compare case-insensitively. */
    private static Comparator<IdentityRow> expectedOrder(InventorySort.Column column, boolean desc) {
        Function<IdentityRow, Comparable<?>> key = switch (column) {
            case NAME -> r -> r.name().toLowerCase();
            case LAST_USED -> IdentityRow::lastUsedAt;
            case CREATED -> IdentityRow::createdAt;
            case KIND -> IdentityRow::kind;
            case SOURCE -> IdentityRow::source;
            case ENVIRONMENT -> IdentityRow::environment;
            case OWNER -> IdentityRow::ownerHint;
            case ENABLED -> r -> r.enabled() == null ? null : r.enabled() ? 1 : 0;
        };
        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparator<IdentityRow> c = Comparator.comparing(r -> (Comparable) key.apply(r), Comparator.nullsFirst(Comparator.naturalOrder()));
        c = c.thenComparing(IdentityRow::id);
        return desc ? c.reversed() : c;
    }

    @Test
    void filtersCombineAndNullSelectsUnknown() {
        InventoryFilter noOwner = InventoryFilter.all().withOwners(nullSet());
        assertThat(query.count(noOwner)).isEqualTo(N / 4);
        InventoryFilter filter = InventoryFilter.all().withKinds(Set.of("iam-user", "iam-role")).withEnabled(Set.of(true))
                .withEnvironments(Set.of("prod"));
        List<IdentityRow> rows = query.pageAt(filter, InventorySort.byName(), 0, InventoryQuery.MAX_PAGE);
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.kind()).isIn("iam-user", "iam-role");
            assertThat(r.enabled()).isTrue();
            assertThat(r.environment()).isEqualTo("prod");
        });
        assertThat(query.count(filter)).isEqualTo(rows.size());
        assertThat(query.count(InventoryFilter.all().withSources(Set.of("csv:inventory")))).isEqualTo(1);
        assertThat(query.count(InventoryFilter.all())).isEqualTo(N + 1);
        assertThat(query.count(InventoryFilter.all().inSnapshot(old.id()))).isEqualTo(1);
    }

    @Test
    void textSearchIgnoresCaseAndLooksAtNameIdAndOwner() {
        assertThat(query.pageAt(InventoryFilter.all().withText("ALPHA"), InventorySort.byName(), 0, 10))
                .extracting(IdentityRow::nativeId).containsExactly("csv-1");
        assertThat(query.count(InventoryFilter.all().withText("user/n1499"))).isEqualTo(1);
        assertThat(query.count(InventoryFilter.all().withText("TEAM-b"))).isEqualTo(N / 4);
        assertThat(query.count(InventoryFilter.all().withText("100%_"))).isZero(); // wildcards are literal
    }

    @Test
    void facetsFromStoredCountsEqualAFullScan() {
        Facets stored = query.facets(InventoryFilter.all(), 50);
        Facets scanned = query.facets(InventoryFilter.all().withEnabled(new java.util.HashSet<>(java.util.Arrays.asList(true, false, null))), 50);
        assertThat(stored).isEqualTo(scanned);
        assertThat(stored.sources()).containsExactly(new FacetValue("aws:1", N), new FacetValue("csv:inventory", 1));
        assertThat(stored.owners()).contains(new FacetValue(null, N / 4));
        Facets narrowed = query.facets(InventoryFilter.all().withKinds(Set.of("iam-role")), 50);
        assertThat(narrowed.kinds()).containsExactly(new FacetValue("iam-role", N / 4));
    }

    @Test
    void firstPagesAreServedFromIndexesNotSorted() {
        for (InventorySort.Column column : List.of(InventorySort.Column.NAME, InventorySort.Column.LAST_USED, InventorySort.Column.CREATED)) {
            for (boolean desc : new boolean[] {false, true}) {
                String plan = store.read(ctx -> ctx.fetch("EXPLAIN QUERY PLAN " + ctx.renderInlined(
                        InventoryQuery.firstPage(ctx, InventoryFilter.all(), InventorySort.of(column, desc), 50))).format());
                assertThat(plan).as("%s desc=%s", column, desc).contains("identity_current_").doesNotContain("TEMP B-TREE");
            }
        }
    }

    @Test
    void detailHasHistoryAcrossTheSeries() {
        SnapshotInfo next = snapshot(store, "aws:1", "r", t("2024-03-01T00:00:00Z"), 100, w -> {
            w.add(identity("gone", "iam-user").name("back again").build());
            w.add(identity("arn:aws:iam::1:user/n1", "access-key").build());
        });
        IdentityRow row = query.pageAt(InventoryFilter.all().withText("back again"), InventorySort.byName(), 0, 1).get(0);
        IdentityDetail detail = query.detail(row.id()).orElseThrow();
        assertThat(detail.snapshot().id()).isEqualTo(next.id());
        assertThat(detail.history()).extracting(IdentityDetail.HistoryEntry::snapshotId).containsExactly(old.id(), current.id(), next.id());
        assertThat(detail.history()).extracting(h -> h.identityId() != null).containsExactly(true, false, true);
        assertThat(detail.history().get(2).changed()).isTrue(); // renamed since it was last seen
        assertThat(query.detail(-1)).isEmpty();
    }

    @Test
    void exportWalksEveryRowWithItsChildrenInPages() {
        snapshot(store, "aws:9", w -> {
            for (int i = 0; i < 2_500; i++) {
                w.add(identity("k" + i, "access-key").credentials(java.util.List.of(InventoryFixture.key("key1", true,
                        "2020-01-01T00:00:00Z", null))).grants(InventoryFixture.grants("s3:GetObject")).build());
            }
        });
        List<IdentityWithChildren> rows = new ArrayList<>();
        query.forEachWithChildren(InventoryFilter.all().withSources(Set.of("aws:9")), InventorySort.byName(), rows::add);
        assertThat(rows).hasSize(2_500).allSatisfy(r -> {
            assertThat(r.credentials()).singleElement().satisfies(c -> assertThat(c.nativeId()).isEqualTo("key1"));
            assertThat(r.grants()).singleElement().satisfies(g -> assertThat(g.privilege()).isEqualTo("s3:GetObject"));
        });
        assertThat(rows).extracting(r -> r.identity().name().toLowerCase()).isSorted();
    }

    private static Set<String> nullSet() {
        Set<String> s = new java.util.HashSet<>();
        s.add(null);
        return s;
    }
}
