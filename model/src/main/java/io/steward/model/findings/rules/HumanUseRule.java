package io.steward.model.findings.rules;

import static io.steward.model.findings.rules.RuleSql.*;

import io.steward.model.findings.FindingRule;
import io.steward.model.findings.RuleInfo;
import io.steward.model.findings.RuleRun;
import io.steward.model.findings.Severity;
import java.util.List;

/**
 * A machine identity with an interactive login: an active console password on a service identity, or on an IAM user
 * that also has an active access key (used by software and by a person); or an importer's interactive-login signal.
 */
public final class HumanUseRule implements FindingRule {
    public static final RuleInfo INFO = new RuleInfo("human-use", Severity.HIGH, "People log in as this machine identity",
            "A person can sign in interactively as this service identity, so its actions can no longer be told apart from a person's and its secret is shared.",
            "Remove the console password or interactive login; give the people who need access their own accounts.",
            List.of(References.NHI10, References.CIS_MFA_CONSOLE, References.PR_AA_01));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(RuleRun run) {
        run.emit("SELECT i.identity_key AS identity_key, json_object('identity', i.name, 'kind', i.kind, 'consolePassword', json('true'),"
                + " 'passwordLastUsed', c.last_used_at, 'mfaActive', json_extract(i.attributes, '$.mfaActive')) AS evidence"
                + CREDENTIALS + "WHERE " + run.inScope("i") + " AND" + ENABLED
                + " AND c.kind = 'console-password' AND c.active = 1 AND i.kind <> 'root-account'"
                + " AND (i.kind <> 'iam-user' OR EXISTS (SELECT 1 FROM identity k JOIN credential kc ON kc.identity_id = k.id"
                + "   WHERE k.parent_id = i.id AND kc.kind = 'aws-access-key' AND kc.active = 1))");
        run.emit("SELECT i.identity_key AS identity_key, json_object('identity', i.name, 'kind', i.kind, 'interactiveLogin', json('true'))"
                + " AS evidence FROM identity i WHERE " + run.inScope("i") + " AND COALESCE(i.enabled, 1) = 1"
                + " AND json_extract(i.attributes, '$.interactiveLogin') = 1");
    }
}
