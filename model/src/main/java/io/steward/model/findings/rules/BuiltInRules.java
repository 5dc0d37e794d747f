package io.steward.model.findings.rules;

import io.steward.model.findings.FindingRule;
import java.util.List;

/** The rules every catalogue starts with, in catalogue order. */
public final class BuiltInRules {
    private BuiltInRules() {
    }

    public static List<FindingRule> all() {
        return List.of(new StaleCredentialRule(), new UnusedCredentialRule(), new NoOwnerRule(), new OwnerDepartedRule(),
                new OverprivilegedRule(), new NoExpiryRule(), new HumanUseRule(), new MultipleActiveKeysRule(),
                new StaticKeyForWorkloadRule(), new AgentStandingPrivilegeRule());
    }
}
