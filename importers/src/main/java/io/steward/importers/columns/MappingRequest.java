package io.steward.importers.columns;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything someone needs to say what a spreadsheet's columns mean: the file, the importer and source a
 * mapping would be saved for, the header row, what was matched, the concepts to choose from, which of
 * them is required, and the first rows under the header (secrets hidden).
 */
public record MappingRequest(Path file, String importerId, String source, List<String> headers, Map<String, Concept> matched,
                             Set<Concept> known, Set<Concept> requiredAnyOf, List<List<String>> samples) {
    public MappingRequest {
        headers = List.copyOf(headers);
        matched = Map.copyOf(matched);
        known = java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(known)); // enum order, for lists shown to people
        requiredAnyOf = java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(requiredAnyOf));
        samples = samples.stream().map(List::copyOf).toList();
    }

    /** The sample values of one column, top to bottom, blanks left out. */
    public List<String> samplesOf(int column) {
        return samples.stream().map(r -> column < r.size() ? r.get(column) : "").filter(v -> !v.isBlank()).toList();
    }
}
