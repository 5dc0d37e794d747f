package io.steward.app;

import io.steward.model.ledger.VerificationReport;
import io.steward.model.owners.OwnerProjectionCheck;
import io.steward.model.store.Store;
import java.util.List;

/**
 * After the chain verifies, the tables kept from its entries must match it: rebuilds the owner projection from the
 * owner.assigned entries and fails the verification on any difference.
 */
final class GovernanceProjections {
    private static final int MAX_REPORTED = 5;

    private GovernanceProjections() {
    }

    static VerificationReport check(Store store, VerificationReport chain) {
        List<String> differences = OwnerProjectionCheck.differences(store, MAX_REPORTED);
        if (differences.isEmpty()) {
            return chain;
        }
        List<String> notes = new java.util.ArrayList<>(chain.notes());
        notes.addAll(differences);
        return new VerificationReport(false, chain.entriesChecked(), chain.headSeq(), chain.headHash(), chain.checkpointsChecked(),
                chain.checkpointsFile(), null, "the current-owner table does not match the owner.assigned entries ("
                + differences.size() + (differences.size() == MAX_REPORTED ? "+" : "") + " difference(s), listed above as notes): "
                + differences.get(0), notes);
    }
}
