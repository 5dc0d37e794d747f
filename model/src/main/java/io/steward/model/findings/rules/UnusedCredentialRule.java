package io.steward.model.findings.rules;

import static io.steward.model.findings.rules.RuleSql.*;

import io.steward.model.findings.FindingRule;
import io.steward.model.findings.RuleInfo;
import io.steward.model.findings.RuleRun;
import io.steward.model.findings.Severity;
import java.util.List;

/**
 * An active credential last used more than N days (45) before the snapshot, or never used and older than that.
 * "Never used" counts only for credential kinds whose source reports use (otherwise no date means "not reported").
 */
public final class UnusedCredentialRule implements FindingRule {
    public static final RuleInfo INFO = new RuleInfo("unused-credential", Severity.MEDIUM, "Credential unused",
            "A secret that nobody has used for weeks still works, so it is a way in that no one would miss if it were gone.",
            "Disable the credential; delete it if nothing breaks within a few weeks.",
            List.of(References.CIS_UNUSED_45, References.NHI1, References.PR_AA_01));
    static final String USE_REPORTED = "('aws-access-key', 'console-password', 'github-pat', 'fine-grained-pat', 'api-token')";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(RuleRun run) {
        int days = run.settings().unusedDays();
        String created = "COALESCE(c.last_rotated_at, c.created_at)";
        String usedKnown = "(c.last_used_at IS NOT NULL AND c.last_used_at >= " + SENTINEL + ")";
        run.emit("SELECT " + PRINCIPAL + " AS identity_key, json_object('identity', i.name, 'credential', c.native_id,"
                + " 'credentialKind', c.kind, 'lastUsed', CASE WHEN " + usedKnown + " THEN c.last_used_at ELSE 'never' END,"
                + " 'created', " + created + ", 'snapshotGeneratedAt', " + REFERENCE_TIME + ","
                + " 'thresholdDays', " + days + ") AS evidence"
                + CREDENTIALS + "WHERE " + run.inScope("i") + " AND" + ENABLED + "AND COALESCE(c.active, 1) = 1"
                + " AND ((" + usedKnown + " AND c.last_used_at < " + daysBefore(days) + ")"
                + "   OR (NOT " + usedKnown + " AND c.kind IN " + USE_REPORTED + " AND " + created + " >= " + SENTINEL
                + "       AND " + created + " < " + daysBefore(days) + "))");
    }
}
