package io.steward.app.ui.findings;

import io.steward.model.findings.FindingCatalogue;
import io.steward.model.findings.FindingSettings;
import io.steward.model.findings.FrameworkItems;
import io.steward.model.findings.RuleInfo;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One rule of the catalogue as the page lists it: with its thresholds in force ("stale-credential.days = 90"). */
public record RuleRow(RuleInfo info, String settings) {
    /** Every rule of {@code catalogue}; a setting belongs to the rule its name starts with. */
    static List<RuleRow> of(FindingCatalogue catalogue, FindingSettings settings) {
        Map<String, Integer> all = settings.asMap();
        return catalogue.infos().stream().map(info -> new RuleRow(info, all.entrySet().stream()
                .filter(e -> e.getKey().startsWith(info.id() + "."))
                .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", ")))).toList();
    }

    /** "NHI7, CIS 1.14, PR.AA-01": the references by their short codes, for a table column. */
    public String referenceCodes() {
        return info.references().stream().map(FrameworkItems::code).collect(Collectors.joining(", "));
    }

    /** Everything about the rule, for the catalogue's detail text. */
    public String text() {
        StringBuilder b = new StringBuilder(info.title()).append(" — ").append(info.id()).append(" (").append(info.severity().id()).append(")\n\n")
                .append("Why it matters: ").append(info.explanation()).append("\n\nFix: ").append(info.fix()).append("\n\nThresholds: ")
                .append(settings.isEmpty() ? "none (the rule has no setting)" : settings).append("\n\nReferences:\n");
        info.references().forEach(r -> b.append("  • ").append(r).append('\n'));
        return b.toString();
    }
}
