package io.steward.importers.bench;

import io.steward.model.inventory.IdentityPage;
import io.steward.model.inventory.IdentityRow;
import io.steward.model.inventory.InventoryFilter;
import io.steward.model.inventory.InventoryQuery;
import io.steward.model.inventory.InventorySort;
import io.steward.model.inventory.PageCursor;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Times the console's typical queries on a big ledger (e.g. the one the import benchmark leaves):
 * median of 5 runs each, in milliseconds. Usage: {@code InventoryQueryBenchmark LEDGER}
 */
public final class InventoryQueryBenchmark {
    private InventoryQueryBenchmark() {
    }

    public static void main(String[] args) {
        try (Store store = Store.open(Path.of(args[0]))) {
            InventoryQuery q = new InventoryQuery(store);
            InventorySort byName = InventorySort.byName();
            time("count (all)", () -> q.count(InventoryFilter.all()));
            time("first page by name (50)", () -> q.page(InventoryFilter.all(), byName, null, 50));
            time("first page by last used desc", () -> q.page(InventoryFilter.all(), InventorySort.of(InventorySort.Column.LAST_USED, true), null, 50));
            time("first page by created", () -> q.page(InventoryFilter.all(), InventorySort.of(InventorySort.Column.CREATED, false), null, 50));
            IdentityRow middle = q.pageAt(InventoryFilter.all(), byName, 500_000, 1).get(0);
            PageCursor deep = new PageCursor(byName, middle.name().toLowerCase(java.util.Locale.ROOT), middle.id());
            time("keyset page after row 500,000", () -> q.page(InventoryFilter.all(), byName, deep, 50));
            time("offset page at row 500,000", () -> q.pageAt(InventoryFilter.all(), byName, 500_000, 50));
            time("filter kind=iam-user, by name", () -> q.page(InventoryFilter.all().withKinds(Set.of("iam-user")), byName, null, 50));
            time("filter enabled=false, by last used", () -> q.page(InventoryFilter.all().withEnabled(Set.of(false)),
                    InventorySort.of(InventorySort.Column.LAST_USED, false), null, 50));
            time("search 'payments-etl' (first page)", () -> q.page(InventoryFilter.all().withText("payments-etl"), byName, null, 50));
            time("search 'zzz-no-match' (whole scan)", () -> q.page(InventoryFilter.all().withText("zzz-no-match"), byName, null, 50));
            time("count with filter kind=access-key", () -> q.count(InventoryFilter.all().withKinds(Set.of("access-key"))));
            time("facets (no filter)", () -> q.facets(InventoryFilter.all(), 20));
            time("facets (filter kind=iam-user)", () -> q.facets(InventoryFilter.all().withKinds(Set.of("iam-user")), 20));
            IdentityPage first = q.page(InventoryFilter.all(), byName, null, 1);
            time("identity detail", () -> q.detail(first.rows().get(0).id()));
        }
    }

    private static void time(String what, Supplier<?> work) {
        long[] ms = new long[5];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.printf("%-40s %6d ms (runs: %s)%n", what, ms[2], Arrays.toString(ms));
    }
}
