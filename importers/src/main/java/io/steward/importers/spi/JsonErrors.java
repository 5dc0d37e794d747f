package io.steward.importers.spi;

import io.steward.importers.spi.BadInputException;
import io.steward.importers.spi.JsonErrors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Turns Jackson parse errors into bad-input messages. Jackson quotes the offending token, which may be
 * secret material, so quoted text longer than a few characters is cut out.
 */
public final class JsonErrors {
    private static final Pattern QUOTED = Pattern.compile("'[^']{4,}'|\"[^\"]{4,}\"");

    private JsonErrors() {
    }

    public static BadInputException badInput(Path file, long recordNo, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        long line = at == null ? 0 : Math.max(0, at.getLineNr());
        if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
            return new BadInputException(file, recordNo, line, null,
                    "the JSON ends early: the file is truncated (or a string or bracket is not closed). Export it again");
        }
        String where = at == null || at.getColumnNr() <= 0 ? "" : " at column " + at.getColumnNr();
        return new BadInputException(file, recordNo, line, null,
                "not valid JSON" + where + ": " + safe(e.getOriginalMessage())
                        + ". Documentation examples are often invalid JSON (e.g. a trailing comma); export the data with the CLI instead");
    }

    /** The first line of a parser message with long quoted tokens removed. */
    public static String safe(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        int marker = line.indexOf(" (start marker at");
        if (marker > 0) {
            line = line.substring(0, marker);
        }
        return QUOTED.matcher(line).replaceAll("(token not shown)");
    }
}
