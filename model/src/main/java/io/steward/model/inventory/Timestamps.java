package io.steward.model.inventory;

import java.time.Instant;

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
        char[] c = new char[WIDTH];
        write(c, t.getEpochSecond(), true, t.getNano() / 1_000_000);
        return new String(c);
    }

    /**
     * {@code yyyy-mm-ddThh:mm:ss} and, when {@code millis}, {@code .mmm}, then {@code Z}, into {@code c}: the calendar
     * date from the day number by the proleptic Gregorian arithmetic java.time uses (days to civil date, H. Hinnant),
     * without building a LocalDateTime per value, which was most of the cost of writing a listing's times.
     */
    private static void write(char[] c, long epochSecond, boolean millis, int milli) {
        long day = Math.floorDiv(epochSecond, 86_400);
        int secondOfDay = (int) Math.floorMod(epochSecond, 86_400);
        long z = day + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthIndex = (5 * dayOfYear + 2) / 153; // from March
        int dayOfMonth = (int) (dayOfYear - (153 * monthIndex + 2) / 5 + 1);
        int month = (int) (monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("year out of range for a stored timestamp: " + year);
        }
        put(c, 0, (int) year, 4);
        c[4] = '-';
        put(c, 5, month, 2);
        c[7] = '-';
        put(c, 8, dayOfMonth, 2);
        c[10] = 'T';
        put(c, 11, secondOfDay / 3_600, 2);
        c[13] = ':';
        put(c, 14, secondOfDay / 60 % 60, 2);
        c[16] = ':';
        put(c, 17, secondOfDay % 60, 2);
        if (millis) {
            c[19] = '.';
            put(c, 20, milli, 3);
        }
        c[c.length - 1] = 'Z';
    }

    /**
     * The stored form back to an instant. The fixed width is read digit by digit: {@link Instant#parse} goes through
     * a general formatter and was a fifth of the time of listing a ledger's identities as JSON. Other text (an
     * older or hand-made value) still goes to {@link Instant#parse}.
     */
    public static Instant parse(String stored) {
        if (stored == null) {
            return null;
        }
        if (!isStoredForm(stored)) {
            return Instant.parse(stored);
        }
        long day;
        try {
            day = java.time.LocalDate.of(digits(stored, 0, 4), digits(stored, 5, 2), digits(stored, 8, 2)).toEpochDay();
        } catch (java.time.DateTimeException e) {
            return Instant.parse(stored); // no such day: its message names what is wrong
        }
        int hour = digits(stored, 11, 2);
        int minute = digits(stored, 14, 2);
        int second = digits(stored, 17, 2);
        if (hour > 23 || minute > 59 || second > 59) {
            return Instant.parse(stored); // its message names what is wrong
        }
        return Instant.ofEpochSecond(day * 86_400 + hour * 3_600 + minute * 60 + second, digits(stored, 20, 3) * 1_000_000L);
    }

    /**
     * ISO-8601 UTC exactly as {@link Instant#toString} writes it ({@code 2016-05-16T18:13:11Z}, milliseconds only when
     * there are any), without its general formatter; other instants (beyond year 9999, below milliseconds) go to it.
     */
    public static String iso(Instant t) {
        if (t == null) {
            return null;
        }
        if (t.getNano() % 1_000_000 != 0 || t.getEpochSecond() < 0 || t.getEpochSecond() >= MAX_STORED_SECOND) {
            return t.toString();
        }
        boolean millis = t.getNano() != 0;
        char[] c = new char[millis ? WIDTH : 20];
        write(c, t.getEpochSecond(), millis, t.getNano() / 1_000_000);
        return new String(c);
    }

    /** 10000-01-01T00:00:00Z: four-digit years end here. */
    private static final long MAX_STORED_SECOND = 253_402_300_800L;

    private static boolean isStoredForm(String s) {
        if (s.length() != WIDTH || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(19) != '.' || s.charAt(23) != 'Z') {
            return false;
        }
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22}) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digits(String s, int at, int width) {
        int value = 0;
        for (int i = at; i < at + width; i++) {
            value = value * 10 + (s.charAt(i) - '0');
        }
        return value;
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
