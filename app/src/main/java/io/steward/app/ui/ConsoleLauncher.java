package io.steward.app.ui;

import io.steward.app.Workspace;
import io.steward.app.ui.common.FallbackExceptionHandler;
import java.nio.file.Path;
import javafx.application.Application;

/** Opens the console from the command line and blocks until its window closes. */
public final class ConsoleLauncher {
    private ConsoleLauncher() {
    }

    /** Returns the exit code (0) once the console has closed. */
    public static int launch(Workspace workspace) {
        return launch(workspace, null);
    }

    /** Opens the console at once on the new ledger of {@code demoDir} and builds the demo into it, with progress. */
    public static int launchDemo(Workspace workspace, Path demoDir) {
        return launch(workspace, demoDir);
    }

    private static int launch(Workspace workspace, Path demoDir) {
        FallbackExceptionHandler.install();
        StewardConsole.handOver(workspace, demoDir);
        try {
            Application.launch(StewardConsole.class);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new ConsoleUnavailableException(e);
        }
        return 0;
    }
}
