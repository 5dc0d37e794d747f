package io.steward.importers.generic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Which column holds which concept (the preferred one when several match), and which columns are "other". */
final class HeaderMap {
    private final String[] headers;
    private final Map<Concept, Integer> primary = new EnumMap<>(Concept.class);
    private final List<Integer> others = new ArrayList<>();

    HeaderMap(String[] headers) {
        this.headers = headers;
        for (int i = 0; i < headers.length; i++) {
            Concept c = Concept.of(headers[i]);
            if (c == null) {
                others.add(i);
                continue;
            }
            Integer current = primary.get(c);
            if (current == null || c.rank(headers[i]) < c.rank(headers[current])) {
                if (current != null) {
                    others.add(current);
                }
                primary.put(c, i);
            } else {
                others.add(i);
            }
        }
        others.sort(null);
    }

    /** Every column of a concept, preferred first (e.g. owner, then technical_owner, then business_owner). */
    List<Integer> columns(Concept c) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < headers.length; i++) {
            if (Concept.of(headers[i]) == c) {
                out.add(i);
            }
        }
        out.sort(java.util.Comparator.comparingInt(i -> c.rank(headers[i])));
        return out;
    }

    /** Column index of a concept, or -1. */
    int column(Concept c) {
        Integer i = primary.get(c);
        return i == null ? -1 : i;
    }

    boolean has(Concept c) {
        return primary.containsKey(c);
    }

    int recognised() {
        return primary.size();
    }

    List<Integer> otherColumns() {
        return others;
    }

    String header(int i) {
        return headers[i];
    }

    int size() {
        return headers.length;
    }
}
