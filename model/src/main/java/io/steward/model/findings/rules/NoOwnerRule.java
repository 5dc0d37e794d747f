package io.steward.model.findings.rules;

import io.steward.model.findings.FindingRule;
import io.steward.model.findings.RuleInfo;
import io.steward.model.findings.RuleRun;
import io.steward.model.findings.Severity;
import java.util.List;

/** A principal (not a part of another identity) with no assigned owner. */
public final class NoOwnerRule implements FindingRule {
    public static final RuleInfo INFO = new RuleInfo("no-owner", Severity.MEDIUM, "No owner",
            "Nobody is accountable for this identity, so nobody will notice when it is misused or no longer needed.",
            "Assign an owner and a backup (steward owner assign, or the Accountability page).",
            List.of(References.NHI1, References.PR_AA_01));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(RuleRun run) {
        run.emit("SELECT i.identity_key AS identity_key, json_object('ownerHint', i.owner_hint, 'kind', i.kind) AS evidence"
                + " FROM identity i WHERE " + run.inScope("i") + " AND i.parent_id IS NULL"
                + " AND NOT EXISTS (SELECT 1 FROM identity_owner o WHERE o.identity_key = i.identity_key)");
    }
}
