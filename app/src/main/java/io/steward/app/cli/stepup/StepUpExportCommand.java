package io.steward.app.cli.stepup;

import io.steward.app.Workspace;
import io.steward.app.cli.ExitCodes;
import io.steward.app.cli.StewardCommand;
import io.steward.model.ledger.ActorKeys;
import io.steward.model.stepup.DecisionFile;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code steward stepup export --out FILE}: the signed decision file for an enforcement point. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write every step-up decision as JSON Lines, signed with your Ed25519 key: FILE, FILE.sig (raw signature)",
            "and FILE.pub.pem (public key). Verify with: openssl pkeyutl -verify -pubin -inkey FILE.pub.pem -rawin -in FILE -sigfile FILE.sig"})
final class StepUpExportCommand extends StewardCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the decision file to write")
    Path out;

    @Override
    public Integer call() {
        try (Workspace workspace = openExistingLedger()) {
            ActorKeys keys = new ActorKeys(workspace.keysDir());
            DecisionFile.Written w = workspace.stepUpQuery().exportDecisions(keys.keyFor(actor()), actor(), out);
            var checkpoint = workspace.checkpoint();
            out().printf("Wrote %d decision%s to %s%n  signature %s%n  public key %s (fingerprint %s)%n  checkpoint at seq %d%n",
                    w.decisions(), w.decisions() == 1 ? "" : "s", w.file(), w.signature(), w.publicKey(),
                    ActorKeys.fingerprint(keys.keyFor(actor()).getPublic()), checkpoint.seq());
        }
        return ExitCodes.OK;
    }
}
