package io.steward.app.cli;

/** The exit codes of {@code steward} (docs/CLI.md lists them; scripts depend on them). */
public final class ExitCodes {
    public static final int OK = 0;
    /** Verification failed, or a decision was refused by policy. */
    public static final int VERIFICATION_FAILED = 1;
    /** Unknown command or option, missing or malformed argument. */
    public static final int USAGE = 2;
    /** A file or value given is not acceptable (not a Steward ledger, missing file, ...); nothing was written. */
    public static final int BAD_INPUT = 3;
    /** A fault inside Steward itself; the log file has the details. */
    public static final int INTERNAL_ERROR = 4;

    private ExitCodes() {
    }
}
