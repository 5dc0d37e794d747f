package io.steward.model.bench;

import io.steward.model.findings.FindingProgress;
import io.steward.model.findings.Findings;
import io.steward.model.findings.RefreshReport;
import io.steward.model.inventory.query.FacetCounts;
import io.steward.model.inventory.query.IdentityFilter;
import io.steward.model.inventory.query.IdentityPage;
import io.steward.model.inventory.query.IdentitySort;
import io.steward.model.inventory.query.InventoryQuery;
import io.steward.model.inventory.query.PageRequest;
import io.steward.model.inventory.query.RiskLevel;
import io.steward.model.ledger.Ledger;
import io.steward.model.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Inventory query benchmark (docs/BENCHMARKS.md, "Inventory queries"): builds a ledger of about N current
 * identities once (kept in the work folder), then times what the console does on it through
 * {@link InventoryQuery}: first page, next pages, every sort, filters, searches, counts, facets, detail.
 * Each figure is the median of several runs; the reference, measured in the same run, is the same first
 * page asked of SQLite without the partial indexes (a full scan and sort of the current rows).
 * <p>
 * Usage: InventoryQueryBenchmark [identities (default 1000000)] [work folder]
 */
public final class InventoryQueryBenchmark {
    private static final int PAGE = 100;
    private static final int RUNS = 7;
    private static final double BAR_MS = 200;

    private InventoryQueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int identities = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("steward-bench");
        Files.createDirectories(dir);
        Path file = dir.resolve("inventory-" + identities + ".steward");
        if (!Files.exists(file)) {
            long t0 = System.nanoTime();
            System.out.println("building " + file);
            try (Store store = Store.open(file)) {
                new InventoryGenerator().fill(store, identities);
            }
            System.out.printf("built in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        try (Store store = Store.open(file)) {
            computeFindings(store);
            run(store, new InventoryQuery(store));
        }
    }

    /** The findings the risk column reads: computed once by the real engine (no owners: every top-level identity is unowned). */
    private static void computeFindings(Store store) {
        if (store.read(ctx -> ctx.fetchCount(io.steward.model.db.Tables.FINDING)) > 0) {
            return;
        }
        RefreshReport r = new Findings(new Ledger(store, Clock.systemUTC())).refresh(FindingProgress.NONE);
        System.out.printf("findings computed in %,d ms: %,d open%n", r.millis(), r.opened());
    }

    private static void run(Store store, InventoryQuery q) throws Exception {
        System.out.printf("ledger: %s, %s current identities, %.0f MB%n", store.file(), q.count(IdentityFilter.ALL),
                Files.size(store.file()) / 1e6);
        IdentityFilter all = IdentityFilter.ALL;
        double reference = time("reference: first page by name without the indexes (scan + sort)", () -> reference(store));
        List<double[]> results = new ArrayList<>();
        results.add(row("first page, by name", page(q, all, IdentitySort.NAME, false)));
        results.add(row("next page (page 2 to 51, each)", nextPages(q, 50)));
        results.add(row("sort by name, descending", page(q, all, IdentitySort.NAME, true)));
        results.add(row("sort by kind", page(q, all, IdentitySort.KIND, false)));
        results.add(row("sort by source, descending", page(q, all, IdentitySort.SOURCE, true)));
        results.add(row("sort by last used, descending", page(q, all, IdentitySort.LAST_USED, true)));
        results.add(row("sort by created", page(q, all, IdentitySort.CREATED, false)));
        results.add(row("filter kind=access-key (50%), by name", page(q, all.withKind("access-key"), IdentitySort.NAME, false)));
        results.add(row("filter kind=fine-grained-pat (5%), by last used", page(q, all.withKind("fine-grained-pat"),
                IdentitySort.LAST_USED, true)));
        results.add(row("filter source=github:acme (5%), by created", page(q, all.withSource("github:acme"), IdentitySort.CREATED, false)));
        results.add(row("filter environment=dev (20%), by name", page(q, all.withEnvironment("dev"), IdentitySort.NAME, false)));
        results.add(row("filter no owner (20%), by last used", page(q, all.withOwnerHint(IdentityFilter.UNKNOWN), IdentitySort.LAST_USED, true)));
        results.add(row("filter enabled=false + owner=fraud (0.5%), by name", page(q, all.withEnabled(false).withOwnerHint("fraud"),
                IdentitySort.NAME, false)));
        results.add(row("search 'etl' (6%), by name", page(q, all.withText("etl"), IdentitySort.NAME, false)));
        results.add(row("search 'fraud-backup-prod' (0.3%), by name", page(q, all.withText("fraud-backup-prod"), IdentitySort.NAME, false)));
        results.add(row("search 'zzz-none' (no match: whole index), by name", page(q, all.withText("zzz-none"), IdentitySort.NAME, false)));
        results.add(row("search 'etl' + kind=iam-role, by last used", page(q, all.withText("etl").withKind("iam-role"),
                IdentitySort.LAST_USED, true)));
        results.add(row("sort by risk, worst first", page(q, all, IdentitySort.RISK, true)));
        results.add(row("filter risk=critical, by name", page(q, all.withRisk(RiskLevel.CRITICAL), IdentitySort.NAME, false)));
        results.add(row("filter risk=high, by last used", page(q, all.withRisk(RiskLevel.HIGH), IdentitySort.LAST_USED, true)));
        results.add(row("filter risk=none, by name", page(q, all.withRisk(RiskLevel.NONE), IdentitySort.NAME, false)));
        results.add(row("count, unfiltered", () -> q.count(all)));
        results.add(row("count kind=fine-grained-pat (capped at 100,000)", () -> q.count(all.withKind("fine-grained-pat"))));
        results.add(row("count search 'zzz-none'", () -> q.count(all.withText("zzz-none"))));
        results.add(row("facets, unfiltered", () -> q.facets(all)));
        results.add(row("facets, kind=fine-grained-pat", () -> q.facets(all.withKind("fine-grained-pat"))));
        results.add(row("facets, search 'etl'", () -> q.facets(all.withText("etl"))));
        results.add(row("facets, risk=high", () -> q.facets(all.withRisk(RiskLevel.HIGH))));
        System.out.println("  risk facet, unfiltered: " + q.facets(all).of(io.steward.model.inventory.query.Facet.RISK));
        long someId = q.page(PageRequest.first(all.withKind("iam-user"), IdentitySort.NAME, false, 1)).rows().get(0).id();
        results.add(row("identity detail (credentials, grants, links, history)", () -> q.detail(someId)));
        System.out.printf("%n| query (%d rows a page) | median ms | <= %.0f ms |%n|---|---|---|%n", PAGE, BAR_MS);
        TABLE.forEach(System.out::println);
        searchAlternatives(store);
        riskProbes(store);
        double worst = results.stream().mapToDouble(r -> r[0]).max().orElse(0);
        System.out.printf("%nreference %.0f ms; slowest query %.0f ms (ratio %.3f); bar <= %.0f ms: %s%n", reference, worst,
                worst / reference, BAR_MS, worst <= BAR_MS ? "PASS" : "FAIL");
    }

    private static Supplier<Object> page(InventoryQuery q, IdentityFilter f, IdentitySort sort, boolean desc) {
        return () -> q.page(PageRequest.first(f, sort, desc, PAGE));
    }

    /** Walks pages 2..n+1 and returns the mean time of one page. */
    private static Supplier<Object> nextPages(InventoryQuery q, int pages) {
        return () -> {
            PageRequest first = PageRequest.first(IdentityFilter.ALL, IdentitySort.NAME, false, PAGE);
            IdentityPage page = q.page(first);
            for (int i = 0; i < pages; i++) {
                page = q.page(first.next(page.next()));
            }
            return page;
        };
    }

    private static final List<String> TABLE = new ArrayList<>();

    private static double[] row(String what, Supplier<Object> work) {
        double ms = time(what, work);
        if (what.startsWith("next page")) {
            ms = ms / 51;
            System.out.printf("    -> %.1f ms per page%n", ms);
        }
        TABLE.add(String.format("| %s | %.1f | %s |", what, ms, ms <= BAR_MS ? "yes" : "**no**"));
        return new double[] {ms};
    }

    private static double time(String what, Supplier<Object> work) {
        work.get(); // warm the page cache and the JIT
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            Object result = work.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (i == 0 && result instanceof FacetCounts f && !f.exact()) {
                what = what + " (capped)";
            }
        }
        Arrays.sort(ms);
        double median = ms[RUNS / 2];
        System.out.printf("  %-62s %8.1f ms%n", what, median);
        return median;
    }

    /** Why the search is a name substring: the same no-match page as a name prefix, and as name-or-native-id substring. */
    private static void searchAlternatives(Store store) {
        System.out.println();
        time("alternative: name prefix 'fraud-backup-prod' (index range)", () -> raw(store,
                "SELECT id FROM identity WHERE current = 1 AND name_key >= 'fraud-backup-prod' AND name_key < 'fraud-backup-prod\uffff'"
                        + " ORDER BY name_key, id LIMIT " + PAGE));
        time("alternative: name or native id contains 'zzz-none'", () -> raw(store,
                "SELECT id FROM identity WHERE current = 1 AND (name_key LIKE '%zzz-none%' OR native_id LIKE '%zzz-none%')"
                        + " ORDER BY name_key, id LIMIT " + PAGE));
    }

    /** What the risk column adds to a page: the first page by name, as SQL, without and with the two finding look-ups. */
    private static void riskProbes(Store store) {
        System.out.println();
        String open = " FROM finding f WHERE f.identity_key = identity.identity_key AND f.resolved_at IS NULL AND NOT EXISTS (SELECT 1"
                + " FROM finding_acceptance a WHERE a.identity_key = f.identity_key AND a.rule = f.rule AND a.ended_at IS NULL"
                + " AND a.accepted_until > '2026-01-01T00:00:00.000Z')";
        double without = time("first page by name, without the risk columns", () -> raw(store,
                "SELECT id, name, kind FROM identity WHERE key_head = 1 ORDER BY name_key, id LIMIT " + PAGE));
        double with = time("first page by name, with the risk columns", () -> raw(store, "SELECT id, name, kind, (SELECT max(CASE"
                + " f.severity WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END)" + open + "), (SELECT count(*)"
                + open + ") FROM identity WHERE key_head = 1 ORDER BY name_key, id LIMIT " + PAGE));
        System.out.printf("risk columns add %.1f ms to a page of %d rows%n", with - without, PAGE);
    }

    /** The same first page with the partial indexes ruled out: a full scan of the table and a sort. */
    private static Object reference(Store store) {
        return raw(store, "SELECT id, name, kind FROM identity NOT INDEXED WHERE current = 1 ORDER BY name_key, id LIMIT " + PAGE);
    }

    /** Runs one SQL query outside the services (the benchmark's references) and counts its rows. */
    private static Object raw(Store store, String sql) {
        Connection c = store.connection();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = 0;
            while (rs.next()) {
                n++;
            }
            return n;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            store.release(c);
        }
    }
}
