package io.steward.app.cli;

import io.steward.app.Workspace;
import io.steward.model.StewardPaths;
import io.steward.model.ledger.Checkpoint;
import io.steward.model.ledger.Receipt;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code steward ledger checkpoint}: signs the current head with the actor's key. */
@Command(name = "checkpoint", mixinStandardHelpOptions = true,
        description = {"Sign the ledger's current head with your Ed25519 key.",
            "Appends a checkpoint entry and a line to the sidecar <ledger>.checkpoints and to the witness copy in the data folder,"
                + " and prints a one-line receipt to keep elsewhere (a ticket, an e-mail). Refuses a ledger that does not verify."})
final class LedgerCheckpointCommand extends StewardCommand {
    private static final String FORMAT = "%-13s%s%n";

    @Option(names = "--witness", paramLabel = "DIR", description = "also append the checkpoint to <ledger id>.checkpoints in DIR"
            + " (a shared drive, a repository: a copy kept elsewhere); repeatable")
    List<Path> witnesses = new ArrayList<>();

    @Override
    public Integer call() {
        try (Workspace workspace = openExistingLedger()) {
            workspace.onKeyNotice(notice -> err().println("steward: " + notice));
            Checkpoint checkpoint = workspace.checkpoint(witnesses);
            PrintWriter out = out();
            out.printf(FORMAT, "Checkpoint:", "seq " + checkpoint.seq() + ", head " + checkpoint.headHash());
            out.printf(FORMAT, "Ledger id:", checkpoint.ledgerId());
            out.printf(FORMAT, "Signed by:", checkpoint.actor() + ", key " + checkpoint.keyFingerprint());
            out.printf(FORMAT, "Time:", checkpoint.time());
            out.printf(FORMAT, "Sidecar:", StewardPaths.sidecarOf(workspace.ledgerFile()));
            out.printf(FORMAT, "Witness:", workspace.defaultWitness());
            for (Path dir : witnesses) {
                out.printf(FORMAT, "Witness:", workspace.witnessIn(dir));
            }
            out.printf(FORMAT, "Receipt:", Receipt.of(checkpoint));
            return ExitCodes.OK;
        }
    }
}
