package io.steward.app.cli;

import io.steward.app.demo.DemoLedger;
import io.steward.importers.spi.Cancellation;
import io.steward.importers.ImportReport;
import io.steward.model.BadInputException;
import io.steward.model.StewardPaths;
import io.steward.model.store.OwnerOnlyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code steward demo DIR}: the demo ledger that {@code steward --demo} opens in the console, built into a folder
 * of your choice for scripts, benchmarks and trying the commands: the bundled exports in {@code DIR/exports},
 * imported one by one through the real import into {@code DIR/ledger.steward}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Build the demo ledger in DIR: write the bundled demo exports (every supported platform, with the ugly cases real"
            + " exports have) into DIR/exports and import them into DIR/" + StewardPaths.LEDGER_FILE_NAME + ".",
            "DIR must be new or empty. The console's --demo builds the same ledger in a temporary folder."})
final class DemoCommand extends StewardCommand {
    @Parameters(paramLabel = "DIR", description = "a new or empty folder")
    Path dir;

    @Override
    public Integer call() throws IOException {
        Path folder = dir.toAbsolutePath().normalize();
        refuseIfNotEmpty(folder);
        OwnerOnlyFiles.createDirectories(folder);
        DemoLedger.Result result = DemoLedger.create(folder, actor(), root().paths().keysDir(), Clock.systemUTC(),
                (done, total, report) -> out().printf("%2d/%d %s: %,d identities%s%n", done, total, report.safeFile().name(),
                        report.counts().identities(), report.counts().refused() == 0 ? ""
                                : ", " + report.counts().refused() + " secret value" + (report.counts().refused() == 1 ? "" : "s")
                                + " refused"),
                Cancellation.NEVER);
        long identities = result.reports().stream().mapToLong(r -> r.counts().identities()).sum();
        long refused = result.reports().stream().mapToLong(r -> r.counts().refused()).sum();
        out().printf("%nDemo ledger %s: %d snapshots, %,d identities imported (older snapshots included), %,d secret value%s"
                + " refused, in %,d ms.%n", result.ledgerFile(), result.reports().size(), identities, refused, refused == 1 ? "" : "s",
                result.elapsed().toMillis());
        out().printf("Try: steward --ledger %s inventory%n", result.ledgerFile());
        return ExitCodes.OK;
    }

    private static void refuseIfNotEmpty(Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new BadInputException(folder, null, "this is a file, not a folder. Name a new or empty folder for the demo.");
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new BadInputException(folder, null, "the folder is not empty. The demo writes a new ledger and its exports;"
                            + " name a new or empty folder.");
                }
            }
        }
    }
}
