package io.steward.app.cli;

import io.steward.app.Workspace;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of every command: its output streams (picocli's, so tests capture them), the global options
 * and opening the ledger. A command returns its exit code from {@link #call()}.
 */
public abstract class StewardCommand implements Callable<Integer> {
    @Spec
    protected CommandSpec spec;

    protected final StewardCli root() {
        return (StewardCli) spec.root().userObject();
    }

    protected final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    protected final String actor() {
        return root().actor();
    }

    /** The ledger file named by --ledger / STEWARD_LEDGER / the default. */
    protected final java.nio.file.Path ledgerFile() {
        return root().ledgerFile(spec.commandLine()).toAbsolutePath().normalize();
    }

    /** Opens the ledger, creating it when the file does not exist yet (for commands that add data, like import). */
    protected final Workspace openOrCreateLedger() {
        return Workspace.openOrCreate(ledgerFile(), root().actor(), root().paths().keysDir());
    }

    /** Opens the ledger named by --ledger / STEWARD_LEDGER / the default; it must already exist. */
    protected final Workspace openExistingLedger() {
        StewardCli root = root();
        return Workspace.openExisting(root.ledgerFile(spec.commandLine()), root.actor(), root.paths().keysDir());
    }
}
