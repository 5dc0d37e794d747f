package io.steward.model.findings.rules;

import static io.steward.model.findings.rules.RuleSql.*;

import io.steward.model.findings.FindingRule;
import io.steward.model.findings.RuleInfo;
import io.steward.model.findings.RuleRun;
import io.steward.model.findings.Severity;
import java.util.List;

/** More than N (1) active keys or secrets on one principal at once. */
public final class MultipleActiveKeysRule implements FindingRule {
    public static final RuleInfo INFO = new RuleInfo("multiple-active-keys", Severity.LOW, "Several active keys",
            "This identity has more than one working key at the same time, which usually means an old key was never removed after a rotation.",
            "Find which key is in use (last-used dates), move everything to it, and delete the others.",
            List.of(References.NHI7, References.CIS_ONE_KEY, References.PR_AA_01));
    static final String KEYS = "('aws-access-key', 'user-managed-key', 'legacy-sa-token', 'client-secret', 'password', 'secret')";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void evaluate(RuleRun run) {
        int max = run.settings().maxActiveKeys();
        run.emit("SELECT " + PRINCIPAL + " AS identity_key, json_object('activeKeys', count(*), 'keys', json_group_array(c.native_id),"
                + " 'allowed', " + max + ") AS evidence"
                + CREDENTIALS + "WHERE " + run.inScope("i") + " AND" + ENABLED + "AND c.active = 1 AND c.kind IN " + KEYS
                + " GROUP BY " + PRINCIPAL + " HAVING count(*) > " + max);
    }
}
