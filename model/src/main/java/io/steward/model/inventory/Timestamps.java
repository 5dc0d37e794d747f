package io.steward.model.inventory;

import java.time.Instant;
import java.time.LocalDateTime;
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

    public static Instant parse(String stored) {
        return stored == null ? null : Instant.parse(stored);
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
