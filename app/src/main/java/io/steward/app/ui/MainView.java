package io.steward.app.ui;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import io.steward.app.ui.placeholder.PlannedPageView;
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

    /** {@code workingPages} builds the pages that work; the others show their planned state. */
    public MainView(MainViewModel vm, Map<Page, Supplier<Node>> workingPages) {
        this.vm = vm;
        this.factories = new EnumMap<>(workingPages);
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

    /** Ctrl+1..6 (Cmd on macOS) select the pages. */
    public void installShortcuts(Scene scene) {
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6};
        for (Page page : Page.values()) {
            scene.getAccelerators().put(new KeyCodeCombination(digits[page.ordinal()], KeyCombination.SHORTCUT_DOWN),
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
        return factory != null ? factory.get() : new PlannedPageView(page, icon(page)).node();
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
            case ACCOUNTABILITY -> Feather.USERS;
            case STEP_UP -> Feather.ARROW_UP_CIRCLE;
            case CAMPAIGNS -> Feather.CHECK_SQUARE;
            case LEDGER -> Feather.BOOK_OPEN;
            case EXPORTS -> Feather.DOWNLOAD;
        };
    }
}
