package io.steward.model.inventory;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a normalised identity is encoded into columns: attribute and tag maps as compact JSON objects with
 * sorted keys (so equal maps give equal text), and a 64-bit content hash over every field and child row
 * that lets a diff find changed identities without comparing them column by column.
 */
public final class RecordEncoding {
    private static final char SEP = '\u001f';

    private RecordEncoding() {
    }

    /** Compact JSON object with keys in sorted order, or {@code null} for an empty map. */
    public static String json(Map<String, ?> map) {
        if (map == null || map.isEmpty()) {
            return null;
        }
        Map<String, ?> sorted = map instanceof java.util.SortedMap<String, ?> ? map : new TreeMap<>(map);
        StringBuilder b = new StringBuilder(32 + 24 * sorted.size());
        b.append('{');
        boolean first = true;
        for (Map.Entry<String, ?> e : sorted.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            if (!first) {
                b.append(',');
            }
            first = false;
            string(b, e.getKey());
            b.append(':');
            value(b, e.getValue());
        }
        return b.append('}').toString();
    }

    /**
     * The bytes (UTF-8) one entry adds to {@link #json(Map)}'s object, its separating comma included; 0 for a null value,
     * which is not stored.
     */
    public static int entryBytes(String key, Object value) {
        if (value == null) {
            return 0;
        }
        StringBuilder b = new StringBuilder(key.length() + 16);
        string(b, key);
        b.append(':');
        value(b, value);
        int bytes = 1;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    private static void value(StringBuilder b, Object v) {
        if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            b.append(v);
        } else if (v instanceof Instant t) {
            string(b, Timestamps.format(t));
        } else if (v instanceof Collection<?> list) {
            b.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                value(b, item);
            }
            b.append(']');
        } else if (v instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Map<String, ?> nested = (Map<String, ?>) m;
            String inner = json(nested);
            b.append(inner == null ? "{}" : inner);
        } else {
            string(b, String.valueOf(v));
        }
    }

    static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    /** A 64-bit hash of everything stored about the identity, given its encoded JSON columns. */
    public static long contentHash(IdentityRecord r, String attributesJson, String tagsJson) {
        Hasher h = new Hasher();
        h.add(r.nativeId()).add(r.displayName()).add(r.kind()).add(r.environment()).add(r.ownerHint())
                .add(r.enabled()).add(r.createdAt()).add(r.lastUsedAt()).add(attributesJson).add(tagsJson);
        for (CredentialRecord c : r.credentials()) {
            h.add("c").add(c.nativeId()).add(c.maskedId()).add(c.kind()).add(c.active()).add(c.createdAt())
                    .add(c.lastRotatedAt()).add(c.lastUsedAt()).add(c.expiresAt());
        }
        for (GrantRecord g : r.grants()) {
            h.add("g").add(g.privilege()).add(g.resource()).add(g.via()).add(g.condition());
        }
        for (LinkRecord l : r.links()) {
            h.add("l").add(l.kind()).add(l.targetSource()).add(l.targetNativeId());
        }
        for (String a : r.aliases()) {
            h.add("a").add(a);
        }
        return h.value();
    }

    /** FNV-1a over the characters with separators, finished with a MurmurHash3 mix. */
    private static final class Hasher {
        private long h = 0xcbf29ce484222325L;

        Hasher add(String s) {
            if (s == null) {
                mix('\u0000');
            } else {
                for (int i = 0; i < s.length(); i++) {
                    mix(s.charAt(i));
                }
            }
            mix(SEP);
            return this;
        }

        Hasher add(Boolean v) {
            mix(v == null ? '\u0000' : v ? 't' : 'f');
            mix(SEP);
            return this;
        }

        Hasher add(Instant t) {
            if (t == null) {
                mix('\u0000');
            } else {
                long s = t.getEpochSecond();
                long n = t.getNano() / 1_000_000;
                for (int i = 0; i < 8; i++) {
                    mix((char) (s >>> (i * 8) & 0xff));
                }
                mix((char) n);
            }
            mix(SEP);
            return this;
        }

        private void mix(char c) {
            h ^= c;
            h *= 0x100000001b3L;
        }

        long value() {
            long k = h;
            k ^= k >>> 33;
            k *= 0xff51afd7ed558ccdL;
            k ^= k >>> 33;
            k *= 0xc4ceb9fe1a85ec53L;
            k ^= k >>> 33;
            return k;
        }
    }
}
