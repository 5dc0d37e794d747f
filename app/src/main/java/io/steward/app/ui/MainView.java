package io.steward.app.ui;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import io.steward.app.ui.common.BannerArea;
import io.steward.app.ui.common.ConsolePage;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The console's shell: navigation on the left (one button per registered page), the banner area and the
 * current page in the middle, the status bar below. Every page's view is built, styled and laid out with the shell,
 * off the FX thread ({@link OffThreadScene}), while the window shows an {@link #opening} shell. Only the shown page
 * goes into the window ({@link #detachHiddenPages}); another joins it when first shown and then stays, hidden while
 * another page shows, so choosing a page again only swaps what is visible.
 */
public final class MainView {
    private final MainViewModel vm;
    private final Map<String, ConsolePage> pages = new LinkedHashMap<>();
    private final Map<String, ToggleButton> navButtons = new HashMap<>();
    private final StackPane content = new StackPane();
    private final BorderPane root = new BorderPane();
    private final Map<String, Node> views = new HashMap<>();

    /** {@code pages} in navigation order, the same as the view model's ids; builds every page's view. */
    public MainView(MainViewModel vm, List<ConsolePage> pages, BannerArea banners) {
        this(vm, pages, banners, true);
    }

    private MainView(MainViewModel vm, List<ConsolePage> pages, BannerArea banners, boolean withViews) {
        this.vm = vm;
        pages.forEach(p -> this.pages.put(p.id(), p));
        if (!List.copyOf(this.pages.keySet()).equals(vm.pageIds())) {
            throw new IllegalArgumentException("pages " + this.pages.keySet() + " differ from the view model's " + vm.pageIds());
        }
        content.setId("pageContent");
        content.getStyleClass().add("content");
        VBox.setVgrow(content, Priority.ALWAYS);
        root.setLeft(navigation(withViews));
        root.setCenter(new VBox(banners.node(), content));
        root.setBottom(statusBar(withViews));
        if (withViews) {
            this.pages.values().forEach(p -> {
                Node view = p.view();
                view.setVisible(false);
                views.put(p.id(), view);
                content.getChildren().add(view);
            });
            vm.pageProperty().addListener((obs, old, page) -> showPage(page));
            showPage(vm.pageProperty().get());
        } else {
            navButtons.get(vm.pageProperty().get()).setSelected(true);
            content.getChildren().setAll(opening(this.pages.get(vm.pageProperty().get())));
            // Nothing the user does may make the FX thread style this window while the real one is built.
            root.setDisable(true);
            root.setMouseTransparent(true);
        }
    }

    /**
     * The window's first frame while the real shell is built: the same navigation and status bar, inert, and in the
     * middle a line saying the page is opening. Builds no page's view.
     */
    public static MainView opening(MainViewModel vm, List<ConsolePage> pages) {
        return new MainView(vm, pages, new BannerArea(), false);
    }

    public Parent root() {
        return root;
    }

    /** Ctrl+1, Ctrl+2, ... (Cmd on macOS) select the pages; then each page's own shortcuts. */
    public void installShortcuts(Scene scene) {
        for (ConsolePage page : pages.values()) {
            int digit = vm.shortcutDigit(page.id());
            if (digit > 0) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + digit), KeyCombination.SHORTCUT_DOWN),
                        () -> vm.show(page.id()));
            }
            page.installShortcuts(scene, () -> vm.show(page.id()));
        }
    }

    /**
     * {@code withTooltips} false for the inert opening shell, which nobody can point at: a tooltip is a popup with a scene
     * of its own, costly to make on the FX thread before the first frame.
     */
    private Node navigation(boolean withTooltips) {
        Label brand = new Label("Steward", new FontIcon(Feather.SHIELD));
        brand.getStyleClass().addAll(Styles.TITLE_3, "brand");
        VBox nav = new VBox(4, brand);
        nav.getStyleClass().add("sidebar");
        nav.setAccessibleText("Pages");
        ToggleGroup group = new ToggleGroup();
        for (ConsolePage page : pages.values()) {
            ToggleButton button = new ToggleButton(page.title(), new FontIcon(page.icon()));
            button.setId("nav" + page.id().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + page.id().substring(1));
            button.getStyleClass().add("nav-item");
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            int digit = vm.shortcutDigit(page.id());
            String shortcut = digit > 0 ? " (Ctrl+" + digit + ")" : "";
            button.setAccessibleText(page.title() + " page" + shortcut);
            if (withTooltips) {
                button.setTooltip(new Tooltip(page.summary() + shortcut));
            }
            button.setOnAction(e -> vm.show(page.id()));
            navButtons.put(page.id(), button);
            nav.getChildren().add(button);
        }
        // A toggle group lets the user un-select the current page; keep one page selected.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        return nav;
    }

    /**
     * Takes every page but the shown one out of the (not yet shown) window; each comes back when first shown. The
     * window's first CSS, layout and rendering pass on the FX thread then covers one page, not all of them: JavaFX
     * styles and lays out hidden nodes too, and restyles the whole scene when it goes into the window.
     */
    void detachHiddenPages() {
        content.getChildren().removeIf(view -> !view.isVisible());
    }

    private void showPage(String id) {
        Node shown = views.get(id);
        if (!content.getChildren().contains(shown)) {
            content.getChildren().add(shown);
        }
        views.forEach((pageId, view) -> view.setVisible(pageId.equals(id)));
        navButtons.get(id).setSelected(true);
        pages.get(id).shown();
    }

    /** What the middle shows while the page's view is being built. */
    private static Node opening(ConsolePage page) {
        Label label = new Label("Opening " + page.title() + "…");
        label.setId("pageOpening");
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setAccessibleText("Opening the " + page.title() + " page");
        return label;
    }

    private Node statusBar(boolean withTooltips) {
        Label ledger = new Label("Ledger: " + vm.ledgerFile(), new FontIcon(Feather.DATABASE));
        ledger.setId("statusLedger");
        ledger.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        if (withTooltips) {
            ledger.setTooltip(new Tooltip(vm.ledgerFile()));
        }
        ledger.setAccessibleText("Ledger file " + vm.ledgerFile());
        Label actor = new Label("Actor: " + vm.actor(), new FontIcon(Feather.USER));
        actor.setId("statusActor");
        actor.setMinWidth(Label.USE_PREF_SIZE);
        actor.setAccessibleText("Acting as " + vm.actor());
        Label version = new Label(vm.version());
        version.setMinWidth(Label.USE_PREF_SIZE);
        version.getStyleClass().add(Styles.TEXT_MUTED);
        HBox bar = new HBox(12, ledger, new Separator(Orientation.VERTICAL), actor, new Spacer(), version);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
