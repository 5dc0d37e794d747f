package io.steward.app.cli;

import io.steward.app.Workspace;
import io.steward.exports.workbook.WorkbookExport;
import io.steward.model.ledger.Ledger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code steward export workbook --campaign NAME --out FILE.xlsx}: the attestation workbook of one campaign,
 * written atomically; the ledger is verified and signed (a checkpoint) first.
 */
@Command(name = "workbook", mixinStandardHelpOptions = true,
        description = {"Write a campaign's attestation workbook (.xlsx): Summary, Attestations, Remediation, Findings,",
            "Frameworks, Ledger, Ownership changes, Step-up decisions and Evidence. Takes a checkpoint first.",
            "Check it later with: steward ledger verify --workbook FILE.xlsx"})
final class ExportWorkbookCommand extends StewardCommand {
    @Option(names = "--campaign", paramLabel = "NAME", required = true, description = "the campaign to export")
    String campaign;

    @Option(names = "--out", paramLabel = "FILE.xlsx", required = true, description = "the workbook to write (replaced whole if it exists)")
    Path out;

    @Override
    public Integer call() throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            err().println("steward: " + out + ": the workbook's name must end in .xlsx (Excel and LibreOffice go by it).");
            return ExitCodes.USAGE;
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            err().println("steward: " + out + ": the folder " + target.getParent() + " does not exist; nothing written.");
            return ExitCodes.BAD_INPUT;
        }
        try (Workspace workspace = openExistingLedger()) {
            var campaigns = workspace.campaigns();
            var request = WorkbookExport.Request.forCampaign(campaigns.campaign(campaign), actor(), Instant.now());
            WorkbookExport.Result result = workspace.workbookExport().write(request, target, WorkbookExport.Progress.NONE, () -> false);
            out().printf("Wrote %s: %d items, %d ledger entries (%s to %s).%n", target, result.itemRows(), result.ledgerRows(),
                    Ledger.TIME.format(request.period().from()), Ledger.TIME.format(request.period().to()));
            out().printf("Signed head: seq %d, hash %s (checkpoint by %s).%n", result.checkpoint().seq(), result.checkpoint().headHash(),
                    result.checkpoint().actor());
            if (!result.verification().ok()) {
                out().println("Warning: the ledger did not verify at export, and the Summary says so: " + result.verification().failure());
            }
            return ExitCodes.OK;
        }
    }
}
