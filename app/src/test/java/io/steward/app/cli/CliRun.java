package io.steward.app.cli;

import io.steward.app.Workspace;
import io.steward.model.StewardPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code steward} in-process with a temporary data folder and captured output. */
final class CliRun {
    final StewardPaths paths;
    /** Workspaces the console would have opened (the console itself is not started in CLI tests). */
    final List<Opened> consoleOpened = new ArrayList<>();

    record Opened(Path ledgerFile, String actor, Path keysDir, long size) {
    }

    record Result(int exit, String out, String err) {
    }

    CliRun(Path home) {
        this.paths = new StewardPaths(home);
    }

    Result run(String... args) {
        if (System.getProperty(TableFit.WIDTH_PROPERTY) == null) {
            // in-process output is not a terminal (80 columns); command tests read whole tables, TableFitTest checks fitting
            System.setProperty(TableFit.WIDTH_PROPERTY, "10000");
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = StewardCli.run(paths, this::recordConsole, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(exit, out.toString(), err.toString());
    }

    private int recordConsole(Workspace w) {
        consoleOpened.add(new Opened(w.ledgerFile(), w.actor(), w.keysDir(), w.ledger().size()));
        return 0;
    }
}
