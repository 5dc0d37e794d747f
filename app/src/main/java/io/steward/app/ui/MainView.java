package io.steward.app.ui;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
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
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The console's shell: navigation on the left, the current page in the middle, the status bar below. */
public final class MainView {
    private final MainViewModel vm;
    private final Map<Page, Supplier<Node>> factories;
    private final Map<Page, Node> built = new EnumMap<>(Page.class);
    private final Map<Page, ToggleButton> navButtons = new EnumMap<>(Page.class);
    private final StackPane content = new StackPane();
    private final BorderPane root = new BorderPane();

    /** {@code pages} builds each page's view when it is first shown; every page must have one. */
    public MainView(MainViewModel vm, Map<Page, Supplier<Node>> pages) {
        this.vm = vm;
        this.factories = new EnumMap<>(pages);
        if (factories.size() != Page.values().length) {
            throw new IllegalArgumentException("a view for every page is needed, got " + factories.keySet());
        }
        content.getStyleClass().add("content");
        root.setLeft(navigation());
        root.setCenter(content);
        root.setBottom(statusBar());
        vm.pageProperty().addListener((obs, old, page) -> showPage(page));
        showPage(vm.pageProperty().get());
    }

    public Parent root() {
        return root;
    }

    /** Ctrl+1, Ctrl+2, ... (Cmd on macOS) select the pages. */
    public void installShortcuts(Scene scene) {
        for (Page page : Page.values()) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + page.shortcutDigit());
            scene.getAccelerators().put(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN),
                    () -> vm.show(page));
        }
    }

    private Node navigation() {
        Label brand = new Label("Steward", new FontIcon(Feather.SHIELD));
        brand.getStyleClass().addAll(Styles.TITLE_3, "brand");
        VBox nav = new VBox(4, brand);
        nav.getStyleClass().add("sidebar");
        nav.setAccessibleText("Pages");
        ToggleGroup group = new ToggleGroup();
        for (Page page : Page.values()) {
            ToggleButton button = new ToggleButton(page.title(), new FontIcon(icon(page)));
            button.setId("nav" + page.title().replace("-", ""));
            button.getStyleClass().add("nav-item");
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            String shortcut = "Ctrl+" + page.shortcutDigit();
            button.setAccessibleText(page.title() + " page (" + shortcut + ")");
            button.setTooltip(new Tooltip(page.summary() + " (" + shortcut + ")"));
            button.setOnAction(e -> vm.show(page));
            navButtons.put(page, button);
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

    private void showPage(Page page) {
        Node node = built.computeIfAbsent(page, this::build);
        content.getChildren().setAll(node);
        navButtons.get(page).setSelected(true);
    }

    private Node build(Page page) {
        Supplier<Node> factory = factories.get(page);
        return factory.get();
    }

    private Node statusBar() {
        Label ledger = new Label("Ledger: " + vm.ledgerFile(), new FontIcon(Feather.DATABASE));
        ledger.setId("statusLedger");
        ledger.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        ledger.setTooltip(new Tooltip(vm.ledgerFile()));
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

    static Ikon icon(Page page) {
        return switch (page) {
            case INVENTORY -> Feather.BOX;
            case CAMPAIGNS -> Feather.CHECK_SQUARE;
            case LEDGER -> Feather.BOOK_OPEN;
        };
    }
}
