package io.steward.importers.values;

import java.util.Locale;
import java.util.Set;

/**
 * Tokens that mean "unknown" or "none" in exports (docs/FORMATS-SUPPORTED.md): blank, {@code N/A},
 * {@code no_information}, {@code not_supported}, {@code null}, ... They never become dates, booleans or names.
 */
public final class NullIsh {
    private static final Set<String> TOKENS = Set.of("", "n/a", "na", "none", "null", "nil", "-", "--", "no_information",
            "not_supported", "not supported", "unknown", "undefined", "(none)", "<none>");

    private NullIsh() {
    }

    public static boolean is(String value) {
        if (value == null) {
            return true;
        }
        int len = value.length();
        if (len > 15) {
            return false;
        }
        String t = value.strip();
        return t.isEmpty() || TOKENS.contains(t.toLowerCase(Locale.ROOT));
    }

    /** The value stripped, or {@code null} when it is null-ish. */
    public static String text(String value) {
        return is(value) ? null : value.strip();
    }
}
