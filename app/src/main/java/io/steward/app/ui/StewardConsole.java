package io.steward.app.ui;

import atlantafx.base.theme.PrimerLight;
import io.steward.app.Workspace;
import io.steward.app.ui.common.BannerArea;
import io.steward.app.ui.common.ConsoleContext;
import io.steward.app.ui.common.ConsolePage;
import io.steward.app.ui.common.DialogService;
import io.steward.app.ui.common.FallbackExceptionHandler;
import io.steward.app.ui.common.FxDelays;
import io.steward.app.ui.common.FxDialogService;
import io.steward.app.ui.common.FxPassphrasePrompt;
import io.steward.app.ui.common.FxTaskExecutor;
import io.steward.app.ui.common.LedgerChangeRelay;
import io.steward.app.ui.common.TaskExecutor;
import io.steward.app.ui.demo.DemoBuildBanner;
import io.steward.app.ui.demo.DemoBuildViewModel;
import io.steward.app.ui.inventory.InventoryPage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
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
    private final List<ConsolePage.Factory> factories;
    private final List<ConsolePage> pages = new ArrayList<>();
    /** Pages that have loaded their first data: each does when first shown, so a page never seen costs nothing. */
    private final Set<ConsolePage> started = new HashSet<>();
    private MainView main;
    private boolean stopped;
    private TaskExecutor executor;
    private LedgerChangeRelay relay;

    /** Used by {@code Application.launch}. */
    public StewardConsole() {
        this(Objects.requireNonNull(launchWorkspace, "ConsoleLauncher.launch sets the workspace"), launchDemoDir);
    }

    public StewardConsole(Workspace workspace) {
        this(workspace, null);
    }

    public StewardConsole(Workspace workspace, Path demoDir) {
        this(workspace, demoDir, ConsolePages.STANDARD);
    }

    /** A console with other pages (tests). */
    public StewardConsole(Workspace workspace, Path demoDir, List<ConsolePage.Factory> pages) {
        this.workspace = workspace;
        this.demoDir = demoDir;
        this.factories = List.copyOf(pages);
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
        // Started from a menu there is no terminal: ask for the key passphrase in a dialog over this window.
        workspace.promptForPassphraseWith(new FxPassphrasePrompt(stage));
        DialogService dialogs = new FxDialogService(stage);
        FallbackExceptionHandler.install().showDialogsWith(dialogs);

        BannerArea banners = new BannerArea();
        ConsoleContext context = new ConsoleContext(workspace, executor, dialogs, new FxDelays(), banners::add);
        factories.forEach(f -> pages.add(f.create(context)));
        relay = new LedgerChangeRelay(workspace, Platform::runLater);
        // A page not started yet loads the current data when it starts; until the window with the pages' views is in,
        // no page is started, so no view model changes while those views are built off the FX thread.
        pages.forEach(p -> relay.subscribe(change -> {
            if (started.contains(p)) {
                p.ledgerChanged(change);
            }
        }));
        List<String> ids = pages.stream().map(ConsolePage::id).toList();
        MainViewModel mainVm = new MainViewModel(workspace, ids);

        // Never larger than the screen (a 1366x768 laptop has less than 760 px of usable height).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // The first frame is the shell alone; the window with every page's view is built off the FX thread once it is
        // drawn (OffThreadScene), then swapped in, and only then do the shortcuts work and the pages load their data.
        Scene opening = new Scene(MainView.opening(new MainViewModel(workspace, ids), pages).root(),
                Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        opening.getStylesheets().add(Objects.requireNonNull(StewardConsole.class.getResource("console.css")).toExternalForm());
        stage.setTitle(mainVm.windowTitle());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(opening);
        stage.show();
        opening.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                opening.removePostLayoutPulseListener(this);
                MainView[] built = new MainView[1];
                OffThreadScene.build(() -> (built[0] = new MainView(mainVm, pages, banners)).root(), opening.getWidth(),
                        opening.getHeight(), scene -> showBuiltWindow(stage, built[0], mainVm, scene, banners, dialogs));
            }
        });
        LOG.info("Console opened on {} as {}", workspace.ledgerFile(), workspace.actor());
    }

    /** On the FX thread, with the built window: shows it, then the shortcuts, the pages' first data, the demo. */
    private void showBuiltWindow(Stage stage, MainView built, MainViewModel mainVm, Scene scene, BannerArea banners,
            DialogService dialogs) {
        if (stopped) {
            return;
        }
        main = built;
        main.detachHiddenPages();
        stage.setScene(scene);
        main.installShortcuts(scene);
        startWhenShown(mainVm);
        if (demoDir != null) {
            DemoBuildViewModel demo = new DemoBuildViewModel(workspace, executor, dialogs);
            banners.add(new DemoBuildBanner(demo).node());
            demo.start(demoDir);
        }
    }

    /**
     * Starts the shown page now and every other one when it is first shown. Hidden pages stay in the scene graph, and
     * JavaFX styles and lays out hidden nodes too: pages that all loaded their first data at once made the FX thread
     * render every page's rows while the console opened (over half a second at 100,000 identities).
     */
    private void startWhenShown(MainViewModel mainVm) {
        mainVm.pageProperty().addListener((obs, old, id) -> startPage(id));
        startPage(mainVm.pageProperty().get());
    }

    private void startPage(String id) {
        pages.stream().filter(p -> p.id().equals(id) && started.add(p)).forEach(ConsolePage::start);
    }

    /** The registered page of a type, for UI tests and the screenshot tour (which cannot use a native file chooser). */
    public <T extends ConsolePage> T page(Class<T> type) {
        return pages.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + type.getSimpleName() + " in this console"));
    }

    /** Whether the window with every page's view is shown (FX thread; UI tests wait for it); the shown page has started. */
    public boolean opened() {
        return main != null;
    }

    /** The Inventory page's view models. */
    public InventoryPage inventoryPage() {
        return page(InventoryPage.class);
    }

    @Override
    public void stop() {
        stopped = true;
        if (relay != null) {
            relay.close();
        }
        pages.forEach(ConsolePage::close);
        if (executor != null) {
            executor.shutdown();
        }
        LOG.info("Console closed");
    }
}
