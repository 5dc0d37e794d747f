package io.steward.app.ui.inventory;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.steward.app.ui.common.Controls;
import io.steward.app.ui.common.Times;
import io.steward.model.inventory.query.IdentityRow;
import io.steward.model.inventory.query.IdentitySort;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Identities tab: search and facet filters above a table of one page of identities (header clicks
 * sort in SQL, never in the table), the pager below it, the selected identity's detail beside it.
 */
final class IdentitiesPane {
    private static final double DETAIL_WIDTH = 370;
    /** Room for the vertical scroll bar beside the rows. */
    private static final double SCROLL_BAR_ALLOWANCE = 16;
    private final InventoryViewModel vm;
    private final Map<TableColumn<IdentityRow, ?>, IdentitySort> sortable = new LinkedHashMap<>();
    private final TextField search = new CustomTextField();
    private final VBox root = new VBox(10);
    private TableView<IdentityRow> table;

    IdentitiesPane(InventoryViewModel vm) {
        this.vm = vm;
        root.setId("identitiesPane");
        Node detail = new IdentityDetailPane(vm.detail()).node();
        SplitPane split = new SplitPane(tablePane(), detail);
        // The detail keeps its width when the window grows; the table takes the rest.
        SplitPane.setResizableWithParent(detail, false);
        split.widthProperty().addListener((obs, old, width) -> {
            if (old.doubleValue() == 0 && width.doubleValue() > 0) {
                split.setDividerPositions(Math.max(0.5, 1 - DETAIL_WIDTH / width.doubleValue()));
            }
        });
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
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node tablePane() {
        table = new TableView<>(vm.rows());
        table.setId("inventoryTable");
        table.setAccessibleText("Identities of the current inventory, one page");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "inventory-table");
        fitColumnsWhenTheyFit();
        table.setTableMenuButtonVisible(false);
        Label nothing = new Label("No identities match the search and filters.");
        nothing.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(nothing);

        table.getColumns().add(text("Name", 200, 140, IdentityRow::name, IdentitySort.NAME));
        table.getColumns().add(text("Kind", 104, 96, IdentityRow::kind, IdentitySort.KIND));
        table.getColumns().add(text("Source", 134, 124, IdentityRow::source, IdentitySort.SOURCE));
        table.getColumns().add(text("Environment", 108, 106, r -> orBlank(r.environment()), null));
        table.getColumns().add(text("Owner", 140, 80, r -> orBlank(r.ownerHint()), null));
        table.getColumns().add(text("Enabled", 74, 74, r -> r.enabled() == null ? "—" : r.enabled() ? "yes" : "no", null));
        table.getColumns().add(time("Last used", IdentityRow::lastUsedAt, IdentitySort.LAST_USED));
        table.getColumns().add(time("Created", IdentityRow::createdAt, IdentitySort.CREATED));
        installSqlSorting();

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
        VBox box = new VBox(table, pager());
        box.setMinWidth(380);
        return box;
    }

    /**
     * Columns share the table's width down to their minimum widths (long values end in … with a tooltip);
     * a table narrower than that scrolls sideways instead of hiding the last columns.
     */
    private void fitColumnsWhenTheyFit() {
        table.widthProperty().addListener((obs, old, width) -> {
            TableColumn<IdentityRow, ?> name = table.getColumns().get(0);
            double others = table.getColumns().stream().skip(1).mapToDouble(TableColumn::getMinWidth).sum();
            double spare = width.doubleValue() - others - SCROLL_BAR_ALLOWANCE;
            boolean fits = spare >= name.getMinWidth();
            // The name takes what the other columns leave; they keep their minimum widths.
            table.getColumns().forEach(c -> c.setPrefWidth(c.getMinWidth()));
            if (fits) {
                name.setPrefWidth(spare);
            }
            table.setColumnResizePolicy(fits ? TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN : TableView.UNCONSTRAINED_RESIZE_POLICY);
        });
    }

    /** Header clicks change the SQL order; the table itself never sorts its rows. */
    private void installSqlSorting() {
        table.setSortPolicy(t -> true);
        Runnable push = () -> {
            if (table.getSortOrder().isEmpty()) {
                vm.sortBy(IdentitySort.NAME, false);
                return;
            }
            TableColumn<IdentityRow, ?> first = table.getSortOrder().get(0);
            vm.sortBy(sortable.get(first), first.getSortType() == TableColumn.SortType.DESCENDING);
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
        TableColumn<IdentityRow, ?> nameColumn = table.getColumns().get(0);
        table.getSortOrder().add(nameColumn);
    }

    private Node pager() {
        Button previous = Controls.button("Previous", Feather.CHEVRON_LEFT, "inventoryPrevious", "Show the previous page of identities");
        previous.setOnAction(e -> vm.previousPage());
        previous.disableProperty().bind(vm.hasPreviousProperty().not().or(vm.loadingProperty()));
        Button next = Controls.button("Next", Feather.CHEVRON_RIGHT, "inventoryNext", "Show the next page of identities");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.setOnAction(e -> vm.nextPage());
        next.disableProperty().bind(vm.hasNextProperty().not().or(vm.loadingProperty()));
        for (Button b : new Button[] {previous, next}) {
            b.getStyleClass().add(Styles.SMALL);
        }
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
        HBox pager = new HBox(6, previous, next, busy, new Spacer(), note, info);
        pager.setAlignment(Pos.CENTER_LEFT);
        pager.getStyleClass().add("pager");
        return pager;
    }

    private TableColumn<IdentityRow, String> text(String title, double width, double min, Function<IdentityRow, String> value,
                                                  IdentitySort sort) {
        TableColumn<IdentityRow, String> c = Controls.tooltipColumn(title, width, value);
        c.setMinWidth(min);
        register(c, sort);
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
