package io.steward.model.findings.rules;

import static io.steward.model.findings.rules.RuleSql.*;

import io.steward.model.findings.FindingRule;
import io.steward.model.findings.RuleInfo;
import io.steward.model.findings.RuleRun;
import io.steward.model.findings.Severity;
import java.util.List;

/** An AI-agent identity holding a privileged grant permanently (no condition limiting it) instead of through step-up. */
public final class AgentStandingPrivilegeRule implements FindingRule {
    public static final RuleInfo INFO = new RuleInfo("agent-standing-privilege", Severity.CRITICAL, "AI agent with standing admin access",
            "An AI agent holds powerful access all the time, so a manipulated prompt or a bug can use it at any moment without anyone deciding.",
            "Remove the standing grant; let the agent request it through step-up for a task and a short time, approved by its owner.",
            List.of(References.ASI03, References.NHI5, References.PR_AA_05));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(RuleRun run) {
        run.emit("SELECT " + PRINCIPAL + " AS identity_key, json_object('identity', i.name, 'kind', COALESCE(p.kind, i.kind),"
                + " 'privilege', g.privilege, 'resource', g.resource, 'via', g.via) AS evidence"
                + " FROM identity i JOIN access_grant g ON g.identity_id = i.id LEFT JOIN identity p ON p.id = i.parent_id"
                + " WHERE " + run.inScope("i") + " AND COALESCE(p.kind, i.kind) = 'ai-agent' AND g.condition IS NULL AND " + PRIVILEGED);
    }
}
