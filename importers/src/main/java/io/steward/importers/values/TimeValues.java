package io.steward.importers.values;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Parses every timestamp shape of docs/FORMATS-SUPPORTED.md into a UTC instant: ISO-8601 with {@code T} or space,
 * 0 to 9 fractional digits, {@code Z} / {@code ±hh:mm} / {@code ±hhmm} / {@code ±hh} offsets (none = UTC),
 * date-only values, Unix seconds (number or digit string; 13 digits = milliseconds) and placebo
 * {@code {"__class__":"datetime",...}} objects.
 * <p>
 * Sentinels never become dates: null-ish tokens, {@code 0}, and the "never" years 9999 and 0001 give
 * {@code null}. Anything else throws {@link InvalidValueException} (without the value).
 */
public final class TimeValues {
    private static final String EXPECTED = "expected a timestamp such as 2016-05-16T18:13:11+00:00, a date 2022-10-24, "
            + "Unix seconds, or N/A";

    private TimeValues() {
    }

    public static Instant parse(String value) {
        if (value == null) {
            return null;
        }
        String t = value;
        int len = t.length();
        if (len == 0 || Character.isWhitespace(t.charAt(0)) || Character.isWhitespace(t.charAt(len - 1))) {
            t = t.strip();
            len = t.length();
        }
        if (len == 0) {
            return null;
        }
        char c0 = t.charAt(0);
        if (c0 < '0' || c0 > '9') {
            if (NullIsh.is(t)) {
                return null;
            }
            throw new InvalidValueException(EXPECTED);
        }
        if (len >= 10 && t.charAt(4) == '-' || len >= 10 && t.charAt(4) == '/') {
            return iso(t);
        }
        return epoch(t);
    }

    /** JSON values: strings as above, integers as Unix seconds, placebo datetime objects, null. */
    public static Instant parse(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            return parse(node.textValue());
        }
        if (node.isIntegralNumber()) {
            return fromEpoch(node.longValue(), false);
        }
        if (node.isObject() && "datetime".equals(node.path("__class__").asText())) {
            try {
                LocalDate day = LocalDate.of(node.path("year").asInt(), node.path("month").asInt(1), node.path("day").asInt(1));
                long seconds = day.toEpochDay() * 86_400 + node.path("hour").asLong(0) * 3600 + node.path("minute").asLong(0) * 60
                        + node.path("second").asLong(0);
                return sentinel(day.getYear()) ? null : Instant.ofEpochSecond(seconds, node.path("microsecond").asLong(0) * 1000);
            } catch (DateTimeException e) {
                throw new InvalidValueException(EXPECTED);
            }
        }
        throw new InvalidValueException(EXPECTED);
    }

    private static Instant epoch(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidValueException(EXPECTED);
            }
        }
        if (t.length() > 13) {
            throw new InvalidValueException(EXPECTED);
        }
        return fromEpoch(Long.parseLong(t), t.length() >= 12);
    }

    private static Instant fromEpoch(long value, boolean millis) {
        if (value == 0) {
            return null;
        }
        if (value < 0) {
            throw new InvalidValueException(EXPECTED);
        }
        if (millis || value >= 100_000_000_000L) {
            return Instant.ofEpochMilli(value);
        }
        if (value < 100_000_000L) {
            // Before 1973: a small count (of days, of uses) rather than a time.
            throw new InvalidValueException(EXPECTED);
        }
        return Instant.ofEpochSecond(value);
    }

    private static Instant iso(String t) {
        int len = t.length();
        char dateSep = t.charAt(4);
        if (t.charAt(7) != dateSep) {
            throw new InvalidValueException(EXPECTED);
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            throw new InvalidValueException(EXPECTED);
        }
        if (sentinel(year)) {
            return null;
        }
        if (len == 10) {
            return Instant.ofEpochSecond(epochDay * 86_400);
        }
        char sep = t.charAt(10);
        if (sep != 'T' && sep != ' ' && sep != 't' || dateSep != '-' || len < 16 || t.charAt(13) != ':') {
            throw new InvalidValueException(EXPECTED);
        }
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = 0;
        int pos = 16;
        if (pos < len && t.charAt(pos) == ':') {
            second = digits(t, 17, 2);
            pos = 19;
        }
        int nanos = 0;
        if (pos < len && (t.charAt(pos) == '.' || t.charAt(pos) == ',')) {
            int start = ++pos;
            while (pos < len && pos - start < 9 && isDigit(t.charAt(pos))) {
                nanos = nanos * 10 + (t.charAt(pos) - '0');
                pos++;
            }
            int n = pos - start;
            if (n == 0) {
                throw new InvalidValueException(EXPECTED);
            }
            while (pos < len && isDigit(t.charAt(pos))) {
                pos++; // sub-nanosecond digits are dropped
            }
            for (int i = n; i < 9; i++) {
                nanos *= 10;
            }
        }
        int offsetSeconds = 0;
        if (pos < len) {
            char z = t.charAt(pos);
            if ((z == 'Z' || z == 'z') && pos == len - 1) {
                pos++;
            } else if (z == '+' || z == '-') {
                int rest = len - pos - 1;
                int oh;
                int om = 0;
                if (rest == 2) {
                    oh = digits(t, pos + 1, 2);
                } else if (rest == 4) {
                    oh = digits(t, pos + 1, 2);
                    om = digits(t, pos + 3, 2);
                } else if (rest == 5 && t.charAt(pos + 3) == ':') {
                    oh = digits(t, pos + 1, 2);
                    om = digits(t, pos + 4, 2);
                } else {
                    throw new InvalidValueException(EXPECTED);
                }
                if (oh > 18 || om > 59) {
                    throw new InvalidValueException(EXPECTED);
                }
                offsetSeconds = (oh * 3600 + om * 60) * (z == '-' ? -1 : 1);
                pos = len;
            } else {
                throw new InvalidValueException(EXPECTED);
            }
        }
        if (pos != len || hour > 23 || minute > 59 || second > 60) {
            throw new InvalidValueException(EXPECTED);
        }
        if (second == 60) {
            second = 59; // a leap second; keep it inside its minute
        }
        long epochSecond = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    /** Go's zero time (0001) and the "never expires" year 9999 are sentinels, not dates. */
    private static boolean sentinel(int year) {
        return year <= 1 || year >= 9999;
    }

    private static int digits(String t, int at, int n) {
        if (at + n > t.length()) {
            throw new InvalidValueException(EXPECTED);
        }
        int v = 0;
        for (int i = at; i < at + n; i++) {
            char c = t.charAt(i);
            if (!isDigit(c)) {
                throw new InvalidValueException(EXPECTED);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
