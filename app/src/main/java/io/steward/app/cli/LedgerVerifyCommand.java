package io.steward.app.cli;

import io.steward.app.Workspace;
import io.steward.model.ledger.VerificationReport;
import io.steward.model.ledger.VerifyProgress;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code steward ledger verify}: walks the chain and the signed checkpoints; exit 1 when anything fails. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Re-compute every entry's hash, check the chain and the signed checkpoints.",
            "Exits with 1 and names the first entry or checkpoint that does not match."})
final class LedgerVerifyCommand extends StewardCommand {
    private static final String FORMAT = "%-21s%s%n";

    @Option(names = "--checkpoints", paramLabel = "FILE",
            description = "checkpoints file to verify against (default: the sidecar <ledger>.checkpoints)")
    Path checkpoints;

    @Override
    public Integer call() {
        try (Workspace workspace = openExistingLedger()) {
            VerificationReport report = workspace.verify(checkpoints, VerifyProgress.NONE, () -> false);
            print(report, workspace.ledgerFile());
            return report.ok() ? ExitCodes.OK : ExitCodes.VERIFICATION_FAILED;
        }
    }

    private void print(VerificationReport report, Path ledgerFile) {
        PrintWriter out = out();
        out.printf(FORMAT, "Ledger:", ledgerFile);
        out.printf(FORMAT, "Entries checked:", report.entriesChecked());
        out.printf(FORMAT, "Head:", report.headHash() == null || report.headSeq() == 0
                ? "none (empty ledger)" : "seq " + report.headSeq() + ", hash " + report.headHash());
        out.printf(FORMAT, "Checkpoints checked:", report.checkpointsChecked()
                + (report.checkpointsFile() == null ? " (no checkpoints file)" : " (" + report.checkpointsFile() + ")"));
        for (String note : report.notes()) {
            out.printf(FORMAT, "Note:", note);
        }
        if (report.ok()) {
            out.printf(FORMAT, "Result:", "verified");
            return;
        }
        out.printf(FORMAT, "Result:", "FAILED");
        if (report.failedSeq() != null) {
            out.printf(FORMAT, "First bad entry:", "seq " + report.failedSeq());
        }
        out.printf(FORMAT, "Reason:", report.failure());
    }
}
