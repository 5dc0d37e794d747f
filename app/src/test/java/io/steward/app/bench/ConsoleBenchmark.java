package io.steward.app.bench;

import atlantafx.base.theme.PrimerLight;
import io.steward.app.Workspace;
import io.steward.app.ui.StewardConsole;
import io.steward.app.ui.accountability.AccountabilityPage;
import io.steward.app.ui.accountability.OrphanQueueViewModel;
import io.steward.app.ui.common.FxDelays;
import io.steward.app.ui.common.FxTaskExecutor;
import io.steward.app.ui.common.RecordingDialogService;
import io.steward.app.ui.inventory.FacetOption;
import io.steward.app.ui.inventory.InventoryPage;
import io.steward.app.ui.inventory.InventoryViewModel;
import io.steward.model.inventory.query.Facet;
import io.steward.model.inventory.query.IdentityFilter;
import io.steward.model.inventory.query.IdentityPage;
import io.steward.model.inventory.query.IdentityRow;
import io.steward.model.inventory.query.IdentitySort;
import io.steward.model.inventory.query.InventoryQuery;
import io.steward.model.inventory.query.PageRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * "Console over 1M identities" (docs/BENCHMARKS.md): the Inventory page's real view and view model, on the
 * real JavaFX toolkit, over a ledger of about a million current identities. It times what a user does
 * (open, sort by a header, filter by a facet, search, next page, open an identity) from the action to the
 * rows on screen, and the longest stall of the JavaFX thread while it happens. In the same run it measures
 * the reference the console avoids: all rows in memory with a SortedList and a FilteredList on the FX thread.
 * The Findings page's actions follow, on the same ledger ({@link FindingsPageBench}).
 * Then the Accountability page over the same ledger: its orphan queue, paging, moving on, owner completion.
 * <p>
 * Usage: {@code ConsoleBenchmark LEDGER [runs=5]} (bench/console-benchmark.sh builds the ledger first);
 * {@code ConsoleBenchmark --stepup [requests=10000] [work folder] [runs=5]} measures the Step-up page instead
 * ({@link StepUpPageBenchmark}); {@code ConsoleBenchmark --shell LEDGER} opens the whole console on a cold JVM and
 * chooses each page once ({@link ConsoleShellBenchmark}).
 */
public final class ConsoleBenchmark {
    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final InventoryViewModel vm;
    private final FxStallMeter stalls;
    private final List<String> lines = new ArrayList<>();

    private ConsoleBenchmark(InventoryViewModel vm, FxStallMeter stalls) {
        this.vm = vm;
        this.stalls = stalls;
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--stepup")) {
            StepUpPageBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 1 && args[0].equals("--shell")) {
            ConsoleShellBenchmark.run(Path.of(args[1]));
            return;
        }
        Path ledger = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (!Files.exists(ledger)) {
            throw new IllegalArgumentException("no ledger at " + ledger + "; bench/console-benchmark.sh builds one");
        }
        Platform.startup(() -> { });
        Path keys = Files.createTempDirectory("steward-bench-keys");
        try (Workspace workspace = Workspace.openExisting(ledger, "bench", keys); FxStallMeter stalls = new FxStallMeter()) {
            System.out.printf(Locale.ROOT, "ledger %s (%.0f MB), JavaFX %s, %s%n", ledger, Files.size(ledger) / 1e6,
                    System.getProperty("javafx.runtime.version"), System.getProperty("glass.platform", "default glass"));
            long opened = System.nanoTime();
            FxTaskExecutor executor = new FxTaskExecutor();
            long[] steps = new long[5];
            InventoryPage page = onFx(() -> {
                steps[0] = System.nanoTime();
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                steps[1] = System.nanoTime();
                InventoryPage p = new InventoryPage(new io.steward.app.ui.common.ConsoleContext(workspace, executor,
                        new RecordingDialogService(), new FxDelays(), banner -> { }));
                steps[2] = System.nanoTime();
                Scene scene = new Scene(new javafx.scene.layout.StackPane(p.view()), 1200, 760);
                steps[3] = System.nanoTime();
                scene.getStylesheets().add(Objects.requireNonNull(StewardConsole.class.getResource("console.css")).toExternalForm());
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                steps[4] = System.nanoTime();
                return p;
            });
            System.out.printf(Locale.ROOT, "building the page on the FX thread: theme %.0f ms, view models %.0f ms, views %.0f ms,"
                    + " stage shown %.0f ms%n",
                    (steps[1] - steps[0]) / 1e6, (steps[2] - steps[1]) / 1e6, (steps[3] - steps[2]) / 1e6, (steps[4] - steps[3]) / 1e6);
            double built = (System.nanoTime() - opened) / 1e6;
            ConsoleBenchmark bench = new ConsoleBenchmark(page.inventory(), stalls);
            bench.nextFrame();
            bench.lines.add(String.format(Locale.ROOT, "| open: view built (one block on the FX thread: %.0f ms) and first frame shown | %.0f | |",
                    built, (System.nanoTime() - opened) / 1e6));
            bench.measure(opened, runs);
            FindingsPageBench.run(workspace, executor, stalls, runs).forEach(System.out::println);
            bench.reference(workspace);
            accountability(workspace, executor, stalls, runs);
            executor.shutdown();
        } finally {
            Platform.exit();
        }
    }

    private void measure(long opened, int runs) throws Exception {
        InventoryViewModel v = vm;
        stalls.reset();
        onFx(() -> {
            v.refresh();
            return null;
        });
        waitFor(() -> !v.rows().isEmpty());
        double firstPage = (System.nanoTime() - opened) / 1e6;
        waitFor(() -> v.pageInfoProperty().get().contains(" of "));
        double counted = (System.nanoTime() - opened) / 1e6;
        report("open: first page of identities on screen (first render of the table)", new double[] {firstPage});
        report("open: page info with the total count and facet counts", new double[] {counted});
        double worst = 0;

        worst = Math.max(worst, time("sort by last used, descending (header click)", runs,
                i -> v.sortBy(i % 2 == 0 ? IdentitySort.LAST_USED : IdentitySort.NAME, i % 2 == 0)));
        worst = Math.max(worst, time("sort by kind (header click)", runs,
                i -> v.sortBy(i % 2 == 0 ? IdentitySort.KIND : IdentitySort.NAME, false)));
        worst = Math.max(worst, time("filter by facet kind (biggest value)", runs, i -> v.toggle(firstOption(Facet.KIND))));
        worst = Math.max(worst, time("filter by facet environment + owner none", runs, i -> {
            if (i % 2 == 0) {
                v.toggle(firstOption(Facet.ENVIRONMENT));
                v.toggle(option(Facet.OWNER_HINT, IdentityFilter.UNKNOWN));
            } else {
                v.clearFilters();
            }
        }));
        worst = Math.max(worst, time("search 'etl' (Enter)", runs, i -> {
            v.searchTextProperty().set(i % 2 == 0 ? "etl" : "");
            v.searchNow();
        }));
        worst = Math.max(worst, time("search 'fraud-backup' (Enter, rarer)", runs, i -> {
            v.searchTextProperty().set(i % 2 == 0 ? "fraud-backup" : "");
            v.searchNow();
        }));
        worst = Math.max(worst, typing(runs));
        worst = Math.max(worst, time("scroll: load the next page", runs, i -> v.loadMore()));
        worst = Math.max(worst, detail(runs));
        lines.add(String.format(Locale.ROOT, "| **longest FX-thread stall once the console is open** | | **%.0f** |", worst));
        System.out.println();
        System.out.println("| console action (1M identities) | median (ms) | longest FX stall (ms) |");
        System.out.println("|---|---:|---:|");
        lines.forEach(System.out::println);
    }

    /**
     * The Accountability page over the same ledger: the orphan queue (counted, sorted by risk and paged in SQL) on
     * screen, its next page, moving to the next orphan (its details and history), and completion from the people
     * directory (asked off the FX thread, as the owner field's completion does), each with the longest FX stall.
     */
    private static void accountability(Workspace workspace, FxTaskExecutor executor, FxStallMeter stalls, int runs) throws Exception {
        stalls.reset();
        long opened = System.nanoTime();
        AccountabilityPage page = onFx(() -> {
            AccountabilityPage p = new AccountabilityPage(new io.steward.app.ui.common.ConsoleContext(workspace, executor,
                    new RecordingDialogService(), new FxDelays(), banner -> { }));
            Scene scene = new Scene(new javafx.scene.layout.StackPane(p.view()), 1200, 760);
            scene.getStylesheets().add(Objects.requireNonNull(StewardConsole.class.getResource("console.css")).toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            p.start();
            p.shown();
            return p;
        });
        OrphanQueueViewModel queue = page.viewModel().queue();
        waitFor(() -> !queue.orphans().isEmpty() && !queue.detailsProperty().get().isEmpty());
        List<String> rows = new ArrayList<>();
        rows.add(row("open: orphan queue's first page, its count and the first orphan's details", new double[] {
            (System.nanoTime() - opened) / 1e6}, stalls.maxStallMs()));
        stalls.reset();
        double[] paging = new double[runs];
        for (int i = 0; i < runs; i++) {
            String first = onFx(() -> queue.orphans().get(0).identityKey());
            boolean forward = i % 2 == 0;
            long t0 = System.nanoTime();
            onFx(() -> {
                if (forward) {
                    queue.nextPage();
                } else {
                    queue.previousPage();
                }
                return null;
            });
            waitFor(() -> !queue.orphans().isEmpty() && !queue.orphans().get(0).identityKey().equals(first));
            paging[i] = (System.nanoTime() - t0) / 1e6;
        }
        rows.add(row("next / previous page of the queue (N / P)", paging, stalls.maxStallMs()));
        stalls.reset();
        double[] moving = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            String name = onFx(() -> {
                queue.next();
                return queue.current().name();
            });
            waitFor(() -> queue.detailsProperty().get().startsWith(name));
            moving[i] = (System.nanoTime() - t0) / 1e6;
        }
        rows.add(row("next orphan: its details, owner hint and history (J)", moving, stalls.maxStallMs()));
        stalls.reset();
        double[] completing = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            queue.completions(i % 2 == 0 ? "a" : "team:");
            completing[i] = (System.nanoTime() - t0) / 1e6;
        }
        rows.add(row("owner completion from the people directory (off the FX thread)", completing, stalls.maxStallMs()));
        System.out.println();
        System.out.println("| accountability action | median (ms) | longest FX stall (ms) |");
        System.out.println("|---|---:|---:|");
        rows.forEach(System.out::println);
    }

    /** Waits for the next pulse: a frame has been laid out and rendered. */
    static void nextFrame() throws Exception {
        java.util.concurrent.CountDownLatch frame = new java.util.concurrent.CountDownLatch(1);
        onFx(() -> {
            javafx.animation.AnimationTimer timer = new javafx.animation.AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    frame.countDown();
                }
            };
            timer.start();
            return null;
        });
        frame.await(60, TimeUnit.SECONDS);
    }

    /** Runs {@code action} on the FX thread {@code runs} times; each ends when the new page is shown. */
    private double time(String name, int runs, IntAction action) throws Exception {
        backToStart();
        double[] ms = new double[runs];
        double worstStall = 0;
        for (int i = 0; i < runs; i++) {
            awaitIdle();
            List<IdentityRow> before = onFx(() -> List.copyOf(vm.rows()));
            stalls.reset();
            int run = i;
            long t0 = System.nanoTime();
            onFx(() -> {
                action.run(run);
                return null;
            });
            try {
                waitFor(() -> !vm.loadingProperty().get() && !vm.rows().equals(before));
            } catch (IllegalStateException e) {
                throw new IllegalStateException(name + ", run " + i + ": no new page (loading " + vm.loadingProperty().get()
                        + ", filter " + vm.filterProperty().get() + ", " + vm.rows().size() + " rows)", e);
            }
            ms[i] = (System.nanoTime() - t0) / 1e6;
            worstStall = Math.max(worstStall, stalls.maxStallMs());
        }
        System.out.println("  measured: " + name);
        lines.add(row(name, ms, worstStall));
        return worstStall;
    }

    /** Types "e", "et", "etl" 60 ms apart, as a person does: one query, 200 ms after the last key. */
    private double typing(int runs) throws Exception {
        double[] ms = new double[runs];
        double worstStall = 0;
        for (int i = 0; i < runs; i++) {
            awaitIdle();
            onFx(() -> {
                vm.clearFilters();
                return null;
            });
            awaitIdle();
            List<IdentityRow> before = onFx(() -> List.copyOf(vm.rows()));
            stalls.reset();
            for (String text : new String[] {"e", "et", "etl"}) {
                onFx(() -> {
                    vm.searchTextProperty().set(text);
                    return null;
                });
                Thread.sleep(60);
            }
            long t0 = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(60);
            waitFor(() -> !vm.loadingProperty().get() && !vm.rows().equals(before));
            ms[i] = (System.nanoTime() - t0) / 1e6;
            worstStall = Math.max(worstStall, stalls.maxStallMs());
        }
        onFx(() -> {
            vm.clearFilters();
            return null;
        });
        lines.add(row("type 'etl' (from the last key; includes the 200 ms pause)", ms, worstStall));
        return worstStall;
    }

    private double detail(int runs) throws Exception {
        awaitIdle();
        double[] ms = new double[runs];
        double worstStall = 0;
        for (int i = 0; i < runs; i++) {
            int index = 3 + 7 * i;
            IdentityRow row = onFx(() -> vm.rows().get(index));
            stalls.reset();
            long t0 = System.nanoTime();
            onFx(() -> {
                vm.select(row);
                return null;
            });
            waitFor(() -> vm.detail().detailProperty().get() != null && vm.detail().detailProperty().get().identity().id() == row.id()
                    && !vm.detail().loadingProperty().get());
            ms[i] = (System.nanoTime() - t0) / 1e6;
            worstStall = Math.max(worstStall, stalls.maxStallMs());
        }
        lines.add(row("open an identity (detail with credentials, grants, links, history)", ms, worstStall));
        return worstStall;
    }

    /**
     * The reference: what a console built on SortedList/FilteredList would do. Loads every current identity
     * into memory (off the FX thread), then on the FX thread sorts 100k and then all rows and filters them.
     */
    private void reference(Workspace workspace) throws Exception {
        InventoryQuery query = workspace.inventory();
        long t0 = System.nanoTime();
        List<IdentityRow> all = new ArrayList<>();
        IdentityPage p = query.page(PageRequest.first(IdentityFilter.ALL, IdentitySort.NAME, false, PageRequest.MAX_LIMIT));
        all.addAll(p.rows());
        while (p.hasNext()) {
            p = query.page(PageRequest.first(IdentityFilter.ALL, IdentitySort.NAME, false, PageRequest.MAX_LIMIT).next(p.next()));
            all.addAll(p.rows());
        }
        double load = (System.nanoTime() - t0) / 1e6;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        double heapMb = (rt.totalMemory() - rt.freeMemory()) / 1e6;
        System.out.println();
        System.out.println("| reference (same run): every row in memory, sorted/filtered on the FX thread | FX thread blocked (ms) |");
        System.out.println("|---|---:|");
        System.out.printf(Locale.ROOT, "| load all %,d current identities into memory (off the FX thread; heap after: %.0f MB) | (%.0f, not on the FX thread) |%n",
                all.size(), heapMb, load);
        Comparator<IdentityRow> byLastUsed = Comparator.comparing(IdentityRow::lastUsedAt, Comparator.nullsFirst(Comparator.reverseOrder()));
        for (int n : java.util.stream.IntStream.of(100_000, all.size()).map(n -> Math.min(n, all.size())).distinct().toArray()) {
            ObservableList<IdentityRow> rows = FXCollections.observableArrayList(all.subList(0, n));
            SortedList<IdentityRow> sorted = new SortedList<>(rows);
            double sort = onFxTimed(() -> sorted.setComparator(byLastUsed));
            FilteredList<IdentityRow> filtered = new FilteredList<>(sorted);
            double filter = onFxTimed(() -> filtered.setPredicate(r -> r.name().toLowerCase(Locale.ROOT).contains("etl")));
            System.out.printf(Locale.ROOT, "| SortedList of %,d rows: sort by last used | %.0f |%n", n, sort);
            System.out.printf(Locale.ROOT, "| FilteredList of %,d rows: name contains 'etl' | %.0f |%n", n, filter);
        }
    }

    /** Every measurement starts from the unfiltered list in name order. */
    private void backToStart() throws Exception {
        awaitIdle();
        onFx(() -> {
            vm.clearFilters();
            vm.sortBy(IdentitySort.NAME, false);
            return null;
        });
        awaitIdle();
    }

    private FacetOption firstOption(Facet facet) {
        return vm.facet(facet).options().stream().filter(FacetOption::selectable).findFirst().orElseThrow();
    }

    private FacetOption option(Facet facet, String filterValue) {
        return vm.facet(facet).options().stream().filter(o -> filterValue.equals(o.filterValue())).findFirst().orElseThrow();
    }

    private void awaitIdle() throws Exception {
        waitFor(() -> !vm.loadingProperty().get());
        Thread.sleep(300); // let counts and facets of the previous step settle
    }

    static String row(String name, double[] ms, double stall) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "| %s | %.0f | %.0f |", name, sorted[sorted.length / 2], stall);
    }

    private void report(String name, double[] ms) {
        lines.add(row(name, ms, stalls.maxStallMs()));
    }

    private static double onFxTimed(Runnable work) throws Exception {
        return onFx(() -> {
            long t0 = System.nanoTime();
            work.run();
            return (System.nanoTime() - t0) / 1e6;
        });
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(2, TimeUnit.MINUTES);
    }

    static void waitFor(BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + TIMEOUT_NANOS;
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(2);
        }
    }

    @FunctionalInterface
    interface IntAction {
        void run(int i);
    }
}
