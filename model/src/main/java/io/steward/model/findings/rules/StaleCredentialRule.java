package io.steward.model.findings.rules;

import static io.steward.model.findings.rules.RuleSql.*;

import io.steward.model.findings.FindingRule;
import io.steward.model.findings.RuleInfo;
import io.steward.model.findings.RuleRun;
import io.steward.model.findings.Severity;
import java.util.List;

/** An active credential created or last rotated more than N days (90) before its snapshot was generated. */
public final class StaleCredentialRule implements FindingRule {
    public static final RuleInfo INFO = new RuleInfo("stale-credential", Severity.HIGH, "Credential not rotated",
            "A secret has been in use for longer than the rotation limit, so anyone who copied it long ago could still use it.",
            "Create a new credential, move the workload to it, then delete the old one; better, switch to short-lived credentials.",
            List.of(References.NHI7, References.CIS_ROTATED_90, References.PR_AA_01));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(RuleRun run) {
        int days = run.settings().staleDays();
        String rotated = "COALESCE(c.last_rotated_at, c.created_at)";
        run.emit("SELECT " + PRINCIPAL + " AS identity_key, json_object('identity', i.name, 'credential', c.native_id,"
                + " 'credentialKind', c.kind, 'rotatedOrCreated', " + rotated + ", 'snapshotGeneratedAt', " + REFERENCE_TIME + ","
                + " 'ageDays', " + ageDays(rotated) + ", 'thresholdDays', " + days + ") AS evidence"
                + CREDENTIALS + "WHERE " + run.inScope("i") + " AND" + ENABLED + "AND COALESCE(c.active, 1) = 1"
                + " AND c.kind <> 'console-password' AND " + rotated + " >= " + SENTINEL
                + " AND " + rotated + " < " + daysBefore(days) + " ORDER BY " + rotated);
    }
}
