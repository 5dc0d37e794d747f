package io.steward.importers.columns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which header means which concept. Built by matching against the synonym table of {@link Concept}
 * ({@link #match}) or given explicitly by the user (header text → concept id, or {@value Concept#IGNORE}),
 * e.g. from the console's mapping editor or {@code steward import --map}; an explicit entry wins over
 * matching for the header it names. Immutable.
 */
public final class ColumnMapping {
    private final Map<String, Concept> byHeader;
    private final Set<String> ignored;

    private ColumnMapping(Map<String, Concept> byHeader, Set<String> ignored) {
        this.byHeader = Collections.unmodifiableMap(new LinkedHashMap<>(byHeader));
        this.ignored = Collections.unmodifiableSet(new LinkedHashSet<>(ignored));
    }

    public static ColumnMapping of(Map<String, Concept> byHeader) {
        return new ColumnMapping(byHeader, Set.of());
    }

    /** Explicit concepts, plus headers the user said to ignore even where a synonym matches. */
    public static ColumnMapping of(Map<String, Concept> byHeader, Set<String> ignored) {
        return new ColumnMapping(byHeader, ignored);
    }

    public static ColumnMapping empty() {
        return new ColumnMapping(Map.of(), Set.of());
    }

    /** From saved or typed form: header → concept id or {@value Concept#IGNORE}; an unknown id is an IllegalArgumentException. */
    public static ColumnMapping fromIds(Map<String, String> saved) {
        Map<String, Concept> m = new LinkedHashMap<>();
        Set<String> ignore = new LinkedHashSet<>();
        saved.forEach((h, c) -> {
            if (Concept.IGNORE.equals(c)) {
                ignore.add(h);
            } else {
                m.put(h, Concept.byId(c));
            }
        });
        return new ColumnMapping(m, ignore);
    }

    public Map<String, String> toIds() {
        Map<String, String> out = new LinkedHashMap<>();
        byHeader.forEach((h, c) -> out.put(h, c.id()));
        ignored.forEach(h -> out.put(h, Concept.IGNORE));
        return out;
    }

    public Map<String, Concept> byHeader() {
        return byHeader;
    }

    public Set<String> ignored() {
        return ignored;
    }

    public boolean isEmpty() {
        return byHeader.isEmpty() && ignored.isEmpty();
    }

    /** This mapping's entries, then {@code other}'s for headers this one does not name. */
    public ColumnMapping orElse(ColumnMapping other) {
        Map<String, Concept> m = new LinkedHashMap<>(byHeader);
        Set<String> ignore = new LinkedHashSet<>(ignored);
        other.byHeader.forEach((h, c) -> {
            if (!ignore.contains(h)) {
                m.putIfAbsent(h, c);
            }
        });
        other.ignored.forEach(h -> {
            if (!m.containsKey(h)) {
                ignore.add(h);
            }
        });
        return new ColumnMapping(m, ignore);
    }

    /**
     * Maps the headers of a file: this mapping's explicit entries (exact header text, stripped), then
     * synonyms among {@code allowed}. Where several columns name one concept, an explicit entry is
     * preferred, then the earlier synonym ({@link Concept#rank}), then the leftmost column.
     */
    public Resolved resolve(List<String> headers, Set<Concept> allowed) {
        Map<Concept, List<Integer>> all = new EnumMap<>(Concept.class);
        List<String> unrecognised = new ArrayList<>();
        Set<Integer> ignoredColumns = new java.util.HashSet<>();
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i).strip();
            if (ignored.contains(h)) {
                ignoredColumns.add(i);
            }
            if (h.isEmpty() || ignored.contains(h)) {
                continue;
            }
            Concept c = byHeader.get(h);
            if (c == null) {
                c = match(h, allowed);
            }
            if (c != null && allowed.contains(c)) {
                all.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
            } else {
                unrecognised.add(h);
            }
        }
        all.forEach((c, cols) -> cols.sort(Comparator.comparingInt((Integer i) -> preference(c, headers.get(i).strip()))));
        return new Resolved(all, unrecognised, Set.copyOf(ignoredColumns));
    }

    private int preference(Concept c, String header) {
        return byHeader.get(header) == c ? -1 : c.rank(header);
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

    /**
     * The outcome of mapping one header row: for each concept its columns, preferred first; {@code ignored}: the columns the
     * mapping says not to read at all (neither as a concept nor kept as an extra attribute or label).
     */
    public record Resolved(Map<Concept, List<Integer>> all, List<String> unrecognised, Set<Integer> ignored) {
        public boolean has(Concept c) {
            return all.containsKey(c);
        }

        /** Concept → its preferred column. */
        public Map<Concept, Integer> columns() {
            Map<Concept, Integer> out = new EnumMap<>(Concept.class);
            all.forEach((c, cols) -> out.put(c, cols.get(0)));
            return out;
        }

        /** The preferred column of a concept, or -1. */
        public int column(Concept c) {
            List<Integer> cols = all.get(c);
            return cols == null ? -1 : cols.get(0);
        }

        /** Every column of a concept, preferred first (empty when none). */
        public List<Integer> columns(Concept c) {
            return all.getOrDefault(c, List.of());
        }

        /** How many concepts were found. */
        public int recognised() {
            return all.size();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping m && m.byHeader.equals(byHeader) && m.ignored.equals(ignored);
    }

    @Override
    public int hashCode() {
        return byHeader.hashCode() * 31 + ignored.hashCode();
    }

    @Override
    public String toString() {
        return toIds().toString();
    }
}
