package io.steward.app.launch;

import io.steward.app.LedgerFileArgument;
import io.steward.app.cli.StewardCli;

/**
 * Plain main class: JavaFX refuses to start when the Application subclass itself is the
 * classpath main class, so the CLI decides here whether to open the console.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(StewardCli.run(LedgerFileArgument.toOptions(args)));
    }
}
