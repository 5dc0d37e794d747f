package io.steward.model;

import java.nio.file.Path;

/**
 * Input that Steward refuses: names the file, where in it (line, record or field) and why.
 * Nothing has been written when this is thrown. The CLI maps it to exit code 3.
 */
public class BadInputException extends RuntimeException {
    private final transient Path file;
    private final String shownFile;
    private final String location;
    private final String reason;

    public BadInputException(Path file, String location, String reason) {
        this(file, location, reason, null);
    }

    public BadInputException(Path file, String location, String reason, Throwable cause) {
        this(file, file == null ? null : file.toString(), location, reason, cause);
    }

    /**
     * As above, with the file named in the message as {@code shownFile} (an imported file's path with any secret in it
     * redacted); {@link #file()} stays the real path.
     */
    protected BadInputException(Path file, String shownFile, String location, String reason, Throwable cause) {
        super(compose(shownFile, location, reason), cause);
        this.file = file;
        this.shownFile = shownFile;
        this.location = location;
        this.reason = reason;
    }

    private static String compose(String file, String location, String reason) {
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

    /** The file as the message names it (secrets in its name redacted), or {@code null}. */
    public String shownFile() {
        return shownFile;
    }

    public String location() {
        return location;
    }

    public String reason() {
        return reason;
    }
}
