package io.steward.app.cli;

import io.steward.app.Workspace;
import io.steward.model.StewardPaths;
import io.steward.model.ledger.Checkpoint;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code steward ledger checkpoint}: signs the current head with the actor's key. */
@Command(name = "checkpoint", mixinStandardHelpOptions = true,
        description = {"Sign the ledger's current head with your Ed25519 key.",
            "Appends a checkpoint entry and a line to the sidecar <ledger>.checkpoints."})
final class LedgerCheckpointCommand extends StewardCommand {
    private static final String FORMAT = "%-13s%s%n";

    @Override
    public Integer call() {
        try (Workspace workspace = openExistingLedger()) {
            Checkpoint checkpoint = workspace.checkpoint();
            PrintWriter out = out();
            out.printf(FORMAT, "Checkpoint:", "seq " + checkpoint.seq() + ", head " + checkpoint.headHash());
            out.printf(FORMAT, "Ledger id:", checkpoint.ledgerId());
            out.printf(FORMAT, "Signed by:", checkpoint.actor() + ", key " + checkpoint.keyFingerprint());
            out.printf(FORMAT, "Time:", checkpoint.time());
            out.printf(FORMAT, "Sidecar:", StewardPaths.sidecarOf(workspace.ledgerFile()));
            return ExitCodes.OK;
        }
    }
}
