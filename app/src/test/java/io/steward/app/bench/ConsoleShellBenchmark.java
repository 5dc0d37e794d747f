package io.steward.app.bench;

import io.steward.app.Workspace;
import io.steward.app.ui.ConsolePages;
import io.steward.app.ui.StewardConsole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;

/**
 * The whole console on a cold JVM, as a user opens it: {@link StewardConsole} started on a stage over the ledger,
 * then each page chosen once in the navigation. Prints when the first frame is shown and the first page of
 * identities is on screen, and the longest FX-thread stall ({@link FxStallMeter}) before the first frame, after it,
 * and while each page is opened (its view on screen plus the following second and a half, while its data loads).
 * <p>
 * Usage: {@code ConsoleBenchmark --shell LEDGER} (bench/console-benchmark.sh runs it first, in a JVM of its own).
 */
final class ConsoleShellBenchmark {
    /** How long after a page is on screen its stalls are still counted: its first data arrives then. */
    private static final long SETTLE_MS = 1500;

    private ConsoleShellBenchmark() {
    }

    static void run(Path ledger) throws Exception {
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        Platform.startup(() -> { });
        Path keys = Files.createTempDirectory("steward-bench-keys");
        try (Workspace workspace = Workspace.openExisting(ledger, "bench", keys); FxStallMeter stalls = new FxStallMeter()) {
            System.out.printf(Locale.ROOT, "ledger %s (%.0f MB), JavaFX %s, cold JVM (toolkit up %d ms after JVM start)%n", ledger,
                    Files.size(ledger) / 1e6, System.getProperty("javafx.runtime.version"), System.currentTimeMillis() - jvmStart);
            StewardConsole console = new StewardConsole(workspace, null, ConsolePages.STANDARD);
            Stage[] stage = new Stage[1];
            stalls.reset();
            long opened = System.nanoTime();
            double startReturned = ConsoleBenchmark.onFx(() -> {
                console.init();
                stage[0] = new Stage();
                console.start(stage[0]);
                return (System.nanoTime() - opened) / 1e6;
            });
            ConsoleBenchmark.nextFrame();
            long firstFrame = System.nanoTime();
            // the window may swap its scene once the pages' views are built
            ConsoleBenchmark.waitFor(() -> showing(stage[0].getScene(), "inventory"));
            long viewShown = System.nanoTime();
            ConsoleBenchmark.waitFor(() -> stage[0].getScene().lookup("#inventoryTable") instanceof TableView<?> table
                    && !table.getItems().isEmpty());
            Scene scene = ConsoleBenchmark.onFx(() -> stage[0].getScene());
            ConsoleBenchmark.nextFrame();
            long firstPage = System.nanoTime();
            Thread.sleep(SETTLE_MS);
            List<String> rows = new ArrayList<>();
            rows.add(String.format(Locale.ROOT, "| start() returned (FX thread busy from the call) | %.0f | |", startReturned));
            rows.add(String.format(Locale.ROOT, "| Inventory page's view shown (no rows yet) | %.0f | |", (viewShown - opened) / 1e6));
            rows.add(String.format(Locale.ROOT, "| first frame shown | %.0f | %.0f (before it) |", (firstFrame - opened) / 1e6,
                    stalls.maxStallBeforeMs(firstFrame)));
            rows.add(String.format(Locale.ROOT, "| first page of identities on screen (and %d ms after) | %.0f | %.0f (after the first frame) |",
                    SETTLE_MS, (firstPage - opened) / 1e6, stalls.maxStallAfterMs(firstFrame)));
            double worst = stalls.maxStallAfterMs(firstFrame);
            for (String id : List.of("ledger", "campaigns", "stepUp", "findings", "accountability", "inventory")) {
                stalls.reset();
                long t0 = System.nanoTime();
                ConsoleBenchmark.onFx(() -> {
                    ((ToggleButton) scene.lookup("#nav" + Character.toUpperCase(id.charAt(0)) + id.substring(1))).fire();
                    return null;
                });
                ConsoleBenchmark.waitFor(() -> showing(scene, id));
                ConsoleBenchmark.nextFrame();
                double onScreen = (System.nanoTime() - t0) / 1e6;
                Thread.sleep(SETTLE_MS);
                worst = Math.max(worst, stalls.maxStallMs());
                rows.add(String.format(Locale.ROOT, "| choose %s: its view on screen (and %d ms after) | %.0f | %.0f |", id, SETTLE_MS, onScreen,
                        stalls.maxStallMs()));
            }
            rows.add(String.format(Locale.ROOT, "| **longest FX stall from the first frame on** | | **%.0f** |", worst));
            System.out.println();
            System.out.println("| console shell, cold JVM | ms from start() | longest FX stall (ms) |");
            System.out.println("|---|---:|---:|");
            rows.forEach(System.out::println);
            ConsoleBenchmark.onFx(() -> {
                console.stop();
                stage[0].close();
                return null;
            });
        } finally {
            Platform.exit();
        }
    }

    /**
     * Whether the page's navigation button is selected and the shell's content area (the StackPane of style class
     * {@code content}) shows one visible child that is not the "Opening …" line.
     */
    private static boolean showing(Scene scene, String id) {
        Node button = scene.lookup("#nav" + Character.toUpperCase(id.charAt(0)) + id.substring(1));
        return button instanceof ToggleButton toggle && toggle.isSelected() && scene.lookup(".content") instanceof Parent content
                && content.getChildrenUnmodifiable().stream().filter(n -> n.isVisible() && !"pageOpening".equals(n.getId())).count() == 1;
    }
}
