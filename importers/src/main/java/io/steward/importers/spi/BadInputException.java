package io.steward.importers.spi;

import io.steward.importers.spi.BadInputException;

import io.steward.importers.secrets.SafeFileName;
import java.nio.file.Path;

/**
 * The file is not what its format promises. Carries where (file, record and/or line, field) and why,
 * never an offending value; the message is fit for a user and says what to do. The CLI maps it to exit
 * code 3, and the import that raised it commits nothing. A {@link io.steward.model.BadInputException}
 * with the location spelled out ("line 3 (record 2), field 'arn'"), and the file named by its {@link SafeFileName}.
 */
public class BadInputException extends io.steward.model.BadInputException {
    private final long recordNo;
    private final long lineNo;
    private final String field;

    /**
     * There is deliberately no constructor with a cause: parser exceptions quote the input, which may be
     * secret material, and a logged stack trace would write it out.
     */
    public BadInputException(Path file, long recordNo, long lineNo, String field, String reason) {
        this(file == null ? null : SafeFileName.of(file), recordNo, lineNo, field, reason);
    }

    private BadInputException(SafeFileName file, long recordNo, long lineNo, String field, String reason) {
        super(file == null ? null : file.path(), file == null ? null : file.shown(), location(recordNo, lineNo, field),
                withoutRealName(file, reason), null);
        this.recordNo = recordNo;
        this.lineNo = lineNo;
        this.field = field;
    }

    /** A problem with the file as a whole (empty, binary, unknown format). */
    public static BadInputException wholeFile(Path file, String reason) {
        return new BadInputException(file, 0, 0, null, reason);
    }

    public long recordNo() {
        return recordNo;
    }

    public long lineNo() {
        return lineNo;
    }

    public String field() {
        return field;
    }

    /** A reason quoting an I/O error ("cannot read the file: /exports/ghp_….csv") names the file as it may be shown. */
    private static String withoutRealName(SafeFileName file, String reason) {
        if (file == null || reason == null || !file.redacted()) {
            return reason;
        }
        Path name = file.path().getFileName();
        String r = reason.replace(file.path().toString(), file.shown());
        return name == null ? r : r.replace(name.toString(), file.name());
    }

    static String location(long recordNo, long lineNo, String field) {
        StringBuilder b = new StringBuilder();
        if (lineNo > 0) {
            b.append("line ").append(lineNo);
        }
        if (recordNo > 0) {
            b.append(lineNo > 0 ? " (record " : "record ").append(recordNo).append(lineNo > 0 ? ")" : "");
        }
        if (field != null) {
            b.append(b.length() > 0 ? ", " : "").append("field '").append(field).append('\'');
        }
        return b.toString();
    }
}
