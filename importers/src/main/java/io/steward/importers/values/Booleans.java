package io.steward.importers.values;

/**
 * Booleans in every style seen in exports: true/false in any case, Y/N, Yes/No, 1/0. Null-ish values
 * ({@code not_supported}, blank, N/A) are unknown, i.e. {@code null}.
 */
public final class Booleans {
    private Booleans() {
    }

    public static Boolean parse(String value) {
        if (value == null) {
            return null;
        }
        switch (value.length()) {
            case 4 -> {
                if (value.equals("true") || value.equalsIgnoreCase("true")) {
                    return Boolean.TRUE;
                }
            }
            case 5 -> {
                if (value.equals("false") || value.equalsIgnoreCase("false")) {
                    return Boolean.FALSE;
                }
            }
            default -> {
                // fall through to the general forms below
            }
        }
        String t = value.strip();
        if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("y") || t.equalsIgnoreCase("yes") || t.equals("1")) {
            return Boolean.TRUE;
        }
        if (t.equalsIgnoreCase("false") || t.equalsIgnoreCase("n") || t.equalsIgnoreCase("no") || t.equals("0")) {
            return Boolean.FALSE;
        }
        if (NullIsh.is(t)) {
            return null;
        }
        throw new InvalidValueException("expected a boolean (true/false, Y/N, Yes/No) or N/A");
    }
}
