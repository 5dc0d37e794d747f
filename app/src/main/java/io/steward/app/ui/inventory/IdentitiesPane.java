package io.steward.app.ui.inventory;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.steward.app.ui.common.Controls;
import io.steward.app.ui.common.Times;
import io.steward.model.inventory.query.IdentityRow;
import io.steward.model.inventory.query.IdentitySort;
import io.steward.model.inventory.query.Risk;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Identities tab: search and facet filters above a table of identities (header clicks sort in SQL, never in
 * the table) that loads the next keyset page as it scrolls near its end, and the selected identity's detail beside
 * it, which can be hidden (Ctrl+D) to give the table the width. Columns are as wide as what they show.
 */
final class IdentitiesPane {
    private static final double DETAIL_WIDTH = 400;
    /** Rows from the end of the loaded ones at which the next page is asked for: about two screens. */
    private static final int PREFETCH_ROWS = 60;
    /** Column widths follow content up to this; longer values end in … with a tooltip. */
    private static final double MAX_COLUMN_WIDTH = 340;
    /** Cell padding and the header's sort arrow. */
    private static final double CELL_PADDING = 26;
    /** Room for the vertical scroll bar beside the rows. */
    private static final double SCROLL_BAR_ALLOWANCE = 16;
    private final InventoryViewModel vm;
    private final Map<TableColumn<IdentityRow, ?>, IdentitySort> sortable = new LinkedHashMap<>();
    private final Map<TableColumn<IdentityRow, ?>, Function<IdentityRow, String>> shownText = new LinkedHashMap<>();
    private final Map<TableColumn<IdentityRow, ?>, Double> contentWidth = new LinkedHashMap<>();
    private final TextField search = new CustomTextField();
    private final VBox root = new VBox(10);
    private TableView<IdentityRow> table;

    IdentitiesPane(InventoryViewModel vm) {
        this.vm = vm;
        root.setId("identitiesPane");
        Node detail = new IdentityDetailPane(vm.detail()).node();
        SplitPane split = new SplitPane(tablePane());
        // The detail keeps its width when the window grows; the table takes the rest.
        SplitPane.setResizableWithParent(detail, false);
        Runnable placeDetail = () -> {
            boolean shown = vm.detailShownProperty().get();
            if (shown && !split.getItems().contains(detail)) {
                split.getItems().add(detail);
                double width = split.getWidth();
                split.setDividerPositions(width > 0 ? Math.max(0.5, 1 - DETAIL_WIDTH / width) : 0.66);
            } else if (!shown) {
                split.getItems().remove(detail);
            }
        };
        vm.detailShownProperty().addListener((obs, old, now) -> placeDetail.run());
        placeDetail.run();
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(filterBar(), split);
    }

    Node node() {
        return root;
    }

    /** Ctrl+F: put the cursor in the search field. */
    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private Node filterBar() {
        search.setId("inventorySearch");
        search.setPromptText("Search names (Ctrl+F)");
        search.setAccessibleText("Search identities by name (Ctrl+F)");
        ((CustomTextField) search).setLeft(new FontIcon(Feather.SEARCH));
        search.textProperty().bindBidirectional(vm.searchTextProperty());
        search.setOnAction(e -> vm.searchNow());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        search.setPrefWidth(240);
        search.setMinWidth(160);

        HBox bar = new HBox(8, search);
        for (FacetGroup group : vm.facets()) {
            bar.getChildren().add(FacetMenus.of(group, vm));
        }
        Button clear = Controls.button("Clear", Feather.X, "clearFilters", "Clear the search and every filter");
        clear.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        clear.setOnAction(e -> vm.clearFilters());
        clear.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.filterProperty().get().isAll(), vm.filterProperty()));
        bar.getChildren().add(clear);
        ToggleButton details = new ToggleButton("Details", new FontIcon(Feather.SIDEBAR));
        details.setId("toggleDetail");
        details.setAccessibleText("Show or hide the identity detail (Ctrl+D)");
        details.setTooltip(new javafx.scene.control.Tooltip("Show or hide the identity detail (Ctrl+D)"));
        details.getStyleClass().add(Styles.SMALL);
        details.setSelected(vm.detailShownProperty().get());
        vm.detailShownProperty().addListener((obs, old, now) -> details.setSelected(now));
        details.setOnAction(e -> {
            if (details.isSelected() != vm.detailShownProperty().get()) {
                vm.toggleDetail();
            }
        });
        bar.getChildren().addAll(new Spacer(), details);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node tablePane() {
        table = new TableView<>(vm.rows());
        table.setId("inventoryTable");
        table.setAccessibleText("Identities of the current inventory, one per principal; more load as you scroll");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "inventory-table", "one-line-rows");
        fitColumnsWhenTheyFit();
        table.setTableMenuButtonVisible(false);
        Label nothing = new Label("No identities match the search and filters.");
        nothing.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(nothing);

        table.getColumns().add(text("Name", 200, 140, IdentityRow::name, IdentitySort.NAME));
        table.getColumns().add(risk());
        table.getColumns().add(text("Kind", 104, 96, IdentityRow::kind, IdentitySort.KIND));
        table.getColumns().add(text("Source", 134, 124, IdentityRow::source, IdentitySort.SOURCE));
        table.getColumns().add(text("Environment", 108, 106, r -> orBlank(r.environment()), null));
        table.getColumns().add(text("Owner hint", 140, 80, r -> orBlank(r.ownerHint()), null));
        table.getColumns().add(text("Enabled", 74, 74, r -> r.enabled() == null ? "—" : r.enabled() ? "yes" : "no", null));
        table.getColumns().add(time("Last used", IdentityRow::lastUsedAt, IdentitySort.LAST_USED));
        table.getColumns().add(time("Created", IdentityRow::createdAt, IdentitySort.CREATED));
        installSqlSorting();
        // Virtualised: only visible rows get cells; a cell near the end of what is loaded asks for the next page.
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            public void updateIndex(int i) {
                super.updateIndex(i);
                if (i >= 0 && i >= vm.rows().size() - PREFETCH_ROWS && vm.hasNextProperty().get()) {
                    Platform.runLater(vm::loadMore); // not during the layout pass that placed this cell
                }
            }
        });
        vm.rows().addListener((ListChangeListener<IdentityRow>) c -> sizeColumnsToContent());

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                vm.select(row);
            }
        });
        vm.rows().addListener((ListChangeListener<IdentityRow>) c -> {
            IdentityRow selected = vm.selectedProperty().get();
            if (selected != null) {
                vm.rows().stream().filter(r -> r.id() == selected.id()).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(table, statusLine());
        box.setMinWidth(380);
        return box;
    }

    /**
     * Columns are as wide as their header and the longest value loaded so far (up to {@link #MAX_COLUMN_WIDTH});
     * when they fit, the name takes the rest of the width; a table narrower than that scrolls sideways.
     */
    private void fitColumnsWhenTheyFit() {
        table.widthProperty().addListener((obs, old, width) -> fit());
    }

    private void fit() {
        double width = table.getWidth();
        if (width <= 0) {
            return;
        }
        TableColumn<IdentityRow, ?> name = table.getColumns().get(0);
        double others = table.getColumns().stream().skip(1).mapToDouble(c -> contentWidth.getOrDefault(c, c.getMinWidth())).sum();
        table.getColumns().stream().skip(1).forEach(c -> c.setPrefWidth(contentWidth.getOrDefault(c, c.getMinWidth())));
        double spare = width - others - SCROLL_BAR_ALLOWANCE;
        double nameWidth = contentWidth.getOrDefault(name, name.getMinWidth());
        boolean fits = spare >= nameWidth;
        name.setPrefWidth(fits ? spare : nameWidth);
        table.setColumnResizePolicy(fits ? TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN : TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    /** Measures the header and the values of the first rows loaded (enough to be representative, cheap to measure). */
    private void sizeColumnsToContent() {
        List<IdentityRow> sample = vm.rows().subList(0, Math.min(vm.rows().size(), 400));
        Text probe = new Text();
        for (TableColumn<IdentityRow, ?> c : table.getColumns()) {
            Function<IdentityRow, String> shown = shownText.get(c);
            probe.setText(c.getText());
            double widest = probe.getLayoutBounds().getWidth();
            if (shown != null) {
                for (IdentityRow r : sample) {
                    String v = shown.apply(r);
                    if (v != null && !v.isEmpty()) {
                        probe.setText(v);
                        widest = Math.max(widest, probe.getLayoutBounds().getWidth());
                    }
                }
            }
            contentWidth.put(c, Math.max(c.getMinWidth(), Math.min(MAX_COLUMN_WIDTH, Math.ceil(widest + CELL_PADDING))));
        }
        fit();
    }

    /** Header clicks change the SQL order; the table itself never sorts its rows. */
    private void installSqlSorting() {
        table.setSortPolicy(t -> true);
        Runnable push = () -> {
            if (table.getSortOrder().isEmpty()) {
                vm.sortBy(InventoryViewModel.DEFAULT_SORT, InventoryViewModel.DEFAULT_DESCENDING);
                return;
            }
            TableColumn<IdentityRow, ?> first = table.getSortOrder().get(0);
            IdentitySort by = sortable.get(first);
            if (by != null) { // a column SQL cannot order by keeps the current order
                vm.sortBy(by, first.getSortType() == TableColumn.SortType.DESCENDING);
            }
        };
        table.getSortOrder().addListener((ListChangeListener<TableColumn<IdentityRow, ?>>) c -> {
            // One order at a time: SQL pages in one index order.
            if (table.getSortOrder().size() > 1) {
                table.getSortOrder().setAll(table.getSortOrder().get(table.getSortOrder().size() - 1));
                return;
            }
            push.run();
        });
        sortable.keySet().forEach(col -> col.sortTypeProperty().addListener((obs, old, now) -> push.run()));
        // The header shows the view model's opening order (see InventoryViewModel.DEFAULT_SORT for why).
        sortable.forEach((col, by) -> {
            if (by == vm.sortProperty().get()) {
                col.setSortType(vm.descendingProperty().get() ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                table.getSortOrder().add(col);
            }
        });
    }

    private Node statusLine() {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("inventoryLoading");
        busy.setAccessibleText("Loading identities");
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.loadingProperty());
        Label info = new Label();
        info.setId("inventoryPageInfo");
        info.getStyleClass().add(Styles.TEXT_MUTED);
        info.textProperty().bind(vm.pageInfoProperty());
        Label note = new Label();
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        note.textProperty().bind(vm.facetsNoteProperty());
        HBox line = new HBox(6, busy, new Spacer(), note, info);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("pager");
        return line;
    }

    private TableColumn<IdentityRow, String> text(String title, double width, double min, Function<IdentityRow, String> value,
                                                  IdentitySort sort) {
        TableColumn<IdentityRow, String> c = Controls.tooltipColumn(title, width, value);
        c.setMinWidth(min);
        shownText.put(c, value);
        register(c, sort);
        return c;
    }

    /** The risk badge: worst open finding and how many; sorted and filtered in SQL like the rest. */
    private TableColumn<IdentityRow, Risk> risk() {
        TableColumn<IdentityRow, Risk> c = Controls.column("Risk", 90, IdentityRow::risk);
        c.setId("riskColumn");
        c.setMinWidth(72);
        c.setCellFactory(col -> new RiskBadge.Cell<>());
        // The badge's padding comes on top of the words.
        shownText.put(c, r -> RiskBadge.text(r.risk()) + "    ");
        register(c, IdentitySort.RISK);
        return c;
    }

    private TableColumn<IdentityRow, Instant> time(String title, Function<IdentityRow, Instant> value, IdentitySort sort) {
        TableColumn<IdentityRow, Instant> c = Controls.column(title, 100, value);
        c.setMinWidth(title.length() > 7 ? 102 : 92); // a date, or the header and its sort arrow
        c.setCellFactory(col -> new TimeCell());
        register(c, sort);
        return c;
    }

    private void register(TableColumn<IdentityRow, ?> c, IdentitySort sort) {
        c.setSortable(sort != null);
        if (sort != null) {
            sortable.put(c, sort);
        }
    }

    private static String orBlank(String s) {
        return s == null ? "" : s;
    }

    /** A date, with the relative and absolute time in its tooltip. */
    private static final class TimeCell extends TableCell<IdentityRow, Instant> {
        TimeCell() {
            Controls.hoverTooltip(this, () -> isEmpty() || getItem() == null ? null : Times.both(getItem(), Instant.now(), ""));
        }

        @Override
        protected void updateItem(Instant item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : Times.date(item, "—"));
        }
    }
}
