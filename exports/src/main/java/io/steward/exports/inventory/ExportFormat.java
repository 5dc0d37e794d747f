package io.steward.exports.inventory;

import io.steward.exports.rows.CsvRowWriter;
import io.steward.exports.rows.JsonRowWriter;
import io.steward.exports.rows.RowWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats an inventory export writes. */
public enum ExportFormat {
    CSV("csv"),
    JSON("json");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** Without the dot: {@code csv}. */
    public String extension() {
        return extension;
    }

    /** The format a file name asks for by its extension, any case. */
    public static Optional<ExportFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    RowWriter open(PrintWriter out, List<String> columns) {
        return this == CSV ? new CsvRowWriter(out, columns) : new JsonRowWriter(out, columns);
    }
}
