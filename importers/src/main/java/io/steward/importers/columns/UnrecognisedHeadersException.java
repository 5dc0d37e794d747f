package io.steward.importers.columns;

import io.steward.importers.spi.BadInputException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A spreadsheet (CSV or XLSX) whose headers do not say which column holds the required concepts. Lists
 * the headers that were not recognised and the concepts Steward knows, so the user (the console's mapping
 * editor, or {@code steward import --map}) can give an explicit {@link ColumnMapping}. Carries the header
 * row, what was matched automatically and what is required, for the editor.
 */
public final class UnrecognisedHeadersException extends BadInputException {
    private final transient List<String> headers;
    private final transient List<String> unrecognised;
    private final transient Map<String, Concept> matched;
    private final transient Set<Concept> known;
    private final transient Set<Concept> requiredAnyOf;
    private final long headerLine;

    public UnrecognisedHeadersException(Path file, long lineNo, List<String> headers, ColumnMapping.Resolved resolved,
                                        Set<Concept> known, Set<Concept> requiredAnyOf) {
        super(file, 0, lineNo, null, "the columns do not say which one is " + ids(requiredAnyOf, " or ") + ". Headers not recognised: "
                + (resolved.unrecognised().isEmpty() ? "(none)" : String.join(", ", resolved.unrecognised())) + ". Known columns: "
                + known.stream().map(c -> c.id() + " (e.g. " + c.synonyms().get(0) + ")").collect(Collectors.joining(", "))
                + ". Rename the headers, or give a column mapping (header = concept) and import again");
        this.headers = headers.stream().map(String::strip).toList();
        this.unrecognised = List.copyOf(resolved.unrecognised());
        Map<String, Concept> m = new LinkedHashMap<>();
        resolved.all().forEach((c, cols) -> cols.forEach(i -> m.put(this.headers.get(i), c)));
        this.matched = java.util.Collections.unmodifiableMap(m);
        this.known = java.util.Collections.unmodifiableSet(EnumSet.copyOf(known));
        this.requiredAnyOf = java.util.Collections.unmodifiableSet(EnumSet.copyOf(requiredAnyOf));
        this.headerLine = lineNo;
    }

    /** One line without the list of known columns (for a caller that lists them itself): file, line, what is missing. */
    public String summary() {
        return shownFile() + ", line " + headerLine + ": the columns do not say which one is " + ids(requiredAnyOf, " or ")
                + ". Headers not recognised: " + (unrecognised.isEmpty() ? "(none)" : String.join(", ", unrecognised));
    }

    /** "id or name". */
    public static String ids(Set<Concept> concepts, String separator) {
        return concepts.stream().map(Concept::id).collect(Collectors.joining(separator));
    }

    /** The header row as found (stripped), in column order. */
    public List<String> headers() {
        return headers;
    }

    public List<String> unrecognised() {
        return unrecognised;
    }

    /** Headers that were matched (by synonym or the mapping given) → their concept. */
    public Map<String, Concept> matched() {
        return matched;
    }

    /** The concepts this format can map to, in a stable order. */
    public Set<Concept> known() {
        return known;
    }

    /** At least one of these must be mapped. */
    public Set<Concept> requiredAnyOf() {
        return requiredAnyOf;
    }

    /** The line (CSV) or sheet row (XLSX) of the header. */
    public long headerLine() {
        return headerLine;
    }
}
