package io.steward.app.bench;

import static io.steward.app.bench.ConsoleBenchmark.onFx;
import static io.steward.app.bench.ConsoleBenchmark.row;

import io.steward.app.Workspace;
import io.steward.app.ui.StewardConsole;
import io.steward.app.ui.common.ConsoleContext;
import io.steward.app.ui.common.FxDelays;
import io.steward.app.ui.common.RecordingDialogService;
import io.steward.app.ui.common.TaskExecutor;
import io.steward.app.ui.findings.FindingsPage;
import io.steward.app.ui.findings.FindingsViewModel;
import io.steward.model.findings.FindingCount;
import io.steward.model.findings.FindingGrouping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The Findings page over the same ledger as {@link ConsoleBenchmark}: its real view and view model on the real toolkit,
 * timing open (counts and first page), counting by each grouping, choosing the largest count, the next page and
 * selecting a finding, each with the longest FX-thread stall while it happens. Returns the table rows to print.
 */
final class FindingsPageBench {
    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(120);

    private final FindingsViewModel vm;
    private final FxStallMeter stalls;
    private final List<String> lines = new ArrayList<>();

    private FindingsPageBench(FindingsViewModel vm, FxStallMeter stalls) {
        this.vm = vm;
        this.stalls = stalls;
    }

    static List<String> run(Workspace workspace, TaskExecutor executor, FxStallMeter stalls, int runs) throws Exception {
        List<String> before = new ArrayList<>();
        if (workspace.findings().pages().count(io.steward.model.findings.FindingFilter.ALL) == 0) {
            // A ledger built without the import pipeline has no findings yet: compute them as `findings --refresh` does.
            var report = workspace.findings().refresh(io.steward.model.findings.FindingProgress.NONE);
            before.add(String.format(Locale.ROOT, "| findings computed first (steward findings --refresh: %,d findings) | %d | |",
                    report.opened(), report.millis()));
        }
        stalls.reset();
        long t0 = System.nanoTime();
        FindingsPage page = onFx(() -> {
            FindingsPage p = new FindingsPage(new ConsoleContext(workspace, executor, new RecordingDialogService(), new FxDelays(), b -> { }));
            Scene scene = new Scene(new javafx.scene.layout.StackPane(p.view()), 1200, 760);
            scene.getStylesheets().add(Objects.requireNonNull(StewardConsole.class.getResource("console.css")).toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            p.start();
            return p;
        });
        FindingsPageBench bench = new FindingsPageBench(page.viewModel(), stalls);
        bench.lines.addAll(before);
        FindingsViewModel v = page.viewModel();
        bench.waitFor(() -> !v.counts().isEmpty() && !v.pageInfoProperty().get().isEmpty());
        bench.lines.add(row("Findings page: open (counts by rule and the first page of findings on screen)",
                new double[] {(System.nanoTime() - t0) / 1e6}, stalls.maxStallMs()));
        if (v.rows().isEmpty()) {
            bench.lines.add("| Findings page: the ledger has no open finding; nothing more to measure | | |");
            return bench.lines;
        }
        for (FindingGrouping g : List.of(FindingGrouping.SEVERITY, FindingGrouping.SOURCE, FindingGrouping.OWNER,
                FindingGrouping.FRAMEWORK, FindingGrouping.RULE)) {
            bench.time("Findings page: count by " + g.label(), 1, i -> v.group(g),
                    () -> !v.counts().isEmpty() && v.counts().get(0).grouping() == g && !v.pageInfoProperty().get().contains(" for "));
        }
        FindingCount largest = onFx(() -> v.counts().get(0));
        bench.time("Findings page: choose the largest count (" + largest.label() + ", " + largest.findings() + " findings)", 1,
                i -> v.choose(largest), () -> v.pageInfoProperty().get().contains(" for rule " + largest.label()));
        String first = onFx(() -> v.pageInfoProperty().get());
        if (onFx(() -> v.hasNextProperty().get())) {
            bench.time("Findings page: next page of the largest count", 1, i -> v.nextPage(), () -> !v.pageInfoProperty().get().equals(first));
        }
        bench.time("Findings page: select a finding (details)", runs, i -> v.select(v.rows().get(Math.min(3 + 7 * i, v.rows().size() - 1))),
                () -> true);
        return bench.lines;
    }

    private void time(String name, int runs, ConsoleBenchmark.IntAction action, BooleanSupplier done) throws Exception {
        double[] ms = new double[runs];
        double worst = 0;
        for (int i = 0; i < runs; i++) {
            stalls.reset();
            int run = i;
            long t0 = System.nanoTime();
            onFx(() -> {
                action.run(run);
                return null;
            });
            waitFor(done);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            worst = Math.max(worst, stalls.maxStallMs());
        }
        System.out.println("  measured: " + name);
        lines.add(row(name, ms, worst));
    }

    private void waitFor(BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + TIMEOUT_NANOS;
        while (!onFx(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out on the Findings page: " + onFx(() -> vm.pageInfoProperty().get()));
            }
            Thread.sleep(2);
        }
    }
}
