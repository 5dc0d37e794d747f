package io.steward.app.cli;

import io.steward.importers.columns.Concept;
import io.steward.importers.secrets.SafeFileName;
import io.steward.importers.columns.MappingRequest;
import io.steward.importers.columns.UnrecognisedHeadersException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code steward import} prints when a CSV/XLSX has headers Steward does not recognise: the headers
 * found (and what each was matched to), the concepts there are, and the command line that imports the
 * file with a mapping, to fill in.
 */
final class MappingHelpPrinter {
    static final String PLACEHOLDER = "CONCEPT";
    /** Sample values shown per header. */
    static final int SAMPLES = 3;

    private MappingHelpPrinter() {
    }

    static void print(PrintWriter err, MappingRequest e, String format) {
        err.println();
        err.println("Headers found in " + SafeFileName.of(e.file()).name() + " (source " + e.source() + ", read as " + e.importerId() + "):");
        int headerWidth = e.headers().stream().mapToInt(h -> quote(h).length()).max().orElse(8);
        for (int i = 0; i < e.headers().size(); i++) {
            String h = e.headers().get(i);
            Concept c = e.matched().get(h);
            List<String> samples = e.samplesOf(i);
            err.printf("  %-" + headerWidth + "s  %-18s %s%n", quote(h), c == null ? "(not recognised)" : "= " + c.id(),
                    samples.isEmpty() ? "" : "e.g. " + String.join(", ", samples));
        }
        err.println("Concepts (at least one of " + UnrecognisedHeadersException.ids(e.requiredAnyOf(), ", ") + " is required):");
        int width = e.known().stream().mapToInt(c -> c.id().length()).max().orElse(8);
        for (Concept c : e.known()) {
            err.printf("  %-" + width + "s  %s%n", c.id(), c.meaning());
        }
        err.printf("  %-" + width + "s  %s%n", Concept.IGNORE, "a column Steward should not read as any of these");
        err.println("Import it with a mapping (replace each " + PLACEHOLDER + " by a concept id above; --save-mapping keeps it"
                + " for the next import of this source):");
        err.println("  " + commandLine(e, format));
        err.flush();
    }

    /** {@code steward import "FILE" --map "Header=CONCEPT" ... --save-mapping}, one --map per unrecognised header. */
    static String commandLine(MappingRequest e, String format) {
        // a file whose name holds a secret is named by its redacted path: type its real name in its place
        List<String> parts = new ArrayList<>(List.of("steward", "import", quote(SafeFileName.of(e.file()).shown())));
        if (format != null) {
            parts.add("--format " + format);
        }
        for (String h : e.headers().stream().filter(h -> !h.isBlank() && !e.matched().containsKey(h)).toList()) {
            parts.add("--map " + quote(h + "=" + PLACEHOLDER));
        }
        parts.add("--save-mapping");
        return String.join(" ", parts);
    }

    /** Double quotes for a POSIX or Windows shell; a quote or backslash inside is escaped. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$").replace("`", "\\`") + "\"";
    }
}
