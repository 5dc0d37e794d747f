package io.steward.importers.columns;

import io.steward.importers.BadInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A spreadsheet whose headers do not say which column holds the required concepts. Lists the headers
 * that were not recognised and the concepts Steward knows, so the user (or the console's mapping editor)
 * can give an explicit {@link ColumnMapping}. Carries both lists for the UI.
 */
public final class UnrecognisedHeadersException extends BadInputException {
    private final transient List<String> unrecognised;
    private final transient Set<Concept> known;
    private final transient List<String> headers;

    public UnrecognisedHeadersException(Path file, long lineNo, List<String> headers, List<String> unrecognised, Set<Concept> known,
                                        String missing) {
        super(file, 0, lineNo, null, "the columns do not say which one is " + missing + ". Headers not recognised: "
                + (unrecognised.isEmpty() ? "(none)" : String.join(", ", unrecognised)) + ". Known columns: "
                + known.stream().map(c -> c.id() + " (e.g. " + c.synonyms().get(0) + ")").collect(Collectors.joining(", "))
                + ". Rename the headers, or give a column mapping (header = concept) and import again");
        this.headers = List.copyOf(headers);
        this.unrecognised = List.copyOf(unrecognised);
        this.known = Set.copyOf(known);
    }

    public List<String> headers() {
        return headers;
    }

    public List<String> unrecognised() {
        return unrecognised;
    }

    public Set<Concept> known() {
        return known;
    }
}
