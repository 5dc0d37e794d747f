package io.steward.app.ui.inventory;

import io.steward.model.inventory.query.Facet;
import io.steward.model.inventory.query.FacetValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One facet of the filter panel: its values with counts, and the one selected (null = any). */
public final class FacetGroup {
    private final Facet facet;
    private final ObservableList<FacetOption> options = FXCollections.observableArrayList();
    /** The one read-only view handed out: views listen to it, and listeners on a throw-away wrapper would be lost. */
    private final ObservableList<FacetOption> optionsView = FXCollections.unmodifiableObservableList(options);
    private final ReadOnlyObjectWrapper<String> selected = new ReadOnlyObjectWrapper<>();

    FacetGroup(Facet facet) {
        this.facet = facet;
    }

    public Facet facet() {
        return facet;
    }

    /** "Source", "Kind", ... */
    public String title() {
        String name = facet.name().toLowerCase(Locale.ROOT).replace('_', ' '); // OWNER_HINT: "Owner hint"
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public ObservableList<FacetOption> options() {
        return optionsView;
    }

    /** The selected filter value, or null when the facet does not narrow the list. */
    public ReadOnlyObjectProperty<String> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public boolean isSelected(FacetOption option) {
        return option.filterValue() != null && option.filterValue().equals(selected.get());
    }

    void select(String filterValue) {
        selected.set(filterValue);
    }

    /** New counts; a selected value that no longer appears stays listed, with 0, so it can be cleared. */
    void show(List<FacetValue> values) {
        List<FacetOption> next = new ArrayList<>(values.stream().map(v -> FacetOption.of(facet, v)).toList());
        String chosen = selected.get();
        if (chosen != null && next.stream().noneMatch(o -> chosen.equals(o.filterValue()))) {
            next.add(0, FacetOption.missing(facet, chosen));
        }
        options.setAll(next);
    }
}
