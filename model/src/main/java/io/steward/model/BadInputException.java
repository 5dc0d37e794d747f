package io.steward.model;

import java.nio.file.Path;

/**
 * Input that Steward refuses: names the file, where in it (line, record or field) and why.
 * Nothing has been written when this is thrown. The CLI maps it to exit code 3.
 */
public class BadInputException extends RuntimeException {
    private final transient Path file;
    private final String location;
    private final String reason;

    public BadInputException(Path file, String location, String reason) {
        this(file, location, reason, null);
    }

    public BadInputException(Path file, String location, String reason, Throwable cause) {
        super(compose(file, location, reason), cause);
        this.file = file;
        this.location = location;
        this.reason = reason;
    }

    private static String compose(Path file, String location, String reason) {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
        }
        if (location != null && !location.isBlank()) {
            sb.append(sb.length() > 0 ? ", " : "").append(location);
        }
        return sb.length() > 0 ? sb + ": " + reason : reason;
    }

    public Path file() {
        return file;
    }

    public String location() {
        return location;
    }

    public String reason() {
        return reason;
    }
}
