package io.steward.model.stepup;

import io.steward.model.findings.FindingRule;
import io.steward.model.findings.RuleInfo;
import io.steward.model.findings.RuleRun;
import io.steward.model.findings.Severity;
import java.util.List;

/**
 * Finding {@code expired-grant-present}: the same revocation check as {@link ExpiredGrantsPresent}, set-based over
 * the identities in scope, plugged into the findings catalogue as a service (findings never imports step-up).
 */
public final class ExpiredGrantPresentRule implements FindingRule {
    public static final RuleInfo INFO = new RuleInfo(ExpiredGrantsPresent.RULE, Severity.HIGH, "Step-up grant still present after it ended",
            "A privilege granted for a limited time through a step-up request is still on this identity after the grant expired"
                    + " or was revoked, so the platform did not take it away.",
            "Remove the privilege on the platform, check why the removal did not happen, then import a new snapshot.",
            List.of("OWASP Agentic ASI03 Identity and Privilege Abuse", "OWASP NHI5 Overprivileged NHI",
                    "NIST CSF 2.0 PR.AA-05 (access permissions managed, least privilege, reviewed)"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(RuleRun run) {
        run.emit("SELECT i.identity_key AS identity_key, json_object('request', g.request_id, 'privilege', g.privilege,"
                + " 'resource', g.resource, 'endedAt', COALESCE(g.revoked_at, g.expires_at), 'snapshot', s.id,"
                + " 'seenAt', COALESCE(s.generated_at, s.imported_at)) AS evidence"
                + " FROM identity i JOIN snapshot s ON s.id = i.snapshot_id"
                + " JOIN stepup_grant g ON g.identity_key = i.identity_key"
                + " JOIN access_grant a ON a.identity_id = i.id AND lower(a.privilege) = lower(g.privilege)"
                + " AND (g.resource IS NULL OR a.resource IS NULL OR a.resource = '*' OR a.resource = g.resource)"
                + " WHERE " + run.inScope("i")
                + " AND COALESCE(g.revoked_at, g.expires_at) < COALESCE(s.generated_at, s.imported_at)"
                + " ORDER BY g.expires_at");
    }
}
