package io.steward.model.inventory.query;

/**
 * Where a fact of a merged identity comes from: the row, its snapshot and the importer that read it.
 *
 * @param identityId the row that states the fact (use it for {@link InventoryQuery#detail})
 */
public record FactOrigin(long identityId, long snapshotId, String source, String importerId) {
    /** "importer #snapshot", as lists show it. */
    public String label() {
        return importerId + " #" + snapshotId;
    }
}
