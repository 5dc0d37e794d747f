package io.steward.model.owners;

import io.steward.model.ledger.EntryCheck;
import io.steward.model.ledger.LedgerEntry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * The verifier's check that the current-owner table is what the owner.assigned entries say: after the chain holds,
 * rebuilds the projection from the entries ({@link OwnerProjectionCheck}) and names the first differences.
 */
final class OwnerProjectionEntryCheck implements EntryCheck {
    private static final int MAX_REPORTED = 5;

    @Override
    public String name() {
        return "current owners match the owner.assigned entries";
    }

    @Override
    public Set<String> kinds() {
        return Set.of(OwnerEntries.ASSIGNED.name());
    }

    @Override
    public String check(LedgerEntry entry) {
        return null;
    }

    @Override
    public String finish(Connection read) throws SQLException {
        List<String> differences = OwnerProjectionCheck.differences(read, MAX_REPORTED);
        return differences.isEmpty() ? null : "the current-owner table does not match the owner.assigned entries: "
                + String.join("; ", differences);
    }
}
