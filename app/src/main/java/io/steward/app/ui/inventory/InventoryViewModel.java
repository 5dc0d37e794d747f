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
 * The identities of the current inventory, a page at a time: sorted, filtered and searched in SQL by
 * {@link InventoryQuery} (keyset pages; nothing loads the whole inventory). Every query runs in the
 * background; a newer request makes older results stale, and stale results are dropped, so quick typing
 * never shows an old page. The search waits for a pause in typing.
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
    private final ReadOnlyObjectWrapper<IdentitySort> sort = new ReadOnlyObjectWrapper<>(IdentitySort.NAME);
    private final ReadOnlyBooleanWrapper descending = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<IdentityFilter> filter = new ReadOnlyObjectWrapper<>(IdentityFilter.ALL);
    private final ReadOnlyObjectWrapper<IdentityRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper pageInfo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper facetsNote = new ReadOnlyStringWrapper("");
    /** Null until the first page arrives, then whether anything was ever imported. */
    private final ReadOnlyObjectWrapper<Boolean> empty = new ReadOnlyObjectWrapper<>();

    /** Cursors that start each page shown so far: [0] is null (the first page). */
    private final List<PageCursor> pageStarts = new ArrayList<>();
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

    public void nextPage() {
        if (!hasNext.get() || loading.get()) {
            return;
        }
        pageStarts.add(nextCursor);
        loadPage(nextCursor);
    }

    public void previousPage() {
        if (!hasPrevious.get() || loading.get()) {
            return;
        }
        pageStarts.remove(pageStarts.size() - 1);
        loadPage(pageStarts.get(pageStarts.size() - 1));
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
        }
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
        pageStarts.clear();
        pageStarts.add(null);
        loadPage(null);
    }

    private void loadPage(PageCursor start) {
        loading.set(true);
        PageRequest request = new PageRequest(filter.get(), sort.get(), descending.get(), start, pageSize);
        pageTask.submit(BackgroundTask.<PageResult>of("load inventory page",
                        ctx -> new PageResult(query.page(request), query.count(IdentityFilter.ALL).count()))
                .onSuccess(this::apply)
                .onFailure(e -> report("Cannot read the inventory", e))
                .onFinished(() -> loading.set(false)));
    }

    private void apply(PageResult result) {
        empty.set(result.inventorySize() == 0);
        rows.setAll(result.page().rows());
        nextCursor = result.page().next();
        hasNext.set(result.page().hasNext());
        hasPrevious.set(pageStarts.size() > 1);
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
        long first = (long) (pageStarts.size() - 1) * pageSize + 1;
        long last = first + rows.size() - 1;
        String of = count == null ? "" : " of " + Words.number(count.count()) + (count.exact() ? "" : "+");
        pageInfo.set("Identities " + Words.number(first) + "–" + Words.number(last) + of);
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

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    /** "Identities 201–400 of 12,345". */
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

    private record PageResult(IdentityPage page, long inventorySize) {
    }

    private record CountsResult(CountResult count, Map<Facet, FacetCounts> facets) {
    }
}
