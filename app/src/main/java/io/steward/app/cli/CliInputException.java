package io.steward.app.cli;

/** Input given on the command line cannot be used (exit code 3); the message says which and why. */
public class CliInputException extends RuntimeException {
    public CliInputException(String message) {
        super(message);
    }
}
