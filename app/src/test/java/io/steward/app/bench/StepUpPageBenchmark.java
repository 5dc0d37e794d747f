package io.steward.app.bench;

import static io.steward.app.bench.ConsoleBenchmark.onFx;
import static io.steward.app.bench.ConsoleBenchmark.row;
import static io.steward.app.bench.ConsoleBenchmark.waitFor;

import atlantafx.base.theme.PrimerLight;
import io.steward.app.Workspace;
import io.steward.app.ui.StewardConsole;
import io.steward.app.ui.common.ConsoleContext;
import io.steward.app.ui.common.FxDelays;
import io.steward.app.ui.common.FxTaskExecutor;
import io.steward.app.ui.common.RecordingDialogService;
import io.steward.app.ui.stepup.StepUpPage;
import io.steward.app.ui.stepup.StepUpViewModel;
import io.steward.model.findings.GovernanceFixture;
import io.steward.model.owners.Assignment;
import io.steward.model.owners.OwnerRef;
import io.steward.model.owners.Owners;
import io.steward.model.stepup.RequestSummary;
import io.steward.model.stepup.StepUpService;
import io.steward.model.stepup.policy.Policy;
import io.steward.model.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The Step-up page's real view and view model on the real JavaFX toolkit, over a ledger of N requests on 100 owned
 * identities (one in ten granted, one in twenty denied, the rest pending): the time from each action to its
 * outcome on screen, and the longest stall of the JavaFX thread meanwhile ({@link FxStallMeter}).
 * Usage: {@code ConsoleBenchmark --stepup [requests=10000] [work folder=target/bench] [runs=5]}.
 */
final class StepUpPageBenchmark {
    private static final int TARGETS = 100;
    private static final String OWNER = "owner@example.com";

    private final StepUpViewModel vm;
    private final FxStallMeter stalls;
    private final List<String> lines = new ArrayList<>();

    private StepUpPageBenchmark(StepUpViewModel vm, FxStallMeter stalls) {
        this.vm = vm;
        this.stalls = stalls;
    }

    static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path work = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench"));
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path ledger = work.resolve("stepup-page-" + n + ".steward");
        if (!Files.exists(ledger)) { // built once per size; each run approves five more of its requests
            long built = System.nanoTime();
            build(ledger, work, n);
            System.out.printf(Locale.ROOT, "ledger of %,d step-up requests built in %.0f s%n", n, (System.nanoTime() - built) / 1e9);
        }
        Platform.startup(() -> { });
        Path keys = Files.createTempDirectory("steward-bench-keys");
        try (Workspace workspace = Workspace.openExisting(ledger, OWNER, keys); FxStallMeter stalls = new FxStallMeter()) {
            FxTaskExecutor executor = new FxTaskExecutor();
            long opened = System.nanoTime();
            StepUpPage page = onFx(() -> {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                StepUpPage p = new StepUpPage(new ConsoleContext(workspace, executor, new RecordingDialogService(), new FxDelays(), b -> { }));
                Scene scene = new Scene(new javafx.scene.layout.StackPane(p.view()), 1200, 760);
                scene.getStylesheets().add(Objects.requireNonNull(StewardConsole.class.getResource("console.css")).toExternalForm());
                Stage stage = new Stage();
                stage.setScene(scene);
                stage.show();
                return p;
            });
            StepUpPageBenchmark bench = new StepUpPageBenchmark(page.viewModel(), stalls);
            ConsoleBenchmark.nextFrame();
            bench.lines.add(row("open: the page built and its first (empty) frame shown", new double[] {(System.nanoTime() - opened) / 1e6},
                    stalls.maxStallMs()));
            bench.measure(System.nanoTime(), runs);
            executor.shutdown();
        } finally {
            Platform.exit();
        }
    }

    /** Requests spread over a day of requested times, so urgency sorts them; some granted, some denied. */
    private static void build(Path ledger, Path work, int n) throws Exception {
        try (Store store = Store.open(ledger)) {
            GovernanceFixture.snapshot(store, "aws:1", Instant.now().minus(1, ChronoUnit.HOURS), w -> {
                for (int i = 0; i < TARGETS; i++) {
                    w.add(GovernanceFixture.identity("svc-" + i, "service-account").environment(i % 2 == 0 ? "production" : "staging").build());
                }
            });
        }
        try (Workspace w = Workspace.openOrCreate(ledger, OWNER, work.resolve("keys"))) {
            Owners owners = new Owners(w.ledger());
            for (int i = 0; i < TARGETS; i++) {
                owners.assign("admin", "aws:1|svc-" + i, new Assignment(OwnerRef.person(OWNER), null, "bench", "manual"));
            }
            Path requests = work.resolve("stepup-page-requests-" + n + ".jsonl");
            List<String> out = new ArrayList<>(n);
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            for (int i = 0; i < n; i++) {
                out.add("{\"id\":\"P" + i + "\",\"requestedAt\":\"" + now.minusSeconds(i * 86_000L / n) + "\",\"requester\":\"agent-" + i % 7
                        + "\",\"target\":\"svc-" + i % TARGETS + "\",\"privilege\":\"" + (i % 3 == 0 ? "s3:GetObject" : "s3:PutObject")
                        + "\",\"resource\":\"arn:aws:s3:::b" + i % 11 + "\",\"environment\":\"" + (i % 2 == 0 ? "production" : "staging")
                        + "\",\"ttl\":\"PT30M\",\"justification\":\"bench\",\"task\":\"t" + i + "\"}");
            }
            Files.write(requests, out);
            StepUpService service = w.stepUp(Policy.defaultPolicy());
            service.importFile(requests, OWNER);
            Files.delete(requests);
            for (int i = 1; i < n; i += 10) { // staging requests: one approval grants them
                service.approve("P" + i, OWNER, null, "bench");
            }
            for (int i = 3; i < n; i += 20) {
                service.deny("P" + i, OWNER, "bench");
            }
        }
    }

    /** From the first frame on: everything after it counts toward the longest stall once the page is open. */
    private void measure(long opened, int runs) throws Exception {
        StepUpViewModel v = vm;
        stalls.reset();
        onFx(() -> {
            v.refresh();
            return null;
        });
        waitFor(() -> !v.requests().isEmpty() && v.detailsProperty().get().contains("Policy"));
        lines.add(row("load: first page of the inbox and the first request's details on screen",
                new double[] {(System.nanoTime() - opened) / 1e6}, stalls.maxStallMs()));
        double worst = 0;
        worst = Math.max(worst, time("select a request: context and policy evaluation", runs, i -> v.selectedProperty().set(v.requests().get(3 + 7 * i)),
                () -> v.detailsProperty().get().startsWith("Pending") && v.detailsProperty().get().contains(v.selectedProperty().get().id() + "  (")));
        worst = Math.max(worst, time("next page of the inbox (100 requests, sorted and paged in SQL)", runs, i -> {
            if (v.hasNextProperty().get()) {
                v.nextPage();
            } else {
                v.previousPage();
            }
        }, null));
        worst = Math.max(worst, time("switch inbox / grants / history", runs,
                i -> v.showProperty().set(StepUpViewModel.Show.values()[(i + 1) % 3]), null));
        onFx(() -> {
            v.showProperty().set(StepUpViewModel.Show.INBOX);
            return null;
        });
        waitFor(() -> v.pageInfoProperty().get().startsWith("Inbox: 1–"));
        worst = Math.max(worst, time("approve the selected request (A, reason, Enter) until the inbox is reloaded", runs, i -> {
            v.selectedProperty().set(v.requests().get(i));
            v.startApprove();
            v.reasonProperty().set("bench");
            v.confirm();
        }, () -> v.statusProperty().get().startsWith("Approved") && !v.busyProperty().get()));
        lines.add(String.format(Locale.ROOT, "| **longest FX-thread stall once the page is open** | | **%.0f** |", worst));
        System.out.println();
        System.out.println("| Step-up page action | median (ms) | longest FX stall (ms) |");
        System.out.println("|---|---:|---:|");
        lines.forEach(System.out::println);
    }

    /** Runs {@code action} on the FX thread {@code runs} times; each ends when {@code done} holds (null: a new list is shown). */
    private double time(String name, int runs, IntAction action, BooleanSupplier done) throws Exception {
        double[] ms = new double[runs];
        double worstStall = 0;
        for (int i = 0; i < runs; i++) {
            Thread.sleep(300); // let the previous step's details settle
            List<RequestSummary> before = onFx(() -> List.copyOf(vm.requests()));
            onFx(() -> {
                vm.statusProperty().set("");
                return null;
            });
            stalls.reset();
            int run = i;
            long t0 = System.nanoTime();
            onFx(() -> {
                action.run(run);
                return null;
            });
            waitFor(done != null ? done : () -> !vm.requests().equals(before));
            ms[i] = (System.nanoTime() - t0) / 1e6;
            worstStall = Math.max(worstStall, stalls.maxStallMs());
        }
        System.out.println("  measured: " + name);
        lines.add(row(name, ms, worstStall));
        return worstStall;
    }

    @FunctionalInterface
    private interface IntAction {
        void run(int i);
    }
}
