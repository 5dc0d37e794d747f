package io.steward.app.ui.inventory;

import io.steward.model.findings.Accountability;
import io.steward.model.findings.Finding;
import io.steward.model.findings.IdentityRisk;
import io.steward.model.findings.Suggestion;
import io.steward.model.inventory.query.Risk;
import io.steward.model.owners.CurrentOwner;
import java.util.List;
import java.util.Optional;

/**
 * What the detail pane shows of one identity's accountability, read through the model's services in the detail's
 * background task: its open findings (accepted ones marked), its owner and backup, every assignment (oldest first)
 * and the owner hints offered as suggestions.
 */
record IdentityGovernance(List<Finding> findings, Optional<CurrentOwner> owner, List<CurrentOwner> history,
                          List<Suggestion> suggestions) {
    static final IdentityGovernance NONE = new IdentityGovernance(List.of(), Optional.empty(), List.of(), List.of());

    static IdentityGovernance read(Accountability accountability, String identityKey) {
        return new IdentityGovernance(accountability.findings().openFindings(identityKey),
                accountability.owners().current(identityKey), accountability.owners().history(identityKey),
                accountability.suggestionsFor(identityKey));
    }

    /** The worst open finding no acceptance covers, and how many: what the inventory row's badge says. */
    Risk risk() {
        return IdentityRisk.of(findings);
    }
}
