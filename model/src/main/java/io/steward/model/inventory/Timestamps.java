package io.steward.model.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * The stored form of every inventory timestamp: fixed-width ISO-8601 UTC text with milliseconds
 * ({@code 2016-05-16T18:13:11.000Z}), so that text order is time order in SQL.
 */
public final class Timestamps {
    public static final int WIDTH = 24;

    private Timestamps() {
    }

    public static String format(Instant t) {
        if (t == null) {
            return null;
        }
        LocalDateTime d = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
        int year = d.getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("year out of range for a stored timestamp: " + year);
        }
        char[] c = new char[WIDTH];
        put(c, 0, year, 4);
        c[4] = '-';
        put(c, 5, d.getMonthValue(), 2);
        c[7] = '-';
        put(c, 8, d.getDayOfMonth(), 2);
        c[10] = 'T';
        put(c, 11, d.getHour(), 2);
        c[13] = ':';
        put(c, 14, d.getMinute(), 2);
        c[16] = ':';
        put(c, 17, d.getSecond(), 2);
        c[19] = '.';
        put(c, 20, t.getNano() / 1_000_000, 3);
        c[23] = 'Z';
        return new String(c);
    }

    /**
     * The instant of a stored timestamp. The fixed-width stored form is read digit by digit (opening a campaign
     * parses hundreds of thousands of them, and the general ISO parser is most of that work); any other ISO-8601
     * instant text goes through {@link Instant#parse}, which also reports malformed text.
     */
    public static Instant parse(String stored) {
        if (stored == null) {
            return null;
        }
        Instant fast = stored.length() == WIDTH ? parseStored(stored) : null;
        return fast != null ? fast : Instant.parse(stored);
    }

    /** {@code uuuu-MM-ddTHH:mm:ss.SSSZ}, or null when the text is not exactly that (the caller then parses it fully). */
    private static Instant parseStored(String s) {
        if (s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':'
                || s.charAt(19) != '.' || s.charAt(23) != 'Z') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        int millis = digits(s, 20, 3);
        if ((year | month | day | hour | minute | second | millis) < 0 || month < 1 || month > 12 || day < 1
                || day > YearMonth.of(year, month).lengthOfMonth() || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, millis * 1_000_000L);
    }

    /** The decimal value of {@code width} ASCII digits at {@code at}, or -1 if any is not a digit. */
    private static int digits(String s, int at, int width) {
        int v = 0;
        for (int i = at; i < at + width; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    /** The later of two instants, either of which may be {@code null}. */
    public static Instant max(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static void put(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
