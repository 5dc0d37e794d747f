package io.steward.model.findings.rules;

import static io.steward.model.findings.rules.RuleSql.*;

import io.steward.model.findings.FindingRule;
import io.steward.model.findings.RuleInfo;
import io.steward.model.findings.RuleRun;
import io.steward.model.findings.Severity;
import java.util.List;

/**
 * A long-lived key where the platform offers workload identity: GCP user-managed service-account keys, Kubernetes
 * legacy service-account token secrets, and IAM users used only by software (no password, active keys) where a role would do.
 */
public final class StaticKeyForWorkloadRule implements FindingRule {
    public static final RuleInfo INFO = new RuleInfo("static-key-for-workload", Severity.MEDIUM, "Static key instead of workload identity",
            "Software here signs in with a stored key although the platform can give it short-lived credentials automatically, so the key can leak and be reused elsewhere.",
            "Move the workload to workload identity (an IAM role, GCP attached service account or workload identity federation, Kubernetes bound tokens) and delete the key.",
            List.of(References.NHI4, References.NHI7, References.PR_AA_01));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(RuleRun run) {
        run.emit("SELECT " + PRINCIPAL + " AS identity_key, json_object('identity', i.name, 'credential', c.native_id,"
                + " 'credentialKind', c.kind, 'created', c.created_at) AS evidence"
                + CREDENTIALS + "WHERE " + run.inScope("i") + " AND" + ENABLED + "AND COALESCE(c.active, 1) = 1"
                + " AND (c.kind IN ('user-managed-key', 'legacy-sa-token')"
                + "   OR (c.kind = 'aws-access-key' AND json_extract(p.attributes, '$.serviceUser') = 1))");
    }
}
