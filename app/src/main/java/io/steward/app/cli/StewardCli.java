package io.steward.app.cli;

import io.steward.app.BuildInfo;
import io.steward.app.Workspace;
import io.steward.app.demo.DemoBuild;
import io.steward.app.demo.DemoLedger;
import io.steward.app.logging.LoggingSetup;
import io.steward.app.ui.ConsoleLauncher;
import io.steward.model.StewardPaths;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code steward} command line (docs/CLI.md). Holds the global options; each command is
 * its own small class listed in {@code subcommands} and reaches these options through
 * {@link StewardCommand}. With no command, opens the console.
 */
@Command(name = "steward", mixinStandardHelpOptions = true, versionProvider = StewardCli.Version.class,
        description = "Governance console for non-human identities. With no command, opens the console.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:verification failed or a decision refused by policy",
            "2:usage error (unknown command or option, bad argument)",
            "3:bad input (missing file, not a Steward ledger, ...); nothing written",
            "4:unexpected error inside Steward (details in the log file)"},
        footerHeading = "%nEnvironment:%n",
        footer = {
            "  STEWARD_HOME     data folder (keys, logs, default ledger); also -Dsteward.home",
            "  STEWARD_LEDGER   ledger file used when --ledger is not given"})
public final class StewardCli implements Callable<Integer> {

    /** Opens the console on a workspace and returns the exit code once it closes. */
    @FunctionalInterface
    public interface ConsoleOpener {
        int open(Workspace workspace);

        /**
         * Opens the console on a new ledger in {@code dir} while the demo is built into it. By default the
         * build runs beside the console; the real console runs it itself and shows its progress.
         */
        default int openDemo(Workspace workspace, Path dir) {
            try (DemoBuild build = DemoBuild.start(dir, workspace, DemoLedger.Progress.NONE)) {
                return open(workspace);
            }
        }
    }

    private static final int STDOUT_BUFFER = 1 << 16;

    /** The commands, in the order --help lists them. */
    static final List<Class<?>> COMMANDS = List.of(ImportCommand.class, FormatsCommand.class, SnapshotsCommand.class,
            DiffCommand.class, InventoryCommand.class, LedgerCommand.class, MappingsCommand.class, DemoCommand.class,
            FindingsCommand.class, OwnerCommand.class, io.steward.app.cli.stepup.StepUpCommand.class,
            io.steward.app.cli.campaigns.CampaignCommand.class, ExportCommand.class);

    /** Global options that take a value: the word after them is not a command. */
    private static final Set<String> VALUE_OPTIONS = Set.of("--ledger", "--actor");

    /** The JavaFX console. */
    static final ConsoleOpener WINDOW = new ConsoleOpener() {
        @Override
        public int open(Workspace workspace) {
            return ConsoleLauncher.launch(workspace);
        }

        @Override
        public int openDemo(Workspace workspace, Path dir) {
            return ConsoleLauncher.launchDemo(workspace, dir);
        }
    };

    @Option(names = "--ledger", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "ledger file (default: $STEWARD_LEDGER, else the one in the data folder)")
    private Path ledger;

    @Option(names = "--actor", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "who is acting, recorded in every entry (default: your OS user name)")
    private String actor;

    @Option(names = "--demo", description = "open the console on a fresh demo ledger in a new temporary folder (built from bundled demo exports"
                    + " in the background)")
    private boolean demo;

    @Spec
    private CommandSpec spec;

    private final StewardPaths paths;
    private final ConsoleOpener console;

    public StewardCli(StewardPaths paths, ConsoleOpener console) {
        this.paths = paths;
        this.console = console;
    }

    /** Entry point of the launcher: the real data folder, stdout/stderr, the JavaFX console. */
    public static int run(String... args) {
        return run(StewardPaths.forCurrentUser(), WINDOW, stdout(), utf8(System.err), args);
    }

    /** Output is UTF-8 whatever the platform default, so JSON and CSV read the same everywhere. */
    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /**
     * Standard output through one 64 KiB buffer straight onto the file descriptor. Lines printed with println or
     * printf still appear at once; rows of a listing are written without a flush, so a million of them cost a few
     * thousand write calls rather than two per row (System.out flushes every write). Flushed at the end of
     * {@link #run} and before an error message.
     */
    private static PrintWriter stdout() {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), STDOUT_BUFFER), true);
    }

    /** Runs one command line; tests pass their own data folder and writers. */
    public static int run(StewardPaths paths, ConsoleOpener console, PrintWriter out, PrintWriter err, String... args) {
        Path[] logFile = new Path[1];
        CommandLine cmd = new CommandLine(new StewardCli(paths, console));
        for (Class<?> command : commandsFor(args)) {
            cmd.addSubcommand(command); // before the settings below, which reach only the subcommands already added
        }
        cmd.setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionStrategy(parsed -> {
                    // --help and --version only print: no log file, no Logback set-up (a good part of their start-up)
                    Integer help = CommandLine.executeHelpRequest(parsed);
                    if (help != null) {
                        return help;
                    }
                    logFile[0] = LoggingSetup.toFolder(paths.logsDir());
                    return new CommandLine.RunLast().execute(parsed);
                })
                .setExecutionExceptionHandler(new CliExceptionHandler(() -> logFile[0]))
                .setOut(out)
                .setErr(err);
        // demo DIR makes its own ledger: the inherited --ledger would do nothing there, so it is not offered
        CommandLine demo = cmd.getSubcommands().get("demo");
        if (demo != null && demo.getCommandSpec().findOption("--ledger") != null) {
            demo.getCommandSpec().remove(demo.getCommandSpec().findOption("--ledger"));
        }
        try {
            int exit = cmd.execute(args);
            if (out.checkError()) { // flushes; PrintWriter keeps a failed write (closed pipe, full disk) to itself
                err.println("steward: the output could not be written in full (the reading end closed, or the disk is full).");
                return exit == ExitCodes.OK ? ExitCodes.INTERNAL_ERROR : exit;
            }
            return exit;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The commands this command line needs picocli to know: only the one it names, since building picocli's model of
     * every command (reflection over some sixty classes) was the larger part of a short command's start. All of them
     * when it names none (--help lists them, the console, a misspelt command gets suggestions); none for --version.
     */
    static List<Class<?>> commandsFor(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (VALUE_OPTIONS.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                return COMMANDS.stream().filter(c -> names(c).contains(arg)).findFirst().map(List::<Class<?>>of).orElse(COMMANDS);
            }
        }
        boolean versionOnly = args.length > 0 && Arrays.stream(args).allMatch(a -> a.equals("--version") || a.equals("-V"));
        return versionOnly ? List.of() : COMMANDS;
    }

    private static List<String> names(Class<?> command) {
        Command annotation = command.getAnnotation(Command.class);
        List<String> names = new ArrayList<>(List.of(annotation.aliases()));
        names.add(annotation.name());
        return names;
    }

    @Override
    public Integer call() throws IOException {
        if (demo && ledger != null) {
            throw new ParameterException(spec.commandLine(),
                    "--demo always uses a fresh ledger in a new temporary folder; it cannot be combined with --ledger");
        }
        if (demo) {
            return openDemo();
        }
        try (Workspace workspace = Workspace.openOrCreate(paths.ledger(ledger), actor(), paths.keysDir())) {
            return console.open(workspace);
        }
    }

    /**
     * Opens the console at once on a new ledger in a new temporary folder while the demo exports are written
     * there and imported into it in the background; closing the console stops a build still running.
     */
    private int openDemo() throws IOException {
        // Keys go into the demo folder too, so a demo leaves nothing behind in the real data folder.
        Path dir = Files.createTempDirectory("steward-demo-");
        try {
            try (Workspace workspace = Workspace.openOrCreate(dir.resolve(StewardPaths.LEDGER_FILE_NAME), actor(), dir.resolve("keys"))) {
                return console.openDemo(workspace, dir);
            }
        } finally {
            deleteDemoFolder(dir);
        }
    }

    /** The demo is a throw-away: its folder (ledger, exports, keys) goes once the console has closed. */
    private static void deleteDemoFolder(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            org.slf4j.LoggerFactory.getLogger(StewardCli.class).warn("Could not delete the demo folder {}: {}", dir, e.getMessage());
        }
    }

    StewardPaths paths() {
        return paths;
    }

    /** The ledger file commands work on; {@code --demo} belongs to the console only. */
    Path ledgerFile(CommandLine caller) {
        if (demo) {
            throw new ParameterException(caller, "--demo opens the console; it cannot be combined with a command");
        }
        return paths.ledger(ledger);
    }

    String actor() {
        String name = actor != null ? actor : System.getProperty("user.name");
        if (name == null || name.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--actor NAME is required: the OS user name is not known");
        }
        return name.strip();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"steward " + BuildInfo.version()};
        }
    }
}
