package io.steward.app.cli;

import io.steward.exports.rows.RowWriter;
import io.steward.model.findings.FindingCatalogue;
import io.steward.model.findings.RuleInfo;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code steward findings rules}: the catalogue, with severity, explanation, fix and references. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the finding rules: severity, what they mean, the fix, references.")
final class FindingsRulesCommand extends StewardCommand {
    @Mixin
    RowFormatOption output;

    @Override
    public Integer call() {
        try (RowWriter rows = output.format.open(out(), List.of("rule", "severity", "explanation", "fix", "references"))) {
            for (RuleInfo r : FindingCatalogue.standard().infos()) {
                rows.row(Arrays.asList(r.id(), r.severity().id(), r.explanation(), r.fix(), String.join("; ", r.references())));
            }
        }
        return ExitCodes.OK;
    }
}
