package io.steward.model.inventory;

/**
 * Sort order of the inventory; ties are broken by identity id in the same direction. Unknown values
 * ({@code null}) sort as the smallest: first when ascending, last when descending. NAME, LAST_USED and
 * CREATED are served by indexes; the others sort in SQL without one (fine for filtered sets).
 */
public record InventorySort(Column column, boolean descending) {
    public enum Column { NAME, LAST_USED, CREATED, KIND, SOURCE, ENVIRONMENT, OWNER, ENABLED }

    public InventorySort {
        java.util.Objects.requireNonNull(column, "column");
    }

    public static InventorySort byName() {
        return new InventorySort(Column.NAME, false);
    }

    public static InventorySort of(Column column, boolean descending) {
        return new InventorySort(column, descending);
    }
}
