package io.steward.app.ui.common;

import io.steward.app.BadInput;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What the user is told about a failure: a plain message, a short error id that also appears in
 * the log (stable for the same fault at the same place), and copyable technical details.
 */
public record ErrorReport(String errorId, String message, String details) {

    public static ErrorReport of(Throwable e) {
        String trace = stackTrace(e);
        String id = "E-" + HexFormat.of().toHexDigits(signature(e)).toUpperCase(Locale.ROOT);
        return new ErrorReport(id, userMessage(e), "Error ID: " + id + "\n" + trace);
    }

    /** Messages written for users (bad input, store and key errors) pass through; anything else gets a plain sentence. */
    static String userMessage(Throwable e) {
        Throwable cause = e instanceof BackgroundTaskException && e.getCause() != null ? e.getCause() : e;
        if (BadInput.is(cause) && cause.getMessage() != null) {
            return cause.getMessage();
        }
        return "Steward ran into an unexpected problem and did not finish what it was doing.";
    }

    /** Hash of the exception types and the first frames, so one bug always has one id. */
    private static int signature(Throwable e) {
        int h = 17;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            h = 31 * h + t.getClass().getName().hashCode();
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(3, frames.length); i++) {
                h = 31 * h + frames[i].toString().hashCode();
            }
        }
        return h;
    }

    private static String stackTrace(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
