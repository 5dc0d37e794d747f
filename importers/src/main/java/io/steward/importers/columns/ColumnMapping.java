package io.steward.importers.columns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which header means which concept. Built by fuzzy matching ({@link #match}) or given explicitly by the
 * user (header text → concept id), e.g. from the console's mapping editor; an explicit mapping wins over
 * matching for the headers it names. Immutable.
 */
public final class ColumnMapping {
    private final Map<String, Concept> byHeader;

    private ColumnMapping(Map<String, Concept> byHeader) {
        this.byHeader = Collections.unmodifiableMap(new LinkedHashMap<>(byHeader));
    }

    public static ColumnMapping of(Map<String, Concept> byHeader) {
        return new ColumnMapping(byHeader);
    }

    public static ColumnMapping empty() {
        return new ColumnMapping(Map.of());
    }

    /** From saved form: header → concept id. */
    public static ColumnMapping fromIds(Map<String, String> saved) {
        Map<String, Concept> m = new LinkedHashMap<>();
        saved.forEach((h, c) -> m.put(h, Concept.byId(c)));
        return new ColumnMapping(m);
    }

    public Map<String, String> toIds() {
        Map<String, String> out = new LinkedHashMap<>();
        byHeader.forEach((h, c) -> out.put(h, c.id()));
        return out;
    }

    public Map<String, Concept> byHeader() {
        return byHeader;
    }

    /**
     * Maps the headers of a file: this mapping's explicit entries first (exact header text), then
     * synonyms among {@code allowed}; the first column of a concept wins. Returns column index → concept.
     */
    public Resolved resolve(List<String> headers, Set<Concept> allowed) {
        Map<Concept, Integer> columns = new EnumMap<>(Concept.class);
        List<String> unrecognised = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i).strip();
            if (h.isEmpty()) {
                continue;
            }
            Concept c = byHeader.get(h);
            if (c == null) {
                c = match(h, allowed);
            }
            if (c != null && allowed.contains(c)) {
                columns.putIfAbsent(c, i);
            } else {
                unrecognised.add(h);
            }
        }
        return new Resolved(columns, unrecognised);
    }

    /** The concept whose synonyms include the normalised header, or {@code null}. */
    public static Concept match(String header, Set<Concept> allowed) {
        String n = Concept.normalise(header);
        for (Concept c : allowed) {
            if (c.synonyms().contains(n)) {
                return c;
            }
        }
        return null;
    }

    /** The outcome of mapping one header row. */
    public record Resolved(Map<Concept, Integer> columns, List<String> unrecognised) {
        public boolean has(Concept c) {
            return columns.containsKey(c);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping m && m.byHeader.equals(byHeader);
    }

    @Override
    public int hashCode() {
        return byHeader.hashCode();
    }

    @Override
    public String toString() {
        return byHeader.toString();
    }
}
