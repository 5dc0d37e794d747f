package io.steward.model.findings.rules;

import static io.steward.model.findings.rules.RuleSql.*;

import io.steward.model.findings.FindingRule;
import io.steward.model.findings.RuleInfo;
import io.steward.model.findings.RuleRun;
import io.steward.model.findings.Severity;
import java.util.List;

/**
 * An active token or secret with no expiry, or one further than N days (365) past the snapshot, where the platform
 * allows one (AWS access keys, console passwords, signing certificates and deploy keys cannot expire: not counted).
 */
public final class NoExpiryRule implements FindingRule {
    public static final RuleInfo INFO = new RuleInfo("no-expiry", Severity.MEDIUM, "Secret never expires",
            "This secret works forever unless someone remembers to remove it, so a leaked copy stays useful.",
            "Set an expiry date (a year at most, less is better) or replace it with a short-lived credential.",
            List.of(References.NHI7, References.PR_AA_01));
    static final String CANNOT_EXPIRE = "('aws-access-key', 'console-password', 'signing-certificate', 'ssh-deploy-key', 'google-managed-key')";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(RuleRun run) {
        int days = run.settings().noExpiryDays();
        run.emit("SELECT " + PRINCIPAL + " AS identity_key, json_object('identity', i.name, 'credential', c.native_id,"
                + " 'credentialKind', c.kind, 'expires', COALESCE(c.expires_at, 'never'), 'limitDays', " + days + ") AS evidence"
                + CREDENTIALS + "WHERE " + run.inScope("i") + " AND" + ENABLED + "AND COALESCE(c.active, 1) = 1"
                + " AND c.kind NOT IN " + CANNOT_EXPIRE + " AND (c.expires_at IS NULL OR c.expires_at > " + daysAfter(days) + ")");
        run.emit("SELECT i.identity_key AS identity_key, json_object('identity', i.name, 'nonExpiring', json('true')) AS evidence"
                + " FROM identity i WHERE " + run.inScope("i") + " AND COALESCE(i.enabled, 1) = 1"
                + " AND json_extract(i.attributes, '$.nonExpiring') = 1");
    }
}
