package io.steward.model.findings;

import java.util.List;
import java.util.Objects;

/**
 * What a rule is, for people: its id, severity, a title, one sentence a non-specialist understands, what to do,
 * and the framework items it maps to (exact names, e.g. "OWASP NHI7 Long-Lived Secrets").
 */
public record RuleInfo(String id, Severity severity, String title, String explanation, String fix, List<String> references) {
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(fix, "fix");
        references = List.copyOf(references);
    }
}
