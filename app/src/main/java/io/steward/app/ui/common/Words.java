package io.steward.app.ui.common;

import java.util.Locale;

/** Numbers and counts as the console writes them: "1,234 identities", "1 file". */
public final class Words {
    private Words() {
    }

    public static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    public static String count(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    /** "1.2 MB": sizes of files people import. */
    public static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
    }
}
