package io.steward.importers;

import io.steward.model.inventory.IdentityRecord;
import io.steward.model.inventory.ImportIssue;
import io.steward.model.inventory.RecordEncoding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bounds the free-form key/values an identity keeps (its attributes, then its tags: the columns of a spreadsheet that map
 * to no concept end up there): at most {@link #MAX_KEYS} keys and {@link #MAX_JSON_BYTES} bytes of their stored JSON, the
 * first ones in the file's column order. Without a bound, a CSV with 10,000 unknown columns stored ~178 KB per identity.
 * What was dropped is told once per file ({@link #summary()}), not once per row. One instance per file, on the parsing thread.
 */
final class AttributeBound {
    /** Most attribute and tag keys kept per identity. */
    static final int MAX_KEYS = 200;
    /** Most bytes of attribute and tag JSON kept per identity (16 KiB). */
    static final int MAX_JSON_BYTES = 16 * 1024;
    static final String RULE = "attributes-bounded";

    private long identities;
    private long keysDropped;
    private long bytesDropped;
    private long firstRecord;
    private long firstLine;
    private int firstKeys;
    private long firstBytes;

    /** The record with its attributes and tags cut to the bound (its children too); the same record when it fits. */
    IdentityRecord apply(IdentityRecord r) {
        Budget budget = new Budget();
        Map<String, Object> attributes = budget.keep(r.attributes());
        Map<String, String> tags = budget.keep(r.tags());
        List<IdentityRecord> children = r.children();
        List<IdentityRecord> bounded = null;
        for (int i = 0; i < children.size(); i++) {
            IdentityRecord c = apply(children.get(i));
            if (c != children.get(i)) {
                bounded = bounded == null ? new ArrayList<>(children) : bounded;
                bounded.set(i, c);
            }
        }
        if (budget.droppedKeys == 0 && bounded == null) {
            return r;
        }
        if (budget.droppedKeys > 0) {
            if (identities++ == 0) {
                firstRecord = r.recordNo();
                firstLine = r.lineNo();
                firstKeys = budget.droppedKeys;
                firstBytes = budget.droppedBytes;
            }
            keysDropped += budget.droppedKeys;
            bytesDropped += budget.droppedBytes;
        }
        return new IdentityRecord(r.nativeId(), r.name(), r.kind(), r.environment(), r.ownerHint(), r.enabled(), r.createdAt(),
                r.lastUsedAt(), attributes, tags, r.credentials(), r.grants(), r.links(), r.aliases(), r.principal(),
                bounded != null ? bounded : children, r.recordNo(), r.lineNo());
    }

    /** One warning for the whole file, at the first identity that was cut, with how many were; null when none was. */
    ImportIssue summary() {
        if (identities == 0) {
            return null;
        }
        return ImportIssue.warning(firstRecord, firstLine, null, RULE, String.format(java.util.Locale.ROOT,
                "%,d %s more than %d attributes or %d KiB of them; each kept the first in column order and dropped the rest"
                        + " (here %,d keys, %,d bytes; in all %,d keys, %,d bytes). Map the columns you need in the column-mapping"
                        + " editor (or with --map)", identities, identities == 1 ? "identity had" : "identities had", MAX_KEYS,
                MAX_JSON_BYTES / 1024, firstKeys, firstBytes, keysDropped, bytesDropped));
    }

    /** What is left of the bound for one identity; once an entry does not fit, every later one is dropped too. */
    private static final class Budget {
        int keys;
        int bytes = 4; // the braces of the two objects
        boolean full;
        int droppedKeys;
        long droppedBytes;

        <V> Map<String, V> keep(Map<String, V> map) {
            if (map.isEmpty()) {
                return map;
            }
            Map<String, V> kept = null;
            int seen = 0;
            for (Map.Entry<String, V> e : map.entrySet()) {
                if (e.getValue() == null) { // not stored: kept in place while the bound holds, else dropped silently
                    seen++;
                    continue;
                }
                int size = RecordEncoding.entryBytes(e.getKey(), e.getValue());
                if (!full && keys < MAX_KEYS && bytes + size <= MAX_JSON_BYTES) {
                    keys++;
                    bytes += size;
                    if (kept != null) {
                        kept.put(e.getKey(), e.getValue());
                    }
                } else {
                    full = true;
                    droppedKeys++;
                    droppedBytes += size;
                    if (kept == null) {
                        kept = firstOf(map, seen);
                    }
                }
                seen++;
            }
            return kept == null ? map : kept;
        }

        private static <V> Map<String, V> firstOf(Map<String, V> map, int count) {
            Map<String, V> out = new LinkedHashMap<>();
            for (Map.Entry<String, V> e : map.entrySet()) {
                if (out.size() == count) {
                    break;
                }
                out.put(e.getKey(), e.getValue());
            }
            return out;
        }
    }
}
