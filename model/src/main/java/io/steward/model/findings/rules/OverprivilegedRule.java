package io.steward.model.findings.rules;

import static io.steward.model.findings.rules.RuleSql.*;

import io.steward.model.findings.FindingRule;
import io.steward.model.findings.RuleInfo;
import io.steward.model.findings.RuleRun;
import io.steward.model.findings.Severity;
import java.util.List;

/**
 * Admin, owner or wildcard grants: AWS AdministratorAccess or Action * on Resource *, GCP roles/owner and roles/editor,
 * Azure Owner/Contributor at subscription scope, Kubernetes cluster-admin or wildcard verbs/resources, GitHub admin
 * scopes, Vault root/sudo/* policies.
 */
public final class OverprivilegedRule implements FindingRule {
    public static final RuleInfo INFO = new RuleInfo("overprivileged", Severity.HIGH, "Administrator or wildcard access",
            "This identity can do almost anything in its platform, so whoever gets hold of it can too.",
            "Replace the admin or wildcard grant with the few permissions the workload needs (use the platform's access analyser or last-accessed data).",
            List.of(References.NHI5, References.CIS_NO_FULL_ADMIN, References.PR_AA_05));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(RuleRun run) {
        run.emit("SELECT " + PRINCIPAL + " AS identity_key, json_object('identity', i.name, 'privilege', g.privilege,"
                + " 'resource', g.resource, 'via', g.via) AS evidence"
                + " FROM identity i JOIN access_grant g ON g.identity_id = i.id LEFT JOIN identity p ON p.id = i.parent_id"
                + " WHERE " + run.inScope("i") + " AND " + PRIVILEGED);
    }
}
