package io.steward.model.inventory.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** First pages are read in the order of a partial index over the current rows: no sort of the whole inventory. */
class InventoryPagePlanTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void setUp() {
        store = Store.open(dir.resolve("ledger.steward"));
        SnapshotFixtures fixtures = new SnapshotFixtures(store);
        fixtures.write(InventoryQueryTest.AWS, "aws-credential-report", Instant.parse("2024-01-01T00:00:00Z"),
                InventoryQueryTest.identities("aws", 300));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void firstPagesAreServedFromIndexesNotSorted() {
        CurrentSnapshots current = CurrentSnapshots.load(store);
        for (IdentitySort sort : List.of(IdentitySort.NAME, IdentitySort.LAST_USED, IdentitySort.CREATED)) {
            for (boolean desc : new boolean[] {false, true}) {
                PageRequest request = PageRequest.first(IdentityFilter.ALL, sort, desc, 50);
                List<String> pageQueries = new ArrayList<>();
                ExecuteListener capture = new ExecuteListener() {
                    @Override
                    public void executeStart(ExecuteContext c) {
                        if (c.query() != null && c.sql() != null && c.sql().toLowerCase(Locale.ROOT).contains("order by")) {
                            pageQueries.add(c.dsl().renderInlined(c.query()));
                        }
                    }
                };
                IdentityPage page = store.read(ctx -> PageQuery.run(
                        ctx.configuration().derive(new DefaultExecuteListenerProvider(capture)).dsl(), request, current,
                        new RiskSql(io.steward.model.inventory.Timestamps.format(Instant.now())), AccessPlan.SMALL));
                assertThat(page.rows()).hasSize(50);
                assertThat(pageQueries).as("%s desc=%s", sort, desc).isNotEmpty();
                for (String sql : pageQueries) {
                    String plan = store.read(ctx -> ctx.fetch("EXPLAIN QUERY PLAN " + sql).format());
                    assertThat(plan).as("%s desc=%s: %s", sort, desc, sql).contains("identity_current_").doesNotContain("TEMP B-TREE");
                }
            }
        }
    }
}
