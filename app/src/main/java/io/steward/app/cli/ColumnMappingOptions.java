package io.steward.app.cli;

import io.steward.importers.columns.ColumnMapping;
import io.steward.importers.columns.Concept;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code --map "Header Text=concept"} values: parsed into a {@link ColumnMapping}, or a usage error saying what is wrong. */
final class ColumnMappingOptions {
    private ColumnMappingOptions() {
    }

    /** {@code null} when no --map was given. */
    static ColumnMapping parse(List<String> maps) {
        if (maps == null || maps.isEmpty()) {
            return null;
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (String m : maps) {
            int eq = m.lastIndexOf('=');
            String header = eq < 0 ? "" : m.substring(0, eq).strip();
            String concept = eq < 0 ? "" : m.substring(eq + 1).strip();
            if (header.isEmpty() || concept.isEmpty()) {
                throw new IllegalArgumentException("--map '" + m + "' is not HEADER=CONCEPT (e.g. --map \"Kennung=id\")");
            }
            if (!concept.equals(Concept.IGNORE) && Stream.of(Concept.values()).noneMatch(c -> c.id().equals(concept))) {
                throw new IllegalArgumentException("--map '" + m + "': unknown concept '" + concept + "'. Concepts: " + ids()
                        + ", or " + Concept.IGNORE);
            }
            if (ids.put(header, concept) != null) {
                throw new IllegalArgumentException("--map names the header '" + header + "' twice");
            }
        }
        return ColumnMapping.fromIds(ids);
    }

    private static String ids() {
        return Stream.of(Concept.values()).map(Concept::id).collect(Collectors.joining(", "));
    }
}
