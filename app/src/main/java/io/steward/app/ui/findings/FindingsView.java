package io.steward.app.ui.findings;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.steward.app.ui.common.Controls;
import io.steward.app.ui.common.TaskBanner;
import io.steward.app.ui.common.Words;
import io.steward.model.findings.Finding;
import io.steward.model.findings.FindingCount;
import io.steward.model.findings.FindingGrouping;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Findings page: counts of open findings by the chosen grouping (table and chart), the findings behind the chosen
 * count a page at a time, the selected finding's explanation, evidence, fix and references with the risk acceptance
 * form, and the rule catalogue. Keys: see {@link #HELP}.
 */
public final class FindingsView {
    static final String HELP = "Keys: G count by the next grouping · ↑/↓ choose a count or a finding · Enter from the counts to"
            + " their findings · A accept the risk · E end the acceptance · R type the reason · N/P next/previous page ·"
            + " F5 recompute findings · Esc back to the findings";

    private final FindingsViewModel vm;
    private final VBox root = new VBox();
    private final TableView<FindingCount> countTable = new TableView<>();
    private final TableView<Finding> findingTable = new TableView<>();
    private final TextField reason = new TextField();
    private final TextField until = new TextField();
    private final TabPane tabs = new TabPane();
    private final CountChart chart;
    private Runnable pending;
    private boolean swallowTyped;
    private boolean syncing;

    public FindingsView(FindingsViewModel vm) {
        this.vm = vm;
        this.chart = new CountChart(vm);
        root.getStyleClass().add("page");
        root.setId("findingsPage");
        Tab list = new Tab("Findings", findingsPane());
        list.setId("findingsListTab");
        Tab rules = new Tab("Rules", new RuleCatalogue(vm.rules()).node());
        rules.setId("findingsRulesTab");
        tabs.getTabs().addAll(list, rules);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("findingsTabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Label status = new Label();
        status.setId("findingsStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.setAccessibleText("Outcome of the last action");
        Label help = new Label(HELP);
        help.setId("findingsHelp");
        help.setWrapText(true);
        help.getStyleClass().add(Styles.TEXT_MUTED);
        root.getChildren().addAll(header(), toolbar(), new TaskBanner("findingsRefreshBanner", "Computing findings",
                vm.refreshStatusProperty(), vm.refreshProgressProperty(), vm.refreshingProperty(), vm::cancelRefresh,
                vm::dismissRefresh).node(), tabs, status, help);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // The A, E or R that moves focus into the reason field must not also be typed into it.
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
    }

    public Node node() {
        return root;
    }

    /** Focuses the findings table, where the keys work. */
    public void focus() {
        findingTable.requestFocus();
    }

    private static Node header() {
        Label title = new Label("Findings");
        title.getStyleClass().add(Styles.TITLE_2);
        Label summary = new Label("Risks computed from the inventory, counted by rule, severity, source, owner and framework item."
                + " Choose a count to list the findings behind it; accept a risk for a while with a reason.");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setWrapText(true);
        return new VBox(4, title, summary);
    }

    private Node toolbar() {
        ToggleGroup group = new ToggleGroup();
        HBox bar = new HBox(6, new Label("Count by"));
        for (FindingGrouping g : FindingGrouping.values()) {
            String name = g.name().charAt(0) + g.name().substring(1).toLowerCase(Locale.ROOT);
            ToggleButton b = new ToggleButton(g == FindingGrouping.FRAMEWORK ? "Framework item" : name);
            b.setId("findingsBy" + name);
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            String help = "Count open findings by " + g.label() + " (G cycles)";
            b.setAccessibleText(help);
            b.setTooltip(new Tooltip(help));
            b.setSelected(vm.groupingProperty().get() == g);
            b.setOnAction(e -> {
                b.setSelected(true); // a toggle group allows none selected; a grouping is always chosen
                vm.group(g);
            });
            vm.groupingProperty().addListener((o, was, now) -> b.setSelected(now == g));
            b.getStyleClass().add(Styles.SMALL);
            bar.getChildren().add(b);
        }
        ComboBox<FindingsViewModel.Show> show = new ComboBox<>();
        show.setId("findingsShow");
        show.getItems().setAll(FindingsViewModel.Show.values());
        show.setValue(vm.showProperty().get());
        show.setAccessibleText("Which findings to list: open and accepted, open only, or accepted only");
        show.setOnAction(e -> vm.show(show.getValue()));
        show.setFocusTraversable(false);
        Button all = Controls.button("All findings", Feather.LIST, "findingsAll", "List every open finding, not only a count's");
        all.setOnAction(e -> vm.choose(null));
        all.disableProperty().bind(vm.chosenProperty().isNull());
        all.setFocusTraversable(false);
        Button refresh = Controls.button("Refresh findings", Feather.REFRESH_CW, "findingsRefresh",
                "Recompute every current identity's findings, as steward findings --refresh does (F5)");
        refresh.setOnAction(e -> vm.refreshFindings());
        refresh.disableProperty().bind(vm.refreshingProperty());
        refresh.setFocusTraversable(false);
        bar.getChildren().addAll(new Spacer(), show, all, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node findingsPane() {
        SplitPane detail = new SplitPane(findingTable(), detailPane());
        detail.setOrientation(Orientation.VERTICAL);
        detail.setDividerPositions(0.5);
        SplitPane split = new SplitPane(countsPane(), detail);
        split.setDividerPositions(0.38);
        return split;
    }

    private Node countsPane() {
        dense(countTable, "findingsCounts", "Open findings counted by the chosen grouping; choose one to list its findings",
                "No finding. Import an inventory; findings are computed after every import.");
        countTable.setItems(vm.counts());
        countTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        countTable.getColumns().add(Controls.tooltipColumn("Group", 160, c -> c.key().equals(c.label()) ? c.label() : c.label() + " — " + c.key()));
        countTable.getColumns().add(Controls.column("Open", 60, c -> Words.number(c.unaccepted())));
        countTable.getColumns().add(Controls.column("Accepted", 70, c -> Words.number(c.accepted())));
        countTable.getColumns().add(Controls.column("Identities", 76, c -> Words.number(c.identities())));
        countTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                vm.choose(now);
            }
        });
        vm.chosenProperty().addListener((o, was, now) -> selectChosen());
        vm.counts().addListener((ListChangeListener<FindingCount>) c -> selectChosen());
        countTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                findingTable.requestFocus();
                e.consume();
            }
        });
        VBox.setVgrow(countTable, Priority.ALWAYS);
        VBox box = new VBox(6, countTable, chart.node());
        box.setMinWidth(300);
        return box;
    }

    /** Keeps the counts table's selection on the chosen count (by key: reloaded counts are new objects). */
    private void selectChosen() {
        FindingCount chosen = vm.chosenProperty().get();
        syncing = true;
        try {
            if (chosen == null) {
                countTable.getSelectionModel().clearSelection();
                return;
            }
            vm.counts().stream().filter(c -> c.key().equals(chosen.key())).findFirst().ifPresent(c -> {
                if (countTable.getSelectionModel().getSelectedItem() != c) {
                    countTable.getSelectionModel().select(c);
                }
            });
        } finally {
            syncing = false;
        }
    }

    private Node findingTable() {
        dense(findingTable, "findingsTable", "Findings behind the chosen count, worst first", "No finding here.");
        findingTable.setItems(vm.rows());
        findingTable.getColumns().add(Controls.column("Severity", 72, f -> f.severity().id()));
        findingTable.getColumns().add(Controls.column("Rule", 170, f -> f.rule().id()));
        findingTable.getColumns().add(Controls.tooltipColumn("Identity", 180, f -> f.identityName() == null ? f.identityKey() : f.identityName()));
        findingTable.getColumns().add(Controls.column("Status", 150, f -> f.acceptance() == null ? "open"
                : "accepted through " + FindingDetails.lastDay(f.acceptance())));
        findingTable.getColumns().add(Controls.tooltipColumn("Source", 160, Finding::source));
        findingTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null && now != vm.selectedProperty().get()) {
                vm.select(now);
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != null && findingTable.getSelectionModel().getSelectedItem() != now) {
                syncing = true;
                findingTable.getSelectionModel().select(now);
                syncing = false;
                findingTable.scrollTo(Math.max(0, findingTable.getSelectionModel().getSelectedIndex() - 3));
            }
        });
        VBox.setVgrow(findingTable, Priority.ALWAYS);

        Button previous = Controls.button("Previous", Feather.CHEVRON_LEFT, "findingsPrevious", "The previous page of findings (P)");
        previous.setOnAction(e -> vm.previousPage());
        previous.disableProperty().bind(vm.hasPreviousProperty().not());
        Button next = Controls.button("Next", Feather.CHEVRON_RIGHT, "findingsNext", "The next page of findings (N)");
        next.setOnAction(e -> vm.nextPage());
        next.disableProperty().bind(vm.hasNextProperty().not());
        for (Button b : new Button[] {previous, next}) {
            b.getStyleClass().add(Styles.SMALL);
            b.setFocusTraversable(false);
        }
        Label info = new Label();
        info.setId("findingsPageInfo");
        info.getStyleClass().add(Styles.TEXT_MUTED);
        info.textProperty().bind(vm.pageInfoProperty());
        HBox pager = new HBox(6, previous, next, new Spacer(), info);
        pager.setAlignment(Pos.CENTER_LEFT);
        pager.getStyleClass().add("pager");
        return new VBox(findingTable, pager);
    }

    private Node detailPane() {
        TextArea details = new TextArea();
        details.setId("findingDetails");
        details.setEditable(false);
        details.setWrapText(true);
        details.setFocusTraversable(false);
        details.textProperty().bind(vm.detailsProperty());
        details.setAccessibleText("Explanation, evidence, fix and references of the selected finding");
        VBox.setVgrow(details, Priority.ALWAYS);

        reason.setId("findingsReason");
        reason.setPromptText("Reason (R): why the risk is accepted, or why the acceptance ends");
        reason.setAccessibleText("Reason for accepting the risk or ending the acceptance");
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        until.setId("findingsAcceptUntil");
        until.setPromptText("YYYY-MM-DD");
        until.setAccessibleText("Last day the risk is accepted, YYYY-MM-DD (UTC)");
        until.setTooltip(new Tooltip("The acceptance holds through this day (UTC); the finding is open again from the next midnight"));
        until.textProperty().bindBidirectional(vm.acceptUntilProperty());
        until.setPrefColumnCount(10);
        // Enter runs the action that asked for the reason (accept when none did), then the keys work on the list again.
        for (TextField f : new TextField[] {reason, until}) {
            f.setOnAction(e -> {
                Runnable action = pending == null ? vm::accept : pending;
                pending = null;
                action.run();
                findingTable.requestFocus();
            });
        }
        Button accept = Controls.button("Accept risk (A)", Feather.CHECK, "findingsAccept",
                "Accept the selected finding's risk through the date, for the reason given (A)");
        accept.setOnAction(e -> vm.accept());
        Button end = Controls.button("End acceptance (E)", Feather.X_CIRCLE, "findingsEndAcceptance",
                "End the selected finding's acceptance now, for the reason given (E)");
        end.setOnAction(e -> vm.endAcceptance());
        end.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() == null || vm.selectedProperty().get().acceptance() == null, vm.selectedProperty()));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Reason"), reason);
        form.addRow(1, new Label("Accept through"), new HBox(8, until, accept, end));
        GridPane.setHgrow(reason, Priority.ALWAYS);
        VBox box = new VBox(8, details, form);
        box.setMinHeight(200);
        return box;
    }

    /**
     * A dense, edge-to-edge table of one-line rows with an id, accessible text and what it shows when empty; the last
     * column flexes.
     */
    static void dense(TableView<?> table, String id, String help, String empty) {
        table.setId(id);
        table.setAccessibleText(help);
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "one-line-rows");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(empty));
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            if (e.getCode() == KeyCode.ESCAPE) {
                pending = null;
                findingTable.requestFocus();
                e.consume();
            }
            return;
        }
        if (e.getCode() == KeyCode.F5) {
            vm.refreshFindings();
            e.consume();
            return;
        }
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return;
        }
        Runnable action = switch (e.getCode()) {
            case G -> vm::nextGrouping;
            case A -> () -> withReason(vm::accept, "accept the risk");
            case E -> () -> withReason(vm::endAcceptance, "end the acceptance");
            case R -> () -> askReason(null, "accept the risk");
            case N -> vm::nextPage;
            case P -> vm::previousPage;
            case ESCAPE -> findingTable::requestFocus;
            default -> null;
        };
        if (action != null) {
            tabs.getSelectionModel().select(0);
            action.run();
            e.consume();
        }
    }

    /** Runs {@code action} when a reason is typed; otherwise asks for one first, and Enter then runs it. */
    private void withReason(Runnable action, String what) {
        if (vm.reasonProperty().get() == null || vm.reasonProperty().get().isBlank()) {
            askReason(action, what);
        } else {
            action.run();
        }
    }

    private void askReason(Runnable then, String what) {
        pending = then;
        vm.promptReason(what);
        swallowTyped = true;
        reason.requestFocus();
    }
}
