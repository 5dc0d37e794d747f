package io.steward.app.cli;

import io.steward.app.Workspace;
import io.steward.exports.rows.RowWriter;
import io.steward.model.findings.Accountability;
import io.steward.model.findings.PlannedAssignment;
import io.steward.model.findings.Suggestion;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code steward owner suggestions [--accept]}: owner hints of unowned identities with where each came from;
 * {@code --accept} assigns those that name someone in the people directory, after printing the preview.
 */
@Command(name = "suggestions", mixinStandardHelpOptions = true,
        description = {"Owner hints (tags, labels, annotations, app owners, CMDB columns) of unowned identities, matched to the people directory.",
            "Nothing is assigned unless --accept is given; then the preview is printed and the matched ones are assigned in one transaction."})
final class OwnerSuggestionsCommand extends StewardCommand {
    @Mixin
    RowFormatOption output;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "at most N suggestions (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--accept", description = "assign every suggestion that names a person or team of the directory")
    boolean accept;

    @Option(names = "--reason", paramLabel = "TEXT", description = "reason recorded (default: the hint and its source)")
    String reason;

    @Override
    public Integer call() {
        try (Workspace workspace = openExistingLedger()) {
            Accountability a = GovernanceServices.accountability(workspace);
            List<Suggestion> suggestions = a.suggestions(limit);
            try (RowWriter rows = output.format.open(out(), List.of("identity", "name", "hint", "suggested", "source"))) {
                for (Suggestion s : suggestions) {
                    rows.row(Arrays.asList(s.identityKey(), s.name(), s.hint(), s.suggested() == null ? null : s.suggested().toString(),
                            s.source()));
                }
            }
            if (accept) {
                List<PlannedAssignment> plan = a.preview(suggestions, reason);
                int n = a.apply(actor(), plan);
                err().printf("Assigned %,d owners from suggestions (%,d hints name nobody in the people directory and were left)%n",
                        n, suggestions.size() - n);
            }
        }
        return ExitCodes.OK;
    }
}
