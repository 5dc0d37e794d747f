package io.steward.app.ui.inventory;

import io.steward.app.ui.common.BackgroundTask;
import io.steward.app.ui.common.Debouncer;
import io.steward.app.ui.common.Delays;
import io.steward.app.ui.common.DialogService;
import io.steward.app.ui.common.ErrorReport;
import io.steward.app.ui.common.TaskExecutor;
import io.steward.app.ui.common.LatestOnly;
import io.steward.app.ui.common.Words;
import io.steward.model.inventory.query.CountResult;
import io.steward.model.inventory.query.Facet;
import io.steward.model.inventory.query.FacetCounts;
import io.steward.model.inventory.query.IdentityFilter;
import io.steward.model.inventory.query.IdentityPage;
import io.steward.model.inventory.query.IdentityRow;
import io.steward.model.inventory.query.IdentitySort;
import io.steward.model.inventory.query.InventoryQuery;
import io.steward.model.inventory.query.PageCursor;
import io.steward.model.inventory.query.PageRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The identities of the current inventory, one per principal, sorted, filtered and searched in SQL by
 * {@link InventoryQuery}: the list starts with one keyset page and grows by the next page whenever the table
 * scrolls near its end ({@link #loadMore}), so it scrolls through every row while only what was scrolled past is
 * read. Every query runs in the background; a newer request makes older results stale, and stale results are
 * dropped, so quick typing never shows an old page. The search waits for a pause in typing.
 */
public final class InventoryViewModel {
    public static final int DEFAULT_PAGE_SIZE = 200;
    static final Duration SEARCH_QUIET = Duration.ofMillis(200);

    private final InventoryQuery query;
    private final DialogService dialogs;
    private final Debouncer search;
    private final int pageSize;
    private final IdentityDetailViewModel detail;

    private final ObservableList<IdentityRow> rows = FXCollections.observableArrayList();
    /** The one read-only view handed out: views listen to it, and listeners on a throw-away wrapper would be lost. */
    private final ObservableList<IdentityRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final Map<Facet, FacetGroup> facets = new EnumMap<>(Facet.class);
    private final StringProperty searchText = new SimpleStringProperty("");
    /**
     * Most recently used first: the identities in use, with a name the platform gave them, come first. The name
     * order opened on rows named by bare UUIDs (a spreadsheet's or Vault's ids), which say nothing; those are
     * rarely used by anything, and never-used identities sort last in descending time order.
     */
    public static final IdentitySort DEFAULT_SORT = IdentitySort.LAST_USED;
    public static final boolean DEFAULT_DESCENDING = true;

    private final ReadOnlyObjectWrapper<IdentitySort> sort = new ReadOnlyObjectWrapper<>(DEFAULT_SORT);
    private final ReadOnlyBooleanWrapper descending = new ReadOnlyBooleanWrapper(DEFAULT_DESCENDING);
    private final ReadOnlyObjectWrapper<IdentityFilter> filter = new ReadOnlyObjectWrapper<>(IdentityFilter.ALL);
    private final ReadOnlyObjectWrapper<IdentityRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    /** Whether the detail pane is shown: it opens with the first selection, unless the user hid it. */
    private final ReadOnlyBooleanWrapper detailShown = new ReadOnlyBooleanWrapper();
    private boolean detailHiddenByUser;
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper pageInfo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper facetsNote = new ReadOnlyStringWrapper("");
    /** Null until the first page arrives, then whether anything was ever imported. */
    private final ReadOnlyObjectWrapper<Boolean> empty = new ReadOnlyObjectWrapper<>();

    private PageCursor nextCursor;
    private CountResult count;
    private final LatestOnly pageTask;
    private final LatestOnly countTask;

    public InventoryViewModel(InventoryQuery query, IdentityDetailViewModel detail, TaskExecutor executor, DialogService dialogs,
                              Delays delays) {
        this(query, detail, executor, dialogs, delays, DEFAULT_PAGE_SIZE);
    }

    public InventoryViewModel(InventoryQuery query, IdentityDetailViewModel detail, TaskExecutor executor, DialogService dialogs,
                              Delays delays, int pageSize) {
        this.query = query;
        this.detail = detail;
        this.dialogs = dialogs;
        this.pageSize = pageSize;
        this.search = new Debouncer(delays, SEARCH_QUIET);
        this.pageTask = new LatestOnly(executor);
        this.countTask = new LatestOnly(executor);
        for (Facet f : Facet.values()) {
            facets.put(f, new FacetGroup(f));
        }
        searchText.addListener((obs, old, text) -> search.submit(() -> applyFilter(filter.get().withText(text))));
    }

    // ---- commands -----------------------------------------------------------------------------------

    /** Reloads the first page, the counts and the facets (e.g. after an import). */
    public void refresh() {
        reload();
    }

    /** Runs the search typed so far without waiting for the pause (Enter). */
    public void searchNow() {
        search.cancel();
        applyFilter(filter.get().withText(searchText.get()));
    }

    /** A header click: SQL order by {@code by}, first page. */
    public void sortBy(IdentitySort by, boolean desc) {
        if (by == sort.get() && desc == descending.get()) {
            return;
        }
        sort.set(by);
        descending.set(desc);
        reloadPage();
    }

    /** Selects {@code option} in its facet, or clears the facet when it was already selected. */
    public void toggle(FacetOption option) {
        if (!option.selectable()) {
            return;
        }
        FacetGroup group = facets.get(option.facet());
        String value = group.isSelected(option) ? null : option.filterValue();
        group.select(value);
        applyFilter(Filters.with(filter.get(), option.facet(), value));
    }

    /** Clears every facet and the search. */
    public void clearFilters() {
        facets.values().forEach(g -> g.select(null));
        search.cancel();
        searchText.set("");
        search.cancel();
        applyFilter(IdentityFilter.ALL);
    }

    /** Appends the next page (the table scrolled near its end); nothing when all rows are loaded or a page is loading. */
    public void loadMore() {
        if (!hasNext.get() || loading.get()) {
            return;
        }
        loadPage(nextCursor);
    }

    /** The row whose detail is shown; null clears it. */
    public void select(IdentityRow row) {
        if (row != null && selected.get() != null && selected.get().id() == row.id()) {
            return;
        }
        selected.set(row);
        if (row == null) {
            detail.clear();
        } else {
            detail.show(row.id());
            if (!detailHiddenByUser) {
                detailShown.set(true);
            }
        }
    }

    /** Shows or hides the detail pane (its toggle button, Ctrl+D); the table takes the room. */
    public void toggleDetail() {
        detailShown.set(!detailShown.get());
        detailHiddenByUser = !detailShown.get();
    }

    // ---- loading ------------------------------------------------------------------------------------

    private void applyFilter(IdentityFilter next) {
        if (next.equals(filter.get())) {
            return;
        }
        filter.set(next);
        reload();
    }

    private void reload() {
        reloadPage();
        loadCounts();
    }

    private void reloadPage() {
        loadPage(null);
    }

    private void loadPage(PageCursor start) {
        loading.set(true);
        PageRequest request = new PageRequest(filter.get(), sort.get(), descending.get(), start, pageSize);
        pageTask.submit(BackgroundTask.<PageResult>of("load inventory page",
                        ctx -> new PageResult(query.page(request), query.count(IdentityFilter.ALL).count(), start == null))
                .onSuccess(this::apply)
                .onFailure(e -> report("Cannot read the inventory", e))
                .onFinished(() -> loading.set(false)));
    }

    private void apply(PageResult result) {
        empty.set(result.inventorySize() == 0);
        if (result.first()) {
            rows.setAll(result.page().rows());
        } else {
            rows.addAll(result.page().rows());
        }
        nextCursor = result.page().next();
        hasNext.set(result.page().hasNext());
        IdentityRow current = selected.get();
        if (current != null && rows.stream().noneMatch(r -> r.id() == current.id())) {
            select(null);
        }
        updatePageInfo();
    }

    private void loadCounts() {
        count = null;
        IdentityFilter f = filter.get();
        countTask.submit(BackgroundTask.<CountsResult>of("count inventory", ctx -> countsFor(f))
                .onSuccess(result -> {
                    count = result.count();
                    result.facets().forEach((facet, values) -> facets.get(facet).show(values.of(facet)));
                    boolean exact = result.facets().values().stream().allMatch(FacetCounts::exact);
                    facetsNote.set(exact ? "" : "Filter counts stop after " + Words.number(InventoryQuery.FACET_SCAN_CAP)
                            + " matches: they are at least these.");
                    updatePageInfo();
                })
                .onFailure(e -> report("Cannot count the inventory", e)));
    }

    /**
     * The count and the facets for a filter. A facet with a selection is counted without its own value,
     * so its other values stay visible with the numbers a click on them would give.
     */
    private CountsResult countsFor(IdentityFilter f) {
        CountResult matching = query.count(f);
        FacetCounts all = query.facets(f);
        Map<Facet, FacetCounts> byFacet = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            byFacet.put(facet, Filters.valueOf(f, facet) == null ? all : query.facets(Filters.with(f, facet, null)));
        }
        return new CountsResult(matching, byFacet);
    }

    private void updatePageInfo() {
        if (rows.isEmpty()) {
            pageInfo.set(Boolean.TRUE.equals(empty.get()) ? "" : "No identities match");
            return;
        }
        String of = count == null ? "" : " of " + Words.number(count.count()) + (count.exact() ? "" : "+");
        pageInfo.set(Words.number(rows.size()) + of + " identities" + (hasNext.get() ? " (scroll for more)" : ""));
    }

    private void report(String title, Throwable e) {
        dialogs.showError(title, ErrorReport.of(e).message(), e);
    }

    // ---- properties ---------------------------------------------------------------------------------

    public ObservableList<IdentityRow> rows() {
        return rowsView;
    }

    public List<FacetGroup> facets() {
        return List.copyOf(facets.values());
    }

    public FacetGroup facet(Facet facet) {
        return facets.get(facet);
    }

    public IdentityDetailViewModel detail() {
        return detail;
    }

    /** Bound to the search field; each change is applied after a short pause in typing. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ReadOnlyObjectProperty<IdentitySort> sortProperty() {
        return sort.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty descendingProperty() {
        return descending.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<IdentityFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<IdentityRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty detailShownProperty() {
        return detailShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    /** "400 of 12,345 identities (scroll for more)". */
    public ReadOnlyStringProperty pageInfoProperty() {
        return pageInfo.getReadOnlyProperty();
    }

    /** Said when facet counts stopped at the count cap. */
    public ReadOnlyStringProperty facetsNoteProperty() {
        return facetsNote.getReadOnlyProperty();
    }

    /** True when nothing has been imported yet (the honest empty state); null before the first page. */
    public ReadOnlyObjectProperty<Boolean> emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** @param first whether this is the first page (it replaces the rows) or a next one (appended) */
    private record PageResult(IdentityPage page, long inventorySize, boolean first) {
    }

    private record CountsResult(CountResult count, Map<Facet, FacetCounts> facets) {
    }
}
