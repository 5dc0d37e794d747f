package io.steward.app.ui.common;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants as people read them: "3 days ago", "in 2 months", and the absolute UTC time beside it. */
public final class Times {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** "2024-02-01 10:15 UTC", or {@code none} when unknown. */
    public static String absolute(Instant t, String none) {
        return t == null ? none : DATE_TIME.format(t);
    }

    /**
     * When a snapshot's data is from: the export's own time, or "unknown (imported …)" when the file does not say
     * (the import time is then not passed off as the data's time).
     */
    public static String asOf(Instant generated, Instant imported) {
        return generated != null ? DATE_TIME.format(generated) : "unknown (imported " + absolute(imported, "?") + ")";
    }

    /** "2024-02-01", or {@code none}: for table cells, where the time of day is noise. */
    public static String date(Instant t, String none) {
        return t == null ? none : DATE.format(t);
    }

    /** "3 days ago" / "in 5 months" / "just now", or {@code none} when unknown. */
    public static String relative(Instant t, Instant now, String none) {
        if (t == null) {
            return none;
        }
        Duration d = Duration.between(t, now);
        boolean past = !d.isNegative();
        String span = span(d.abs());
        if (span == null) {
            return "just now";
        }
        return past ? span + " ago" : "in " + span;
    }

    /** "5 days", "3 months", "2 years": how long, rounded down to its largest unit. */
    public static String span(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 1) {
            return null;
        }
        long days = d.toDays();
        if (days >= 730) {
            return Words.count(days / 365, "year", "years");
        }
        if (days >= 60) {
            return Words.count(days / 30, "month", "months");
        }
        if (days >= 1) {
            return Words.count(days, "day", "days");
        }
        long hours = d.toHours();
        return hours >= 1 ? Words.count(hours, "hour", "hours") : Words.count(minutes, "minute", "minutes");
    }

    /** "3 days ago (2024-02-01 10:15 UTC)". */
    public static String both(Instant t, Instant now, String none) {
        return t == null ? none : relative(t, now, none) + " (" + absolute(t, none) + ")";
    }
}
