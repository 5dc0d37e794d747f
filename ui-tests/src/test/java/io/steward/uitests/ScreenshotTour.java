package io.steward.uitests;

import io.steward.app.ConsoleFixtures;
import io.steward.app.Workspace;
import io.steward.app.ui.StewardConsole;
import io.steward.app.ui.common.FallbackExceptionHandler;
import io.steward.app.ui.imports.ImportFile;
import io.steward.app.ui.imports.ImportFileStatus;
import io.steward.app.ui.imports.ImportViewModel;
import io.steward.app.demo.DemoLedger;
import io.steward.app.demo.DemoStepUp;
import io.steward.importers.spi.Cancellation;
import io.steward.model.StewardPaths;
import io.steward.model.inventory.query.IdentityRow;
import io.steward.model.inventory.query.InventoryQuery;
import java.time.Clock;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Takes the console's documentation screenshots from a real window (run it under Xvfb, see
 * docs/screenshots/README.md): the Inventory page with an identity selected, the import sheet
 * previewing a spreadsheet with a refused secret, the column-mapping editor of a CSV whose headers are
 * not recognised, the Ledger page, the Step-up page with a request's policy evaluation, the Findings page and
 * the Accountability page's orphan queue. Not a test; a program, so the pictures can be redone.
 * <p>
 * Usage: {@code ScreenshotTour OUT_DIR [--demo | LEDGER]}: the demo ledger, an existing ledger, or by default a
 * fresh one with two fixture imports.
 */
public final class ScreenshotTour {
    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        Path dir = Files.createTempDirectory("steward-shots-");
        boolean demo = args.length > 1 && args[1].equals("--demo");
        Path ledger = args.length > 1 && !demo ? Path.of(args[1]) : dir.resolve(StewardPaths.LEDGER_FILE_NAME);
        Workspace workspace = Workspace.openOrCreate(ledger, "dana", dir.resolve("keys"));
        if (demo) {
            DemoLedger.create(dir, workspace, DemoLedger.Progress.NONE, Cancellation.NEVER);
        } else if (args.length == 1) {
            ConsoleFixtures.importInto(workspace, dir, ConsoleFixtures.JUNE, ConsoleFixtures.JULY);
        }
        FallbackExceptionHandler.install();
        StewardConsole[] console = new StewardConsole[1];
        Stage[] stage = new Stage[1];
        Platform.startup(() -> {
            console[0] = new StewardConsole(workspace);
            stage[0] = new Stage();
            console[0].start(stage[0]);
            stage[0].setX(0);
            stage[0].setY(0);
            stage[0].setWidth(Integer.getInteger("shots.width", 1440));
            stage[0].setHeight(Integer.getInteger("shots.height", 900));
        });
        // the window first shows the shell alone; the one with the pages' views follows
        waitUntil(() -> console[0].opened());
        Scene scene = onFx(() -> stage[0].getScene());
        @SuppressWarnings("unchecked")
        TableView<IdentityRow> table = (TableView<IdentityRow>) onFx(() -> scene.lookup("#inventoryTable"));
        waitUntil(() -> !table.getItems().isEmpty());
        // Last used, newest first, as two header clicks would: every source mixes in the first rows.
        onFx(() -> {
            javafx.scene.control.TableColumn<IdentityRow, ?> lastUsed = table.getColumns().stream()
                    .filter(c -> "Last used".equals(c.getText())).findFirst().orElseThrow();
            lastUsed.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(lastUsed));
            return null;
        });
        io.steward.app.ui.inventory.InventoryViewModel inventory = console[0].inventoryPage().inventory();
        waitUntil(() -> inventory.sortProperty().get() == io.steward.model.inventory.query.IdentitySort.LAST_USED
                && !inventory.loadingProperty().get() && !table.getItems().isEmpty());
        String showcase = showcase(console[0].inventoryPage().inventory().rows(), workspace);
        onFx(() -> {
            IdentityRow row = table.getItems().stream().filter(r -> r.name().equals(showcase)).findFirst().orElse(table.getItems().get(0));
            table.getSelectionModel().select(row);
            table.scrollTo(Math.max(0, table.getItems().indexOf(row) - 3));
            return null;
        });
        waitUntil(() -> !console[0].inventoryPage().inventory().detail().history().isEmpty());
        Thread.sleep(500);
        shoot(scene, out.resolve("inventory.png"));
        facetMenu(scene, out.resolve("inventory-facets.png"));

        ImportViewModel imports = console[0].inventoryPage().imports();
        Path sheet = ConsoleFixtures.copy(dir, ConsoleFixtures.SERVICE_ACCOUNTS);
        Path bad = ConsoleFixtures.copy(dir, ConsoleFixtures.BAD_DATE);
        onFx(() -> {
            imports.addFiles(List.of(sheet, bad));
            return null;
        });
        waitUntil(() -> imports.files().stream().noneMatch(f -> f.status() == ImportFileStatus.QUEUED
                || f.status() == ImportFileStatus.PREVIEWING));
        onFx(() -> {
            ImportFile first = imports.files().get(0);
            imports.select(first);
            return null;
        });
        Thread.sleep(800); // the sheet's fade-in
        shoot(scene, out.resolve("import-preview.png"));

        Path unknown = dir.resolve("robots 2024-08.csv");
        Files.writeString(unknown, "Kennung;Bezeichnung;Verantwortlich;Zuletzt genutzt;Bemerkung\n"
                + "R-1;scanner;team-ops;2024-07-30;Etage 2\nR-2;printer;;2024-05-02;\nR-3;plotter;team-it;2023-11-19;ersetzt\n");
        onFx(() -> {
            imports.close();
            return null;
        });
        Thread.sleep(800); // the sheet's fade-out
        onFx(() -> {
            imports.addFiles(List.of(unknown));
            return null;
        });
        waitUntil(() -> imports.files().get(0).status() == ImportFileStatus.NEEDS_MAPPING);
        onFx(() -> { // half-way through: id and owner chosen, name still to do
            var rows = imports.files().get(0).mappingEditor().rows();
            rows.get(0).choiceProperty().set(new io.steward.app.ui.imports.ConceptChoice(io.steward.importers.columns.Concept.ID));
            rows.get(2).choiceProperty().set(new io.steward.app.ui.imports.ConceptChoice(io.steward.importers.columns.Concept.OWNER));
            return null;
        });
        Thread.sleep(800);
        shoot(scene, out.resolve("import-mapping.png"));
        ledgerPage(scene, imports, out.resolve("ledger.png"));
        stepUpPage(scene, out.resolve("stepup.png"));
        findingsPage(scene, out.resolve("findings.png"));
        accountabilityPage(scene, out.resolve("accountability.png"));
        Platform.runLater(() -> {
            stage[0].close();
            Platform.exit();
        });
        workspace.close();
        System.exit(0);
    }

    /**
     * The name of an identity worth showing: among the rows on screen, the one with the most of credentials,
     * grants, links and history.
     */
    private static String showcase(List<IdentityRow> shown, Workspace workspace) throws Exception {
        InventoryQuery query = workspace.inventory();
        List<IdentityRow> page = onFx(() -> List.copyOf(shown));
        return page.stream().max(java.util.Comparator.comparingInt(r -> query.detail(r.id()).map(d -> (d.credentials().isEmpty() ? 0 : 4)
                + (d.grants().isEmpty() ? 0 : 2) + (d.links().isEmpty() && d.children().isEmpty() && d.parent() == null ? 0 : 1)
                + (d.history().size() > 1 ? 2 : 0)).orElse(0)))
                .map(IdentityRow::name).orElse("");
    }

    /**
     * The Kind filter open: a menu is its own popup window, which a scene snapshot does not include, so this one
     * is taken of the X screen (ImageMagick's import) and only under a real display.
     */
    private static void facetMenu(Scene scene, Path file) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            return;
        }
        javafx.scene.control.MenuButton kind = (javafx.scene.control.MenuButton) onFx(() -> scene.lookup("#facetKind"));
        onFx(() -> {
            kind.show();
            return null;
        });
        Thread.sleep(600);
        Process p = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
        p.waitFor(30, TimeUnit.SECONDS);
        onFx(() -> {
            kind.hide();
            return null;
        });
        System.out.println("wrote " + file);
    }

    /** The Ledger page (Ctrl+2) after a verification of the whole chain. */
    private static void ledgerPage(Scene scene, ImportViewModel imports, Path file) throws Exception {
        onFx(() -> {
            imports.close();
            scene.getAccelerators().get(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.DIGIT2,
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN)).run();
            return null;
        });
        Thread.sleep(800);
        onFx(() -> {
            ((javafx.scene.control.Button) scene.lookup("#verifyButton")).fire();
            return null;
        });
        waitUntil(() -> ((javafx.scene.control.Label) scene.lookup("#verificationStatusTitle")).getText().startsWith("Verified"));
        Thread.sleep(500);
        shoot(scene, file);
    }

    /**
     * The Step-up page (its navigation button) with the demo's production write request selected: its context and
     * what each policy rule decided, and the approve form open with the TTL the policy allows.
     */
    private static void stepUpPage(Scene scene, Path file) throws Exception {
        onFx(() -> {
            ((javafx.scene.control.ToggleButton) scene.lookup("#navStepUp")).fire();
            return null;
        });
        waitUntil(() -> !((javafx.scene.control.Label) scene.lookup("#stepup-page-info")).getText().isEmpty());
        @SuppressWarnings("unchecked")
        TableView<io.steward.model.stepup.RequestSummary> requests =
                (TableView<io.steward.model.stepup.RequestSummary>) onFx(() -> scene.lookup("#stepup-requests"));
        boolean demoInbox = onFx(() -> requests.getItems().stream().anyMatch(r -> r.id().equals(DemoStepUp.AGENT_WRITE)));
        if (demoInbox) {
            onFx(() -> {
                requests.getItems().stream().filter(r -> r.id().equals(DemoStepUp.AGENT_WRITE)).findFirst()
                        .ifPresent(r -> requests.getSelectionModel().select(r));
                return null;
            });
            waitUntil(() -> ((javafx.scene.control.TextArea) scene.lookup("#stepup-details")).getText().contains("production-privileged"));
            onFx(() -> {
                ((javafx.scene.control.Button) scene.lookup("#stepup-approve")).fire();
                return null;
            });
        }
        Thread.sleep(500);
        shoot(scene, file);
    }

    /** The Findings page counted by framework item, the largest count chosen and its first finding selected. */
    private static void findingsPage(Scene scene, Path file) throws Exception {
        onFx(() -> {
            ((javafx.scene.control.ToggleButton) scene.lookup("#navFindings")).fire();
            return null;
        });
        Thread.sleep(500);
        onFx(() -> {
            ((javafx.scene.control.ToggleButton) scene.lookup("#findingsByFramework")).fire();
            return null;
        });
        @SuppressWarnings("unchecked")
        TableView<io.steward.model.findings.FindingCount> counts =
                (TableView<io.steward.model.findings.FindingCount>) onFx(() -> scene.lookup("#findingsCounts"));
        waitUntil(() -> !counts.getItems().isEmpty() && counts.getItems().get(0).grouping()
                == io.steward.model.findings.FindingGrouping.FRAMEWORK);
        onFx(() -> {
            counts.getSelectionModel().select(0);
            return null;
        });
        TableView<?> findings = (TableView<?>) onFx(() -> scene.lookup("#findingsTable"));
        waitUntil(() -> counts.getItems().get(0).findings() == 0 || !findings.getItems().isEmpty());
        Thread.sleep(800);
        shoot(scene, file);
    }

    /** The Accountability page (its navigation button): the orphan queue, riskiest first, with the first one's details. */
    private static void accountabilityPage(Scene scene, Path file) throws Exception {
        onFx(() -> {
            ((javafx.scene.control.ToggleButton) scene.lookup("#navAccountability")).fire();
            return null;
        });
        waitUntil(() -> scene.lookup("#accountability-queue") != null); // the tab's content joins the scene on a pulse
        TableView<?> queue = (TableView<?>) onFx(() -> scene.lookup("#accountability-queue"));
        waitUntil(() -> !queue.getItems().isEmpty() && queue.getSelectionModel().getSelectedIndex() == 0
                && !((javafx.scene.control.TextArea) scene.lookup("#accountability-details")).getText().isEmpty());
        Thread.sleep(500);
        shoot(scene, file);
    }

    private static void shoot(Scene scene, Path file) throws Exception {
        BufferedImage image = onFx(() -> SwingFXUtils.fromFXImage(scene.snapshot(null), null));
        ImageIO.write(image, "png", file.toFile());
        System.out.println("wrote " + file);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(20, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120); // generous: tours are taken on busy machines too
        while (!onFx(condition)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out waiting for the console");
            }
            Thread.sleep(50);
        }
    }
}
