package io.steward.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code steward ledger ...}: the group; each action is its own class. */
@Command(name = "ledger", mixinStandardHelpOptions = true, description = "Verify, checkpoint or show the ledger, or manage its trusted keys.",
        subcommands = {LedgerVerifyCommand.class, LedgerCheckpointCommand.class, LedgerShowCommand.class, LedgerTrustCommand.class})
final class LedgerCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: ledger verify, ledger checkpoint, ledger show or ledger trust");
    }
}
