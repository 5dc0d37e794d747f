package io.steward.model.inventory;

import java.util.Map;
import java.util.TreeMap;

/**
 * The payload of {@code mapping.saved} and {@code mapping.forgotten}: the source and importer a column mapping
 * is for and its columns (header → concept id, e.g. {@code "Kennung" → "id"}).
 */
public record ColumnMappingEntry(String source, String importer, Map<String, String> columns) {
    public ColumnMappingEntry {
        columns = java.util.Collections.unmodifiableMap(new TreeMap<>(columns));
    }
}
