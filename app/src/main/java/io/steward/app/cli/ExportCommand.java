package io.steward.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code steward export ...}: the group; each export is its own class. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export evidence files.",
        subcommands = {ExportWorkbookCommand.class})
final class ExportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: export workbook");
    }
}
