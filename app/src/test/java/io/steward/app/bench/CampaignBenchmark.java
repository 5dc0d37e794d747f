package io.steward.app.bench;

import io.steward.app.Workspace;
import io.steward.app.ui.campaigns.ReviewView;
import io.steward.app.ui.campaigns.ReviewViewModel;
import io.steward.app.ui.common.DialogService;
import io.steward.app.ui.common.FileType;
import io.steward.app.ui.common.FxTaskExecutor;
import io.steward.model.campaigns.CampaignService;
import io.steward.model.campaigns.Decision;
import io.steward.model.campaigns.ItemFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Campaign speed (docs/BENCHMARKS.md): opening a campaign over N identities (freezing items and writing their
 * entry) against a same-run reference (a bare batched INSERT of N rows of the same size in one transaction);
 * a bulk certify of 5,000 items (one transaction, one entry); and the review screen over a 10,000-item campaign
 * on the real toolkit, with the longest FX-thread stall while it opens, pages and decides.
 * Usage: {@code CampaignBenchmark WORK_DIR [identities=100000]} (bench/campaign-benchmark.sh); the review campaign is
 * the AI agents, every tenth identity.
 */
public final class CampaignBenchmark {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private static long reviewTotal;
    /** The longest FX stall of each review action, in the order they ran. */
    private static final java.util.Map<String, Double> STALLS = new java.util.LinkedHashMap<>();
    private static double referenceCpuMs;
    private static double referenceProcessCpuMs;
    /** Showing the stage the first time (theme CSS, first layout), before the measured actions; the console pays it at start. */
    private static double stageShowMs;
    /** CPU of every thread of the process (opening freezes on a second thread, so its own thread is not all of it). */
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    /** FX-thread and renderer CPU of each review action, next to its stall. */
    private static final java.util.Map<String, String> FX_CPU = new java.util.LinkedHashMap<>();

    private CampaignBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Files.createDirectories(work);
        Path ledger = work.resolve("campaign-" + n + "-" + System.nanoTime() + ".steward");
        try (Workspace w = Workspace.openOrCreate(ledger, "bench", work.resolve("keys"))) {
            inventory(w, n);
            double referenceMs = reference(w, n);
            CampaignService campaigns = w.campaigns();
            campaigns.create("bench", "all", null, LocalDate.now().plusDays(30), "bench", "");
            long t0 = System.nanoTime();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long process0 = PROCESS.getProcessCpuTime();
            campaigns.open("bench", "all");
            double openMs = (System.nanoTime() - t0) / 1e6;
            double openCpuMs = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6;
            double openProcessCpuMs = (PROCESS.getProcessCpuTime() - process0) / 1e6;

            List<Long> bulk = new ArrayList<>();
            for (long i = 1; i <= Math.min(5000, n); i++) {
                bulk.add(i);
            }
            long size = w.ledger().size();
            t0 = System.nanoTime();
            campaigns.decisions().decide("bench", "all", bulk, Decision.certify("bulk benchmark"));
            double bulkMs = (System.nanoTime() - t0) / 1e6;
            long entries = w.ledger().size() - size;

            double review = reviewScreen(campaigns);

            System.out.println("| campaign work (" + n + " identities) | time (ms) | rate / note |");
            System.out.println("|---|---:|---|");
            System.out.printf(Locale.ROOT, "| reference: batched INSERT of %d rows, one transaction | %.0f | %.0f rows/s |%n", n, referenceMs,
                    n / referenceMs * 1000);
            System.out.printf(Locale.ROOT, "| open: freeze %d items + campaign.opened | %.0f | **%.0f items/s**, %.2f× the reference |%n",
                    n, openMs, n / openMs * 1000, openMs / referenceMs);
            System.out.printf(Locale.ROOT, "| thread CPU: reference %.0f ms, open %.0f ms | | open %.2f× the reference in CPU time (bar ≤ 12.5×) |%n",
                    referenceCpuMs, openCpuMs, openCpuMs / referenceCpuMs);
            System.out.printf(Locale.ROOT, "| process CPU (all threads, GC included): reference %.0f ms, open %.0f ms | | open %.2f× the reference |%n",
                    referenceProcessCpuMs, openProcessCpuMs, openProcessCpuMs / referenceProcessCpuMs);
            System.out.printf(Locale.ROOT, "| bulk certify %d items | %.0f | %d ledger entry, one transaction |%n", bulk.size(), bulkMs,
                    entries);
            System.out.printf(Locale.ROOT, "| review screen, %d-item campaign: open, 400 × next, filter, 20 decisions | | longest FX stall **%.0f ms** |%n",
                    reviewTotal, review);
            System.out.printf(Locale.ROOT, "| review screen: stage first shown (theme CSS and first layout, before the actions) | %.0f | on the FX thread, not counted in the stalls |%n",
                    stageShowMs);
            STALLS.forEach((action, ms) -> System.out.printf(Locale.ROOT, "| review screen: %s | | longest FX stall %.0f ms (%s) |%n",
                    action, ms, FX_CPU.get(action)));
        }
        System.exit(0);
    }

    private static void inventory(Workspace w, int n) {
        IntFunction<String> id = i -> String.format(Locale.ROOT, "svc-%07d", i);
        BenchIdentities.write(w, n, "aws:000000000000", id, id);
    }

    /** The same-run reference: N rows of about a frozen item's size, batched, in one IMMEDIATE transaction. */
    private static double reference(Workspace w, int n) throws Exception {
        String payload = "{\"credentials\":[{\"active\":true,\"createdAt\":\"2024-01-01T00:00:00.000Z\"}],\"grants\":[]}".repeat(6);
        Connection c = w.ledger().store().connection();
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE bench_reference (id INTEGER PRIMARY KEY, k TEXT, body TEXT, hash TEXT)");
            long t0 = System.nanoTime();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long process0 = PROCESS.getProcessCpuTime();
            st.execute("BEGIN IMMEDIATE");
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO bench_reference (k, body, hash) VALUES (?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    ins.setString(1, "aws:000000000000|svc-" + i);
                    ins.setString(2, payload);
                    ins.setString(3, "0".repeat(64));
                    ins.addBatch();
                    if (i % 1000 == 999) {
                        ins.executeBatch();
                    }
                }
                ins.executeBatch();
            }
            st.execute("COMMIT");
            double ms = (System.nanoTime() - t0) / 1e6;
            referenceCpuMs = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6;
            referenceProcessCpuMs = (PROCESS.getProcessCpuTime() - process0) / 1e6;
            st.execute("DROP TABLE bench_reference");
            return ms;
        } finally {
            w.ledger().store().release(c);
        }
    }

    private static double reviewScreen(CampaignService campaigns) throws Exception {
        // Every tenth identity is an AI agent: 100,000 identities give a 10,000-item review campaign.
        campaigns.create("bench", "review", null, LocalDate.now().plusDays(30), "bench", "kind:ai-agent");
        campaigns.open("bench", "review");
        long total = campaigns.items().count("review", ItemFilter.ALL);
        Platform.startup(() -> { });
        // What users see: the console's theme and stylesheet (rendering cost depends on them).
        Platform.runLater(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        FxStallMeter stalls = new FxStallMeter();
        FxTaskExecutor executor = new FxTaskExecutor();
        ReviewViewModel vm = new ReviewViewModel(campaigns, "bench", executor);
        CompletableFuture<ReviewView> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            ReviewView view = new ReviewView(vm, new NoDialogs());
            Stage stage = new Stage();
            Scene scene = new Scene(new javafx.scene.layout.StackPane(view.node()), 1200, 760);
            scene.getStylesheets().add(io.steward.app.ui.StewardConsole.class.getResource("console.css").toExternalForm());
            stage.setScene(scene);
            long shownAt = System.nanoTime();
            stage.show();
            stageShowMs = (System.nanoTime() - shownAt) / 1e6;
            shown.complete(view);
        });
        shown.get(30, TimeUnit.SECONDS);
        Thread.sleep(500);
        startCpu();
        stalls.reset();
        fx(() -> vm.open("review"));
        waitFor(() -> onFx(() -> vm.items().size() > 0));
        phase(stalls, "open (first page of items)");
        for (int i = 0; i < 400; i++) {
            fx(vm::next);
            Thread.sleep(2);
        }
        phase(stalls, "400 × next (paging 300 at a time)");
        fx(() -> vm.filterProperty().set(ItemFilter.ALL.withRecommendation("revoke")));
        waitFor(() -> onFx(() -> !vm.items().isEmpty() && vm.total() < total));
        fx(() -> vm.filterProperty().set(ItemFilter.ALL));
        waitFor(() -> onFx(() -> vm.total() == total));
        phase(stalls, "filter and back");
        for (int i = 0; i < 20; i++) {
            // one FX call: a finished decision clears the comment, so setting it apart could race with that
            fx(() -> {
                vm.commentProperty().set("reviewed");
                vm.revoke();
            });
            Thread.sleep(150);
        }
        phase(stalls, "20 decisions");
        double worst = STALLS.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        stalls.close();
        executor.shutdown();
        reviewTotal = total;
        return worst;
    }

    /** Lets the action's background work land on the FX thread, then records its longest stall and starts over. */
    private static void phase(FxStallMeter stalls, String action) throws Exception {
        Thread.sleep(500);
        STALLS.put(action, stalls.maxStallMs());
        long fx = threadCpu(onFxThreadName()), render = threadCpu("QuantumRenderer");
        FX_CPU.put(action, String.format(Locale.ROOT, "CPU: FX thread %d ms, renderer %d ms", (fx - fxCpu) / 1_000_000,
                (render - renderCpu) / 1_000_000));
        fxCpu = fx;
        renderCpu = render;
        stalls.reset();
    }

    private static long fxCpu;
    private static long renderCpu;

    /** Starts the per-action CPU count of the FX thread and the renderer (the renderer paints what a pulse laid out). */
    private static void startCpu() throws Exception {
        fxCpu = threadCpu(onFxThreadName());
        renderCpu = threadCpu("QuantumRenderer");
    }

    private static String onFxThreadName() throws Exception {
        CompletableFuture<String> name = new CompletableFuture<>();
        Platform.runLater(() -> name.complete(Thread.currentThread().getName()));
        return name.get(30, TimeUnit.SECONDS);
    }

    /** CPU time of the live threads whose name starts with {@code prefix}, in nanoseconds. */
    private static long threadCpu(String prefix) {
        long total = 0;
        for (java.lang.management.ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (t != null && t.getThreadName().startsWith(prefix)) {
                total += Math.max(0, THREADS.getThreadCpuTime(t.getThreadId()));
            }
        }
        return total;
    }

    private static void fx(Runnable r) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            r.run();
            done.complete(null);
        });
        done.get(30, TimeUnit.SECONDS);
    }

    private static boolean onFx(BooleanSupplier check) throws Exception {
        CompletableFuture<Boolean> r = new CompletableFuture<>();
        Platform.runLater(() -> r.complete(check.getAsBoolean()));
        return r.get(30, TimeUnit.SECONDS);
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(20);
        }
    }

    /** The benchmark opens no dialog; any call would be a bug in it. */
    private static final class NoDialogs implements DialogService {
        @Override
        public void showError(String title, String message, Throwable details) {
            throw new IllegalStateException(title + ": " + message, details);
        }

        @Override
        public void showInformation(String title, String message) {
            throw new IllegalStateException(title + ": " + message);
        }

        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            return false;
        }

        @Override
        public Optional<Path> chooseFileToOpen(String title, Path initialFolder, FileType... types) {
            return Optional.empty();
        }

        @Override
        public List<Path> chooseFilesToOpen(String title, Path initialFolder, FileType... types) {
            return List.of();
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, Path initialFolder, String suggestedName, FileType... types) {
            return Optional.empty();
        }
    }
}
