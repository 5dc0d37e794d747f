package io.steward.exports.workbook;

import io.steward.model.findings.FindingCatalogue;
import io.steward.model.findings.RuleInfo;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The Frameworks sheet: each finding rule with its OWASP NHI, CIS, NIST CSF and OWASP Agentic references and its count. */
final class FrameworksSheet {
    static final TableLayout LAYOUT = new TableLayout("Frameworks",
            Column.text("Rule", 24),
            Column.text("Title", 36),
            Column.text("Severity", 10),
            Column.text("OWASP NHI", 36),
            Column.text("CIS", 44),
            Column.text("NIST CSF", 24),
            Column.text("OWASP Agentic", 30),
            Column.text("Other references", 30),
            Column.integer("Findings in this campaign", 12));

    private FrameworksSheet() {
    }

    static void write(WorkbookWriter writer, FindingCatalogue catalogue, Map<String, Long> findingsByRule) {
        TableSheet table = writer.table(LAYOUT);
        for (RuleInfo rule : catalogue.infos()) {
            List<String> refs = rule.references();
            table.row(rule.id(), rule.title(), rule.severity().id(), pick(refs, "OWASP NHI"), pick(refs, "CIS"), pick(refs, "NIST CSF"),
                    pick(refs, "OWASP Agentic"), refs.stream().filter(r -> !known(r)).collect(Collectors.joining("; ")),
                    findingsByRule.getOrDefault(rule.id(), 0L));
        }
        table.finish();
    }

    private static String pick(List<String> refs, String prefix) {
        return refs.stream().filter(r -> r.startsWith(prefix)).collect(Collectors.joining("; "));
    }

    private static boolean known(String ref) {
        return ref.startsWith("OWASP NHI") || ref.startsWith("CIS") || ref.startsWith("NIST CSF") || ref.startsWith("OWASP Agentic");
    }
}
