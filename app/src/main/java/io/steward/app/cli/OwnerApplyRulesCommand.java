package io.steward.app.cli;

import io.steward.app.Workspace;
import io.steward.exports.rows.RowWriter;
import io.steward.model.BadInputException;
import io.steward.model.findings.Accountability;
import io.steward.model.findings.PlannedAssignment;
import io.steward.model.owners.OwnershipRule;
import io.steward.model.owners.OwnershipRulesParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code steward owner apply-rules FILE [--dry-run]}: bulk assignment from a rules file (docs/OWNERSHIP.md). */
@Command(name = "apply-rules", mixinStandardHelpOptions = true,
        description = {"Assign owners in bulk from a rules file (format: docs/OWNERSHIP.md); first matching rule wins.",
            "Prints every change; --dry-run stops there. Applying is one transaction with one ledger entry per changed identity."})
final class OwnerApplyRulesCommand extends StewardCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "the rules file")
    Path file;

    @Option(names = "--dry-run", description = "print what would change, change nothing")
    boolean dryRun;

    @Option(names = "--allow-unknown", description = "accept owners who are not in the loaded people directory")
    boolean allowUnknown;

    @Option(names = "--quiet", description = "print only the summary, not every change")
    boolean quiet;

    @Mixin
    RowFormatOption output;

    @Override
    public Integer call() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file, null, "cannot read the rules file: " + e.getMessage());
        }
        List<OwnershipRule> rules = OwnershipRulesParser.parse(file, lines);
        try (Workspace workspace = openExistingLedger()) {
            Accountability a = GovernanceServices.accountability(workspace);
            List<PlannedAssignment> plan = a.planRules(file, rules, allowUnknown);
            if (!quiet) {
                try (RowWriter rows = output.format.open(out(), List.of("identity", "name", "from", "to", "backup", "rule"))) {
                    for (PlannedAssignment p : plan) {
                        rows.row(Arrays.asList(p.identityKey(), p.name(), p.previous() == null ? null : p.previous().owner().toString(),
                                p.assignment().owner().toString(), p.assignment().backup() == null ? null : p.assignment().backup().toString(),
                                p.assignment().via()));
                    }
                }
            }
            if (dryRun) {
                err().printf("Dry run: %,d identities would change; nothing written%n", plan.size());
                return ExitCodes.OK;
            }
            long t0 = System.nanoTime();
            int n = a.apply(actor(), plan);
            double seconds = Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
            err().printf("Assigned %,d identities in %.2f s (%,.0f assignments/s), one ledger entry each%n", n, seconds, n / seconds);
        }
        return ExitCodes.OK;
    }
}
