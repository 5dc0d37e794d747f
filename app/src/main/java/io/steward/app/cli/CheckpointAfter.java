package io.steward.app.cli;

import io.steward.app.Workspace;
import io.steward.model.ledger.ActorKeys;
import io.steward.model.ledger.Checkpoint;
import io.steward.model.ledger.Receipt;
import java.io.PrintWriter;

/**
 * The checkpoint every import (and decision batch) ends with, so no entry stays in the window a forger could
 * rewrite unnoticed. Without a key passphrase the data is still stored; the user is told how to sign later.
 */
final class CheckpointAfter {
    private CheckpointAfter() {
    }

    static void take(Workspace workspace, PrintWriter out, PrintWriter err) {
        workspace.onKeyNotice(notice -> err.println("steward: " + notice));
        try {
            Checkpoint cp = workspace.checkpoint();
            out.printf("Checkpoint: seq %d signed by %s; witness copy in %s%n", cp.seq(), cp.actor(), workspace.defaultWitness());
            out.println("Receipt:    " + Receipt.of(cp));
        } catch (ActorKeys.KeyException e) {
            err.println("steward: the import is stored, but no checkpoint was taken: " + CliExceptionHandler.oneLine(e.getMessage())
                    + " Then run `steward ledger checkpoint`.");
        }
    }
}
