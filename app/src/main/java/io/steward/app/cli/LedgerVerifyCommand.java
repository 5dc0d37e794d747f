package io.steward.app.cli;

import io.steward.app.Workspace;
import io.steward.model.ledger.VerificationReport;
import io.steward.model.ledger.VerifyProgress;
import io.steward.exports.workbook.WorkbookCheck;
import io.steward.exports.workbook.WorkbookVerifier;
import java.io.IOException;
import java.io.PrintWriter;
import io.steward.model.ledger.Checkpoint;
import io.steward.model.ledger.Printable;
import io.steward.model.ledger.Receipt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code steward ledger verify}: walks the chain and the signed checkpoints; exit 1 when anything fails. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Re-compute every entry's hash, check the chain and the signed checkpoints.",
            "With --workbook, also check an attestation workbook against the ledger (sheet, row and column of each difference).",
            "Exits with 1 and names the first entry or checkpoint that does not match."})
final class LedgerVerifyCommand extends StewardCommand {
    private static final String FORMAT = "%-21s%s%n";
    private static final int MAX_PROBLEMS = 50;

    @Option(names = "--checkpoints", paramLabel = "FILE",
            description = "checkpoints file to verify against (default: the sidecar <ledger>.checkpoints)")
    Path checkpoints;

    @Option(names = "--witness", paramLabel = "DIR", description = "also check the witness file kept in DIR (repeatable;"
            + " the data folder's witness copy is always checked)")
    List<Path> witnesses = new ArrayList<>();

    @Option(names = "--receipt", paramLabel = "TEXT", description = "also check a receipt line (as `ledger checkpoint` prints it):"
            + " this ledger must still have that head at that seq")
    String receipt;

    @Option(names = "--workbook", paramLabel = "FILE.xlsx",
            description = "also check an exported attestation workbook: its decision and ledger rows, its checkpoints")
    Path workbook;

    @Override
    public Integer call() {
        if (workbook != null && !Files.isRegularFile(workbook)) {
            err().println("steward: " + workbook + ": no such workbook. Name the .xlsx file that steward export workbook wrote.");
            return ExitCodes.BAD_INPUT;
        }
        Checkpoint given = null;
        if (receipt != null) {
            try {
                given = Receipt.parse(receipt);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--receipt: " + e.getMessage());
            }
        }
        try (Workspace workspace = openReadOnlyLedger()) {
            VerificationReport report = workspace.verify(checkpoints, witnesses, VerifyProgress.NONE, () -> false);
            if (given != null && report.ok()) {
                String hash = workspace.ledger().entry(given.seq()).map(e -> e.hash()).orElse(null);
                String problem = Receipt.problem(given, workspace.ledgerId(), report.headSeq(), hash);
                if (problem != null) {
                    report = new VerificationReport(false, report.entriesChecked(), report.headSeq(), report.headHash(),
                            report.checkpointsChecked(), report.checkpointsFile(), given.seq() > report.headSeq() ? report.headSeq() + 1
                            : given.seq(), problem, report.notes());
                }
            }
            print(report, workspace.ledgerFile());
            boolean ok = report.ok();
            if (workbook != null) {
                WorkbookCheck check;
                try {
                    check = workspace.workbookVerifier().verify(workbook);
                } catch (IOException e) {
                    err().println("steward: " + workbook + ": cannot be read as a workbook (" + e.getMessage()
                            + "). Name the .xlsx file that steward export workbook wrote.");
                    return ExitCodes.BAD_INPUT;
                }
                ok &= printWorkbook(check);
            }
            return ok ? ExitCodes.OK : ExitCodes.VERIFICATION_FAILED;
        }
    }

    /** Prints the workbook check: what was compared, then every difference (the first 50) with sheet, row and column. */
    private boolean printWorkbook(WorkbookCheck check) {
        PrintWriter out = out();
        out.printf(FORMAT, "Workbook:", check.workbook());
        out.printf(FORMAT, "Rows checked:", check.entryRowsChecked() + " rows that restate ledger entries");
        out.printf(FORMAT, "Workbook checkpoints:", check.checkpointsChecked());
        if (check.ok()) {
            out.printf(FORMAT, "Workbook result:", "matches the ledger");
            return true;
        }
        out.printf(FORMAT, "Workbook result:", "FAILED: " + check.problems().size() + " difference(s)");
        check.problems().stream().limit(MAX_PROBLEMS).forEach(p -> out.printf(FORMAT, "Difference:", p));
        if (check.problems().size() > MAX_PROBLEMS) {
            out.printf(FORMAT, "", "… and " + (check.problems().size() - MAX_PROBLEMS) + " more");
        }
        return false;
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
            out.printf(FORMAT, "Note:", Printable.of(note));
        }
        if (report.ok()) {
            out.printf(FORMAT, "Result:", "verified");
            return;
        }
        out.printf(FORMAT, "Result:", "FAILED");
        if (report.failedSeq() != null) {
            out.printf(FORMAT, "First bad entry:", "seq " + report.failedSeq());
        }
        out.printf(FORMAT, "Reason:", Printable.of(report.failure()));
    }
}
