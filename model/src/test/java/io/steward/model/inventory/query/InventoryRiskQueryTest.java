package io.steward.model.inventory.query;

import static io.steward.model.findings.GovernanceFixture.GENERATED;
import static io.steward.model.findings.GovernanceFixture.grant;
import static io.steward.model.findings.GovernanceFixture.identity;
import static io.steward.model.findings.GovernanceFixture.people;
import static io.steward.model.findings.GovernanceFixture.person;
import static io.steward.model.findings.GovernanceFixture.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.steward.model.findings.Accountability;
import io.steward.model.findings.Finding;
import io.steward.model.findings.FindingCatalogue;
import io.steward.model.findings.FindingProgress;
import io.steward.model.findings.Findings;
import io.steward.model.inventory.GrantRecord;
import io.steward.model.ledger.Ledger;
import io.steward.model.owners.Owners;
import io.steward.model.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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

/** The risk column, facet and order of the inventory, over findings the real engine computes. */
class InventoryRiskQueryTest {
    static final Instant NOW = Instant.parse("2025-07-02T00:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Store store;
    private Accountability accountability;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("ledger.steward"));
        Ledger ledger = new Ledger(store, CLOCK);
        accountability = new Accountability(new Owners(ledger), new Findings(ledger, FindingCatalogue.standard(), CLOCK));
        snapshot(store, "k8s:prod", GENERATED, w -> {
            w.add(identity("system:serviceaccount:payments:api", "workload").name("payments/api").ownerHint("octocat").build());
            w.add(identity("system:serviceaccount:payments:batch", "workload").name("payments/batch").build());
            w.add(identity("system:serviceaccount:ops:admin", "workload").name("ops/admin")
                    .grants(List.of(new GrantRecord("ClusterRole/cluster-admin", "cluster", "crb", null))).build());
            w.add(identity("system:serviceaccount:ops:agent", "ai-agent").name("ops/agent").grants(List.of(grant("*", "pods in cluster")))
                    .build());
        });
        people(store, List.of(person("p1", "alice@example.com", "Alice", "payments", false, "octocat")));
        accountability.findings().refresh(FindingProgress.NONE);
        accountability.assign("lead", key("payments", "api"), "alice@example.com", null, "runs the payments API", false);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static String key(String ns, String name) {
        return "k8s:prod|system:serviceaccount:" + ns + ":" + name;
    }

    private static List<IdentityRow> rows(InventoryQuery query, IdentityFilter filter, IdentitySort sort, boolean desc) {
        return query.page(PageRequest.first(filter, sort, desc, 100)).rows();
    }

    /** The worst level and count of open findings that no acceptance covers, as the findings service lists them. */
    private Risk expected(String key) {
        List<Finding> open = accountability.findings().openFindings(key).stream().filter(f -> f.acceptance() == null).toList();
        if (open.isEmpty()) {
            return Risk.NONE;
        }
        return new Risk(RiskLevel.parse(open.get(0).severity().id()), open.size());
    }

    @Test
    void everyRowCarriesItsWorstOpenFindingAndTheCount() {
        List<IdentityRow> rows = rows(new InventoryQuery(store, CLOCK), IdentityFilter.ALL, IdentitySort.NAME, false);
        assertThat(rows).extracting(IdentityRow::name).containsExactly("ops/admin", "ops/agent", "payments/api", "payments/batch");
        assertThat(rows).extracting(r -> r.risk().level())
                .containsExactly(RiskLevel.HIGH, RiskLevel.CRITICAL, RiskLevel.NONE, RiskLevel.MEDIUM);
        for (IdentityRow r : rows) {
            assertThat(r.risk()).as(r.name()).isEqualTo(expected(r.key()));
        }
        assertThat(rows.get(1).risk().findings()).isGreaterThan(1);
        assertThat(rows.get(1).risk().describe()).isEqualTo("critical, " + rows.get(1).risk().findings() + " findings");
        assertThat(rows.get(2).risk().describe()).isEqualTo("none");
    }

    @Test
    void filtersSortsAndCountsByRiskOnBothAccessPaths() {
        // small = 0: every level is common (walk the sort's index); small = 1,000: every level is rare (reach it from findings).
        for (long small : new long[] {0, 1_000}) {
            InventoryQuery query = new InventoryQuery(store, CLOCK, small);
            assertThat(rows(query, IdentityFilter.ALL.withRisk(RiskLevel.CRITICAL), IdentitySort.NAME, false))
                    .extracting(IdentityRow::name).containsExactly("ops/agent");
            assertThat(rows(query, IdentityFilter.ALL.withRisk(RiskLevel.NONE), IdentitySort.LAST_USED, true))
                    .extracting(IdentityRow::name).containsExactly("payments/api");
            assertThat(rows(query, IdentityFilter.ALL.withRisk(RiskLevel.MEDIUM).withKind("workload"), IdentitySort.NAME, false))
                    .extracting(IdentityRow::name).containsExactly("payments/batch");
            assertThat(rows(query, IdentityFilter.ALL.withRisk(RiskLevel.LOW), IdentitySort.NAME, false)).isEmpty();
            assertThat(query.count(IdentityFilter.ALL.withRisk(RiskLevel.HIGH))).isEqualTo(new CountResult(1, true));

            List<String> worstFirst = List.of("ops/agent", "ops/admin", "payments/batch", "payments/api");
            assertThat(rows(query, IdentityFilter.ALL, IdentitySort.RISK, true)).extracting(IdentityRow::name).isEqualTo(worstFirst);
            assertThat(rows(query, IdentityFilter.ALL, IdentitySort.RISK, false)).extracting(IdentityRow::name)
                    .isEqualTo(reversed(worstFirst));
            // One row a page: the cursor crosses from level to level.
            List<String> paged = new ArrayList<>();
            PageRequest request = PageRequest.first(IdentityFilter.ALL, IdentitySort.RISK, true, 1);
            IdentityPage page;
            do {
                page = query.page(request);
                page.rows().forEach(r -> paged.add(r.name()));
                request = page.hasNext() ? request.next(page.next()) : null;
            } while (request != null);
            assertThat(paged).isEqualTo(worstFirst);
        }
    }

    @Test
    void theRiskFacetCountsEachLevelWorstFirstUnfilteredAndFiltered() {
        InventoryQuery query = new InventoryQuery(store, CLOCK);
        FacetCounts all = query.facets(IdentityFilter.ALL);
        assertThat(all.exact()).isTrue();
        assertThat(all.of(Facet.RISK)).containsExactly(new FacetValue("critical", 1), new FacetValue("high", 1),
                new FacetValue("medium", 1), new FacetValue("none", 1));
        FacetCounts workloads = query.facets(IdentityFilter.ALL.withKind("workload"));
        assertThat(workloads.of(Facet.RISK)).containsExactly(new FacetValue("high", 1), new FacetValue("medium", 1),
                new FacetValue("none", 1));
        assertThat(query.facets(IdentityFilter.ALL.withRisk(RiskLevel.NONE)).of(Facet.KIND)).containsExactly(new FacetValue("workload", 1));
    }

    @Test
    void anAcceptedRiskLowersTheLevelUntilItsEnd() {
        Instant until = NOW.plus(java.time.Duration.ofDays(30));
        String admin = key("ops", "admin");
        List<String> rules = accountability.findings().openFindings(admin).stream()
                .filter(f -> f.severity().id().equals("high")).map(f -> f.rule().id()).toList();
        assertThat(rules).isNotEmpty();
        rules.forEach(rule -> accountability.findings().accept("owner", admin, rule, until, "break-glass account, reviewed"));

        IdentityRow now = rows(new InventoryQuery(store, CLOCK), IdentityFilter.ALL.withText("ops/admin"), IdentitySort.NAME, false).get(0);
        assertThat(now.risk()).isEqualTo(expected(admin));
        assertThat(now.risk().level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(new InventoryQuery(store, CLOCK).facets(IdentityFilter.ALL).of(Facet.RISK))
                .contains(new FacetValue("medium", 2)).doesNotContain(new FacetValue("high", 1));

        Clock later = Clock.fixed(until.plusSeconds(1), ZoneOffset.UTC);
        IdentityRow after = rows(new InventoryQuery(store, later), IdentityFilter.ALL.withText("ops/admin"), IdentitySort.NAME, false).get(0);
        assertThat(after.risk().level()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void pageQueriesProbeTheFindingsIndexAndARareLevelStartsFromTheSeverityIndex() {
        InventoryQuery common = new InventoryQuery(store, CLOCK, 0);
        InventoryQuery rare = new InventoryQuery(store, CLOCK, 1_000);
        for (String plan : plans(common, IdentityFilter.ALL, IdentitySort.NAME)) {
            assertThat(plan).contains("identity_current_name").contains("finding_open (identity_key=?")
                    .contains("finding_acceptance").doesNotContain("TEMP B-TREE").doesNotContain("SCAN f");
        }
        for (String plan : plans(rare, IdentityFilter.ALL.withRisk(RiskLevel.CRITICAL), IdentitySort.NAME)) {
            assertThat(plan).contains("finding_open_severity (severity=?)").contains("identity_current_key (identity_key=?)");
        }
        for (String plan : plans(common, IdentityFilter.ALL.withRisk(RiskLevel.CRITICAL), IdentitySort.NAME)) {
            assertThat(plan).contains("identity_current_name").doesNotContain("TEMP B-TREE");
        }
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    /** EXPLAIN QUERY PLAN of every page query (those with ORDER BY) the first page runs. */
    private List<String> plans(InventoryQuery query, IdentityFilter filter, IdentitySort sort) {
        List<String> sql = new ArrayList<>();
        ExecuteListener capture = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext c) {
                if (c.query() != null && c.sql() != null && c.sql().toLowerCase(Locale.ROOT).contains("order by")) {
                    sql.add(c.dsl().renderInlined(c.query()));
                }
            }
        };
        CurrentSnapshots current = CurrentSnapshots.load(store);
        store.read(ctx -> PageQuery.run(ctx.configuration().derive(new DefaultExecuteListenerProvider(capture)).dsl(),
                PageRequest.first(filter, sort, false, 50), current, new RiskSql(io.steward.model.inventory.Timestamps.format(NOW)),
                query.small()));
        assertThat(sql).isNotEmpty();
        return sql.stream().map(s -> store.read(ctx -> ctx.fetch("EXPLAIN QUERY PLAN " + s).format(200))).toList();
    }
}
