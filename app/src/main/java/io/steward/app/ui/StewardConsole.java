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
import java.util.List;
import java.util.Objects;
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
    /** Between two pages starting to load their first data. */
    private static final javafx.util.Duration START_SPACING = javafx.util.Duration.millis(250);

    /** Hand-off from {@link ConsoleLauncher}: {@code Application.launch} only takes a class. */
    private static volatile Workspace launchWorkspace;
    private static volatile Path launchDemoDir;

    private final Workspace workspace;
    /** Non-null for {@code --demo}: the console builds the demo into the workspace's new ledger there. */
    private final Path demoDir;
    private final List<ConsolePage.Factory> factories;
    private final List<ConsolePage> pages = new ArrayList<>();
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
        // Until the window with the pages' views is in (main set), their view models must not change while those views
        // are built off the FX thread; the pages load their first data after that anyway.
        pages.forEach(p -> relay.subscribe(change -> {
            if (main != null) {
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
                        opening.getHeight(), scene -> showBuiltWindow(stage, built[0], scene, banners, dialogs));
            }
        });
        LOG.info("Console opened on {} as {}", workspace.ledgerFile(), workspace.actor());
    }

    /** On the FX thread, with the built window: shows it, then the shortcuts, the pages' first data, the demo. */
    private void showBuiltWindow(Stage stage, MainView built, Scene scene, BannerArea banners, DialogService dialogs) {
        if (stopped) {
            return;
        }
        main = built;
        stage.setScene(scene);
        main.installShortcuts(scene);
        startOneByOne(new java.util.ArrayDeque<>(pages));
        if (demoDir != null) {
            DemoBuildViewModel demo = new DemoBuildViewModel(workspace, executor, dialogs);
            banners.add(new DemoBuildBanner(demo).node());
            demo.start(demoDir);
        }
    }

    /**
     * Starts the shown (first) page now and each next one {@link #START_SPACING} later, so the pages' first data, and
     * their tables' first rows made on the FX thread, do not all land in one pulse.
     */
    private void startOneByOne(java.util.Deque<ConsolePage> waiting) {
        if (stopped || waiting.isEmpty()) {
            return;
        }
        ConsolePage page = waiting.removeFirst();
        page.start();
        javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(START_SPACING);
        pause.setOnFinished(e -> startOneByOne(waiting));
        pause.play();
    }

    /** The registered page of a type, for UI tests and the screenshot tour (which cannot use a native file chooser). */
    public <T extends ConsolePage> T page(Class<T> type) {
        return pages.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + type.getSimpleName() + " in this console"));
    }

    /** Whether the window with every page's view is shown (FX thread; UI tests wait for it); pages then start one by one. */
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
