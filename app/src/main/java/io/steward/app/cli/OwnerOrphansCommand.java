package io.steward.app.cli;

import io.steward.app.Workspace;
import io.steward.exports.rows.RowWriter;
import io.steward.model.findings.Accountability;
import io.steward.model.findings.Orphan;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code steward owner orphans}: identities without an owner or whose owner left, riskiest first. */
@Command(name = "orphans", mixinStandardHelpOptions = true,
        description = "The orphan queue: identities with no owner or whose owner left, riskiest first (worst open finding, then privilege).")
final class OwnerOrphansCommand extends StewardCommand {
    private static final int PAGE = 1000;

    @Mixin
    RowFormatOption output;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "at most N; 0 lists all (default: ${DEFAULT-VALUE})")
    int limit;

    @Override
    public Integer call() {
        try (Workspace workspace = openExistingLedger()) {
            Accountability a = GovernanceServices.accountability(workspace);
            int shown = 0;
            try (RowWriter rows = output.format.open(out(), List.of("identity", "name", "kind", "source", "why", "worst", "privileged",
                    "findings", "owner", "owner_hint"))) {
                int offset = 0;
                while (limit == 0 || shown < limit) {
                    int want = limit == 0 ? PAGE : Math.min(PAGE, limit - shown);
                    List<Orphan> page = a.orphans(want, offset);
                    for (Orphan o : page) {
                        rows.row(Arrays.asList(o.identityKey(), o.name(), o.kind(), o.source(), o.why(),
                                o.worst() == null ? null : o.worst().id(), o.privileged(), o.findings(), o.owner(), o.ownerHint()));
                    }
                    shown += page.size();
                    offset += page.size();
                    if (page.size() < want) {
                        break;
                    }
                }
            }
            if (output.format == OutputFormat.table) {
                out().printf("%n%,d of %,d identities in the orphan queue%n", shown, a.orphanCount());
            }
        }
        return ExitCodes.OK;
    }
}
