package io.steward.app;

import java.util.Locale;

/**
 * Turns "open this ledger" from the desktop into the command line's own option. A file manager, Windows
 * Explorer or the Linux desktop entry ({@code Exec=steward %f}) starts Steward with the path of a
 * {@code .steward} file as its only argument; the command line names a ledger with {@code --ledger}.
 */
public final class LedgerFileArgument {
    static final String EXTENSION = ".steward";

    private LedgerFileArgument() {
    }

    /** {@code [x.steward]} becomes {@code [--ledger, x.steward]}; any other command line is left as it is. */
    public static String[] toOptions(String... args) {
        if (args.length == 1 && !args[0].startsWith("-") && args[0].toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
            return new String[] {"--ledger", args[0]};
        }
        return args;
    }
}
