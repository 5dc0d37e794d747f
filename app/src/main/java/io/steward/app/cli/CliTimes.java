package io.steward.app.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as commands print them: ISO-8601 UTC for machines (csv, json), minutes UTC for people (table). */
final class CliTimes {
    private static final DateTimeFormatter TABLE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private CliTimes() {
    }

    static String show(Instant t, OutputFormat format) {
        return t == null ? null : format == OutputFormat.table ? TABLE.format(t) : t.toString();
    }
}
