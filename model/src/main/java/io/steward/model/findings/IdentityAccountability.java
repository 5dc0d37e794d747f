package io.steward.model.findings;

import io.steward.model.inventory.query.Risk;
import io.steward.model.owners.CurrentOwner;
import java.util.List;
import java.util.Optional;

/**
 * One identity's accountability as the Inventory's detail and {@code inventory show} present it: its open findings
 * (accepted ones marked, worst first), its owner and backup, every assignment (oldest first) and the owner hints
 * offered as suggestions.
 */
public record IdentityAccountability(List<Finding> findings, Optional<CurrentOwner> owner, List<CurrentOwner> history,
                                     List<Suggestion> suggestions) {
    public IdentityAccountability {
        findings = List.copyOf(findings);
        history = List.copyOf(history);
        suggestions = List.copyOf(suggestions);
    }

    public static IdentityAccountability read(Accountability accountability, String identityKey) {
        return new IdentityAccountability(accountability.findings().openFindings(identityKey),
                accountability.owners().current(identityKey), accountability.owners().history(identityKey),
                accountability.suggestionsFor(identityKey));
    }

    /** The worst open, not accepted, finding and how many: what the inventory row's risk says. */
    public Risk risk() {
        return IdentityRisk.of(findings);
    }
}
