package io.steward.app.ui;

/** The window could not be opened (no display, no GTK); the CLI still works. */
public final class ConsoleUnavailableException extends RuntimeException {
    public ConsoleUnavailableException(Throwable cause) {
        super("Cannot open the console window (" + rootMessage(cause) + "). On a machine without a display,"
                + " use the commands instead: steward --help.", cause);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
