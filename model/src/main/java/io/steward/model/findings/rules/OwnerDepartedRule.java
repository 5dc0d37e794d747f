package io.steward.model.findings.rules;

import io.steward.model.findings.FindingRule;
import io.steward.model.findings.RuleInfo;
import io.steward.model.findings.RuleRun;
import io.steward.model.findings.Severity;
import java.util.List;

/**
 * The assigned owner has left (status left in the people directory) or is not in it; a team owner whose team no
 * current person belongs to. Silent when no people directory is loaded: absence proves nothing then.
 */
public final class OwnerDepartedRule implements FindingRule {
    public static final RuleInfo INFO = new RuleInfo("owner-departed", Severity.HIGH, "Owner has left",
            "The person accountable for this identity has left or is no longer in the people directory, so in practice nobody owns it.",
            "Assign a current owner and backup; then review whether the identity is still needed.",
            List.of(References.NHI1, References.PR_AA_01));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(RuleRun run) {
        String loaded = "EXISTS (SELECT 1 FROM person WHERE current = 1)";
        run.emit("SELECT o.identity_key AS identity_key, json_object('owner', o.owner, 'ownerKind', o.owner_kind,"
                + " 'directoryStatus', COALESCE(pp.status, 'not in the people directory'), 'leftAt', pp.left_at) AS evidence"
                + " FROM identity_owner o JOIN identity i ON i.identity_key = o.identity_key"
                + " LEFT JOIN person pp ON pp.current = 1 AND (pp.person_key = lower(o.owner)"
                + "   OR pp.id = (SELECT a.person FROM person_alias a WHERE a.current = 1 AND a.alias_key = lower(o.owner) LIMIT 1))"
                + " WHERE " + run.inScope("i") + " AND i.parent_id IS NULL AND " + loaded + " AND o.owner_kind = 'person'"
                + " AND (pp.id IS NULL OR pp.status = 'left')");
        run.emit("SELECT o.identity_key AS identity_key, json_object('owner', o.owner, 'ownerKind', o.owner_kind,"
                + " 'directoryStatus', 'no current person is in this team') AS evidence"
                + " FROM identity_owner o JOIN identity i ON i.identity_key = o.identity_key"
                + " WHERE " + run.inScope("i") + " AND i.parent_id IS NULL AND " + loaded + " AND o.owner_kind = 'team'"
                + " AND NOT EXISTS (SELECT 1 FROM person t WHERE t.current = 1 AND t.status = 'active' AND lower(t.team) = lower(o.owner))");
    }
}
