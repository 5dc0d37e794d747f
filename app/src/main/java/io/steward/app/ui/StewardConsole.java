package io.steward.app.ui;

import atlantafx.base.theme.PrimerLight;
import io.steward.app.Workspace;
import io.steward.app.ui.campaigns.CampaignsView;
import io.steward.app.ui.workbook.WorkbookExportViewModel;
import io.steward.app.workbook.WorkbookJobs;
import io.steward.app.ui.campaigns.CampaignsViewModel;
import io.steward.app.ui.common.DialogService;
import io.steward.app.ui.common.FallbackExceptionHandler;
import io.steward.app.ui.common.FxDelays;
import io.steward.app.ui.common.FxDialogService;
import io.steward.app.ui.common.FxTaskExecutor;
import io.steward.app.ui.common.TaskExecutor;
import io.steward.app.ui.demo.DemoBuildBanner;
import io.steward.app.ui.demo.DemoBuildViewModel;
import io.steward.app.ui.inventory.InventoryPage;
import io.steward.app.ui.ledger.LedgerView;
import io.steward.app.ui.ledger.LedgerViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: wires the view models to the workspace and shows the main window.
 * The workspace belongs to whoever created it (the CLI or a test) and is not closed here.
 */
public final class StewardConsole extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(StewardConsole.class);
    static final double WIDTH = 1200;
    static final double HEIGHT = 760;

    /** Hand-off from {@link ConsoleLauncher}: {@code Application.launch} only takes a class. */
    private static volatile Workspace launchWorkspace;
    private static volatile Path launchDemoDir;

    private final Workspace workspace;
    /** Non-null for {@code --demo}: the console builds the demo into the workspace's new ledger there. */
    private final Path demoDir;
    private TaskExecutor executor;
    private InventoryPage inventoryPage;
    private CampaignsView campaignsView;

    /** Used by {@code Application.launch}. */
    public StewardConsole() {
        this(Objects.requireNonNull(launchWorkspace, "ConsoleLauncher.launch sets the workspace"), launchDemoDir);
    }

    public StewardConsole(Workspace workspace) {
        this(workspace, null);
    }

    public StewardConsole(Workspace workspace, Path demoDir) {
        this.workspace = workspace;
        this.demoDir = demoDir;
    }

    static void handOver(Workspace workspace, Path demoDir) {
        launchWorkspace = workspace;
        launchDemoDir = demoDir;
    }

    @Override
    public void init() {
        FallbackExceptionHandler.install();
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxTaskExecutor();
        DialogService dialogs = new FxDialogService(stage);
        FallbackExceptionHandler.install().showDialogsWith(dialogs);

        LedgerViewModel ledger = new LedgerViewModel(workspace, executor, dialogs);
        InventoryPage inventory = new InventoryPage(workspace, executor, dialogs, new FxDelays(), Clock.systemUTC());
        inventoryPage = inventory;
        inventory.imports().onImported(reports -> ledger.showNewest());
        WorkbookExportViewModel workbook = new WorkbookExportViewModel(WorkbookJobs.export(workspace), workspace.campaigns(),
                workspace.actor(), executor, dialogs, Clock.systemUTC());
        CampaignsView campaigns = new CampaignsView(new CampaignsViewModel(workspace.campaigns(), workspace.actor(), executor), workbook,
                dialogs);
        campaignsView = campaigns;
        Map<Page, Supplier<Node>> pages = Map.of(Page.LEDGER, () -> new LedgerView(ledger).node(), Page.INVENTORY, inventory::node,
                Page.CAMPAIGNS, campaigns::node);
        MainViewModel mainVm = new MainViewModel(workspace);
        MainView main = new MainView(mainVm, pages);

        // Never larger than the screen (a 1366x768 laptop has less than 760 px of usable height).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(main.root(), Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(StewardConsole.class.getResource("console.css")).toExternalForm());
        main.installShortcuts(scene);
        inventory.installShortcuts(scene, () -> mainVm.show(Page.INVENTORY));
        stage.setTitle(mainVm.windowTitle());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.show();
        ledger.showNewest();
        inventory.start();
        if (demoDir != null) {
            DemoBuildViewModel demo = new DemoBuildViewModel(workspace, executor, dialogs, Clock.systemUTC());
            demo.onSnapshot(() -> {
                inventory.inventory().refresh();
                ledger.showNewest();
            });
            inventory.showNotice(new DemoBuildBanner(demo).node());
            demo.start(demoDir);
        }
        LOG.info("Console opened on {} as {}", workspace.ledgerFile(), workspace.actor());
    }

    /** The Inventory page's view models, for UI tests and the screenshot tour (which cannot use a native file chooser). */
    public InventoryPage inventoryPage() {
        return inventoryPage;
    }

    /** The Campaigns page (tests drive its review screen). */
    public CampaignsView campaignsView() {
        return campaignsView;
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
        LOG.info("Console closed");
    }
}
