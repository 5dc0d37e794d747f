package io.steward.app.cli;

import io.steward.app.LedgerFileArgument;
import io.steward.app.Workspace;
import io.steward.model.StewardPaths;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run behind the installers' class-data-sharing archive (docs/INSTALLERS.md): in one JVM started
 * with {@code -XX:ArchiveClassesAtExit}, runs the everyday short commands (help, ledger verify and show,
 * inventory as table, csv and json) on a new ledger in a temporary data folder, so the archive holds the classes
 * they load and every later start maps them instead of loading them. Prints nothing; exits non-zero, naming the
 * command, when one of them fails. Usage: {@code StartupTraining} (no arguments).
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path home = Files.createTempDirectory("steward-training-");
        int exit = 0;
        try {
            StewardPaths paths = new StewardPaths(home);
            String ledger = home.resolve(StewardPaths.LEDGER_FILE_NAME).toString();
            try (Workspace ignored = Workspace.openOrCreate(Path.of(ledger), "training", paths.keysDir())) {
                // a new ledger, as the first import would make it
            }
            List<List<String>> commands = List.of(List.of("--help"), List.of("--version"),
                    List.of("ledger", "verify", "--ledger", ledger), List.of("ledger", "show", "--ledger", ledger),
                    List.of("inventory", "--ledger", ledger), List.of("inventory", "--ledger", ledger, "--format", "csv"),
                    List.of("inventory", "--ledger", ledger, "--format", "json"));
            for (List<String> command : commands) {
                StringWriter err = new StringWriter();
                // as Launcher.main runs them, without its System.exit
                int code = StewardCli.run(paths, workspace -> 0, new PrintWriter(new StringWriter()), new PrintWriter(err),
                        LedgerFileArgument.toOptions(command.toArray(String[]::new)));
                if (code != 0) {
                    System.err.println("training: steward " + String.join(" ", command) + " exited " + code + ": " + err.toString().strip());
                    exit = 1;
                }
            }
        } finally {
            deleteTree(home);
        }
        System.exit(exit);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
