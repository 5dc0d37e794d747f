package io.steward.app.cli;

import io.steward.app.BadInput;
import io.steward.app.ui.ConsoleUnavailableException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed command into one clear line on stderr and an exit code: bad input is 3, anything
 * unexpected is 4 with the stack trace in the log file only. Never prints a stack trace.
 */
final class CliExceptionHandler implements IExecutionExceptionHandler {
    private final Supplier<Path> logFile;

    /** {@code logFile} gives the log file once logging is set up, or null when there is none. */
    CliExceptionHandler(Supplier<Path> logFile) {
        this.logFile = logFile;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        Logger log = LoggerFactory.getLogger(CliExceptionHandler.class); // here, not static: starting Logback costs every command
        cmd.getOut().flush(); // what the command printed before it failed comes before the error line
        if (BadInput.is(ex)) {
            log.warn("{} refused its input: {}", cmd.getCommandName(), ex.getMessage());
            cmd.getErr().println("steward: " + oneLine(ex.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof io.steward.model.ledger.LedgerNotVerifiedException) {
            log.warn("{} refused: {}", cmd.getCommandName(), ex.getMessage());
            cmd.getErr().println("steward: " + oneLine(ex.getMessage()));
            return ExitCodes.VERIFICATION_FAILED;
        }
        if (ex instanceof IllegalArgumentException && ex.getMessage() != null && ex.getMessage().startsWith("the actor name")) {
            cmd.getErr().println("steward: " + oneLine(ex.getMessage()));
            return ExitCodes.USAGE;
        }
        if (ex instanceof ConsoleUnavailableException) {
            log.error("cannot open the console", ex);
            cmd.getErr().println("steward: " + oneLine(ex.getMessage()));
            return ExitCodes.INTERNAL_ERROR;
        }
        log.error("{} failed unexpectedly", cmd.getCommandName(), ex);
        Path file = logFile.get();
        String where = file == null ? "" : " Details are in " + file + ".";
        cmd.getErr().println("steward: unexpected error (" + ex.getClass().getSimpleName() + "): "
                + oneLine(String.valueOf(ex.getMessage())) + "." + where);
        return ExitCodes.INTERNAL_ERROR;
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
