package io.steward.app.ui;

import io.steward.app.Workspace;
import io.steward.app.ui.common.FallbackExceptionHandler;
import javafx.application.Application;

/** Opens the console from the command line and blocks until its window closes. */
public final class ConsoleLauncher {
    private ConsoleLauncher() {
    }

    /** Returns the exit code (0) once the console has closed. */
    public static int launch(Workspace workspace) {
        FallbackExceptionHandler.install();
        StewardConsole.handOver(workspace);
        try {
            Application.launch(StewardConsole.class);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new ConsoleUnavailableException(e);
        }
        return 0;
    }
}
